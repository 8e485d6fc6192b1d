//! Search latency of the local index over a corpus of ~20,000 profiles: the real one at
//! `data/corpus/people.jsonl` when it exists, else a synthetic one generated here.

// `criterion_group!` generates an undocumented fn.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use sourcing_adapters_embed::StaticEmbedder;
use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_domain::icp::{JobAd, build_icp, retrieval_steps};
use sourcing_domain::ids::CompanyId;
use sourcing_domain::matching::meaning::{BACKGROUND_SAMPLE, Meaning, MeaningUses};
use sourcing_domain::ports::SearchRequest;
use sourcing_domain::profile::{Education, Position, Profile};
use sourcing_domain::search::{BoolQuery, Field, Query};
use sourcing_domain::sourcing::{PassSpec, pool_size, run_pass};
use sourcing_domain::taxonomy::Taxonomy;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/corpus/people.jsonl"
);

const ROLES: &[&str] = &[
    "Data Engineer",
    "Senior Data Engineer",
    "Software Engineer",
    "Backend Engineer",
    "Frontend Developer",
    "Data Scientist",
    "Product Manager",
    "DevOps Engineer",
    "Site Reliability Engineer",
    "Analytics Engineer",
    "ETL Developer",
    "Engineering Manager",
    "Machine Learning Engineer",
    "QA Engineer",
    "Data Engineer Intern",
    "Solutions Architect",
];
const SKILLS: &[&str] = &[
    "Python",
    "Java",
    "JavaScript",
    "TypeScript",
    "React",
    "React Native",
    "Spark",
    "Apache Spark",
    "Kafka",
    "Hadoop",
    "SQL",
    "PostgreSQL",
    "Kubernetes",
    "Docker",
    "Terraform",
    "AWS",
    "GCP",
    "Airflow",
    "dbt",
    "Scala",
    "Go",
    "Rust",
    "C++",
    "Node.js",
    "Pandas",
    "TensorFlow",
    "Excel",
];
const CITIES: &[(&str, &str)] = &[
    ("Berlin, Germany", "DE"),
    ("München, Germany", "DE"),
    ("Hamburg, Germany", "DE"),
    ("London, United Kingdom", "GB"),
    ("Paris, France", "FR"),
    ("Amsterdam, Netherlands", "NL"),
    ("Zürich, Switzerland", "CH"),
    ("Warsaw, Poland", "PL"),
    ("Madrid, Spain", "ES"),
];
const HIGHLIGHTS: &[&str] = &[
    "Built streaming pipelines with Kafka and Spark processing billions of events per day",
    "Led the migration of the data warehouse to the cloud, cutting costs by a third",
    "Worked closely with the data engineering team on dashboards and reporting",
    "Designed REST APIs and mentored junior developers",
    "Owned the on-call rotation and improved availability to 99.95%",
    "Shipped the React Native mobile app to two million users",
    "Introduced automated testing and continuous delivery",
];

/// A deterministic xorshift generator, so every run benches the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next(items.len())]
    }
}

fn synthetic(count: usize) -> Vec<Profile> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..count)
        .map(|i| {
            let (location, country) = CITIES[rng.next(CITIES.len())];
            let role = rng.pick(ROLES);
            let skills: Vec<String> = (0..3 + rng.next(8))
                .map(|_| rng.pick(SKILLS).to_owned())
                .collect();
            let experience = (0..1 + rng.next(4))
                .map(|_| Position {
                    role: Some(rng.pick(ROLES).to_owned()),
                    company: Some(format!("Company {}", rng.next(2000))),
                    start_date: Some("2019-01".to_owned()),
                    end_date: None,
                    highlights: (0..1 + rng.next(3))
                        .map(|_| rng.pick(HIGHLIGHTS).to_owned())
                        .collect(),
                })
                .collect();
            Profile {
                profile_id: format!("syn_{i:06}"),
                name: Some(format!("Person {i}")),
                headline: Some(format!(
                    "{role} | {} and {}",
                    rng.pick(SKILLS),
                    rng.pick(SKILLS)
                )),
                location: Some(location.to_owned()),
                country: Some(country.to_owned()),
                current_role: Some(role.to_owned()),
                current_company: Some(format!("Company {}", rng.next(2000))),
                skills,
                experience,
                education: vec![Education {
                    school: Some("Technical University".to_owned()),
                    degree: Some("MSc".to_owned()),
                    field: Some("Computer Science".to_owned()),
                }],
                ..Profile::default()
            }
        })
        .collect()
}

fn load() -> (LocalPeopleSearch, &'static str) {
    if Path::new(CORPUS).exists() {
        match LocalPeopleSearch::from_path(CORPUS) {
            Ok(index) => return (index, "corpus"),
            Err(e) => eprintln!("cannot load {CORPUS} ({e}); using synthetic profiles"),
        }
    }
    (
        LocalPeopleSearch::from_profiles(synthetic(20_000)),
        "synthetic",
    )
}

/// Title or synonyms, a required skill group, a negative keyword and a location filter.
fn realistic_query() -> Query {
    let titles = [
        "data engineer",
        "analytics engineer",
        "etl developer",
        "big data engineer",
    ];
    let title_fields = [Field::CurrentRole, Field::Headline, Field::PastRoles];
    Query::Bool(BoolQuery {
        must: vec![
            Query::any_of(
                titles
                    .iter()
                    .map(|t| Query::phrase(&title_fields, *t))
                    .collect(),
            ),
            Query::any_of(
                ["Spark", "Kafka", "Airflow"]
                    .iter()
                    .map(|s| Query::phrase(&[Field::Skills, Field::Highlights], *s))
                    .collect(),
            ),
        ],
        should: vec![Query::phrase(&[Field::Skills], "Python")],
        minimum_should_match: 0,
        must_not: vec![Query::phrase(
            &[Field::CurrentRole, Field::Headline],
            "intern",
        )],
        filter: vec![Query::any_of(vec![
            Query::phrase(&[Field::Country], "DE"),
            Query::phrase(&[Field::Location], "Germany"),
        ])],
    })
}

fn bench(c: &mut Criterion) {
    let started = Instant::now();
    let (index, source) = load();
    eprintln!(
        "loaded {} {source} profiles in {:?}",
        index.len(),
        started.elapsed()
    );
    let request = SearchRequest {
        company: CompanyId::new_random(),
        query: realistic_query(),
        exclude_ids: (0..50).map(|i| format!("syn_{i:06}")).collect(),
        size: 25,
    };
    let found = index.search_now(&request);
    eprintln!("realistic query: {} matches", found.total);
    c.bench_function(&format!("search/realistic_query/{source}"), |b| {
        b.iter(|| black_box(index.search_now(black_box(&request))))
    });
    let broad = SearchRequest {
        query: Query::phrase(
            &[Field::CurrentRole, Field::Headline, Field::Highlights],
            "engineer",
        ),
        ..request.clone()
    };
    c.bench_function(&format!("search/broad_single_term/{source}"), |b| {
        b.iter(|| black_box(index.search_now(black_box(&broad))))
    });
    bench_passes(c, &index, source, None);
    // the same passes as served with `search.meaning = true`: the index holds the profiles'
    // vectors, the pass adds the `meaning` rung after the ladder
    let model_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/model/minilm-static-256.bin"
    );
    match StaticEmbedder::from_path(model_path) {
        Ok(model) => {
            let (plain, _) = load();
            let started = Instant::now();
            let with_vectors = plain.with_meaning(&model);
            eprintln!(
                "embedded {} profiles in {:?} (one core)",
                with_vectors.len(),
                started.elapsed()
            );
            let started = Instant::now();
            // as served: the taxonomy's title names and a background sample of the index
            let meaning = Meaning::new(
                std::sync::Arc::new(model),
                Taxonomy::bundled(),
                MeaningUses::default(),
            )
            .with_background(with_vectors.sample(BACKGROUND_SAMPLE));
            eprintln!(
                "embedded the taxonomy's title names and {BACKGROUND_SAMPLE} background profiles \
                 in {:?} (once, at start)",
                started.elapsed()
            );
            bench_passes(c, &with_vectors, source, Some(&meaning));
        }
        Err(e) => eprintln!("no model ({e}); skipping the meaning passes"),
    }
}

/// The recall issue's ads: each rung of the retrieval ladder on its own, then a whole pass
/// (every rung that runs plus scoring of the pool), as a worker runs it.
fn bench_passes(
    c: &mut Criterion,
    index: &LocalPeopleSearch,
    source: &str,
    meaning: Option<&Meaning>,
) {
    let kind = if meaning.is_some() {
        "pass_meaning"
    } else {
        "pass"
    };
    let ads = [
        (
            "backend_us",
            "Senior Backend Engineer",
            "Python or Go, PostgreSQL, AWS, Docker, Kubernetes, REST APIs, 5+ years",
            "United States",
            20,
        ),
        (
            "sre_berlin",
            "Senior Site Reliability Engineer",
            "Kubernetes, Terraform and Go on AWS. 5+ years. Prometheus is a plus. No agencies.",
            "Berlin, Germany",
            10,
        ),
    ];
    let taxonomy = Taxonomy::bundled();
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("no tokio runtime ({e}); skipping pass benchmarks");
            return;
        }
    };
    let today = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default();
    for (key, title, description, location, limit) in ads {
        let icp = build_icp(
            &JobAd {
                title: title.into(),
                job_description: description.into(),
                location: Some(location.into()),
                query: None,
            },
            taxonomy,
        );
        for step in retrieval_steps(&icp, taxonomy)
            .into_iter()
            .filter(|_| meaning.is_none())
        {
            let request = SearchRequest {
                company: CompanyId::new_random(),
                query: step.query.clone(),
                exclude_ids: Vec::new(),
                size: pool_size(limit, 4),
            };
            c.bench_function(&format!("step/{key}/{}/{source}", step.name), |b| {
                b.iter(|| black_box(index.search_now(black_box(&request))))
            });
        }
        c.bench_function(&format!("{kind}/{key}/limit_{limit}/{source}"), |b| {
            b.iter(|| {
                let spec = PassSpec {
                    company: CompanyId::new_random(),
                    icp: &icp,
                    session: &[],
                    limit,
                    pool: pool_size(limit, 4),
                    min_match_score: 30,
                    today,
                    taxonomy,
                    meaning,
                };
                black_box(
                    runtime
                        .block_on(run_pass(index, spec))
                        .map(|p| p.ranked.len()),
                )
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
