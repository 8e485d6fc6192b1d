#!/usr/bin/env python3
"""Generate the synthetic people corpus for the local index, deterministically.

Reads only committed files (data/taxonomy/*.json, data/names/*.json) and writes
  data/corpus/people.jsonl     one profile per line (camelCase keys, see data/README.md)
  data/corpus/companies.jsonl  one invented company per line (name, domain, emailPattern …)

Usage
  python3 tools/gen_corpus.py                 # write into data/corpus/
  python3 tools/gen_corpus.py --out DIR       # write into DIR (used by tools/check_data.sh)

Determinism: one `random.Random(SEED)`, inputs iterated in file order, a fixed reference date
(no clock), `ensure_ascii=False`, `\\n` line endings. Same inputs + same Python 3 → same bytes.
No real people: names are recombined from public name-frequency lists, companies are invented,
domains use the reserved .example/.test TLDs, profile URLs use linkedin.example, no e-mails.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED = 20_250_601
N_PROFILES = 20_500
N_COMPANIES = 1_800
NOW = (2025, 6)  # reference month: "today" for the corpus (fixed for reproducibility)

SENIORITY_WEIGHTS = [("intern", 3), ("junior", 15), ("mid", 30), ("senior", 28), ("staff", 5), ("principal", 3),
                     ("lead", 8), ("head", 2), ("director", 2)]
MIN_YEARS = {"intern": 0, "junior": 0, "mid": 2, "senior": 5, "staff": 8, "principal": 10, "lead": 6, "manager": 6,
             "head": 8, "director": 10, "vp": 12, "c_level": 15}
LOWER = {"intern": None, "junior": "intern", "mid": "junior", "senior": "mid", "staff": "senior",
         "principal": "staff", "lead": "senior", "head": "lead", "director": "head", "manager": "senior",
         "vp": "director", "c_level": "vp"}
SENIORITY_SPELLINGS = {"junior": [("Junior", 6), ("Jr.", 2), ("Jr", 1), ("Associate", 1)],
                       "senior": [("Senior", 7), ("Sr.", 3), ("Sr", 2), ("Snr", 1)],
                       "staff": [("Staff", 1)], "principal": [("Principal", 1)], "lead": [("Lead", 1)],
                       "head": [("Head of", 1)], "director": [("Director of", 1)]}
HOT_SKILLS = ["Go", "Kubernetes", "Rust", "React", "Python", "TypeScript", "Machine Learning", "Large Language Models",
              "Terraform", "AWS", "Java", "JavaScript", "Docker", "PyTorch", "Kafka", "Data Engineering"]
COMPANY_SUFFIXES = ["Labs", "Systems", "Technologies", "Group", "Partners", "Analytics", "Software", "Health",
                    "Logistics", "Capital", "Networks", "Solutions", "Studio", "Works", "Bank", "Insurance", "Retail",
                    "Energy", "Media", "Robotics", "Cloud", "Data", "Foods", "Mobility", "Security", "Games", "Bio",
                    "Consulting", "Payments", "Learning"]
INDUSTRIES = ["software", "fintech", "healthcare", "e-commerce", "logistics", "media", "consulting", "manufacturing",
              "energy", "education", "telecommunications", "insurance", "gaming", "public sector", "retail"]
EMAIL_PATTERNS = [("{first}.{last}", 45), ("{f}{last}", 20), ("{first}", 12), ("{first}{last}", 8),
                  ("{first}_{last}", 5), ("{last}.{first}", 3), ("{first}.{l}", 4), ("{last}", 3)]
DEGREES = [("BSc", 30), ("BA", 14), ("BEng", 10), ("MSc", 22), ("MBA", 6), ("MA", 6), ("PhD", 4), ("BTech", 5),
           ("Associate Degree", 2), ("Bootcamp Certificate", 3)]
FIELDS = {"tech": ["Computer Science", "Software Engineering", "Information Technology", "Electrical Engineering",
                   "Mathematics", "Physics", "Computer Engineering", "Data Science", "Statistics"],
          "business": ["Business Administration", "Economics", "Marketing", "Finance", "Communications",
                       "Psychology", "Law", "Accounting", "International Relations", "English Literature"],
          "design": ["Graphic Design", "Interaction Design", "Fine Arts", "Human-Computer Interaction",
                     "Architecture"]}
HIGHLIGHTS = {
    "tech": ["Built {s1} services handling {n}k requests per second", "Migrated the {s1} stack to {s2}",
             "Cut p99 latency by {p}% with {s1}", "Introduced {s1} and {s2} across {t} teams",
             "Owned on-call for {s1} infrastructure", "Shipped {s1} features used by {n}k customers",
             "Mentored {t} engineers on {s1}", "Reduced cloud spend by {p}% ({s1}, {s2})"],
    "business": ["Grew {s1} pipeline by {p}%", "Closed {n}k in new annual revenue", "Rolled out {s1} to {t} teams",
                 "Improved retention by {p}% using {s1}", "Led {s1} for {t} regions",
                 "Hired {t} people in one year using {s1}", "Automated reporting with {s1} and {s2}"],
    "design": ["Redesigned onboarding with {s1}, lifting activation {p}%", "Ran {t} studies using {s1}",
               "Built the {s1} library used by {t} product teams", "Led {s1} for a {n}k-user launch"],
}
ROLE_FAMILY_WEIGHT = {"tech": 62, "business": 34, "design": 4}
DESIGN_ROLES = {"Product Designer", "UX Designer", "UI Designer", "UX Researcher", "Graphic Designer"}
TECH_OCCUPATIONS_PREFIX = ("Software", "Web", "Computer", "Information security", "Database", "Network", "Data ")
ANGLO = {"US", "GB", "CA", "AU", "IE", "NZ"}
STUDENT_HEADLINES = ["{field} student | {s1}, {s2}, {s3}", "CS student passionate about {s1} and {s2}",
                     "Student at {school} · learning {s1}, {s2}", "Aspiring {title} | {s1} · {s2} · {s3}"]
RECRUITER_HEADLINES = ["{title} | Hiring {s1}, {s2} and {s3} engineers", "{title} at {company} · {s1} · {s2} · {s3}",
                       "Connecting {s1} and {s2} talent with great teams | {title}",
                       "{title} — we're hiring {s1} developers!"]


def load(path: str):
    return json.loads((DATA / path).read_text(encoding="utf-8"))


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# Relative presence on professional networks per inhabitant (curated approximation from
# published membership figures): people indexes hold far more profiles per head in North
# America, Western Europe, Oceania, Israel, Singapore and the Gulf than in China, Japan or
# Russia. Countries not listed count 1.0.
COUNTRY_PRESENCE = {
    "US": 9.0, "CA": 8.0, "GB": 9.0, "IE": 9.0, "AU": 8.0, "NZ": 8.0,
    "NL": 9.0, "BE": 6.0, "LU": 6.0, "DE": 5.0, "AT": 5.0, "CH": 7.0, "FR": 6.0,
    "ES": 5.0, "PT": 5.0, "IT": 4.0, "SE": 7.0, "NO": 7.0, "DK": 8.0, "FI": 6.0,
    "IS": 6.0, "PL": 3.0, "CZ": 3.0, "RO": 3.0, "GR": 3.0, "EE": 5.0, "LT": 3.0,
    "IL": 6.0, "AE": 9.0, "SG": 9.0, "HK": 4.0, "ZA": 2.5, "BR": 3.0, "AR": 2.5,
    "CL": 3.0, "CO": 2.0, "MX": 2.0, "IN": 1.5, "PH": 1.5, "MY": 2.0, "TR": 1.5,
    "CN": 0.25, "JP": 0.6, "KR": 0.8, "RU": 0.5,
}


class Gen:
    def __init__(self) -> None:
        self.r = random.Random(SEED)
        self.titles = load("taxonomy/titles.json")
        self.skills = load("taxonomy/skills.json")
        self.loc = load("taxonomy/locations.json")
        self.first = load("names/first_names.json")
        self.last = load("names/last_names.json")
        self.entries = {e["canonical"]: e for e in self.titles["titles"]}
        self.roles = self.skills["roles"]
        self.related = self.skills["related"]
        self.skill_entries = {e["canonical"]: e for e in self.skills["skills"]}
        self.curated_skills = [e["canonical"] for e in self.skills["skills"] if e["source"].startswith("curated")]
        self.countries = {c["code"]: c for c in self.loc["countries"]}
        cities = self.loc["cities"]
        self.cities = cities
        # Cities are drawn by population times the country's presence on professional
        # networks (see COUNTRY_PRESENCE), so the corpus looks like a people index, not a census.
        self.city_cum = list(itertools.accumulate(c[6] * COUNTRY_PRESENCE.get(c[2], 1.0) for c in cities))
        self.role_family = {}
        for role in self.roles:
            e = self.entries[role]
            if role in DESIGN_ROLES:
                fam = "design"
            elif e["occupation"].startswith(TECH_OCCUPATIONS_PREFIX) or e["occupation"] in (
                    "Computer network architects", "Data scientists", "Technical writers",
                    "Computer and information systems managers") or role in ("Tech Lead", "Developer Advocate"):
                fam = "tech"
            else:
                fam = "business"
            self.role_family[role] = fam
        self.roles_by_family = {f: sorted(r for r in self.roles if self.role_family[r] == f) for f in ROLE_FAMILY_WEIGHT}
        self.census_m = self.first["censusMale"]
        self.census_f = self.first["censusFemale"]
        self.census_l = self.last["census"]
        self.cum_m = list(itertools.accumulate(w for _, w in self.census_m))
        self.cum_f = list(itertools.accumulate(w for _, w in self.census_f))
        self.cum_l = list(itertools.accumulate(w for _, w in self.census_l))
        self.companies: list[dict] = []
        self.used_slugs: set[str] = set()

    # -- helpers -------------------------------------------------------------------------------
    def wpick(self, pairs):
        return self.r.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]

    def cum_pick(self, items, cum):
        x = self.r.random() * cum[-1]
        return items[bisect.bisect_right(cum, x)]

    def city(self):
        return self.cum_pick(self.cities, self.city_cum)

    def person_name(self, cc: str) -> tuple[str, str]:
        female = self.r.random() < 0.48
        international = self.r.random() < (0.25 if cc in ANGLO else 0.8)
        if international:
            pool = self.first["internationalFemale" if female else "internationalMale"]
            first = self.r.choice(pool)
        else:
            first = self.cum_pick(self.census_f, self.cum_f)[0] if female else self.cum_pick(self.census_m, self.cum_m)[0]
        if international and self.r.random() < 0.85:
            last = self.r.choice(self.last["international"])
        else:
            last = self.cum_pick(self.census_l, self.cum_l)[0]
        return first, last

    def months_ago(self, m: int) -> tuple[int, int]:
        y, mo = NOW
        total = y * 12 + (mo - 1) - m
        return total // 12, total % 12 + 1

    @staticmethod
    def ym(t: tuple[int, int]) -> str:
        return f"{t[0]:04d}-{t[1]:02d}"

    # -- companies -----------------------------------------------------------------------------
    def make_companies(self) -> None:
        while len(self.companies) < N_COMPANIES:
            k = self.r.random()
            a = self.cum_pick(self.census_l, self.cum_l)[0]
            if k < 0.45:
                name = f"{a} {self.r.choice(COMPANY_SUFFIXES)}"
            elif k < 0.65:
                b = self.cum_pick(self.census_l, self.cum_l)[0]
                name = f"{a} & {b}"
            elif k < 0.85:
                name = f"{self.r.choice(self.last['international'])} {self.r.choice(COMPANY_SUFFIXES)}"
            else:
                name = f"{a}{self.r.choice(['ly', 'io', 'ify', 'hub', 'base', 'stack'])}"
            s = slug(name)
            if s in self.used_slugs:
                continue
            self.used_slugs.add(s)
            c = self.city()
            self.companies.append({
                "name": name,
                "domain": f"{s}.{self.r.choice(['example', 'example', 'test'])}",
                "emailPattern": self.wpick(EMAIL_PATTERNS),
                "industry": self.r.choice(INDUSTRIES),
                "size": self.wpick([("1-10", 10), ("11-50", 25), ("51-200", 30), ("201-1000", 20),
                                    ("1001-5000", 10), ("5001+", 5)]),
                "country": c[2],
                "city": c[0],
            })

    # -- titles and skills ---------------------------------------------------------------------
    def render_title(self, role: str, seniority: str | None, hard: dict) -> str:
        e = self.entries[role]
        x = self.r.random()
        names = [e["canonical"]]
        if x < 0.22 and e["synonyms"]:
            base = self.r.choice(e["synonyms"])
            hard["variant"] = True
        elif x < 0.30 and e.get("variants"):
            base = self.r.choice(e["variants"])
            hard["variant"] = True
        elif x < 0.36 and [a for a in e["abbreviations"] if len(a) >= 3]:
            base = self.r.choice([a for a in e["abbreviations"] if len(a) >= 3])
            hard["abbrev"] = True
        else:
            base = names[0]
        if e.get("seniority") or seniority in (None, "mid"):
            if seniority == "mid" and self.r.random() < 0.15 and self.role_family[role] == "tech":
                return f"{base} II"
            return base
        if seniority == "intern":
            core = {"Software Engineer": "Software Engineering", "Data Scientist": "Data Science",
                    "Product Manager": "Product Management"}.get(role, base)
            return f"{core} Intern"
        word = self.wpick(SENIORITY_SPELLINGS.get(seniority, [(seniority.title(), 1)]))
        if word in ("Sr.", "Sr", "Snr", "Jr.", "Jr"):
            hard["abbrev"] = True
        if word.endswith(" of"):
            # "Head of Data", "Director of Mobile"; roles without a clear area get "Lead" instead
            area = re.sub(r" (Engineer|Developer|Manager|Specialist|Analyst|Administrator|Architect|Writer|"
                          r"Designer|Researcher|Scientist|Executive|Representative)$", "", e["canonical"])
            area = {"Technical": "Documentation", "Technical Product": "Product", "Technical Program": "Programs",
                    "Systems": "IT Infrastructure", "Solutions": "Solutions Architecture", "Network": "Networking",
                    "Business": "Business Analysis", "Financial": "Finance"}.get(area, area)
            if area == e["canonical"] or area in ("Software", "Software Development Engineer in Test"):
                area = {"Software Engineer": "Engineering"}.get(role)
            return f"{word} {area}" if area else f"Lead {base}"
        return f"{word} {base}"

    def pick_skills(self, role: str, n_min: int = 4, n_max: int = 7) -> list[str]:
        table = self.roles[role]
        k = min(len(table), self.r.randint(n_min, n_max))
        chosen = []
        for s in table:
            if len(chosen) >= k:
                break
            if self.r.random() < 0.75:
                chosen.append(s)
        # related expansion
        for s in list(chosen[:3]):
            rel = self.related.get(s)
            if rel and self.r.random() < 0.4:
                t = self.r.choice(rel)
                if t not in chosen:
                    chosen.append(t)
        # noise
        for _ in range(self.r.choice([0, 0, 1, 1, 2])):
            t = self.r.choice(self.curated_skills)
            if t not in chosen:
                chosen.append(t)
        # spell some skills by an alias, as people do
        out = []
        for s in chosen:
            aliases = [a for a in self.skill_entries[s]["aliases"] if 2 <= len(a) <= 14]
            if aliases and self.r.random() < 0.12:
                a = self.r.choice(aliases)
                out.append(a)
            else:
                out.append(s)
        return out

    # -- profiles ------------------------------------------------------------------------------
    def career(self, role: str, seniority: str | None, years: float, hard: dict) -> list[dict]:
        """Positions most recent first, contiguous in time, seniority rising over time."""
        positions = []
        months_left = int(years * 12)
        cursor_end = None  # None = current
        sen = seniority
        cur_role = role
        first = True
        max_positions = min(self.wpick([(1, 35), (2, 45), (3, 20)]), 1 if years < 2.5 else 3)
        while True:
            tenure = self.r.randint(18, 66) if not first else self.r.randint(3, 48)
            if sen == "intern":
                tenure = self.r.randint(2, 6)
            tenure = max(2, min(tenure, months_left)) if months_left > 0 else tenure
            end = cursor_end
            end_m = 0 if end is None else end
            start_m = end_m + tenure
            comp = self.r.choice(self.companies)
            positions.append({"role": self.render_title(cur_role, sen, hard), "company": comp["name"],
                              "startDate": self.ym(self.months_ago(start_m)),
                              "endDate": None if end is None else self.ym(self.months_ago(end_m)),
                              "highlights": [], "_company": comp, "_role": cur_role})
            months_left -= tenure
            if months_left < 6 or len(positions) >= max_positions or sen in (None, "intern"):
                break
            cursor_end = start_m + self.r.choice([0, 0, 0, 1, 2, 4])
            first = False
            if self.r.random() < 0.45:
                sen = LOWER.get(sen, sen)
            if self.r.random() < 0.2:
                fam = self.role_family[cur_role]
                cur_role = self.r.choice(self.roles_by_family[fam])
                if self.entries[cur_role].get("seniority"):
                    cur_role = role
        # the first job starts when the career started: yearsExperience and the history agree
        if positions and sen != "intern":
            first_start = self.ym(self.months_ago(max(int(years * 12), 1)))
            last = positions[-1]
            if first_start < last["startDate"] and (last["endDate"] is None or first_start < last["endDate"]):
                last["startDate"] = first_start
        return positions

    def highlights(self, role: str, skills: list[str], n_choices=(0, 1, 1)) -> list[str]:
        fam = self.role_family[role]
        out = []
        for _ in range(self.r.choice(n_choices)):
            s1 = self.r.choice(skills) if skills else "internal tooling"
            s2 = self.r.choice(skills) if skills else "automation"
            out.append(self.r.choice(HIGHLIGHTS[fam]).format(s1=s1, s2=s2, n=self.r.randint(2, 900),
                                                             p=self.r.randint(5, 60), t=self.r.randint(2, 12)))
        return out

    def location_text(self, city, hard: dict) -> str | None:
        name, alts, cc, admin1, *_ = city
        country = self.countries.get(cc, {}).get("name", cc)
        x = self.r.random()
        latin_alts = [a for a in alts if a.isascii() and len(a) > 3 and not a.isupper()]
        if x < 0.45:
            return f"{name}, {country}"
        if x < 0.60 and admin1:
            return f"{name}, {admin1}, {country}"
        if x < 0.70:
            return name
        if x < 0.78 and latin_alts:
            hard["altName"] = True
            return f"{self.r.choice(latin_alts[:5])}, {country}"
        if x < 0.84:
            native = [n for n in self.countries.get(cc, {}).get("names", []) if n.isalpha() or " " in n]
            hard["altName"] = True
            return f"{name}, {self.r.choice(native) if native else country}"
        if x < 0.90:
            return f"Greater {name} Area"
        if x < 0.95:
            return f"Remote - {country}"
        return country

    def profile(self, i: int) -> dict:
        r = self.r
        hard: dict = {}
        city = self.city()
        cc = city[2]
        first, last = self.person_name(cc)
        kind = r.random()
        if kind < 0.03:
            special = "student"
        elif kind < 0.055:
            special = "recruiter"
        elif kind < 0.095:
            special = "stale"
        else:
            special = None
        fam = self.wpick(list(ROLE_FAMILY_WEIGHT.items()))
        role = r.choice(self.roles_by_family[fam])
        if special == "recruiter":
            role = r.choice(["Technical Recruiter", "Recruiter", "Technical Recruiter"])
        if special == "student":
            role = r.choice(["Software Engineer", "Data Scientist", "Frontend Engineer", "Machine Learning Engineer",
                             "Backend Engineer", "Data Analyst"])
        implied = self.entries[role].get("seniority")
        seniority = implied or self.wpick(SENIORITY_WEIGHTS)
        if seniority in ("head", "director") and self.role_family[role] != "tech":
            seniority = "senior"
        if special == "student":
            seniority = "intern"
        years = round(MIN_YEARS.get(seniority, 2) + r.random() * (4 if seniority != "intern" else 1.5), 1)
        if seniority == "intern":
            years = round(r.random() * 1.2, 1)
        skills = self.pick_skills(role)
        hot = [s for s in HOT_SKILLS if s in self.skill_entries]
        if special in ("recruiter", "student"):
            hs = r.sample(hot, 3)
            skills = (skills[:4] if special == "recruiter" else skills[:2]) + [s for s in hs if s not in skills]
        positions = self.career(role, seniority, years, hard)
        if special == "student" and r.random() < 0.5:
            positions = []  # a student with no experience yet
        if special == "stale":
            # stale: the latest position ended 2–8 years ago; some still show it as current role
            shift = r.randint(24, 96)
            for p in positions:
                s = p["startDate"].split("-")
                sy, sm = int(s[0]), int(s[1])
                total = sy * 12 + sm - 1 - shift
                p["startDate"] = f"{total // 12:04d}-{total % 12 + 1:02d}"
                if p["endDate"] is None:
                    e_total = NOW[0] * 12 + NOW[1] - 1 - shift
                else:
                    e = p["endDate"].split("-")
                    e_total = int(e[0]) * 12 + int(e[1]) - 1 - shift
                p["endDate"] = f"{e_total // 12:04d}-{e_total % 12 + 1:02d}"
        current = positions[0] if positions and positions[0]["endDate"] is None else None
        # near-homonyms: make Java-only / JavaScript-only / React Native-only intentional
        if role in ("Backend Engineer", "Software Engineer", "Android Engineer") and r.random() < 0.25:
            skills = [s for s in skills if s not in ("JavaScript", "js", "TypeScript")]
            if "Java" not in skills:
                skills.insert(0, "Java")
        if role == "Mobile Engineer" and r.random() < 0.5:
            skills = [s for s in skills if s not in ("React", "react.js", "reactjs")]
            if "React Native" not in skills:
                skills.insert(0, "React Native")
        if positions:
            positions[0]["highlights"] = self.highlights(positions[0]["_role"], skills)
        title = current["role"] if current else None
        if special == "stale" and positions and r.random() < 0.5:
            title = positions[0]["role"]  # profile still claims the old role
        comp = current["_company"] if current else None
        if special == "student":
            title = title if title and r.random() < 0.5 else "Student"
        # headline
        top = [s for s in skills[:5]]
        h = r.random()
        if special == "recruiter":
            hs = [s for s in skills if s in HOT_SKILLS][:3] or top[:3]
            while len(hs) < 3:
                hs.append(r.choice(hot))
            headline = r.choice(RECRUITER_HEADLINES).format(title=title or "Recruiter", s1=hs[0], s2=hs[1],
                                                             s3=hs[2], company=comp["name"] if comp else "a startup")
        elif special == "student":
            hs = [s for s in skills if s in HOT_SKILLS][:3]
            while len(hs) < 3:
                hs.append(r.choice(hot))
            headline = r.choice(STUDENT_HEADLINES).format(field=r.choice(FIELDS["tech"]), s1=hs[0], s2=hs[1],
                                                           s3=hs[2], school=f"University of {city[0]}",
                                                           title=self.entries[role]["canonical"])
        elif h < 0.35 and title and comp:
            headline = f"{title} at {comp['name']}"
        elif h < 0.75 and title:
            headline = f"{title} | {', '.join(top[:3])}"
        elif h < 0.9 and title:
            headline = " · ".join([title] + top[:2])
        else:
            headline = title or (f"{positions[0]['role']} (previously)" if positions else None)
        education = []
        n_edu = 0 if r.random() < 0.12 else (2 if r.random() < 0.05 else 1)
        for _ in range(n_edu):
            ec = self.city() if r.random() < 0.3 else city
            school = r.choice([f"University of {ec[0]}", f"{ec[0]} Institute of Technology",
                               f"{ec[0]} State University", f"{self.cum_pick(self.census_l, self.cum_l)[0]} College",
                               f"{ec[0]} School of Business"])
            education.append({"school": school, "degree": self.wpick(DEGREES),
                              "field": r.choice(FIELDS["tech" if fam == "tech" else fam])})
        pid = f"syn-{i:06d}"
        url_slug = f"{slug(first)}-{slug(last)}-{r.getrandbits(24):06x}"
        prof = {
            "profileId": pid,
            "name": f"{first} {last}",
            "headline": headline,
            "location": self.location_text(city, hard),
            "country": cc,
            "currentRole": title,
            "currentCompany": comp["name"] if comp else None,
            "companyDomain": comp["domain"] if comp else None,
            "linkedinUrl": f"https://linkedin.example/in/{url_slug}",
            "skills": skills,
            "yearsExperience": years,
            "experience": [{k: v for k, v in p.items() if not k.startswith("_")} for p in positions],
            "education": education,
            "openToWork": self.wpick([(True, 20), (False, 70), (None, 10)]),
        }
        # missing fields, as scraped profiles have them
        if r.random() < 0.08:
            for key in r.sample(["headline", "location", "country", "currentRole", "currentCompany", "companyDomain",
                                 "linkedinUrl", "yearsExperience", "openToWork", "name"], r.randint(1, 3)):
                prof[key] = None
            if r.random() < 0.3:
                prof["skills"] = []
            if r.random() < 0.3:
                prof["education"] = []
        if r.random() < 0.03:
            del prof["openToWork"]  # absent key, not just null
        return prof


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DATA / "corpus")
    args = ap.parse_args()
    g = Gen()
    g.make_companies()
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "companies.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for c in g.companies:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    with open(args.out / "people.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for i in range(N_PROFILES):
            f.write(json.dumps(g.profile(i), ensure_ascii=False, separators=(",", ":")) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
