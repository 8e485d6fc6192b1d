//! Twelve realistic job ads shared by the ICP tests and the ranking tests in `tests/` (which
//! include this file with `#[path]`).

use sourcing_domain::icp::JobAd;

/// A named ad.
pub struct NamedAd {
    /// Short key used in assertions and messages.
    pub key: &'static str,
    /// Whether the ad is for a technical role (the ranking test requires a non-empty top 10).
    pub tech: bool,
    /// The ad.
    pub ad: JobAd,
}

fn ad(title: &str, description: &str, location: Option<&str>, query: Option<&str>) -> JobAd {
    JobAd {
        title: title.to_owned(),
        job_description: description.to_owned(),
        location: location.map(str::to_owned),
        query: query.map(str::to_owned),
    }
}

/// The twelve ads.
pub fn all() -> Vec<NamedAd> {
    vec![
        NamedAd {
            key: "sre",
            tech: true,
            ad: ad(
                "Senior Site Reliability Engineer",
                "We run a multi-region platform for payments.\n\
                 Requirements:\n\
                 - 5+ years of experience in infrastructure or SRE roles\n\
                 - Strong Kubernetes and Terraform skills\n\
                 - Experience with Prometheus and Grafana\n\
                 Nice to have:\n\
                 - Go\n\
                 - Incident management at scale\n\
                 No agencies please.",
                Some("Berlin, Germany"),
                None,
            ),
        },
        NamedAd {
            key: "go_backend",
            tech: true,
            ad: ad(
                "Backend Engineer (Go)",
                "You will build APIs for our logistics platform.\n\
                 What you bring: at least 3 years building backend services in Go, PostgreSQL, gRPC.\n\
                 Kafka is a plus. Docker and Kubernetes are nice to have.",
                Some("Remote (EU)"),
                None,
            ),
        },
        NamedAd {
            key: "react_frontend",
            tech: true,
            ad: ad(
                "Frontend Developer (React)",
                "Join our product team building a design system and dashboards.\n\
                 You have: 3+ years with React and TypeScript, solid CSS and HTML.\n\
                 Bonus: Next.js, Jest.\n\
                 This is not a mobile role.",
                Some("London, United Kingdom"),
                None,
            ),
        },
        NamedAd {
            key: "react_native",
            tech: true,
            ad: ad(
                "Senior React Native Developer",
                "We ship a consumer fintech app on iOS and Android.\n\
                 Requirements: 5 years of mobile experience, React Native, TypeScript.\n\
                 Preferred: Expo, Firebase.",
                Some("Remote"),
                None,
            ),
        },
        NamedAd {
            key: "java_de",
            tech: true,
            ad: ad(
                "Senior Softwareentwickler (m/w/d) Java in München",
                "Über uns: Wir digitalisieren Versicherungsprozesse.\n\
                 Dein Profil:\n\
                 - Mindestens 5 Jahre Berufserfahrung in der Softwareentwicklung\n\
                 - Sehr gute Kenntnisse in Java und Spring Boot\n\
                 - Erfahrung mit PostgreSQL\n\
                 Wünschenswert:\n\
                 - Kafka und Kubernetes\n\
                 Keine Agenturen.",
                None,
                None,
            ),
        },
        NamedAd {
            key: "java_backend",
            tech: true,
            ad: ad(
                "Java Backend Engineer",
                "Requirements:\n\
                 - Java, Spring Boot and Hibernate\n\
                 - Microservices and REST APIs\n\
                 Nice to have: AWS, Docker.",
                Some("Bengaluru, India"),
                None,
            ),
        },
        NamedAd {
            key: "data_engineer",
            tech: true,
            ad: ad(
                "Data Engineer",
                "Build our lakehouse.\n\
                 Must have: Python, SQL, Apache Spark and Apache Airflow.\n\
                 Nice to have: dbt, Snowflake, Kafka.",
                Some("Hybrid - New York, NY"),
                None,
            ),
        },
        NamedAd {
            key: "ml_engineer",
            tech: true,
            ad: ad(
                "Machine Learning Engineer",
                "You will take models from notebooks to production.\n\
                 Requirements: Python, PyTorch, MLOps, Docker; 3+ years of experience.\n\
                 Experience with Kubernetes is a plus.",
                Some("Remote"),
                Some("PyTorch"),
            ),
        },
        NamedAd {
            key: "data_analyst",
            tech: false,
            ad: ad(
                "Data Analyst",
                "Help our marketing team make decisions with data.\n\
                 You have strong SQL and Excel skills and experience with Tableau or Power BI.\n\
                 Python is a plus.",
                Some("Toronto, Canada"),
                None,
            ),
        },
        NamedAd {
            key: "account_executive",
            tech: false,
            ad: ad(
                "Senior Account Executive",
                "Sell our SaaS platform to mid-market customers.\n\
                 Requirements: 4+ years of B2B SaaS sales, Salesforce, a track record of closing.\n\
                 Nice to have: MEDDIC, Gong.",
                Some("Austin, TX"),
                None,
            ),
        },
        NamedAd {
            key: "nurse",
            tech: false,
            ad: ad(
                "Registered Nurse - ICU",
                "Our intensive care unit is growing.\n\
                 Requirements: active RN license, BLS and ACLS certification, 2 years of ICU experience.\n\
                 Experience with Epic EHR is preferred.",
                Some("Sydney, Australia"),
                None,
            ),
        },
        NamedAd {
            key: "financial_analyst",
            tech: false,
            ad: ad(
                "Financial Analyst",
                "Support FP&A for our European business.\n\
                 Requirements: financial modeling, Excel, forecasting and budgeting; 2+ years.\n\
                 Nice to have: SQL, Power BI. Not a sales role.",
                Some("Madrid, Spain"),
                None,
            ),
        },
    ]
}
