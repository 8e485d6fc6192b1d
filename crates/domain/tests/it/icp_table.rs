//! The ICP table (issue 8, item 5): realistic job ads in seven languages and seventeen sectors,
//! each with what a recruiter reading the ad is sure must (and must not) appear in the ICP.
//!
//! Every expectation is optional; a field the ad leaves open is not asserted. String
//! expectations accept spellings separated by `|` ("Munich|München"). Titles, cities and
//! negatives compare case- and accent-insensitively; skills compare by canonical name or alias,
//! case-insensitively. An either/or requirement is written as its label ("React or Vue.js",
//! "AWS, Google Cloud or Microsoft Azure") and must be ONE requirement with exactly those options.
//!
//! `table_passes` runs every ad, prints one line per failed expectation (id, field, expected,
//! got) and "ICP table: N of M ads pass", then asserts that all pass. `ICP_TABLE_DUMP=1` also
//! prints what the ICP of every ad holds.

use sourcing_domain::icp::{Icp, JobAd, SkillRequirement, build_icp};
use sourcing_domain::taxonomy::{Seniority, Taxonomy, WorkMode};

/// One job ad and what its ICP must show.
struct Case {
    /// Unique id ("why-…" for the examples of issue 8's "Why" section).
    id: &'static str,
    /// Language of the ad: en, de, fr, es, pt, it, nl.
    lang: &'static str,
    /// Sector (see [`SECTORS`]).
    sector: &'static str,
    title: &'static str,
    desc: &'static str,
    location: Option<&'static str>,
    query: Option<&'static str>,
    /// The canonical title is one of these (a title family's accepted canonical names).
    must_title: &'static [&'static str],
    /// Each of these is contained (as whole words) in some title synonym.
    synonym_contains: &'static [&'static str],
    /// Each is one must-have requirement (either/or written as its label).
    must: &'static [&'static str],
    /// None of these is a must-have, alone or as an alternative.
    must_not_must: &'static [&'static str],
    /// Each is one nice-to-have requirement.
    nice_contains: &'static [&'static str],
    /// None of these is a skill of the ICP at all, must or nice (idioms, homonyms).
    not_skill: &'static [&'static str],
    /// Each is contained in some negative keyword.
    negatives_contain: &'static [&'static str],
    /// None of these is contained in any negative keyword.
    negatives_exclude: &'static [&'static str],
    /// The resolved city; `-` = no city.
    city: Option<&'static str>,
    /// The ISO code of the resolved country; `-` = no country.
    country: Option<&'static str>,
    /// `remote`, `hybrid`, `onsite`, `none` (no work mode), or `not remote`.
    work_mode: Option<&'static str>,
    /// Each of these ISO codes is among the remote countries.
    remote_countries: &'static [&'static str],
    /// None of these ISO codes is among the remote countries.
    remote_excludes: &'static [&'static str],
    seniority: Option<Seniority>,
    min_years: Option<u8>,
}

/// Nothing asserted.
const C: Case = Case {
    id: "",
    lang: "",
    sector: "",
    title: "",
    desc: "",
    location: None,
    query: None,
    must_title: &[],
    synonym_contains: &[],
    must: &[],
    must_not_must: &[],
    nice_contains: &[],
    not_skill: &[],
    negatives_contain: &[],
    negatives_exclude: &[],
    city: None,
    country: None,
    work_mode: None,
    remote_countries: &[],
    remote_excludes: &[],
    seniority: None,
    min_years: None,
};

const LANGUAGES: &[&str] = &["en", "de", "fr", "es", "pt", "it", "nl"];

const SECTORS: &[&str] = &[
    "software",
    "data",
    "sre",
    "mobile",
    "ml",
    "design",
    "product",
    "sales",
    "marketing",
    "finance",
    "hr",
    "healthcare",
    "trades",
    "logistics",
    "manufacturing",
    "education",
    "hospitality",
];

/// The examples of issue 8's "Why" section, by id.
const WHY_IDS: &[&str] = &[
    "why-sre-go-aws",
    "why-ios-extra-mile",
    "why-fullstack-node-deno",
    "why-ml-bay-area",
    "why-es-ingeniero-datos",
    "why-dach-head-of-sales",
    "why-de-pflegefachkraft",
];

// Accepted canonical names of title families outside the curated tech set.
const NURSE: &[&str] = &["Registered Nurse"];
const TRUCK_DRIVER: &[&str] = &[
    "Truck Driver",
    "Heavy Truck Driver",
    "Tractor-Trailer Truck Driver",
    "Heavy Goods Vehicle Driver",
    "HGV Driver",
    "Lorry Driver",
];
const SCHOOL_TEACHER: &[&str] = &[
    "Secondary School Teacher",
    "High School Teacher",
    "Teacher",
    "Mathematics Teacher",
    "Math Teacher",
    "Maths Teacher",
    "Secondary Teacher",
];
const MECHANICAL_ENGINEER: &[&str] = &[
    "Mechanical Engineer",
    "Mechanical Design Engineer",
    "Design Engineer",
];
const LATAM: &[&str] = &["MX", "BR", "AR", "CO", "CL", "PE"];
const NOT_LATAM: &[&str] = &["US", "ES", "PT", "CA"];

#[rustfmt::skip]
const CASES: &[Case] = &[
    // ---------------------------------------------------------------- issue 8, "Why"
    Case {
        id: "why-sre-go-aws", lang: "en", sector: "sre",
        title: "Senior Site Reliability Engineer",
        desc: "Kubernetes, Terraform and Go on AWS. 5+ years. Prometheus is a plus. No agencies.",
        location: Some("Berlin, Germany"),
        must_title: &["Site Reliability Engineer"],
        must: &["Kubernetes", "Terraform", "Go", "AWS"],
        nice_contains: &["Prometheus"],
        negatives_contain: &["agency"],
        city: Some("Berlin"), country: Some("DE"),
        seniority: Some(Seniority::Senior), min_years: Some(5),
        ..C
    },
    Case {
        id: "why-ios-extra-mile", lang: "en", sector: "mobile",
        title: "iOS Engineer",
        desc: "Build our banking app in Swift and SwiftUI. You will go the extra mile on UX.\n\
               Requirements: 3+ years of iOS development, Swift, SwiftUI.\n\
               Experience with Core Data is a plus.",
        location: Some("Amsterdam, Netherlands"),
        must_title: &["iOS Engineer"],
        must: &["Swift", "SwiftUI"],
        must_not_must: &["UX Design"],
        not_skill: &["Go"],
        nice_contains: &["Core Data"],
        city: Some("Amsterdam"), country: Some("NL"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "why-fullstack-node-deno", lang: "en", sector: "software",
        title: "Full Stack Developer",
        desc: "You build our booking platform end to end: Node.js or Deno on the server, React or \
               Vue in the browser, PostgreSQL underneath. C# is a bonus. We use R for analytics \
               but you do not need it.",
        location: Some("London, United Kingdom"),
        must_title: &["Full Stack Engineer"],
        synonym_contains: &["Full Stack Developer"],
        must: &["Node.js or Deno", "React or Vue.js", "PostgreSQL"],
        must_not_must: &["R", "C#"],
        nice_contains: &["C#"],
        city: Some("London"), country: Some("GB"),
        ..C
    },
    Case {
        id: "why-ml-bay-area", lang: "en", sector: "ml",
        title: "Machine Learning Engineer",
        desc: "Not a research scientist role: you will ship ranking models to production.\n\
               Python and PyTorch required. MLflow is a plus.",
        location: Some("San Francisco Bay Area"),
        must_title: &["Machine Learning Engineer"],
        must: &["Python", "PyTorch"],
        nice_contains: &["MLflow"],
        negatives_contain: &["research scientist"],
        city: Some("San Francisco"), country: Some("US"), work_mode: Some("not remote"),
        ..C
    },
    Case {
        id: "why-es-ingeniero-datos", lang: "es", sector: "data",
        title: "Ingeniero de Datos",
        desc: "Buscamos un Ingeniero de Datos para construir nuestros pipelines de datos.\n\
               Requisitos: Spark, Airflow y SQL. Al menos 3 años de experiencia.\n\
               Valorable: experiencia con Kafka.",
        location: Some("Ciudad de México"),
        must_title: &["Data Engineer"],
        synonym_contains: &["Ingeniero de Datos"],
        must: &["Apache Spark", "Apache Airflow", "SQL"],
        nice_contains: &["Kafka"],
        city: Some("Mexico City|Ciudad de México"), country: Some("MX"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "why-dach-head-of-sales", lang: "de", sector: "sales",
        title: "Head of Sales DACH",
        desc: "Sie bauen unser Vertriebsteam für Deutschland, Österreich und die Schweiz auf und \
               führen es. Sie bringen mindestens 8 Jahre Erfahrung im B2B-SaaS-Vertrieb mit, davon \
               3 Jahre in Führung. Erfahrung mit Salesforce setzen wir voraus. Verhandlungssicheres \
               Deutsch und Englisch.",
        location: Some("Zürich"),
        must_title: &["Sales Manager", "Head of Sales"],
        must: &["Salesforce"],
        city: Some("Zürich"), country: Some("CH"),
        seniority: Some(Seniority::Head), min_years: Some(8),
        ..C
    },
    Case {
        id: "why-de-pflegefachkraft", lang: "de", sector: "healthcare",
        title: "Pflegefachkraft (m/w/d)",
        desc: "Für unsere internistische Station suchen wir ab sofort eine Pflegefachkraft (m/w/d) \
               in Voll- oder Teilzeit.\n\
               Ihr Profil: abgeschlossene Ausbildung als Pflegefachkraft oder Gesundheits- und \
               Krankenpfleger/in, Freude an der Arbeit im Team.\n\
               Wir bieten: Tarifvertrag, 30 Tage Urlaub, Fort- und Weiterbildung.",
        location: Some("Hamburg"),
        must_title: NURSE,
        synonym_contains: &["Pflegefachkraft"],
        city: Some("Hamburg"), country: Some("DE"), work_mode: Some("not remote"),
        ..C
    },
    // ---------------------------------------------------------------- English
    Case {
        id: "en-data-scientist-rnd", lang: "en", sector: "data",
        title: "Data Scientist, R&D",
        desc: "Join our R&D group working on demand forecasting.\n\
               Requirements: strong Python and SQL, 3+ years building forecasting models.\n\
               Experience with Spark is a plus. You'll present to stakeholders across the business.",
        location: Some("Greater London"),
        must_title: &["Data Scientist"],
        must: &["Python", "SQL"],
        not_skill: &["R"],
        nice_contains: &["Apache Spark"],
        city: Some("London"), country: Some("GB"), work_mode: Some("not remote"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "en-pm-emea", lang: "en", sector: "product",
        title: "Senior Product Manager",
        desc: "Remote within EMEA. You own our payments product from discovery to delivery.\n\
               You have 5+ years of product management in B2B SaaS and are fluent with SQL.\n\
               Jira experience is a plus. Not a project manager role.",
        location: Some("Remote (EMEA)"),
        must_title: &["Product Manager"],
        must: &["SQL"],
        nice_contains: &["Jira"],
        negatives_contain: &["project manager"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: &["DE", "GB", "FR", "ZA", "AE"],
        remote_excludes: &["US", "BR", "CA"],
        seniority: Some(Seniority::Senior), min_years: Some(5),
        ..C
    },
    Case {
        id: "en-product-designer", lang: "en", sector: "design",
        title: "Product Designer",
        desc: "We're looking for a Product Designer to shape our mobile banking experience. You have \
               a portfolio of shipped products, 3+ years of product design, and you're fluent in \
               Figma. Experience running user research is a plus.\n\
               Hybrid: two days a week in our Manchester office.",
        location: Some("Manchester, UK"),
        must_title: &["Product Designer"],
        must: &["Figma"],
        nice_contains: &["User Research"],
        city: Some("Manchester"), country: Some("GB"), work_mode: Some("hybrid"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "en-rn-icu", lang: "en", sector: "healthcare",
        title: "Registered Nurse - ICU (Nights)",
        desc: "Our 24-bed medical ICU seeks an RN for night shifts.\n\
               Requirements: active Texas RN license, BLS and ACLS certification, 2+ years of ICU \
               experience. Epic experience preferred. Sign-on bonus available.",
        location: Some("Houston, TX"),
        must_title: NURSE,
        must: &["BLS", "ACLS"],
        nice_contains: &["Epic"],
        city: Some("Houston"), country: Some("US"), work_mode: Some("not remote"),
        min_years: Some(2),
        ..C
    },
    Case {
        id: "en-electrician", lang: "en", sector: "trades",
        title: "Journeyman Electrician",
        desc: "Commercial electrical contractor hiring a Journeyman Electrician for new-build \
               projects. Requirements: valid Colorado journeyman license, 4+ years of commercial \
               experience, able to read blueprints. OSHA 30 is a plus. Not an apprentice role. \
               Company truck and tools provided, and a swift start.",
        location: Some("Denver, CO"),
        must_title: &["Electrician", "Journeyman Electrician"],
        not_skill: &["Swift", "Hiring"],
        negatives_contain: &["apprentice"],
        city: Some("Denver"), country: Some("US"), work_mode: Some("not remote"),
        min_years: Some(4),
        ..C
    },
    Case {
        id: "en-truck-driver", lang: "en", sector: "logistics",
        title: "CDL-A Truck Driver - Regional",
        desc: "Regional routes in Texas and Oklahoma, home weekly.\n\
               Requirements: Class A CDL, at least 1 year of verifiable tractor-trailer experience, \
               clean MVR. Hazmat endorsement is a plus.",
        location: Some("Dallas, TX"),
        must_title: TRUCK_DRIVER,
        must: &["CDL|Class A CDL|Commercial Driver's License|Commercial Driver License"],
        city: Some("Dallas"), country: Some("US"), work_mode: Some("not remote"),
        min_years: Some(1),
        ..C
    },
    Case {
        id: "en-maths-teacher", lang: "en", sector: "education",
        title: "Teacher of Mathematics",
        desc: "An Outstanding-rated 11-18 academy is seeking a Teacher of Mathematics to teach KS3, \
               GCSE and A level from September; interviews take place in spring. You hold QTS (or \
               are due to gain it this summer) and have a good degree in Mathematics or a related \
               subject. ECTs are welcome to apply. No agencies please.",
        location: Some("Birmingham, UK"),
        must_title: SCHOOL_TEACHER,
        not_skill: &["Spring"],
        negatives_contain: &["agency"],
        city: Some("Birmingham"), country: Some("GB"), work_mode: Some("not remote"),
        ..C
    },
    Case {
        id: "en-restaurant-gm", lang: "en", sector: "hospitality",
        title: "Restaurant General Manager",
        desc: "Lead a 120-cover restaurant in the city centre. You have 3+ years managing a \
               full-service restaurant, strong P&L ownership, and food safety (HACCP) knowledge. \
               Weekend and evening work required.",
        location: Some("Dublin, Ireland"),
        must_title: &["Restaurant Manager", "Restaurant General Manager", "Food Service Manager"],
        must: &["HACCP"],
        city: Some("Dublin"), country: Some("IE"), work_mode: Some("not remote"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "en-fpa-apac", lang: "en", sector: "finance",
        title: "FP&A Analyst",
        desc: "Remote across APAC. You'll build the monthly forecast and board reporting.\n\
               You have 2+ years in FP&A or corporate finance, advanced Excel and working SQL.\n\
               Power BI is a plus. Must be within UTC+5:30 to UTC+10.",
        location: Some("Remote (APAC)"),
        must_title: &["Financial Analyst"],
        must: &["Excel", "SQL"],
        nice_contains: &["Power BI"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: &["SG", "AU", "JP", "IN"],
        remote_excludes: &["US", "GB", "DE"],
        min_years: Some(2),
        ..C
    },
    Case {
        id: "en-ta-partner", lang: "en", sector: "hr",
        title: "Talent Acquisition Partner",
        desc: "Partner with engineering leaders to hire 40+ people this year. You have 3+ years of \
               full-cycle recruiting, ideally in tech, and know your way around Greenhouse and \
               LinkedIn Recruiter. Hybrid, 3 days a week in our Toronto office.",
        location: Some("Toronto, ON"),
        must_title: &["Recruiter", "Technical Recruiter", "Talent Acquisition Specialist"],
        negatives_exclude: &["recruiter", "talent acquisition"],
        city: Some("Toronto"), country: Some("CA"), work_mode: Some("hybrid"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "en-growth-latam", lang: "en", sector: "marketing",
        title: "Growth Marketing Manager (Remote, LATAM)",
        desc: "Own paid acquisition across Brazil, Mexico and Colombia. Must have hands-on Google \
               Ads and HubSpot experience and 4+ years in performance marketing. SEO knowledge \
               preferred. Fluent Spanish or Portuguese, and English.",
        location: Some("Remote (LATAM)"),
        must_title: &["Growth Marketing Manager"],
        must: &["Google Ads", "HubSpot"],
        nice_contains: &["SEO"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: LATAM, remote_excludes: NOT_LATAM,
        min_years: Some(4),
        ..C
    },
    Case {
        id: "en-devops-eu", lang: "en", sector: "sre",
        title: "DevOps Engineer",
        desc: "Remote (EU). You run our CI/CD and cloud infrastructure.\n\
               You bring Docker, Kubernetes and one of AWS, GCP or Azure. Ansible is nice to have.\n\
               We use Rust in a few services, but you do not need Rust.",
        location: Some("Remote (EU)"),
        must_title: &["DevOps Engineer"],
        must: &["Docker", "Kubernetes", "AWS, Google Cloud or Microsoft Azure"],
        must_not_must: &["Rust"],
        nice_contains: &["Ansible"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: &["DE", "FR", "NL", "PL", "IE", "ES"],
        remote_excludes: &["US", "BR", "IN"],
        ..C
    },
    Case {
        id: "en-platform-eea", lang: "en", sector: "sre",
        title: "Staff Platform Engineer",
        desc: "Remote anywhere in the EU/EEA. You design our internal developer platform.\n\
               You have 8+ years of experience, strong Go and Kubernetes, and Terraform.\n\
               Experience with Argo CD is a plus.",
        location: Some("Remote (EU/EEA)"),
        must_title: &["Platform Engineer"],
        must: &["Go", "Kubernetes", "Terraform"],
        nice_contains: &["Argo CD"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: &["DE", "FR", "PL", "NO", "IS"],
        remote_excludes: &["US", "IN"],
        seniority: Some(Seniority::Staff), min_years: Some(8),
        ..C
    },
    Case {
        id: "en-backend-java", lang: "en", sector: "software",
        title: "Backend Engineer (Java)",
        desc: "Our payments team needs a backend engineer.\n\
               Requirements: Java 17 and Spring Boot, PostgreSQL, 3+ years in production systems.\n\
               You'll collaborate closely with our UX and product teams. You'll have access to a \
               yearly learning budget and can excel in a supportive team.",
        location: Some("Chicago, IL"),
        must_title: &["Backend Engineer"],
        must: &["Java", "Spring Boot", "PostgreSQL"],
        must_not_must: &["UX Design"],
        not_skill: &["Excel", "Microsoft Access"],
        city: Some("Chicago"), country: Some("US"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "en-mech-engineer", lang: "en", sector: "manufacturing",
        title: "Mechanical Design Engineer",
        desc: "Design tooling and fixtures for our automotive stamping lines. Bachelor's in \
               Mechanical Engineering; SolidWorks or CATIA required; GD&T; 3+ years in automotive \
               manufacturing. Onsite in our Detroit plant.",
        location: Some("Detroit, MI"),
        must_title: MECHANICAL_ENGINEER,
        must: &["SolidWorks or CATIA"],
        city: Some("Detroit"), country: Some("US"), work_mode: Some("onsite"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "en-ae-mena", lang: "en", sector: "sales",
        title: "Enterprise Account Executive - MENA",
        desc: "You'll sell our security platform to banks and telcos across the Gulf and North \
               Africa. You excel at building relationships with C-level stakeholders and have 6+ \
               years of enterprise SaaS sales. Salesforce experience is required. Arabic is a plus.",
        location: Some("Remote (MENA)"),
        must_title: &["Account Executive"],
        must: &["Salesforce"],
        not_skill: &["Excel", "C"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: &["AE", "SA", "EG", "MA", "QA", "JO"],
        remote_excludes: &["US", "GB", "DE", "IN"],
        min_years: Some(6),
        ..C
    },
    Case {
        id: "en-csm-nordics", lang: "en", sector: "sales",
        title: "Customer Success Manager",
        desc: "Remote within the Nordics. You onboard and grow our mid-market customers in Sweden, \
               Norway, Denmark and Finland. You have 3+ years in customer success for a B2B SaaS \
               product and you're at home in Salesforce. Gainsight is a plus.",
        location: Some("Remote (Nordics)"),
        must_title: &["Customer Success Manager"],
        must: &["Salesforce"],
        nice_contains: &["Gainsight"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: &["SE", "NO", "DK", "FI"],
        remote_excludes: &["DE", "GB", "NL"],
        min_years: Some(3),
        ..C
    },
    // ---------------------------------------------------------------- German
    Case {
        id: "de-backend-java", lang: "de", sector: "software",
        title: "Senior Backend-Entwickler (m/w/d) Java",
        desc: "Für unser Team in München suchen wir Verstärkung.\n\
               Das bringst du mit: mindestens 5 Jahre Erfahrung in der Backend-Entwicklung mit Java \
               und Spring Boot, sehr gute Kenntnisse in PostgreSQL. Kafka ist von Vorteil. \
               Go-Kenntnisse sind nicht erforderlich.\n\
               Hybrides Arbeiten: 2 Tage pro Woche im Büro.",
        location: Some("Hybrid – München"),
        must_title: &["Backend Engineer"],
        synonym_contains: &["Backend-Entwickler"],
        must: &["Java", "Spring Boot", "PostgreSQL"],
        must_not_must: &["Go"],
        nice_contains: &["Kafka"],
        city: Some("Munich|München"), country: Some("DE"), work_mode: Some("hybrid"),
        seniority: Some(Seniority::Senior), min_years: Some(5),
        ..C
    },
    Case {
        id: "de-elektroniker", lang: "de", sector: "trades",
        title: "Elektroniker für Energie- und Gebäudetechnik (m/w/d)",
        desc: "Wir sind ein Elektrofachbetrieb mit 40 Mitarbeitenden und suchen Verstärkung für \
               Baustellen im Raum Köln.\n\
               Ihr Profil: abgeschlossene Ausbildung als Elektroniker/in oder Elektriker, \
               Führerschein Klasse B, Zuverlässigkeit.\n\
               Wir bieten: Firmenwagen, Tariflohn, unbefristete Festanstellung.",
        location: Some("Köln"),
        must_title: &["Electrician"],
        synonym_contains: &["Elektroniker"],
        city: Some("Köln|Cologne"), country: Some("DE"), work_mode: Some("not remote"),
        ..C
    },
    Case {
        id: "de-berufskraftfahrer-ruhr", lang: "de", sector: "logistics",
        title: "Berufskraftfahrer CE (m/w/d) im Nahverkehr",
        desc: "Für Touren im Ruhrgebiet suchen wir Berufskraftfahrer.\n\
               Voraussetzungen: Führerschein Klasse CE, Fahrerkarte, Modul 95. Erfahrung im \
               Nahverkehr wünschenswert.\n\
               Täglich zu Hause, keine Übernachtungen.",
        location: Some("Ruhrgebiet"),
        must_title: TRUCK_DRIVER,
        synonym_contains: &["Berufskraftfahrer"],
        not_skill: &["C"],
        country: Some("DE"), work_mode: Some("not remote"),
        ..C
    },
    Case {
        id: "de-data-analyst-dach", lang: "de", sector: "data",
        title: "Data Analyst (w/m/d) – Remote (DACH)",
        desc: "Du arbeitest remote aus Deutschland, Österreich oder der Schweiz.\n\
               Dein Profil: sehr gute SQL-Kenntnisse, Erfahrung mit Python oder R, mindestens 2 \
               Jahre Berufserfahrung in der Datenanalyse. Tableau ist wünschenswert.",
        location: Some("Remote (DACH)"),
        must_title: &["Data Analyst"],
        must: &["SQL", "Python or R"],
        nice_contains: &["Tableau"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: &["DE", "AT", "CH"],
        remote_excludes: &["FR", "NL", "US", "GB"],
        min_years: Some(2),
        ..C
    },
    Case {
        id: "de-ml-remote-de", lang: "de", sector: "ml",
        title: "Machine Learning Engineer (f/m/x)",
        desc: "Wir bringen Modelle für die Betrugserkennung in Produktion.\n\
               Das bringst du mit: Python und PyTorch, Erfahrung mit MLOps. Kubernetes ist ein Plus.\n\
               Die Stelle ist remote in Deutschland möglich.",
        location: Some("Remote, Deutschland"),
        must_title: &["Machine Learning Engineer"],
        must: &["Python", "PyTorch", "MLOps"],
        nice_contains: &["Kubernetes"],
        country: Some("DE"), work_mode: Some("remote"),
        ..C
    },
    Case {
        id: "de-konstrukteur", lang: "de", sector: "manufacturing",
        title: "Konstrukteur Maschinenbau (m/w/d)",
        desc: "Sie konstruieren Sondermaschinen für die Automobilindustrie.\n\
               Ihr Profil: abgeschlossenes Studium Maschinenbau, mindestens 3 Jahre Berufserfahrung \
               in der Konstruktion, sicherer Umgang mit SolidWorks oder CATIA. Kenntnisse in SAP \
               sind von Vorteil.",
        location: Some("Stuttgart"),
        must_title: MECHANICAL_ENGINEER,
        synonym_contains: &["Konstrukteur"],
        must: &["SolidWorks or CATIA"],
        nice_contains: &["SAP"],
        city: Some("Stuttgart"), country: Some("DE"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "de-lehrkraft", lang: "de", sector: "education",
        title: "Lehrkraft für Mathematik und Physik (m/w/d)",
        desc: "Unser staatlich anerkanntes Gymnasium in freier Trägerschaft sucht zum neuen \
               Schuljahr eine Lehrkraft für Mathematik und Physik in der Sekundarstufe I und II.\n\
               Voraussetzung: Zweites Staatsexamen für das Lehramt an Gymnasien oder vergleichbare \
               Qualifikation.",
        location: Some("Leipzig"),
        must_title: SCHOOL_TEACHER,
        synonym_contains: &["Lehrkraft"],
        city: Some("Leipzig"), country: Some("DE"), work_mode: Some("not remote"),
        ..C
    },
    Case {
        id: "de-bilanzbuchhalter", lang: "de", sector: "finance",
        title: "Bilanzbuchhalter (m/w/d)",
        desc: "Ihre Aufgaben: Erstellung der Monats- und Jahresabschlüsse nach HGB, \
               Umsatzsteuervoranmeldungen, Ansprechpartner für Wirtschaftsprüfer.\n\
               Ihr Profil: Weiterbildung zum Bilanzbuchhalter, mindestens 4 Jahre \
               Berufserfahrung, sicherer Umgang mit DATEV und Excel. IFRS-Kenntnisse sind \
               wünschenswert.\n\
               Arbeit vor Ort in Frankfurt, kein Homeoffice.",
        location: Some("Frankfurt am Main"),
        must_title: &["Accountant"],
        synonym_contains: &["Bilanzbuchhalter"],
        must: &["DATEV", "Excel"],
        nice_contains: &["IFRS"],
        city: Some("Frankfurt am Main"), country: Some("DE"), work_mode: Some("onsite"),
        min_years: Some(4),
        ..C
    },
    Case {
        id: "de-hrbp", lang: "de", sector: "hr",
        title: "HR Business Partner (m/w/d)",
        desc: "Du berätst Führungskräfte in allen personalrelevanten Fragen und begleitest \
               Change-Prozesse. Du bringst mindestens 3 Jahre Erfahrung als HR Business Partner \
               oder Personalreferent mit und sehr gute Kenntnisse im Arbeitsrecht.\n\
               Hybrid: 3 Tage Büro, 2 Tage mobiles Arbeiten.",
        location: Some("Düsseldorf"),
        must_title: &["HR Business Partner"],
        negatives_contain: &["recruiter"],
        city: Some("Düsseldorf"), country: Some("DE"), work_mode: Some("hybrid"),
        min_years: Some(3),
        ..C
    },
    // ---------------------------------------------------------------- French
    Case {
        id: "fr-fullstack", lang: "fr", sector: "software",
        title: "Développeur Full Stack (H/F)",
        desc: "Vous rejoignez notre équipe produit à Lyon.\n\
               Compétences requises : TypeScript, Node.js et React ou Angular. Une expérience avec \
               PostgreSQL est un plus. Au moins 3 ans d'expérience.\n\
               Télétravail partiel possible (2 jours par semaine).",
        location: Some("Lyon"),
        must_title: &["Full Stack Engineer"],
        synonym_contains: &["Développeur Full Stack"],
        must: &["TypeScript", "Node.js", "React or Angular"],
        nice_contains: &["PostgreSQL"],
        city: Some("Lyon"), country: Some("FR"), work_mode: Some("hybrid"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "fr-infirmier", lang: "fr", sector: "healthcare",
        title: "Infirmier / Infirmière en soins intensifs (H/F)",
        desc: "Le CHU recrute un infirmier ou une infirmière pour son service de réanimation.\n\
               Profil : Diplôme d'État d'infirmier obligatoire, une première expérience en soins \
               intensifs est appréciée. Poste en 12h, jour/nuit.",
        location: Some("Bordeaux"),
        must_title: NURSE,
        synonym_contains: &["Infirmier"],
        city: Some("Bordeaux"), country: Some("FR"), work_mode: Some("not remote"),
        ..C
    },
    Case {
        id: "fr-data-engineer-idf", lang: "fr", sector: "data",
        title: "Data Engineer Senior (F/H)",
        desc: "Vous concevez et industrialisez nos pipelines de données.\n\
               Profil recherché : 5 ans d'expérience minimum, maîtrise de Spark, Scala et Airflow \
               indispensable. La connaissance de Kafka est un plus.\n\
               Nos bureaux sont en Île-de-France, deux jours de télétravail par semaine.",
        location: Some("Île-de-France"),
        must_title: &["Data Engineer"],
        must: &["Apache Spark", "Scala", "Apache Airflow"],
        nice_contains: &["Kafka"],
        country: Some("FR"), work_mode: Some("hybrid"),
        seniority: Some(Seniority::Senior), min_years: Some(5),
        ..C
    },
    Case {
        id: "fr-product-owner", lang: "fr", sector: "product",
        title: "Product Owner (H/F)",
        desc: "Au sein de la squad Paiements, vous portez la vision produit et priorisez le \
               backlog. Vous avez au moins 3 ans d'expérience en tant que Product Owner ou Product \
               Manager et maîtrisez Jira. Des notions de SQL sont un plus. Ce n'est pas un poste de \
               chef de projet.",
        location: Some("Nantes"),
        must_title: &["Product Manager", "Product Owner"],
        must: &["Jira"],
        nice_contains: &["SQL"],
        negatives_contain: &["chef de projet|project manager"],
        city: Some("Nantes"), country: Some("FR"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "fr-chef-de-partie", lang: "fr", sector: "hospitality",
        title: "Chef de Partie (H/F)",
        desc: "Restaurant bistronomique de 60 couverts recherche un chef de partie pour renforcer \
               sa brigade. Vous justifiez d'au moins 2 ans d'expérience sur un poste similaire et \
               maîtrisez les normes HACCP. Poste en coupure, 5 jours sur 7.",
        location: Some("Paris"),
        must_title: &["Chef de Partie", "Chef", "Cook", "Line Cook"],
        must: &["HACCP"],
        city: Some("Paris"), country: Some("FR"), work_mode: Some("not remote"),
        min_years: Some(2),
        ..C
    },
    Case {
        id: "fr-professeur", lang: "fr", sector: "education",
        title: "Professeur de mathématiques (H/F)",
        desc: "Établissement privé sous contrat recherche un professeur de mathématiques pour des \
               classes de collège et de lycée. Titulaire d'un master MEEF ou du CAPES, vous avez le \
               goût de la transmission. Poste à temps plein à pourvoir à la rentrée.",
        location: Some("Toulouse"),
        must_title: SCHOOL_TEACHER,
        synonym_contains: &["Professeur"],
        city: Some("Toulouse"), country: Some("FR"), work_mode: Some("not remote"),
        ..C
    },
    Case {
        id: "fr-charge-recrutement", lang: "fr", sector: "hr",
        title: "Chargé de recrutement (H/F)",
        desc: "Rattaché(e) à la DRH, vous gérez le recrutement de bout en bout pour nos fonctions \
               commerciales et support. Vous avez une première expérience de 2 ans minimum en \
               recrutement, idéalement en cabinet ou en entreprise. La maîtrise de LinkedIn \
               Recruiter est un atout.\n\
               Hybride : 3 jours sur site.",
        location: Some("Paris"),
        must_title: &["Recruiter", "Talent Acquisition Specialist"],
        synonym_contains: &["Chargé de recrutement"],
        must_not_must: &["LinkedIn Recruiter"],
        nice_contains: &["LinkedIn Recruiter"],
        negatives_exclude: &["recruiter", "recruteur"],
        city: Some("Paris"), country: Some("FR"), work_mode: Some("hybrid"),
        min_years: Some(2),
        ..C
    },
    Case {
        id: "fr-marketing-benelux", lang: "fr", sector: "marketing",
        title: "Responsable Marketing Digital (H/F)",
        desc: "Poste en télétravail depuis la Belgique, les Pays-Bas ou le Luxembourg (Benelux).\n\
               Vous pilotez nos campagnes d'acquisition. Compétences requises : Google Ads, Google \
               Analytics et SEO, 4 ans d'expérience minimum. HubSpot est un plus.",
        location: Some("Télétravail (Benelux)"),
        must_title: &["Digital Marketing Specialist", "Digital Marketing Manager", "Marketing Manager"],
        synonym_contains: &["Marketing Digital"],
        must: &["Google Ads", "Google Analytics", "SEO"],
        nice_contains: &["HubSpot"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: &["BE", "NL", "LU"],
        remote_excludes: &["FR", "DE"],
        min_years: Some(4),
        ..C
    },
    Case {
        id: "fr-ml-remote-fr", lang: "fr", sector: "ml",
        title: "Ingénieur Machine Learning (H/F)",
        desc: "Vous industrialisez nos modèles de vision par ordinateur.\n\
               Compétences requises : Python, PyTorch et Docker. La connaissance de CUDA est un \
               plus. Une thèse n'est pas nécessaire : ce n'est pas un poste de chercheur.\n\
               Télétravail complet possible depuis la France.",
        location: Some("Télétravail, France"),
        must_title: &["Machine Learning Engineer"],
        synonym_contains: &["Ingénieur Machine Learning"],
        must: &["Python", "PyTorch", "Docker"],
        nice_contains: &["CUDA"],
        negatives_contain: &["chercheur|research scientist|researcher"],
        country: Some("FR"), work_mode: Some("remote"),
        ..C
    },
    // ---------------------------------------------------------------- Spanish
    Case {
        id: "es-backend-python", lang: "es", sector: "software",
        title: "Desarrolladora Backend Python",
        desc: "Buscamos una desarrolladora o desarrollador backend para nuestro equipo de \
               logística.\n\
               Requisitos: Python y Django, experiencia con Docker, al menos 3 años de experiencia.\n\
               Valorable: AWS. No es necesario saber Go.\n\
               Modalidad híbrida: 2 días en la oficina de Madrid.",
        location: Some("Madrid, España"),
        must_title: &["Backend Engineer"],
        synonym_contains: &["Desarrolladora Backend"],
        must: &["Python", "Django", "Docker"],
        must_not_must: &["Go"],
        nice_contains: &["AWS"],
        city: Some("Madrid"), country: Some("ES"), work_mode: Some("hybrid"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "es-enfermero-uci", lang: "es", sector: "healthcare",
        title: "Enfermero/a UCI",
        desc: "Hospital privado busca enfermero/a para la Unidad de Cuidados Intensivos.\n\
               Requisitos: Grado en Enfermería, colegiación en vigor y al menos 1 año de experiencia \
               en UCI. Se valorará formación en soporte vital avanzado.",
        location: Some("Barcelona"),
        must_title: NURSE,
        synonym_contains: &["Enfermero"],
        city: Some("Barcelona"), country: Some("ES"), work_mode: Some("not remote"),
        min_years: Some(1),
        ..C
    },
    Case {
        id: "es-conductor-camion", lang: "es", sector: "logistics",
        title: "Conductor de camión C+E",
        desc: "Empresa de transporte busca conductor con carné C+E y CAP en vigor para rutas \
               nacionales. Experiencia mínima de 2 años. Se ofrece contrato indefinido.",
        location: Some("Zaragoza"),
        must_title: TRUCK_DRIVER,
        synonym_contains: &["Conductor"],
        not_skill: &["C"],
        city: Some("Zaragoza"), country: Some("ES"), work_mode: Some("not remote"),
        min_years: Some(2),
        ..C
    },
    Case {
        id: "es-marketing-bogota", lang: "es", sector: "marketing",
        title: "Especialista en Marketing Digital",
        desc: "Serás responsable de nuestras campañas de pago y posicionamiento orgánico.\n\
               Requisitos imprescindibles: Google Ads y SEO, 3 años de experiencia.\n\
               Deseable: HubSpot. Trabajo presencial en Bogotá.",
        location: Some("Bogotá, Colombia"),
        must_title: &["Digital Marketing Specialist"],
        synonym_contains: &["Marketing Digital"],
        must: &["Google Ads", "SEO"],
        nice_contains: &["HubSpot"],
        city: Some("Bogotá"), country: Some("CO"), work_mode: Some("onsite"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "es-camarero", lang: "es", sector: "hospitality",
        title: "Camarero/a de sala",
        desc: "Restaurante en el centro de Valencia busca camarero/a con experiencia mínima de 1 \
               año. Se valorará inglés. Jornada completa, turnos de tarde y fin de semana.",
        location: Some("Valencia, España"),
        must_title: &["Waiter", "Waitress", "Server", "Restaurant Server", "Food Server", "Waiter/Waitress"],
        synonym_contains: &["Camarero"],
        city: Some("Valencia"), country: Some("ES"), work_mode: Some("not remote"),
        min_years: Some(1),
        ..C
    },
    Case {
        id: "es-android-latam", lang: "es", sector: "mobile",
        title: "Desarrollador Android Senior",
        desc: "Trabajo 100% remoto desde cualquier país de Latinoamérica.\n\
               Requisitos: Kotlin y Jetpack Compose, 5 años de experiencia en desarrollo Android.\n\
               Deseable: experiencia con Flutter.",
        location: Some("Remoto (LATAM)"),
        must_title: &["Android Engineer"],
        synonym_contains: &["Desarrollador Android"],
        must: &["Kotlin", "Jetpack Compose"],
        nice_contains: &["Flutter"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: LATAM, remote_excludes: NOT_LATAM,
        seniority: Some(Seniority::Senior), min_years: Some(5),
        ..C
    },
    Case {
        id: "es-analista-financiero", lang: "es", sector: "finance",
        title: "Analista Financiero Junior",
        desc: "Reportando al CFO, elaborarás presupuestos, forecast y reportes de gestión.\n\
               Requisitos: Excel avanzado, al menos 1 año de experiencia en FP&A.\n\
               Valorable: Power BI y SAP.",
        location: Some("Santiago, Chile"),
        must_title: &["Financial Analyst"],
        synonym_contains: &["Analista Financiero"],
        must: &["Excel"],
        nice_contains: &["Power BI", "SAP"],
        city: Some("Santiago"), country: Some("CL"),
        seniority: Some(Seniority::Junior), min_years: Some(1),
        ..C
    },
    // ---------------------------------------------------------------- Portuguese
    Case {
        id: "pt-flutter-br", lang: "pt", sector: "mobile",
        title: "Desenvolvedor(a) Mobile Flutter",
        desc: "Vaga 100% remota para quem mora no Brasil.\n\
               Requisitos obrigatórios: Flutter e Dart, pelo menos 3 anos de experiência com apps \
               publicados. Diferencial: Firebase.",
        location: Some("Remoto, Brasil"),
        must_title: &["Mobile Engineer"],
        synonym_contains: &["Desenvolvedor"],
        must: &["Flutter", "Dart"],
        nice_contains: &["Firebase"],
        country: Some("BR"), work_mode: Some("remote"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "pt-enfermeiro", lang: "pt", sector: "healthcare",
        title: "Enfermeiro(a)",
        desc: "Hospital em Lisboa recruta enfermeiros para o serviço de medicina interna.\n\
               Requisitos: licenciatura em Enfermagem e inscrição na Ordem dos Enfermeiros. \
               Valoriza-se experiência em urgência.",
        location: Some("Lisboa"),
        must_title: NURSE,
        synonym_contains: &["Enfermeiro"],
        city: Some("Lisbon|Lisboa"), country: Some("PT"), work_mode: Some("not remote"),
        ..C
    },
    Case {
        id: "pt-cientista-dados", lang: "pt", sector: "data",
        title: "Cientista de Dados Sênior",
        desc: "Você vai desenvolver modelos de risco de crédito.\n\
               Requisitos: Python e SQL, pelo menos 5 anos de experiência com modelagem \
               estatística. Diferencial: R e Spark.\n\
               Modelo híbrido, 3 dias no escritório.",
        location: Some("Rio de Janeiro"),
        must_title: &["Data Scientist"],
        synonym_contains: &["Cientista de Dados"],
        must: &["Python", "SQL"],
        must_not_must: &["R"],
        nice_contains: &["R", "Apache Spark"],
        city: Some("Rio de Janeiro"), country: Some("BR"), work_mode: Some("hybrid"),
        seniority: Some(Seniority::Senior), min_years: Some(5),
        ..C
    },
    Case {
        id: "pt-motorista", lang: "pt", sector: "logistics",
        title: "Motorista de Caminhão Carreteiro",
        desc: "Transportadora contrata motorista com CNH categoria E e curso MOPP para viagens \
               interestaduais. Experiência mínima de 2 anos com carreta.",
        location: Some("Curitiba, PR"),
        must_title: TRUCK_DRIVER,
        synonym_contains: &["Motorista"],
        city: Some("Curitiba"), country: Some("BR"), work_mode: Some("not remote"),
        min_years: Some(2),
        ..C
    },
    // ---------------------------------------------------------------- Italian
    Case {
        id: "it-java-milano", lang: "it", sector: "software",
        title: "Sviluppatore Java Senior",
        desc: "Cerchiamo uno sviluppatore Java per il nostro team di Milano.\n\
               Requisiti: ottima conoscenza di Java e Spring Boot, almeno 5 anni di esperienza.\n\
               Costituisce titolo preferenziale la conoscenza di Kubernetes.\n\
               Modalità di lavoro ibrida.",
        location: Some("Milano"),
        must_title: &["Software Engineer", "Backend Engineer", "Java Developer"],
        synonym_contains: &["Sviluppatore"],
        must: &["Java", "Spring Boot"],
        nice_contains: &["Kubernetes"],
        city: Some("Milan|Milano"), country: Some("IT"), work_mode: Some("hybrid"),
        seniority: Some(Seniority::Senior), min_years: Some(5),
        ..C
    },
    Case {
        id: "it-infermiere", lang: "it", sector: "healthcare",
        title: "Infermiere",
        desc: "Struttura sanitaria privata ricerca infermieri per reparto di medicina.\n\
               Requisiti: laurea in Infermieristica e iscrizione all'OPI. Costituisce titolo \
               preferenziale l'esperienza in terapia intensiva. Contratto a tempo indeterminato, \
               turni.",
        location: Some("Roma"),
        must_title: NURSE,
        synonym_contains: &["Infermiere"],
        city: Some("Rome|Roma"), country: Some("IT"), work_mode: Some("not remote"),
        ..C
    },
    Case {
        id: "it-ingegnere-meccanico", lang: "it", sector: "manufacturing",
        title: "Ingegnere Meccanico Progettista",
        desc: "Azienda metalmeccanica cerca un ingegnere meccanico per la progettazione di \
               macchine automatiche. Requisiti: laurea in Ingegneria Meccanica, almeno 3 anni di \
               esperienza, ottima conoscenza di SolidWorks. Gradita la conoscenza di SAP.",
        location: Some("Torino"),
        must_title: MECHANICAL_ENGINEER,
        synonym_contains: &["Ingegnere Meccanico"],
        must: &["SolidWorks"],
        nice_contains: &["SAP"],
        city: Some("Turin|Torino"), country: Some("IT"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "it-receptionist", lang: "it", sector: "hospitality",
        title: "Receptionist d'albergo",
        desc: "Hotel 4 stelle nel centro storico cerca receptionist con almeno 2 anni di \
               esperienza. Requisiti: ottima conoscenza dell'inglese e dei gestionali alberghieri. \
               Lavoro su turni.",
        location: Some("Firenze"),
        must_title: &[
            "Hotel Receptionist", "Receptionist", "Front Desk Agent", "Front Desk Receptionist",
            "Hotel Front Desk Clerk", "Front Desk Clerk", "Guest Service Agent",
        ],
        city: Some("Florence|Firenze"), country: Some("IT"), work_mode: Some("not remote"),
        min_years: Some(2),
        not_skill: &["Diversity and Inclusion"],
        ..C
    },
    // ---------------------------------------------------------------- Dutch
    Case {
        id: "nl-verpleegkundige", lang: "nl", sector: "healthcare",
        title: "Verpleegkundige Intensive Care",
        desc: "Voor onze IC-afdeling zoeken wij een verpleegkundige.\n\
               Wat vragen wij: BIG-registratie, een afgeronde IC-opleiding of de bereidheid deze te \
               volgen. Je werkt in onregelmatige diensten.",
        location: Some("Rotterdam"),
        must_title: NURSE,
        synonym_contains: &["Verpleegkundige"],
        city: Some("Rotterdam"), country: Some("NL"), work_mode: Some("not remote"),
        ..C
    },
    Case {
        id: "nl-data-engineer-randstad", lang: "nl", sector: "data",
        title: "Data Engineer",
        desc: "Wij zoeken een data engineer voor ons analyticsteam.\n\
               Wat je meebrengt: minimaal 3 jaar ervaring, Python en dbt. Kennis van Snowflake is \
               een pré.\n\
               Hybride: twee dagen per week op kantoor.",
        location: Some("Randstad"),
        must_title: &["Data Engineer"],
        must: &["Python", "dbt"],
        nice_contains: &["Snowflake"],
        country: Some("NL"), work_mode: Some("hybrid"),
        min_years: Some(3),
        ..C
    },
    Case {
        id: "nl-vrachtwagenchauffeur", lang: "nl", sector: "logistics",
        title: "Vrachtwagenchauffeur CE",
        desc: "Voor nationaal distributievervoer zoeken wij een chauffeur met rijbewijs CE, code 95 \
               en een digitale tachograafkaart. Je bent elke avond thuis. Minimaal 1 jaar ervaring.",
        location: Some("Eindhoven"),
        must_title: TRUCK_DRIVER,
        synonym_contains: &["Vrachtwagenchauffeur"],
        city: Some("Eindhoven"), country: Some("NL"), work_mode: Some("not remote"),
        min_years: Some(1),
        ..C
    },
    Case {
        id: "nl-ux-benelux", lang: "nl", sector: "design",
        title: "Senior UX Designer",
        desc: "Volledig remote binnen de Benelux.\n\
               Je hebt minimaal 5 jaar ervaring als UX designer, Figma is een must en je hebt \
               ervaring met user research. Kennis van HTML en CSS is een pré.",
        location: Some("Remote (Benelux)"),
        must_title: &["UX Designer"],
        must: &["Figma", "User Research"],
        nice_contains: &["HTML", "CSS"],
        city: Some("-"), country: Some("-"), work_mode: Some("remote"),
        remote_countries: &["BE", "NL", "LU"],
        remote_excludes: &["DE", "FR"],
        seniority: Some(Seniority::Senior), min_years: Some(5),
        ..C
    },
    Case {
        id: "nl-filiaalmanager", lang: "nl", sector: "hospitality",
        title: "Filiaalmanager Supermarkt",
        desc: "Als filiaalmanager ben je eindverantwoordelijk voor een supermarkt met 60 \
               medewerkers. Je hebt minimaal 3 jaar leidinggevende ervaring in de retail.\n\
               Werken op locatie, ook in het weekend.",
        location: Some("Utrecht"),
        must_title: &["Store Manager", "Retail Store Manager", "Retail Manager", "Supermarket Manager"],
        synonym_contains: &["Filiaalmanager"],
        city: Some("Utrecht"), country: Some("NL"), work_mode: Some("onsite"),
        min_years: Some(3),
        ..C
    },
];

// ------------------------------------------------------------------------ matching helpers

/// Lower case, accents folded, every run of non-alphanumerics one space.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars().flat_map(char::to_lowercase) {
        let mapped: &str = match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ß' => "ss",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => " ",
        };
        out.push_str(mapped);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `needle` occurs in `hay` as whole words (both folded).
fn contains_words(hay: &str, needle: &str) -> bool {
    format!(" {} ", fold(hay)).contains(&format!(" {} ", fold(needle)))
}

/// The `|`-separated spellings of an expectation.
fn spellings(expected: &str) -> impl Iterator<Item = &str> {
    expected.split('|').map(str::trim)
}

/// A skill (one option, no alternatives of its own) is called `spelling`.
fn skill_is(skill: &SkillRequirement, spelling: &str) -> bool {
    skill.name.trim().eq_ignore_ascii_case(spelling)
        || skill
            .aliases
            .iter()
            .any(|a| a.trim().eq_ignore_ascii_case(spelling))
}

/// The options of an expected requirement: "AWS, Google Cloud or Microsoft Azure" → three.
fn expected_options(expected: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = expected.split(" or ").collect();
    let last = parts.pop().unwrap_or_default();
    let mut out: Vec<&str> = parts
        .iter()
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .collect();
    out.push(last.trim());
    out
}

/// Whether `req` is exactly the expected requirement (its label, or the same options).
fn requirement_is(req: &SkillRequirement, expected: &str) -> bool {
    if req.label().eq_ignore_ascii_case(expected) {
        return true;
    }
    let wanted = expected_options(expected);
    let options: Vec<&SkillRequirement> = req.options().collect();
    if options.len() != wanted.len() {
        return false;
    }
    let mut used = vec![false; options.len()];
    wanted.iter().all(|w| {
        let hit = options
            .iter()
            .enumerate()
            .find(|(i, o)| !used[*i] && spellings(w).any(|s| skill_is(o, s)));
        match hit {
            Some((i, _)) => {
                used[i] = true;
                true
            }
            None => false,
        }
    })
}

fn labels(reqs: &[SkillRequirement]) -> String {
    let l: Vec<String> = reqs.iter().map(SkillRequirement::label).collect();
    format!("[{}]", l.join("; "))
}

/// `negative` contains `expected` as whole words, also in the plural ("agency" → "agencies").
fn negative_has(negative: &str, expected: &str) -> bool {
    let mut forms = vec![expected.to_owned(), format!("{expected}s")];
    if let Some(stem) = expected.strip_suffix('y') {
        forms.push(format!("{stem}ies"));
    }
    forms.iter().any(|f| contains_words(negative, f))
}

/// Gender markers that must never reach a canonical title or a synonym.
fn has_gender_marker(title: &str) -> bool {
    const PARENTHESISED: &[&str] = &[
        "(m/w/d)", "(w/m/d)", "(m/f/d)", "(f/m/d)", "(f/m/x)", "(m/f/x)", "(m/w/x)", "(h/f)",
        "(f/h)", "(m/w)", "(m/f)", "(w/m)", "(a)", "(o)", "(e)",
    ];
    const SLASHED: &[&str] = &["/in", "/a", "/e", "/innen"];
    let lower = title.to_lowercase();
    let squeezed = lower.replace(' ', "");
    PARENTHESISED.iter().any(|m| squeezed.contains(m))
        || SLASHED.iter().any(|m| {
            // a slash marker ends a word ("Enfermero/a UCI", "Krankenpfleger/in")
            lower.match_indices(m).any(|(i, _)| {
                lower[i + m.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
            })
        })
}

fn mode_name(mode: Option<WorkMode>) -> &'static str {
    match mode {
        Some(WorkMode::Remote) => "remote",
        Some(WorkMode::Hybrid) => "hybrid",
        Some(WorkMode::Onsite) => "onsite",
        None => "none",
    }
}

fn ad_of(case: &Case) -> JobAd {
    JobAd {
        title: case.title.to_owned(),
        job_description: case.desc.to_owned(),
        location: case.location.map(str::to_owned),
        query: case.query.map(str::to_owned),
    }
}

/// Every failed expectation of one case: (field, expected, got).
#[allow(
    clippy::too_many_lines,
    reason = "one block per field, read top to bottom"
)]
fn check(case: &Case, icp: &Icp) -> Vec<(&'static str, String, String)> {
    let mut fails: Vec<(&'static str, String, String)> = Vec::new();
    let mut fail = |field: &'static str, expected: String, got: String| {
        fails.push((field, expected, got));
    };

    // titles
    if !case.must_title.is_empty()
        && !case
            .must_title
            .iter()
            .any(|t| fold(t) == fold(&icp.canonical_title))
    {
        fail(
            "must_title",
            case.must_title.join(" | "),
            icp.canonical_title.clone(),
        );
    }
    for s in case.synonym_contains {
        if !spellings(s).any(|s| icp.title_synonyms.iter().any(|x| contains_words(x, s))) {
            fail(
                "synonym_contains",
                (*s).to_owned(),
                format!("{:?}", icp.title_synonyms),
            );
        }
    }
    for t in std::iter::once(&icp.canonical_title).chain(icp.title_synonyms.iter()) {
        if has_gender_marker(t) {
            fail(
                "gender_marker",
                "no (m/w/d), (h/f), /in, /a …".to_owned(),
                t.clone(),
            );
        }
    }

    // skills
    for m in case.must {
        if !icp.must_have_skills.iter().any(|r| requirement_is(r, m)) {
            fail("must", (*m).to_owned(), labels(&icp.must_have_skills));
        }
    }
    for m in case.must_not_must {
        if icp
            .must_have_skills
            .iter()
            .any(|r| r.options().any(|o| spellings(m).any(|s| skill_is(o, s))))
        {
            fail(
                "must_not_must",
                format!("not {m}"),
                labels(&icp.must_have_skills),
            );
        }
    }
    for n in case.nice_contains {
        if !icp.nice_to_have_skills.iter().any(|r| requirement_is(r, n)) {
            fail(
                "nice_contains",
                (*n).to_owned(),
                labels(&icp.nice_to_have_skills),
            );
        }
    }
    for m in case.not_skill {
        if icp
            .all_skills()
            .any(|r| r.options().any(|o| spellings(m).any(|s| skill_is(o, s))))
        {
            fail(
                "not_skill",
                format!("no {m} at all"),
                format!(
                    "must {} nice {}",
                    labels(&icp.must_have_skills),
                    labels(&icp.nice_to_have_skills)
                ),
            );
        }
    }
    for r in &icp.must_have_skills {
        for o in r.options() {
            if icp
                .nice_to_have_skills
                .iter()
                .any(|n| n.options().any(|x| x.name.eq_ignore_ascii_case(&o.name)))
            {
                fail(
                    "must_nice_overlap",
                    format!("{} in one list only", o.name),
                    format!(
                        "must {} nice {}",
                        labels(&icp.must_have_skills),
                        labels(&icp.nice_to_have_skills)
                    ),
                );
            }
        }
    }

    // negatives
    for n in case.negatives_contain {
        if !spellings(n).any(|s| icp.negative_keywords.iter().any(|k| negative_has(k, s))) {
            fail(
                "negatives_contain",
                (*n).to_owned(),
                format!("{:?}", icp.negative_keywords),
            );
        }
    }
    for n in case.negatives_exclude {
        if icp.negative_keywords.iter().any(|k| contains_words(k, n)) {
            fail(
                "negatives_exclude",
                format!("no {n}"),
                format!("{:?}", icp.negative_keywords),
            );
        }
    }

    // place and work mode
    let loc = icp.location.as_ref();
    let city = loc.and_then(|l| l.city.clone());
    let country = loc.and_then(|l| l.country_code.clone());
    let mode = loc.and_then(|l| l.work_mode);
    let remote: Vec<String> = loc.map(|l| l.remote_countries.clone()).unwrap_or_default();
    if let Some(want) = case.city {
        let ok = if want == "-" {
            city.is_none()
        } else {
            city.as_deref()
                .is_some_and(|c| spellings(want).any(|w| fold(w) == fold(c)))
        };
        if !ok {
            fail("city", want.to_owned(), format!("{city:?}"));
        }
    }
    if let Some(want) = case.country {
        let ok = if want == "-" {
            country.is_none()
        } else {
            country
                .as_deref()
                .is_some_and(|c| c.eq_ignore_ascii_case(want))
        };
        if !ok {
            fail("country", want.to_owned(), format!("{country:?}"));
        }
    }
    if let Some(want) = case.work_mode {
        let ok = match want {
            "not remote" => mode != Some(WorkMode::Remote),
            w => mode_name(mode) == w,
        };
        if !ok {
            fail("work_mode", want.to_owned(), mode_name(mode).to_owned());
        }
    }
    let missing: Vec<&str> = case
        .remote_countries
        .iter()
        .filter(|c| !remote.iter().any(|r| r.eq_ignore_ascii_case(c)))
        .copied()
        .collect();
    if !missing.is_empty() {
        fail(
            "remote_countries",
            case.remote_countries.join(","),
            format!("{remote:?} (missing {})", missing.join(",")),
        );
    }
    let extra: Vec<&str> = case
        .remote_excludes
        .iter()
        .filter(|c| remote.iter().any(|r| r.eq_ignore_ascii_case(c)))
        .copied()
        .collect();
    if !extra.is_empty() {
        fail(
            "remote_excludes",
            format!("none of {}", case.remote_excludes.join(",")),
            format!("has {}", extra.join(",")),
        );
    }

    // level
    if let Some(want) = case.seniority
        && icp.seniority != Some(want)
    {
        fail(
            "seniority",
            format!("{want:?}"),
            format!("{:?}", icp.seniority),
        );
    }
    if let Some(want) = case.min_years
        && icp.min_years != Some(want)
    {
        fail(
            "min_years",
            want.to_string(),
            format!("{:?}", icp.min_years),
        );
    }
    fails
}

fn dump(case: &Case, icp: &Icp) {
    let loc = icp.location.as_ref();
    eprintln!(
        "--- {}: {:?} syn {:?} | {:?} {:?}y | must {} | nice {} | neg {:?} | city {:?} cc {:?} mode {} remote {:?}",
        case.id,
        icp.canonical_title,
        icp.title_synonyms,
        icp.seniority,
        icp.min_years,
        labels(&icp.must_have_skills),
        labels(&icp.nice_to_have_skills),
        icp.negative_keywords,
        loc.and_then(|l| l.city.as_deref()),
        loc.and_then(|l| l.country_code.as_deref()),
        mode_name(loc.and_then(|l| l.work_mode)),
        loc.map(|l| &l.remote_countries),
    );
}

#[test]
fn table_passes() {
    let taxonomy = Taxonomy::bundled();
    let dump_all = std::env::var_os("ICP_TABLE_DUMP").is_some();
    let mut lines: Vec<String> = Vec::new();
    let mut passing = 0usize;
    for case in CASES {
        let icp = build_icp(&ad_of(case), taxonomy);
        if dump_all {
            dump(case, &icp);
        }
        let fails = check(case, &icp);
        if fails.is_empty() {
            passing += 1;
        }
        for (field, expected, got) in fails {
            lines.push(format!(
                "{} [{}/{}]: {field}: expected {expected}; got {got}",
                case.id, case.lang, case.sector
            ));
        }
    }
    for l in &lines {
        eprintln!("{l}");
    }
    eprintln!("ICP table: {passing} of {} ads pass", CASES.len());
    assert!(
        lines.is_empty(),
        "ICP table: {passing} of {} ads pass; {} failed expectations (listed above)",
        CASES.len(),
        lines.len()
    );
}

#[test]
fn table_shape() {
    assert!(CASES.len() >= 40, "{} ads", CASES.len());
    let mut ids: Vec<&str> = CASES.iter().map(|c| c.id).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(before, ids.len(), "ids are unique");
    for c in CASES {
        assert!(LANGUAGES.contains(&c.lang), "{}: language {}", c.id, c.lang);
        assert!(SECTORS.contains(&c.sector), "{}: sector {}", c.id, c.sector);
        assert!(
            !c.title.is_empty() && !c.desc.is_empty(),
            "{}: empty ad",
            c.id
        );
        assert!(!c.must_title.is_empty(), "{}: asserts no title", c.id);
        if let Some(m) = c.work_mode {
            assert!(
                ["remote", "hybrid", "onsite", "none", "not remote"].contains(&m),
                "{}: work mode {m}",
                c.id
            );
        }
        for cc in c
            .remote_countries
            .iter()
            .chain(c.remote_excludes)
            .chain(c.country.iter().filter(|c| **c != "-"))
        {
            assert!(
                cc.len() == 2 && cc.chars().all(|ch| ch.is_ascii_uppercase()),
                "{}: country code {cc}",
                c.id
            );
        }
    }
    let count = |lang: &str| CASES.iter().filter(|c| c.lang == lang).count();
    for lang in ["en", "de", "es", "fr"] {
        assert!(count(lang) >= 5, "{lang}: {} ads", count(lang));
    }
    for lang in ["pt", "it", "nl"] {
        assert!(count(lang) >= 2, "{lang}: {} ads", count(lang));
    }
    for sector in SECTORS {
        let n = CASES.iter().filter(|c| c.sector == *sector).count();
        assert!(n >= 2, "sector {sector}: {n} ads");
    }
    for id in WHY_IDS {
        assert!(CASES.iter().any(|c| c.id == *id), "issue 8 example {id}");
    }
    // the "Why" examples keep the issue's words verbatim
    let text = |id: &str| {
        CASES
            .iter()
            .find(|c| c.id == id)
            .map(|c| {
                format!(
                    "{}\n{}\n{}",
                    c.title,
                    c.desc,
                    c.location.unwrap_or_default()
                )
            })
            .unwrap_or_default()
    };
    for (id, words) in [
        ("why-sre-go-aws", "Kubernetes, Terraform and Go on AWS"),
        ("why-ios-extra-mile", "You will go the extra mile on UX"),
        ("why-fullstack-node-deno", "Node.js or Deno"),
        ("why-fullstack-node-deno", "React or Vue"),
        ("why-fullstack-node-deno", "PostgreSQL"),
        (
            "why-fullstack-node-deno",
            "C# is a bonus. We use R for analytics",
        ),
        ("why-fullstack-node-deno", "but you do not need it"),
        ("why-ml-bay-area", "Not a research scientist role"),
        ("why-ml-bay-area", "San Francisco Bay Area"),
        ("why-es-ingeniero-datos", "Ingeniero de Datos"),
        ("why-es-ingeniero-datos", "Ciudad de México"),
        ("why-es-ingeniero-datos", "Spark, Airflow y SQL"),
        ("why-dach-head-of-sales", "Head of Sales DACH"),
        ("why-dach-head-of-sales", "Zürich"),
        ("why-de-pflegefachkraft", "Pflegefachkraft (m/w/d)"),
        ("why-de-pflegefachkraft", "Hamburg"),
    ] {
        assert!(
            text(id).contains(words),
            "{id} lacks the issue's words {words:?}"
        );
    }
}
