//! Candidates for the card tests and for `examples/card_gallery.rs` (which includes this file),
//! so the browser check renders exactly the hostile profile the unit tests look at.

use sourcing_domain::matching::ScoreBreakdown;
use sourcing_domain::sourcing::SourcingCandidate;

/// What every hostile payload would do if it ran: the browser check looks for this title.
pub const PWNED: &str = "PWNED";

/// A candidate with every field empty, to be filled by the fixtures below.
pub fn blank() -> SourcingCandidate {
    SourcingCandidate {
        profile_id: String::new(),
        name: String::new(),
        headline: String::new(),
        location: String::new(),
        current_company: String::new(),
        current_role: String::new(),
        linkedin_url: String::new(),
        match_score: 0,
        rationale: String::new(),
        skills: Vec::new(),
        ai_fit_points: Vec::new(),
        ai_red_flags: Vec::new(),
        ai_detailed_rationale: Vec::new(),
        detailed_experience: Vec::new(),
        emails: Vec::new(),
        score_breakdown: ScoreBreakdown::default(),
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// A plain, strong match with more skills than a card shows.
pub fn ordinary() -> SourcingCandidate {
    SourcingCandidate {
        profile_id: "p_ada".to_owned(),
        name: "Ada Lovelace".to_owned(),
        headline: "Staff SRE · Kubernetes, Terraform and Go on AWS".to_owned(),
        location: "Berlin, Germany".to_owned(),
        current_company: "Analytical Engines GmbH".to_owned(),
        current_role: "Staff Site Reliability Engineer".to_owned(),
        linkedin_url: "https://www.linkedin.com/in/ada-lovelace".to_owned(),
        match_score: 91,
        rationale: "Eight years running Kubernetes on AWS with Terraform and Go; led the \
                    Prometheus rollout at her current employer and is based in Berlin."
            .to_owned(),
        skills: strings(&[
            "Kubernetes",
            "Terraform",
            "Go",
            "AWS",
            "Prometheus",
            "Linux",
            "Helm",
            "PostgreSQL",
            "Python",
            "Grafana",
        ]),
        ..blank()
    }
}

/// Every text field carries markup, script, quotes, emoji and right-to-left text; the link is a
/// `javascript:` URL. Each payload sets the page title to [`PWNED`] or loads a URL if it runs.
pub fn hostile() -> SourcingCandidate {
    SourcingCandidate {
        profile_id: "p_mallory".to_owned(),
        name: "<script>document.title='PWNED'</script>\"Mallory\" O'Neil 😈 מלורי".to_owned(),
        headline: "\"><img src=\"https://tracker.invalid/h.png\" onerror=\"document.title='PWNED'\"> \
                   مهندسة 👩‍💻 'quoted'"
            .to_owned(),
        location: "<b>Nowhere</b>".to_owned(),
        current_company: "' onmouseover='document.title=\"PWNED\"' x='".to_owned(),
        current_role: "</div></td></tr></table></div><div style=\"position:fixed;inset:0\">"
            .to_owned(),
        linkedin_url: "javascript:document.title='PWNED'".to_owned(),
        match_score: 42,
        rationale: "<svg onload=\"document.title='PWNED'\"></svg><iframe \
                    src=\"https://evil.invalid/\"></iframe><style>body{background:url(https://evil.invalid/bg.png)}</style>&amp; done"
            .to_owned(),
        skills: strings(&[
            "<script>document.title='PWNED'</script>",
            "\" onclick=\"document.title='PWNED'",
            "🦀 Rust",
            "</span></p></div>",
            "<a href=\"https://evil.invalid/\">click</a>",
            "ריאקט",
            "التعلم الآلي",
        ]),
        ..blank()
    }
}

/// Right-to-left names and roles with emoji, and a valid link.
pub fn right_to_left() -> SourcingCandidate {
    SourcingCandidate {
        profile_id: "p_layla".to_owned(),
        name: "ليلى حداد 👩‍💻".to_owned(),
        headline: "مهندسة بيانات · Data engineer".to_owned(),
        location: "Tel Aviv".to_owned(),
        current_company: "שטראוס טכנולוגיות".to_owned(),
        current_role: "מהנדסת נתונים בכירה".to_owned(),
        linkedin_url: "https://il.linkedin.com/in/layla-haddad".to_owned(),
        match_score: 64,
        rationale: "خبرة سبع سنوات في Spark و Kafka 🚀; עבדה על צינורות נתונים בזמן אמת."
            .to_owned(),
        skills: strings(&["Spark", "Kafka", "פייתון", "SQL", "🧪 Testing"]),
        ..blank()
    }
}

/// An attempt to break out of the `href` attribute with a quote inside an https URL.
pub fn quoted_link() -> SourcingCandidate {
    SourcingCandidate {
        profile_id: "p_quote".to_owned(),
        name: "Quentin Quote".to_owned(),
        current_role: "Engineer".to_owned(),
        linkedin_url: "https://www.linkedin.com/in/q\" onmouseover=\"document.title='PWNED'"
            .to_owned(),
        match_score: 20,
        ..blank()
    }
}

/// The cards of the gallery page the browser check loads, in order.
pub fn gallery() -> Vec<SourcingCandidate> {
    vec![
        ordinary(),
        hostile(),
        right_to_left(),
        quoted_link(),
        blank(),
    ]
}
