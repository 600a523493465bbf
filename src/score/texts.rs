//! Default debrief texts, in English and French: why each rule matters.
//! A scenario's `debrief` map overrides them with its own words.

use crate::scenario::{Language, Rule};

/// Picks the text for a language.
pub fn tr<'a>(lang: Language, en: &'a str, fr: &'a str) -> &'a str {
    match lang {
        Language::En => en,
        Language::Fr => fr,
    }
}

/// Why breaking `rule` matters, by default.
pub fn why(rule: Rule, lang: Language) -> &'static str {
    use Rule::*;
    match (rule, lang) {
        (WrongAccount, Language::En) => {
            "A post on the wrong account speaks for someone who never said it. One slip like this cost an agency a carmaker's account: check the composer's account before every send, and keep personal life out of the work tool."
        }
        (WrongAccount, Language::Fr) => {
            "Un message publié depuis le mauvais compte fait parler quelqu'un qui n'a rien dit. Une seule bourde de ce genre a coûté à une agence le compte d'un constructeur automobile : vérifiez le compte du compositeur avant chaque envoi, et gardez votre vie personnelle hors de l'outil de travail."
        }
        (LeftUp, Language::En) => {
            "Every minute a wrong post stays up, more people see it and screenshot it. Delete first, then explain: deletion does not undo screenshots, but it stops the spread."
        }
        (LeftUp, Language::Fr) => {
            "Chaque minute où un message erroné reste en ligne, plus de gens le voient et le capturent. Supprimez d'abord, expliquez ensuite : la suppression n'efface pas les captures, mais elle arrête la propagation."
        }
        (Unapproved, Language::En) => {
            "This topic needs approval because a wrong word here commits the brand (legal, safety, money). Send a holding reply, ask the approver, then post the approved text."
        }
        (Unapproved, Language::Fr) => {
            "Ce sujet demande une validation parce qu'un mot de travers engage la marque (juridique, sécurité, argent). Envoyez une réponse d'attente, demandez la validation, puis publiez le texte validé."
        }
        (NeedlessApproval, Language::En) => {
            "Asking approval for what you may answer alone makes fans wait and clogs the approvers. Know the policy: validate what is sensitive, not everything."
        }
        (NeedlessApproval, Language::Fr) => {
            "Demander une validation pour ce que vous pouvez traiter seul fait attendre les fans et engorge les valideurs. Connaissez la politique : validez ce qui est sensible, pas tout."
        }
        (UnreachableApprover, Language::En) => {
            "The approver could not answer (away, phone off). A request nobody reads is silence towards the fan: check availability and go to the backup."
        }
        (UnreachableApprover, Language::Fr) => {
            "Le valideur ne pouvait pas répondre (absent, téléphone coupé). Une demande que personne ne lit, c'est du silence envers le fan : vérifiez la disponibilité et passez au suppléant."
        }
        (Slow, Language::En) => {
            "Fans expect an answer fast: most people who write to a brand expect one within the hour, and quick replies are worth far more to them. A holding reply buys time honestly."
        }
        (Slow, Language::Fr) => {
            "Les fans attendent une réponse rapide : la plupart de ceux qui écrivent à une marque l'attendent dans l'heure, et une réponse rapide vaut bien plus à leurs yeux. Une réponse d'attente fait gagner du temps honnêtement."
        }
        (PatienceOut, Language::En) => {
            "The fan gave up waiting. Silence is read as contempt: this is how a weekend without answers turned into a bad buzz for an airline."
        }
        (PatienceOut, Language::Fr) => {
            "Le fan a cessé d'attendre. Le silence est lu comme du mépris : c'est ainsi qu'un week-end sans réponse est devenu un bad buzz pour une compagnie aérienne."
        }
        (Unanswered, Language::En) => {
            "Someone needed an answer and got none. Every unanswered question is public proof that the brand is not listening."
        }
        (Unanswered, Language::Fr) => {
            "Quelqu'un avait besoin d'une réponse et n'en a pas eu. Chaque question sans réponse est une preuve publique que la marque n'écoute pas."
        }
        (MissingFact, Language::En) => {
            "The answer left out what the fan needed. A reply that does not answer forces a second exchange and looks evasive."
        }
        (MissingFact, Language::Fr) => {
            "La réponse a omis ce dont le fan avait besoin. Une réponse qui ne répond pas impose un second échange et paraît évasive."
        }
        (WrongFact, Language::En) => {
            "A wrong or outdated fact, posted by the brand, is a promise: fans will screenshot it and ask you to honour it."
        }
        (WrongFact, Language::Fr) => {
            "Une information fausse ou périmée, publiée par la marque, vaut promesse : les fans la captureront et vous demanderont de l'honorer."
        }
        (OffVoice, Language::En) => {
            "The brand never talks like this. The community manager is the brand's voice: words it bans undo what its campaigns build."
        }
        (OffVoice, Language::Fr) => {
            "La marque ne parle jamais ainsi. Le community manager est la voix de la marque : les mots qu'elle proscrit défont ce que ses campagnes construisent."
        }
        (MissingSignOff, Language::En) => {
            "The sign-off tells fans a person answered and keeps the team accountable. It is part of the voice guide."
        }
        (MissingSignOff, Language::Fr) => {
            "La signature montre aux fans qu'une personne a répondu et rend l'équipe responsable. Elle fait partie de la charte éditoriale."
        }
        (Shouting, Language::En) => {
            "Capitals and strings of exclamation marks read as shouting or panic, never as the calm voice of a brand."
        }
        (Shouting, Language::Fr) => {
            "Les majuscules et les rafales de points d'exclamation se lisent comme des cris ou de la panique, jamais comme la voix posée d'une marque."
        }
        (HoldingNotOk, Language::En) => {
            "Here a holding reply was not enough: the fan needed the answer itself, and \"we're looking into it\" sounded like stalling."
        }
        (HoldingNotOk, Language::Fr) => {
            "Ici, une réponse d'attente ne suffisait pas : le fan avait besoin de la réponse elle-même, et « nous regardons » sonnait comme une dérobade."
        }
        (FedTroll, Language::En) => {
            "Answering a troll from the brand account gives them the audience they want. Do not feed the troll; answer the real people around them."
        }
        (FedTroll, Language::Fr) => {
            "Répondre à un troll depuis le compte de la marque lui offre l'audience qu'il cherche. Ne nourrissez pas le troll ; répondez aux vraies personnes autour."
        }
        (TooLong, Language::En) => {
            "Too long for where it was posted: it gets cut or ignored. Say the essential in the space the network gives."
        }
        (TooLong, Language::Fr) => {
            "Trop long pour l'endroit où il est publié : il sera coupé ou ignoré. Dites l'essentiel dans l'espace que le réseau donne."
        }
    }
}
