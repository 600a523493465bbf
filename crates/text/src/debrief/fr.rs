//! French debrief texts: the name of each rule, why it matters by
//! default (a scenario's `debrief` table overrides it), and what happened.

use super::{DebriefTexts, RuleText, RuleTexts, WhatTexts};

/// French.
pub static FR: DebriefTexts = DebriefTexts {
    rules: RuleTexts {
        wrong_account: RuleText {
            name: "Mauvais compte",
            why: "Un message publié depuis le mauvais compte fait parler quelqu'un qui n'a rien dit. Une seule bourde de ce genre a coûté à une agence le compte d'un constructeur automobile : vérifiez le compte du compositeur avant chaque envoi, et gardez votre vie personnelle hors de l'outil de travail.",
        },
        left_up: RuleText {
            name: "Laissé en ligne",
            why: "Chaque minute où un message erroné reste en ligne, plus de gens le voient et le capturent. Supprimez d'abord, expliquez ensuite : la suppression n'efface pas les captures, mais elle arrête la propagation.",
        },
        unapproved: RuleText {
            name: "Publié sans validation",
            why: "Ce sujet demande une validation parce qu'un mot de travers engage la marque (juridique, sécurité, argent). Envoyez une réponse d'attente, demandez la validation, puis publiez le texte validé.",
        },
        needless_approval: RuleText {
            name: "Validation inutile",
            why: "Demander une validation pour ce que vous pouvez traiter seul fait attendre les fans et engorge les valideurs. Connaissez la politique : validez ce qui est sensible, pas tout.",
        },
        unreachable_approver: RuleText {
            name: "Valideur injoignable",
            why: "Le valideur ne pouvait pas répondre (absent, téléphone coupé). Une demande que personne ne lit, c'est du silence envers le fan : vérifiez la disponibilité et passez au suppléant.",
        },
        slow: RuleText {
            name: "Réponse lente",
            why: "Les fans attendent une réponse rapide : la plupart de ceux qui écrivent à une marque l'attendent dans l'heure, et une réponse rapide vaut bien plus à leurs yeux. Une réponse d'attente fait gagner du temps honnêtement.",
        },
        patience_out: RuleText {
            name: "Patience épuisée",
            why: "Le fan a cessé d'attendre. Le silence est lu comme du mépris : c'est ainsi qu'un week-end sans réponse est devenu un bad buzz pour une compagnie aérienne.",
        },
        unanswered: RuleText {
            name: "Sans réponse",
            why: "Quelqu'un avait besoin d'une réponse et n'en a pas eu. Chaque question sans réponse est une preuve publique que la marque n'écoute pas.",
        },
        missing_fact: RuleText {
            name: "Information manquante",
            why: "La réponse a omis ce dont le fan avait besoin. Une réponse qui ne répond pas impose un second échange et paraît évasive.",
        },
        wrong_fact: RuleText {
            name: "Information erronée",
            why: "Une information fausse ou périmée, publiée par la marque, vaut promesse : les fans la captureront et vous demanderont de l'honorer.",
        },
        off_voice: RuleText {
            name: "Hors charte",
            why: "La marque ne parle jamais ainsi. Le community manager est la voix de la marque : les mots qu'elle proscrit défont ce que ses campagnes construisent.",
        },
        missing_sign_off: RuleText {
            name: "Signature manquante",
            why: "La signature montre aux fans qu'une personne a répondu et rend l'équipe responsable. Elle fait partie de la charte éditoriale.",
        },
        shouting: RuleText {
            name: "Ton criard",
            why: "Les majuscules et les rafales de points d'exclamation se lisent comme des cris ou de la panique, jamais comme la voix posée d'une marque.",
        },
        holding_not_ok: RuleText {
            name: "Attente insuffisante",
            why: "Ici, une réponse d'attente ne suffisait pas : le fan avait besoin de la réponse elle-même, et « nous regardons » sonnait comme une dérobade.",
        },
        fed_troll: RuleText {
            name: "Troll nourri",
            why: "Répondre à un troll depuis le compte de la marque lui offre l'audience qu'il cherche. Ne nourrissez pas le troll ; répondez aux vraies personnes autour.",
        },
        too_long: RuleText {
            name: "Trop long",
            why: "Trop long pour l'endroit où il est publié : il sera coupé ou ignoré. Dites l'essentiel dans l'espace que le réseau donne.",
        },
    },
    what: WhatTexts {
        wrong_account: "Publié sur {account} au lieu de {expected} : « {text} »",
        left_up_deleted: "Le message est resté en ligne {up} (puis supprimé) et a été capturé {screenshots} fois.",
        left_up_never: "Le message est resté en ligne {up} (jamais supprimé) et a été capturé {screenshots} fois.",
        unanswered: "Aucune réponse n'a été donnée à « {text} »",
        patience_out: "Le fan a attendu {waited} puis a abandonné.",
        slow: "Première réponse après {waited} (objectif {target}).",
        holding_not_ok: "Une réponse d'attente a été envoyée là où il fallait la réponse elle-même.",
        missing_fact: "Information manquante : {fact}",
        wrong_fact: "Information erronée : « {phrase} » — {fact}",
        unapproved: "Publié sans validation : « {text} »",
        fed_troll: "Réponse à un troll : « {text} »",
        off_voice: "Formulation hors charte : « {phrase} »",
        missing_sign_off: "La réponse ne se termine pas par la signature {sign_off}",
        shouting: "Ton criard : {words}",
        too_long: "{length} caractères : au-delà de la limite pour cette réponse.",
        needless_approval: "Validation demandée alors que vous pouviez répondre seul, à {approver}",
        unreachable_approver: "La demande est partie vers quelqu'un qui ne pouvait pas répondre : {approver}.",
    },
    owner_brand: "marque",
    owner_personal: "personnel",
};
