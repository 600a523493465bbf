//! Golden verdicts of the reply judge on the bundled pack, in both
//! languages: each tone class with the words it quotes, facts by meaning,
//! promises the facts card does not back, and the false hits the judge
//! must not make (negation, addressee, quotes). Alignment figures are
//! worked out from the penalties in `crates/core/src/tuning.rs`: tone -40
//! per class, register -25, no acknowledgement -25.

mod common;

use common::load;
use onbrand_core::rubric::{Judgement, RegisterSlip, ToneClass, judge};
use onbrand_core::scenario::Scenario;

/// The judge's verdict on `text` posted to event `event` of a scenario,
/// and whether the item calls for acknowledgement.
fn on(sc: &Scenario, event: &str, text: &str) -> (Judgement, bool) {
    let e = sc
        .events
        .iter()
        .position(|e| e.id == event)
        .unwrap_or_else(|| panic!("no event {event}"));
    let ev = &sc.events[e];
    let limit = sc.accounts[ev.account].network.limit();
    (
        judge(text, &sc.voice, sc.rubric_of(e), limit),
        ev.needs_empathy,
    )
}

/// The tone classes found, with the words they quote.
fn tone<'t>(j: &Judgement, text: &'t str) -> Vec<(ToneClass, &'t str)> {
    j.tone
        .iter()
        .map(|(t, _)| (t.class, &text[t.hit.start..t.hit.end]))
        .collect()
}

fn promises<'t>(j: &Judgement, text: &'t str) -> Vec<&'t str> {
    j.promises.iter().map(|h| &text[h.start..h.end]).collect()
}

#[test]
fn the_two_motor_city_replies_of_the_issue_lose_alignment() {
    let sc = load("scenarios/en/02-motor-city.ron");
    let t = "Whatever. It is $34,990, it says so on the website if you bothered to look. #BuiltInHalden";
    let (j, e) = on(&sc, "q_price", t);
    assert_eq!(j.accuracy(), 100, "the price is right");
    assert_eq!(
        tone(&j, t),
        [
            (ToneClass::Contempt, "if you bothered"),
            (ToneClass::Dismissal, "Whatever")
        ]
    );
    assert_eq!(j.alignment(e), 20); // 100 - 40 - 40
    let t = "Seriously? Over 4,000 fast chargers and 2 years of free charging on Northline. Do your homework next time. #BuiltInHalden";
    let (j, e) = on(&sc, "q_charging", t);
    assert_eq!(j.accuracy(), 100);
    // Condescension (one class, however many of its phrases: "do your
    // homework", "next time").
    let found = tone(&j, t);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, ToneClass::Contempt);
    assert!(found[0].1.contains("homework"), "{found:?}");
    assert_eq!(j.alignment(e), 60);
}

#[test]
fn each_tone_class_in_english() {
    let sc = load("scenarios/en/02-motor-city.ron");
    let price = "The Vela starts at $34,990 before incentives.";
    let cases = [
        (
            "Oh great, another price question.",
            ToneClass::Sarcasm,
            "Oh great",
        ),
        (
            "You should have checked the website first.",
            ToneClass::BlamesCustomer,
            "should have",
        ),
        (
            "Nothing more to add.",
            ToneClass::Dismissal,
            "Nothing more to add",
        ),
        (
            "Calm down, it is on the website.",
            ToneClass::Aggression,
            "Calm down",
        ),
        (
            "Nobody in Halden can drive one anyway, lol.",
            ToneClass::MocksBrand,
            "Nobody in Halden",
        ),
        (
            "As the website says, it's all there.",
            ToneClass::Contempt,
            "As the website says",
        ),
    ];
    for (extra, class, words) in cases {
        let t = format!("{price} {extra} #BuiltInHalden");
        let (j, _) = on(&sc, "q_price", &t);
        // The class, quoting (at least) these words.
        assert!(
            tone(&j, &t)
                .iter()
                .any(|(c, w)| *c == class && w.contains(words)),
            "{t}: {:?}",
            tone(&j, &t)
        );
        assert!(j.alignment(false) <= 60, "{t}");
    }
}

#[test]
fn each_tone_class_in_french() {
    let sc = load("scenarios/fr/02-motor-city.ron");
    let price = "La Vela est proposée à partir de 34 990 € hors aides.";
    let cases = [
        (
            "C'est pourtant écrit sur le site, renseignez-vous.",
            ToneClass::Contempt,
            "renseignez-vous",
        ),
        (
            "Ah oui, quelle surprise.",
            ToneClass::Sarcasm,
            "quelle surprise",
        ),
        (
            "Vous auriez dû regarder le site.",
            ToneClass::BlamesCustomer,
            "Vous auriez dû",
        ),
        (
            "Calmez-vous, tout va bien.",
            ToneClass::Aggression,
            "Calmez-vous",
        ),
        ("C'est comme ça.", ToneClass::Dismissal, "C'est comme ça"),
        (
            "Personne à Halden ne sait conduire de toute façon.",
            ToneClass::MocksBrand,
            "Personne à Halden",
        ),
    ];
    for (extra, class, words) in cases {
        let t = format!("{price} {extra} #ConstruitÀHalden");
        let (j, _) = on(&sc, "q_price", &t);
        // The class, quoting (at least) these words.
        assert!(
            tone(&j, &t)
                .iter()
                .any(|(c, w)| *c == class && w.contains(words)),
            "{t}: {:?}",
            tone(&j, &t)
        );
        assert!(j.alignment(false) <= 60, "{t}");
    }
}

#[test]
fn french_register_tu_vous_and_the_mix() {
    let sc = load("scenarios/fr/02-motor-city.ron");
    let register = |t: &str| {
        let (j, _) = on(&sc, "q_price", t);
        let slip = j
            .tone
            .iter()
            .find(|(h, _)| h.class == ToneClass::Register)
            .map(|(h, _)| {
                (
                    RegisterSlip::of(&h.hit),
                    t[h.hit.start..h.hit.end].to_owned(),
                )
            });
        (slip, j.alignment(false))
    };
    assert_eq!(
        register(
            "Salut ! Tu peux venir l'essayer : la Vela est à partir de 34 990 € hors aides. #ConstruitÀHalden"
        ),
        (Some((RegisterSlip::Tu, "Tu".to_owned())), 75)
    );
    assert_eq!(
        register(
            "La Vela est à partir de 34 990 € hors aides. Tu peux réserver votre essai en ligne. #ConstruitÀHalden"
        ),
        (Some((RegisterSlip::Mixed, "Tu".to_owned())), 75)
    );
    assert_eq!(
        register(
            "La Vela est à partir de 34 990 € hors aides. Vous pouvez réserver votre essai en ligne. #ConstruitÀHalden"
        ),
        (None, 100)
    );
    // A euphonic t is not tutoiement.
    assert_eq!(
        register(
            "La Vela est à partir de 34 990 € hors aides : y a-t-il une concession près de chez vous ? #ConstruitÀHalden"
        ),
        (None, 100)
    );
}

#[test]
fn facts_by_meaning() {
    let sc = load("scenarios/en/02-motor-city.ron");
    for (event, t) in [
        (
            "q_charging",
            "Every new Vela comes with free fast charging for two years on the Northline network, over 4,000 fast chargers nationwide. #BuiltInHalden",
        ),
        (
            "q_warranty",
            "The Vela battery is covered for eight years or 100k miles, whichever comes first. #BuiltInHalden",
        ),
        (
            "q_price",
            "Prices start at 34,990 dollars before incentives. #BuiltInHalden",
        ),
    ] {
        let (j, _) = on(&sc, event, t);
        assert_eq!(j.facts_missing, [], "{t}");
        assert_eq!(j.accuracy(), 100, "{t}");
    }
    let sc = load("scenarios/fr/02-motor-city.ron");
    for (event, t) in [
        (
            "q_charging",
            "Chaque Vela neuve inclut la recharge rapide gratuite pendant deux ans sur Northline, plus de 4000 bornes. #ConstruitÀHalden",
        ),
        (
            "q_warranty",
            "La batterie est garantie huit ans ou 160 000 kilomètres, au premier terme atteint. #ConstruitÀHalden",
        ),
    ] {
        let (j, _) = on(&sc, event, t);
        assert_eq!(j.facts_missing, [], "{t}");
    }
}

#[test]
fn every_fact_of_the_pack_is_stated_by_its_own_sentence() {
    let mut checked = 0;
    for lang in ["en", "fr"] {
        common::at_root();
        let mut files: Vec<_> = std::fs::read_dir(format!("scenarios/{lang}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        files.sort();
        for p in files {
            let sc = load(p.to_str().unwrap());
            for r in &sc.rubrics {
                for m in &r.matcher.must {
                    let (id, text) = &sc.brand.facts[m.fact];
                    let j = judge(text, &sc.voice, Some(&r.matcher), usize::MAX);
                    assert!(
                        !j.facts_missing.contains(&m.fact),
                        "{}: fact `{id}` ({text}) is not stated by its own text",
                        p.display()
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 200, "{checked}");
}

#[test]
fn promises_the_facts_card_does_not_back() {
    let sc = load("scenarios/en/02-motor-city.ron");
    let start = "Dana, we're sorry. Please DM us your order number and our delivery team will call you back today.";
    for (extra, words) in [
        ("We'll deliver your Vela by Friday.", "We'll deliver"),
        ("We'll refund your deposit.", "We'll refund"),
        ("We'll bring a courtesy car to your door.", "We'll bring"),
    ] {
        let t = format!("{start} {extra} #BuiltInHalden");
        let (j, e) = on(&sc, "c_delivery", &t);
        assert_eq!(promises(&j, &t), [words], "{t}");
        assert_eq!(j.accuracy(), 50, "{t}"); // 100 - 50
        assert_eq!(j.alignment(e), 100, "{t}");
    }
    // Backed by the card: the recall repair is free.
    let t = "Sorry for the worry: the airbag recall covers Velas built from March to June 2023, check your VIN at haldenmotors.com/recall, and we'll repair it free of charge at any Halden dealer. #BuiltInHalden";
    let (j, _) = on(&sc, "q_recall", t);
    assert_eq!(promises(&j, t), Vec::<&str>::new());
    // French.
    let sc = load("scenarios/fr/02-motor-city.ron");
    let start = "Dana, nous sommes désolés. Envoyez-nous votre numéro de commande en message privé : l'équipe livraison vous rappelle aujourd'hui.";
    for (extra, words) in [
        (
            "Nous allons vous rembourser l'acompte.",
            "Nous allons vous rembourser",
        ),
        (
            "Votre Vela sera livrée d'ici vendredi.",
            "livrée d'ici vendredi",
        ),
    ] {
        let t = format!("{start} {extra} #ConstruitÀHalden");
        let (j, _) = on(&sc, "c_delivery", &t);
        assert_eq!(promises(&j, &t), [words], "{t}");
    }
}

#[test]
fn no_false_hits_from_negation_addressee_or_quotes() {
    let sc = load("scenarios/en/02-motor-city.ron");
    let start = "Dana, we're sorry. Please DM us your order number and our delivery team will call you back today.";
    for extra in [
        // Negated: not a promise.
        "We can't guarantee a date yet, and we won't guess.",
        // Not addressed to the customer: "calm down" is banned by this
        // brand, and an order in the built-in lists, but here it is the
        // weather.
        "Things should calm down after tonight.",
        // The customer's own words, quoted back in an apology.
        "We're sorry it felt like \"garbage service\".",
    ] {
        let t = format!("{start} {extra} #BuiltInHalden");
        let (j, e) = on(&sc, "c_delivery", &t);
        assert!(j.is_clean(e), "{t}: {j:?}");
        assert_eq!((j.accuracy(), j.alignment(e)), (100, 100), "{t}");
    }
    let sc = load("scenarios/fr/02-motor-city.ron");
    let start = "Dana, nous sommes désolés. Envoyez-nous votre numéro de commande en message privé : l'équipe livraison vous rappelle aujourd'hui.";
    for extra in [
        // The French refusal to promise of the issue.
        "Nous ne pouvons pas garantir de date pour l'instant.",
        "Les choses devraient se calmer après ce soir.",
        "Désolés que le service vous ait paru « nul ».",
    ] {
        let t = format!("{start} {extra} #ConstruitÀHalden");
        let (j, e) = on(&sc, "c_delivery", &t);
        assert!(j.is_clean(e), "{t}: {j:?}");
    }
}

#[test]
fn a_complaint_answered_without_a_word_for_the_customer() {
    let sc = load("scenarios/en/02-motor-city.ron");
    let t = "Please DM us your order number and our delivery team will call you back today. #BuiltInHalden";
    let (j, e) = on(&sc, "c_delivery", t);
    assert!(e, "a complaint calls for acknowledgement");
    assert_eq!(j.accuracy(), 100);
    assert!(j.lacks_empathy());
    assert_eq!(j.alignment(e), 75); // 100 - 25
    let sc = load("scenarios/fr/02-motor-city.ron");
    let t = "Envoyez-nous votre numéro de commande en message privé : l'équipe livraison vous rappelle aujourd'hui. #ConstruitÀHalden";
    let (j, e) = on(&sc, "c_delivery", t);
    assert_eq!(j.alignment(e), 75);
}

#[test]
fn a_french_ban_catches_its_other_forms() {
    // "soyez rassuré*" (be reassured) also bans "rassurez-vous" (the same
    // order): the auxiliary is optional, the participle a stem.
    common::at_root();
    let ron = std::fs::read_to_string("tests/fixtures/golden.ron")
        .unwrap()
        .replace("id: \"golden\"", "id: \"golden-fr\", language: Fr")
        .replace(
            "banned: [\"cheap\", \"lol\"]",
            "banned: [\"soyez rassuré*\"], register: Vous",
        );
    let l = onbrand_core::scenario::load_bytes(std::path::Path::new("fr.ron"), ron.as_bytes());
    let sc = l.scenario.unwrap_or_else(|| panic!("{:?}", l.diagnostics));
    for t in [
        "Rassurez-vous, la Brew coûte 49 €. ^Ana",
        "Soyez rassurée : la Brew coûte 49 €. ^Ana",
        "Soyez rassurés, la Brew coûte 49 €. ^Ana",
    ] {
        let (j, _) = on(&sc, "q_price", t);
        assert_eq!(j.off_voice.len(), 1, "{t}");
    }
    let (j, _) = on(&sc, "q_price", "La Brew coûte 49 €. ^Ana");
    assert!(j.off_voice.is_empty());
}
