//! What is compared by meaning: the words of an ad and of a profile that say what the job is.
//! Decided here once, so the index that stores profile vectors and the pass that embeds the ad
//! put the same things into the same model.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::icp::Icp;
use crate::ports::{Embedding, TextEmbedder};
use crate::profile::Profile;
use crate::taxonomy::Taxonomy;

/// At most this many past roles go into a profile's text (older ones say less about today).
const PAST_ROLES: usize = 3;

/// A profile's job words: current role, headline, skills and the recent past roles (no
/// highlights: their prose drowns the job words in a static model's mean).
#[must_use]
pub fn profile_text(profile: &Profile) -> String {
    let mut parts: Vec<&str> = Vec::new();
    parts.extend(profile.current_role.as_deref());
    parts.extend(profile.headline.as_deref());
    let skills = profile.skills.join(", ");
    parts.push(&skills);
    parts.extend(
        profile
            .experience
            .iter()
            .take(PAST_ROLES)
            .filter_map(|p| p.role.as_deref()),
    );
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// An ad's job words as the ICP understood them: the title as written and its canonical
/// form, and the skills it asks for (must-haves first).
#[must_use]
pub fn ad_text(icp: &Icp) -> String {
    let skills: Vec<&str> = icp
        .must_have_skills
        .iter()
        .chain(&icp.nice_to_have_skills)
        .map(|s| s.name.as_str())
        .collect();
    [
        icp.job_title.as_str(),
        icp.canonical_title.as_str(),
        &skills.join(", "),
    ]
    .into_iter()
    .filter(|p| !p.trim().is_empty())
    .collect::<Vec<_>>()
    .join("\n")
}

/// A name of a taxonomy title this close (cosine) to a title with no entry means the same job.
/// On the tuned evaluation part English titles of the role sit at 0.80 and above once their
/// seniority words are set aside; titles in languages the static model reads poorly (German,
/// Spanish, French job titles) stay below 0.70 against every name, so the model abstains there.
pub const SAME_TITLE: f32 = 0.80;
/// A title this close to a taxonomy name is placed in that name's occupation (for the guard).
pub const PLACED: f32 = 0.85;
/// Most points the meaning component of the score adds.
pub const MEANING_WEIGHT: i32 = 5;
/// Profile-to-ad similarity at or below which the component adds nothing.
const FLOOR: f32 = 0.35;
/// Profile-to-ad similarity from which it adds everything.
const FULL: f32 = 0.75;
/// How far above the usual profile (the background's 95th percentile) a profile's closeness to
/// the whole ad must be for the profile to mean the job.
pub const ABOVE_USUAL: f32 = 0.10;
/// The background percentile that stands for "a usual profile" of the index.
const USUAL_PERCENTILE: f32 = 0.95;
/// How many profiles of the index a service embeds as its background (every k-th).
pub const BACKGROUND_SAMPLE: usize = 2_000;
/// The fewest background profiles for the percentile to mean anything.
const MIN_BACKGROUND: usize = 200;
/// Titles whose nearest name is remembered between passes (the corpus repeats titles).
const NEAREST_MEMO: usize = 100_000;

/// Which uses of meaning are on; each has its own switch so the evaluation shows what it adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeaningUses {
    /// The `meaning` retrieval rung (nearest profiles after the ladder's words).
    pub rung: bool,
    /// A title no taxonomy lists counts as the role when it means it ([`SAME_TITLE`]).
    pub title: bool,
    /// The `meaning` component of the score.
    pub score: bool,
    /// A candidate whose title is clearly another field's is not delivered.
    pub guard: bool,
}

impl MeaningUses {
    /// Every use off (words alone).
    #[must_use]
    pub fn none() -> Self {
        Self {
            rung: false,
            title: false,
            score: false,
            guard: false,
        }
    }
}

impl Default for MeaningUses {
    fn default() -> Self {
        Self {
            rung: true,
            title: true,
            score: true,
            guard: true,
        }
    }
}

/// The model and what is embedded once for all passes: every name of every taxonomy title.
pub struct Meaning {
    model: Arc<dyn TextEmbedder>,
    taxonomy: &'static Taxonomy,
    /// (entry index in the title taxonomy, the name's vector)
    names: Vec<(usize, Embedding)>,
    nearest: Mutex<HashMap<String, Option<(usize, f32)>>>,
    uses: MeaningUses,
    /// Vectors of a sample of the index's profiles: how close a usual profile is to an ad.
    background: Vec<Embedding>,
}

impl std::fmt::Debug for Meaning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Meaning")
            .field("model", &self.model.model_id())
            .field("names", &self.names.len())
            .field("uses", &self.uses)
            .finish_non_exhaustive()
    }
}

impl Meaning {
    /// Embeds every title name of `taxonomy` with `model` (once, at start: ~5,000 names).
    #[must_use]
    pub fn new(
        model: Arc<dyn TextEmbedder>,
        taxonomy: &'static Taxonomy,
        uses: MeaningUses,
    ) -> Self {
        let names = taxonomy
            .titles()
            .entries()
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.names().map(move |n| (i, n)))
            .map(|(i, n)| (i, model.embed(n)))
            .filter(|(_, v)| !v.is_zero())
            .collect();
        Self {
            model,
            taxonomy,
            names,
            nearest: Mutex::new(HashMap::new()),
            uses,
            background: Vec::new(),
        }
    }

    /// Embeds a sample of the index's profiles as the background a profile's closeness to an ad
    /// is judged against (without one, or with fewer than 200, no profile is judged to mean the
    /// job as a whole).
    #[must_use]
    pub fn with_background<'p>(mut self, sample: impl IntoIterator<Item = &'p Profile>) -> Self {
        self.background = sample
            .into_iter()
            .map(|p| self.model.embed(&profile_text(p)))
            .filter(|v| !v.is_zero())
            .collect();
        self
    }

    /// The model.
    #[must_use]
    pub fn model(&self) -> &dyn TextEmbedder {
        self.model.as_ref()
    }

    /// Which uses are on.
    #[must_use]
    pub fn uses(&self) -> MeaningUses {
        self.uses
    }

    /// What one pass compares with: the ad's vector and the vectors of its role's names.
    #[must_use]
    pub fn for_ad(&self, icp: &Icp) -> AdMeaning<'_> {
        let titles = self.taxonomy.titles();
        let mut role: Vec<Embedding> = [icp.job_title.as_str(), icp.canonical_title.as_str()]
            .into_iter()
            .map(|t| self.model.embed(&titles.core_of(t)))
            .filter(|v| !v.is_zero())
            .collect();
        let listed = titles
            .entry(&icp.canonical_title)
            .and_then(|e| titles.entries().iter().position(|x| std::ptr::eq(x, e)));
        if let Some(i) = listed {
            role.extend(
                self.names
                    .iter()
                    .filter(|(e, _)| *e == i)
                    .map(|(_, v)| v.clone()),
            );
        }
        // the ad's own title placed by meaning when the taxonomy has no entry for it
        let target = listed.or_else(|| {
            self.nearest_entry(&icp.job_title)
                .filter(|(_, s)| *s >= PLACED)
                .map(|(e, _)| e)
        });
        let whole = self
            .model
            .embed(&format!("{}\n{}", ad_text(icp), icp.ad_words));
        AdMeaning {
            meaning: self,
            ad: self.model.embed(&ad_text(icp)),
            usual: self.usual(&whole),
            whole,
            role,
            target,
        }
    }

    /// How close a usual profile of the index is to `ad` (the background's 95th percentile).
    fn usual(&self, ad: &Embedding) -> Option<f32> {
        if self.background.len() < MIN_BACKGROUND || ad.is_zero() {
            return None;
        }
        let mut c: Vec<f32> = self.background.iter().map(|b| b.cosine(ad)).collect();
        let k = ((c.len() - 1) as f32 * USUAL_PERCENTILE).round() as usize;
        let (_, at, _) = c.select_nth_unstable_by(k, f32::total_cmp);
        Some(*at)
    }

    /// The taxonomy entry whose name is nearest to `title` (seniority words set aside), and how
    /// near; remembered, since titles repeat across profiles and passes.
    fn nearest_entry(&self, title: &str) -> Option<(usize, f32)> {
        let core = self.taxonomy.titles().core_of(title);
        if let Ok(memo) = self.nearest.lock()
            && let Some(hit) = memo.get(&core)
        {
            return *hit;
        }
        let v = self.model.embed(&core);
        let best = if v.is_zero() {
            None
        } else {
            self.names
                .iter()
                .map(|(e, n)| (*e, v.cosine(n)))
                .max_by(|a, b| a.1.total_cmp(&b.1))
        };
        if let Ok(mut memo) = self.nearest.lock() {
            if memo.len() >= NEAREST_MEMO {
                memo.clear();
            }
            memo.insert(core, best);
        }
        best
    }
}

/// One pass's view of the ad by meaning (made once per pass by [`Meaning::for_ad`]).
#[derive(Debug)]
pub struct AdMeaning<'m> {
    meaning: &'m Meaning,
    /// [`ad_text`] embedded.
    ad: Embedding,
    /// [`ad_text`] and the ad's description embedded: the whole ad.
    whole: Embedding,
    /// How close a usual profile is to the whole ad, when there is a background.
    usual: Option<f32>,
    /// The ad's title, its canonical title and every name of its taxonomy entry, embedded.
    role: Vec<Embedding>,
    /// The ad's taxonomy entry (listed, or placed by meaning), if any.
    target: Option<usize>,
}

impl<'m> AdMeaning<'m> {
    /// The ad's vector (for the `meaning` rung).
    #[must_use]
    pub fn vector(&self) -> &Embedding {
        &self.ad
    }

    /// Which uses are on.
    #[must_use]
    pub fn uses(&self) -> MeaningUses {
        self.meaning.uses
    }

    /// The whole ad's vector (title, skills and description).
    #[must_use]
    pub fn whole(&self) -> &Embedding {
        &self.whole
    }

    /// Whether the model and its title vectors were made for `taxonomy`.
    pub(crate) fn made_for(&self, taxonomy: &Taxonomy) -> bool {
        std::ptr::eq(self.meaning.taxonomy, taxonomy)
    }

    /// The name of the role that `title` (no taxonomy entry) means, with its similarity: close to
    /// one of the role's names ([`SAME_TITLE`]) and no other entry's name clearly closer.
    pub(crate) fn names_role(&self, title: &str) -> Option<f32> {
        let core = self.meaning.taxonomy.titles().core_of(title);
        let v = self.meaning.model.embed(&core);
        let near = self
            .role
            .iter()
            .map(|r| v.cosine(r))
            .fold(f32::MIN, f32::max);
        if near < SAME_TITLE {
            return None;
        }
        match self.meaning.nearest_entry(title) {
            Some((e, s)) if Some(e) != self.target && s > near + 0.03 => None,
            _ => Some(near),
        }
    }

    /// Whether `title` clearly belongs to another field than the ad's: placed by meaning
    /// ([`PLACED`]) in an entry of another BLS category. Abstains when the ad has no entry or the
    /// model cannot place the title (titles in languages it reads poorly never come this close).
    pub(crate) fn other_field(&self, title: &str) -> bool {
        let Some(target) = self.target else {
            return false;
        };
        let Some((e, s)) = self.meaning.nearest_entry(title) else {
            return false;
        };
        let titles = self.meaning.taxonomy.titles();
        let category = |i: usize| {
            let occupation = &titles.entries()[i].occupation;
            titles
                .occupations()
                .iter()
                .find(|o| &o.name == occupation)
                .map(|o| o.category.as_str())
        };
        s >= PLACED && e != target && category(e).is_some() && category(e) != category(target)
    }

    /// The profile's vector ([`profile_text`] embedded), for [`AdMeaning::points`] and
    /// [`AdMeaning::means_the_job`].
    pub(crate) fn profile_vector(&self, profile: &Profile) -> Embedding {
        self.meaning.model.embed(&profile_text(profile))
    }

    /// Whether a profile, as a whole, means the job: closer to the whole ad (with its
    /// description's tools and duties) than a usual profile by [`ABOVE_USUAL`]; its closeness in
    /// hundredths. Abstains without a background.
    pub(crate) fn means_the_job(&self, profile: &Embedding) -> Option<u8> {
        let usual = self.usual?;
        let c = profile.cosine(&self.whole);
        (c >= usual + ABOVE_USUAL).then(|| (c.clamp(0.0, 1.0) * 100.0).round() as u8)
    }

    /// The meaning component: 0 ..= [`MEANING_WEIGHT`] by the profile's similarity to the ad.
    pub(crate) fn points(&self, profile: &Embedding) -> i32 {
        let c = self.ad.cosine(profile);
        let share = ((c - FLOOR) / (FULL - FLOOR)).clamp(0.0, 1.0);
        (MEANING_WEIGHT as f32 * share).round() as i32
    }

    /// The profile's words nearest in meaning to the ad (its title and skills), at most three,
    /// for the explanation.
    pub(crate) fn closest_words(&self, profile: &Profile) -> Vec<String> {
        let mut words: Vec<(f32, &str)> = profile
            .current_role
            .iter()
            .chain(&profile.skills)
            .map(|w| (self.ad.cosine(&self.meaning.model.embed(w)), w.as_str()))
            .filter(|(c, _)| *c >= FLOOR)
            .collect();
        words.sort_by(|a, b| b.0.total_cmp(&a.0));
        words
            .into_iter()
            .take(3)
            .map(|(_, w)| w.to_owned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::icp::{JobAd, build_icp};
    use crate::matching::Scorer;
    use crate::ports::MockTextEmbedder;

    /// A toy model with four directions: reliability work, accounts, nursing, and the rest; a
    /// text with none of the words (a language it cannot read) has no direction at all.
    fn toy() -> MockTextEmbedder {
        let mut model = MockTextEmbedder::new();
        model.expect_model_id().return_const("toy".to_owned());
        model.expect_dimension().return_const(4usize);
        model.expect_embed().returning(|text| {
            let t = text.to_lowercase();
            let has = |w: &[&str]| f32::from(u8::from(w.iter().any(|x| t.contains(x))));
            Embedding::normalised(vec![
                has(&["reliab", "kubernetes", "on-call", "terraform"]),
                has(&["account", "sales"]),
                has(&["nurse", "icu"]),
                has(&["engineer", "lead", "manager"]) * 0.2,
            ])
        });
        model
    }

    fn meaning(uses: MeaningUses) -> Meaning {
        Meaning::new(Arc::new(toy()), Taxonomy::bundled(), uses)
    }

    fn sre_ad() -> Icp {
        build_icp(
            &JobAd {
                title: "Site Reliability Engineer".into(),
                job_description: "Kubernetes, Terraform and Prometheus on AWS.".into(),
                location: Some("Berlin, Germany".into()),
                query: None,
            },
            Taxonomy::bundled(),
        )
    }

    fn person(role: &str, skills: &[&str]) -> Profile {
        Profile {
            profile_id: "p1".into(),
            name: Some("Alex Doe".into()),
            current_role: Some(role.into()),
            location: Some("Berlin, Germany".into()),
            country: Some("DE".into()),
            skills: skills.iter().map(|s| (*s).to_owned()).collect(),
            years_experience: Some(6.0),
            ..Profile::default()
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default()
    }

    #[test]
    fn a_title_no_list_names_counts_as_the_role_when_it_means_it_and_the_skills_agree() {
        let icp = sre_ad();
        let m = meaning(MeaningUses::default());
        let ad = m.for_ad(&icp);
        let scorer = Scorer::new(&icp, today(), Taxonomy::bundled()).with_meaning(Some(&ad));
        let fit = person(
            "Platform Reliability Lead",
            &["Kubernetes", "Terraform", "AWS"],
        );
        let scored = scorer.score(&fit);
        assert_eq!(scored.breakdown.title, 12, "{scored:?}");
        assert!(!scored.off_role);
        let explained = scorer.explain(&fit, &scored);
        assert!(
            explained
                .fit_points
                .iter()
                .any(|p| p.contains("Platform Reliability Lead") && p.contains("by its sense")),
            "{:?}",
            explained.fit_points
        );
        // the same person without the skills: the title alone proves nothing
        let alone = scorer.score(&person("Platform Reliability Lead", &["Excel"]));
        assert_eq!(alone.breakdown.title, 0);
        // and with the title use switched off, no title points either
        let off = meaning(MeaningUses {
            title: false,
            ..MeaningUses::default()
        });
        let ad_off = off.for_ad(&icp);
        let words = Scorer::new(&icp, today(), Taxonomy::bundled()).with_meaning(Some(&ad_off));
        assert_eq!(words.score(&fit).breakdown.title, 0);
    }

    #[test]
    fn the_score_component_is_full_when_the_words_name_the_role_whatever_the_language() {
        let icp = build_icp(
            &JobAd {
                title: "Pflegefachkraft Intensivstation".into(),
                job_description: "Intensivpflege, Beatmung, Examen als Pflegefachkraft.".into(),
                location: Some("Hamburg, Germany".into()),
                query: None,
            },
            Taxonomy::bundled(),
        );
        let m = meaning(MeaningUses::default());
        let ad = m.for_ad(&icp);
        let scorer = Scorer::new(&icp, today(), Taxonomy::bundled()).with_meaning(Some(&ad));
        // the toy model reads no German: the profile has no direction, yet its title names the
        // role in words, so it loses nothing to the model
        let german = person("Pflegefachkraft Intensivstation", &["Intensivpflege"]);
        let scored = scorer.score(&german);
        assert!(scored.breakdown.title > 0, "{scored:?}");
        assert_eq!(scored.breakdown.meaning, MEANING_WEIGHT);
        let plain = Scorer::new(&icp, today(), Taxonomy::bundled());
        assert_eq!(
            plain.score(&german).breakdown.meaning,
            0,
            "no model, no component"
        );
    }

    #[test]
    fn the_score_component_grows_with_closeness_in_meaning() {
        let icp = sre_ad();
        let m = meaning(MeaningUses::default());
        let ad = m.for_ad(&icp);
        let close =
            ad.points(&ad.profile_vector(&person("Operations Lead", &["Kubernetes", "Terraform"])));
        let far = ad.points(&ad.profile_vector(&person("Operations Lead", &["Excel", "Sales"])));
        assert!(close > far, "close {close}, far {far}");
        assert!((0..=MEANING_WEIGHT).contains(&close));
        let words = ad.closest_words(&person("Operations Lead", &["Kubernetes", "Excel"]));
        assert_eq!(words, vec!["Kubernetes".to_owned()]);
    }

    #[test]
    fn the_guard_holds_back_titles_clearly_of_another_field_and_abstains_otherwise() {
        let icp = sre_ad();
        let m = meaning(MeaningUses::default());
        let ad = m.for_ad(&icp);
        assert!(ad.other_field("Key Account Manager"), "sales, not SRE");
        assert!(!ad.other_field("Platform Reliability Lead"));
        assert!(
            !ad.other_field("Ingeniero de fiabilidad"),
            "unreadable: abstain"
        );
        let scorer = Scorer::new(&icp, today(), Taxonomy::bundled()).with_meaning(Some(&ad));
        let seller = person("Key Account Manager", &["Kubernetes", "Terraform", "AWS"]);
        assert!(scorer.score(&seller).other_field);
        let off = meaning(MeaningUses {
            guard: false,
            ..MeaningUses::default()
        });
        let ad_off = off.for_ad(&icp);
        let unguarded = Scorer::new(&icp, today(), Taxonomy::bundled()).with_meaning(Some(&ad_off));
        assert!(!unguarded.score(&seller).other_field);
    }

    /// Profiles of another field, as the usual profiles of an index.
    fn background() -> Vec<Profile> {
        (0..300)
            .map(|i| Profile {
                profile_id: format!("b{i}"),
                ..person("Sales Manager", &["Excel", "Negotiation"])
            })
            .collect()
    }

    #[test]
    fn a_profile_meaning_the_job_as_a_whole_is_taken_with_a_skill_and_a_background() {
        let icp = sre_ad();
        let fit = person("Uptime Lead", &["Kubernetes", "Excel"]);
        let with = meaning(MeaningUses::default()).with_background(&background());
        let ad = with.for_ad(&icp);
        let scorer = Scorer::new(&icp, today(), Taxonomy::bundled()).with_meaning(Some(&ad));
        let scored = scorer.score(&fit);
        assert_eq!(scored.breakdown.title, 5, "{scored:?}");
        assert!(!scored.off_role);
        let explained = scorer.explain(&fit, &scored);
        assert!(
            explained
                .fit_points
                .iter()
                .any(|p| p.contains("profile as a whole is close in meaning")),
            "{:?}",
            explained.fit_points
        );
        // no skill of the role: the model alone is no evidence
        let no_skill = scorer.score(&person("Uptime Lead", &["On-call", "Excel"]));
        assert_eq!(no_skill.breakdown.title, 0);
        assert!(no_skill.off_role);
        // a title our lists name as another job stays that job ("Ingeniero eléctrico")
        let engineer = scorer.score(&person("Ingeniero eléctrico", &["Kubernetes", "Terraform"]));
        assert_eq!(engineer.breakdown.title, 0, "{engineer:?}");
        // without a background nobody is judged usual or not: abstain
        let bare = meaning(MeaningUses::default());
        let ad_bare = bare.for_ad(&icp);
        let abstains = Scorer::new(&icp, today(), Taxonomy::bundled()).with_meaning(Some(&ad_bare));
        assert_eq!(abstains.score(&fit).breakdown.title, 0);
        assert!(abstains.score(&fit).off_role);
    }

    #[test]
    fn an_ad_the_taxonomy_does_not_know_is_placed_only_when_the_model_is_sure() {
        let icp = build_icp(
            &JobAd {
                title: "Zzyzx Wrangler".into(),
                job_description: "Kubernetes.".into(),
                location: None,
                query: None,
            },
            Taxonomy::bundled(),
        );
        let m = meaning(MeaningUses::default());
        let ad = m.for_ad(&icp);
        assert_eq!(ad.target, None);
        assert!(
            !ad.other_field("Key Account Manager"),
            "nothing to compare with"
        );
    }
}
