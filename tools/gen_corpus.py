#!/usr/bin/env python3
"""Generate the synthetic people corpus for the local index, deterministically.

Reads only committed files (data/taxonomy/*.json, data/names/*.json, tools/curated/sectors.json)
and writes
  data/corpus/people.jsonl     one profile per line (camelCase keys, see data/README.md)
  data/corpus/companies.jsonl  one invented company per line (name, domain, emailPattern …)

Two stages, one after the other:
  1. syn-000000 … syn-020499: tech, business and design roles (the original corpus);
  2. syn-020500 … : the rest of the labour market (healthcare, skilled trades, logistics,
     manufacturing and engineering, education, hospitality and retail, public sector, plus
     look-alike jobs), weighted by BLS employment x professional-network presence, partly written
     in the local language in German-, French-, Spanish-, Portuguese-, Italian- and Dutch-speaking
     places. Stage 2 has its own seeded RNG and runs after stage 1, so stage 1's lines and its
     1,800 companies are byte-for-byte what they were before stage 2 existed.

Usage
  python3 tools/gen_corpus.py                 # write into data/corpus/
  python3 tools/gen_corpus.py --out DIR       # write into DIR (used by tools/check_data.sh)
  python3 tools/gen_corpus.py --out DIR --mix # also print the sector/country/language mix; exit 1
                                              # when a required sector or role is missing

Determinism: `random.Random(SEED)` for stage 1 and `random.Random(SECTOR_SEED)` for stage 2,
inputs iterated in file order, a fixed reference date (no clock), `ensure_ascii=False`, `\\n`
line endings. Same inputs + same Python 3 → same bytes.
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
import sys
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
        self.labels: list[str] = []  # role family of each stage-1 profile, in order

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
        self.labels.append(self.role_family[role])  # for the mix report; draws nothing
        return prof


# ---------------------------------------------------------------------------------------------
# Stage 2: the rest of the labour market (healthcare, skilled trades, logistics, manufacturing
# and engineering, education, hospitality and retail, public sector), appended after the
# N_PROFILES stage-1 profiles with ids continuing from there. It has its own seeded RNG and
# runs after stage 1, so the stage-1 lines and companies stay byte-for-byte what they were.
# All words come from tools/curated/sectors.json (hand-written; its `mix` cites the BLS
# employment figures the sector weights come from).
# ---------------------------------------------------------------------------------------------
SECTOR_SEED = 20_250_602
N_SECTOR_PROFILES = 3_700
SECTORS_FILE = ROOT / "tools" / "curated" / "sectors.json"
REQUIRED_SECTORS = ("healthcare", "skilled_trades", "logistics", "manufacturing_engineering", "education",
                    "hospitality_retail", "public_sector")
REQUIRED_ROLES = ("nurse", "icu_nurse", "er_nurse", "paeds_nurse", "or_nurse", "physician", "pharmacist", "physio",
                  "care_worker", "electrician", "plumber", "carpenter", "welder", "hvac_tech", "truck_driver",
                  "delivery_driver", "warehouse", "forklift", "dispatcher", "mech_engineer", "elec_engineer",
                  "civil_engineer", "production_supervisor", "cnc_machinist", "quality_inspector", "primary_teacher",
                  "secondary_teacher", "teaching_assistant", "lecturer", "chef", "cook", "waiter", "hotel_receptionist",
                  "store_manager", "cashier", "sales_associate", "admin_officer", "social_worker", "police_officer")
MIN_SECTOR_PROFILES = 100  # the data check fails below this (or when a REQUIRED_ROLES role has < MIN_ROLE_PROFILES)
MIN_ROLE_PROFILES = 10
LEVEL_WEIGHTS = {"junior": 25, "mid": 45, "senior": 30}
YEARS = {"intern": (0.0, 1.5), "junior": (0.3, 3.0), "mid": (2.5, 10.0), "senior": (8.0, 30.0)}
EN_PREFIX = {"junior": [("Junior", 3), ("Associate", 1)], "senior": [("Senior", 6), ("Sr.", 2), ("Lead", 1), ("Principal", 1)]}
SOFT_SKILLS = ["Teamwork", "Communication", "Customer Service", "Microsoft Office", "Time Management", "Leadership"]
GENDER_TEMPLATE = re.compile(r"\{g:([^|}]*)\|([^}]*)\}")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


class SectorGen(Gen):
    """Stage 2. Shares stage 1's loaded tables, company list and used slugs; draws from its own RNG."""

    def __init__(self, g: Gen) -> None:
        self.__dict__.update(g.__dict__)  # stage 1's tables, companies and used slugs; not Gen.__init__
        self.r = random.Random(SECTOR_SEED)
        self.t = json.loads(SECTORS_FILE.read_text(encoding="utf-8"))
        t = self.t
        self.sector_ids = [sec["id"] for sec in t["sectors"]]
        self.roles_of = {sec["id"]: sec["roles"] for sec in t["sectors"]}
        self.role_by_key = {ro["key"]: (sec["id"], ro) for sec in t["sectors"] for ro in sec["roles"]}
        # sector weights: BLS employment x professional-network presence; traps a fixed share on top
        w: dict[str, float] = {}
        for grp in t["mix"]["groups"]:
            w[grp["sector"]] = w.get(grp["sector"], 0.0) + grp["millions"] * grp["presence"]
        total = sum(w.values())
        trap = t["mix"]["trapShare"]
        self.sector_weights = [(k, v / total * (1 - trap)) for k, v in w.items()] + [("traps", trap)]
        self.groups: dict[str, list[str]] = {}  # country -> its region groups, most specific first
        for grp, ccs in t["regionGroups"].items():
            if not grp.startswith("_"):
                for cc in ccs:
                    self.groups.setdefault(cc, []).append(grp)
        self.lang_of_cc = {cc: lang for lang, ccs in t["languages"].items() if lang != "byAdmin1" for cc in ccs}
        self.pools: dict[tuple[str, str], list[dict]] = {}
        self.company_by_name: dict[str, dict] = {}
        self.region_of: dict[str, str | None] = {}  # company name -> admin1 of its city
        self.registered: set[str] = set()
        self.country_cities: dict[tuple[str, str | None], tuple[list, list]] = {}
        self.labels2: list[dict] = []

    # -- small helpers ---------------------------------------------------------------------
    def ordered(self, items: list):
        """The first spelling is the most common: weights 1, 1/2, 1/3 …"""
        return self.r.choices(items, weights=[1 / (i + 1) for i in range(len(items))])[0]

    def variant(self, table: dict, lang: str, cc: str):
        """table['lang@CC'], else table['lang@GROUP'] for the country's groups, else (English
        outside the US, Canada, Britain, Ireland, Australia and New Zealand) table['en@INTL'],
        else table['lang']; None when absent."""
        keys = [f"{lang}@{cc}"] + [f"{lang}@{grp}" for grp in self.groups.get(cc, [])]
        if lang == "en" and cc not in ANGLO:
            keys.append("en@INTL")
        for key in keys + [lang]:
            if key in table:
                return table[key]
        return None

    def term(self, name: str, cc: str) -> str:
        table = self.t["countryTerms"][name]
        for key in [cc] + self.groups.get(cc, []):
            if key in table:
                return table[key]
        return table["_default"]

    def lang_for(self, city) -> str:
        cc, admin1 = city[2], city[3]
        by_admin = self.t["languages"]["byAdmin1"].get(cc)
        if by_admin:
            return by_admin.get(admin1, by_admin.get("_default", "en"))
        return self.lang_of_cc.get(cc, "en")

    @staticmethod
    def gendered(s: str, female: bool) -> str:
        s = GENDER_TEMPLATE.sub(lambda m: m.group(2 if female else 1), s)
        if "|" in s and " | " not in s:
            m, f = s.split("|", 1)
            return f if female else m
        return s

    @staticmethod
    def elide(s: str, lang: str) -> str:
        if lang == "fr":
            s = re.sub(r"\bde ([aeiouhéèêAEIOUÉ])", r"d'\1", s)
        return s

    def local_city(self, city, lang: str) -> str:
        """The city as its own people write it, when the taxonomy knows that spelling."""
        name, alts = city[0], city[1]
        local = self.t["cityNames"].get(name)
        if lang != "en" and local and local != name and fold(local) in {fold(a) for a in alts}:
            return local
        return name

    def country_name(self, cc: str, lang: str) -> str:
        v = self.t["countryNames"].get(cc)
        if isinstance(v, dict):
            v = v.get(lang) or next(iter(v.values()))
        return v or self.countries.get(cc, {}).get("name", cc)

    def region_name(self, city, lang: str) -> str | None:
        admin1 = city[3]
        v = self.t["admin1"].get(city[2], {}).get(admin1, admin1)
        if isinstance(v, dict):
            v = v.get(lang) or next(iter(v.values()))
        return v

    def city_in(self, cc: str, admin1: str | None = None):
        """A city of the country (of its region `admin1` when given), by population."""
        key = (cc, admin1)
        if key not in self.country_cities:
            rows = [c for c in self.cities if c[2] == cc and (admin1 is None or c[3] == admin1)]
            self.country_cities[key] = (rows, list(itertools.accumulate(c[6] for c in rows)))
        rows, cum = self.country_cities[key]
        return self.cum_pick(rows, cum)

    def uni_city(self, city):
        """Universities and university hospitals are in big cities: the place itself when it has
        150,000 people or more, else a city that big in the same region, else one of the
        country's eight largest cities."""
        if city[6] >= 150_000:
            return city
        rows = sorted((c for c in self.cities if c[2] == city[2] and c[3] == city[3] and c[6] >= 150_000),
                      key=lambda c: -c[6])[:3]  # the region's own university towns first
        if not rows:
            rows = sorted((c for c in self.cities if c[2] == city[2]), key=lambda c: -c[6])[:8]
        return self.r.choices(rows, weights=[c[6] for c in rows])[0] if rows else city

    def person(self, cc: str, female: bool) -> tuple[str, str]:
        international = self.r.random() < (0.25 if cc in ANGLO else 0.8)
        if international:
            first = self.r.choice(self.first["internationalFemale" if female else "internationalMale"])
        else:
            first = self.cum_pick(self.census_f, self.cum_f)[0] if female else self.cum_pick(self.census_m, self.cum_m)[0]
        if international and self.r.random() < 0.85:
            last = self.r.choice(self.last["international"])
        else:
            last = self.cum_pick(self.census_l, self.cum_l)[0]
        return first, last

    # -- places ------------------------------------------------------------------------------
    def location2(self, city, lang: str) -> str:
        name, alts, cc, admin1, *_ = city
        x = self.r.random()
        if lang == "en":  # as the stage-1 corpus writes places, minus "Remote - …" (these jobs are on site)
            country = self.countries.get(cc, {}).get("name", cc)
            # (no alternate spellings here: stage 1 has those hard cases, and the lists hold
            # oddities such as "Lonn" for London)
            if x < 0.55:
                return f"{name}, {country}"
            if x < 0.78 and admin1:
                return f"{name}, {admin1}, {country}"
            if x < 0.88:
                return name
            if x < 0.94 and city[6] >= 300_000:
                return f"Greater {name} Area"
            return country if x >= 0.94 else f"{name}, {country}"
        local, country = self.local_city(city, lang), self.country_name(cc, lang)
        region = self.region_name(city, lang)
        if x < 0.40:
            return f"{local}, {country}"
        if x < 0.72 and region:
            return f"{local}, {region}, {country}"
        if x < 0.82:
            return local
        if x < 0.92:
            if city[6] >= 300_000:
                return self.t["locationFormats"][lang]["greater"].format(city=local)
            return f"{local}, {country}"
        return country

    # -- employers ---------------------------------------------------------------------------
    def company_for(self, kind: str, city) -> dict:
        cc = city[2]
        pool = self.pools.setdefault((kind, cc), [])
        nearby = [c for c in pool if c["city"] == city[0]]
        if nearby and self.r.random() < 0.6:
            return self.r.choice(nearby)  # the town's own hospital, school, depot
        regional = [c for c in pool if self.region_of[c["name"]] == city[3]]
        if regional and self.r.random() < 0.8:
            return self.r.choice(regional)  # one in the same region (state, province)
        if pool and self.r.random() < 0.45:
            return self.r.choice(pool)
        home = city if self.r.random() < 0.7 else self.city_in(cc, city[3])
        lang = self.lang_for(home)
        spec = self.t["companyKinds"][kind]
        templates = self.variant(spec, lang, cc) or spec["en"]
        if self.r.random() < 0.5:
            last = self.r.choice(self.t["surnames"][lang])
        elif lang == "en" and cc in ANGLO:
            last = self.cum_pick(self.census_l, self.cum_l)[0]
        else:
            last = self.r.choice(self.last["international"])
        template = self.r.choice(templates)
        if kind == "university" or any(w in template for w in ("Universit", "CHU", "Policlinico", "Medisch Centrum")):
            home = self.uni_city(home)
        name = template.format(city=self.local_city(home, lang), last=last)
        if name in self.company_by_name:
            comp = self.company_by_name[name]
        else:
            s = slug(name)
            while s in self.used_slugs:
                s = f"{s}-{self.r.randint(2, 99)}"
            self.used_slugs.add(s)
            comp = {"name": name, "domain": f"{s}.{self.r.choice(['example', 'example', 'test'])}",
                    "emailPattern": self.wpick(EMAIL_PATTERNS), "industry": spec["industry"],
                    "size": self.wpick(spec["size"]), "country": cc, "city": home[0]}
            self.company_by_name[name] = comp
            self.region_of[name] = home[3]
        if comp not in pool:
            pool.append(comp)
        return comp

    # -- titles and skills -------------------------------------------------------------------
    def subject_name(self, subject: dict, lang: str, cc: str) -> str:
        return self.variant(subject, lang, cc) or subject["en"]

    def title2(self, role: dict, level: str, lang: str, cc: str, female: bool, subject: dict | None) -> str:
        lists = None
        if level == "junior" and role.get("junior") and self.r.random() < 0.6:
            lists = role["junior"]
        elif level == "senior" and role.get("senior") and self.r.random() < 0.45:
            lists = role["senior"]
        base_lists = lists or role["titles"]
        titles = self.variant(base_lists, lang, cc) or self.variant(role["titles"], lang, cc) or role["titles"]["en"]
        t = self.gendered(self.ordered(titles), female)
        if "{subject}" in t:
            t = t.replace("{subject}", self.subject_name(subject, lang, cc) if subject else "")
        t = self.elide(t, lang)
        if lang == "en" and lists is None and role.get("prefix") and level in EN_PREFIX and self.r.random() < 0.55:
            word = "Graduate" if level == "junior" and "UK" in self.groups.get(cc, []) else self.wpick(EN_PREFIX[level])
            t = f"{word} {t}"
        return t

    def skill_word(self, skill: str, lang: str, cc: str, subject: dict | None) -> str:
        m = re.fullmatch(r"\{(\w+)\}", skill)
        if m:
            key = m.group(1)
            if key == "subject":
                return self.subject_name(subject, lang, cc) if subject else "Teaching"
            return self.term(key, cc)
        if lang != "en":
            tr = self.t["skillTranslations"].get(skill)
            if tr and lang in tr and self.r.random() < 0.55:
                return tr[lang]
        elif "UK" in self.groups.get(cc, []):
            return self.t["enGB"].get(skill, skill)
        return skill

    def skills2(self, role: dict, lang: str, cc: str, subject: dict | None) -> list[str]:
        table = role["skills"]
        k = min(len(table), self.r.randint(4, 6))
        chosen = []
        for s in table:
            if len(chosen) >= k:
                break
            if self.r.random() < 0.75:
                chosen.append(s)
        if self.r.random() < 0.5:
            extra = self.r.choice(SOFT_SKILLS)
            if extra not in chosen:
                chosen.append(extra)
        out = []
        for s in chosen:
            w = self.skill_word(s, lang, cc, subject)
            if w not in out:
                out.append(w)
        return out

    # -- one profile -------------------------------------------------------------------------
    def city_named(self, name: str, cc: str):
        return max((c for c in self.cities if c[0] == name and c[2] == cc), key=lambda c: c[6])

    def profile2(self, i: int, pin: dict | None = None) -> dict:
        """One stage-2 profile; `pin` (a `showcase` row) fixes role, place, language and title."""
        r, t = self.r, self.t
        if pin:
            city = self.city_named(pin["city"], pin["country"])
            sector, role = self.role_by_key[pin["role"]]
        else:
            city = self.city()
            sector = self.wpick(self.sector_weights)
            role = self.r.choices(self.roles_of[sector], weights=[ro["weight"] for ro in self.roles_of[sector]])[0]
        cc = city[2]
        kind = role.get("kind")
        local_lang = self.lang_for(city)
        share = role.get("localShare", t["localShare"][sector])
        lang = local_lang if local_lang != "en" and r.random() < share else "en"
        if pin:
            lang = pin["lang"]
        female = r.random() < role["female"]
        first, last = self.person(cc, female)
        stale = kind is None and not pin and r.random() < 0.04
        subject = r.choice(t["subjects"]) if role.get("subjects") else None
        level = "intern" if kind == "student" else self.wpick(list(role.get("levels", LEVEL_WEIGHTS).items()))
        lo, hi = YEARS[level]
        years = round(lo + r.random() * (hi - lo) * (0.6 if level == "senior" and r.random() < 0.5 else 1.0), 1)

        # career, most recent first; earlier jobs one level down or the role they came from
        positions = []
        if kind == "student":
            if r.random() < 0.5 or pin:
                months = r.randint(2, 8)
                title_s = self.title2(role, level, lang, cc, female, subject)
                if pin and pin.get("title"):
                    title_s = self.elide(self.gendered(pin["title"], female), lang)
                positions.append({"role": title_s,
                                  "company": self.company_for(r.choice(role["employers"]), city),
                                  "start": months, "end": None if r.random() < 0.6 or pin else 0, "_role": role})
        else:
            # about one job per 2-8 years (up to 4), so the first job's tenure stays plausible
            n = 1 if years < 2.5 else max(1, min(3, round(years / r.uniform(3.0, 9.0))))
            months_left = max(int(years * 12), 2)
            end_m = 0
            cur_role, cur_level = role, level
            for j in range(n):
                tenure = r.randint(3, 48) if j == 0 else r.randint(18, max(66, months_left // (n - j)))
                tenure = max(2, min(tenure, months_left))
                title_j = self.title2(cur_role, cur_level, lang, cc, female, subject)
                if j == 0 and pin and pin.get("title"):
                    title_j = self.elide(self.gendered(pin["title"], female), lang)
                positions.append({"role": title_j,
                                  "company": self.company_for(r.choice(cur_role["employers"]), city),
                                  "start": end_m + tenure, "end": None if j == 0 else end_m, "_role": cur_role})
                months_left -= tenure
                if months_left < 6:
                    break
                end_m = end_m + tenure + r.choice([0, 0, 0, 1, 2, 4])
                if cur_level == "senior" or r.random() < 0.5:
                    cur_level = {"senior": "mid", "mid": "junior"}.get(cur_level, cur_level)
                if cur_role.get("from") and r.random() < 0.35:
                    cur_role = self.role_by_key[r.choice(cur_role["from"])][1]
            # the first job starts when the career started: yearsExperience and the history agree
            positions[-1]["start"] = max(positions[-1]["start"], int(years * 12), 1)
        shift = r.randint(24, 96) if stale else 0
        experience = []
        for p in positions:
            end = p["end"]
            if end is None and shift:
                end = 0
            experience.append({"role": p["role"], "company": p["company"]["name"],
                               "startDate": self.ym(self.months_ago(p["start"] + shift)),
                               "endDate": None if end is None else self.ym(self.months_ago(end + shift)),
                               "highlights": []})
        current = positions[0] if positions and experience[0]["endDate"] is None else None
        if current and current["company"]["domain"] not in self.registered:
            # only current employers go to companies.jsonl (enrichment looks up currentCompany's domain);
            # earlier employers are names in the history, as scraped profiles have them
            self.registered.add(current["company"]["domain"])
            self.companies.append(current["company"])

        # skills (recruiters: their trade plus the words of the jobs they fill)
        mentions = []
        if kind == "recruiter":
            base = [self.skill_word(s, lang, cc, None) for s in role["skills"] if r.random() < 0.7][:4]
            mentions = [self.skill_word(s, lang, cc, None) for s in r.sample(role["mentions"], 3)]
            skills = base + [m for m in mentions if m not in base]
        else:
            skills = self.skills2(role, lang, cc, subject)

        title = current["role"] if current else None
        if stale and experience and r.random() < 0.5:
            title = experience[0]["role"]  # still claims the old job
        if kind == "student" and not (pin and pin.get("title")) and (title is None or r.random() < 0.3):
            title = "Student" if r.random() < 0.4 else self.title2(role, level, lang, cc, female, subject)
        comp = current["company"] if current else None

        # education (schools keep the country's own language; degree and field follow the profile's)
        education = []
        n_edu = 0 if r.random() < 0.12 else 1
        for _ in range(n_edu):
            skind, lvl, fkey = r.choice(role["edu"])
            ec = city if r.random() < 0.7 else self.city_in(cc, city[3] if r.random() < 0.6 else None)
            if skind in ("research_university", "university", "technical_university", "medicine", "teacher"):
                ec = self.uni_city(ec)
            school_lang = self.lang_for(ec)
            schools = self.variant(t["education"]["schools"][skind], school_lang, cc) or t["education"]["schools"][skind]["en"]
            school = r.choice(schools).format(city=self.local_city(ec, school_lang))
            degree = r.choice(self.variant(t["education"]["degrees"][lvl], lang, cc))
            field = (self.subject_name(subject, lang, cc) if fkey == "subject" and subject
                     else t["education"]["fields"]["general" if fkey == "subject" else fkey][lang])
            field = field[:1].upper() + field[1:]
            education.append({"school": school, "degree": degree, "field": field})
        if n_edu and r.random() < 0.05 and kind != "student" and education[0]["field"] != t["education"]["fields"]["general"][lang]:
            school = r.choice(self.variant(t["education"]["schools"]["school"], local_lang, cc))
            education.append({"school": school.format(city=self.local_city(city, local_lang)),
                              "degree": r.choice(self.variant(t["education"]["degrees"]["school"], lang, cc)),
                              "field": t["education"]["fields"]["general"][lang]})

        # headline
        open_to_work = self.wpick([(True, 20), (False, 70), (None, 10)])
        tops = [s for s in skills[:3]]
        fill = {"title": title or "", "company": comp["name"] if comp else "", "tagline": t["taglines"][sector][lang],
                "years": max(int(years), 1), "school": education[0]["school"] if education else "",
                "s1": tops[0] if tops else "", "s2": tops[1] if len(tops) > 1 else "", "s3": tops[2] if len(tops) > 2 else "",
                "m1": mentions[0] if mentions else "", "m2": mentions[1] if len(mentions) > 1 else "",
                "m3": mentions[2] if len(mentions) > 2 else ""}
        if kind in ("recruiter", "student") and title:
            pats = role["headlines"].get(lang) or role["headlines"]["en"]
            pat = r.choice(pats)
            if "{school}" in pat and not fill["school"]:
                pat = "{title}"
            headline = self.gendered(pat, female).format(**fill)
        elif title:
            pats = [(p, w) for p, w in t["headlines"][lang]
                    if ("{company}" not in p or comp) and ("{s3}" not in p or len(tops) >= 3)
                    and ("{s2}" not in p or len(tops) >= 2) and ("{years}" not in p or years >= 2)]
            headline = self.wpick(pats).format(**fill)
            if open_to_work and r.random() < 0.3:
                headline = f"{headline} | {t['openToWorkTaglines'][lang]}"
        else:
            headline = experience[0]["role"] if experience else None

        if current and r.random() < 0.25:
            sets = t["highlights"]
            pats = (sets.get(role["hl"]) or sets["generic"]).get(lang) or sets["generic"][lang]
            own = [s for s in skills if s not in mentions]  # a recruiter trains people in recruiting, not welding
            experience[0]["highlights"] = [r.choice(pats).format(s1=r.choice(own) if own else title,
                                                                 t=r.randint(2, 12), p=r.randint(5, 40), c=r.randint(18, 32),
                                                                 y=r.randint(2, 6), k=r.randint(40, 300))]

        pid = f"syn-{i:06d}"
        url_slug = f"{slug(first)}-{slug(last)}-{r.getrandbits(24):06x}"
        prof = {
            "profileId": pid,
            "name": f"{first} {last}",
            "headline": headline,
            "location": self.location2(city, lang),
            "country": cc,
            "currentRole": title,
            "currentCompany": comp["name"] if comp else None,
            "companyDomain": comp["domain"] if comp else None,
            "linkedinUrl": f"https://linkedin.example/in/{url_slug}",
            "skills": skills,
            "yearsExperience": years,
            "experience": experience,
            "education": education,
            "openToWork": open_to_work,
        }
        if r.random() < 0.08 and not pin:
            for key in r.sample(["headline", "location", "country", "currentRole", "currentCompany", "companyDomain",
                                 "linkedinUrl", "yearsExperience", "openToWork", "name"], r.randint(1, 3)):
                prof[key] = None
            if r.random() < 0.3:
                prof["skills"] = []
            if r.random() < 0.3:
                prof["education"] = []
        if r.random() < 0.03 and not pin:
            del prof["openToWork"]
        self.labels2.append({"sector": sector, "role": role["key"], "kind": kind or ("stale" if stale else None),
                             "localCountry": local_lang != "en", "lang": lang, "pinned": bool(pin)})
        return prof

    # -- the mix the data check prints ---------------------------------------------------------
    def all_titles(self, role: dict) -> set[str]:
        """Every current-role spelling stage 2 can write for `role` (the check compares against it)."""
        out: set[str] = set()
        subjects = self.t["subjects"] if role.get("subjects") else [None]
        for part in ("titles", "junior", "senior"):
            for key, items in role.get(part, {}).items():
                lang = key.split("@")[0]
                for raw in items:
                    for female in (False, True):
                        t0 = self.gendered(raw, female)
                        for subj in subjects:
                            names = {subj[k] for k in subj if k.split("@")[0] == lang} if subj else {""}
                            for name in names:
                                out.add(self.elide(t0.replace("{subject}", name), lang))
        return out


def mix_report(people: Path, stage1: list[str], stage2: list[dict], g2: SectorGen) -> int:
    """Prints the sector, country and language mix of the written corpus; non-zero when a required
    sector or role is missing or a stage-2 current role is not one its sector writes."""
    lines = people.read_text(encoding="utf-8").splitlines()
    if len(lines) != len(stage1) + len(stage2):
        print(f"data-check: {len(lines)} lines but {len(stage1) + len(stage2)} generated profiles", file=sys.stderr)
        return 1
    profs = [json.loads(line) for line in lines]
    status = 0
    # 1. current roles of stage 2 are titles of the role they were generated for
    known = {key: g2.all_titles(ro) for key, (_, ro) in g2.role_by_key.items()}
    strays = []
    for p, lab in zip(profs[len(stage1):], stage2):
        role = p.get("currentRole")
        if role is None or role == "Student":
            continue
        core = re.sub(r"^(Junior|Associate|Graduate|Senior|Sr\.|Lead|Principal) ", "", role)
        if role not in known[lab["role"]] and core not in known[lab["role"]]:
            strays.append((p["profileId"], role, lab["role"]))
    if strays:
        print(f"data-check: {len(strays)} stage-2 current roles are not titles of their role, e.g. {strays[:3]}",
              file=sys.stderr)
        status = 1
    # 2. sector mix
    n = len(profs)
    counts: dict[str, int] = {}
    for fam in stage1:
        counts[fam] = counts.get(fam, 0) + 1
    hard: dict[str, int] = {}
    for lab in stage2:
        counts[lab["sector"]] = counts.get(lab["sector"], 0) + 1
        if lab["kind"]:
            hard[lab["sector"]] = hard.get(lab["sector"], 0) + 1
    target = dict(g2.sector_weights)
    print(f"data-check: sector mix of {n} profiles (stage 1: {len(stage1)} tech/business/design; stage 2: {len(stage2)})")
    print(f"  {'sector':28} {'profiles':>8} {'corpus':>7} {'stage 2':>8} {'target':>7}  of which students/recruiters/stale/look-alikes")
    for sec in ["tech", "business", "design"] + g2.sector_ids:
        c = counts.get(sec, 0)
        in2 = f"{c / len(stage2):7.1%}" if sec in target else "      -"
        tg = f"{target[sec]:6.1%}" if sec in target else "     -"
        extra = f"  {hard.get(sec, 0)}" if sec in target else ""
        print(f"  {sec:28} {c:8d} {c / n:7.1%} {in2:>8} {tg:>7}{extra}")
    roles: dict[str, int] = {}
    for lab in stage2:
        roles[lab["role"]] = roles.get(lab["role"], 0) + 1
    print("  roles: " + ", ".join(f"{k} {v}" for k, v in sorted(roles.items(), key=lambda kv: -kv[1])))
    for sec in REQUIRED_SECTORS:
        if counts.get(sec, 0) < MIN_SECTOR_PROFILES:
            print(f"data-check: sector {sec} has {counts.get(sec, 0)} profiles (< {MIN_SECTOR_PROFILES})", file=sys.stderr)
            status = 1
    for key in REQUIRED_ROLES:
        if roles.get(key, 0) < MIN_ROLE_PROFILES:
            print(f"data-check: role {key} has {roles.get(key, 0)} profiles (< {MIN_ROLE_PROFILES})", file=sys.stderr)
            status = 1
    # 3. country mix
    for label, subset in (("corpus", profs), ("stage 2", profs[len(stage1):])):
        cc: dict[str, int] = {}
        for p in subset:
            k = p.get("country") or "(none)"
            cc[k] = cc.get(k, 0) + 1
        top = sorted(cc.items(), key=lambda kv: -kv[1])
        shown = ", ".join(f"{k} {v / len(subset):.1%}" for k, v in top[:15])
        print(f"data-check: country mix ({label}, {len(cc)} codes): {shown}, other {sum(v for _, v in top[15:]) / len(subset):.1%}")
    pinned = sum(1 for lab in stage2 if lab.get("pinned"))
    print(f"data-check: stage 2 ends with {pinned} pinned profiles (tools/curated/sectors.json → showcase: "
          f"an animal keeper (Tierpfleger/in) and a nurse recruiter in Hamburg, a Nursery Nurse in London …)")
    # 4. local language
    local = [lab for lab in stage2 if lab["localCountry"]]
    written = [lab for lab in local if lab["lang"] != "en"]
    by_lang: dict[str, int] = {}
    for lab in written:
        by_lang[lab["lang"]] = by_lang.get(lab["lang"], 0) + 1
    print(f"data-check: stage 2 local language: {len(local)} profiles in de/fr/es/pt/it/nl-speaking places, "
          f"{len(written)} ({len(written) / max(len(local), 1):.0%}) written in the local language "
          f"({', '.join(f'{k} {v}' for k, v in sorted(by_lang.items()))}); {len(written) / len(stage2):.0%} of stage 2")
    return status


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DATA / "corpus")
    ap.add_argument("--mix", action="store_true", help="print the sector/country/language mix of the written "
                    "corpus and exit non-zero when a required sector or role is missing")
    args = ap.parse_args()
    g = Gen()
    g.make_companies()
    people = [g.profile(i) for i in range(N_PROFILES)]  # stage 1: draws exactly as before stage 2 existed
    g2 = SectorGen(g)
    pins = g2.t["showcase"]["profiles"]
    n_random = N_SECTOR_PROFILES - len(pins)
    people += [g2.profile2(N_PROFILES + i) for i in range(n_random)]  # stage 2: own RNG
    people += [g2.profile2(N_PROFILES + n_random + i, pin) for i, pin in enumerate(pins)]  # pinned hard cases
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "companies.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for c in g.companies:  # stage-1 companies first, then the employers stage 2 invented
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    with open(args.out / "people.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for p in people:
            f.write(json.dumps(p, ensure_ascii=False, separators=(",", ":")) + "\n")
    if args.mix:
        return mix_report(args.out / "people.jsonl", g.labels, g2.labels2, g2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
