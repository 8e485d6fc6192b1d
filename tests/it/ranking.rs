//! Ranking quality on the synthetic corpus: ICP → retrieval ladder → scorer → top 10.
//!
//! The corpus holds deliberate hard cases (recruiters and students whose text names hot skills,
//! Java vs JavaScript, React vs React Native); none may reach a top 10 unless the ad asks.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_domain::icp::build_icp;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::matching::{MatchResult, score_profile};
use sourcing_domain::profile::Profile;
use sourcing_domain::sourcing::{PassSpec, pool_size, run_pass};
use sourcing_domain::taxonomy::Taxonomy;

/// The corpus's own "now" (its latest dates are from spring 2025), so tenure facts are stable.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()
}

/// Waits (with a deadline) for the corpus, which another job may still be writing.
fn corpus_path() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/corpus/people.jsonl");
    let deadline = Instant::now() + Duration::from_secs(300);
    while !path.exists() {
        assert!(
            Instant::now() < deadline,
            "corpus {} never appeared",
            path.display()
        );
        std::thread::sleep(Duration::from_secs(2));
    }
    path
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Current role and headline, lower-cased words.
fn self_description(p: &Profile) -> Vec<String> {
    words(&format!(
        "{} {}",
        p.current_role.as_deref().unwrap_or(""),
        p.headline.as_deref().unwrap_or("")
    ))
}

fn is_recruiter(p: &Profile) -> bool {
    let w = self_description(p).join(" ");
    [
        "recruiter",
        "talent acquisition",
        "sourcer",
        "headhunter",
        "recruiting",
    ]
    .iter()
    .any(|k| format!(" {w} ").contains(&format!(" {k} ")))
}

fn is_student_or_intern(p: &Profile) -> bool {
    self_description(p).iter().any(|w| {
        matches!(
            w.as_str(),
            "student" | "intern" | "internship" | "trainee" | "werkstudent" | "apprentice"
        )
    })
}

/// Word sequences from the skills list, current role and headline.
fn evidence_words(p: &Profile) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = p.skills.iter().map(|s| words(s)).collect();
    out.push(words(p.current_role.as_deref().unwrap_or("")));
    out.push(words(p.headline.as_deref().unwrap_or("")));
    out
}

fn has_java(p: &Profile) -> bool {
    evidence_words(p)
        .iter()
        .any(|ws| ws.iter().any(|w| w == "java"))
}

/// "React" that is not "React Native".
fn has_react_web(p: &Profile) -> bool {
    evidence_words(p).iter().any(|ws| {
        ws.iter().enumerate().any(|(i, w)| {
            (w == "react" || w == "reactjs") && ws.get(i + 1).is_none_or(|n| n != "native")
        })
    })
}

fn has_react_native(p: &Profile) -> bool {
    evidence_words(p).iter().any(|ws| {
        ws.windows(2).any(|w| w[0] == "react" && w[1] == "native")
            || ws.iter().any(|w| w == "reactnative")
    })
}

async fn top10(
    index: &LocalPeopleSearch,
    ad: &sourcing_domain::icp::JobAd,
) -> Vec<(Profile, MatchResult)> {
    let icp = build_icp(ad, Taxonomy::bundled());
    let pass = run_pass(
        index,
        PassSpec {
            company: CompanyId::new_random(),
            icp: &icp,
            session: &[],
            limit: 10,
            pool: pool_size(10, 4),
            min_match_score: 0,
            today: today(),
            taxonomy: Taxonomy::bundled(),
            meaning: None,
        },
    )
    .await
    .unwrap();
    pass.ranked
        .into_iter()
        .map(|(_, p)| {
            let m = score_profile(&icp, &p, today());
            (p, m)
        })
        .collect()
}

fn describe(p: &Profile, m: &MatchResult) -> String {
    format!(
        "{} {:?} | {:?} | skills {:?} | score {} {:?}",
        p.profile_id, p.current_role, p.headline, p.skills, m.score, m.breakdown
    )
}

#[tokio::test]
async fn top_ten_has_no_recruiters_students_or_homonyms() {
    let index = LocalPeopleSearch::from_path(corpus_path()).unwrap();
    assert!(index.len() > 1_000, "corpus too small: {}", index.len());
    let mut problems = Vec::new();
    for named in super::ads::all() {
        let top = top10(&index, &named.ad).await;
        if named.tech && top.is_empty() {
            problems.push(format!("{}: empty top 10", named.key));
        }
        for (p, m) in &top {
            let mut why = Vec::new();
            if is_recruiter(p) {
                why.push("recruiter");
            }
            if is_student_or_intern(p) {
                why.push("student/intern");
            }
            match named.key {
                "java_de" | "java_backend" if !has_java(p) => {
                    why.push("no Java (JavaScript homonym)")
                }
                "react_frontend" if !has_react_web(p) => {
                    why.push("no React (React Native homonym)")
                }
                "react_native" if !has_react_native(p) => {
                    why.push("no React Native (React homonym)")
                }
                _ => {}
            }
            if !why.is_empty() {
                problems.push(format!(
                    "{}: {} — {}",
                    named.key,
                    why.join(", "),
                    describe(p, m)
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "ranking problems:\n{}",
        problems.join("\n")
    );
}

#[tokio::test]
async fn tech_top_tens_hold_the_role_with_its_key_skill() {
    let index = LocalPeopleSearch::from_path(corpus_path()).unwrap();
    // (ad, a skill the best profile must show)
    let cases = [
        ("sre", "Kubernetes"),
        ("go_backend", "Go"),
        ("java_backend", "Java"),
        ("java_de", "Java"),
        ("react_native", "React Native"),
        ("react_frontend", "React"),
        ("data_engineer", "Python"),
        ("ml_engineer", "PyTorch"),
    ];
    for (key, skill) in cases {
        let named = super::ads::all()
            .into_iter()
            .find(|a| a.key == key)
            .unwrap();
        let top = top10(&index, &named.ad).await;
        assert!(!top.is_empty(), "{key}: empty");
        let (best, best_match) = &top[0];
        assert!(
            best_match.matched_skills.iter().any(|s| s == skill),
            "{key}: best profile without {skill}: {}",
            describe(best, best_match)
        );
        for (p, m) in top.iter().take(3) {
            assert!(m.score >= 50, "{key}: weak top profile: {}", describe(p, m));
            assert!(
                m.breakdown.title > 0,
                "{key}: top profile without the title: {}",
                describe(p, m)
            );
            assert_eq!(
                m.breakdown.negatives,
                0,
                "{key}: penalised top profile: {}",
                describe(p, m)
            );
        }
        // ranked best first
        assert!(
            top.windows(2).all(|w| w[0].1.score >= w[1].1.score),
            "{key}: not sorted"
        );
    }
}
