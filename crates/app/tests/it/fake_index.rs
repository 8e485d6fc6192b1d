//! The app's "external" people index: the testkit's fake Elasticsearch-compatible server
//! (healthy over a corpus sample, slow, failing with a status, or hanging, as a test switches).

pub use sourcing_testkit::fake_search_server::{FakeSearchServer as FakeIndex, Mode};
