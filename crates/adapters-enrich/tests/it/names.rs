//! Email discovery on names from many cultures, each against a company whose pattern and
//! country are known: every case asserts the exact best address.

use sourcing_adapters_enrich::LocalEnricher;
use sourcing_domain::ports::EnrichError;
use sourcing_domain::profile::Profile;
use sourcing_testkit::profile_enricher::summary;

/// One company per pattern and per country whose naming conventions matter.
const COMPANIES: &str = r#"{"domain":"us.example","emailPattern":"{first}.{last}","country":"US"}
{"domain":"flast.example","emailPattern":"{f}{last}","country":"US"}
{"domain":"first.example","emailPattern":"{first}","country":"GB"}
{"domain":"firstlast.example","emailPattern":"{first}{last}","country":"CA"}
{"domain":"under.example","emailPattern":"{first}_{last}","country":"AU"}
{"domain":"firstl.example","emailPattern":"{first}.{l}","country":"IE"}
{"domain":"lastfirst.example","emailPattern":"{last}.{first}","country":"NL"}
{"domain":"last.example","emailPattern":"{last}","country":"FR"}
{"domain":"madrid.example","emailPattern":"{first}.{last}","country":"ES"}
{"domain":"mexico.example","emailPattern":"{f}{last}","country":"MX"}
{"domain":"berlin.example","emailPattern":"{first}.{last}","country":"DE"}
{"domain":"wien.example","emailPattern":"{f}{last}","country":"AT"}
{"domain":"saopaulo.example","emailPattern":"{first}.{last}","country":"BR"}
{"domain":"lisboa.example","emailPattern":"{first}_{last}","country":"PT"}
{"domain":"hanoi.example","emailPattern":"{first}.{last}","country":"VN"}
{"domain":"oslo.example","emailPattern":"{first}.{last}","country":"NO"}
{"domain":"warszawa.example","emailPattern":"{first}.{last}","country":"PL"}
{"domain":"istanbul.example","emailPattern":"{first}.{last}","country":"TR"}
{"domain":"paris.example","emailPattern":"{first}.{last}","country":"FR"}
{"domain":"amsterdam.example","emailPattern":"{first}.{last}","country":"NL"}
{"domain":"dubai.example","emailPattern":"{first}.{last}","country":"AE"}
{"domain":"dublin.example","emailPattern":"{first}.{last}","country":"IE"}
{"domain":"beijing.example","emailPattern":"{first}.{last}","country":"CN"}
{"domain":"athens.example","emailPattern":"{first}.{last}","country":"GR"}
{"domain":"tokyo.example","emailPattern":"{first}.{last}","country":"JP"}
{"domain":"roma.example","emailPattern":"{f}{last}","country":"IT"}
"#;

fn enricher() -> LocalEnricher {
    LocalEnricher::from_reader(COMPANIES.as_bytes()).unwrap()
}

fn best(enricher: &LocalEnricher, name: &str, domain: &str) -> Result<String, EnrichError> {
    let profile = Profile {
        profile_id: "p".into(),
        name: Some(name.into()),
        company_domain: Some(domain.into()),
        ..Profile::default()
    };
    enricher
        .enrich_now(&profile)
        .map(|e| e.emails[0].address.clone())
}

/// `name | company domain | expected best address`, grouped by culture.
const CASES: &str = "
# Spanish: accents, the paternal surname of two, compound given names, particles
José Núñez | madrid.example | jose.nunez@madrid.example
Gabriel García Márquez | madrid.example | gabriel.garcia@madrid.example
María José García López | madrid.example | maria.garcia@madrid.example
María José Fernández-Castro | madrid.example | maria.fernandezcastro@madrid.example
José Ortega y Gasset | madrid.example | jose.ortega@madrid.example
Juan Carlos Pérez | mexico.example | jperez@mexico.example
Ana Lucía de la Cruz Ramírez | mexico.example | adelacruz@mexico.example
# Portuguese: the last surname is the one used; cedillas and tildes
João Pedro Silva Santos | saopaulo.example | joao.santos@saopaulo.example
Conceição Gonçalves | lisboa.example | conceicao_goncalves@lisboa.example
# German: umlauts expanded at German-speaking companies only, ß, particles
Jürgen Müller | berlin.example | juergen.mueller@berlin.example
Jürgen Müller | us.example | jurgen.muller@us.example
Gerd Weiß | wien.example | gweiss@wien.example
Ursula von der Leyen | berlin.example | ursula.vonderleyen@berlin.example
# French: hyphens joined, particles kept
Anne-Marie Dupont-Moretti | paris.example | annemarie.dupontmoretti@paris.example
Charles de Gaulle | paris.example | charles.degaulle@paris.example
Jean-Luc Picard | last.example | picard@last.example
Renée Zellweger | first.example | renee@first.example
# Dutch
Ludwig van Beethoven | amsterdam.example | ludwig.vanbeethoven@amsterdam.example
Jan de Vries | lastfirst.example | devries.jan@lastfirst.example
# Irish and Scottish
Seán O'Brien | dublin.example | sean.obrien@dublin.example
Patrick McDonald | firstl.example | patrick.m@firstl.example
Chloë O’Connor-Smith | firstlast.example | chloeoconnorsmith@firstlast.example
# Arabic: the article and bin stay with the surname
Khalid al-Rashid | dubai.example | khalid.alrashid@dubai.example
Mohammed bin Salman | dubai.example | mohammed.binsalman@dubai.example
# Vietnamese, family name first when written with Vietnamese diacritics
Nguyễn Văn An | hanoi.example | an.nguyen@hanoi.example
Trần Thị Thu Hà | hanoi.example | ha.tran@hanoi.example
# Chinese, romanised, as written
Wei Zhang | beijing.example | wei.zhang@beijing.example
Xiaoming Li | flast.example | xli@flast.example
# Nordic, Icelandic
Bjørn Ødegård | oslo.example | bjorn.odegard@oslo.example
Søren Kierkegaard | oslo.example | soren.kierkegaard@oslo.example
Þóra Björk Helgadóttir | us.example | thora.helgadottir@us.example
# Polish, Turkish, Serbian
Łukasz Żółkiewski | warszawa.example | lukasz.zolkiewski@warszawa.example
Işıl Şahin | istanbul.example | isil.sahin@istanbul.example
İlkay Gündoğan | istanbul.example | ilkay.gundogan@istanbul.example
Đorđe Balašević | us.example | dorde.balasevic@us.example
# Italian
Leonardo da Vinci | roma.example | ldavinci@roma.example
# English: titles, suffixes, initials, Last-comma-First order, single words
Dr. Jane Smith, PhD | us.example | jane.smith@us.example
Martin Luther King Jr. | firstlast.example | martinking@firstlast.example
J. Robert Oppenheimer | under.example | robert_oppenheimer@under.example
Smith, John | us.example | john.smith@us.example
Zoë Saldaña | us.example | zoe.saldana@us.example
Anna Le | us.example | anna.le@us.example
Madonna | first.example | madonna@first.example
Sukarno | us.example | sukarno@us.example
# an unknown domain falls back to the most common pattern
Jane Doe | unknown-startup.io | jane.doe@unknown-startup.io
";

#[test]
fn names_of_many_cultures_give_the_exact_expected_address() {
    let enricher = enricher();
    let mut cases = 0;
    let mut wrong = Vec::new();
    for line in CASES.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let [name, domain, expected] = line.split(" | ").collect::<Vec<_>>()[..] else {
            panic!("bad case line {line:?}");
        };
        cases += 1;
        match best(&enricher, name, domain) {
            Ok(address) if address == expected => {}
            other => wrong.push(format!(
                "{name} at {domain}: expected {expected}, got {other:?}"
            )),
        }
    }
    assert!(cases >= 30, "{cases}");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn names_that_cannot_be_written_in_ascii_fail_per_item() {
    let enricher = enricher();
    for (name, domain) in [
        ("Γιώργος Παπαδόπουλος", "athens.example"),
        ("山田太郎", "tokyo.example"),
        ("王小明", "beijing.example"),
        ("Владимир Петров", "us.example"),
        ("محمد علي", "dubai.example"),
        ("🚀", "us.example"),
    ] {
        assert_eq!(
            best(&enricher, name, domain),
            Err(EnrichError::NoName),
            "{name}"
        );
    }
}

#[test]
fn the_pattern_used_is_named_and_alternatives_follow_with_less_confidence() {
    let enricher = enricher();
    let profile = |name: &str, domain: &str| Profile {
        profile_id: "p".into(),
        name: Some(name.into()),
        company_domain: Some(domain.into()),
        ..Profile::default()
    };
    let found = |name: &str, domain: &str| enricher.enrich_now(&profile(name, domain)).unwrap();
    assert_eq!(
        summary(&found("Jane Doe", "flast.example")),
        [("jdoe@flast.example", 95, "{f}{last}")]
    );
    assert_eq!(
        summary(&found("Jürgen Müller", "berlin.example")),
        [
            ("juergen.mueller@berlin.example", 95, "{first}.{last}"),
            ("jurgen.muller@berlin.example", 70, "{first}.{last}"),
        ]
    );
    assert_eq!(
        summary(&found("Gabriel García Márquez", "madrid.example")),
        [
            ("gabriel.garcia@madrid.example", 85, "{first}.{last}"),
            ("gabriel.marquez@madrid.example", 50, "{first}.{last}"),
        ]
    );
    assert_eq!(
        summary(&found("Anne-Marie Dupont-Moretti", "paris.example")),
        [
            (
                "annemarie.dupontmoretti@paris.example",
                95,
                "{first}.{last}"
            ),
            (
                "anne-marie.dupont-moretti@paris.example",
                65,
                "{first}.{last}"
            ),
        ]
    );
    assert_eq!(
        summary(&found("Ludwig van Beethoven", "amsterdam.example")),
        [
            (
                "ludwig.vanbeethoven@amsterdam.example",
                95,
                "{first}.{last}"
            ),
            ("ludwig.beethoven@amsterdam.example", 65, "{first}.{last}"),
        ]
    );
    // a single word where the pattern wants a surname: the name alone, less sure
    assert_eq!(
        summary(&found("Sukarno", "us.example")),
        [("sukarno@us.example", 55, "{first}")]
    );
    // only an initial as given name
    assert_eq!(
        summary(&found("J. Smith", "us.example")),
        [("j.smith@us.example", 75, "{first}.{last}")]
    );
}
