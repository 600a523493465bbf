//! French debrief texts: the name of each rule, why it matters by
//! default (a scenario's `debrief` table overrides it), and what happened.

use super::{DebriefTexts, RuleText, RuleTexts, ToneNames, VerdictTexts, WhatTexts};

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
        tone: RuleText {
            name: "Ton",
            why: "Ces mots disent au client ce que la marque pense de lui. Une marque répond à son public avec respect, quelle que soit la question : une seule réponse condescendante ou sarcastique est capturée et partagée bien au-delà du client à qui elle était destinée.",
        },
        no_empathy: RuleText {
            name: "Aucun mot pour le client",
            why: "Un client inquiet ou lésé a d'abord besoin d'entendre qu'on le comprend. Des faits sans un mot pour son inquiétude ou pour le tort subi sonnent froid, et le client continue de protester au lieu d'écouter.",
        },
        register: RuleText {
            name: "Hors registre",
            why: "Le registre fait partie de la voix : le tutoiement, le langage SMS ou les emoji là où la charte n'en a pas font parler la marque comme quelqu'un d'autre.",
        },
        unbacked_promise: RuleText {
            name: "Promesse absente de la fiche",
            why: "Une promesse que la fiche d'informations ne permet pas engage la marque sur ce que personne n'a décidé : le client la lui rappellera, captures à l'appui, et il faudra la reprendre en public.",
        },
        hollow_reply: RuleText {
            name: "Une réponse qui ne répond à rien",
            why: "« Merci de votre message, nous regardons » ne donne rien de ce que le fan demandait : c'est au mieux une réponse d'attente, et elle ne compte jamais comme la réponse. Là où une réponse d'attente ne suffit pas, elle ne fait même pas gagner de temps.",
        },
        escalated: RuleText {
            name: "L'affaire a grossi",
            why: "Un fan laissé sans réponse ne se tait pas : il republie plus en colère, un influenceur reprend l'histoire, un journaliste demande une déclaration. Chaque étape est vue par plus de monde que la question de départ, et chacune est plus difficile à traiter qu'une réponse à temps.",
        },
        draft_refused: RuleText {
            name: "Brouillon refusé",
            why: "Le valideur est là pour arrêter ce qui engagerait ou embarrasserait la marque. Un refus coûte du temps au fan : relisez la fiche d'informations et la charte avant d'envoyer un brouillon, et corrigez ce qui a été refusé, pas seulement ses mots.",
        },
        approval_rewritten: RuleText {
            name: "Le valideur a écrit la réponse",
            why: "Un valideur vérifie une réponse ; il ne devrait pas avoir à l'écrire. Un brouillon sans les informations laisse au valideur le travail du community manager, et le fan attend plus longtemps.",
        },
        claim_reworded: RuleText {
            name: "Propos refusé reformulé",
            why: "Le valideur a refusé ce propos ; le redire en d'autres mots pour le faire passer est pire que de publier sans validation : cela transforme la validation en jeu de cache-cache. Demandez pourquoi il a été refusé, et renoncez-y.",
        },
    },
    tones: ToneNames {
        contempt: "Condescendant",
        sarcasm: "Sarcastique",
        blames_customer: "Rejette la faute sur le client",
        aggression: "Agressif",
        dismissal: "Expéditif",
        mocks_brand: "Se moque de la marque",
        no_empathy: "Aucun mot pour le client",
        register: "Hors registre",
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
        tone: "{class} : « {phrase} »",
        no_empathy: "La réponse donne des faits, mais aucun mot pour l'inquiétude du client ou pour le tort subi.",
        register_tu: "« {phrase} » : du tutoiement, alors que la marque vouvoie toujours.",
        register_vous: "« {phrase} » : du vouvoiement, alors que la marque tutoie toujours.",
        register_mixed: "« {phrase} » : mélange tutoiement et vouvoiement dans une même réponse ; la marque s'en tient à un seul.",
        register_other: "Hors du registre de la marque : « {phrase} »",
        unbacked_promise: "Promesse absente de la fiche : « {phrase} »",
        voice_tone: "La voix de {brand} : {tone}.",
        voice_values: "Ce que {brand} défend : {values}.",
        hollow_ok: "« {text} » ne donne aucune des informations demandées : elle n'a compté que comme une réponse d'attente.",
        hollow_not_ok: "« {text} » ne donne aucune des informations demandées, là où une réponse d'attente ne suffisait pas : elle n'a pas compté du tout.",
        escalated: "{kind} : « {text} »",
        draft_refused: "{approver} a refusé le brouillon « {draft} » : {reasons}.",
        approval_rewritten: "{approver} a réécrit le brouillon « {draft} » ({reasons}) : le texte publié est le sien.",
        claim_reworded: "{approver} avait refusé « {refused} » ; c'est parti plus tard en d'autres mots : « {approved} »",
        escalation_repost: "Une republication en colère",
        escalation_influencer: "Un influenceur a repris l'histoire",
        escalation_journalist: "Un journaliste demande une déclaration",
        reason_wrong_fact: "une information erronée ({fact})",
        reason_promise: "une promesse absente de la fiche (« {phrase} »)",
        reason_off_voice: "des mots que la marque n'emploie jamais (« {phrase} »)",
        reason_tone: "{class} (« {phrase} »)",
        reason_too_long: "trop long",
        reason_incomplete: "des informations manquent",
        reason_no_acknowledgement: "aucun mot pour le client",
        reason_voice: "hors charte (registre, signature ou majuscules)",
    },
    verdict: VerdictTexts {
        weighted: "Les cinq dimensions, pondérées : {score}.",
        escalations: "L'affaire a pris de l'ampleur ({list}) : −{points}.",
        reposts: ["{n} partage en colère", "{n} partages en colère"],
        influencers: ["{n} influenceur", "{n} influenceurs"],
        journalists: ["{n} journaliste", "{n} journalistes"],
        buzz: "Bad buzz en fin de service, {buzz}/100 : −{points}.",
        sentiment: "Sentiment en fin de service, {sentiment} : −{points}.",
        consequences_capped: "Ce que le service a provoqué retire au plus {max} points.",
        failed_by: "Échec sur « {rule} » : une faute que ce service ne pardonne pas, quels que soient les autres scores.",
        under_floor: "Échec : {dimension} à {value}, sous {floor} : la plupart des fans n'ont pas eu la réponse qu'il leur fallait, si rapides et polies que soient les réponses.",
        below_pass: "Échec : {overall} est sous la note de passage, {pass}.",
        failed_cap: "Un service échoué reste sous la note de passage ({pass}) et obtient au mieux D.",
    },
    owner_brand: "marque",
    owner_personal: "personnel",
};
