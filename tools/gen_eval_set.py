#!/usr/bin/env python3
"""Generate the labeled evaluation set data/eval/set.json, deterministically.

The set is what `make eval` and `tests/it/eval.rs` measure sourcing quality against: realistic job
ads across fields (most in English; two in German, three in Spanish, two in French), each with
graded judgements of hand-written profiles that are planted into a copy of the corpus:

  grade 2  strong fit: the ad's title or a direct synonym, the must-have skills, in the place,
           right seniority
  grade 1  partial fit: a synonym or family title, fewer skills, a nearby town (<= 50 km, checked
           against data/taxonomy/locations.json), a bit junior
  grade 0  a trap, with its kind: recruiter (whose text names the ad's skills), student, intern,
           homonym (a title or skill that shares words with the ad but means another job), and
           wrong_country (the right person in another country)

Every judgement says why, in the words a recruiter would use. Profiles follow the corpus shape
(data/README.md); ids are `eval-<ad>-NN` (never in the corpus), names and companies are invented,
URLs use linkedin.example and domains .example. A profile's `country` is an ISO code or a country
name as people write it ("Nederland", "España", "Suisse"); it must name a country of
data/taxonomy/locations.json, and the checks compare countries by what the name resolves to.

Usage
  python3 tools/gen_eval_set.py              # write data/eval/set.json
  python3 tools/gen_eval_set.py --check      # exit 1 if the committed file differs

Determinism: no randomness beyond SHA-256 of the profile id, no clock, sorted nothing that comes
from a hash map, `ensure_ascii=False`, two-space indentation, trailing newline.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "eval" / "set.json"
LOCATIONS = ROOT / "data" / "taxonomy" / "locations.json"
TODAY = "2025-06-01"
NOW = (2025, 5)  # month current positions are counted up to
NEARBY_KM = 50.0
TRAPS = ("recruiter", "student", "intern", "homonym", "wrong_country")

# --------------------------------------------------------------------------------------------
# names, companies, places

FIRST = {
    "us": ["James", "Maria", "Robert", "Jennifer", "Michael", "Linda", "David", "Patricia", "Daniel", "Jessica",
           "Kevin", "Ashley", "Brian", "Emily", "Jason", "Megan", "Carlos", "Priya", "Wei", "Aisha", "Tyler",
           "Rachel", "Marcus", "Sofia", "Andre", "Hannah", "Luis", "Grace", "Omar", "Natalie"],
    "en": ["Oliver", "Amelia", "Harry", "Isla", "George", "Olivia", "Jack", "Emily", "Charlie", "Sophie", "Thomas",
           "Grace", "James", "Chloe", "Liam", "Ava", "Ethan", "Zara", "Arjun", "Mia", "Noah", "Ruby", "Samuel",
           "Freya", "Daniel", "Leah", "Kwame", "Anika"],
    "ie": ["Aoife", "Conor", "Siobhan", "Ciara", "Sean", "Niamh", "Cian", "Saoirse", "Darragh", "Roisin", "Eoin",
           "Orla", "Fiachra", "Clodagh", "Ronan", "Aisling"],
    "de": ["Lukas", "Anna", "Jonas", "Laura", "Felix", "Lea", "Maximilian", "Sophie", "Paul", "Marie", "Tobias",
           "Julia", "Jan", "Katharina", "Niklas", "Hannah", "Sebastian", "Lena", "Moritz", "Sarah", "Mehmet", "Elif",
           "Florian", "Johanna", "Stefan", "Miriam"],
    "es": ["Alejandro", "Lucía", "Javier", "María", "Pablo", "Carmen", "Daniel", "Laura", "Sergio", "Marta",
           "Álvaro", "Paula", "David", "Elena", "Adrián", "Sara", "Andrés", "Valentina", "Camilo", "Juliana"],
    "nl": ["Daan", "Sanne", "Lars", "Emma", "Bram", "Fleur", "Thijs", "Lotte", "Ruben", "Eva", "Sem", "Anouk",
           "Jeroen", "Femke", "Niels", "Iris"],
    "fr": ["Camille", "Lucas", "Léa", "Hugo", "Manon", "Thomas", "Chloé", "Nicolas", "Inès", "Julien", "Sarah",
           "Karim", "Julie", "Mehdi", "Aurélie", "Romain"],
    "pt": ["Beatriz", "João", "Mariana", "Tiago", "Inês", "Rui", "Catarina", "Pedro", "Joana", "Miguel"],
}
# gendered pools, for profiles whose title says who they are (p(..., g="f"): Profesora, Infirmière)
FIRST_G = {
    "en": {"f": ["Amelia", "Isla", "Olivia", "Emily", "Sophie", "Grace", "Chloe", "Ava", "Zara", "Freya"],
           "m": ["Oliver", "Harry", "George", "Jack", "Charlie", "Thomas", "Liam", "Ethan", "Arjun", "Samuel"]},
    "us": {"f": ["Maria", "Jennifer", "Linda", "Jessica", "Ashley", "Emily", "Priya", "Aisha", "Rachel", "Grace"],
           "m": ["James", "Robert", "Michael", "David", "Daniel", "Kevin", "Brian", "Jason", "Carlos", "Marcus"]},
    "es": {"f": ["Lucía", "María", "Carmen", "Laura", "Marta", "Paula", "Elena", "Sara", "Nuria", "Irene",
                 "Cristina", "Rocío", "Ainhoa", "Pilar", "Valentina", "Juliana"],
           "m": ["Alejandro", "Javier", "Pablo", "Daniel", "Sergio", "Álvaro", "David", "Adrián", "Andrés", "Jorge",
                 "Raúl", "Vicente", "Iván", "Rubén", "Camilo", "Luis"]},
    "fr": {"f": ["Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Marie", "Emma", "Clara", "Nadia",
                 "Aurélie", "Sophie", "Amandine", "Fatou", "Yasmine"],
           "m": ["Lucas", "Hugo", "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Karim", "Mehdi", "Sébastien",
                 "Romain", "Kévin", "Mathieu", "Olivier", "Youssef", "Théo"]},
    "nl": {"f": ["Sanne", "Emma", "Fleur", "Lotte", "Eva", "Anouk", "Femke", "Iris", "Noor", "Julia"],
           "m": ["Daan", "Lars", "Bram", "Thijs", "Ruben", "Sem", "Jeroen", "Niels", "Joost", "Wouter"]},
    "pt": {"f": ["Beatriz", "Mariana", "Inês", "Catarina", "Joana", "Rita", "Sofia", "Marta"],
           "m": ["João", "Tiago", "Rui", "Pedro", "Miguel", "Duarte", "Nuno", "Ricardo"]},
}
LAST = {
    "us": ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
           "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Lee", "Nguyen", "Patel", "Kim",
           "Walker", "Hall", "Young", "Okafor", "Cohen", "Rivera", "Brooks"],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
           "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Chen", "Singh", "Khan", "Mensah", "Clarke",
           "Hughes", "Patel", "Campbell"],
    "ie": ["Murphy", "Kelly", "O'Brien", "Byrne", "Ryan", "Walsh", "O'Sullivan", "Doyle", "McCarthy", "Gallagher",
           "Kennedy", "Lynch", "Quinn", "Nolan", "Brennan", "Dunne"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
           "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger", "Hartmann",
           "Yılmaz", "Kaya", "Lange", "Vogel"],
    "es": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
           "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
           "de Boer", "Mulder", "Bos", "Vos", "Peters"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
           "Simon", "Laurent", "Lefebvre", "Michel", "Fontaine", "Rousseau", "Benali", "Diallo", "Nguyen", "Mercier",
           "Girard", "Bonnet", "Lambert", "Traoré"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes"],
}
LOCALE = {"US": "us", "CA": "us", "GB": "en", "AU": "en", "NZ": "en", "GE": "en", "IE": "ie", "DE": "de", "AT": "de",
          "CH": "de", "ES": "es", "CO": "es", "AR": "es", "MX": "es", "VE": "es", "NL": "nl", "BE": "nl",
          "FR": "fr", "PT": "pt"}
COMPANY_WORDS = ["Northwind", "Bluepeak", "Harborline", "Cobalt", "Meridian", "Lumen", "Granite", "Redwood", "Alder",
                 "Brightwater", "Kestrel", "Fernhill", "Quarry", "Silverline", "Tidemark", "Oakridge", "Juniper",
                 "Copperfield", "Stonebridge", "Larkspur", "Halcyon", "Westbrook", "Ironwood", "Clearwater"]
COMPANY_KINDS = {
    "software": ["Labs", "Software", "Systems", "Cloud", "Technologies", "Payments"],
    "data": ["Analytics", "Data", "Bank", "Energy", "Insurance", "Retail"],
    "sre": ["Cloud", "Networks", "Payments", "Systems", "Technologies", "Mobility"],
    "sales": ["Software", "Health", "Logistics", "Systems", "Media", "Cloud"],
    "finance": ["Foods", "Logistics", "Group", "Retail", "Partners", "Industries"],
    "healthcare": ["Health", "Medical Center", "Clinic", "Care", "Hospital", "Health System"],
    "design": ["Studio", "Labs", "Bank", "Media", "Software", "Health"],
    "product": ["Software", "Logistics", "Labs", "Systems", "Cloud", "Payments"],
    "marketing": ["Media", "Retail", "Foods", "Learning", "Health", "Software"],
    "hr": ["Technologies", "Group", "Software", "Bank", "Insurance", "Pharma"],
    # the ads in these fields name their employers in the local language (AD(..., companies=...))
    "education": ["School", "Academy", "College", "Learning", "Institute", "Education"],
    "trades": ["Electrical", "Installations", "Services", "Contractors", "Building", "Energy"],
    "logistics": ["Logistics", "Transport", "Freight", "Haulage", "Distribution", "Express"],
}


def _h(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


def _pick(options: list, key: str):
    return options[_h(key) % len(options)]


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


_CITIES = None


def city(name: str, cc: str) -> tuple[float, float]:
    """Coordinates of the most populous taxonomy city called `name` in country `cc`."""
    global _CITIES
    if _CITIES is None:
        _CITIES = json.loads(LOCATIONS.read_text(encoding="utf-8"))["cities"]
    rows = [c for c in _CITIES if c[2] == cc and (c[0] == name or name in c[1])]
    if not rows:
        raise SystemExit(f"gen_eval_set: {name}, {cc} is not a taxonomy city")
    best = max(rows, key=lambda c: c[6])
    return best[4], best[5]


_COUNTRY_NAMES = None


def _fold(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\s+", " ", ascii_text).strip().lower()


def country_code(text: str | None) -> str | None:
    """ISO alpha-2 code of a country written as a code (alpha-2 or alpha-3) or a name in any of the
    taxonomy's languages, in any case, with or without diacritics ("Nederland", "Espagne", "ES")."""
    global _COUNTRY_NAMES
    if _COUNTRY_NAMES is None:
        countries = json.loads(LOCATIONS.read_text(encoding="utf-8"))["countries"]
        names: dict[str, str] = {}
        for c in sorted(countries, key=lambda c: -c["population"]):  # a name two countries share: the bigger
            for n in [c["name"], *c["names"]]:
                names.setdefault(_fold(n), c["code"])
        for c in countries:  # codes win over names
            names[_fold(c["code"])] = c["code"]
            names[_fold(c["iso3"])] = c["code"]
        _COUNTRY_NAMES = names
    return _COUNTRY_NAMES.get(_fold(text)) if text else None


def km(a: str, a_cc: str, b: str, b_cc: str) -> int:
    (lat1, lon1), (lat2, lon2) = city(a, a_cc), city(b, b_cc)
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    x = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return round(2 * 6371.0 * math.asin(math.sqrt(x)))


def near(town: str, cc: str, center: str, center_cc: str | None = None) -> str:
    """'Potsdam, 27 km from Berlin' — and the town really is within NEARBY_KM."""
    d = km(town, cc, center, center_cc or cc)
    if d > NEARBY_KM:
        raise SystemExit(f"gen_eval_set: {town} is {d} km from {center}, not nearby")
    return f"{town}, {d} km from {center}"


def far(town: str, cc: str, center: str, center_cc: str) -> str:
    return f"{town} ({cc}), {km(town, cc, center, center_cc)} km from {center}"


# --------------------------------------------------------------------------------------------
# profiles


def _month_minus(ym: tuple[int, int], months: int) -> tuple[int, int]:
    total = ym[0] * 12 + (ym[1] - 1) - months
    return total // 12, total % 12 + 1


def _fmt(ym: tuple[int, int]) -> str:
    return f"{ym[0]:04d}-{ym[1]:02d}"


def p(role, location, country, skills, career, *, headline=None, hl=None, edu=None, company=None, otw=None,
      years=None, ended=0, g=None, names=None):
    """A profile without its id and name (added per ad).

    career: [(title, years[, company]), ...] most recent first; the first is current unless
    `ended` (months since it ended) is set. `role` is the currentRole as the person wrote it.
    hl: highlights per position index ({0: [...]}) or a list for the current position.
    edu: [(degree, field, school)] or [] for none; None picks one from the ad's fields.
    country: an ISO code or a country name as the person writes it ("Nederland", "Suisse").
    g: "f" or "m" draws the first name from the gendered pool (a Profesora is not called Pablo);
    names: the name pool's locale when the country's default is wrong (French names in Geneva).
    """
    return {"role": role, "location": location, "country": country, "skills": list(skills),
            "career": list(career), "headline": headline, "hl": hl, "edu": edu, "company": company, "otw": otw,
            "years": years, "ended": ended, "g": g, "names": names}


def J(grade: int, why: str, prof: dict, trap: str | None = None) -> dict:
    return {"grade": grade, "trap": trap, "why": why, "prof": prof}


def build_profile(pid: str, ad: dict, spec: dict) -> dict:
    cc = spec["country"]
    loc = spec["names"] or LOCALE.get(country_code(cc) or cc, "en")
    if spec["g"]:
        first = _pick(FIRST_G[loc][spec["g"]], pid + "/first")
    else:
        first = _pick(FIRST[loc], pid + "/first")
    last = _pick(LAST[loc], pid + "/last")
    name = f"{first} {last}"
    kinds = COMPANY_KINDS[ad["field"]]
    templates, words = ad["companies"], ad["words"] or COMPANY_WORDS
    positions = []
    end = _month_minus(NOW, spec["ended"])
    for i, item in enumerate(spec["career"]):
        title, yrs = item[0], item[1]
        comp = item[2] if len(item) > 2 else None
        if comp is None and templates:
            comp = spec["company"] if (i == 0 and spec["company"]) else \
                _pick(templates, f"{pid}/k{i}").format(w=_pick(words, f"{pid}/c{i}"))
        elif comp is None:
            comp = spec["company"] if (i == 0 and spec["company"]) else \
                f"{_pick(COMPANY_WORDS, f'{pid}/c{i}')} {_pick(kinds, f'{pid}/k{i}')}"
        months = max(1, round(yrs * 12))
        start = _month_minus(end, months)
        hl = spec["hl"]
        if isinstance(hl, list):
            highlights = hl if i == 0 else []
        elif isinstance(hl, dict):
            highlights = hl.get(i, [])
        else:
            highlights = []
        positions.append({"role": title, "company": comp, "startDate": _fmt(start),
                          "endDate": None if (i == 0 and spec["ended"] == 0) else _fmt(end),
                          "highlights": list(highlights)})
        end = start
    current_company = positions[0]["company"] if positions and spec["ended"] == 0 else spec["company"]
    if spec["role"] in ("Student", "Estudiante", "Étudiant", "Étudiante") and not spec["company"]:
        current_company = None if not positions or positions[0]["endDate"] else current_company
    years = spec["years"]
    if years is None:
        years = round(sum(item[1] for item in spec["career"]), 1)
    headline = spec["headline"]
    if headline is None:
        s = spec["skills"]
        headline = _pick([f"{spec['role']} | {', '.join(s[:3])}",
                          f"{spec['role']} {ad['at']} {current_company}" if current_company else spec["role"],
                          f"{spec['role']} · {' · '.join(s[:2])}"], pid + "/headline")
    edu = spec["edu"]
    if edu is None:
        town = spec["location"].split(",")[0].strip()
        degree, field = _pick(ad["edu"], pid + "/edu")
        school = _pick(ad["schools"] or [f"University of {town}", f"{town} Institute of Technology",
                                         f"{town} State University", f"{town} College"],
                       pid + "/school").format(town=town)
        education = [{"school": school, "degree": degree, "field": field}]
    else:
        education = [{"school": s, "degree": d, "field": f} for (d, f, s) in edu]
    otw = spec["otw"]
    if otw is None:
        otw = _h(pid + "/otw") % 10 < 3
    return {
        "profileId": pid,
        "name": name,
        "headline": headline,
        "location": spec["location"],
        "country": cc,
        "currentRole": spec["role"],
        "currentCompany": current_company,
        "companyDomain": f"{slug(current_company)}.example" if current_company else None,
        "linkedinUrl": f"https://linkedin.example/in/{slug(name)}-{hashlib.sha256(pid.encode()).hexdigest()[:6]}",
        "skills": spec["skills"],
        "yearsExperience": years,
        "experience": positions,
        "education": education,
        "openToWork": otw,
    }


def AD(id, field, language, title, location, description, judgements, *, limit=10, query=None, edu,
       companies=None, words=None, schools=None, at="at"):
    """companies: employer templates ("Colegio {w}") filled from `words` (default COMPANY_WORDS), for
    ads whose employers have local names; schools: templates for the default school ("IFSI de {town}");
    at: the word of the default headline "<role> at <company>" in the ad's language."""
    return {"id": id, "field": field, "language": language, "title": title, "location": location,
            "description": description, "judgements": judgements, "limit": limit, "query": query, "edu": edu,
            "companies": companies, "words": words, "schools": schools, "at": at}


TECH_EDU = [("BSc", "Computer Science"), ("MSc", "Computer Science"), ("BEng", "Software Engineering"),
            ("BSc", "Mathematics"), ("MSc", "Electrical Engineering")]

# --------------------------------------------------------------------------------------------
# the ads

ADS = []

# 1 ------------------------------------------------------------------------------------------
ADS.append(AD(
    "backend-us", "software", "en", "Senior Backend Engineer", "United States",
    """Ledgerline builds card-issuing and payment infrastructure for more than 300 US community banks and credit unions. We are hiring a Senior Backend Engineer for our Issuing Platform team.

What you will do:
- Design, build and operate the REST APIs our banks integrate with
- Own services end to end: PostgreSQL schemas, AWS infrastructure, Docker images and Kubernetes deployments
- Review designs and mentor other engineers

Requirements:
- 5+ years of backend development experience
- Python or Go in production
- PostgreSQL, AWS, Docker and Kubernetes
- Designing and versioning REST APIs

Nice to have: Kafka, Terraform, gRPC, experience in payments.

Fully remote within the United States (we cannot sponsor visas or hire outside the US). No agencies, please.""",
    [
        J(2, "exact title, Python and Go, every must-have, 8 years, US",
          p("Senior Backend Engineer", "Austin, Texas, United States", "US",
            ["Python", "Go", "PostgreSQL", "AWS", "Docker", "Kubernetes", "REST APIs", "Kafka"],
            [("Senior Backend Engineer", 3.4), ("Backend Engineer", 3.0), ("Software Engineer", 1.6)],
            hl=["Designed the public REST APIs of the payouts platform (Go, PostgreSQL)",
                "Moved 40 services from EC2 to Kubernetes on AWS"])),
        J(2, "the issue's example: staff backend title (above senior), Go/Python, PostgreSQL, AWS, Kubernetes",
          p("Staff Backend Engineer", "Colorado Springs, Colorado, United States", "US",
            ["Go", "Java", "Python", "PostgreSQL", "AWS", "Kubernetes", "Docker", "REST APIs", "gRPC"],
            [("Staff Backend Engineer", 2.5), ("Senior Backend Engineer", 4.0), ("Backend Engineer", 4.5)],
            headline="Staff Backend Engineer | Go, Java, Python, PostgreSQL")),
        J(2, "the issue's example: lead backend Python developer, every must-have, 9 years, Texas",
          p("Lead Backend Python Developer", "Longview, Texas, United States", "US",
            ["Python", "Django", "PostgreSQL", "AWS", "Docker", "Kubernetes", "REST APIs", "Celery"],
            [("Lead Backend Python Developer", 2.0), ("Senior Python Developer", 4.0), ("Python Developer", 3.0)],
            hl=["Led the REST API redesign for 2M monthly users"])),
        J(2, "direct synonym (Sr. Backend Developer); skills written as aliases: golang, postgres, k8s",
          p("Sr. Backend Developer", "Seattle, Washington, United States", "US",
            ["golang", "postgres", "AWS", "Docker", "k8s", "REST API design", "Terraform"],
            [("Sr. Backend Developer", 3.0), ("Backend Developer", 2.5), ("Junior Developer", 1.5)])),
        J(2, "senior software engineer on a backend team: title names backend, Go, every must-have, 6.5 years",
          p("Senior Software Engineer, Backend", "Chicago, Illinois, United States", "US",
            ["Go", "PostgreSQL", "AWS", "Docker", "Kubernetes", "REST APIs", "Kafka"],
            [("Senior Software Engineer, Backend", 2.5), ("Software Engineer", 4.0)],
            headline="Senior Software Engineer (Backend) · Go · PostgreSQL · Kubernetes")),
        J(2, "exact title, Python/FastAPI, every must-have (AWS written as Amazon Web Services), 6 years",
          p("Senior Backend Engineer", "Raleigh, North Carolina, United States", "US",
            ["Python", "FastAPI", "PostgreSQL", "Amazon Web Services", "Docker", "Kubernetes", "REST APIs"],
            [("Senior Backend Engineer", 2.0), ("Backend Engineer", 2.5), ("Software Developer", 1.5)])),
        J(1, "generic title Senior Software Engineer; backend skills but no Kubernetes",
          p("Senior Software Engineer", "Denver, Colorado, United States", "US",
            ["Python", "PostgreSQL", "AWS", "Docker", "REST APIs", "Redis"],
            [("Senior Software Engineer", 3.0), ("Software Engineer", 4.0)],
            hl=["Built the billing service (Python, PostgreSQL) behind 30 REST endpoints"])),
        J(1, "right title family and skills, but 3.5 years where the ad asks 5+",
          p("Backend Engineer", "Portland, Oregon, United States", "US",
            ["Go", "PostgreSQL", "AWS", "Docker", "Kubernetes", "REST APIs"],
            [("Backend Engineer", 2.0), ("Junior Backend Engineer", 1.5)])),
        J(1, "senior backend engineer but Java/Spring only: neither Python nor Go",
          p("Senior Backend Engineer", "Boston, Massachusetts, United States", "US",
            ["Java", "Spring Boot", "PostgreSQL", "AWS", "Docker", "Kubernetes", "REST APIs"],
            [("Senior Backend Engineer", 3.0), ("Java Developer", 4.0)])),
        J(1, "platform engineer: Go, Kubernetes, AWS, PostgreSQL; infrastructure rather than API work",
          p("Platform Engineer", "Atlanta, Georgia, United States", "US",
            ["Go", "Kubernetes", "AWS", "Docker", "Terraform", "PostgreSQL"],
            [("Platform Engineer", 3.0), ("DevOps Engineer", 3.0)])),
        J(1, "senior full-stack engineer with Python/Django, PostgreSQL, AWS, Docker; half frontend",
          p("Senior Full Stack Engineer", "Minneapolis, Minnesota, United States", "US",
            ["Python", "Django", "React", "TypeScript", "PostgreSQL", "AWS", "Docker"],
            [("Senior Full Stack Engineer", 3.5), ("Full Stack Developer", 3.5)])),
        J(0, "a recruiter whose headline names the ad's title and skills", trap="recruiter", prof=
          p("Senior Technical Recruiter", "San Francisco, California, United States", "US",
            ["Technical Recruiting", "Sourcing", "Python", "Go", "Kubernetes", "AWS", "PostgreSQL"],
            [("Senior Technical Recruiter", 3.0, "Hirewell Talent Partners"), ("Technical Recruiter", 3.0)],
            headline="Senior Technical Recruiter — hiring Senior Backend Engineers (Python, Go, Kubernetes, AWS)",
            edu=[("BA", "Psychology", "San Francisco State University")])),
        J(0, "a computer science student whose skills list matches the ad", trap="student", prof=
          p("Student", "Austin, Texas, United States", "US",
            ["Python", "Go", "PostgreSQL", "Docker", "AWS", "REST APIs"], [],
            headline="Computer Science student at UT Austin | Python, Go, PostgreSQL, Docker",
            edu=[("BSc", "Computer Science", "University of Texas at Austin")], years=0.3)),
        J(0, "a backend engineering intern with the ad's stack", trap="intern", prof=
          p("Backend Engineer Intern", "Pittsburgh, Pennsylvania, United States", "US",
            ["Python", "Go", "PostgreSQL", "Docker", "Kubernetes", "AWS"],
            [("Backend Engineer Intern", 0.4)],
            edu=[("BSc", "Computer Science", "Carnegie Mellon University")])),
        J(0, "a pre-sales Sales Engineer: 'Senior … Engineer' and the cloud skills, but a sales job",
          trap="homonym", prof=
          p("Senior Sales Engineer", "San Jose, California, United States", "US",
            ["Solution Selling", "Technical Demos", "AWS", "Kubernetes", "REST APIs", "Python", "Docker"],
            [("Senior Sales Engineer", 4.0), ("Sales Engineer", 4.0)],
            headline="Senior Sales Engineer | AWS, Kubernetes, REST APIs · Python demos for enterprise buyers")),
        J(0, "the ideal profile, but in Tbilisi, Georgia (the country), and the ad hires in the US only",
          trap="wrong_country", prof=
          p("Senior Backend Engineer", "Tbilisi, Georgia", "GE",
            ["Python", "Go", "PostgreSQL", "AWS", "Docker", "Kubernetes", "REST APIs"],
            [("Senior Backend Engineer", 3.0), ("Backend Engineer", 3.5)])),
        J(0, "the ideal profile, but in Toronto, Canada; the ad hires in the US only",
          trap="wrong_country", prof=
          p("Senior Backend Engineer", "Toronto, Ontario, Canada", "CA",
            ["Go", "Python", "PostgreSQL", "AWS", "Docker", "Kubernetes", "REST APIs"],
            [("Senior Backend Engineer", 4.0), ("Backend Developer", 3.0)])),
    ], limit=20, edu=TECH_EDU))

# 2 ------------------------------------------------------------------------------------------
FIN_EDU = [("BCom", "Accounting"), ("BBA", "Accounting"), ("BA", "Economics"), ("BCom", "Finance")]
ADS.append(AD(
    "accountant-toronto", "finance", "en", "Accountant", "Toronto, ON, Canada",
    """Northway Foods is a Toronto-based food distributor with 400 employees and customers across Ontario. We are looking for an Accountant to join our eight-person finance team at our head office.

Responsibilities:
- Month-end close, journal entries and account reconciliations
- Preparing HST filings and supporting the annual audit
- Fixed assets, accruals and intercompany balances
- Improving our reporting in Excel and our ERP

Requirements:
- CPA designation, or in the final stage of the CPA program
- 3+ years of accounting experience
- Strong knowledge of IFRS or ASPE
- Advanced Excel
- Experience with NetSuite or SAP

Nice to have: experience in distribution or manufacturing, Power BI.

Hybrid: three days a week in our Toronto office. We do not accept resumes from agencies.""",
    [
        J(2, "exact title, CPA, IFRS, month-end close, reconciliations, NetSuite, 5 years, Toronto",
          p("Accountant", "Toronto, Ontario, Canada", "CA",
            ["CPA", "IFRS", "Month-End Close", "Account Reconciliation", "Excel", "NetSuite"],
            [("Accountant", 3.0), ("Junior Accountant", 2.0)],
            headline="Accountant, CPA | IFRS, month-end close, NetSuite")),
        J(2, "Staff Accountant (direct synonym), IFRS and ASPE, SAP, 4 years, Toronto",
          p("Staff Accountant", "Toronto, Ontario, Canada", "CA",
            ["IFRS", "ASPE", "Month-End Close", "Reconciliation", "Excel", "SAP", "Journal Entries"],
            [("Staff Accountant", 2.5), ("Accounting Clerk", 1.5)],
            headline="Staff Accountant · CPA candidate (final stage) · IFRS / ASPE")),
        J(2, "Senior Accountant in Toronto with CPA, IFRS, NetSuite and audit support; a step above, still a fit",
          p("Senior Accountant", "Toronto, Canada", "CA",
            ["CPA", "IFRS", "Month-End Close", "Audit", "Excel", "NetSuite", "HST"],
            [("Senior Accountant", 3.0), ("Accountant", 3.0)])),
        J(2, "General Ledger Accountant (synonym), CPA, IFRS, SAP, journal entries, 6 years",
          p("General Ledger Accountant", "Toronto, Ontario, Canada", "CA",
            ["CPA", "IFRS", "General Ledger", "Journal Entries", "Reconciliation", "Excel", "SAP"],
            [("General Ledger Accountant", 4.0), ("Accounts Payable Clerk", 2.0)],
            headline="CPA | General Ledger Accountant at a food manufacturer")),
        J(2, "exact title, CPA, ASPE, HST filings, NetSuite, 3.5 years, Toronto",
          p("Accountant", "Greater Toronto Area, Canada", "CA",
            ["CPA", "ASPE", "HST", "Reconciliation", "Excel", "NetSuite"],
            [("Accountant", 2.0), ("Accounting Assistant", 1.5)])),
        J(1, "the right accountant in " + near("Mississauga", "CA", "Toronto") + "; nearby rather than in the city",
          p("Accountant", "Mississauga, Ontario, Canada", "CA",
            ["CPA", "IFRS", "Month-End Close", "Reconciliation", "Excel", "SAP"],
            [("Accountant", 4.0)])),
        J(1, "Senior Accountant in " + near("Markham", "CA", "Toronto") + "; nearby",
          p("Senior Accountant", "Markham, Ontario, Canada", "CA",
            ["CPA", "IFRS", "Month-End Close", "Excel", "NetSuite"],
            [("Senior Accountant", 2.5), ("Accountant", 3.0)])),
        J(1, "junior accountant: 1.5 years, no CPA yet",
          p("Junior Accountant", "Toronto, Ontario, Canada", "CA",
            ["IFRS", "Reconciliation", "Excel", "QuickBooks"],
            [("Junior Accountant", 1.5)])),
        J(1, "bookkeeper (family title): reconciliations and QuickBooks, no CPA, no IFRS",
          p("Bookkeeper", "Toronto, Ontario, Canada", "CA",
            ["Bookkeeping", "QuickBooks", "Reconciliation", "Accounts Payable", "Excel"],
            [("Bookkeeper", 6.0)])),
        J(1, "financial analyst with a CPA and IFRS; finance family, analysis rather than accounting",
          p("Financial Analyst", "Toronto, Ontario, Canada", "CA",
            ["CPA", "Financial Modeling", "Excel", "IFRS", "Power BI"],
            [("Financial Analyst", 3.0), ("Staff Accountant", 2.0)])),
        J(0, "an agency recruiter who names CPA, IFRS and month-end close", trap="recruiter", prof=
          p("Finance Recruiter", "Toronto, Ontario, Canada", "CA",
            ["Recruiting", "Sourcing", "IFRS", "Accounting", "Excel"],
            [("Finance Recruiter", 4.0, "Bayview Finance Search")],
            headline="Finance Recruiter | placing Accountants & CPAs across the GTA — IFRS, month-end close",
            edu=[("BA", "Sociology", "York University")])),
        J(0, "an accounting student", trap="student", prof=
          p("Student", "Toronto, Ontario, Canada", "CA",
            ["Accounting", "Excel", "IFRS", "QuickBooks"], [],
            headline="Accounting student at York University (Schulich) | aspiring CPA",
            edu=[("BBA", "Accounting", "York University")], years=0.0)),
        J(0, "an accounting intern", trap="intern", prof=
          p("Accounting Intern", "Toronto, Ontario, Canada", "CA",
            ["Excel", "Reconciliation", "Accounts Payable"],
            [("Accounting Intern", 0.3)], edu=[("BCom", "Accounting", "Toronto Metropolitan University")])),
        J(0, "Account Manager: shares 'Account', but a client-relationship sales job", trap="homonym", prof=
          p("Account Manager", "Toronto, Ontario, Canada", "CA",
            ["Account Management", "Salesforce", "Negotiation", "Excel", "Upselling"],
            [("Account Manager", 4.0), ("Sales Representative", 2.0)],
            headline="Account Manager | key accounts in food service")),
        J(0, "Account Executive: 'Account' again, a sales closer", trap="homonym", prof=
          p("Account Executive", "Toronto, Ontario, Canada", "CA",
            ["B2B Sales", "Salesforce", "Prospecting", "Negotiation"],
            [("Account Executive", 3.0)])),
        J(0, "the right accountant in Toronto, Ohio, United States", trap="wrong_country", prof=
          p("Accountant", "Toronto, Ohio, United States", "US",
            ["CPA", "GAAP", "Month-End Close", "Reconciliation", "Excel", "NetSuite"],
            [("Accountant", 5.0)], edu=[("BS", "Accounting", "Ohio University")])),
    ], edu=FIN_EDU))

# 3 ------------------------------------------------------------------------------------------
DESIGN_EDU = [("BA", "Graphic Design"), ("BA", "Interaction Design"), ("MA", "Human-Computer Interaction"),
              ("BSc", "Psychology"), ("BA", "Product Design")]
ADS.append(AD(
    "designer-london", "design", "en", "Product Designer", "London, United Kingdom",
    """Fernleaf is a London fintech that helps two million people save and invest. We are looking for a Product Designer to own end-to-end design for our savings experience in the mobile app.

You will:
- Run discovery with our researchers and turn insights into flows, prototypes and polished UI
- Contribute to and extend our design system
- Work in a squad with a product manager and engineers, shipping every two weeks

Requirements:
- 3+ years as a product designer on digital products (mobile or web)
- Figma, prototyping and user research
- Experience building or contributing to a design system
- A portfolio that shows your process, not only the final screens

Nice to have: interaction design, usability testing, fintech experience, Framer or ProtoPie.

Hybrid: two days a week in our Shoreditch office. No agencies.""",
    [
        J(2, "exact title, Figma, prototyping, user research, design system, 5 years, London",
          p("Product Designer", "London, England, United Kingdom", "GB",
            ["Figma", "Prototyping", "User Research", "Design Systems", "Usability Testing"],
            [("Product Designer", 3.0), ("UX Designer", 2.0)],
            hl=["Redesigned onboarding in Figma, lifting activation 18%"])),
        J(2, "senior product designer: every requirement, fintech, 8 years",
          p("Senior Product Designer", "London, United Kingdom", "GB",
            ["Figma", "Design Systems", "User Research", "Prototyping", "Interaction Design"],
            [("Senior Product Designer", 3.0, "Brightwater Bank"), ("Product Designer", 5.0)])),
        J(2, "Digital Product Designer (synonym), every requirement, 4 years",
          p("Digital Product Designer", "London, United Kingdom", "GB",
            ["Figma", "Prototyping", "User Research", "Design Systems"],
            [("Digital Product Designer", 2.5), ("Junior Product Designer", 1.5)])),
        J(2, "exact title, Figma, ProtoPie, user research, design system, 3.5 years",
          p("Product Designer", "London", "GB",
            ["Figma", "ProtoPie", "User Research", "Design System", "Prototyping"],
            [("Product Designer", 3.5)])),
        J(2, "exact title in London with the country written 'UK'; Figma, research, design systems, Framer",
          p("Product Designer", "London, UK", "GB",
            ["Figma", "Prototyping", "User Research", "Design Systems", "Framer"],
            [("Product Designer", 4.0), ("UI Designer", 2.0)])),
        J(1, "UX Designer (family title): research and Figma, no design-system work",
          p("UX Designer", "London, United Kingdom", "GB",
            ["Figma", "User Research", "Wireframing", "Usability Testing"],
            [("UX Designer", 5.0)])),
        J(1, "UI Designer (family title): Figma and design systems, little research",
          p("UI Designer", "London, United Kingdom", "GB",
            ["Figma", "Design Systems", "Visual Design", "Prototyping"],
            [("UI Designer", 4.0)])),
        J(1, "the right product designer in " + near("Watford", "GB", "London"),
          p("Product Designer", "Watford, England, United Kingdom", "GB",
            ["Figma", "Prototyping", "User Research", "Design Systems"],
            [("Product Designer", 4.0)])),
        J(1, "junior product designer, 1.5 years",
          p("Junior Product Designer", "London, United Kingdom", "GB",
            ["Figma", "Prototyping", "Wireframing"],
            [("Junior Product Designer", 1.5)])),
        J(1, "product designer with Sketch and InVision only: no Figma, no research, no design system",
          p("Product Designer", "London, United Kingdom", "GB",
            ["Sketch", "InVision", "Visual Design", "Adobe XD"],
            [("Product Designer", 4.0)])),
        J(0, "a design recruiter whose headline names the ad's title and tools", trap="recruiter", prof=
          p("Design Recruiter", "London, United Kingdom", "GB",
            ["Recruiting", "Figma", "Design Systems", "User Research"],
            [("Design Recruiter", 3.0, "Pentagram Talent")],
            headline="Design Recruiter | hiring Product Designers in London — Figma, design systems",
            edu=[("BA", "English Literature", "University of Leeds")])),
        J(0, "an interaction design student", trap="student", prof=
          p("Student", "London, United Kingdom", "GB",
            ["Figma", "Prototyping", "User Research"], [],
            headline="MA Interaction Design student at the Royal College of Art | Figma, prototyping",
            edu=[("MA", "Interaction Design", "Royal College of Art")], years=0.5)),
        J(0, "a product design intern", trap="intern", prof=
          p("Product Design Intern", "London, United Kingdom", "GB",
            ["Figma", "Prototyping", "User Research"],
            [("Product Design Intern", 0.4)])),
        J(0, "an industrial 'Product Designer' of furniture and lighting: the same title, physical products",
          trap="homonym", prof=
          p("Product Designer", "London, United Kingdom", "GB",
            ["SolidWorks", "Rhino 3D", "Industrial Design", "Prototyping", "CAD", "Design for Manufacture"],
            [("Product Designer", 6.0, "Hatch & Grain Furniture")],
            headline="Product Designer — furniture & lighting | SolidWorks, Rhino, prototyping",
            edu=[("BA", "Industrial Design", "Loughborough University")])),
        J(0, "Product Manager: shares 'Product' and talks research, but not a designer", trap="homonym", prof=
          p("Product Manager", "London, United Kingdom", "GB",
            ["Product Management", "Roadmapping", "User Research", "Figma", "Jira"],
            [("Product Manager", 4.0)])),
        J(0, "the ideal product designer, but in London, Ontario, Canada", trap="wrong_country", prof=
          p("Product Designer", "London, Ontario, Canada", "CA",
            ["Figma", "Prototyping", "User Research", "Design Systems"],
            [("Product Designer", 5.0)])),
    ], edu=DESIGN_EDU))

# 4 ------------------------------------------------------------------------------------------
ADS.append(AD(
    "sre-berlin", "sre", "en", "Senior Site Reliability Engineer", "Berlin, Germany",
    """Tessellate runs a multi-region checkout platform for 4,000 European merchants. As a Senior Site Reliability Engineer you will keep it fast and available through peak season and help our product teams run their services well.

What you will do:
- Run and evolve our Kubernetes clusters on AWS and GCP, managed with Terraform
- Own monitoring and alerting (Prometheus, Grafana) and our SLOs
- Automate toil with Go or Python
- Lead incident response and blameless postmortems

Requirements:
- 5+ years in SRE, DevOps or infrastructure roles
- Kubernetes in production and infrastructure as code with Terraform
- Prometheus and Grafana
- Go or Python
- AWS or GCP

Nice to have: Helm, Argo CD, incident management, on-call experience.

Hybrid in Berlin-Kreuzberg, English-speaking team. Please no agencies.""",
    [
        J(2, "exact title, every must-have, Go, AWS, 7 years, Berlin",
          p("Senior Site Reliability Engineer", "Berlin, Germany", "DE",
            ["Kubernetes", "Terraform", "Prometheus", "Grafana", "Go", "AWS"],
            [("Senior Site Reliability Engineer", 3.0), ("Site Reliability Engineer", 4.0)],
            hl=["Defined SLOs and Prometheus alerting for 120 services"])),
        J(2, "Senior SRE (abbreviation), k8s, Terraform, Prometheus, Grafana, Python, GCP; 'Deutschland'",
          p("Senior SRE", "Berlin, Deutschland", "DE",
            ["k8s", "Terraform", "Prometheus", "Grafana", "Python", "Google Cloud"],
            [("Senior SRE", 2.5), ("SRE", 3.5)])),
        J(2, "SRE with 5.5 years: every must-have, Helm, Berlin",
          p("Site Reliability Engineer", "Berlin, Germany", "DE",
            ["Kubernetes", "Terraform", "Prometheus", "Grafana", "Go", "GCP", "Helm"],
            [("Site Reliability Engineer", 3.5), ("Systems Engineer", 2.0)])),
        J(2, "lead SRE, every must-have, incident management, 9 years",
          p("Lead Site Reliability Engineer", "Berlin, Germany", "DE",
            ["Kubernetes", "Terraform", "Prometheus", "Grafana", "Go", "AWS", "Incident Management"],
            [("Lead Site Reliability Engineer", 2.0), ("Senior Site Reliability Engineer", 4.0),
             ("Systems Administrator", 3.0)])),
        J(2, "Senior DevOps Engineer: the ad asks for SRE, DevOps or infrastructure experience; every skill",
          p("Senior DevOps Engineer", "Berlin, Germany", "DE",
            ["Kubernetes", "Terraform", "Prometheus", "Grafana", "Python", "AWS", "Argo CD"],
            [("Senior DevOps Engineer", 4.0), ("DevOps Engineer", 4.0)])),
        J(1, "the right SRE in " + near("Potsdam", "DE", "Berlin"),
          p("Senior Site Reliability Engineer", "Potsdam, Brandenburg, Germany", "DE",
            ["Kubernetes", "Terraform", "Prometheus", "Grafana", "Go", "AWS"],
            [("Senior Site Reliability Engineer", 3.0), ("DevOps Engineer", 3.0)])),
        J(1, "platform engineer (family), Kubernetes, Terraform, Go, AWS; no Prometheus/Grafana",
          p("Platform Engineer", "Berlin, Germany", "DE",
            ["Kubernetes", "Terraform", "Go", "AWS", "Docker"],
            [("Platform Engineer", 5.0)])),
        J(1, "SRE with every skill but only 2.5 years for a senior role",
          p("Site Reliability Engineer", "Berlin, Germany", "DE",
            ["Kubernetes", "Terraform", "Prometheus", "Grafana", "Python", "GCP"],
            [("Site Reliability Engineer", 2.5)])),
        J(1, "senior SRE on Azure with Ansible: no Terraform, no Go/Python, no AWS/GCP",
          p("Senior Site Reliability Engineer", "Berlin, Germany", "DE",
            ["Kubernetes", "Ansible", "Prometheus", "Azure", "Bash"],
            [("Senior Site Reliability Engineer", 3.0), ("Linux Administrator", 4.0)])),
        J(1, "cloud engineer (family): AWS, Terraform, Kubernetes, Python; no monitoring stack",
          p("Cloud Engineer", "Berlin, Germany", "DE",
            ["AWS", "Terraform", "Kubernetes", "Python"],
            [("Cloud Engineer", 6.0)])),
        J(0, "an agency tech recruiter naming Kubernetes, Terraform and Go", trap="recruiter", prof=
          p("Technical Recruiter", "Berlin, Germany", "DE",
            ["Technical Recruiting", "Active Sourcing", "Kubernetes", "Terraform", "Go", "Prometheus"],
            [("Technical Recruiter", 3.0, "Spree Tech Talent")],
            headline="Tech Recruiter — hiring SREs in Berlin: Kubernetes, Terraform, Go",
            edu=[("BA", "Business Administration", "HWR Berlin")])),
        J(0, "a working student (Werkstudent) in platform engineering", trap="student", prof=
          p("Werkstudent Platform Engineering", "Berlin, Germany", "DE",
            ["Kubernetes", "Go", "Terraform", "Docker"],
            [("Werkstudent Platform Engineering", 0.8)],
            headline="Informatik student at TU Berlin · Werkstudent SRE · Kubernetes, Go",
            edu=[("BSc", "Informatik", "Technische Universität Berlin")])),
        J(0, "an SRE intern", trap="intern", prof=
          p("SRE Intern", "Berlin, Germany", "DE",
            ["Kubernetes", "Prometheus", "Python", "Terraform"],
            [("SRE Intern", 0.4)])),
        J(0, "a mechanical Reliability Engineer (rotating equipment, FMEA): shares the title words",
          trap="homonym", prof=
          p("Reliability Engineer", "Berlin, Germany", "DE",
            ["Reliability Engineering", "FMEA", "Root Cause Analysis", "Weibull Analysis",
             "Predictive Maintenance", "SAP PM"],
            [("Reliability Engineer", 6.0, "Havel Turbinenwerk")],
            headline="Reliability Engineer — rotating equipment | FMEA, RCA, predictive maintenance",
            edu=[("MSc", "Mechanical Engineering", "Technische Universität Berlin")])),
        J(0, "a construction Site Engineer: 'Site … Engineer', a building-site job", trap="homonym", prof=
          p("Site Engineer", "Berlin, Germany", "DE",
            ["Site Management", "AutoCAD", "Health and Safety", "Concrete", "Surveying"],
            [("Site Engineer", 5.0, "Spreebau")],
            edu=[("BEng", "Civil Engineering", "Beuth Hochschule Berlin")])),
        J(0, "the ideal senior SRE, but in Berlin, New Hampshire, United States", trap="wrong_country", prof=
          p("Senior Site Reliability Engineer", "Berlin, New Hampshire, United States", "US",
            ["Kubernetes", "Terraform", "Prometheus", "Grafana", "Go", "AWS"],
            [("Senior Site Reliability Engineer", 3.0), ("Site Reliability Engineer", 3.0)])),
        J(0, "the ideal senior SRE, but in Vienna, Austria", trap="wrong_country", prof=
          p("Senior SRE", "Vienna, Austria", "AT",
            ["Kubernetes", "Terraform", "Prometheus", "Grafana", "Go", "GCP"],
            [("Senior SRE", 3.0), ("DevOps Engineer", 3.0)])),
    ], edu=TECH_EDU))

# 5 ------------------------------------------------------------------------------------------
DATA_EDU = [("MSc", "Data Science"), ("MSc", "Computer Science"), ("BSc", "Econometrics"), ("MSc", "Statistics"),
            ("BSc", "Computer Science")]
ADS.append(AD(
    "data-eng-amsterdam", "data", "en", "Senior Data Engineer", "Amsterdam, Netherlands",
    """Polderbank is a digital bank with 1.2 million customers in the Netherlands and Belgium. Our data platform team builds the pipelines behind fraud detection, regulatory reporting and the customer app. We are hiring a Senior Data Engineer.

You will:
- Design batch and streaming pipelines and the models on top of them
- Own the orchestration and data-quality tooling
- Work with analysts and ML engineers on what they need from the platform

Requirements:
- 5+ years building data pipelines
- Python and SQL
- Apache Spark or Apache Flink
- Orchestration with Apache Airflow (or Dagster)
- A cloud data warehouse: Snowflake or BigQuery

Nice to have: dbt, Kafka, Terraform.

Hybrid in Amsterdam (two office days). Relocation support within the EU. No recruitment agencies.""",
    [
        J(2, "exact title, Python, SQL, Spark, Airflow, Snowflake, dbt, 7 years, Amsterdam",
          p("Senior Data Engineer", "Amsterdam, North Holland, Netherlands", "NL",
            ["Python", "SQL", "Apache Spark", "Apache Airflow", "Snowflake", "dbt"],
            [("Senior Data Engineer", 3.0), ("Data Engineer", 4.0)],
            hl=["Built the Airflow + Spark pipelines feeding regulatory reporting"])),
        J(2, "Data Engineer with 6 years: PySpark, Airflow, BigQuery, Kafka; seniority by years",
          p("Data Engineer", "Amsterdam, Netherlands", "NL",
            ["Python", "SQL", "PySpark", "Airflow", "BigQuery", "Kafka"],
            [("Data Engineer", 4.0), ("BI Developer", 2.0)])),
        J(2, "Senior Big Data Engineer (synonym): Python, SQL, Flink, Airflow, Snowflake, 8 years",
          p("Senior Big Data Engineer", "Amsterdam, Netherlands", "NL",
            ["Python", "SQL", "Apache Flink", "Apache Airflow", "Snowflake"],
            [("Senior Big Data Engineer", 4.0), ("Big Data Developer", 4.0)])),
        J(2, "lead data engineer: Python, SQL, Spark, Dagster, BigQuery, Terraform, 9 years",
          p("Lead Data Engineer", "Amsterdam, Netherlands", "NL",
            ["Python", "SQL", "Spark", "Dagster", "BigQuery", "Terraform"],
            [("Lead Data Engineer", 2.0), ("Senior Data Engineer", 4.0), ("Data Engineer", 3.0)])),
        J(2, "Senior Data Platform Engineer (synonym): Python, SQL, Spark, Airflow, Snowflake, Kafka",
          p("Senior Data Platform Engineer", "Amsterdam, Netherlands", "NL",
            ["Python", "SQL", "Apache Spark", "Apache Airflow", "Snowflake", "Kafka"],
            [("Senior Data Platform Engineer", 3.0), ("Data Engineer", 3.0)])),
        J(1, "the right senior data engineer in " + near("Haarlem", "NL", "Amsterdam"),
          p("Senior Data Engineer", "Haarlem, Netherlands", "NL",
            ["Python", "SQL", "Apache Spark", "Apache Airflow", "Snowflake"],
            [("Senior Data Engineer", 3.0), ("Data Engineer", 3.0)])),
        J(1, "analytics engineer (family): SQL, dbt, Snowflake, Python, Airflow; no Spark/Flink",
          p("Analytics Engineer", "Amsterdam, Netherlands", "NL",
            ["SQL", "dbt", "Snowflake", "Python", "Airflow"],
            [("Analytics Engineer", 3.0), ("Data Analyst", 3.0)])),
        J(1, "data engineer with the stack but 2.5 years for a senior role",
          p("Data Engineer", "Amsterdam, Netherlands", "NL",
            ["Python", "SQL", "Apache Spark", "Apache Airflow"],
            [("Data Engineer", 2.5)])),
        J(1, "senior data engineer on Scala/Hadoop: no Python, no Airflow/Dagster, no cloud warehouse",
          p("Senior Data Engineer", "Amsterdam, Netherlands", "NL",
            ["Scala", "Apache Spark", "SQL", "Hadoop", "Hive"],
            [("Senior Data Engineer", 3.0), ("Big Data Developer", 4.0)])),
        J(1, "ETL Developer (synonym) on Informatica and Oracle: SQL and some Python, an older stack",
          p("ETL Developer", "Amsterdam, Netherlands", "NL",
            ["SQL", "Informatica", "Oracle", "Python"],
            [("ETL Developer", 7.0)])),
        J(0, "a talent-acquisition partner whose headline lists Spark, Airflow, Snowflake", trap="recruiter", prof=
          p("Talent Acquisition Partner", "Amsterdam, Netherlands", "NL",
            ["Talent Acquisition", "Sourcing", "Python", "Apache Spark", "Apache Airflow", "Snowflake"],
            [("Talent Acquisition Partner", 3.0)],
            headline="Talent Acquisition — hiring Data Engineers (Spark, Airflow, Snowflake) in Amsterdam",
            edu=[("BA", "Communication", "Hogeschool van Amsterdam")])),
        J(0, "a data science master's student", trap="student", prof=
          p("Student", "Amsterdam, Netherlands", "NL",
            ["Python", "Apache Spark", "SQL"], [],
            headline="MSc Data Science student at the University of Amsterdam | Python, Spark, SQL",
            edu=[("MSc", "Data Science", "University of Amsterdam")], years=0.5)),
        J(0, "a data engineering intern", trap="intern", prof=
          p("Data Engineering Intern", "Amsterdam, Netherlands", "NL",
            ["Python", "SQL", "Airflow"],
            [("Data Engineering Intern", 0.5)])),
        J(0, "a Data Entry Clerk: shares 'Data', keys in records", trap="homonym", prof=
          p("Data Entry Clerk", "Amsterdam, Netherlands", "NL",
            ["Data Entry", "Microsoft Excel", "Typing", "Data Quality"],
            [("Data Entry Clerk", 4.0, "Grachten Logistics")],
            headline="Data Entry Clerk | accurate and fast data processing",
            edu=[("MBO", "Administration", "ROC van Amsterdam")])),
        J(0, "a Data Center Engineer: racks, cabling and hardware, not pipelines", trap="homonym", prof=
          p("Data Center Engineer", "Amsterdam, Netherlands", "NL",
            ["Data Center Operations", "Structured Cabling", "Linux", "Hardware Troubleshooting", "Python"],
            [("Data Center Engineer", 5.0, "Schiphol Colocation")],
            headline="Data Center Engineer | colocation, cabling, hardware")),
        J(0, "the ideal senior data engineer, but in Amsterdam, New York, United States",
          trap="wrong_country", prof=
          p("Senior Data Engineer", "Amsterdam, New York, United States", "US",
            ["Python", "SQL", "Apache Spark", "Apache Airflow", "Snowflake"],
            [("Senior Data Engineer", 3.0), ("Data Engineer", 3.0)])),
        J(0, "the ideal senior data engineer, but in Antwerp, Belgium", trap="wrong_country", prof=
          p("Senior Data Engineer", "Antwerp, Flanders, Belgium", "BE",
            ["Python", "SQL", "Apache Spark", "Apache Airflow", "BigQuery"],
            [("Senior Data Engineer", 3.0), ("Data Engineer", 4.0)])),
    ], edu=DATA_EDU))

# 6 ------------------------------------------------------------------------------------------
BIZ_EDU = [("BA", "Business Administration"), ("BA", "Communications"), ("BBA", "Marketing"), ("BA", "Economics"),
           ("BS", "Business")]
ADS.append(AD(
    "ae-chicago", "sales", "en", "Account Executive", "Chicago, IL",
    """Brightlane sells workforce-scheduling software to mid-market hospitals and clinic groups. We are hiring an Account Executive to own the full sales cycle for new logos in the Midwest.

What you will do:
- Run discovery, demos and negotiations with operations and HR leaders
- Build and manage your pipeline with your SDR
- Close new business and hand over to customer success

Requirements:
- 3+ years of B2B SaaS sales in a closing role
- A track record of hitting or exceeding quota
- Salesforce or HubSpot
- MEDDIC or a similar sales methodology

Nice to have: selling into healthcare, Gong, outbound prospecting.

This is a quota-carrying sales role, not sales engineering or customer success. Based in our Chicago office (West Loop), four days a week. No agencies.""",
    [
        J(2, "exact title, B2B SaaS, Salesforce, MEDDIC, 5 years, Chicago",
          p("Account Executive", "Chicago, Illinois, United States", "US",
            ["B2B Sales", "SaaS", "Salesforce", "MEDDIC", "Negotiation", "Pipeline Management"],
            [("Account Executive", 3.0), ("Sales Development Representative", 2.0)],
            hl=["Closed 128% of quota in 2024", "President's Club 2023"])),
        J(2, "senior account executive: SaaS, Salesforce, MEDDIC, Gong, 7 years",
          p("Senior Account Executive", "Chicago, Illinois, United States", "US",
            ["SaaS Sales", "Salesforce", "MEDDIC", "Closing", "Gong"],
            [("Senior Account Executive", 3.0), ("Account Executive", 4.0)])),
        J(2, "Mid-Market Account Executive (synonym): HubSpot, B2B SaaS, MEDDPICC, 4 years",
          p("Mid-Market Account Executive", "Chicago, IL", "US",
            ["HubSpot", "B2B Sales", "SaaS", "Cold Calling", "MEDDPICC"],
            [("Mid-Market Account Executive", 2.5), ("SDR", 1.5)])),
        J(2, "Enterprise Account Executive (synonym) selling to healthcare: Salesforce, MEDDIC, 8 years",
          p("Enterprise Account Executive", "Chicago, Illinois, United States", "US",
            ["Salesforce", "MEDDIC", "Negotiation", "SaaS", "Healthcare"],
            [("Enterprise Account Executive", 4.0), ("Account Executive", 4.0)])),
        J(2, "Sales Executive (synonym): B2B SaaS, Salesforce, quota attainment, 4 years",
          p("Sales Executive", "Chicago, Illinois, United States", "US",
            ["Salesforce", "B2B SaaS", "Quota Attainment", "Prospecting", "Challenger Sale"],
            [("Sales Executive", 4.0)])),
        J(1, "the right account executive in " + near("Naperville", "US", "Chicago"),
          p("Account Executive", "Naperville, Illinois, United States", "US",
            ["B2B Sales", "SaaS", "Salesforce", "MEDDIC"],
            [("Account Executive", 4.0)])),
        J(1, "SDR (family, not yet closing): Salesforce and outbound, 2 years",
          p("Sales Development Representative", "Chicago, Illinois, United States", "US",
            ["Salesforce", "Outbound Prospecting", "Cold Calling", "Outreach"],
            [("Sales Development Representative", 2.0)])),
        J(1, "account manager (family): expansion rather than new business; Salesforce, SaaS",
          p("Account Manager", "Chicago, Illinois, United States", "US",
            ["Account Management", "Salesforce", "Upselling", "SaaS"],
            [("Account Manager", 5.0)])),
        J(1, "junior account executive, 1.5 years",
          p("Junior Account Executive", "Chicago, Illinois, United States", "US",
            ["SaaS", "HubSpot", "Prospecting"],
            [("Junior Account Executive", 1.5)])),
        J(1, "account executive selling copiers: closing experience, but no SaaS, no CRM, no methodology",
          p("Account Executive", "Chicago, Illinois, United States", "US",
            ["Sales", "Negotiation", "Cold Calling", "Territory Management"],
            [("Account Executive", 6.0, "Lakeshore Office Equipment")])),
        J(0, "a sales recruiter naming SaaS AEs, Salesforce and MEDDIC", trap="recruiter", prof=
          p("Sales Recruiter", "Chicago, Illinois, United States", "US",
            ["Recruiting", "Sourcing", "Salesforce", "MEDDIC", "SaaS"],
            [("Sales Recruiter", 4.0, "Loop Search Partners")],
            headline="Sales Recruiter | placing SaaS Account Executives — Salesforce, MEDDIC")),
        J(0, "a marketing student", trap="student", prof=
          p("Student", "Chicago, Illinois, United States", "US",
            ["Sales", "HubSpot", "Social Media"], [],
            headline="Marketing student at DePaul University | interested in SaaS sales",
            edu=[("BS", "Marketing", "DePaul University")], years=0.2)),
        J(0, "a sales intern", trap="intern", prof=
          p("Sales Intern", "Chicago, Illinois, United States", "US",
            ["Salesforce", "Prospecting", "Cold Calling"],
            [("Sales Intern", 0.3)])),
        J(0, "a Sales Engineer: the ad rules sales engineering out", trap="homonym", prof=
          p("Sales Engineer", "Chicago, Illinois, United States", "US",
            ["Solution Engineering", "Technical Demos", "Salesforce", "SaaS", "APIs"],
            [("Sales Engineer", 5.0)])),
        J(0, "a Salesforce Developer: 'Sales' and Salesforce, a programming job", trap="homonym", prof=
          p("Salesforce Developer", "Chicago, Illinois, United States", "US",
            ["Salesforce", "Apex", "Lightning Web Components", "SOQL"],
            [("Salesforce Developer", 5.0)])),
        J(0, "the ideal SaaS account executive, but in Toronto, Canada", trap="wrong_country", prof=
          p("Account Executive", "Toronto, Ontario, Canada", "CA",
            ["B2B Sales", "SaaS", "Salesforce", "MEDDIC"],
            [("Account Executive", 5.0)])),
    ], edu=BIZ_EDU))

# 7 ------------------------------------------------------------------------------------------
NURSE_DE_EDU = [("Staatliches Examen", "Gesundheits- und Krankenpflege"), ("Ausbildung", "Pflegefachfrau/-mann"),
                ("B.Sc.", "Pflege")]
ADS.append(AD(
    "nurse-hamburg", "healthcare", "de", "Pflegefachkraft (m/w/d) Intensivstation", "Hamburg",
    """Das Klinikum Alsterufer sucht für seine interdisziplinäre Intensivstation (24 Betten) zum nächstmöglichen Zeitpunkt eine Pflegefachkraft (m/w/d) in Voll- oder Teilzeit.

Ihre Aufgaben:
- Ganzheitliche Pflege und Überwachung beatmeter und schwerstkranker Patientinnen und Patienten
- Medikamentengabe und Mitwirkung bei Diagnostik und Therapie
- Dokumentation in der elektronischen Patientenakte
- Enge Zusammenarbeit mit dem ärztlichen Team

Ihr Profil:
- Abgeschlossene Ausbildung als Gesundheits- und Krankenpfleger/in oder Pflegefachfrau/Pflegefachmann
- Mindestens 2 Jahre Berufserfahrung in der Intensivpflege
- Sicherer Umgang mit Beatmung und Medikamentengabe
- Kenntnisse in BLS oder ACLS wünschenswert
- Fachweiterbildung Intensiv- und Anästhesiepflege von Vorteil

Wir bieten: Vergütung nach TV-L, 30 Tage Urlaub, Dienstplan mit Wunschfrei, Jobticket.

Keine Vermittlungsagenturen und keine Arbeitnehmerüberlassung.""",
    [
        J(2, "ICU specialist nurse (Fachweiterbildung Intensiv- und Anästhesiepflege), 8 years, Hamburg",
          p("Fachkrankenpflegerin für Intensiv- und Anästhesiepflege", "Hamburg, Deutschland", "DE",
            ["Intensivpflege", "Beatmung", "Medikamentengabe", "ACLS", "BLS"],
            [("Fachkrankenpflegerin für Intensiv- und Anästhesiepflege", 4.0),
             ("Gesundheits- und Krankenpflegerin", 4.0)],
            headline="Fachkrankenpflegerin Intensiv- und Anästhesiepflege | Intensivstation")),
        J(2, "exact title (Pflegefachkraft Intensivstation), ventilation and medication, 5 years, Hamburg",
          p("Pflegefachkraft Intensivstation", "Hamburg, Germany", "DE",
            ["Intensivpflege", "Beatmung", "Patient Care", "Medikamentengabe"],
            [("Pflegefachkraft Intensivstation", 5.0)])),
        J(2, "Gesundheits- und Krankenpfleger on an ICU for 6 years, BLS",
          p("Gesundheits- und Krankenpfleger", "Hamburg, Germany", "DE",
            ["Intensive Care", "Patientenversorgung", "Medikamentengabe", "BLS", "Beatmung"],
            [("Gesundheits- und Krankenpfleger", 6.0, "Universitätsklinikum Eppendorf")],
            hl=["Pflege beatmeter Patienten auf der operativen Intensivstation"])),
        J(2, "ICU nurse writing in English: intensive care, ventilation, BLS, ACLS, 4 years, Hamburg",
          p("ICU Nurse", "Hamburg, Germany", "DE",
            ["Intensive Care", "Mechanical Ventilation", "Medication Administration", "BLS", "ACLS"],
            [("ICU Nurse", 4.0)],
            headline="ICU Nurse | critical care, ventilation, ACLS")),
        J(2, "registered nurse in intensive care: critical care, ACLS, BLS, 7 years, Hamburg",
          p("Registered Nurse – Intensive Care", "Hamburg, Germany", "DE",
            ["Critical Care", "Patient Care", "ACLS", "BLS", "Medication Administration"],
            [("Registered Nurse – Intensive Care", 7.0)])),
        J(1, "the right ICU nurse in " + near("Norderstedt", "DE", "Hamburg"),
          p("Pflegefachkraft Intensivstation", "Norderstedt, Schleswig-Holstein, Germany", "DE",
            ["Intensivpflege", "Beatmung", "Medikamentengabe", "BLS"],
            [("Pflegefachkraft Intensivstation", 5.0)])),
        J(1, "Gesundheits- und Krankenpflegerin on a general ward: no intensive-care experience",
          p("Gesundheits- und Krankenpflegerin", "Hamburg, Germany", "DE",
            ["Patientenversorgung", "Medikamentengabe", "Wundversorgung"],
            [("Gesundheits- und Krankenpflegerin", 5.0)],
            hl=["Normalstation Innere Medizin"])),
        J(1, "Pflegefachfrau on the ICU for one year: below the two years asked",
          p("Pflegefachfrau", "Hamburg, Germany", "DE",
            ["Intensivpflege", "Patient Care", "BLS"],
            [("Pflegefachfrau", 1.0)],
            hl=["Seit 2024 auf der internistischen Intensivstation"])),
        J(1, "emergency-department nurse (family): triage, BLS, ACLS; no ventilation experience",
          p("Notfallpflegerin (Zentrale Notaufnahme)", "Hamburg, Germany", "DE",
            ["Triage", "BLS", "ACLS", "Notfallpflege"],
            [("Notfallpflegerin (Zentrale Notaufnahme)", 6.0)])),
        J(1, "Pflegefachkraft in home intensive care (außerklinische Intensivpflege): ventilation, not a hospital ICU",
          p("Pflegefachkraft außerklinische Intensivpflege", "Hamburg, Germany", "DE",
            ["Intensivpflege", "Beatmung", "Heimbeatmung"],
            [("Pflegefachkraft außerklinische Intensivpflege", 4.0)])),
        J(0, "a placement agent for nurses naming Intensivpflege", trap="recruiter", prof=
          p("Personalvermittlerin Pflege", "Hamburg, Germany", "DE",
            ["Recruiting", "Active Sourcing", "Intensivpflege", "Pflege"],
            [("Personalvermittlerin Pflege", 3.0, "Elbe Care Personal")],
            headline="Personalvermittlerin für Pflegefachkräfte | Intensivpflege, Anästhesie, OP",
            edu=[("B.A.", "Betriebswirtschaft", "Hochschule für Angewandte Wissenschaften Hamburg")])),
        J(0, "a nursing degree student", trap="student", prof=
          p("Student", "Hamburg, Germany", "DE",
            ["Pflege", "Patient Care"], [],
            headline="Nursing student (B.Sc. Pflege) at HAW Hamburg",
            edu=[("B.Sc.", "Pflege", "Hochschule für Angewandte Wissenschaften Hamburg")], years=0.5)),
        J(0, "a pre-study nursing intern on an ICU", trap="intern", prof=
          p("Praktikantin Intensivstation", "Hamburg, Germany", "DE",
            ["Patient Care", "Pflege"],
            [("Praktikantin Intensivstation", 0.3)],
            headline="Pflegepraktikum (Intern) auf der Intensivstation vor dem Medizinstudium",
            edu=[("Abitur", "Allgemeine Hochschulreife", "Gymnasium Eppendorf")])),
        J(0, "a zookeeper (Tierpflegerin): 'Pflege' and medication, for animals", trap="homonym", prof=
          p("Tierpflegerin", "Hamburg, Germany", "DE",
            ["Tierpflege", "Fütterung", "Medikamentengabe", "Gehegepflege"],
            [("Tierpflegerin", 7.0, "Tierpark an der Alster")],
            headline="Tierpflegerin | Raubtiere und Huftiere",
            edu=[("Ausbildung", "Tierpflege", "Berufsschule Hamburg")])),
        J(0, "a nursery teacher: 'Nurse(ry)', a childcare job", trap="homonym", prof=
          p("Nursery Teacher", "Hamburg, Germany", "DE",
            ["Early Childhood Education", "Child Care", "First Aid"],
            [("Nursery Teacher", 6.0, "Kita Sonnenschein")],
            headline="Nursery Teacher (Erzieherin) at a bilingual Kita",
            edu=[("Ausbildung", "Erzieherin", "Fachschule für Sozialpädagogik Hamburg")])),
        J(0, "the right ICU nurse, but in Hamburg, New York, United States", trap="wrong_country", prof=
          p("ICU Registered Nurse", "Hamburg, New York, United States", "US",
            ["Intensive Care", "Mechanical Ventilation", "ACLS", "BLS", "Medication Administration"],
            [("ICU Registered Nurse", 6.0)],
            edu=[("BSN", "Nursing", "University at Buffalo")])),
        J(0, "a German-speaking ICU nurse, but in Zürich, Switzerland", trap="wrong_country", prof=
          p("Dipl. Pflegefachfrau HF Intensivpflege", "Zürich, Schweiz", "CH",
            ["Intensivpflege", "Beatmung", "Medikamentengabe", "BLS"],
            [("Dipl. Pflegefachfrau HF Intensivpflege", 6.0)])),
    ], edu=NURSE_DE_EDU))

# 8 ------------------------------------------------------------------------------------------
NURSE_EDU = [("BSN", "Nursing"), ("ADN", "Nursing"), ("BSN", "Nursing"), ("MSN", "Nursing")]
ADS.append(AD(
    "nurse-houston", "healthcare", "en", "Registered Nurse - Emergency Department", "Houston, TX",
    """Bayou Regional Medical Center is hiring full-time Registered Nurses for its Level II trauma Emergency Department (48 beds, night shift, 3x12).

Responsibilities:
- Triage and assess patients of all ages
- Start IVs, administer medications and monitor patients
- Respond to trauma and cardiac alerts with the ED team
- Document care in Epic

Requirements:
- Active Texas RN license or a multistate compact license
- BLS and ACLS certification (PALS or TNCC within 6 months of hire)
- 2+ years of emergency or critical care nursing
- Triage experience; Epic or Cerner EHR

Nice to have: BSN, CEN certification, bilingual English/Spanish.

Sign-on bonus available. We do not work with staffing agencies for this role.""",
    [
        J(2, "emergency room RN: triage, BLS, ACLS, PALS, Epic, 5 years, Houston",
          p("Emergency Room Registered Nurse", "Houston, Texas, United States", "US",
            ["Triage", "BLS", "ACLS", "PALS", "Epic", "Patient Care"],
            [("Emergency Room Registered Nurse", 5.0)])),
        J(2, "RN, BSN in an emergency department: triage, BLS, ACLS, Cerner, IV therapy, 4 years",
          p("Registered Nurse", "Houston, Texas, United States", "US",
            ["Triage", "BLS", "ACLS", "Cerner", "IV Therapy"],
            [("Registered Nurse", 4.0, "Gulf Coast Health System")],
            headline="RN, BSN | Emergency Department")),
        J(2, "ER nurse: TNCC, BLS, ACLS, triage, Epic, 7 years",
          p("ER Nurse", "Houston, TX", "US",
            ["TNCC", "BLS", "ACLS", "Triage", "Epic"],
            [("ER Nurse", 7.0)])),
        J(2, "ED charge nurse: triage, ACLS, BLS, Epic, 10 years",
          p("Charge Nurse – Emergency Department", "Houston, Texas, United States", "US",
            ["Triage", "ACLS", "BLS", "Epic", "Leadership"],
            [("Charge Nurse – Emergency Department", 4.0), ("Registered Nurse", 6.0)])),
        J(2, "ED RN with CEN, BLS, ACLS, triage, Epic, 3 years",
          p("RN - Emergency Department", "Houston, Texas, United States", "US",
            ["BLS", "ACLS", "Triage", "Epic", "CEN"],
            [("RN - Emergency Department", 3.0)])),
        J(1, "the right ED nurse in " + near("Sugar Land", "US", "Houston"),
          p("Registered Nurse", "Sugar Land, Texas, United States", "US",
            ["Triage", "BLS", "ACLS", "Epic"],
            [("Registered Nurse", 5.0)],
            headline="Registered Nurse | Emergency Department")),
        J(1, "ICU RN (critical care counts for the years): ACLS, BLS, Epic; no triage",
          p("ICU Registered Nurse", "Houston, Texas, United States", "US",
            ["Critical Care", "ACLS", "BLS", "Epic"],
            [("ICU Registered Nurse", 4.0)])),
        J(1, "med-surg RN: BLS only, no emergency or critical care",
          p("Registered Nurse", "Houston, Texas, United States", "US",
            ["BLS", "Patient Care", "Medication Administration"],
            [("Registered Nurse", 3.0)],
            headline="Registered Nurse | Medical-Surgical")),
        J(1, "new-graduate ED nurse, under a year",
          p("Registered Nurse", "Houston, Texas, United States", "US",
            ["BLS", "ACLS", "Triage"],
            [("Registered Nurse", 0.8)],
            headline="New grad RN | Emergency Department residency")),
        J(1, "PACU RN (perioperative family): ACLS, BLS; no triage",
          p("Registered Nurse - PACU", "Houston, Texas, United States", "US",
            ["ACLS", "BLS", "Patient Care", "Epic"],
            [("Registered Nurse - PACU", 5.0)])),
        J(0, "a healthcare recruiter naming ER RNs, BLS and ACLS", trap="recruiter", prof=
          p("Healthcare Recruiter", "Houston, Texas, United States", "US",
            ["Recruiting", "Sourcing", "BLS", "ACLS", "Nursing"],
            [("Healthcare Recruiter", 4.0, "Lone Star Nurse Staffing")],
            headline="Healthcare Recruiter | hiring ER & ICU RNs — BLS, ACLS, triage",
            edu=[("BA", "Communications", "University of Houston")])),
        J(0, "a nursing student", trap="student", prof=
          p("Student", "Houston, Texas, United States", "US",
            ["Patient Care", "BLS"], [],
            headline="BSN student at the University of Houston | future ER nurse",
            edu=[("BSN", "Nursing", "University of Houston")], years=0.0)),
        J(0, "a student nurse intern in an ED", trap="intern", prof=
          p("Student Nurse Intern", "Houston, Texas, United States", "US",
            ["BLS", "Patient Care"],
            [("Student Nurse Intern", 0.3)])),
        J(0, "a veterinary nurse: triage and IV catheters, for animals", trap="homonym", prof=
          p("Veterinary Nurse", "Houston, Texas, United States", "US",
            ["Triage", "IV Catheter Placement", "Anesthesia Monitoring", "Patient Care"],
            [("Veterinary Nurse", 6.0, "Heights Animal Emergency")],
            headline="Veterinary Nurse | emergency & critical care (animals)",
            edu=[("AAS", "Veterinary Technology", "Houston Community College")])),
        J(0, "an LVN: 'Nurse' in an ED, but the licence cannot fill an RN position", trap="homonym", prof=
          p("Licensed Vocational Nurse", "Houston, Texas, United States", "US",
            ["BLS", "Patient Care", "Medication Administration", "Triage"],
            [("Licensed Vocational Nurse", 5.0)],
            edu=[("Certificate", "Vocational Nursing", "San Jacinto College")])),
        J(0, "the right ED nurse, but in Calgary, Canada", trap="wrong_country", prof=
          p("Registered Nurse – Emergency", "Calgary, Alberta, Canada", "CA",
            ["Triage", "BLS", "ACLS", "Epic"],
            [("Registered Nurse – Emergency", 6.0)])),
    ], edu=NURSE_EDU))

# 9 ------------------------------------------------------------------------------------------
PM_EDU = [("BS", "Computer Science"), ("MBA", "Business Administration"), ("BA", "Economics"),
          ("BS", "Industrial Engineering")]
ADS.append(AD(
    "pm-sf", "product", "en", "Senior Product Manager", "San Francisco, CA",
    """Tidewell builds routing and dispatch software for regional freight carriers (B2B SaaS, Series C). We are looking for a Senior Product Manager to own our dispatch product: the screens dispatchers live in all day.

You will:
- Talk to dispatchers and carrier owners every week and turn what you learn into a roadmap
- Write clear PRDs and work with design and engineering from discovery to launch
- Measure what we ship and decide with data

Requirements:
- 5+ years of product management in B2B SaaS
- Discovery experience: customer interviews, user research, A/B tests
- Comfortable with data: SQL, or Amplitude or Mixpanel
- Roadmaps, PRDs and agile delivery with Jira

Nice to have: logistics or marketplace experience, a technical background.

Hybrid (two days a week) in our San Francisco office. No agencies.""",
    [
        J(2, "exact title: B2B SaaS, roadmaps, user research, SQL, A/B testing, Jira, 7 years, SF",
          p("Senior Product Manager", "San Francisco, California, United States", "US",
            ["Product Management", "Roadmapping", "User Research", "SQL", "A/B Testing", "Jira"],
            [("Senior Product Manager", 3.0), ("Product Manager", 4.0)],
            hl=["Owned the B2B onboarding roadmap; discovery with 60 customers"])),
        J(2, "Product Lead (synonym): strategy, roadmaps, Amplitude, user research, 8 years",
          p("Product Lead", "San Francisco, California, United States", "US",
            ["Product Strategy", "Roadmapping", "Amplitude", "User Research", "Agile"],
            [("Product Lead", 3.0), ("Senior Product Manager", 5.0)])),
        J(2, "staff product manager in logistics SaaS: SQL, discovery, PRDs, 9 years",
          p("Staff Product Manager", "San Francisco, California, United States", "US",
            ["Product Management", "SQL", "Customer Discovery", "PRDs", "Logistics"],
            [("Staff Product Manager", 3.0), ("Senior Product Manager", 6.0)])),
        J(2, "exact title: Mixpanel, SQL, discovery, PRDs, Jira; B2B logistics marketplace, 6 years",
          p("Senior Product Manager", "San Francisco Bay Area", "US",
            ["Mixpanel", "SQL", "Customer Discovery", "PRDs", "Jira"],
            [("Senior Product Manager", 2.5), ("Product Manager", 3.5)],
            hl=["Launched carrier matching for a B2B freight marketplace"])),
        J(2, "Senior Technical Product Manager on a B2B API platform: SQL, roadmaps, research, 7 years",
          p("Senior Technical Product Manager", "San Francisco, California, United States", "US",
            ["SQL", "Roadmapping", "Agile", "User Research", "APIs"],
            [("Senior Technical Product Manager", 3.0), ("Software Engineer", 4.0)])),
        J(1, "product manager with 3 years: below the senior bar",
          p("Product Manager", "San Francisco, California, United States", "US",
            ["Product Management", "User Research", "Jira", "Amplitude"],
            [("Product Manager", 3.0)])),
        J(1, "the right senior PM in " + near("Oakland", "US", "San Francisco"),
          p("Senior Product Manager", "Oakland, California, United States", "US",
            ["Product Management", "Roadmapping", "SQL", "A/B Testing"],
            [("Senior Product Manager", 3.0), ("Product Manager", 3.0)])),
        J(1, "senior product owner (family): backlog and Scrum, little discovery or data",
          p("Senior Product Owner", "San Francisco, California, United States", "US",
            ["Scrum", "Jira", "Backlog Management", "User Stories"],
            [("Senior Product Owner", 6.0)])),
        J(1, "senior PM on a consumer (B2C) app: growth experiments, no B2B, no SQL",
          p("Senior Product Manager", "San Francisco, California, United States", "US",
            ["Product Management", "A/B Testing", "Mobile Apps", "Growth"],
            [("Senior Product Manager", 3.0), ("Product Manager", 3.0)],
            headline="Senior Product Manager | consumer mobile, growth experiments")),
        J(0, "a product recruiter naming roadmaps and A/B testing", trap="recruiter", prof=
          p("Product Recruiter", "San Francisco, California, United States", "US",
            ["Recruiting", "Sourcing", "Product Management", "A/B Testing"],
            [("Product Recruiter", 4.0, "Golden Gate Talent")],
            headline="Product Recruiter | hiring Senior PMs — roadmaps, discovery, A/B testing")),
        J(0, "an MBA student", trap="student", prof=
          p("Student", "Berkeley, California, United States", "US",
            ["Product Management", "SQL", "Market Research"], [],
            headline="MBA Candidate at Berkeley Haas | aspiring product manager",
            edu=[("MBA", "Business Administration", "UC Berkeley Haas School of Business")], years=0.0)),
        J(0, "a product management intern", trap="intern", prof=
          p("Product Management Intern", "San Francisco, California, United States", "US",
            ["Product Management", "SQL", "Jira"],
            [("Product Management Intern", 0.3)])),
        J(0, "a Production Manager in food manufacturing: shares 'Product… Manager'", trap="homonym", prof=
          p("Production Manager", "San Francisco, California, United States", "US",
            ["Production Planning", "Lean Manufacturing", "Scheduling", "Quality Control"],
            [("Production Manager", 8.0, "Mission Bay Bakery Co.")],
            headline="Production Manager | food manufacturing, lean, scheduling")),
        J(0, "a Product Marketing Manager: positioning and launches, not product management", trap="homonym", prof=
          p("Product Marketing Manager", "San Francisco, California, United States", "US",
            ["Go-to-Market Strategy", "Positioning", "Messaging", "A/B Testing"],
            [("Product Marketing Manager", 6.0)])),
        J(0, "the ideal senior PM, but in San Francisco, Córdoba, Argentina", trap="wrong_country", prof=
          p("Senior Product Manager", "San Francisco, Córdoba, Argentina", "AR",
            ["Product Management", "Roadmapping", "User Research", "SQL", "Jira"],
            [("Senior Product Manager", 3.0), ("Product Manager", 4.0)])),
        J(0, "the ideal senior PM, but in Vancouver, Canada", trap="wrong_country", prof=
          p("Senior Product Manager", "Vancouver, British Columbia, Canada", "CA",
            ["Product Management", "Roadmapping", "SQL", "A/B Testing", "User Research"],
            [("Senior Product Manager", 4.0), ("Product Manager", 3.0)])),
    ], edu=PM_EDU))

# 10 -----------------------------------------------------------------------------------------
ADS.append(AD(
    "growth-sydney", "marketing", "en", "Growth Marketing Manager", "Sydney NSW, Australia",
    """Koalaboard is a subscription meal-kit business with 90,000 customers across Australia. We are hiring a Growth Marketing Manager to own paid acquisition and the experiments that turn first boxes into loyal subscribers.

You will:
- Run paid acquisition on Google Ads and Meta Ads with a monthly budget of AUD 400k
- Design and analyse A/B tests across landing pages, offers and onboarding
- Build lifecycle journeys with our CRM team

Requirements:
- 4+ years in growth or performance marketing, ideally at a B2C subscription business
- Google Ads and Meta Ads
- Experimentation and funnel analytics with Google Analytics or Amplitude
- Lifecycle marketing with Braze or HubSpot

Nice to have: SQL, Looker, marketplace or e-commerce experience.

Hybrid in Surry Hills, Sydney. No agencies.""",
    [
        J(2, "exact title: Google Ads, Meta Ads, A/B testing, GA, Braze, SQL, 6 years, Sydney",
          p("Growth Marketing Manager", "Sydney, New South Wales, Australia", "AU",
            ["Google Ads", "Meta Ads", "A/B Testing", "Google Analytics", "Braze", "SQL"],
            [("Growth Marketing Manager", 3.0), ("Performance Marketing Specialist", 3.0)],
            hl=["Cut blended CAC by 22% while doubling paid spend"])),
        J(2, "Growth Manager (synonym): paid social, Google Ads, Facebook Ads, Amplitude, HubSpot, 5 years",
          p("Growth Manager", "Sydney, Australia", "AU",
            ["Google Ads", "Facebook Ads", "Paid Social", "Amplitude", "Experimentation", "HubSpot"],
            [("Growth Manager", 3.0), ("Digital Marketing Specialist", 2.0)])),
        J(2, "Senior Growth Marketer (synonym) at a subscription business, 7 years",
          p("Senior Growth Marketer", "Sydney, NSW", "AU",
            ["Google Ads", "Meta Ads", "A/B Testing", "Google Analytics", "Braze"],
            [("Senior Growth Marketer", 3.0), ("Growth Marketer", 4.0)])),
        J(2, "Performance Marketing Manager: the ad asks for growth or performance marketing; every skill",
          p("Performance Marketing Manager", "Sydney, New South Wales, Australia", "AU",
            ["Google Ads", "Meta Ads", "Google Analytics", "A/B Testing", "HubSpot", "SQL"],
            [("Performance Marketing Manager", 4.0), ("Paid Search Specialist", 2.0)])),
        J(2, "Growth Lead (synonym): paid acquisition, experiments, Amplitude, Braze, 6 years",
          p("Growth Lead", "Sydney, New South Wales, Australia", "AU",
            ["Google Ads", "Meta Ads", "Amplitude", "Braze", "A/B Testing"],
            [("Growth Lead", 2.0), ("Growth Marketing Manager", 4.0)])),
        J(1, "the right growth marketer in " + near("Parramatta", "AU", "Sydney"),
          p("Growth Marketing Manager", "Parramatta, New South Wales, Australia", "AU",
            ["Google Ads", "Meta Ads", "A/B Testing", "Google Analytics"],
            [("Growth Marketing Manager", 5.0)])),
        J(1, "digital marketing specialist (family): SEO and Google Ads, 3 years",
          p("Digital Marketing Specialist", "Sydney, New South Wales, Australia", "AU",
            ["SEO", "Google Ads", "Social Media Marketing", "Google Analytics"],
            [("Digital Marketing Specialist", 3.0)])),
        J(1, "brand marketing manager (family): campaigns and GA, no paid acquisition or experiments",
          p("Marketing Manager", "Sydney, New South Wales, Australia", "AU",
            ["Brand Strategy", "Campaign Management", "Google Analytics", "Content Marketing"],
            [("Marketing Manager", 8.0)])),
        J(1, "junior growth marketer, 2 years",
          p("Junior Growth Marketer", "Sydney, New South Wales, Australia", "AU",
            ["Google Ads", "Meta Ads", "A/B Testing"],
            [("Junior Growth Marketer", 2.0)])),
        J(1, "lifecycle/CRM marketing manager: Braze, A/B testing, SQL; no paid acquisition",
          p("CRM & Lifecycle Marketing Manager", "Sydney, New South Wales, Australia", "AU",
            ["Braze", "Email Marketing", "A/B Testing", "SQL"],
            [("CRM & Lifecycle Marketing Manager", 5.0)])),
        J(0, "a marketing recruiter naming Google Ads and Meta", trap="recruiter", prof=
          p("Marketing Recruiter", "Sydney, New South Wales, Australia", "AU",
            ["Recruiting", "Google Ads", "Meta Ads", "Growth Marketing"],
            [("Marketing Recruiter", 3.0, "Harbour Talent")],
            headline="Marketing Recruiter | hiring growth marketers — Google Ads, Meta, lifecycle")),
        J(0, "a commerce student majoring in marketing", trap="student", prof=
          p("Student", "Sydney, New South Wales, Australia", "AU",
            ["Social Media Marketing", "Google Analytics", "Canva"], [],
            headline="Bachelor of Commerce (Marketing) student at UNSW | growth & analytics",
            edu=[("BCom", "Marketing", "UNSW Sydney")], years=0.0)),
        J(0, "a growth marketing intern", trap="intern", prof=
          p("Growth Marketing Intern", "Sydney, New South Wales, Australia", "AU",
            ["Google Ads", "Meta Ads", "Google Analytics"],
            [("Growth Marketing Intern", 0.4)])),
        J(0, "a Business Growth Manager in commercial banking: 'Growth Manager', a lending job",
          trap="homonym", prof=
          p("Business Growth Manager", "Sydney, New South Wales, Australia", "AU",
            ["Commercial Lending", "Relationship Management", "Credit Analysis", "Business Development"],
            [("Business Growth Manager", 5.0, "Harbourside Bank")],
            headline="Business Growth Manager | commercial lending for SMEs")),
        J(0, "the ideal growth marketer, but in Sydney, Nova Scotia, Canada", trap="wrong_country", prof=
          p("Growth Marketing Manager", "Sydney, Nova Scotia, Canada", "CA",
            ["Google Ads", "Meta Ads", "A/B Testing", "Google Analytics", "HubSpot"],
            [("Growth Marketing Manager", 5.0)])),
        J(0, "the ideal growth marketer, but in Auckland, New Zealand", trap="wrong_country", prof=
          p("Growth Marketing Manager", "Auckland, New Zealand", "NZ",
            ["Google Ads", "Meta Ads", "A/B Testing", "Amplitude", "Braze"],
            [("Growth Marketing Manager", 5.0)])),
    ], edu=BIZ_EDU))

# 11 -----------------------------------------------------------------------------------------
HR_EDU = [("BA", "Human Resource Management"), ("MSc", "Human Resource Management"), ("BBS", "Business Studies"),
          ("BA", "Psychology")]
ADS.append(AD(
    "hrbp-dublin", "hr", "en", "HR Business Partner", "Dublin, Ireland",
    """Glenmore Systems builds payments software and employs 400 people in Dublin and Cork. We are looking for an HR Business Partner to support our engineering and operations groups (about 220 people).

You will:
- Partner with engineering and operations leaders on organisation design, workforce planning and change
- Handle employee relations casework, from informal resolution to formal investigations
- Run the performance and promotion cycles for your groups
- Coach managers and keep our policies in line with Irish employment law

Requirements:
- 5+ years in HR generalist or business partner roles
- Employee relations casework and Irish employment law
- Performance management and organisational design
- Workday or SuccessFactors
- CIPD qualification (or equivalent)

Nice to have: experience in a tech company, change management.

Hybrid from our Dublin 2 office. No agencies.""",
    [
        J(2, "exact title: employee relations, employment law, performance management, Workday, CIPD, 7 years, Dublin",
          p("HR Business Partner", "Dublin, County Dublin, Ireland", "IE",
            ["Employee Relations", "Employment Law", "Performance Management", "Workday", "CIPD"],
            [("HR Business Partner", 4.0), ("HR Advisor", 3.0)])),
        J(2, "senior HRBP in tech: ER casework, org design, Workday, 9 years",
          p("Senior HR Business Partner", "Dublin, Ireland", "IE",
            ["Employee Relations", "Organisational Design", "Performance Management", "Workday",
             "Change Management"],
            [("Senior HR Business Partner", 4.0), ("HR Business Partner", 5.0)])),
        J(2, "People Partner (synonym): ER, performance, org design, Workday, 6 years",
          p("People Partner", "Dublin, Ireland", "IE",
            ["Employee Relations", "Performance Management", "Organisational Design", "Workday"],
            [("People Partner", 3.0), ("HR Generalist", 3.0)])),
        J(2, "Human Resources Business Partner (spelled out): SuccessFactors, Irish employment law, ER, 5.5 years",
          p("Human Resources Business Partner", "Dublin, Ireland", "IE",
            ["SuccessFactors", "Irish Employment Law", "Employee Relations", "Performance Management", "CIPD"],
            [("Human Resources Business Partner", 3.0), ("HR Advisor", 2.5)])),
        J(2, "HRBP for an engineering group: ER, employment law, Workday, 6 years",
          p("HR Business Partner (Engineering)", "Dublin, Ireland", "IE",
            ["Employee Relations", "Employment Law", "Workday", "Workforce Planning"],
            [("HR Business Partner (Engineering)", 3.0), ("HR Generalist", 3.0)],
            headline="HRBP | engineering & operations | CIPD")),
        J(1, "HR generalist with 4 years: ER and policies, less partnering",
          p("HR Generalist", "Dublin, Ireland", "IE",
            ["Employee Relations", "HR Policies", "Onboarding", "Workday"],
            [("HR Generalist", 4.0)])),
        J(1, "the right HRBP in " + near("Naas", "IE", "Dublin"),
          p("HR Business Partner", "Naas, County Kildare, Ireland", "IE",
            ["Employee Relations", "Employment Law", "Performance Management", "Workday"],
            [("HR Business Partner", 6.0)])),
        J(1, "HR manager (family) in manufacturing: ER and policies, 10 years",
          p("HR Manager", "Dublin, Ireland", "IE",
            ["Employee Relations", "HR Policies", "Recruitment", "Payroll"],
            [("HR Manager", 6.0), ("HR Officer", 4.0)])),
        J(1, "HR advisor with 3 years of ER casework: junior for a business partner",
          p("HR Advisor", "Dublin, Ireland", "IE",
            ["Employee Relations", "Employment Law", "Case Management"],
            [("HR Advisor", 3.0)])),
        J(1, "people operations specialist: Workday and HR systems, little ER",
          p("People Operations Specialist", "Dublin, Ireland", "IE",
            ["Workday", "HRIS", "Onboarding", "Reporting"],
            [("People Operations Specialist", 4.0)])),
        J(0, "a talent-acquisition partner: recruiting, not HR business partnering", trap="recruiter", prof=
          p("Talent Acquisition Partner", "Dublin, Ireland", "IE",
            ["Talent Acquisition", "Recruiting", "Workday", "Employee Relations"],
            [("Talent Acquisition Partner", 4.0)],
            headline="Talent Acquisition Partner | hiring for HR & People roles in Dublin | Workday")),
        J(0, "an HR master's student", trap="student", prof=
          p("Student", "Dublin, Ireland", "IE",
            ["Human Resources", "Employment Law", "Excel"], [],
            headline="MSc Human Resource Management student at UCD Smurfit",
            edu=[("MSc", "Human Resource Management", "University College Dublin")], years=0.5)),
        J(0, "an HR intern", trap="intern", prof=
          p("HR Intern", "Dublin, Ireland", "IE",
            ["Onboarding", "Workday", "HR Administration"],
            [("HR Intern", 0.4)])),
        J(0, "a Finance Business Partner: shares 'Business Partner' (and Workday), a finance job", trap="homonym",
          prof=p("Finance Business Partner", "Dublin, Ireland", "IE",
                 ["Financial Planning", "Budgeting", "Stakeholder Management", "Workday"],
                 [("Finance Business Partner", 5.0)],
                 edu=[("BComm", "Accounting", "Trinity College Dublin")])),
        J(0, "the ideal HRBP, but in Dublin, California, United States", trap="wrong_country", prof=
          p("HR Business Partner", "Dublin, California, United States", "US",
            ["Employee Relations", "Employment Law", "Performance Management", "Workday"],
            [("HR Business Partner", 6.0)])),
        J(0, "the ideal HRBP, but in Belfast, Northern Ireland (United Kingdom)", trap="wrong_country", prof=
          p("HR Business Partner", "Belfast, Northern Ireland, United Kingdom", "GB",
            ["Employee Relations", "Employment Law", "Performance Management", "Workday", "CIPD"],
            [("HR Business Partner", 6.0)])),
    ], edu=HR_EDU))

# 12 -----------------------------------------------------------------------------------------
DE_TECH_EDU = [("B.Sc.", "Informatik"), ("M.Sc.", "Informatik"), ("Diplom", "Wirtschaftsinformatik"),
               ("B.Sc.", "Wirtschaftsinformatik")]
ADS.append(AD(
    "java-munich", "software", "de", "Senior Softwareentwickler (m/w/d) Java", "München",
    """Die Isar Versicherung digitalisiert die Schadenbearbeitung für 3 Millionen Kundinnen und Kunden. Für unser Team „Schadenplattform“ suchen wir zum nächstmöglichen Zeitpunkt eine/n Senior Softwareentwickler (m/w/d) Java.

Deine Aufgaben:
- Du entwickelst Microservices mit Java und Spring Boot und REST-Schnittstellen für unsere Partner
- Du gestaltest die Architektur der Plattform mit und übernimmst Verantwortung im Betrieb
- Du begleitest jüngere Kolleginnen und Kollegen

Dein Profil:
- Mindestens 5 Jahre Berufserfahrung in der Softwareentwicklung
- Sehr gute Kenntnisse in Java und Spring Boot
- Erfahrung mit PostgreSQL oder Oracle
- Erfahrung mit Kafka oder RabbitMQ
- Gute Deutschkenntnisse

Wünschenswert: Kubernetes, Docker, Angular.

Hybrides Arbeiten: zwei Tage pro Woche im Büro in München-Schwabing. Keine Agenturen.""",
    [
        J(2, "Senior Java Developer: Java, Spring Boot, PostgreSQL, Kafka, Docker, Kubernetes, 8 years, Munich",
          p("Senior Java Developer", "Munich, Bavaria, Germany", "DE",
            ["Java", "Spring Boot", "PostgreSQL", "Kafka", "Docker", "Kubernetes"],
            [("Senior Java Developer", 3.0), ("Java Developer", 5.0)])),
        J(2, "the ad's title in German: Java, Spring Boot, Oracle, RabbitMQ, 9 years, München",
          p("Senior Softwareentwickler Java", "München, Bayern, Deutschland", "DE",
            ["Java", "Spring Boot", "Oracle", "RabbitMQ", "Microservices"],
            [("Senior Softwareentwickler Java", 4.0), ("Softwareentwickler", 5.0)],
            hl={0: ["Architektur der Vertragsplattform (Spring Boot, Oracle)"]})),
        J(2, "Senior Software Engineer (the ad's title in English): Java, Spring Boot, Kafka, PostgreSQL, 6 years",
          p("Senior Software Engineer", "Munich, Germany", "DE",
            ["Java", "Spring Boot", "Kafka", "PostgreSQL", "Kubernetes"],
            [("Senior Software Engineer", 3.0), ("Software Engineer", 3.0)])),
        J(2, "senior backend developer on Java: Spring Boot, PostgreSQL, Kafka, 7 years",
          p("Senior Backend Developer (Java)", "München, Deutschland", "DE",
            ["Java", "Spring Boot", "PostgreSQL", "Apache Kafka", "Docker"],
            [("Senior Backend Developer (Java)", 3.0), ("Backend Developer", 4.0)])),
        J(2, "lead Java engineer: Spring Boot, Oracle, Kafka, 10 years",
          p("Lead Java Engineer", "Munich, Bavaria, Germany", "DE",
            ["Java", "Spring Boot", "Oracle", "Kafka", "Kubernetes"],
            [("Lead Java Engineer", 3.0), ("Senior Java Developer", 4.0), ("Java Developer", 3.0)])),
        J(1, "the right senior Java developer in " + near("Freising", "DE", "Munich"),
          p("Senior Java Developer", "Freising, Bayern, Germany", "DE",
            ["Java", "Spring Boot", "PostgreSQL", "Kafka"],
            [("Senior Java Developer", 3.0), ("Java Developer", 4.0)])),
        J(1, "Java developer with 3 years: junior for the senior role",
          p("Java Developer", "Munich, Germany", "DE",
            ["Java", "Spring Boot", "PostgreSQL"],
            [("Java Developer", 3.0)])),
        J(1, "senior Kotlin developer on Spring Boot, PostgreSQL, Kafka: the JVM, but not Java on the profile",
          p("Senior Kotlin Developer", "Munich, Germany", "DE",
            ["Kotlin", "Spring Boot", "PostgreSQL", "Kafka"],
            [("Senior Kotlin Developer", 3.0), ("Android Developer", 3.0)])),
        J(1, "Softwareentwickler on Java EE and Oracle: no Spring Boot, no messaging",
          p("Softwareentwickler", "München, Deutschland", "DE",
            ["Java", "Java EE", "Oracle", "JSF"],
            [("Softwareentwickler", 6.0)])),
        J(1, "full-stack developer (family): Java, Spring Boot, Angular, PostgreSQL, 5 years",
          p("Full Stack Developer", "Munich, Germany", "DE",
            ["Java", "Spring Boot", "Angular", "PostgreSQL", "TypeScript"],
            [("Full Stack Developer", 5.0)])),
        J(0, "an IT recruiter naming Java, Spring Boot and Kafka", trap="recruiter", prof=
          p("IT-Recruiterin", "München, Deutschland", "DE",
            ["Recruiting", "Active Sourcing", "Java", "Spring Boot", "Kafka"],
            [("IT-Recruiterin", 4.0, "Isartal Personalberatung")],
            headline="IT-Recruiterin | Wir suchen Java-Entwickler (Spring Boot, Kafka) in München",
            edu=[("B.A.", "Psychologie", "Ludwig-Maximilians-Universität München")])),
        J(0, "a working student (Werkstudent) in software development", trap="student", prof=
          p("Werkstudent Softwareentwicklung", "München, Deutschland", "DE",
            ["Java", "Spring Boot", "Git"],
            [("Werkstudent Softwareentwicklung", 1.0)],
            headline="Informatikstudent an der TU München · Werkstudent Java",
            edu=[("B.Sc.", "Informatik", "Technische Universität München")])),
        J(0, "a software development intern", trap="intern", prof=
          p("Software Engineering Intern", "Munich, Germany", "DE",
            ["Java", "Spring Boot", "PostgreSQL"],
            [("Software Engineering Intern", 0.4)])),
        J(0, "a barista and roaster: 'Java' is a coffee here", trap="homonym", prof=
          p("Barista", "München, Deutschland", "DE",
            ["Latte Art", "Coffee Roasting", "Java", "Customer Service"],
            [("Barista", 5.0, "Kaffeerösterei Schwabing")],
            headline="Barista & Röster | Single Origins: Java, Sumatra, Äthiopien",
            edu=[])),
        J(0, "a senior JavaScript developer: 'Java' in 'JavaScript', a frontend job", trap="homonym", prof=
          p("Senior JavaScript Developer", "Munich, Germany", "DE",
            ["JavaScript", "TypeScript", "React", "Node.js"],
            [("Senior JavaScript Developer", 4.0), ("Frontend Developer", 3.0)])),
        J(0, "the ideal senior Java developer, but in Salzburg, Austria", trap="wrong_country", prof=
          p("Senior Java Developer", "Salzburg, Österreich", "AT",
            ["Java", "Spring Boot", "PostgreSQL", "Kafka", "Docker"],
            [("Senior Java Developer", 4.0), ("Java Developer", 4.0)])),
    ], edu=DE_TECH_EDU))

# 13 -----------------------------------------------------------------------------------------
ES_EDU = [("Grado", "Estadística"), ("Grado", "Economía"), ("Máster", "Data Science"), ("Grado", "Matemáticas"),
          ("Grado", "Ingeniería Informática")]
ADS.append(AD(
    "data-analyst-madrid", "data", "es", "Analista de Datos", "Madrid, España",
    """En Solvia Energía, comercializadora de electricidad con 800.000 clientes, buscamos un/a Analista de Datos para nuestro equipo de Business Intelligence en Madrid.

Funciones:
- Analizar el consumo y la rentabilidad de la cartera de clientes
- Construir y mantener cuadros de mando para dirección comercial
- Automatizar informes y dar soporte a las decisiones de pricing

Requisitos:
- Al menos 2 años de experiencia como analista de datos
- SQL avanzado
- Python o R para análisis
- Power BI o Tableau
- Excel avanzado

Se valora: experiencia en el sector energético, Google BigQuery, estadística.

Modelo híbrido: tres días en la oficina de Madrid. Abstenerse agencias de selección.""",
    [
        J(2, "the ad's title: SQL, Python, Power BI, Excel, statistics, 4 years, Madrid",
          p("Analista de Datos", "Madrid, Comunidad de Madrid, España", "ES",
            ["SQL", "Python", "Power BI", "Excel", "Estadística"],
            [("Analista de Datos", 2.5), ("Analista de Datos Junior", 1.5)])),
        J(2, "Data Analyst (the title in English): SQL, R, Tableau, Excel, 3 years, Madrid",
          p("Data Analyst", "Madrid, Spain", "ES",
            ["SQL", "R", "Tableau", "Excel"],
            [("Data Analyst", 3.0)])),
        J(2, "Senior Data Analyst: SQL, Python, Power BI, BigQuery, energy sector, 6 years",
          p("Senior Data Analyst", "Madrid, España", "ES",
            ["SQL", "Python", "Power BI", "BigQuery", "Excel"],
            [("Senior Data Analyst", 3.0, "Meseta Energía"), ("Data Analyst", 3.0)])),
        J(2, "BI analyst building dashboards: SQL, Power BI, Python, Excel, 4 years",
          p("Business Intelligence Analyst", "Madrid, Spain", "ES",
            ["SQL", "Power BI", "Python", "Excel", "DAX"],
            [("Business Intelligence Analyst", 4.0)])),
        J(2, "the ad's title: SQL, Python, Tableau, Excel, 2.5 years",
          p("Analista de Datos", "Madrid, España", "ES",
            ["SQL", "Python", "Tableau", "Excel"],
            [("Analista de Datos", 2.5)])),
        J(1, "the right data analyst in " + near("Alcalá de Henares", "ES", "Madrid"),
          p("Data Analyst", "Alcalá de Henares, Madrid, España", "ES",
            ["SQL", "Python", "Power BI", "Excel"],
            [("Data Analyst", 3.0)])),
        J(1, "junior data analyst, one year",
          p("Analista de Datos Junior", "Madrid, España", "ES",
            ["SQL", "Excel", "Power BI"],
            [("Analista de Datos Junior", 1.0)])),
        J(1, "data scientist (family): Python, SQL, machine learning; no BI tools",
          p("Data Scientist", "Madrid, Spain", "ES",
            ["Python", "SQL", "Machine Learning", "Statistics"],
            [("Data Scientist", 4.0)])),
        J(1, "business analyst (family): SQL and Excel, no Python/R, no BI tool",
          p("Analista de Negocio", "Madrid, España", "ES",
            ["SQL", "Excel", "Requisitos de negocio"],
            [("Analista de Negocio", 5.0)])),
        J(1, "data analyst working in Excel and Google Analytics: no SQL, no Python/R",
          p("Data Analyst", "Madrid, Spain", "ES",
            ["Excel", "Google Analytics", "Looker Studio"],
            [("Data Analyst", 3.0)])),
        J(0, "a recruiter naming data analysts, SQL and Power BI", trap="recruiter", prof=
          p("Técnica de Selección IT", "Madrid, España", "ES",
            ["Reclutamiento", "Selección de personal", "SQL", "Power BI"],
            [("Técnica de Selección IT", 3.0, "Talento Castellana")],
            headline="IT Recruiter | Buscamos Analistas de Datos con SQL y Power BI",
            edu=[("Grado", "Psicología", "Universidad Complutense de Madrid")])),
        J(0, "a computer engineering student", trap="student", prof=
          p("Estudiante", "Madrid, España", "ES",
            ["Python", "SQL", "Excel"], [],
            headline="Estudiante de Ingeniería Informática en la UC3M | Student",
            edu=[("Grado", "Ingeniería Informática", "Universidad Carlos III de Madrid")], years=0.0)),
        J(0, "a data analytics intern (becaria)", trap="intern", prof=
          p("Data Analyst Intern", "Madrid, España", "ES",
            ["SQL", "Python", "Power BI"],
            [("Data Analyst Intern", 0.5)],
            headline="Becaria de Análisis de Datos | SQL, Python")),
        J(0, "a data-entry clerk (grabador de datos): shares 'datos'", trap="homonym", prof=
          p("Grabador de Datos", "Madrid, España", "ES",
            ["Grabación de datos", "Excel", "Mecanografía"],
            [("Grabador de Datos", 6.0, "Gestoría Chamberí")],
            headline="Grabador de datos | administración")),
        J(0, "a chemistry lab analyst: shares 'Analista', a laboratory job", trap="homonym", prof=
          p("Analista de Laboratorio", "Madrid, España", "ES",
            ["HPLC", "Cromatografía", "Control de Calidad", "Excel"],
            [("Analista de Laboratorio", 5.0, "Laboratorios Retiro")],
            edu=[("Grado", "Química", "Universidad Autónoma de Madrid")])),
        J(0, "the right data analyst, but in Madrid, Cundinamarca, Colombia", trap="wrong_country", prof=
          p("Analista de Datos", "Madrid, Cundinamarca, Colombia", "CO",
            ["SQL", "Python", "Power BI", "Excel"],
            [("Analista de Datos", 4.0)])),
    ], edu=ES_EDU))


# 14 -----------------------------------------------------------------------------------------
SRE_NL_SCHOOLS = ["University of Amsterdam", "Vrije Universiteit Amsterdam", "Delft University of Technology",
                  "Hogeschool van Amsterdam", "University of Twente"]
ADS.append(AD(
    "sre-amsterdam", "sre", "en", "Site Reliability Engineer", "Amsterdam, Netherlands",
    """Veloway runs the booking and payments platform behind 1.2 million e-bike and scooter rides a week in 30 European cities. We are hiring a Site Reliability Engineer to join our six-person reliability team in Amsterdam.

What you will do:
- Run our Kubernetes clusters (EKS) and the services on them, managed with Terraform and Helm
- Own observability: Prometheus, Alertmanager and Grafana, and the SLOs our product teams work to
- Write tooling and automation in Go or Python
- Take part in the on-call rotation (one week in six) and lead incident reviews

Requirements:
- 3+ years as a site reliability engineer, production engineer or in a comparable infrastructure role on software systems
- Kubernetes in production
- Prometheus-based monitoring and alerting
- Terraform (or another infrastructure-as-code tool)
- Go or Python
- On-call experience for customer-facing services

Nice to have: AWS, Helm, Argo CD, PostgreSQL at scale, chaos engineering.

Please note: this is a software reliability role, not reliability or maintenance engineering for physical equipment.

Hybrid: three days a week in our office at the Amsterdam Zuidas. You must already live in the Netherlands; we cannot sponsor visas or hire from abroad. No agencies.""",
    [
        J(2, "exact title, every must-have (Kubernetes, Prometheus, Terraform, Go, on-call), 5 years, Amsterdam; "
             "writes 'Noord-Holland, Nederland'",
          p("Site Reliability Engineer", "Amsterdam, Noord-Holland, Nederland", "Nederland",
            ["Kubernetes", "Prometheus", "Terraform", "Go", "Grafana", "On-call", "AWS"],
            [("Site Reliability Engineer", 3.0), ("DevOps Engineer", 2.0)],
            hl=["Ran the on-call rotation for the payments API (99.95% SLO)",
                "Moved alerting from Nagios to Prometheus and Alertmanager"], g="f")),
        J(2, "Production Engineer doing SRE work: SLOs, Prometheus alerting, Kubernetes, Terraform, Python, weekly "
             "on-call; the ad names production engineers",
          p("Production Engineer", "Amsterdam, Netherlands", "Netherlands",
            ["Kubernetes", "Prometheus", "Terraform", "Python", "Incident Response", "On-call", "Linux"],
            [("Production Engineer", 2.5), ("Site Reliability Engineer", 2.0)],
            headline="Production Engineer | SLOs, Prometheus, Kubernetes · on-call for the booking platform",
            hl=["Owned SLOs and Prometheus alerting for 40 booking services",
                "Primary on-call one week in five; led 12 postmortems"])),
        J(2, "Platform Reliability Engineer: an SRE in all but name — Kubernetes, Prometheus, Terraform, Go, error "
             "budgets, on-call",
          p("Platform Reliability Engineer", "Amsterdam", "NL",
            ["Kubernetes", "Prometheus", "Grafana", "Terraform", "Go", "Helm", "PagerDuty"],
            [("Platform Reliability Engineer", 3.0), ("Software Engineer", 2.5)],
            hl=["Introduced error budgets and Prometheus SLO alerts for 60 services",
                "On-call for the Kubernetes platform (EKS, 14 clusters)"])),
        J(2, "SRE (the abbreviation), skills written as aliases (k8s, golang), Prometheus, Terraform, PagerDuty "
             "on-call, 3.5 years",
          p("SRE", "Amsterdam, Nederland", "NL",
            ["k8s", "golang", "Prometheus", "Terraform", "PagerDuty", "Python"],
            [("SRE", 2.0), ("Junior SRE", 1.5)])),
        J(2, "senior SRE: more than the 3+ years asked, every must-have with Python and AWS, incident command",
          p("Senior Site Reliability Engineer", "Amsterdam, North Holland, The Netherlands", "The Netherlands",
            ["Kubernetes", "Prometheus", "Terraform", "Python", "AWS", "Incident Management", "On-call"],
            [("Senior Site Reliability Engineer", 3.0), ("Site Reliability Engineer", 3.5),
             ("Systems Engineer", 2.0)], g="m", names="en")),
        J(1, "the right SRE in " + near("Haarlem", "NL", "Amsterdam"),
          p("Site Reliability Engineer", "Haarlem, Noord-Holland, Nederland", "Nederland",
            ["Kubernetes", "Prometheus", "Terraform", "Go", "On-call"],
            [("Site Reliability Engineer", 4.0)])),
        J(1, "DevOps Engineer (family): Kubernetes, Terraform, Python, but CI/CD rather than reliability — no "
             "Prometheus, no on-call",
          p("DevOps Engineer", "Amsterdam, Netherlands", "NL",
            ["Kubernetes", "Terraform", "Python", "Jenkins", "GitLab CI", "Docker"],
            [("DevOps Engineer", 4.0)])),
        J(1, "Platform Engineer (family): Kubernetes, Terraform, Go; builds the platform, no monitoring or on-call",
          p("Platform Engineer", "Amsterdam, Nederland", "NL",
            ["Kubernetes", "Terraform", "Go", "Helm", "Argo CD"],
            [("Platform Engineer", 3.5)])),
        J(1, "junior SRE: the right skills, 1.5 years where the ad asks 3+",
          p("Junior Site Reliability Engineer", "Amsterdam, Netherlands", "NL",
            ["Kubernetes", "Prometheus", "Python", "Terraform"],
            [("Junior Site Reliability Engineer", 1.5)])),
        J(1, "Linux systems engineer with on-call, Prometheus, Ansible and Python; no Kubernetes, no Terraform",
          p("Linux Systems Engineer", "Amsterdam, Netherlands", "Netherlands",
            ["Linux", "Prometheus", "Ansible", "Python", "Bash", "On-call"],
            [("Linux Systems Engineer", 6.0)])),
        J(0, "a tech recruiter whose headline names the ad's title and stack", trap="recruiter", prof=
          p("Technical Recruiter", "Amsterdam, Netherlands", "NL",
            ["Technical Recruiting", "Sourcing", "Kubernetes", "Prometheus", "Terraform", "Go"],
            [("Technical Recruiter", 3.0, "Canal Street Talent")],
            headline="Tech Recruiter | hiring Site Reliability Engineers in Amsterdam — Kubernetes, Prometheus, "
                     "Terraform, Go",
            edu=[("BA", "Communication Science", "University of Amsterdam")], g="f")),
        J(0, "a computer science master's student", trap="student", prof=
          p("Student", "Amsterdam, Nederland", "NL",
            ["Go", "Kubernetes", "Prometheus", "Python"], [],
            headline="MSc Computer Science student at VU Amsterdam | Kubernetes, Go, Prometheus",
            edu=[("MSc", "Computer Science", "Vrije Universiteit Amsterdam")], years=0.4, g="m")),
        J(0, "an SRE intern (stagiair, graduation internship)", trap="intern", prof=
          p("Stagiair Site Reliability Engineering", "Amsterdam, Nederland", "NL",
            ["Kubernetes", "Prometheus", "Terraform", "Python"],
            [("Stagiair Site Reliability Engineering", 0.4)],
            headline="SRE intern (afstudeerstage) | Kubernetes, Prometheus, Terraform",
            edu=[("BSc", "HBO-ICT", "Hogeschool van Amsterdam")])),
        J(0, "a mechanical Reliability Engineer in Amsterdam (vibration analysis, FMEA, RCM, SAP PM on bottling "
             "lines): the title's words, physical equipment", trap="homonym", prof=
          p("Reliability Engineer", "Amsterdam, Noord-Holland, Nederland", "Nederland",
            ["Vibration Analysis", "FMEA", "Reliability Centered Maintenance", "SAP PM", "Root Cause Analysis",
             "Condition Monitoring"],
            [("Reliability Engineer", 5.0, "Westpoort Brewing Company"), ("Maintenance Engineer", 3.0,
                                                                         "IJhaven Packaging")],
            headline="Reliability Engineer | vibration analysis, FMEA, RCM, SAP PM — bottling and packaging lines",
            edu=[("BSc", "Mechanical Engineering", "Hogeschool van Amsterdam")])),
        J(0, "a power-plant Reliability Engineer: 'site reliability' and on-call, for gas turbines", trap="homonym",
          prof=
          p("Reliability Engineer", "Amsterdam, Netherlands", "NL",
            ["Reliability Engineering", "Predictive Maintenance", "Gas Turbines", "Root Cause Analysis", "Maximo",
             "Weibull Analysis", "On-call"],
            [("Reliability Engineer", 4.0, "Hemweg Energy Centre"), ("Maintenance Engineer", 4.0,
                                                                    "Noordzee Power Services")],
            headline="Reliability Engineer – power plants | availability, predictive maintenance, RCA · on-call "
                     "for plant outages",
            hl=["Site reliability lead for two gas-fired units (availability 97.8%)",
                "Storingsdienst (on-call) for forced outages"],
            edu=[("MSc", "Mechanical Engineering", "Delft University of Technology")])),
        J(0, "a factory Production Engineer (Lean, OEE, PLC on cocoa lines): the title the ad accepts, an "
             "industrial job", trap="homonym", prof=
          p("Production Engineer", "Zaandam, Noord-Holland, Nederland", "Nederland",
            ["Lean Manufacturing", "Six Sigma", "PLC", "OEE", "Root Cause Analysis", "AutoCAD"],
            [("Production Engineer", 5.0, "Zaanstreek Cocoa Works")],
            headline="Production Engineer | process improvement on cocoa processing lines · Lean, OEE, PLC",
            edu=[("BSc", "Industrial Engineering", "Hogeschool van Amsterdam")])),
        J(0, "the right SRE, but in " + far("Antwerp", "BE", "Amsterdam", "NL") + "; the ad hires only people "
             "living in the Netherlands", trap="wrong_country", prof=
          p("Site Reliability Engineer", "Antwerp, Flanders, Belgium", "BE",
            ["Kubernetes", "Prometheus", "Terraform", "Go", "On-call"],
            [("Site Reliability Engineer", 4.0), ("DevOps Engineer", 2.0)])),
        J(0, "the ideal SRE, but in Amsterdam, New York, United States", trap="wrong_country", prof=
          p("Site Reliability Engineer", "Amsterdam, New York, United States", "US",
            ["Kubernetes", "Prometheus", "Terraform", "Python", "On-call", "AWS"],
            [("Site Reliability Engineer", 5.0)],
            edu=[("BS", "Computer Science", "Rensselaer Polytechnic Institute")])),
    ], edu=TECH_EDU, schools=SRE_NL_SCHOOLS))

# 15 -----------------------------------------------------------------------------------------
MASTER_FYQ = "Formación del Profesorado de Educación Secundaria (especialidad Física y Química)"
TEACH_ES_EDU = [("Grado", "Física"), ("Grado", "Química"), ("Licenciatura", "Ciencias Físicas"),
                ("Grado", "Ingeniería Química")]
ADS.append(AD(
    "physics-teacher-madrid", "education", "es", "Profesor/a de Física y Química", "Madrid, España",
    """El Colegio Ribera del Manzanares, centro concertado bilingüe de Madrid (distrito de Arganzuela) con 1.100 alumnos, busca un/a Profesor/a de Física y Química para Educación Secundaria Obligatoria (ESO) y Bachillerato, con incorporación en septiembre de 2025.

Funciones:
- Impartir Física y Química en 3.º y 4.º de ESO y Física en 2.º de Bachillerato (preparación de la PAU)
- Diseñar y realizar prácticas de laboratorio
- Programar, evaluar y atender a la diversidad del alumnado
- Tutoría de un grupo y coordinación con el departamento de Ciencias

Requisitos:
- Grado o Licenciatura en Física, Química o Ingeniería (o titulación equivalente)
- Máster Universitario en Formación del Profesorado de Educación Secundaria (Máster del Profesorado), especialidad Física y Química: imprescindible
- Al menos 2 años de experiencia docente en ESO o Bachillerato

Se valora: experiencia en 2.º de Bachillerato, inglés C1 (programa bilingüe), Google Workspace for Education, aprendizaje basado en proyectos.

Ofrecemos: contrato indefinido a jornada completa, salario según el convenio de la enseñanza concertada, formación continua.

Este puesto es de docencia en Secundaria; no buscamos maestros de Primaria ni profesorado de Educación Física. Abstenerse agencias y academias.""",
    [
        J(2, "Profesora de Física in Bachillerato with the Máster del Profesorado (Física y Química): PAU "
             "preparation, labs, 5 years in Madrid",
          p("Profesora de Física", "Madrid, Comunidad de Madrid, España", "España",
            ["Física", "Química", "Didáctica de las Ciencias", "Prácticas de laboratorio", "Preparación PAU",
             "Google Classroom"],
            [("Profesora de Física", 5.0)],
            hl=["Física de 2.º de Bachillerato: 94 % de aprobados en la PAU 2024"],
            edu=[("Máster Universitario", MASTER_FYQ, "Universidad Complutense de Madrid"),
                 ("Grado", "Física", "Universidad Complutense de Madrid")], g="f")),
        J(2, "Docente de Física y Química (synonym) in ESO and Bachillerato, Máster del Profesorado, 4 years",
          p("Docente de Física y Química", "Madrid, España", "España",
            ["Física y Química", "ESO", "Bachillerato", "Prácticas de laboratorio", "Aprendizaje basado en proyectos",
             "Atención a la diversidad"],
            [("Docente de Física y Química", 4.0)],
            edu=[("Máster Universitario", MASTER_FYQ, "Universidad Autónoma de Madrid"),
                 ("Grado", "Química", "Universidad Autónoma de Madrid")], g="m")),
        J(2, "the ad's title with its levels in brackets, Máster del Profesorado, tutor, inglés C1, 8 years",
          p("Profesor de Física y Química (ESO/Bachillerato)", "Madrid", "ES",
            ["Física", "Química", "Tutoría", "Inglés C1", "Moodle", "Prácticas de laboratorio"],
            [("Profesor de Física y Química (ESO/Bachillerato)", 5.0),
             ("Profesor interino de Física y Química", 3.0, "IES Severo Ochoa")],
            edu=[("Máster Universitario", MASTER_FYQ, "Universidad de Alcalá"),
                 ("Licenciatura", "Ciencias Físicas", "Universidad Complutense de Madrid")], g="m")),
        J(2, "Profesora de Física y Química at a bilingual school: chemical engineer (the ad accepts engineering), "
             "Máster del Profesorado, inglés C1, 3 years",
          p("Profesora de Física y Química", "Madrid, España", "ES",
            ["Física y Química", "Bachillerato", "Inglés C1", "Enseñanza bilingüe", "Prácticas de laboratorio"],
            [("Profesora de Física y Química", 3.0)],
            edu=[("Máster Universitario", MASTER_FYQ, "Universidad Rey Juan Carlos"),
                 ("Grado", "Ingeniería Química", "Universidad Politécnica de Madrid")], g="f")),
        J(2, "head of a Física y Química department who still teaches ESO and Bachillerato, 18 years; her CAP "
             "(before 2009) stands in for the Máster del Profesorado by law",
          p("Jefa de Departamento de Física y Química", "Madrid, España", "España",
            ["Física", "Química", "Coordinación de departamento", "Programación didáctica", "Preparación PAU",
             "Prácticas de laboratorio"],
            [("Jefa de Departamento de Física y Química", 6.0), ("Profesora de Física y Química", 12.0)],
            edu=[("CAP", "Curso de Adaptación Pedagógica", "Universidad Autónoma de Madrid"),
                 ("Licenciatura", "Ciencias Físicas", "Universidad Autónoma de Madrid")], g="f")),
        J(1, "the right teacher in " + near("Alcalá de Henares", "ES", "Madrid"),
          p("Profesor de Física y Química", "Alcalá de Henares, Comunidad de Madrid, España", "España",
            ["Física y Química", "ESO", "Bachillerato", "Prácticas de laboratorio"],
            [("Profesor de Física y Química", 6.0)],
            edu=[("Máster Universitario", MASTER_FYQ, "Universidad de Alcalá"),
                 ("Grado", "Química", "Universidad de Alcalá")], g="m")),
        J(1, "teaches the subject at a private school, but the Máster del Profesorado the ad makes indispensable "
             "is still in progress (June 2025)",
          p("Profesor de Física y Química", "Madrid, España", "ES",
            ["Física", "Química", "ESO", "Prácticas de laboratorio"],
            [("Profesor de Física y Química", 2.0, "Colegio Privado Valdeluz")],
            hl=["Colegio privado; terminando el Máster del Profesorado (junio de 2025)"],
            edu=[("Máster Universitario (en curso)", MASTER_FYQ, "Universidad Internacional de La Rioja"),
                 ("Grado", "Física", "Universidad Complutense de Madrid")], g="m")),
        J(1, "a Profesora interina de Física y Química with the Máster, one year where the ad asks two",
          p("Profesora interina de Física y Química", "Madrid, España", "España",
            ["Física y Química", "ESO", "Atención a la diversidad"],
            [("Profesora interina de Física y Química", 1.0, "IES Gregorio Marañón")],
            edu=[("Máster Universitario", MASTER_FYQ, "Universidad Autónoma de Madrid"),
                 ("Grado", "Física", "Universidad Autónoma de Madrid")], g="f")),
        J(1, "teaches physics for the PAU in a tutoring academy: the subject and the level, not a school "
             "(no programming, evaluation or tutoring of a group)",
          p("Profesor de Física y Matemáticas (academia)", "Madrid, España", "ES",
            ["Física", "Matemáticas", "Preparación PAU", "Clases de refuerzo"],
            [("Profesor de Física y Matemáticas (academia)", 4.0, "Academia Moncloa Estudios")],
            edu=[("Máster Universitario", MASTER_FYQ, "Universidad Complutense de Madrid"),
                 ("Grado", "Física", "Universidad Complutense de Madrid")], g="m")),
        J(1, "Physics Teacher at a British international school in Madrid: the subject at the level, but a PGCE "
             "instead of the Máster del Profesorado and no chemistry",
          p("Physics Teacher", "Madrid, Spain", "Spain",
            ["Physics", "IGCSE", "A-Level Physics", "Lab Practicals", "Classroom Management"],
            [("Physics Teacher", 5.0, "Kensington International School Madrid"), ("Science Teacher", 2.0,
                                                                                  "Harrow Road Academy")],
            edu=[("PGCE", "Secondary Physics", "University of Bristol"), ("BSc", "Physics", "University of Bristol")],
            g="f", names="en")),
        J(0, "a selection consultant whose headline names the ad's title and the Máster", trap="recruiter", prof=
          p("Consultora de Selección – Educación", "Madrid, España", "ES",
            ["Selección de personal", "Reclutamiento", "Física y Química", "Máster del Profesorado",
             "Educación Secundaria"],
            [("Consultora de Selección – Educación", 4.0, "Aula Talento Selección")],
            headline="Seleccionamos Profesores/as de Física y Química para colegios de Madrid | ESO, Bachillerato, "
                     "Máster del Profesorado",
            edu=[("Grado", "Psicología", "Universidad Complutense de Madrid")], g="f")),
        J(0, "a physics undergraduate who gives private lessons", trap="student", prof=
          p("Estudiante", "Madrid, España", "ES",
            ["Física", "Química", "Matemáticas", "Clases particulares"], [],
            headline="Estudiante de 4.º de Física en la UCM | clases particulares de Física y Química",
            edu=[("Grado (en curso)", "Física", "Universidad Complutense de Madrid")], years=0.0, g="m")),
        J(0, "a student teacher on the Máster's practicum", trap="intern", prof=
          p("Profesor en prácticas de Física y Química", "Madrid, España", "ES",
            ["Física y Química", "Programación didáctica", "ESO"],
            [("Profesor en prácticas de Física y Química", 0.3, "IES Isaac Peral")],
            headline="Prácticum del Máster del Profesorado (Física y Química) en un IES de Madrid",
            edu=[("Máster Universitario (en curso)", MASTER_FYQ, "Universidad Autónoma de Madrid"),
                 ("Grado", "Química", "Universidad Autónoma de Madrid")], g="m")),
        J(0, "a PE teacher (Profesora de Educación Física): 'Profesora', 'Física', ESO, Bachillerato and the "
             "Máster — another subject", trap="homonym", prof=
          p("Profesora de Educación Física", "Madrid, España", "España",
            ["Educación Física", "Deportes", "Expresión corporal", "Primeros auxilios", "ESO", "Bachillerato"],
            [("Profesora de Educación Física", 7.0)],
            headline="Profesora de Educación Física en ESO y Bachillerato",
            edu=[("Máster Universitario", "Formación del Profesorado de Educación Secundaria (Educación Física)",
                  "Universidad Politécnica de Madrid"),
                 ("Grado", "Ciencias de la Actividad Física y del Deporte", "Universidad Politécnica de Madrid")],
            g="f")),
        J(0, "a primary-school teacher (Maestra de Educación Primaria): natural sciences for children, not "
             "secondary physics and chemistry", trap="homonym", prof=
          p("Maestra de Educación Primaria", "Madrid, España", "ES",
            ["Educación Primaria", "Ciencias de la Naturaleza", "Tutoría", "Inglés"],
            [("Maestra de Educación Primaria", 9.0, "CEIP Los Almendros")],
            edu=[("Grado", "Magisterio en Educación Primaria", "Universidad Autónoma de Madrid")], g="f")),
        J(0, "a research physicist (particle-physics postdoc): knows the subject, is not a teacher — no Máster "
             "del Profesorado, never taught ESO or Bachillerato", trap="homonym", prof=
          p("Físico investigador", "Madrid, España", "ES",
            ["Física de partículas", "Python", "C++", "Análisis de datos", "Física teórica"],
            [("Físico investigador (postdoc)", 3.0, "Instituto de Física Teórica UAM-CSIC"),
             ("Investigador predoctoral", 4.0, "Universidad Autónoma de Madrid")],
            edu=[("Doctorado", "Física Teórica", "Universidad Autónoma de Madrid"),
                 ("Grado", "Física", "Universidad Autónoma de Madrid")], g="m")),
        J(0, "a physiotherapist (Fisioterapeuta): 'Fis-' and a health job", trap="homonym", prof=
          p("Fisioterapeuta", "Madrid, España", "ES",
            ["Fisioterapia", "Terapia manual", "Rehabilitación", "Punción seca"],
            [("Fisioterapeuta", 6.0, "Clínica Fisio Retiro")],
            edu=[("Grado", "Fisioterapia", "Universidad Rey Juan Carlos")], g="f")),
        J(0, "a physics teacher, but in Madrid, Cundinamarca, Colombia", trap="wrong_country", prof=
          p("Docente de Física", "Madrid, Cundinamarca, Colombia", "Colombia",
            ["Física", "Química", "Docencia", "Prácticas de laboratorio"],
            [("Docente de Física", 7.0, "Institución Educativa Departamental Madrid")],
            edu=[("Licenciatura", "Física", "Universidad Pedagógica Nacional")], g="f")),
        J(0, "the right teacher, but in " + far("Lisbon", "PT", "Madrid", "ES") + " (Portuguese: 'Física e Química')",
          trap="wrong_country", prof=
          p("Professora de Física e Química", "Lisboa, Portugal", "Portugal",
            ["Física e Química", "Ensino Secundário", "Laboratório"],
            [("Professora de Física e Química", 9.0, "Escola Secundária de Benfica")],
            edu=[("Mestrado", "Ensino de Física e Química", "Universidade de Lisboa")], g="f")),
    ], edu=TEACH_ES_EDU, at="en",
    companies=["Colegio {w}", "IES {w}", "Colegio Concertado {w}", "Colegio Bilingüe {w}"],
    words=["Las Encinas", "Los Álamos", "Miraflores", "El Pilar", "Santa Clara", "Valdeluz", "San Blas",
           "La Vaguada", "Rosa Chacel", "Arganzuela", "Ciudad Lineal", "Fuente del Berro"],
    schools=["Universidad Complutense de Madrid", "Universidad Autónoma de Madrid", "Universidad de Alcalá",
             "Universidad Rey Juan Carlos"]))

# 16 -----------------------------------------------------------------------------------------
DEI = ("Diplôme d'État d'infirmier", "Soins infirmiers")
ADS.append(AD(
    "nurse-paris", "healthcare", "fr", "Infirmier (H/F) – Réanimation", "Paris",
    """L'Hôpital des Buttes-Chaumont, établissement de santé privé d'intérêt collectif (ESPIC) de 450 lits dans le 19e arrondissement de Paris, recrute un Infirmier (H/F) pour son service de réanimation polyvalente (18 lits), en CDI, à temps plein ou à 80 %.

Vos missions :
- Prise en charge globale des patients de réanimation : surveillance hémodynamique, ventilation mécanique invasive et non invasive
- Préparation et administration des traitements (amines, sédation, pousse-seringues), gestion des voies veineuses centrales et artérielles
- Participation aux soins d'urgence et aux transferts intra-hospitaliers
- Traçabilité dans le dossier patient informatisé, transmissions ciblées
- Accueil des familles, travail en binôme avec les aides-soignants

Profil recherché :
- Diplôme d'État d'infirmier obligatoire, inscription à l'Ordre national des infirmiers
- Expérience en réanimation, en soins intensifs (USI, USIC) ou en soins continus souhaitée, d'au moins un an
- AFGSU niveau 2 à jour
- Rigueur, sang-froid, goût du travail en équipe

Les plus : expérience de l'ECMO ou de l'épuration extrarénale, DU de réanimation.

Nous offrons : rémunération selon la convention collective FEHAP avec reprise d'ancienneté, prime de nuit, postes en 12 h de jour ou de nuit, crèche d'entreprise.

Pas d'intérim ni de cabinets de recrutement.""",
    [
        J(2, "Infirmière en réanimation: ventilation, hemodynamic monitoring, central lines, AFGSU 2, 7 years, Paris",
          p("Infirmière en réanimation", "Paris, Île-de-France, France", "France",
            ["Réanimation", "Ventilation mécanique", "Surveillance hémodynamique", "Pousse-seringue électrique",
             "Voies veineuses centrales", "AFGSU niveau 2"],
            [("Infirmière en réanimation", 5.0), ("Infirmière diplômée d'État", 2.0)],
            hl={0: ["Réanimation médicale (16 lits) : patients ventilés, amines, épuration extrarénale"]}, g="f")),
        J(2, "Infirmière diplômée d'État whose four years are in a réanimation polyvalente (it says so in the "
             "position): every must-have",
          p("Infirmière diplômée d'État", "Paris, France", "FR",
            ["Soins intensifs", "Ventilation non invasive", "Cathéter artériel", "Transmissions ciblées", "AFGSU 2"],
            [("Infirmière diplômée d'État", 4.0)],
            hl=["Service de réanimation polyvalente depuis 2021", "Référente ventilation non invasive"], g="f")),
        J(2, "IDE (the abbreviation) in surgical réanimation, ventilation, amines, ECMO, 7 years; the headline "
             "says it all",
          p("IDE", "Paris", "France",
            ["Réanimation", "Ventilation mécanique", "Soins critiques", "Amines", "ECMO"],
            [("IDE", 7.0)],
            headline="IDE en réanimation chirurgicale | AFGSU 2 | 7 ans d'expérience",
            hl=["Réanimation chirurgicale (18 lits), postes de nuit en 12 h"], g="m")),
        J(2, "Infirmier en soins intensifs (USIC): the ad accepts intensive-care units; monitoring, defibrillation, "
             "AFGSU 2, 4 years",
          p("Infirmier en soins intensifs", "Paris, Île-de-France, France", "FR",
            ["Soins intensifs", "Cardiologie", "Surveillance scopée", "Défibrillation", "AFGSU 2"],
            [("Infirmier en soins intensifs", 4.0)],
            hl=["Unité de soins intensifs de cardiologie (USIC), 12 lits"], g="m")),
        J(2, "every must-have and both pluses (ECMO, DU de réanimation), 8 years",
          p("Infirmière DE – Réanimation chirurgicale", "Paris, France", "France",
            ["Réanimation", "ECMO", "Épuration extrarénale", "Ventilation mécanique", "DU de réanimation"],
            [("Infirmière DE – Réanimation chirurgicale", 6.0), ("Infirmière en soins continus", 2.0)],
            edu=[("DU", "Réanimation et soins intensifs", "Université Paris Cité"),
                 ("Diplôme d'État d'infirmier", "Soins infirmiers", "IFSI de l'AP-HP")], g="f")),
        J(1, "a DE nurse in the operating theatre (Infirmier de bloc): a nurse, but instrumentation rather than "
             "intensive care",
          p("Infirmier de bloc", "Paris, France", "FR",
            ["Bloc opératoire", "Instrumentation", "Hygiène hospitalière", "Asepsie"],
            [("Infirmier de bloc", 6.0)], g="m")),
        J(1, "the right réanimation nurse in " + near("Créteil", "FR", "Paris"),
          p("Infirmière en réanimation", "Créteil, Île-de-France, France", "France",
            ["Réanimation", "Ventilation mécanique", "AFGSU 2", "Surveillance hémodynamique"],
            [("Infirmière en réanimation", 5.0)], g="f")),
        J(1, "Infirmière diplômée d'État on an internal-medicine ward: no intensive care, which the ad wishes for",
          p("Infirmière diplômée d'État", "Paris, France", "France",
            ["Soins infirmiers", "Préparation des traitements", "Pansements", "Transmissions ciblées"],
            [("Infirmière diplômée d'État", 5.0)],
            hl=["Service de médecine interne (30 lits)"], g="f")),
        J(1, "emergency nurse (family): acute care, triage and AFGSU 2, no ventilation or réanimation",
          p("Infirmière aux urgences", "Paris, France", "FR",
            ["Urgences", "IOA (infirmière organisatrice de l'accueil)", "Soins d'urgence", "AFGSU 2"],
            [("Infirmière aux urgences", 5.0)], g="f")),
        J(1, "a nurse anaesthetist (IADE): the critical-care skills and more, but a specialist on another pay "
             "grid, unlikely to take a ward réanimation post",
          p("Infirmier anesthésiste (IADE)", "Paris, France", "France",
            ["Anesthésie", "Ventilation", "SSPI", "Gestion des voies aériennes"],
            [("Infirmier anesthésiste (IADE)", 6.0), ("Infirmier en réanimation", 3.0)],
            edu=[("Diplôme d'État d'infirmier anesthésiste", "Anesthésie-réanimation", "École d'IADE de la "
                                                                                 "Pitié-Salpêtrière"),
                 ("Diplôme d'État d'infirmier", "Soins infirmiers", "IFSI de l'AP-HP")], g="m")),
        J(1, "the right unit, but eight months since her diploma where the ad wishes for a year",
          p("Infirmière en réanimation", "Paris, France", "France",
            ["Réanimation", "Ventilation mécanique", "AFGSU 2"],
            [("Infirmière en réanimation", 0.7)], g="f")),
        J(0, "a healthcare recruiter whose headline names réanimation nurses", trap="recruiter", prof=
          p("Chargée de recrutement paramédical", "Paris, France", "France",
            ["Recrutement", "Sourcing", "Réanimation", "IDE", "Soins intensifs"],
            [("Chargée de recrutement paramédical", 4.0, "Santé Talents Conseil")],
            headline="Recrutement d'infirmiers (H/F) en réanimation, bloc et urgences – Paris et Île-de-France",
            edu=[("Master", "Gestion des ressources humaines", "Université Paris 1 Panthéon-Sorbonne")], g="f")),
        J(0, "a third-year nursing student (ESI)", trap="student", prof=
          p("Étudiante en soins infirmiers", "Paris, France", "FR",
            ["Soins infirmiers", "Réanimation", "AFGSU 2"], [],
            headline="Étudiante infirmière (ESI) 3e année | stage en réanimation",
            edu=[("Diplôme d'État d'infirmier (en cours)", "Soins infirmiers", "IFSI de l'AP-HP")], years=0.0,
            g="f")),
        J(0, "a nursing student on her final placement in réanimation (stagiaire)", trap="intern", prof=
          p("Stagiaire – service de réanimation", "Paris, France", "France",
            ["Réanimation", "Soins infirmiers", "Ventilation mécanique"],
            [("Stagiaire – service de réanimation", 0.25)],
            headline="Stage de fin d'études (ESI 3e année) en réanimation médicale",
            edu=[("Diplôme d'État d'infirmier (en cours)", "Soins infirmiers", "IFSI Croix-Rouge Compétence")],
            g="f")),
        J(0, "a care assistant (aide-soignante) in a réanimation unit: the unit and the vocabulary, another "
             "occupation — no Diplôme d'État d'infirmier", trap="homonym", prof=
          p("Aide-soignante en réanimation", "Paris, France", "France",
            ["Soins d'hygiène et de confort", "Réanimation", "Binôme IDE", "Bionettoyage"],
            [("Aide-soignante en réanimation", 8.0)],
            edu=[("Diplôme d'État d'aide-soignant", "Soins", "IFAS de Paris")], g="f")),
        J(0, "a puéricultrice running a crèche for eight years: a nurse by diploma, but early-childhood care and "
             "no adult intensive care since her training; not someone to call for adult réanimation",
          trap="homonym", prof=
          p("Infirmière puéricultrice", "Paris, France", "France",
            ["Puériculture", "Petite enfance", "Soins pédiatriques", "PMI"],
            [("Infirmière puéricultrice", 8.0, "Crèche collective des Lilas"), ("Infirmière", 2.0)],
            hl={0: ["Directrice adjointe d'une crèche collective de 60 berceaux"]},
            edu=[("Diplôme d'État de puéricultrice", "Puériculture", "École de puériculture de Paris"), ("Diplôme d'État d'infirmier", "Soins infirmiers", "IFSI de Paris")], g="f")),
        J(0, "a veterinary nurse (auxiliaire spécialisée vétérinaire): care, injections and anaesthesia — for "
             "animals", trap="homonym", prof=
          p("Auxiliaire vétérinaire", "Paris, France", "France",
            ["Soins aux animaux", "Anesthésie vétérinaire", "Injections", "Hospitalisation", "Accueil clientèle"],
            [("Auxiliaire spécialisée vétérinaire", 5.0, "Clinique vétérinaire des Buttes")],
            headline="Auxiliaire spécialisée vétérinaire (ASV) | soins infirmiers et hospitalisation des animaux",
            edu=[("Titre ASV", "Auxiliaire spécialisée vétérinaire", "GIPSA Paris")], g="f")),
        J(0, "the ideal ICU nurse, but in Paris, Texas, United States", trap="wrong_country", prof=
          p("ICU Registered Nurse", "Paris, Texas, United States", "US",
            ["Intensive Care", "Mechanical Ventilation", "Hemodynamic Monitoring", "ACLS", "BLS"],
            [("ICU Registered Nurse", 6.0, "Red River Regional Hospital")],
            edu=[("BSN", "Nursing", "Texas A&M University-Commerce")])),
        J(0, "a French-speaking ICU nurse, but in " + far("Brussels", "BE", "Paris", "FR"), trap="wrong_country",
          prof=
          p("Infirmière en soins intensifs", "Bruxelles, Belgique", "Belgique",
            ["Soins intensifs", "Ventilation mécanique", "Réanimation", "Surveillance hémodynamique"],
            [("Infirmière en soins intensifs", 6.0, "Clinique Saint-Pierre d'Ixelles")],
            edu=[("Bachelier", "Soins infirmiers", "Haute École Léonard de Vinci")], g="f", names="fr")),
    ], edu=[DEI], at="chez",
    companies=["Hôpital {w}", "Clinique {w}", "Groupe hospitalier {w}", "Centre hospitalier {w}"],
    words=["des Batignolles", "Montsouris", "de la Villette", "Sainte-Marguerite", "du Parc", "Bellevue",
           "des Lilas", "Saint-Michel", "Léonard-de-Vinci", "des Peupliers"],
    schools=["IFSI de {town}", "IFSI Croix-Rouge Compétence", "IFSI de l'AP-HP", "IFSI Saint-Joseph"]))

# 17 -----------------------------------------------------------------------------------------
ELEC_ES_EDU = [("FP Grado Medio", "Instalaciones Eléctricas y Automáticas"),
               ("FP Grado Superior", "Sistemas Electrotécnicos y Automatizados"),
               ("Certificado de Profesionalidad", "Montaje y mantenimiento de instalaciones eléctricas de baja tensión")]
ADS.append(AD(
    "electrician-valencia", "trades", "es", "Electricista (oficial de primera)", "Valencia",
    """Instalaciones Eléctricas Turia Levante, S.L., empresa instaladora autorizada con 25 años de trayectoria en la Comunitat Valenciana, busca Electricista oficial de primera para obras de vivienda, locales comerciales y naves industriales en Valencia capital y su área metropolitana.

Funciones:
- Montaje y mantenimiento de instalaciones eléctricas de baja tensión en viviendas, locales y naves
- Tendido de líneas, montaje de cuadros eléctricos y mecanismos
- Interpretación de esquemas y planos eléctricos
- Localización y reparación de averías
- Instalaciones de autoconsumo fotovoltaico y puntos de recarga de vehículo eléctrico

Requisitos:
- Experiencia mínima de 3 años como oficial electricista
- Conocimiento del REBT (Reglamento Electrotécnico para Baja Tensión)
- Carnet de instalador electricista (certificado de cualificación individual en baja tensión) o FP de Grado Medio o Superior en Instalaciones Eléctricas
- Curso de PRL de 20 horas para electricidad (convenio del metal)
- Carnet de conducir B

Se valora: fotovoltaica, domótica KNX, carnet de plataformas elevadoras (PEMP), valenciano.

Ofrecemos: contrato indefinido, jornada de 40 horas de lunes a viernes, salario de 24.000 a 28.000 € brutos anuales según experiencia, furgoneta de empresa y herramienta.

Buscamos electricistas de obra e instalaciones; no ingenieros de oficina técnica ni electricistas del automóvil. Abstenerse ETT y agencias.""",
    [
        J(2, "Electricista with the carnet de instalador: low-voltage installations to REBT, switchboards, PRL, "
             "solar, 8 years in Valencia",
          p("Electricista", "Valencia, Comunitat Valenciana, España", "ES",
            ["REBT", "Instalaciones de baja tensión", "Cuadros eléctricos", "Carnet de instalador electricista",
             "PRL 20 horas", "Fotovoltaica"],
            [("Electricista", 8.0)],
            hl=["Instalaciones completas de viviendas y locales según el REBT",
                "Montaje de cuadros y de puntos de recarga de vehículo eléctrico"], g="f")),
        J(2, "Oficial electricista (the ad's grade, oficial de 1ª): REBT, industrial units, fault finding, "
             "driving licence, 8 years",
          p("Oficial electricista", "Valencia, España", "España",
            ["Oficial de 1ª", "REBT", "Naves industriales", "Cuadros eléctricos", "Averías", "Carnet B"],
            [("Oficial electricista", 6.0), ("Ayudante de electricista", 2.0)], g="m")),
        J(2, "Técnica electricista with an FP Grado Superior: REBT, KNX home automation (a plus), PRL, 5 years; "
             "writes València",
          p("Técnica electricista", "València, Comunitat Valenciana, España", "España",
            ["REBT", "Domótica KNX", "Instalaciones eléctricas", "Automatismos", "PRL"],
            [("Técnica electricista", 5.0)],
            edu=[("FP Grado Superior", "Sistemas Electrotécnicos y Automatizados", "CIPFP Faitanar")], g="f")),
        J(2, "Instalador eléctrico, an authorised low-voltage installer: REBT, installation certificates (CIE), "
             "solar and EV charging, 12 years",
          p("Instalador eléctrico", "Valencia, España", "ES",
            ["Instalador autorizado en baja tensión", "REBT", "Certificados de instalación (CIE)", "Fotovoltaica",
             "Puntos de recarga VE"],
            [("Instalador eléctrico", 12.0)], g="m")),
        J(2, "Electricista oficial de 1ª: REBT, switchboards, PEMP card, Valencian, 4 years",
          p("Electricista oficial de 1ª", "Valencia", "España",
            ["REBT", "Cuadros eléctricos", "Plataformas elevadoras (PEMP)", "Valenciano", "Carnet B"],
            [("Electricista oficial de 1ª", 4.0)], g="m")),
        J(1, "the right electrician in " + near("Torrent", "ES", "Valencia"),
          p("Electricista", "Torrent, Valencia, España", "ES",
            ["REBT", "Instalaciones de baja tensión", "Cuadros eléctricos", "PRL 20 horas"],
            [("Electricista", 6.0)], g="m")),
        J(1, "an oficial de segunda with two years: below the oficial de primera and the three years asked",
          p("Oficial de segunda electricista", "Valencia, España", "España",
            ["Instalaciones eléctricas", "Mecanismos", "Tendido de cable", "PRL 20 horas"],
            [("Oficial de segunda electricista", 2.0)], g="m")),
        J(1, "a factory maintenance electrician (family): motors and PLCs rather than installing dwellings and "
             "premises, no carnet de instalador",
          p("Electricista de mantenimiento industrial", "Valencia, España", "ES",
            ["Mantenimiento industrial", "Motores eléctricos", "Autómatas (PLC)", "Baja tensión"],
            [("Electricista de mantenimiento industrial", 7.0, "Cerámicas del Turia")], g="m")),
        J(1, "an electrician's helper (ayudante): the trade, not yet an oficial",
          p("Ayudante de electricista", "Valencia, España", "España",
            ["Instalaciones eléctricas", "Tendido de cable", "Mecanismos"],
            [("Ayudante de electricista", 3.0)], g="f")),
        J(1, "a solar installer: a plus of the ad, but panels and structures rather than low-voltage installations; "
             "no REBT card",
          p("Instaladora de placas solares", "Valencia, España", "ES",
            ["Fotovoltaica", "Autoconsumo", "Montaje de estructuras", "Trabajos en altura"],
            [("Instaladora de placas solares", 3.0, "Sol de Levante Energía")], g="f")),
        J(0, "a temp-agency selection consultant whose headline names the ad's title and cards", trap="recruiter",
          prof=
          p("Técnica de Selección", "Valencia, España", "ES",
            ["Selección de personal", "Electricistas", "REBT", "Perfiles técnicos"],
            [("Técnica de Selección", 4.0, "Levante Empleo ETT")],
            headline="Buscamos Electricistas oficiales de 1ª en Valencia | REBT, carnet de instalador, PRL",
            edu=[("Grado", "Relaciones Laborales y Recursos Humanos", "Universitat de València")], g="f")),
        J(0, "a vocational student in electrical installations", trap="student", prof=
          p("Estudiante", "Valencia, España", "ES",
            ["Instalaciones eléctricas", "REBT", "Automatismos"], [],
            headline="Estudiante de FP Grado Medio en Instalaciones Eléctricas y Automáticas",
            edu=[("FP Grado Medio (en curso)", "Instalaciones Eléctricas y Automáticas", "IES Benicalap")],
            years=0.0, g="m")),
        J(0, "a vocational student on his work placement (FCT)", trap="intern", prof=
          p("Electricista en prácticas (FCT)", "Valencia, España", "ES",
            ["Instalaciones eléctricas", "Cuadros eléctricos"],
            [("Electricista en prácticas (FCT)", 0.25)],
            headline="Alumno en prácticas (FCT) de Instalaciones Eléctricas y Automáticas",
            edu=[("FP Grado Medio (en curso)", "Instalaciones Eléctricas y Automáticas", "CIPFP Misericordia")],
            g="m")),
        J(0, "an electrical engineer in a design office: designs and signs the installations, REBT on paper, no "
             "tools in hand — another job", trap="homonym", prof=
          p("Ingeniero eléctrico", "Valencia, España", "ES",
            ["AutoCAD", "Dialux", "Cálculo de instalaciones eléctricas", "REBT", "Proyectos de baja y media tensión",
             "Presto"],
            [("Ingeniero eléctrico – oficina técnica", 6.0, "Ingeniería Albufera Proyectos")],
            edu=[("Grado", "Ingeniería Eléctrica", "Universitat Politècnica de València")], g="m")),
        J(0, "an auto electrician: car wiring, diagnosis and batteries in a workshop — a different trade, no "
             "building installations, no REBT", trap="homonym", prof=
          p("Electricista de automóviles", "Valencia, España", "España",
            ["Electricidad del automóvil", "Diagnosis", "Multímetro", "Sistemas de carga y arranque",
             "Climatización"],
            [("Electricista de automóviles", 9.0, "Talleres Patraix")],
            edu=[("FP Grado Medio", "Electromecánica de Vehículos Automóviles", "CIPFP Misericordia")], g="m")),
        J(0, "the right electrician, but in Valencia, Carabobo, Venezuela; no Spanish carnet de instalador",
          trap="wrong_country", prof=
          p("Electricista", "Valencia, Carabobo, Venezuela", "Venezuela",
            ["Instalaciones eléctricas", "Tableros eléctricos", "Código Eléctrico Nacional", "Mantenimiento"],
            [("Electricista", 10.0, "Servicios Eléctricos Carabobo")],
            edu=[("Técnico Medio", "Electricidad", "Instituto Universitario de Tecnología de Valencia")], g="m")),
        J(0, "an electrician in " + far("Valence", "FR", "Valencia", "ES") + ": the city's name in French, "
             "another country", trap="wrong_country", prof=
          p("Électricien", "Valence, Drôme, France", "France",
            ["Électricité du bâtiment", "NF C 15-100", "Habilitation électrique B1V", "Tableaux électriques"],
            [("Électricien", 7.0, "Drôme Électricité Services")],
            edu=[("CAP", "Électricien", "Lycée professionnel de Valence")], g="m")),
    ], edu=ELEC_ES_EDU, at="en",
    companies=["Instalaciones Eléctricas {w} S.L.", "Electricidad {w}", "Montajes Eléctricos {w}",
               "Instal·lacions {w}"],
    words=["Turia", "Levante", "Albufera", "Ruzafa", "Benimaclet", "Malvarrosa", "Azahar", "Campanar", "Patraix",
           "Cabanyal"],
    schools=["CIPFP Faitanar", "IES Benicalap", "CIPFP Misericordia", "IES La Marxadella"]))

# 18 -----------------------------------------------------------------------------------------
DRIVER_FR_EDU = [("Titre professionnel", "Conducteur du transport routier de marchandises sur porteur"),
                 ("Titre professionnel", "Conducteur du transport routier de marchandises sur tous véhicules"),
                 ("CAP", "Conducteur routier de marchandises")]
ADS.append(AD(
    "truck-driver-lyon", "logistics", "fr", "Chauffeur poids lourd (H/F) – permis C/CE", "Lyon",
    """Transports Girard & Fils, entreprise familiale de transport routier de marchandises (120 véhicules), recrute pour son agence de Lyon Sud-Est un Chauffeur poids lourd (H/F) en CDI.

Vos missions :
- Livraisons régionales de marchandises palettisées en porteur ou en semi-remorque (Auvergne-Rhône-Alpes), avec retour au dépôt chaque soir
- Chargement et déchargement au transpalette électrique, contrôle et arrimage de la marchandise
- Vérifications avant le départ, utilisation du chronotachygraphe, respect de la réglementation sociale européenne
- Remise des documents de transport (CMR) et relation avec les clients

Profil recherché :
- Permis C ou CE en cours de validité
- FIMO ou FCO à jour et carte conducteur
- Au moins 2 ans d'expérience de la conduite poids lourd
- ADR (matières dangereuses) et CACES R489 appréciés

Nous offrons : CDI à temps plein, 35 h et heures supplémentaires payées, 13e mois, frais de route, tracteur récent attitré.

Le poste est un poste de conducteur de marchandises en poids lourd : ni transport de personnes, ni livraison en véhicule léger. Pas d'agences d'intérim.""",
    [
        J(2, "Conducteur routier (the trade's own name): permis CE, FIMO, FCO, tachograph, load securing, pallet "
             "truck, 9 years, Lyon",
          p("Conducteur routier", "Lyon, Auvergne-Rhône-Alpes, France", "France",
            ["Permis CE", "FIMO", "FCO", "Chronotachygraphe", "Arrimage", "Transpalette électrique"],
            [("Conducteur routier", 9.0)],
            hl=["Livraisons régionales en semi-remorque, retour au dépôt chaque soir"], g="m")),
        J(2, "Chauffeuse PL: permis C, FCO, driver card, pallet deliveries with a tail lift, 5 years, Lyon",
          p("Chauffeuse PL", "Lyon, France", "FR",
            ["Permis C", "FCO", "Carte conducteur", "Livraison de palettes", "Hayon élévateur"],
            [("Chauffeuse PL", 5.0)], g="f")),
        J(2, "Conductrice poids lourd with permis CE, FCO and both pluses (ADR, CACES R489), 7 years",
          p("Conductrice poids lourd", "Lyon", "France",
            ["Permis CE", "FCO", "ADR", "CACES R489", "Chronotachygraphe"],
            [("Conductrice poids lourd", 7.0)], g="f")),
        J(2, "Chauffeur SPL (semi-trailers on a CE): FCO, EU driving rules, CMR, 12 years",
          p("Chauffeur SPL", "Lyon, France", "FR",
            ["Permis CE", "FCO", "Semi-remorque", "Réglementation sociale européenne", "CMR"],
            [("Chauffeur SPL", 12.0)], g="m")),
        J(2, "Chauffeur porteur: a 19-tonne rigid on a permis C with FIMO — the ad takes C or CE; 3 years",
          p("Chauffeur porteur", "Lyon, Auvergne-Rhône-Alpes, France", "FR",
            ["Permis C", "FIMO", "Porteur 19 t", "Hayon élévateur", "Livraison"],
            [("Chauffeur porteur", 3.0)], g="m")),
        J(2, "long-haul driver (grand routier) with CE, FCO and ADR: the trucks and the papers; the ad's daily "
             "return home is a plus for him, not a gap",
          p("Chauffeur grand routier", "Lyon, France", "France",
            ["Permis CE", "FCO", "ADR", "Transport international", "Chronotachygraphe"],
            [("Chauffeur grand routier", 10.0)], g="m")),
        J(1, "the right driver in " + near("Vienne", "FR", "Lyon"),
          p("Conducteur poids lourd", "Vienne, Isère, France", "France",
            ["Permis CE", "FCO", "Chronotachygraphe", "Arrimage"],
            [("Conducteur poids lourd", 6.0)], g="m")),
        J(1, "the right driver in " + near("Villefranche-sur-Saône", "FR", "Lyon"),
          p("Chauffeuse poids lourd", "Villefranche-sur-Saône, Auvergne-Rhône-Alpes, France", "FR",
            ["Permis C", "FCO", "Livraison de palettes", "Transpalette électrique"],
            [("Chauffeuse poids lourd", 5.0)], g="f")),
        J(1, "FIMO in 2024, ten months behind the wheel where the ad asks two years",
          p("Conductrice PL", "Lyon, France", "France",
            ["Permis C", "FIMO", "Carte conducteur"],
            [("Conductrice PL", 0.8)], g="f")),
        J(1, "drove trucks for six years, now a forklift driver: his FCO has lapsed and needs a refresher before "
             "he can drive again",
          p("Cariste", "Lyon, France", "FR",
            ["CACES R489", "Permis CE", "Préparation de commandes", "Chronotachygraphe"],
            [("Cariste", 2.0, "Entrepôts du Rhône"), ("Chauffeur poids lourd", 6.0)],
            hl={1: ["FCO obtenue en 2018, expirée en 2023"]}, g="m")),
        J(1, "a dock worker with a fresh permis C and FIMO: licensed, but has never driven professionally",
          p("Agent de quai", "Lyon, France", "France",
            ["Permis C", "FIMO", "Chargement", "CACES R489"],
            [("Agent de quai", 3.0)],
            hl=["Permis C et FIMO obtenus en 2024, à la recherche d'un premier poste de conducteur"],
            edu=[("Titre professionnel", "Conducteur du transport routier de marchandises sur porteur",
                  "AFTRAL Lyon")], g="m")),
        J(0, "a transport recruiter whose headline names the ad's title and licences", trap="recruiter", prof=
          p("Chargé de recrutement transport & logistique", "Lyon, France", "France",
            ["Recrutement", "Sourcing", "Permis CE", "FIMO", "FCO", "Poids lourd"],
            [("Chargé de recrutement transport & logistique", 4.0, "Rhône Intérim Transport")],
            headline="Recrute chauffeurs PL / SPL (H/F) – permis C, CE, FIMO, FCO – Lyon et région",
            edu=[("Licence professionnelle", "Gestion des ressources humaines", "Université Lumière Lyon 2")],
            g="m")),
        J(0, "a trainee in a driving-school programme (permis C and FIMO not yet obtained)", trap="student", prof=
          p("Élève conductrice routière", "Lyon, France", "France",
            ["Permis C (en cours)", "FIMO (en cours)", "Arrimage"], [],
            headline="En formation Titre professionnel conducteur routier (permis C + FIMO) chez AFTRAL Lyon",
            edu=[("Titre professionnel (en cours)", "Conducteur du transport routier de marchandises sur porteur",
                  "AFTRAL Lyon")], years=0.0, g="f")),
        J(0, "a dispatch-office intern (BTS transport): the vocabulary, not a driver", trap="intern", prof=
          p("Stagiaire exploitation transport", "Lyon, France", "FR",
            ["Planification des tournées", "Réglementation sociale européenne", "Chronotachygraphe", "TMS"],
            [("Stagiaire exploitation transport", 0.4)],
            headline="Stagiaire exploitant transport (BTS GTLA) | planification, chronotachygraphe",
            edu=[("BTS (en cours)", "Gestion des transports et logistique associée", "Lycée La Mache")], g="m")),
        J(0, "a ride-hailing driver (Chauffeur VTC): 'Chauffeur', a permis B and passengers — no C/CE, no FIMO",
          trap="homonym", prof=
          p("Chauffeur VTC", "Lyon, France", "France",
            ["Carte VTC", "Permis B", "Relation client", "Navigation GPS"],
            [("Chauffeur VTC", 4.0, "Indépendant")],
            headline="Chauffeur VTC indépendant | Lyon et aéroport Saint-Exupéry",
            edu=[("Carte professionnelle VTC", "Examen VTC", "Chambre de métiers et de l'artisanat du Rhône")],
            g="m")),
        J(0, "a construction site manager (Conducteur de travaux): runs building sites, drives nothing",
          trap="homonym", prof=
          p("Conducteur de travaux", "Lyon, France", "France",
            ["Gestion de chantier", "Planification", "Suivi budgétaire", "Gros œuvre", "AutoCAD"],
            [("Conducteur de travaux", 8.0, "Bâtiments du Lyonnais")],
            edu=[("Licence professionnelle", "Conduite de travaux en bâtiment", "IUT Lyon 1")], g="m")),
        J(0, "a van delivery driver on a permis B: shares 'Chauffeur', but no C/CE and no FIMO, so cannot legally "
             "drive the ad's trucks — 0 rather than partial", trap="homonym", prof=
          p("Chauffeur livreur VL", "Lyon, France", "FR",
            ["Permis B", "Livraison de colis", "Tournées", "Scanner"],
            [("Chauffeur livreur VL", 3.0)], edu=[], g="m")),
        J(0, "the right driver, but in " + far("Geneva", "CH", "Lyon", "FR") + " (Swiss OACP, not the French FCO)",
          trap="wrong_country", prof=
          p("Chauffeur poids lourd", "Genève, Suisse", "Suisse",
            ["Permis CE", "OACP", "Tachygraphe", "Livraison"],
            [("Chauffeur poids lourd", 8.0, "Transports Léman")],
            edu=[("CFC", "Conducteur de véhicules lourds", "Centre de formation professionnelle Genève")],
            g="m", names="fr")),
        J(0, "the right driver, but in " + far("Liège", "BE", "Lyon", "FR"), trap="wrong_country", prof=
          p("Chauffeur poids lourd", "Liège, Belgique", "Belgique",
            ["Permis CE", "Code 95", "ADR", "Chronotachygraphe"],
            [("Chauffeur poids lourd", 7.0, "Transports Meuse Logistique")],
            edu=[("CESS", "Conducteur poids lourd", "Institut provincial de Liège")], g="m", names="fr")),
    ], edu=DRIVER_FR_EDU, at="chez",
    companies=["Transports {w}", "{w} Logistique", "Transports {w} & Fils", "{w} Express"],
    words=["Perrin", "Rhône-Saône", "Fourvière", "Chabert", "Dauphiné", "Brunet", "Vercors", "Lacroix",
           "Monts d'Or", "Bellecour"],
    schools=["AFTRAL {town}", "Promotrans {town}", "ECF {town}"]))

# --------------------------------------------------------------------------------------------
# assembly and checks


def build() -> dict:
    ads = []
    seen_ids: set[str] = set()
    for ad in ADS:
        judgements = []
        for n, j in enumerate(ad["judgements"], start=1):
            pid = f"eval-{ad['id']}-{n:02d}"
            assert pid not in seen_ids, pid
            seen_ids.add(pid)
            out = {"grade": j["grade"]}
            if j["trap"] is not None:
                out["trap"] = j["trap"]
            out["why"] = j["why"]
            out["profile"] = build_profile(pid, ad, j["prof"])
            judgements.append(out)
        ads.append({"id": ad["id"], "field": ad["field"], "language": ad["language"], "title": ad["title"],
                    "jobDescription": ad["description"], "location": ad["location"], "query": ad["query"],
                    "limit": ad["limit"], "judgements": judgements})
    return {"version": 1, "today": TODAY, "ads": ads}


def check(doc: dict) -> list[str]:
    problems = []
    ads = doc["ads"]
    if len(ads) < 12:
        problems.append(f"only {len(ads)} ads")
    if not any(a["language"] != "en" for a in ads):
        problems.append("no ad in a language other than English")
    if len({a["id"] for a in ads}) != len(ads):
        problems.append("duplicate ad ids")
    kinds_overall = set()
    for a in ads:
        js = a["judgements"]
        grades = [j["grade"] for j in js]
        kinds = {j.get("trap") for j in js if j.get("trap")}
        kinds_overall |= kinds
        if len(js) < 15:
            problems.append(f"{a['id']}: {len(js)} judgements (< 15)")
        if grades.count(2) < 3 or grades.count(1) < 3:
            problems.append(f"{a['id']}: too few grade 2 or grade 1 judgements")
        if len(kinds) < 4:
            problems.append(f"{a['id']}: trap kinds {sorted(kinds)} (want most of {TRAPS})")
        for j in js:
            if j["grade"] not in (0, 1, 2):
                problems.append(f"{j['profile']['profileId']}: grade {j['grade']}")
            if (j["grade"] == 0) != ("trap" in j):
                problems.append(f"{j['profile']['profileId']}: grade 0 needs a trap kind and only grade 0 has one")
            if j.get("trap") and j["trap"] not in TRAPS:
                problems.append(f"{j['profile']['profileId']}: unknown trap {j['trap']}")
            if not j["why"].strip():
                problems.append(f"{j['profile']['profileId']}: no reason")
        # countries: a code or a name people write ("Nederland"), compared by what it resolves to
        codes = {}
        for j in js:
            code = country_code(j["profile"]["country"])
            if code is None:
                problems.append(f"{j['profile']['profileId']}: country {j['profile']['country']!r} is not a "
                                "taxonomy country (code or name)")
            codes[j["profile"]["profileId"]] = code
        home = {codes[j["profile"]["profileId"]] for j in js if j["grade"] > 0}
        if len(home) > 1:
            problems.append(f"{a['id']}: the fits live in several countries {sorted(map(str, home))}")
        for j in js:
            if j.get("trap") == "wrong_country" and codes[j["profile"]["profileId"]] in home:
                problems.append(f"{j['profile']['profileId']}: a wrong_country trap in the fits' country")
    missing = set(TRAPS) - kinds_overall
    if missing:
        problems.append(f"trap kinds never used: {sorted(missing)}")
    either_or = sum(1 for a in ads if re.search(r"\b(or|oder|o|ou)\b", a["jobDescription"]))
    if either_or < 2:
        problems.append("fewer than two ads with an either/or requirement")
    corpus = ROOT / "data" / "corpus" / "people.jsonl"
    if corpus.exists() and '"profileId":"eval-' in corpus.read_text(encoding="utf-8"):
        problems.append("the corpus already holds eval- ids")
    return problems


def render(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = ap.parse_args()
    doc = build()
    problems = check(doc)
    if problems:
        for p_ in problems:
            print(f"gen_eval_set: {p_}", file=sys.stderr)
        return 1
    text = render(doc)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"data-check: {OUT.relative_to(ROOT)} differs from tools/gen_eval_set.py output "
                  "(run: python3 tools/gen_eval_set.py)", file=sys.stderr)
            return 1
        print(f"data-check: {OUT.relative_to(ROOT)} matches tools/gen_eval_set.py")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    n = sum(len(a["judgements"]) for a in doc["ads"])
    print(f"gen_eval_set: wrote {OUT.relative_to(ROOT)}: {len(doc['ads'])} ads, {n} judgements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
