//! The job ad a sourcing run starts from, as the client sends it.

/// The client's description of the role; every ICP is derived from one of these.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JobAd {
    /// Job title as written in the ad ("Senior SRE", "Senior Softwareentwickler (m/w/d) Java").
    pub title: String,
    /// Free-text description with requirements and nice-to-haves.
    pub job_description: String,
    /// Free-text location ("Berlin", "Remote (EU)", "Hybrid – München").
    pub location: Option<String>,
    /// Extra free-text query the client adds ("Go, Kubernetes").
    pub query: Option<String>,
}
