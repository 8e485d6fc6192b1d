#!/usr/bin/env python3
"""Generate the semantic held-out part of the labeled evaluation set, data/eval/heldout_semantic.json.

A second frozen held-out part, written without looking at how matching works, in the format of
data/eval/set.json and data/eval/heldout.json. What is special here: for every ad, the right people
(grades 2 and 1) share NO title word with the ad's title. Their current titles, headlines, past
titles and skills use other words for the same job, as real people do ("Production Operations
Specialist" for a Site Reliability Engineer ad, "Conseiller bancaire" for "Chargé(e) de clientèle
particuliers", "Orderpicker" for "Logistiek medewerker magazijn"). They are still clearly the right
people by their skills, highlights and past employers. check() enforces the rule mechanically.

  grade 2  strong fit: the occupation, specialty and level the ad asks, the must-haves, in the
           place (the city and its suburbs, <= 20 km)
  grade 1  partial fit: a neighbouring occupation, fewer skills, a bit junior or a step above, or
           the right person in a nearby town (20-50 km, checked against data/taxonomy/locations.json)
  grade 0  a trap, with its kind: recruiter, student, intern, homonym (a title that DOES share words
           with the ad's title but is another job) and wrong_country (the right person abroad)

The "no shared word" rule: text is lower-cased, accents are stripped, it is split on non-letters,
words of <= 2 letters and a small stop list are dropped. A grade >= 1 profile's currentRole,
headline, every experience title and every skill must have no word that (a) equals a title word,
(b) contains a title word of >= 4 letters (compounds, feminine forms: "Erzieherin", "carer"), or
(c) shares its first five letters with a title word ("ejecutiva"/"ejecutivo", "clients"/"clientèle");
nor the acronym of a title of three or more words ("SRE", "CSM", "ISF"). Highlights and education are free text.

Ids are `eval-hs-<ad>-NN` (never in the corpus, set.json or heldout.json); ad ids start with hs-;
names and employers are invented; URLs use linkedin.example and domains .example. Every `why` is a
recruiter's reason.

Usage
  python3 tools/gen_eval_semantic.py            # write data/eval/heldout_semantic.json
  python3 tools/gen_eval_semantic.py --check    # exit 1 if the committed file differs

Determinism: no randomness beyond SHA-256 of ids, no clock, ensure_ascii=False, two-space
indentation, trailing newline. Standard library only.
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
OUT = ROOT / "data" / "eval" / "heldout_semantic.json"
HELDOUT = ROOT / "data" / "eval" / "heldout.json"
TUNED = ROOT / "data" / "eval" / "set.json"
CORPUS = ROOT / "data" / "corpus" / "people.jsonl"
LOCATIONS = ROOT / "data" / "taxonomy" / "locations.json"
TODAY = "2025-06-01"
NOW = 2025 * 12 + 5  # June 2025 as a month index (year * 12 + month - 1)
NEARBY_KM = 50.0
TRAPS = ("recruiter", "student", "intern", "homonym", "wrong_country")
MAX_BYTES = 400_000

# --------------------------------------------------------------------------------------------
# names (invented combinations of common given names and surnames, by locale)

NAMES = {
    "fr": (["Camille", "Léa", "Manon", "Chloé", "Julie", "Sarah", "Inès", "Pauline", "Émilie", "Claire", "Mathilde",
            "Amandine", "Élodie", "Nadia", "Sophie", "Laure", "Anaïs", "Hélène", "Margaux", "Océane"],
           ["Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Romain", "Mehdi", "Guillaume", "Kévin", "Baptiste",
            "Florian", "Pierre", "Hugo", "Yanis", "Olivier", "Sébastien", "Damien", "Arnaud", "Jérémy", "Karim"],
           ["Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier",
            "Rousseau", "Blanchard", "Garnier", "Faure", "Mercier", "Benali", "Roux", "Perrin", "Lemaire", "Vidal",
            "Marchand", "Guérin", "Bonnet", "Fabre", "Morel", "Nguyen", "Haddad", "Besson", "Collin"]),
    "qc": (["Geneviève", "Isabelle", "Marie-Ève", "Catherine", "Annie", "Josée"],
           ["Mathieu", "Jean-François", "Simon", "Alexandre", "Marc-André", "Frédéric", "Étienne"],
           ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Pelletier"]),
    "bxl": (["Louise", "Marie", "Charlotte", "Élise", "Fatima", "Sarah", "Lien", "Nora", "Amélie", "Laura", "Yasmine",
             "Hanne", "Aurélie", "Salma"],
            ["Lucas", "Arnaud", "Maxime", "Thibault", "Youssef", "Nicolas", "Pieter", "Gilles", "Samir", "Cédric",
             "Jonas", "Bram", "Mehdi", "Quentin"],
            ["Peeters", "Janssens", "Dupont", "Lambert", "Claes", "Maes", "Wouters", "Dubois", "El Amrani",
             "Goossens", "Leclercq", "Vandenberghe", "Mertens", "Renard", "De Smet", "Jacobs", "Kabongo", "Lejeune"]),
    "vl": (["Lien", "Hanne", "Elke", "Ine", "Sofie", "Lotte", "Femke", "Nele", "Leen", "Fien"],
           ["Pieter", "Wout", "Jens", "Stijn", "Bert", "Tom", "Kobe", "Dries", "Joris", "Sander", "Thibo", "Gert",
            "Yannick", "Niels", "Brecht", "Jelle"],
           ["De Smet", "Van de Velde", "Claeys", "De Clercq", "Vandamme", "Martens", "De Wilde", "Baert",
            "Goethals", "Vermeulen", "Desmet", "Van Hecke", "Willems", "Verstraete", "De Backer", "Van Acker"]),
    "nl": (["Sanne", "Lotte", "Anouk", "Femke", "Iris", "Eva", "Fleur", "Marloes", "Naomi", "Kim", "Esther"],
           ["Daan", "Bram", "Thijs", "Ruben", "Jeroen", "Niels", "Mark", "Dennis", "Kevin", "Rick", "Sander",
            "Mohamed", "Patrick", "Erik", "Wesley", "Stefan", "Ricardo", "Martijn"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "Bos", "Vos", "Dekker", "van Leeuwen", "Hendriks", "Koster", "Brouwer", "El Idrissi",
            "Kaya", "Verhoef", "Kuipers"]),
    "pt": (["Ana", "Inês", "Mariana", "Beatriz", "Joana", "Sofia", "Catarina", "Rita", "Marta", "Sara", "Carla",
            "Patrícia"],
           ["João", "Rui", "Tiago", "Pedro", "Miguel", "Nuno", "Ricardo", "Bruno", "Hugo", "Paulo", "André", "Luís",
            "Sérgio", "Fernando", "Carlos", "Vítor", "Diogo", "Manuel"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
            "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Ribeiro", "Pinto", "Carvalho",
            "Teixeira", "Moreira"]),
    "br": (["Ana Paula", "Juliana", "Camila", "Fernanda", "Patrícia", "Larissa", "Bruna", "Aline", "Mariana",
            "Letícia", "Gabriela", "Renata"],
           ["Lucas", "Rafael", "Gustavo", "Thiago", "Felipe", "Rodrigo", "Leandro", "Marcelo", "Diego", "Vinícius",
            "Eduardo", "Fábio", "Matheus", "Henrique"],
           ["da Silva", "Souza", "Oliveira", "Pereira", "Lima", "Carvalho", "Almeida", "Ribeiro", "Rodrigues",
            "Barbosa", "Moraes", "Teixeira", "Cardoso", "Mendes", "Nogueira", "Prado", "Figueiredo", "Campos"]),
    "it": (["Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Martina", "Federica", "Elisa", "Silvia",
            "Alessia", "Laura", "Paola"],
           ["Marco", "Andrea", "Luca", "Matteo", "Alessandro", "Davide", "Simone", "Stefano", "Federico", "Giorgio",
            "Fabio", "Roberto", "Nicola", "Paolo", "Daniele", "Michele"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Lombardi", "Moretti", "Barbieri", "Fontana",
            "Bertoni", "Zanetti", "Gatti", "Pellegrini", "Belotti"]),
    "pl": (["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Aleksandra", "Monika", "Natalia", "Karolina",
            "Ewa", "Justyna", "Paulina"],
           ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Łukasz", "Kamil", "Bartosz",
            "Grzegorz", "Adam"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Piotrowski", "Nowicki"]),
    "de": (["Anna", "Laura", "Julia", "Sarah", "Katharina", "Lisa", "Melanie", "Sabine", "Nicole", "Stefanie",
            "Jana", "Elif", "Svenja", "Carina"],
           ["Lukas", "Jonas", "Tobias", "Florian", "Daniel", "Markus", "Stefan", "Michael", "Sebastian", "Tim",
            "Marco", "Mehmet", "Dominik", "Patrick"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Zimmermann", "Hartmann", "Krüger",
            "Yılmaz", "Kaya", "Papadopoulos", "Häberle"]),
    "ch": (["Andrea", "Corinne", "Nadine", "Sandra", "Barbara"],
           ["Reto", "Urs", "Beat", "Lukas", "Adrian"],
           ["Meier", "Keller", "Brunner", "Baumann", "Frei", "Gerber", "Huber", "Steiner"]),
    "es": (["Lucía", "María", "Laura", "Marta", "Paula", "Elena", "Sara", "Carmen", "Cristina", "Raquel", "Nuria",
            "Irene"],
           ["Javier", "Pablo", "Sergio", "David", "Álvaro", "Adrián", "Daniel", "Jorge", "Alberto", "Raúl", "Rubén",
            "Iván", "Carlos", "Miguel", "Óscar"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro",
            "Gil", "Lázaro", "Sancho", "Lafuente", "Aznar"]),
    "ar": (["Florencia", "Micaela", "Agustina", "Carolina", "Valeria", "Luciana", "Romina", "Sofía", "Camila",
            "Julieta", "Natalia"],
           ["Facundo", "Martín", "Nicolás", "Santiago", "Matías", "Gonzalo", "Federico", "Lucas", "Ezequiel",
            "Diego", "Pablo", "Tomás"],
           ["González", "Rodríguez", "Gómez", "Fernández", "López", "Díaz", "Martínez", "Pérez", "Romero", "Sosa",
            "Álvarez", "Ferreyra", "Acosta", "Benítez", "Medina", "Herrera", "Aguirre", "Quiroga", "Bustos"]),
    "ca": (["Jessica", "Ashley", "Sarah", "Emily", "Amanda", "Megan", "Kayla", "Samantha"],
           ["Ryan", "Tyler", "Kyle", "Justin", "Brandon", "Matt", "Jordan", "Derek", "Cody", "Travis", "Adam",
            "Jason", "Mike", "Brent", "Logan"],
           ["Smith", "Brown", "Tremblay", "MacDonald", "Wilson", "Taylor", "Campbell", "Anderson", "Martin",
            "Thompson", "Young", "Stewart", "Morrison", "Fraser", "Van Dyk", "DeBoer", "Kowalchuk", "Bergeron",
            "Singh", "Reid"]),
    "gb": (["Gemma", "Kirsty", "Laura", "Hayley", "Charlotte", "Sophie", "Chloe", "Rachel", "Amy", "Bethany",
            "Jodie", "Nicola", "Priya", "Aisha", "Leanne", "Stacey"],
           ["Jack", "Harry", "Callum", "Liam", "Dean", "Craig", "Lee", "Jamie", "Ryan", "Daniel", "Tom", "Sam",
            "Adeel", "Owen", "Ben", "Kieran"],
           ["Smith", "Jones", "Taylor", "Brown", "Walker", "Wright", "Clarke", "Hughes", "Barnes", "Fletcher",
            "Hussain", "Ahmed", "Robinson", "Thompson", "Holt", "Pickering", "Shaw", "Kaur", "Booth", "Lowe"]),
    "ie": (["Aoife", "Siobhán", "Niamh", "Ciara", "Sinéad", "Orla"],
           ["Cian", "Darragh", "Eoin", "Conor", "Seán", "Oisín"],
           ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "Doyle", "McCarthy"]),
}

PL_FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))

# headline connectors ("<role> at <company>") per language
AT_WORD = {"fr": "chez", "it": "presso", "nl": "bij", "de": "bei", "es": "en", "en": "at", "pt": "·", "pl": "|"}


def _h(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


def _pick(options: list, key: str):
    return options[_h(key) % len(options)]


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def person_name(pid: str, locale: str, gender: str, taken: set[str]) -> str:
    female, male, last = NAMES[locale]
    for attempt in range(50):
        key = f"{pid}/{attempt}"
        first = _pick(female if gender == "f" else male, key + "/first")
        surname = _pick(last, key + "/last")
        if locale == "pl" and gender == "f":
            for m, f in PL_FEMININE:
                if surname.endswith(m):
                    surname = surname[: -len(m)] + f
                    break
        name = f"{first} {surname}"
        if name not in taken:
            taken.add(name)
            return name
    raise SystemExit(f"gen_eval_semantic: no free name for {pid}")


# --------------------------------------------------------------------------------------------
# places

_CITIES = None


def city_row(name: str, cc: str) -> list:
    """The most populous taxonomy city called `name` (or with that alternate name) in country `cc`."""
    global _CITIES
    if _CITIES is None:
        _CITIES = json.loads(LOCATIONS.read_text(encoding="utf-8"))["cities"]
    rows = [c for c in _CITIES if c[2] == cc and (c[0] == name or name in c[1])]
    if not rows:
        raise SystemExit(f"gen_eval_semantic: {name}, {cc} is not a taxonomy city")
    return max(rows, key=lambda c: c[6])


def km_between(a: list, b: list) -> float:
    p1, p2 = math.radians(a[4]), math.radians(b[4])
    dp, dl = p2 - p1, math.radians(b[5] - a[5])
    x = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(x))


# --------------------------------------------------------------------------------------------
# profiles


def _fmt(month_index: int) -> str:
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"


def P(grade, why, g, role, location, cc, skills, career, *, trap=None, at=None, hd=None, hl=None, edu=None,
      loc=None, ended=0):
    """One judged person.

    g: "f" or "m" (picks a given name that fits a gendered title).
    career: [(title, years, company[, highlights])...], most recent first, contiguous back from now
    (or from `ended` months ago: then nothing is current). The first title is normally `role`.
    at: (city, cc) for the distance check when the location string's first part is not a taxonomy
    name. hd: headline (default: built from role, company and skills). hl: highlights of the first
    position. edu: [(degree, field, school)] or None for the ad's default pool. loc: name locale
    (default: the ad's).
    """
    return {"grade": grade, "trap": trap, "why": why, "g": g, "role": role, "location": location, "country": cc,
            "skills": list(skills), "career": list(career), "at": at, "hd": hd, "hl": hl, "edu": edu, "loc": loc,
            "ended": ended}


def build_profile(pid: str, ad: dict, spec: dict, taken: set[str]) -> dict:
    locale = spec["loc"] or ad["loc"]
    name = person_name(pid, locale, spec["g"], taken)
    positions = []
    end = NOW - spec["ended"]
    total = 0
    for i, item in enumerate(spec["career"]):
        title, yrs, company = item[0], item[1], item[2]
        highlights = list(item[3]) if len(item) > 3 else []
        if i == 0 and spec["hl"]:
            highlights = list(spec["hl"])
        months = max(1, round(yrs * 12))
        start = end - months
        total += months
        positions.append({"role": title, "company": company, "startDate": _fmt(start),
                          "endDate": None if (i == 0 and spec["ended"] == 0) else _fmt(end),
                          "highlights": highlights})
        end = start
    current = positions[0]["company"] if positions and spec["ended"] == 0 else None
    headline = spec["hd"]
    if headline is None:
        s = spec["skills"]
        word = AT_WORD[ad["language"]]
        options = [f"{spec['role']} | {', '.join(s[:3])}", f"{spec['role']} · {' · '.join(s[:2])}"]
        if current:
            options.append(f"{spec['role']} {word} {current}")
        headline = _pick(options, pid + "/headline")
    if spec["edu"] is None:
        degree, field, school = _pick(ad["edu"], pid + "/edu")
        education = [{"school": school, "degree": degree, "field": field}]
    else:
        education = [{"school": s, "degree": d, "field": f} for (d, f, s) in spec["edu"]]
    return {
        "profileId": pid,
        "name": name,
        "headline": headline,
        "location": spec["location"],
        "country": spec["country"],
        "currentRole": spec["role"],
        "currentCompany": current,
        "companyDomain": f"{slug(current)}.example" if current else None,
        "linkedinUrl": f"https://linkedin.example/in/{slug(name)}-{hashlib.sha256(pid.encode()).hexdigest()[:6]}",
        "skills": spec["skills"],
        "yearsExperience": round(total / 12, 1),
        "experience": positions,
        "education": education,
        "openToWork": False,
    }


def AD(id, field, language, title, location, description, judgements, *, cc, centres, loc, edu, limit=10,
       query=None, core_km=20.0, admin1=None):
    """centres: [(city, cc)] the ad's place; grade 2 people live within core_km of one of them (and in
    one of the admin1 regions when the ad names a region); grade 1 people within NEARBY_KM."""
    return {"id": id, "field": field, "language": language, "title": title, "location": location,
            "description": description.strip(), "judgements": judgements, "limit": limit, "query": query,
            "cc": cc, "centres": centres, "core_km": core_km, "admin1": admin1, "loc": loc, "edu": edu}


ADS: list[dict] = []

# 1 ------------------------------------------------------------------------------------------
MAN_EDU = [("BSc", "Computer Science", "University of Manchester"),
           ("BSc", "Computing", "Manchester Metropolitan University"),
           ("MEng", "Electronic Systems", "University of Salford"),
           ("BSc", "Physics", "University of Leeds")]
ADS.append(AD(
    "hs-sre-manchester", "sre", "en", "Site Reliability Engineer", "Manchester",
    """
Ledgerline is a Manchester payments company: 40 million card transactions a month for UK retailers, on Kubernetes (EKS) in AWS. We are looking for a Site Reliability Engineer to join the five-person team that keeps checkout fast and available.

What you'll do:
- Run and improve our EKS clusters, Terraform modules and CI/CD pipelines
- Define SLOs and error budgets with product teams; build alerting in Prometheus and Grafana
- Take part in the on-call rotation (one week in six, paid), lead incidents and write blameless postmortems
- Automate toil in Go or Python

What you bring:
- 3+ years running production systems on Kubernetes in a public cloud
- Infrastructure as code (Terraform), Linux, networking basics
- On-call experience and calm incident handling
- Go or Python

Nice to have: PCI DSS, service meshes, chaos testing.

£65,000–£80,000, hybrid (three days a week in our Piccadilly office), 28 days' holiday, pension 8%.
""",
    [
        P(2, "five years keeping a ticketing platform up on EKS: Terraform, Prometheus, paid on-call and incident lead; the job under the DevOps name",
          "m", "DevOps Specialist", "Salford, England, United Kingdom", "GB",
          ["Kubernetes", "AWS EKS", "Terraform", "Prometheus", "Incident Management", "Python"],
          [("DevOps Specialist", 5.0, "Tramline Digital Ltd",
            ["Cut p99 checkout latency from 900 ms to 250 ms", "Wrote the postmortem template used by 12 teams"]),
           ("Linux Systems Administrator", 2.0, "Irwell Hosting Ltd")]),
        P(2, "leads the Kubernetes platform and its on-call rota at a digital bank, SLOs and error budgets, Go: senior and exactly the work",
          "f", "Platform Lead (Kubernetes, on-call)", "Manchester, England, United Kingdom", "GB",
          ["Kubernetes", "SLOs and Error Budgets", "Go", "Terraform", "Grafana", "PCI DSS"],
          [("Platform Lead", 3.0, "Copperbox Bank",
            ["Owns the SLOs of the card-authorisation service (99.95%)", "Runs a 6-person on-call rota"]),
           ("Cloud Infrastructure Developer", 4.0, "Deansgate Analytics")],
          hd="Platform Lead | Kubernetes, SLOs, on-call | payments"),
        P(2, "owns uptime for an e-commerce platform: SLOs, PagerDuty rotation, postmortems, Kubernetes on GCP, Go automation",
          "m", "Production Operations Specialist", "Stockport, England, United Kingdom", "GB",
          ["Error Budgets", "PagerDuty", "Kubernetes", "GCP", "Go", "Postmortems"],
          [("Production Operations Specialist", 4.0, "Peakbasket Online Ltd",
            ["Incident commander for 30+ major incidents", "Automated node patching and removed 10 hours a week of toil"])]),
        P(2, "builds and runs the AWS and Terraform estate of a fintech, on the on-call rota, Python tooling: every must-have",
          "f", "Cloud Infrastructure Developer", "Manchester, England, United Kingdom", "GB",
          ["AWS", "Terraform", "Python", "Prometheus", "Linux", "CI/CD"],
          [("Cloud Infrastructure Developer", 3.5, "Spinningfields Pay Ltd"),
           ("Junior Systems Administrator", 1.5, "Northern Quarter Hosting")]),
        P(2, "infrastructure developer on a payments platform for six years: EKS, Terraform, Grafana alerting and on-call; PCI DSS too",
          "m", "Infrastructure Developer – Payments Platform", "Sale, England, United Kingdom", "GB",
          ["EKS", "Terraform", "Grafana", "Alerting", "PCI DSS", "Go"],
          [("Infrastructure Developer", 6.0, "Mersey Card Services plc")]),
        P(1, "Linux administrator with on-call duty, but mostly VMs and Ansible: little Kubernetes or cloud",
          "m", "Linux Systems Administrator", "Manchester, England, United Kingdom", "GB",
          ["Linux", "Ansible", "VMware", "Bash", "Nagios", "On-call"],
          [("Linux Systems Administrator", 7.0, "Ancoats Data Centre Ltd")]),
        P(1, "monitoring and alerting specialist (Prometheus, Grafana, OpenTelemetry): one part of the job, no cluster or IaC ownership",
          "f", "Observability Specialist", "Manchester, England, United Kingdom", "GB",
          ["Prometheus", "Grafana", "OpenTelemetry", "Alerting", "Python"],
          [("Observability Specialist", 2.5, "Copperbox Bank"), ("Data Analyst", 2.0, "Salford Quays Media")]),
        P(1, "the right Kubernetes and on-call profile, but in Warrington, 25 km from Manchester",
          "m", "DevOps Specialist", "Warrington, England, United Kingdom", "GB",
          ["Kubernetes", "Terraform", "AWS", "Incident Response", "Go"],
          [("DevOps Specialist", 4.0, "Cheshire Logistics Tech Ltd")]),
        P(1, "Go backend developer who deploys to Kubernetes and shares on-call: close, but builds features rather than the platform",
          "m", "Backend Developer (Go)", "Manchester, England, United Kingdom", "GB",
          ["Go", "Kubernetes", "PostgreSQL", "gRPC", "On-call"],
          [("Backend Developer", 5.0, "Ledgerline Rivals Ltd")]),
        P(1, "cloud operations analyst with one year of experience: the right direction, below the three years",
          "f", "Junior Cloud Operations Analyst", "Bury, England, United Kingdom", "GB",
          ["AWS", "Linux", "Terraform", "Bash"],
          [("Junior Cloud Operations Analyst", 1.0, "Irwell Hosting Ltd"),
           ("IT Support Technician", 1.5, "Bury Grammar Services")]),
        P(0, "a reliability engineer in a chemical plant: vibration analysis and pump failures, not software", "m",
          "Reliability Engineer", "Manchester, England, United Kingdom", "GB",
          ["Vibration Analysis", "RCM", "FMEA", "Rotating Equipment", "SAP PM"],
          [("Reliability Engineer", 6.0, "Trafford Park Chemicals Ltd")],
          trap="homonym", edu=[("BEng", "Mechanical Engineering", "University of Manchester")]),
        P(0, "a construction site engineer setting out foundations", "f",
          "Site Engineer", "Manchester, England, United Kingdom", "GB",
          ["Setting Out", "AutoCAD", "Groundworks", "CSCS", "Total Station"],
          [("Site Engineer", 4.0, "Pennine Build Contractors")],
          trap="homonym", edu=[("BEng", "Civil Engineering", "University of Salford")]),
        P(0, "a tech recruiter whose headline lists SRE and DevOps roles", "f",
          "Technical Recruiter", "Manchester, England, United Kingdom", "GB",
          ["Recruitment", "DevOps", "SRE", "Kubernetes", "Sourcing"],
          [("Technical Recruiter", 3.0, "Northern Tech Talent")],
          trap="recruiter", hd="Hiring Site Reliability Engineers & DevOps in Manchester | DM me",
          edu=[("BA", "Psychology", "Manchester Metropolitan University")]),
        P(0, "a master's student in cloud computing, no production work yet", "m",
          "MSc Cloud Computing Student", "Manchester, England, United Kingdom", "GB",
          ["Kubernetes", "Docker", "Python", "AWS"],
          [("Student Ambassador", 0.5, "University of Manchester")],
          trap="student", ended=3, edu=[("MSc (in progress)", "Cloud Computing", "University of Manchester")]),
        P(0, "a summer DevOps intern", "f",
          "DevOps Intern", "Salford, England, United Kingdom", "GB",
          ["Docker", "GitHub Actions", "Python"],
          [("DevOps Intern", 0.3, "Tramline Digital Ltd")],
          trap="intern", edu=[("BSc (in progress)", "Computer Science", "University of Salford")]),
        P(0, "the right platform lead, but in Dublin, Ireland", "m",
          "Platform Lead", "Dublin, Leinster, Ireland", "IE",
          ["Kubernetes", "Terraform", "SLOs", "On-call", "Go"],
          [("Platform Lead", 5.0, "Liffey Payments Ltd")],
          trap="wrong_country", loc="ie", edu=[("BSc", "Computer Science", "Trinity College Dublin")]),
    ],
    cc="GB", centres=[("Manchester", "GB")], loc="gb", edu=MAN_EDU))

# 2 ------------------------------------------------------------------------------------------
LDS_EDU = [("NVQ Level 2", "Health and Social Care", "Leeds City College"),
           ("NVQ Level 3", "Health and Social Care", "Kirklees College"),
           ("GCSEs", "General", "Leeds West Academy"),
           ("BTEC Level 3", "Health and Social Care", "Wakefield College")]
ADS.append(AD(
    "hs-care-leeds", "social-care", "en", "Care Assistant", "Leeds",
    """
Kirkstall Grange is a 64-bed residential and dementia care home in north-west Leeds, rated Good by the CQC. We are looking for a Care Assistant to join our day and night teams.

What you'll do:
- Help residents with washing, dressing, eating and continence, with dignity
- Move and reposition residents safely using hoists and slide sheets
- Record care notes and fluid charts on our digital system (Nourish)
- Spend time with residents living with dementia and support activities

What we're looking for:
- At least six months' experience in a care home, hospital ward or home care
- Moving and handling training; the Care Certificate or NVQ Level 2 is an advantage
- Kindness, patience and reliability
- An enhanced DBS check (we pay for it)

£12.40–£13.10 an hour, 36-hour weeks on a four-on, four-off rota, paid breaks, free meals on shift and a bus stop at the door.
""",
    [
        P(2, "three years supporting residents with dementia in a Leeds residential home: washing, dressing, hoists, digital notes",
          "f", "Support Worker", "Leeds, England, United Kingdom", "GB",
          ["Personal Hygiene Support", "Dementia", "Moving and Handling", "Hoists", "Nourish"],
          [("Support Worker", 3.0, "Roundhay Lodge Residential Home",
            ["Dementia champion for the first-floor unit", "Keeps fluid charts and daily notes up to date"])]),
        P(2, "dementia support worker for four years in a nursing home next door in Morley; trained in moving and handling and end-of-life support",
          "f", "Dementia Support Worker", "Morley, England, United Kingdom", "GB",
          ["Dementia", "Moving and Handling", "End of Life", "Continence", "Safeguarding"],
          [("Dementia Support Worker", 4.0, "Morley Hall Nursing Home")]),
        P(2, "night support worker in a residential home for two years: repositioning, continence, night checks; fits the night team",
          "m", "Night Support Worker", "Pudsey, England, United Kingdom", "GB",
          ["Night Checks", "Repositioning", "Continence", "Slide Sheets", "Fluid Charts"],
          [("Night Support Worker", 2.0, "Fulneck Residential Home"),
           ("Kitchen Porter", 1.0, "Pudsey Park Café")]),
        P(2, "residential support worker with older people for five years, NVQ Level 3; dignity, hoists and activities: the job",
          "f", "Residential Support Worker (older people)", "Leeds, England, United Kingdom", "GB",
          ["Older People", "Hoists", "Medication Prompts", "Activities", "Safeguarding"],
          [("Residential Support Worker", 5.0, "Headingley Court Home")],
          edu=[("NVQ Level 3", "Health and Social Care", "Leeds City College")]),
        P(2, "nursing auxiliary on a hospital elderly ward for three years: the same hands-on work the ad accepts from a ward",
          "f", "Nursing Auxiliary (Elderly Medicine)", "Leeds, England, United Kingdom", "GB",
          ["Personal Hygiene Support", "Observations", "Moving and Handling", "Dementia", "Fluid Balance"],
          [("Nursing Auxiliary", 3.0, "Leeds Teaching Hospitals NHS Trust")],
          hd="Nursing Auxiliary on an elderly medicine ward | NHS"),
        P(1, "home visits rather than a residential home; the same tasks in another setting, based in Wakefield",
          "m", "Domiciliary Support Worker", "Wakefield, England, United Kingdom", "GB",
          ["Home Visits", "Personal Hygiene Support", "Medication Prompts", "Driving Licence"],
          [("Domiciliary Support Worker", 2.0, "Calder Homecall Ltd")]),
        P(1, "the right experience with older people, but she lives in Harrogate, 22 km north",
          "f", "Support Worker", "Harrogate, England, United Kingdom", "GB",
          ["Dementia", "Moving and Handling", "Continence", "Safeguarding"],
          [("Support Worker", 4.0, "Nidd Valley Residential Home")]),
        P(1, "support worker for adults with learning disabilities: supported living, less personal and dementia work",
          "m", "Learning Disability Support Worker", "Leeds, England, United Kingdom", "GB",
          ["Learning Disabilities", "Supported Living", "Positive Behaviour Support", "Medication Prompts"],
          [("Learning Disability Support Worker", 3.0, "Aire Valley Supported Living")]),
        P(1, "senior support worker running shifts and medication rounds: a step above the post",
          "f", "Senior Support Worker", "Leeds, England, United Kingdom", "GB",
          ["Medication Administration", "Shift Leading", "Dementia", "Moving and Handling"],
          [("Senior Support Worker", 3.0, "Meanwood Manor Home"), ("Support Worker", 4.0, "Meanwood Manor Home")]),
        P(1, "activities coordinator in a home for older people: knows the residents and dementia, little personal help",
          "f", "Activities Coordinator", "Leeds, England, United Kingdom", "GB",
          ["Activities Planning", "Dementia", "Reminiscence Therapy", "Safeguarding"],
          [("Activities Coordinator", 2.5, "Roundhay Lodge Residential Home")]),
        P(0, "a customer care advisor in a call centre: 'care' in the title, phone work", "m",
          "Customer Care Advisor", "Leeds, England, United Kingdom", "GB",
          ["Inbound Calls", "Complaints", "CRM", "Billing"],
          [("Customer Care Advisor", 3.0, "Aire Telecom Ltd")], trap="homonym"),
        P(0, "a veterinary care assistant: animals, not people", "f",
          "Veterinary Care Assistant", "Leeds, England, United Kingdom", "GB",
          ["Animal Handling", "Kennel Hygiene", "Reception"],
          [("Veterinary Care Assistant", 2.0, "Chapel Allerton Vets")], trap="homonym",
          edu=[("Level 2 Diploma", "Animal Care", "Leeds City College")]),
        P(0, "a care recruitment consultant whose headline names care assistants", "f",
          "Recruitment Consultant", "Leeds, England, United Kingdom", "GB",
          ["Recruitment", "Care Sector", "Care Assistants", "Compliance"],
          [("Recruitment Consultant – Care", 2.0, "Yorkshire Care Staffing")],
          trap="recruiter", hd="Recruiting Care Assistants & Support Workers across West Yorkshire"),
        P(0, "a first-year nursing student, no paid work yet", "f",
          "Student Nurse", "Leeds, England, United Kingdom", "GB",
          ["Anatomy", "Observations", "Basic Life Support"],
          [("Placement Student", 0.3, "Leeds Teaching Hospitals NHS Trust")],
          trap="student", ended=2, edu=[("BSc (in progress)", "Adult Nursing", "University of Leeds")]),
        P(0, "a summer intern in a care group's head office", "m",
          "Operations Intern", "Leeds, England, United Kingdom", "GB",
          ["Excel", "Rota Planning", "Data Entry"],
          [("Operations Intern", 0.3, "Kirkstall Care Group")],
          trap="intern", edu=[("BSc (in progress)", "Business Management", "Leeds Beckett University")]),
        P(0, "a healthcare assistant with the right experience, but in Dublin, Ireland", "f",
          "Healthcare Assistant", "Dublin, Leinster, Ireland", "IE",
          ["Dementia", "Personal Hygiene Support", "Moving and Handling", "QQI Level 5"],
          [("Healthcare Assistant", 4.0, "Rathmines Nursing Home")],
          trap="wrong_country", loc="ie", edu=[("QQI Level 5", "Healthcare Support", "Dublin City College")]),
    ],
    cc="GB", centres=[("Leeds", "GB")], loc="gb", edu=LDS_EDU))

# 3 ------------------------------------------------------------------------------------------
TLB_EDU = [("mbo 2", "Logistiek teamleider", "ROC Tilburg"),
           ("vmbo-kader", "Economie en ondernemen", "Beatrix College Tilburg"),
           ("mbo 2", "Medewerker logistiek", "Curio Breda"),
           ("vmbo-basis", "Dienstverlening en producten", "Mill-Hill College Goirle")]
ADS.append(AD(
    "hs-magazijn-tilburg", "logistics", "nl", "Logistiek medewerker magazijn (m/v/x)", "Tilburg",
    """
Brabant Fulfilment verzendt vanuit ons distributiecentrum op bedrijventerrein Vossenberg in Tilburg elke dag 25.000 pakketjes voor Nederlandse en Duitse webwinkels in mode en sport. Voor ons team zoeken we een Logistiek medewerker magazijn (m/v/x).

Wat ga je doen?
- Orders verzamelen met een handscanner en ons WMS
- Inpakken, labelen en klaarzetten voor de vervoerders
- Retouren verwerken en goederen inslaan
- Meetellen bij de wekelijkse voorraadtelling

Wat vragen we?
- Minimaal een half jaar ervaring in een magazijn of distributiecentrum
- Bereid om in twee ploegen te werken (06.00–14.30 en 14.30–23.00)
- Je spreekt Nederlands of Engels
- Een reachtruckcertificaat is een pre

Wat bieden we?
- € 15,20 tot € 16,40 bruto per uur plus ploegentoeslag
- Een vast contract na zes maanden
- Reiskostenvergoeding en fietsenstalling bij de deur
""",
    [
        P(2, "three years picking and packing for webshops in a Tilburg e-commerce DC with a hand scanner and WMS: the job",
          "f", "Orderpicker", "Tilburg, Noord-Brabant, Nederland", "NL",
          ["Orderpicken", "Handscanner", "WMS", "Inpakken", "Retourverwerking"],
          [("Orderpicker", 3.0, "Webship Brabant B.V.",
            ["Gemiddeld 140 orderregels per uur", "Collega's ingewerkt op de retourafdeling"])]),
        P(2, "reach truck driver in a Goirle DC for four years, also picks and counts stock; holds the certificate the ad prizes",
          "m", "Reachtruckchauffeur", "Goirle, Noord-Brabant, Nederland", "NL",
          ["Reachtruckcertificaat", "Inslag", "Voorraadtelling", "Orderpicken", "VCA"],
          [("Reachtruckchauffeur", 4.0, "Hoge Ham Distributie B.V.")]),
        P(2, "writes his title in English as many DC workers do; two years of picking, packing and returns for fashion webshops",
          "m", "Allround Warehouse Operator", "Tilburg, Noord-Brabant, Nederland", "NL",
          ["Order Picking", "Packing", "Returns", "RF Scanner", "Two-Shift Work"],
          [("Allround Warehouse Operator", 2.0, "Vossenberg Fashion Logistics B.V.")], loc="nl"),
        P(2, "order collector in an Oisterwijk sports-goods DC for eighteen months, two shifts, scanner and packing",
          "f", "Orderverzamelaar", "Oisterwijk, Noord-Brabant, Nederland", "NL",
          ["Orderverzamelen", "Scanner", "Inpakken", "Ploegendienst"],
          [("Orderverzamelaar", 1.5, "Sportdepot Oisterwijk B.V."), ("Vakkenvuller", 1.0, "Supermarkt De Kievit")]),
        P(2, "fulfilment operator for webshops in Dongen for three years: picking, packing, labelling and inbound",
          "m", "Operator fulfilment", "Dongen, Noord-Brabant, Nederland", "NL",
          ["Fulfilment", "Inpakken", "Labelen", "Goederenontvangst", "WMS"],
          [("Operator fulfilment", 3.0, "Dongen E-commerce Services B.V.")]),
        P(1, "forklift driver at an outdoor building-materials yard: moves pallets, no order picking or webshop packing",
          "m", "Heftruckchauffeur", "Tilburg, Noord-Brabant, Nederland", "NL",
          ["Heftruckcertificaat", "Laden en lossen", "Bouwmaterialen", "Buitenterrein"],
          [("Heftruckchauffeur", 6.0, "Bouwstoffen Reeshof B.V.")]),
        P(1, "the right e-commerce picking experience, but she lives in Breda, 22 km away",
          "f", "Orderpicker", "Breda, Noord-Brabant, Nederland", "NL",
          ["Orderpicken", "Handscanner", "Inpakken", "WMS"],
          [("Orderpicker", 2.5, "Bredase Webwinkel Distributie B.V.")]),
        P(1, "machine operator in a food factory: shift work and scanning, but production rather than order picking",
          "m", "Productie-operator", "Waalwijk, Noord-Brabant, Nederland", "NL",
          ["Ploegendienst", "Verpakkingsmachines", "HACCP", "Kwaliteitscontrole"],
          [("Productie-operator", 4.0, "Langstraat Snacks B.V.")]),
        P(1, "inventory controller doing stock counts and corrections in a DC: related, mostly at a desk",
          "f", "Voorraadbeheerder", "Tilburg, Noord-Brabant, Nederland", "NL",
          ["Voorraadbeheer", "Cycle counts", "Excel", "WMS"],
          [("Voorraadbeheerder", 3.0, "Hoge Ham Distributie B.V."), ("Orderpicker", 2.0, "Hoge Ham Distributie B.V.")]),
        P(1, "warehouse shift leader: a step above the post, leads twelve pickers",
          "m", "Shiftleader warehouse", "Tilburg, Noord-Brabant, Nederland", "NL",
          ["Teamleiding", "Planning", "Orderpicken", "WMS", "Reachtruckcertificaat"],
          [("Shiftleader warehouse", 3.0, "Webship Brabant B.V."), ("Orderpicker", 3.0, "Webship Brabant B.V.")],
          loc="nl"),
        P(0, "a logistics planner: 'logistiek' in the title, an office job planning transport", "f",
          "Logistiek planner", "Tilburg, Noord-Brabant, Nederland", "NL",
          ["Transportplanning", "TMS", "Excel", "Klantcontact"],
          [("Logistiek planner", 4.0, "Transport Midden-Brabant B.V.")], trap="homonym",
          edu=[("hbo", "Logistics Management", "Fontys Hogescholen")]),
        P(0, "teaches logistics at a vocational college", "m",
          "Docent logistiek", "Tilburg, Noord-Brabant, Nederland", "NL",
          ["Lesgeven", "Logistiek", "Mbo", "Examinering"],
          [("Docent logistiek", 7.0, "ROC Tilburg")], trap="homonym",
          edu=[("Pabo/tweedegraads", "Economie", "Fontys Lerarenopleiding Tilburg")]),
        P(0, "a staffing consultant who places warehouse workers", "f",
          "Intercedent logistiek", "Tilburg, Noord-Brabant, Nederland", "NL",
          ["Werving en selectie", "Uitzendwerk", "Logistiek", "Magazijnmedewerkers"],
          [("Intercedent logistiek", 2.5, "FlexBrabant Uitzendbureau")],
          trap="recruiter", hd="Op zoek naar logistiek medewerkers en orderpickers in regio Tilburg!"),
        P(0, "a full-time logistics management student", "m",
          "Student Logistics Management", "Tilburg, Noord-Brabant, Nederland", "NL",
          ["Supply Chain", "Excel", "Lean"],
          [("Bijbaan vakkenvuller", 1.0, "Supermarkt De Kievit")],
          trap="student", ended=4, edu=[("hbo (bezig)", "Logistics Management", "Fontys Hogescholen")]),
        P(0, "a supply-chain intern in an office", "f",
          "Stagiair supply chain", "Tilburg, Noord-Brabant, Nederland", "NL",
          ["Data-analyse", "Excel", "Power BI"],
          [("Stagiair supply chain", 0.4, "Brabant Fulfilment B.V.")],
          trap="intern", edu=[("hbo (bezig)", "Logistics Management", "Avans Hogeschool")]),
        P(0, "the right order picker, but in Antwerp, Belgium", "m",
          "Orderpicker", "Antwerpen, Vlaanderen, België", "BE",
          ["Orderpicken", "Handscanner", "Reachtruck", "Inpakken"],
          [("Orderpicker", 3.0, "Scheldehaven Logistics NV")],
          trap="wrong_country", at=("Antwerp", "BE"), loc="vl"),
    ],
    cc="NL", centres=[("Tilburg", "NL")], loc="nl", edu=TLB_EDU))

# 4 ------------------------------------------------------------------------------------------
BDX_EDU = [("BTS", "Banque – conseiller de clientèle", "Lycée Gustave-Eiffel de Bordeaux"),
           ("Licence professionnelle", "Banque, assurance", "IUT de Bordeaux"),
           ("Master", "Banque et finance", "IAE Bordeaux"),
           ("DUT", "Techniques de commercialisation", "IUT de Bordeaux")]
ADS.append(AD(
    "hs-clientele-bordeaux", "banking", "fr", "Chargé(e) de clientèle particuliers (H/F)", "Bordeaux",
    """
La Caisse Girondine de Crédit Mutuel Agricole, banque coopérative régionale de 90 agences, recrute pour son agence de Bordeaux-Chartrons un(e) Chargé(e) de clientèle particuliers (H/F) en CDI.

Vos missions :
- Gérer et développer un portefeuille d'environ 500 ménages
- Conseiller vos clients sur l'épargne, le crédit immobilier et à la consommation, l'assurance et la prévoyance
- Ouvrir de nouveaux comptes et accompagner les projets (premier achat, études, retraite)
- Respecter la conformité (KYC, lutte anti-blanchiment, devoir de conseil)

Votre profil :
- Bac+2 à Bac+3 en banque, assurance ou commerce
- Au moins deux ans d'expérience en agence bancaire ou en assurance
- Certification AMF ou prête à la passer
- Sens commercial, écoute, rigueur

Nous offrons : 32 000 à 38 000 € brut annuels selon profil, part variable, intéressement, 13e mois, prêt immobilier à taux préférentiel, 37 h sur cinq jours avec RTT.
""",
    [
        P(2, "five years managing a portfolio of households in a Bordeaux branch: savings, mortgages, insurance, AMF-certified",
          "m", "Conseiller bancaire", "Bordeaux, Nouvelle-Aquitaine, France", "FR",
          ["Crédit immobilier", "Épargne", "Assurance-vie", "Certification AMF", "KYC"],
          [("Conseiller bancaire", 5.0, "Banque Régionale de l'Estuaire",
            ["Portefeuille de 550 foyers", "1er de l'agence en production de crédits immobiliers en 2024"]),
           ("Conseiller accueil", 1.5, "Banque Régionale de l'Estuaire")]),
        P(2, "'conseillère financière' is the same job at the postal bank: three years with a retail portfolio in Mérignac",
          "f", "Conseillère financière", "Mérignac, Nouvelle-Aquitaine, France", "FR",
          ["Épargne", "Prévoyance", "Crédit à la consommation", "AMF", "Conformité"],
          [("Conseillère financière", 3.0, "Banque Postale des Landes et de Gironde")]),
        P(2, "sales adviser in a bank branch for four years: opens accounts, sells savings and home loans, follows her households",
          "f", "Conseillère commerciale en agence bancaire", "Pessac, Nouvelle-Aquitaine, France", "FR",
          ["Ouverture de comptes", "Crédit immobilier", "Épargne", "Assurance habitation", "Anti-blanchiment"],
          [("Conseillère commerciale en agence", 4.0, "Crédit Coopératif du Sud-Ouest")],
          edu=[("BTS", "Banque", "Lycée Gustave-Eiffel de Bordeaux")]),
        P(2, "retail-banking adviser for six years in Talence; mortgages and retirement planning, AMF",
          "m", "Conseiller banque de détail", "Talence, Nouvelle-Aquitaine, France", "FR",
          ["Banque de détail", "Crédit immobilier", "Retraite", "Certification AMF", "Prévoyance"],
          [("Conseiller banque de détail", 6.0, "Société Bancaire d'Aquitaine")]),
        P(2, "account manager for households in a mutual bank, three years, savings and credit, AMF: the job under another name",
          "f", "Gestionnaire de comptes – banque de proximité", "Bordeaux, France", "FR",
          ["Gestion de portefeuille", "Épargne", "Crédit", "Assurance", "AMF"],
          [("Gestionnaire de comptes", 3.0, "Mutuelle Bancaire Garonne"),
           ("Téléconseillère bancaire", 1.0, "Mutuelle Bancaire Garonne")]),
        P(1, "front-desk bank adviser for a year: the branch and products, not yet a portfolio of her own",
          "f", "Conseillère accueil banque", "Bordeaux, Nouvelle-Aquitaine, France", "FR",
          ["Accueil", "Opérations courantes", "Prise de rendez-vous", "Épargne"],
          [("Conseillère accueil", 1.0, "Banque Régionale de l'Estuaire")],
          edu=[("BTS", "Banque", "Lycée Gustave-Eiffel de Bordeaux")]),
        P(1, "a bank adviser with the right experience, but in Libourne, 28 km east",
          "m", "Conseiller bancaire", "Libourne, Nouvelle-Aquitaine, France", "FR",
          ["Crédit immobilier", "Épargne", "AMF", "Assurance"],
          [("Conseiller bancaire", 4.0, "Crédit Coopératif du Sud-Ouest")]),
        P(1, "wealth adviser for affluent households: a step above the post",
          "m", "Conseiller en gestion de patrimoine", "Bordeaux, Nouvelle-Aquitaine, France", "FR",
          ["Gestion de patrimoine", "Assurance-vie", "Fiscalité", "AMF"],
          [("Conseiller en gestion de patrimoine", 5.0, "Banque Privée Girondine"),
           ("Conseiller bancaire", 4.0, "Société Bancaire d'Aquitaine")]),
        P(1, "insurance adviser in an agency: prévoyance and home insurance, no banking products",
          "f", "Conseillère en assurances", "Bègles, Nouvelle-Aquitaine, France", "FR",
          ["Assurance auto", "Assurance habitation", "Prévoyance", "Devis"],
          [("Conseillère en assurances", 4.0, "Mutuelle d'Assurance des Graves")]),
        P(1, "mortgage broker: knows home loans and the banks, but sells no savings or insurance",
          "m", "Courtier en crédit immobilier", "Bordeaux, Nouvelle-Aquitaine, France", "FR",
          ["Crédit immobilier", "Négociation bancaire", "Montage de dossiers"],
          [("Courtier en crédit immobilier", 3.0, "Courtage Atlantique")]),
        P(0, "'chargée de clientèle' in an energy supplier's call centre: answers bills, not a banker", "f",
          "Chargée de clientèle", "Bordeaux, Nouvelle-Aquitaine, France", "FR",
          ["Relation client", "Facturation", "Appels entrants", "CRM"],
          [("Chargée de clientèle", 3.0, "Énergies de Garonne")], trap="homonym"),
        P(0, "a 'chargé d'affaires' in construction: manages building works", "m",
          "Chargé d'affaires BTP", "Bordeaux, Nouvelle-Aquitaine, France", "FR",
          ["Chiffrage", "Suivi de chantier", "Électricité", "Devis"],
          [("Chargé d'affaires", 6.0, "Électricité Bordelaise SAS")], trap="homonym",
          edu=[("BTS", "Électrotechnique", "Lycée Gustave-Eiffel de Bordeaux")]),
        P(0, "recruits bank advisers for the region", "f",
          "Chargée de recrutement", "Bordeaux, Nouvelle-Aquitaine, France", "FR",
          ["Recrutement", "Banque", "Sourcing", "Entretiens"],
          [("Chargée de recrutement", 3.0, "Cabinet Talents Financiers")],
          trap="recruiter", hd="Je recrute des chargés de clientèle particuliers et professionnels en Gironde"),
        P(0, "a student in a banking BTS", "m",
          "Étudiant en BTS Banque", "Bordeaux, Nouvelle-Aquitaine, France", "FR",
          ["Épargne", "Relation client"],
          [("Job étudiant – caissier", 0.5, "Hypermarché Lac")],
          trap="student", ended=6, edu=[("BTS (en cours)", "Banque", "Lycée Gustave-Eiffel de Bordeaux")]),
        P(0, "an intern in a bank branch for two months", "f",
          "Stagiaire en agence bancaire", "Talence, France", "FR",
          ["Accueil", "Épargne"],
          [("Stagiaire en agence", 0.2, "Société Bancaire d'Aquitaine")],
          trap="intern", edu=[("Licence (en cours)", "Économie", "Université de Bordeaux")]),
        P(0, "the right kind of bank adviser, but in Montréal, Canada", "m",
          "Conseiller en services financiers", "Montréal, Québec, Canada", "CA",
          ["Épargne", "Prêts hypothécaires", "REER", "CELI"],
          [("Conseiller en services financiers", 4.0, "Caisse Populaire du Plateau")],
          trap="wrong_country", loc="qc"),
    ],
    cc="FR", centres=[("Bordeaux", "FR")], loc="fr", edu=BDX_EDU))

# 5 ------------------------------------------------------------------------------------------
LEJ_EDU = [("Staatliche Anerkennung", "Sozialpädagogik", "Berufliches Schulzentrum 10 Leipzig"),
           ("B.A.", "Kindheitspädagogik", "Hochschule Merseburg"),
           ("B.A.", "Soziale Arbeit", "HTWK Leipzig"),
           ("Staatliche Anerkennung", "Sozialpädagogik", "Evangelische Fachschule Markkleeberg")]
ADS.append(AD(
    "hs-kita-leipzig", "childcare", "de", "Erzieher (m/w/d) für unsere Kita", "Leipzig",
    """
Die Kinderwelt Auenwald gGmbH ist freier Träger von sechs Einrichtungen in Leipzig. Für unsere Kita „Auenwichtel“ in Gohlis (120 Kinder, Krippe und Kindergarten) suchen wir ab sofort einen Erzieher (m/w/d) in Teilzeit oder Vollzeit.

Ihre Aufgaben:
- Begleitung einer Gruppe von Kindern zwischen einem und sechs Jahren im Alltag
- Gestaltung von Bildungsangeboten nach dem Sächsischen Bildungsplan
- Beobachtung und Dokumentation der Entwicklung, Portfolioarbeit
- Entwicklungsgespräche und enge Zusammenarbeit mit den Eltern
- Eingewöhnung nach dem Berliner Modell

Ihr Profil:
- Staatliche Anerkennung als pädagogische Fachkraft (z. B. Erzieher, Kindheitspädagoge, Sozialpädagoge)
- Erfahrung in Krippe oder Kindergarten
- Freude an situationsorientierter Arbeit und Teamgeist

Wir bieten:
- Vergütung nach TVöD SuE S8a, Jahressonderzahlung
- 30 bis 40 Wochenstunden, 30 Urlaubstage plus 24. und 31. Dezember
- Fünf Fortbildungstage im Jahr, Jobticket und betriebliche Altersvorsorge
""",
    [
        P(2, "childhood educator with a B.A. and state recognition, four years leading a kindergarten group in Leipzig: the job",
          "f", "Kindheitspädagogin (B.A.)", "Leipzig, Sachsen, Deutschland", "DE",
          ["Sächsischer Bildungsplan", "Portfolioarbeit", "Entwicklungsgespräche", "Eingewöhnung", "Beobachtung und Dokumentation"],
          [("Kindheitspädagogin", 4.0, "Kinderhaus Sonnenhügel Leipzig",
            ["Gruppenverantwortung für 18 Kinder von drei bis sechs Jahren", "Portfolioarbeit für alle Kinder der Gruppe eingeführt"])],
          edu=[("B.A.", "Kindheitspädagogik", "Hochschule Merseburg")]),
        P(2, "state-recognised 'pädagogische Fachkraft' in a Markkleeberg Kindertagesstätte for six years, crèche and kindergarten",
          "f", "Pädagogische Fachkraft in einer Kindertagesstätte", "Markkleeberg, Sachsen, Deutschland", "DE",
          ["Krippe", "Berliner Eingewöhnungsmodell", "Elternarbeit", "Situationsansatz", "Sprachförderung"],
          [("Pädagogische Fachkraft", 6.0, "Kindertagesstätte Seepferdchen Markkleeberg")],
          hd="Staatlich anerkannte pädagogische Fachkraft | Krippe & Kindergarten"),
        P(2, "leads a crèche group for three years: settling-in by the Berlin model, development talks with parents",
          "f", "Gruppenleitung Krippe", "Leipzig, Sachsen, Deutschland", "DE",
          ["Krippenpädagogik", "Eingewöhnung", "Entwicklungsdokumentation", "Elterngespräche"],
          [("Gruppenleitung Krippe", 3.0, "Krippe Kleine Entdecker Leipzig-Gohlis"),
           ("Pädagogische Fachkraft", 2.0, "Krippe Kleine Entdecker Leipzig-Gohlis")]),
        P(2, "early-years pedagogue with state recognition, five years in a Schkeuditz kindergarten; music and language projects",
          "f", "Frühpädagogin", "Schkeuditz, Sachsen, Deutschland", "DE",
          ["Frühkindliche Bildung", "Sprachförderung", "Musikalische Früherziehung", "Portfolio", "Sächsischer Bildungsplan"],
          [("Frühpädagogin", 5.0, "Kindergarten Elsteraue Schkeuditz")]),
        P(2, "a man in a kindergarten team for seven years, social-pedagogy training with state recognition; nature projects",
          "m", "Pädagogische Fachkraft im Kindergarten", "Leipzig, Sachsen, Deutschland", "DE",
          ["Situationsorientierter Ansatz", "Naturpädagogik", "Entwicklungsgespräche", "Beobachtung"],
          [("Pädagogische Fachkraft", 7.0, "Waldkindergarten Rosental e.V.")],
          edu=[("Staatliche Anerkennung", "Sozialpädagogik", "Berufliches Schulzentrum 10 Leipzig")]),
        P(1, "a Kinderpflegerin: works in groups every day but holds the assistant qualification, not state recognition as Fachkraft",
          "f", "Kinderpflegerin", "Leipzig, Sachsen, Deutschland", "DE",
          ["Krippe", "Pflege und Hygiene", "Spielangebote", "Eingewöhnung"],
          [("Kinderpflegerin", 4.0, "Kinderhaus Sonnenhügel Leipzig")],
          edu=[("Berufsfachschule", "Kinderpflege", "Berufliches Schulzentrum 10 Leipzig")]),
        P(1, "the right qualification and experience, but she lives in Grimma, 27 km away",
          "f", "Pädagogische Fachkraft", "Grimma, Sachsen, Deutschland", "DE",
          ["Kindergarten", "Sächsischer Bildungsplan", "Elternarbeit", "Portfolio"],
          [("Pädagogische Fachkraft", 5.0, "Kindergarten Muldentaler Spatzen")]),
        P(1, "works in an after-school Hort with school children: the same qualification, an older age group",
          "m", "Pädagogische Fachkraft im Hort", "Leipzig, Sachsen, Deutschland", "DE",
          ["Hortpädagogik", "Hausaufgabenbetreuung", "Ganztagsangebote", "Elternarbeit"],
          [("Pädagogische Fachkraft im Hort", 4.0, "Grundschulhort Leipzig-Connewitz")]),
        P(1, "self-employed childminder for five children: early-years work, but alone rather than in a team",
          "f", "Tagesmutter (Kindertagespflege)", "Leipzig, Sachsen, Deutschland", "DE",
          ["Kindertagespflege", "Eingewöhnung", "Elternarbeit", "Kleinkindbetreuung"],
          [("Tagesmutter", 6.0, "Kindertagespflege Lütte Racker (selbstständig)")],
          edu=[("Qualifizierung", "Kindertagespflege (300 UE)", "Volkshochschule Leipzig")]),
        P(1, "curative-education specialist in a special-needs school: a neighbouring profession, little day-care experience",
          "f", "Heilpädagogin", "Leipzig, Sachsen, Deutschland", "DE",
          ["Heilpädagogik", "Förderplanung", "Inklusion", "Diagnostik"],
          [("Heilpädagogin", 5.0, "Förderzentrum am Auwald")],
          edu=[("B.A.", "Heilpädagogik", "Evangelische Hochschule Dresden")]),
        P(0, "cooks for a Kita: 'Kita' in the title, a kitchen job", "f",
          "Kita-Köchin", "Leipzig, Sachsen, Deutschland", "DE",
          ["Gemeinschaftsverpflegung", "HACCP", "Allergenkennzeichnung", "Speiseplanung"],
          [("Köchin", 6.0, "Kita Sonnenblume Leipzig-Lindenau")], trap="homonym",
          edu=[("Ausbildung", "Köchin", "Berufliches Schulzentrum Gastgewerbe Leipzig")]),
        P(0, "a dog trainer: 'Erzieherin' of dogs", "f",
          "Hundeerzieherin", "Leipzig, Sachsen, Deutschland", "DE",
          ["Hundetraining", "Welpenkurse", "Verhaltensberatung"],
          [("Hundeerzieherin", 4.0, "Hundeschule Pfotenglück (selbstständig)")], trap="homonym",
          edu=[("Sachkundenachweis", "§ 11 TierSchG", "Tierärztekammer Sachsen")]),
        P(0, "HR officer recruiting staff for Kitas", "f",
          "Personalreferentin", "Leipzig, Sachsen, Deutschland", "DE",
          ["Recruiting", "Personalauswahl", "Kita-Träger", "Arbeitsrecht"],
          [("Personalreferentin", 3.0, "Kinderwelt Auenwald gGmbH")],
          trap="recruiter", hd="Wir suchen Erzieher:innen für unsere Kitas in Leipzig – sprich mich an!",
          edu=[("M.A.", "Personalmanagement", "Universität Leipzig")]),
        P(0, "a childhood-education student, no recognition yet", "f",
          "Studentin Kindheitspädagogik", "Leipzig, Sachsen, Deutschland", "DE",
          ["Frühkindliche Bildung", "Entwicklungspsychologie"],
          [("Studentische Aushilfe", 0.5, "Kinderhaus Sonnenhügel Leipzig")],
          trap="student", ended=3, edu=[("B.A. (laufend)", "Kindheitspädagogik", "Hochschule Merseburg")]),
        P(0, "a school pupil's short work-experience placement in a kindergarten", "m",
          "Praktikant im Kindergarten", "Leipzig, Sachsen, Deutschland", "DE",
          ["Spielangebote", "Teamarbeit"],
          [("Praktikant", 0.2, "Waldkindergarten Rosental e.V.")],
          trap="intern", edu=[("Fachoberschule (laufend)", "Sozialwesen", "Berufliches Schulzentrum 10 Leipzig")]),
        P(0, "the right educator under the Austrian title, but in Vienna", "f",
          "Elementarpädagogin", "Wien, Österreich", "AT",
          ["Elementarpädagogik", "Bildungsrahmenplan", "Elternarbeit", "Krippe"],
          [("Elementarpädagogin", 6.0, "Kindergarten Donaukanal Wien")],
          trap="wrong_country", at=("Vienna", "AT"),
          edu=[("Diplom", "Elementarpädagogik", "BAfEP Wien 10")]),
    ],
    cc="DE", centres=[("Leipzig", "DE")], loc="de", edu=LEJ_EDU))

# 6 ------------------------------------------------------------------------------------------
HAM_EDU = [("B.A.", "Betriebswirtschaftslehre", "Universität Hamburg"),
           ("B.Sc.", "Wirtschaftsinformatik", "HAW Hamburg"),
           ("M.A.", "Kommunikationswissenschaft", "Universität Hamburg"),
           ("B.A.", "International Business", "Hamburg School of Business Administration")]
ADS.append(AD(
    "hs-csm-hamburg", "saas", "de", "Customer Success Manager (m/w/d)", "Hamburg",
    """
Schichtwerk ist eine Hamburger Software für Schicht- und Personalplanung in Einzelhandel und Gastronomie: 1.400 Unternehmen planen mit uns 90.000 Mitarbeitende. Für unser Team in Altona suchen wir einen Customer Success Manager (m/w/d) für den Mittelstand.

Deine Aufgaben:
- Du betreust ein Portfolio von rund 80 Kunden mit 50 bis 500 Beschäftigten nach dem Onboarding
- Du sorgst für Nutzung und Zufriedenheit, führst Quartalsgespräche (QBRs) und erkennst Abwanderungsrisiken früh
- Du verantwortest Vertragsverlängerungen und Upselling gemeinsam mit dem Vertrieb
- Du arbeitest mit HubSpot und Gainsight

Dein Profil:
- Mindestens zwei Jahre in der Kundenbetreuung einer B2B-Software (SaaS)
- Verhandlungssicheres Deutsch, gutes Englisch
- Zahlenverständnis (Churn, Net Revenue Retention) und Freude am Telefon und vor Ort

Wir bieten 55.000 bis 65.000 € plus Bonus, hybrides Arbeiten (zwei Tage im Büro), Deutschlandticket und 30 Urlaubstage.
""",
    [
        P(2, "looks after 90 mid-sized SaaS clients for three years: QBRs, renewals, upselling, Gainsight: the job under a German title",
          "f", "Kundenbetreuerin SaaS", "Hamburg, Deutschland", "DE",
          ["Gainsight", "QBRs", "Vertragsverlängerungen", "Upselling", "Churn-Prävention"],
          [("Kundenbetreuerin SaaS", 3.0, "Lagerfuchs Software GmbH",
            ["Net Revenue Retention ihres Portfolios von 96 % auf 108 % gesteigert", "Quartalsgespräche mit 90 Mittelstandskunden"])]),
        P(2, "retention lead for a Hamburg HR-software company: renewals and expansion of 70 accounts, HubSpot, churn figures",
          "m", "Client Retention Lead", "Hamburg, Deutschland", "DE",
          ["Retention", "Renewals", "HubSpot", "Net Revenue Retention", "Upselling"],
          [("Client Retention Lead", 2.5, "Personalkompass GmbH"), ("Inside Sales", 2.0, "Personalkompass GmbH")]),
        P(2, "'Key Account Betreuer' for existing SaaS clients in Norderstedt, four years: adoption, QBRs, renewals",
          "m", "Key Account Betreuer (Bestandskunden)", "Norderstedt, Schleswig-Holstein, Deutschland", "DE",
          ["Bestandskundenbetreuung", "QBRs", "Vertragsverlängerungen", "Salesforce", "B2B-Software"],
          [("Key Account Betreuer", 4.0, "Kassenwerk Cloud GmbH")]),
        P(2, "relationship lead for mid-market clients of a restaurant-software SaaS: her clients are the ad's target group",
          "f", "Relationship Lead Mittelstand", "Hamburg, Deutschland", "DE",
          ["Gastronomie-Software", "Kundenbindung", "QBRs", "Gainsight", "Churn-Analyse"],
          [("Relationship Lead Mittelstand", 2.0, "Tischzeit Software GmbH"),
           ("Onboarding-Spezialistin", 1.5, "Tischzeit Software GmbH")]),
        P(2, "account care for retail SaaS clients for three years, renewals and expansion with sales, fluent English",
          "m", "Client Partner – Retail-SaaS", "Hamburg, Deutschland", "DE",
          ["Expansion", "Vertragsverlängerungen", "HubSpot", "Englisch", "Adoption"],
          [("Client Partner", 3.0, "Regalblick Software GmbH")],
          hd="Client Partner für Retail-SaaS | Adoption, Renewals, Expansion"),
        P(1, "onboarding specialist: sets clients up, hands them over before renewals and upselling",
          "f", "Onboarding-Spezialistin", "Hamburg, Deutschland", "DE",
          ["Onboarding", "Implementierung", "Schulungen", "HubSpot"],
          [("Onboarding-Spezialistin", 2.0, "Schichtplan Nord GmbH")]),
        P(1, "the right SaaS account-care profile, but in Lüneburg, 44 km south-east",
          "m", "Kundenbetreuer SaaS", "Lüneburg, Niedersachsen, Deutschland", "DE",
          ["Bestandskundenbetreuung", "QBRs", "Upselling", "Gainsight"],
          [("Kundenbetreuer SaaS", 3.0, "Heidesoft GmbH")]),
        P(1, "leads a technical support team: close to the clients, but tickets rather than renewals",
          "m", "Teamlead Technischer Support", "Hamburg, Deutschland", "DE",
          ["Zendesk", "Second-Level-Support", "SLAs", "Teamführung"],
          [("Teamlead Technischer Support", 3.0, "Lagerfuchs Software GmbH")]),
        P(1, "SaaS new-business sales: hunts new logos, does not look after existing ones",
          "f", "Account Executive Neukunden", "Hamburg, Deutschland", "DE",
          ["Neukundengewinnung", "SaaS-Vertrieb", "Salesforce", "Verhandlung"],
          [("Account Executive", 3.0, "Personalkompass GmbH")]),
        P(1, "one year in SaaS client care after a retail job: below the two years",
          "f", "Junior Kundenbetreuerin", "Hamburg, Deutschland", "DE",
          ["Kundenbetreuung", "HubSpot", "Onboarding"],
          [("Junior Kundenbetreuerin", 1.0, "Regalblick Software GmbH"),
           ("Filialmitarbeiterin", 2.0, "Drogeriemarkt Ottensen")]),
        P(0, "answers an online shop's hotline: 'customer' in the title, not account care", "m",
          "Customer Service Agent", "Hamburg, Deutschland", "DE",
          ["Telefonsupport", "Reklamationen", "Zendesk"],
          [("Customer Service Agent", 2.0, "Modeversand Elbe GmbH")], trap="homonym"),
        P(0, "runs a restaurant: 'Manager' in the title", "m",
          "Restaurant Manager", "Hamburg, Deutschland", "DE",
          ["Personalplanung", "Gastronomie", "Kassensysteme", "Wareneinsatz"],
          [("Restaurant Manager", 5.0, "Fischhaus am Hafen GmbH")], trap="homonym",
          edu=[("Ausbildung", "Restaurantfachmann", "Staatliche Gewerbeschule Gastronomie Hamburg")]),
        P(0, "a SaaS recruiter whose headline names the role", "f",
          "Talent Acquisition Partner", "Hamburg, Deutschland", "DE",
          ["Recruiting", "Active Sourcing", "SaaS", "Customer Success"],
          [("Talent Acquisition Partner", 3.0, "Schichtwerk GmbH")],
          trap="recruiter", hd="Wir suchen Customer Success Manager (m/w/d) in Hamburg – schreib mir!"),
        P(0, "a working student in a customer success team", "f",
          "Werkstudentin Customer Success", "Hamburg, Deutschland", "DE",
          ["Onboarding", "HubSpot", "Excel"],
          [("Werkstudentin Customer Success", 0.8, "Kassenwerk Cloud GmbH")],
          trap="student", edu=[("B.A. (laufend)", "Betriebswirtschaftslehre", "Universität Hamburg")]),
        P(0, "a three-month intern", "m",
          "Praktikant Customer Success", "Hamburg, Deutschland", "DE",
          ["Datenpflege", "HubSpot"],
          [("Praktikant Customer Success", 0.3, "Tischzeit Software GmbH")],
          trap="intern", edu=[("B.Sc. (laufend)", "Wirtschaftsinformatik", "HAW Hamburg")]),
        P(0, "the right SaaS account-care profile, but in Salzburg, Austria", "m",
          "Kundenbetreuer SaaS", "Salzburg, Österreich", "AT",
          ["QBRs", "Vertragsverlängerungen", "Gainsight"],
          [("Kundenbetreuer SaaS", 4.0, "Almsoft GmbH")], trap="wrong_country"),
    ],
    cc="DE", centres=[("Hamburg", "DE")], loc="de", edu=HAM_EDU))

# 7 ------------------------------------------------------------------------------------------
MAD_EDU = [("Grado", "Administración y Dirección de Empresas", "Universidad Complutense de Madrid"),
           ("Grado", "Marketing", "Universidad Rey Juan Carlos"),
           ("Grado", "Ingeniería Informática", "Universidad Politécnica de Madrid"),
           ("Máster", "Dirección Comercial", "ESIC Business & Marketing School")]
ADS.append(AD(
    "hs-ejecutivo-madrid", "sales", "es", "Ejecutivo/a de Cuentas", "Madrid",
    """
Rutadata es un software en la nube para gestionar flotas y rutas de reparto: 2.300 empresas de transporte y distribución en España y Portugal lo usan cada día. Buscamos un/a Ejecutivo/a de Cuentas para el segmento mid-market en nuestra oficina de Madrid (Méndez Álvaro).

Qué harás:
- Cerrar nuevos clientes de 50 a 500 vehículos: de la primera reunión a la firma
- Preparar demos y propuestas con el equipo de preventa
- Gestionar tu pipeline en Salesforce y cumplir una cuota anual de 400.000 € de ARR
- Negociar con gerentes y directores de operaciones

Qué buscamos:
- Al menos tres años vendiendo software B2B (SaaS), con ciclo completo
- Historial de cumplimiento de objetivos
- Inglés profesional; portugués es un plus
- Conocimiento del sector del transporte o la logística, valorable

Ofrecemos 45.000 € fijos más 35.000 € variables sin techo, coche de empresa o tarjeta de transporte, seguro médico y teletrabajo dos días a la semana.
""",
    [
        P(2, "four years closing new mid-market software deals from first meeting to signature, Salesforce, quota met three years in a row",
          "m", "Comercial de nuevo negocio SaaS", "Madrid, España", "ES",
          ["Venta consultiva", "Salesforce", "Negociación", "Ciclo de venta completo", "Prospección"],
          [("Comercial de nuevo negocio", 4.0, "Almacenia Software S.L.",
            ["112 % de la cuota en 2024 (520.000 € de ARR)", "Cerró el mayor contrato de la compañía con una cadena de supermercados"])]),
        P(2, "business developer for mid-market at a logistics software company, five years, full cycle: even the sector the ad values",
          "f", "Business Developer – Mid-Market", "Alcobendas, Madrid, España", "ES",
          ["Software de transporte", "Demos", "Salesforce", "Negociación", "Inglés C1"],
          [("Business Developer", 5.0, "Cargolínea Tech S.L.")]),
        P(2, "sells cloud software to industrial companies for three and a half years; runs demos and proposals with presales",
          "f", "Consultora de ventas de software", "Madrid, España", "ES",
          ["Venta B2B", "SaaS", "Demos", "HubSpot", "Portugués"],
          [("Consultora de ventas", 3.5, "Planta Digital Software S.L."),
           ("SDR", 1.0, "Planta Digital Software S.L.")]),
        P(2, "heads business development for a fleet-telematics platform: a senior closer who fits the segment exactly",
          "m", "Responsable de desarrollo de negocio", "Pozuelo de Alarcón, Madrid, España", "ES",
          ["Telemática de flotas", "Cierre de acuerdos", "Salesforce", "Inglés", "Negociación con dirección"],
          [("Responsable de desarrollo de negocio", 3.0, "Telemetrix Iberia S.L."),
           ("Comercial B2B", 4.0, "Telemetrix Iberia S.L.")]),
        P(2, "B2B sales manager for transport-management software in Getafe, six years, full cycle with a quota",
          "m", "Gestor comercial B2B (software de transporte)", "Getafe, Madrid, España", "ES",
          ["Software de gestión de transporte", "Pipeline", "Salesforce", "Propuestas", "Objetivos"],
          [("Gestor comercial B2B", 6.0, "TMS Ibérica S.L.")]),
        P(1, "two years booking meetings as an SDR: prospects well, has not closed deals yet",
          "f", "Representante de desarrollo de ventas (SDR)", "Madrid, España", "ES",
          ["Prospección", "Llamadas en frío", "Outreach", "Salesforce"],
          [("SDR", 2.0, "Almacenia Software S.L.")]),
        P(1, "the right new-business seller, but based in Alcalá de Henares, 30 km east",
          "m", "Comercial de nuevo negocio", "Alcalá de Henares, Madrid, España", "ES",
          ["Venta SaaS", "Negociación", "Salesforce", "Demos"],
          [("Comercial de nuevo negocio", 4.0, "Henares Cloud S.L.")]),
        P(1, "looks after large existing clients rather than winning new ones",
          "f", "Responsable de grandes clientes", "Madrid, España", "ES",
          ["Fidelización", "Renovaciones", "Venta cruzada", "Salesforce"],
          [("Responsable de grandes clientes", 5.0, "Cargolínea Tech S.L.")]),
        P(1, "presales consultant: runs the demos the ad mentions, does not carry a quota",
          "m", "Consultor preventa", "Madrid, España", "ES",
          ["Demos", "RFPs", "Integraciones", "SQL"],
          [("Consultor preventa", 4.0, "Planta Digital Software S.L.")]),
        P(1, "sells phone and internet lines to small businesses: B2B hunting, but not software",
          "f", "Comercial de telecomunicaciones para pymes", "Leganés, Madrid, España", "ES",
          ["Venta B2B", "Telecomunicaciones", "Puerta fría", "Objetivos"],
          [("Comercial de empresas", 5.0, "Conecta Pyme Telecom S.L.")]),
        P(0, "an auditor: 'cuentas' are financial statements here", "m",
          "Auditor de cuentas", "Madrid, España", "ES",
          ["Auditoría financiera", "NIIF", "Cuentas anuales", "Control interno"],
          [("Auditor de cuentas", 5.0, "Auditores Castellana S.L.P.")], trap="homonym",
          edu=[("Grado", "Finanzas y Contabilidad", "Universidad Autónoma de Madrid")]),
        P(0, "accounts-payable clerk", "f",
          "Técnica de cuentas a pagar", "Getafe, Madrid, España", "ES",
          ["Cuentas a pagar", "SAP", "Conciliaciones", "Facturación"],
          [("Técnica de cuentas a pagar", 3.0, "Distribuciones Sur de Madrid S.A.")], trap="homonym"),
        P(0, "a headhunter for tech sales roles", "f",
          "Headhunter ventas tecnológicas", "Madrid, España", "ES",
          ["Headhunting", "Ventas SaaS", "Ejecutivos de cuentas", "LinkedIn Recruiter"],
          [("Headhunter", 4.0, "Talento Comercial Consultores")],
          trap="recruiter", hd="Busco Ejecutivos/as de Cuentas y SDRs para scale-ups SaaS en Madrid"),
        P(0, "a business student", "m",
          "Estudiante de ADE", "Madrid, España", "ES",
          ["Excel", "Marketing", "Inglés"],
          [("Dependiente (fines de semana)", 1.0, "Tienda Deportes Retiro")],
          trap="student", ended=2,
          edu=[("Grado (en curso)", "Administración y Dirección de Empresas", "Universidad Complutense de Madrid")]),
        P(0, "a sales intern", "f",
          "Becaria comercial", "Madrid, España", "ES",
          ["Prospección", "HubSpot"],
          [("Becaria comercial", 0.4, "Rutadata S.L.")],
          trap="intern", edu=[("Grado (en curso)", "Marketing", "Universidad Rey Juan Carlos")]),
        P(0, "the right SaaS closer, but in Buenos Aires, Argentina", "m",
          "Business Developer SaaS", "Buenos Aires, Argentina", "AR",
          ["Venta SaaS", "Salesforce", "Negociación", "Logística"],
          [("Business Developer", 4.0, "Rutas del Plata Software S.A.")],
          trap="wrong_country", loc="ar"),
    ],
    cc="ES", centres=[("Madrid", "ES")], loc="es", edu=MAD_EDU))

# 8 ------------------------------------------------------------------------------------------
LIS_EDU = [("Licenciatura", "Gestão Hoteleira", "Escola Superior de Hotelaria e Turismo do Estoril"),
           ("Curso Profissional", "Técnico de Turismo", "Escola de Hotelaria e Turismo de Lisboa"),
           ("Licenciatura", "Turismo", "Universidade Europeia"),
           ("CTeSP", "Gestão Hoteleira", "Instituto Politécnico de Setúbal")]
ADS.append(AD(
    "hs-rececao-lisboa", "hospitality", "pt", "Rececionista (m/f)", "Lisboa",
    """
O Hotel Rossio Azul, hotel de quatro estrelas com 120 quartos na Baixa de Lisboa, procura Rececionista (m/f) para reforçar a sua equipa.

Funções:
- Check-in e check-out de hóspedes, faturação e pagamentos
- Gestão de reservas e pedidos no PMS (Opera Cloud)
- Informação turística e resolução de reclamações
- Articulação com os andares, o restaurante e a manutenção

Requisitos:
- Experiência mínima de um ano em receção de hotel
- Português e inglês fluentes; francês ou espanhol é uma mais-valia
- Disponibilidade para turnos rotativos, incluindo noites e fins de semana
- Simpatia, organização e calma nos momentos de maior movimento

Oferecemos: contrato sem termo, vencimento de 1 050 € a 1 200 € brutos mais subsídio de turno, refeições no hotel, seguro de saúde e descontos na cadeia.
""",
    [
        P(2, "two years checking guests in and out of a Lisbon four-star on Opera, English and French, rotating shifts: the job",
          "f", "Front Office Agent", "Lisboa, Portugal", "PT",
          ["Check-in/Check-out", "Opera PMS", "Inglês", "Francês", "Faturação"],
          [("Front Office Agent", 2.0, "Hotel Chiado Jardim",
            ["Menção no TripAdvisor em 40 avaliações de hóspedes", "Formação de novos colegas no Opera Cloud"])]),
        P(2, "guest service agent in a Lisbon business hotel for three years: arrivals, billing, complaints, nights included",
          "m", "Guest Service Agent", "Lisboa, Portugal", "PT",
          ["Atendimento a hóspedes", "Opera Cloud", "Gestão de reclamações", "Inglês", "Espanhol"],
          [("Guest Service Agent", 3.0, "Lisbon Avenida Business Hotel")]),
        P(2, "front office agent in an Amadora hotel for eighteen months, Protel and Opera, trilingual",
          "f", "Agente de Front Office", "Amadora, Lisboa, Portugal", "PT",
          ["Protel", "Opera", "Reservas", "Inglês", "Francês"],
          [("Agente de Front Office", 1.5, "Hotel Parque Amadora"), ("Empregada de mesa", 1.0, "Pastelaria Venteira")]),
        P(2, "front desk agent in a boutique hotel for four years; cash, invoicing, tourist information",
          "f", "Front Desk Agent", "Oeiras, Lisboa, Portugal", "PT",
          ["Front desk", "Faturação", "Informação turística", "Inglês", "Alemão"],
          [("Front Desk Agent", 4.0, "Boutique Hotel Marginal Oeiras")]),
        P(2, "front office technician in a 150-room hotel in Almada, across the river, with night shifts and group check-ins",
          "m", "Técnico de Front Office", "Almada, Setúbal, Portugal", "PT",
          ["Check-in de grupos", "Turnos noturnos", "Opera PMS", "Inglês", "Espanhol"],
          [("Técnico de Front Office", 3.0, "Hotel Cristo Rei Almada")]),
        P(1, "night auditor: the front desk at night plus closing the day's accounts; fewer daytime guests",
          "m", "Night Auditor", "Lisboa, Portugal", "PT",
          ["Auditoria noturna", "Fecho de caixa", "Opera", "Inglês"],
          [("Night Auditor", 3.0, "Hotel Marquês Central")]),
        P(1, "concierge in a five-star: guest service and tourist information, no check-in or billing",
          "m", "Concierge", "Lisboa, Portugal", "PT",
          ["Clefs d'Or", "Informação turística", "Reservas de restaurantes", "Inglês", "Francês"],
          [("Concierge", 6.0, "Palácio Tejo Grand Hotel")]),
        P(1, "the right front-office experience, but in Cascais, 24 km west",
          "f", "Front Office Agent", "Cascais, Lisboa, Portugal", "PT",
          ["Check-in/Check-out", "Opera", "Inglês", "Espanhol"],
          [("Front Office Agent", 2.5, "Hotel Baía de Cascais")]),
        P(1, "reservations agent in a hotel back office: the PMS, no guests at the desk",
          "f", "Agente de Reservas", "Lisboa, Portugal", "PT",
          ["Reservas", "Opera", "Channel manager", "Inglês"],
          [("Agente de Reservas", 2.0, "Lisbon Avenida Business Hotel")]),
        P(1, "front office supervisor: a step above the post",
          "m", "Front Office Supervisor", "Lisboa, Portugal", "PT",
          ["Supervisão de equipa", "Opera", "Escalas de turnos", "Yield"],
          [("Front Office Supervisor", 3.0, "Hotel Chiado Jardim"), ("Front Office Agent", 3.0, "Hotel Chiado Jardim")]),
        P(0, "receptionist in a dental clinic: same word, another job", "f",
          "Rececionista de clínica dentária", "Lisboa, Portugal", "PT",
          ["Marcação de consultas", "Faturação", "Atendimento telefónico"],
          [("Rececionista", 4.0, "Clínica Dentária Campo de Ourique")], trap="homonym"),
        P(0, "goods-in checker in a warehouse: 'receção' of goods", "m",
          "Técnico de receção de mercadorias", "Loures, Lisboa, Portugal", "PT",
          ["Receção de mercadorias", "SAP", "Empilhador", "Inventários"],
          [("Técnico de receção de mercadorias", 5.0, "Entreposto Loures Logística")], trap="homonym"),
        P(0, "recruiter for hotels", "f",
          "Recrutadora de hotelaria", "Lisboa, Portugal", "PT",
          ["Recrutamento", "Hotelaria", "Entrevistas"],
          [("Recrutadora", 3.0, "HotelStaff Portugal")],
          trap="recruiter", hd="Recruto rececionistas, empregados de andares e cozinheiros para hotéis em Lisboa"),
        P(0, "a hotel-management student", "m",
          "Estudante de Gestão Hoteleira", "Lisboa, Portugal", "PT",
          ["Turismo", "Inglês"],
          [("Part-time empregado de bar", 0.5, "Bar Cais do Sodré")],
          trap="student", ended=5,
          edu=[("Licenciatura (em curso)", "Gestão Hoteleira", "Escola Superior de Hotelaria e Turismo do Estoril")]),
        P(0, "a curricular front-office internship", "f",
          "Estagiária de Front Office", "Lisboa, Portugal", "PT",
          ["Check-in", "Inglês"],
          [("Estagiária de Front Office", 0.3, "Hotel Rossio Azul")],
          trap="intern", edu=[("Curso Profissional (em curso)", "Técnico de Turismo", "Escola de Hotelaria e Turismo de Lisboa")]),
        P(0, "a hotel front desk worker, but in São Paulo, Brazil", "f",
          "Recepcionista de hotel", "São Paulo, SP, Brasil", "BR",
          ["Check-in", "Opera", "Inglês"],
          [("Recepcionista de hotel", 4.0, "Hotel Paulista Plaza")],
          trap="wrong_country", loc="br"),
    ],
    cc="PT", centres=[("Lisbon", "PT")], loc="pt", edu=LIS_EDU))

# 9 ------------------------------------------------------------------------------------------
BLQ_EDU = [("Laurea magistrale", "Chimica e tecnologia farmaceutiche", "Università di Bologna"),
           ("Laurea magistrale", "Biologia", "Università di Bologna"),
           ("Laurea", "Biotecnologie", "Università di Modena e Reggio Emilia"),
           ("Laurea magistrale", "Farmacia", "Università di Ferrara")]
ADS.append(AD(
    "hs-isf-bologna", "pharma", "it", "Informatore Scientifico del Farmaco (m/f)", "Bologna",
    """
Laboratori Valsamoggia S.p.A., azienda farmaceutica italiana con una linea cardiometabolica (ipertensione, dislipidemie, diabete di tipo 2), cerca un Informatore Scientifico del Farmaco (m/f) per l'area di Bologna e provincia.

Attività:
- Visita ai medici di medicina generale e agli specialisti (cardiologi, diabetologi) del territorio
- Presentazione scientifica dei prodotti secondo il D.Lgs. 219/2006 e le procedure aziendali
- Pianificazione del giro visite sul CRM (Veeva) e raggiungimento degli obiettivi di area
- Partecipazione a congressi ed eventi ECM

Requisiti:
- Laurea in discipline scientifiche (CTF, Farmacia, Biologia, Medicina, Biotecnologie)
- Almeno due anni di esperienza nella stessa attività, preferibilmente in area cardiovascolare o metabolica
- Residenza a Bologna o nella prima cintura
- Patente B

Offriamo: contratto a tempo indeterminato CCNL chimico-farmaceutico, auto aziendale anche per uso privato, premio di risultato, buoni pasto e piano welfare.
""",
    [
        P(2, "four years visiting GPs and cardiologists in Bologna for a cardiovascular line, Veeva, CTF degree: the job under its English name",
          "f", "Medical Sales Representative", "Bologna, Emilia-Romagna, Italia", "IT",
          ["Area cardiovascolare", "Medicina generale", "Veeva CRM", "D.Lgs. 219/2006", "Eventi ECM"],
          [("Medical Sales Representative", 4.0, "Cardiolab Italia S.p.A.",
            ["Quota di mercato della statina in area +3 punti nel 2024", "120 medici in target nel territorio di Bologna"])],
          edu=[("Laurea magistrale", "Chimica e tecnologia farmaceutiche", "Università di Bologna")]),
        P(2, "product specialist for a cardiometabolic portfolio, five years with GPs and diabetologists around Bologna",
          "m", "Specialista di prodotto – area cardiometabolica", "Bologna, Emilia-Romagna, Italia", "IT",
          ["Diabete di tipo 2", "Dislipidemie", "Diabetologi", "Veeva", "Pianificazione giro visite"],
          [("Specialista di prodotto", 5.0, "Metabolica Pharma S.r.l."),
           ("Medical Rep", 2.0, "Generici Adriatici S.p.A.")]),
        P(2, "medical rep on diabetes for three years in Bologna's first belt, biology degree: the line and the territory",
          "m", "Medical Representative – area diabete", "Casalecchio di Reno, Emilia-Romagna, Italia", "IT",
          ["Diabete", "Medici di medicina generale", "CRM", "Congressi", "Patente B"],
          [("Medical Representative", 3.0, "Insulab Italia S.r.l.")],
          edu=[("Laurea magistrale", "Biologia", "Università di Bologna")]),
        P(2, "area specialist in primary care for six years, hypertension products, San Lazzaro: exactly the target and place",
          "f", "Area Specialist Primary Care", "San Lazzaro di Savena, Emilia-Romagna, Italia", "IT",
          ["Ipertensione", "Primary care", "Veeva", "Obiettivi di area", "ECM"],
          [("Area Specialist", 6.0, "Pressiotec Italia S.p.A.")]),
        P(2, "product specialist for general practice in Castel Maggiore, cholesterol and diabetes drugs, three years",
          "m", "Product Specialist Medicina Generale", "Castel Maggiore, Emilia-Romagna, Italia", "IT",
          ["Medicina generale", "Dislipidemie", "Diabete", "Veeva", "Patente B"],
          [("Product Specialist", 3.0, "Lipidia Pharma S.r.l.")],
          edu=[("Laurea magistrale", "Biotecnologie mediche", "Università di Bologna")]),
        P(1, "the right medical sales rep, but in Modena, 37 km away, outside the 'prima cintura' the ad asks",
          "f", "Medical Sales Representative", "Modena, Emilia-Romagna, Italia", "IT",
          ["Area cardiovascolare", "Medicina generale", "Veeva"],
          [("Medical Sales Representative", 4.0, "Cardiolab Italia S.p.A.")]),
        P(1, "hospital key account: sells to pharmacies and hospital buyers, not visits to GPs",
          "m", "Key Account Ospedaliero", "Bologna, Emilia-Romagna, Italia", "IT",
          ["Gare ospedaliere", "Ospedali", "Negoziazione", "CRM"],
          [("Key Account Ospedaliero", 5.0, "Ospedalia Pharma S.p.A."), ("Medical Rep", 3.0, "Ospedalia Pharma S.p.A.")]),
        P(1, "field medical adviser: scientific exchange with specialists, without sales targets",
          "f", "Field Medical Advisor", "Bologna, Emilia-Romagna, Italia", "IT",
          ["Cardiologia", "Key opinion leader", "Letteratura clinica", "Advisory board"],
          [("Field Medical Advisor", 3.0, "Metabolica Pharma S.r.l.")],
          edu=[("Dottorato", "Scienze biomediche", "Università di Bologna")]),
        P(1, "sells medical devices to hospital wards: healthcare sales, not drugs to GPs",
          "m", "Venditore dispositivi medici", "Imola, Emilia-Romagna, Italia", "IT",
          ["Dispositivi medici", "Sala operatoria", "Gare", "Patente B"],
          [("Venditore dispositivi medici", 6.0, "Medidevice Romagna S.r.l.")]),
        P(1, "medical rep for eight months after her degree: below the two years",
          "f", "Medical Rep junior", "Bologna, Emilia-Romagna, Italia", "IT",
          ["Medicina generale", "Veeva", "Patente B"],
          [("Medical Rep junior", 0.7, "Generici Adriatici S.p.A.")],
          edu=[("Laurea magistrale", "Farmacia", "Università di Bologna")]),
        P(0, "a pharmacist behind the counter: the drugs, not the sales visits", "f",
          "Farmacista collaboratrice", "Bologna, Emilia-Romagna, Italia", "IT",
          ["Dispensazione", "Galenica", "Consiglio al banco"],
          [("Farmacista collaboratrice", 5.0, "Farmacia Comunale Santo Stefano")], trap="homonym",
          edu=[("Laurea magistrale", "Farmacia", "Università di Bologna")]),
        P(0, "a science communicator: 'scientifico' in the title, journalism", "m",
          "Divulgatore scientifico", "Bologna, Emilia-Romagna, Italia", "IT",
          ["Giornalismo scientifico", "Podcast", "Scrittura"],
          [("Divulgatore scientifico", 4.0, "Radio Scienza Emilia")], trap="homonym",
          edu=[("Laurea magistrale", "Fisica", "Università di Bologna")]),
        P(0, "a life-sciences recruiter", "f",
          "Recruiter Life Sciences", "Bologna, Emilia-Romagna, Italia", "IT",
          ["Ricerca e selezione", "Life sciences", "Informatori scientifici"],
          [("Recruiter", 3.0, "PharmaTalent Italia")],
          trap="recruiter", hd="Selezioniamo Informatori Scientifici del Farmaco in Emilia-Romagna"),
        P(0, "a pharmaceutical chemistry student", "m",
          "Studente di CTF", "Bologna, Emilia-Romagna, Italia", "IT",
          ["Chimica organica", "Laboratorio"],
          [("Tutor didattico", 0.5, "Università di Bologna")],
          trap="student", ended=2,
          edu=[("Laurea magistrale (in corso)", "Chimica e tecnologia farmaceutiche", "Università di Bologna")]),
        P(0, "an intern in a pharma marketing department", "f",
          "Stagista marketing", "Bologna, Emilia-Romagna, Italia", "IT",
          ["Marketing", "Excel", "Social media"],
          [("Stagista marketing", 0.4, "Laboratori Valsamoggia S.p.A.")],
          trap="intern", edu=[("Laurea magistrale (in corso)", "Marketing", "Università di Bologna")]),
        P(0, "the right medical rep, but in Lugano, Switzerland", "m",
          "Medical Representative", "Lugano, Ticino, Svizzera", "CH",
          ["Area cardiovascolare", "Medicina generale", "CRM"],
          [("Medical Representative", 5.0, "Ticinopharma SA")],
          trap="wrong_country", loc="it"),
    ],
    cc="IT", centres=[("Bologna", "IT")], loc="it", edu=BLQ_EDU))

# 10 -----------------------------------------------------------------------------------------
WAW_EDU = [("Magister", "Finanse i rachunkowość", "Szkoła Główna Handlowa w Warszawie"),
           ("Licencjat", "Zarządzanie zasobami ludzkimi", "Uniwersytet Warszawski"),
           ("Studia podyplomowe", "Kadry i płace", "Akademia Leona Koźmińskiego"),
           ("Licencjat", "Ekonomia", "Uczelnia Łazarskiego")]
ADS.append(AD(
    "hs-placowiec-warszawa", "payroll", "pl", "Specjalista ds. płac (k/m)", "Warszawa",
    """
Wisła Business Services to centrum usług wspólnych grupy handlowej, które obsługuje kadry, płace i księgowość dla 4 000 pracowników w Polsce. Do biura na Mokotowie szukamy osoby na stanowisko Specjalista ds. płac (k/m).

Zakres obowiązków:
- Naliczanie wynagrodzeń dla około 1 500 pracowników (umowy o pracę i zlecenia)
- Rozliczanie nieobecności, zwolnień lekarskich (L4), nadgodzin i dodatków
- Deklaracje ZUS, PIT-11 i PIT-4R, obsługa PPK
- Raporty płacowe dla finansów i odpowiedzi na pytania pracowników

Wymagania:
- Minimum trzy lata samodzielnego naliczania płac
- Znajomość przepisów prawa pracy i ubezpieczeń społecznych
- Dobra znajomość programu Symfonia lub enova365 oraz Excela
- Angielski na poziomie B2

Oferujemy umowę o pracę, 9 000–11 000 zł brutto, pracę hybrydową (dwa dni w biurze), prywatną opiekę medyczną, kartę sportową i budżet szkoleniowy.
""",
    [
        P(2, "five years computing wages on her own for 1,200 staff in a shared-services centre: ZUS, PIT, PPK, enova365",
          "f", "Starsza referentka ds. wynagrodzeń", "Warszawa, mazowieckie, Polska", "PL",
          ["Naliczanie wynagrodzeń", "ZUS", "PIT-11", "PPK", "enova365", "Excel"],
          [("Starsza referentka ds. wynagrodzeń", 5.0, "Mazowsze Shared Services Sp. z o.o.",
            ["Samodzielne naliczanie dla 1 200 osób", "Wdrożenie PPK w trzech spółkach grupy"])],
          at=("Warsaw", "PL")),
        P(2, "payroll officer in an international company's Warsaw office for four years, Symfonia, English B2+",
          "m", "Payroll Officer", "Warszawa, Polska", "PL",
          ["Payroll", "Symfonia", "ZUS", "L4", "Angielski B2", "Raporty"],
          [("Payroll Officer", 4.0, "Vistula Retail Polska Sp. z o.o.")], at=("Warsaw", "PL")),
        P(2, "accountant dedicated to wages for six years: absences, sick leave, ZUS declarations, labour law",
          "f", "Księgowa ds. wynagrodzeń", "Marki, mazowieckie, Polska", "PL",
          ["Prawo pracy", "Nieobecności i L4", "Deklaracje ZUS", "PIT-4R", "Symfonia"],
          [("Księgowa ds. wynagrodzeń", 6.0, "Biuro Rachunkowe Marki-Rach")]),
        P(2, "coordinates payroll for three companies, four years, enova365 and PPK; lives in Piaseczno",
          "f", "Koordynatorka payroll", "Piaseczno, mazowieckie, Polska", "PL",
          ["Payroll", "enova365", "PPK", "Umowy zlecenia", "Excel"],
          [("Koordynatorka payroll", 2.0, "Grójecka Logistyka Sp. z o.o."),
           ("Referentka ds. wynagrodzeń", 2.5, "Grójecka Logistyka Sp. z o.o.")]),
        P(2, "payroll administrator for 800 employees for three and a half years, overtime and allowances, English",
          "m", "Payroll Administrator", "Pruszków, mazowieckie, Polska", "PL",
          ["Payroll", "Nadgodziny", "Dodatki", "ZUS", "Angielski"],
          [("Payroll Administrator", 3.5, "Pruszków Manufacturing Sp. z o.o.")]),
        P(1, "HR administrator: contracts and leave records, only some wage work",
          "f", "Referentka ds. kadr", "Warszawa, Polska", "PL",
          ["Akta osobowe", "Umowy o pracę", "Urlopy", "Świadectwa pracy"],
          [("Referentka ds. kadr", 4.0, "Vistula Retail Polska Sp. z o.o.")], at=("Warsaw", "PL")),
        P(1, "payroll team leader: a step above the post",
          "m", "Payroll Team Leader", "Warszawa, Polska", "PL",
          ["Zarządzanie zespołem", "Payroll", "Audyt", "SAP HCM"],
          [("Payroll Team Leader", 4.0, "Mazowsze Shared Services Sp. z o.o."),
           ("Payroll Officer", 4.0, "Mazowsze Shared Services Sp. z o.o.")], at=("Warsaw", "PL")),
        P(1, "the right wage-accounting experience, but in Grodzisk Mazowiecki, 29 km away",
          "f", "Referentka ds. wynagrodzeń", "Grodzisk Mazowiecki, mazowieckie, Polska", "PL",
          ["Naliczanie wynagrodzeń", "ZUS", "Symfonia"],
          [("Referentka ds. wynagrodzeń", 4.0, "Grodziskie Zakłady Mechaniczne S.A.")]),
        P(1, "general accountant who runs payroll for a small firm among other books",
          "f", "Księgowa", "Warszawa, Polska", "PL",
          ["Księgowość", "VAT", "Naliczanie wynagrodzeń", "Optima"],
          [("Księgowa", 7.0, "Biuro Rachunkowe Ursynów")], at=("Warsaw", "PL")),
        P(1, "one year of wage computing: below the three years",
          "m", "Młodszy referent ds. wynagrodzeń", "Warszawa, Polska", "PL",
          ["Naliczanie wynagrodzeń", "Excel", "ZUS"],
          [("Młodszy referent ds. wynagrodzeń", 1.0, "Mazowsze Shared Services Sp. z o.o.")], at=("Warsaw", "PL")),
        P(0, "a sales specialist: 'specjalista' in the title, selling", "m",
          "Specjalista ds. sprzedaży", "Warszawa, Polska", "PL",
          ["Sprzedaż B2B", "CRM", "Negocjacje"],
          [("Specjalista ds. sprzedaży", 4.0, "Hurtownia Praga Sp. z o.o.")], trap="homonym", at=("Warsaw", "PL")),
        P(0, "a construction-yard manager: 'plac' is a building site here", "m",
          "Kierownik placu budowy", "Warszawa, Polska", "PL",
          ["Logistyka budowy", "BHP", "Dźwigi", "Harmonogram"],
          [("Kierownik placu budowy", 6.0, "Budimex-Wola S.A.")], trap="homonym", at=("Warsaw", "PL"),
          edu=[("Inżynier", "Budownictwo", "Politechnika Warszawska")]),
        P(0, "a finance recruiter hiring payroll specialists", "f",
          "Rekruterka finance & accounting", "Warszawa, Polska", "PL",
          ["Rekrutacja", "Finanse", "Kadry i płace"],
          [("Rekruterka", 3.0, "FinTalent Polska")], at=("Warsaw", "PL"),
          trap="recruiter", hd="Rekrutuję specjalistów ds. płac i księgowych w Warszawie"),
        P(0, "an accounting student", "f",
          "Studentka rachunkowości", "Warszawa, Polska", "PL",
          ["Rachunkowość", "Excel"],
          [("Praca dorywcza – kelnerka", 0.5, "Kawiarnia Mokotów")], at=("Warsaw", "PL"),
          trap="student", ended=4, edu=[("Licencjat (w trakcie)", "Finanse i rachunkowość", "Szkoła Główna Handlowa w Warszawie")]),
        P(0, "a trainee in an HR and payroll department", "m",
          "Stażysta w dziale kadr i płac", "Warszawa, Polska", "PL",
          ["Excel", "Archiwizacja"],
          [("Stażysta", 0.4, "Wisła Business Services Sp. z o.o.")], at=("Warsaw", "PL"),
          trap="intern", edu=[("Licencjat (w trakcie)", "Ekonomia", "Uczelnia Łazarskiego")]),
        P(0, "the right payroll officer, but in Berlin, Germany", "f",
          "Payroll Officer", "Berlin, Deutschland", "DE",
          ["Payroll", "DATEV", "Lohnabrechnung", "Polski", "Niemiecki"],
          [("Payroll Officer", 4.0, "Spree Handel GmbH")], trap="wrong_country", loc="pl"),
    ],
    cc="PL", centres=[("Warsaw", "PL")], loc="pl", edu=WAW_EDU))

# --------------------------------------------------------------------------------------------
# assembly and checks


def build() -> dict:
    ads = []
    seen_ids: set[str] = set()
    taken_names: set[str] = set()
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
            out["profile"] = build_profile(pid, ad, j, taken_names)
            judgements.append(out)
        ads.append({"id": ad["id"], "field": ad["field"], "language": ad["language"], "title": ad["title"],
                    "jobDescription": ad["description"], "location": ad["location"], "query": ad["query"],
                    "limit": ad["limit"], "judgements": judgements})
    return {"version": 1, "today": TODAY, "ads": ads}


AD_KEYS = ["id", "field", "language", "title", "jobDescription", "location", "query", "limit", "judgements"]
PROFILE_KEYS = ["profileId", "name", "headline", "location", "country", "currentRole", "currentCompany",
                "companyDomain", "linkedinUrl", "skills", "yearsExperience", "experience", "education", "openToWork"]
YM = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

# the "no shared title word" rule (see the module docstring)
STOP = {"de", "la", "of", "and", "the", "und", "et", "y", "for", "fur", "unsere", "del", "des", "les", "der", "die",
        "das", "van", "het", "een", "voor", "per", "con", "los", "las", "dla", "with", "our"}
PREFIX = 5


FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def fold(text: str) -> str:
    """Lower case without accents (ł, ß, ø, æ and œ do not decompose, so they are mapped first)."""
    return unicodedata.normalize("NFKD", text.translate(FOLD)).encode("ascii", "ignore").decode("ascii").lower()


def title_words(text: str) -> list[str]:
    return [w for w in re.split(r"[^a-z]+", fold(text)) if len(w) > 2 and w not in STOP]


def acronym(title: str) -> str | None:
    words = title_words(re.sub(r"\(.*?\)", " ", title))
    return "".join(w[0] for w in words) if len(words) >= 3 else None


def shared_word(title: str, text: str) -> str | None:
    """The first word of `text` that shares the ad title's words (equal, containing a title word of
    >= 4 letters, or the same first five letters), or the title's acronym; else None."""
    twords = set(title_words(title))
    acro = acronym(title)
    for w in re.split(r"[^a-z]+", fold(text)):
        if not w:
            continue
        if acro and w == acro:
            return w
        if len(w) <= 2 or w in STOP:
            continue
        for t in twords:
            if w == t or (len(t) >= 4 and t in w) or (len(w) >= PREFIX and len(t) >= PREFIX and w[:PREFIX] == t[:PREFIX]):
                return f"{w} (~{t})"
    return None


def check_semantic(doc: dict, problems: list[str]) -> None:
    for a in doc["ads"]:
        for j in a["judgements"]:
            prof = j["profile"]
            if j.get("trap") == "homonym" and not shared_word(a["title"], prof["currentRole"]):
                problems.append(f"{prof['profileId']}: homonym {prof['currentRole']!r} shares no word with the title")
            if j["grade"] < 1:
                continue
            texts = [("currentRole", prof["currentRole"]), ("headline", prof["headline"])]
            texts += [("experience role", e["role"]) for e in prof["experience"]]
            texts += [("skill", s) for s in prof["skills"]]
            for what, text in texts:
                hit = shared_word(a["title"], text)
                if hit:
                    problems.append(f"{prof['profileId']}: {what} {text!r} shares {hit} with the title {a['title']!r}")


def _month(s: str) -> int:
    m = YM.match(s)
    if not m:
        raise ValueError(s)
    return int(m.group(1)) * 12 + int(m.group(2)) - 1


def check_places(problems: list[str]) -> None:
    """Grade 2 within core_km of the ad's place, grade 1 within NEARBY_KM, wrong_country in another
    country, and every 'NN km' in a reason is the real distance."""
    for ad in ADS:
        centres = [city_row(n, c) for n, c in ad["centres"]]
        for n, j in enumerate(ad["judgements"], start=1):
            pid = f"eval-{ad['id']}-{n:02d}"
            name, cc = j["at"] or (j["location"].split(",")[0].strip(), j["country"])
            if cc != j["country"]:
                problems.append(f"{pid}: place {name} is in {cc}, profile says {j['country']}")
            row = city_row(name, cc)
            dist = min(km_between(row, c) for c in centres)
            if j["grade"] == 2 and dist > ad["core_km"]:
                problems.append(f"{pid}: grade 2 but {name} is {dist:.0f} km from the ad's place")
            if j["grade"] == 1 and dist > NEARBY_KM:
                problems.append(f"{pid}: grade 1 but {name} is {dist:.0f} km away")
            if j["grade"] >= 1 and j["country"] != ad["cc"]:
                problems.append(f"{pid}: graded {j['grade']} in {j['country']}, the ad is in {ad['cc']}")
            if j["trap"] == "wrong_country" and j["country"] == ad["cc"]:
                problems.append(f"{pid}: wrong_country trap in the ad's country")
            if j["trap"] != "wrong_country" and j["grade"] == 0 and dist > NEARBY_KM:
                problems.append(f"{pid}: {j['trap']} trap {dist:.0f} km away (only wrong_country is elsewhere)")
            for stated in re.findall(r"(\d+) km", j["why"]):
                if j["grade"] >= 1 and abs(int(stated) - dist) > 1.0:
                    problems.append(f"{pid}: reason says {stated} km, the taxonomy says {dist:.0f} km")


def check(doc: dict) -> list[str]:
    problems: list[str] = []
    ads = doc["ads"]
    if list(doc) != ["version", "today", "ads"] or doc["version"] != 1 or doc["today"] != TODAY:
        problems.append("top-level keys or values differ from set.json")
    if len(ads) < 8:
        problems.append(f"only {len(ads)} ads")
    if len({a["id"] for a in ads}) != len(ads):
        problems.append("duplicate ad ids")
    languages = {a["language"] for a in ads}
    if len(languages) < 5 or not languages <= {"en", "de", "fr", "es", "pt", "it", "nl", "pl"}:
        problems.append(f"languages {sorted(languages)}")
    if len({a["field"] for a in ads}) < 6:
        problems.append(f"only {len({a['field'] for a in ads})} fields")
    # ids must not collide with the corpus, the tuned set or the first held-out part
    other_ids: set[str] = set()
    other_ads: set[str] = set()
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as fh:
            for line in fh:
                other_ids.add(json.loads(line)["profileId"])
    for path in (TUNED, HELDOUT):
        if path.exists():
            other = json.loads(path.read_text(encoding="utf-8"))
            if other.get("today") != TODAY:
                problems.append(f"today differs from {path.name}")
            other_ids |= {j["profile"]["profileId"] for a in other["ads"] for j in a["judgements"]}
            other_ads |= {a["id"] for a in other["ads"]}
    if other_ads & {a["id"] for a in ads}:
        problems.append("an ad id is also in set.json or heldout.json")
    seen: set[str] = set()
    for a in ads:
        if list(a) != AD_KEYS:
            problems.append(f"{a['id']}: keys {list(a)}")
        if not a["id"].startswith("hs-"):
            problems.append(f"{a['id']}: id does not start with hs-")
        if a["limit"] != 10:
            problems.append(f"{a['id']}: limit {a['limit']}")
        words = len(a["jobDescription"].split())
        if not 80 <= words <= 220:
            problems.append(f"{a['id']}: {words} words")
        js = a["judgements"]
        grades = [j["grade"] for j in js]
        kinds = [j.get("trap") for j in js if j.get("trap")]
        if not 14 <= len(js) <= 18:
            problems.append(f"{a['id']}: {len(js)} judgements")
        if grades.count(2) < 3 or grades.count(2) + grades.count(1) < 6 or grades.count(0) < 4:
            problems.append(f"{a['id']}: grades {grades.count(2)}/{grades.count(1)}/{grades.count(0)}")
        if "homonym" not in kinds:
            problems.append(f"{a['id']}: no homonym trap")
        if len(set(kinds)) < 4:
            problems.append(f"{a['id']}: only trap kinds {sorted(set(kinds))}")
        for j in js:
            prof = j["profile"]
            pid = prof["profileId"]
            if not pid.startswith(f"eval-{a['id']}-"):
                problems.append(f"{pid}: id does not follow eval-<ad>-NN")
            if pid in seen or pid in other_ids:
                problems.append(f"{pid}: duplicate or colliding id")
            seen.add(pid)
            want = ["grade", "trap", "why", "profile"] if j["grade"] == 0 else ["grade", "why", "profile"]
            if list(j) != want:
                problems.append(f"{pid}: judgement keys {list(j)}")
            if j.get("trap") is not None and j["trap"] not in TRAPS:
                problems.append(f"{pid}: unknown trap {j['trap']}")
            if not j["why"].strip():
                problems.append(f"{pid}: no reason")
            if list(prof) != PROFILE_KEYS:
                problems.append(f"{pid}: profile keys {list(prof)}")
            if not re.fullmatch(r"[A-Z]{2}", prof["country"]):
                problems.append(f"{pid}: country {prof['country']}")
            if not prof["linkedinUrl"].startswith("https://linkedin.example/in/"):
                problems.append(f"{pid}: linkedin URL")
            if prof["companyDomain"] is not None and not prof["companyDomain"].endswith(".example"):
                problems.append(f"{pid}: company domain")
            if prof["openToWork"] is not False:
                problems.append(f"{pid}: openToWork")
            total, previous_start = 0, None
            for i, e in enumerate(prof["experience"]):
                try:
                    start = _month(e["startDate"])
                    end = NOW if e["endDate"] is None else _month(e["endDate"])
                except ValueError as exc:
                    problems.append(f"{pid}: bad date {exc}")
                    continue
                if e["endDate"] is None and i != 0:
                    problems.append(f"{pid}: only the most recent position may be current")
                if not start < end <= NOW:
                    problems.append(f"{pid}: dates {e['startDate']}..{e['endDate']}")
                if previous_start is not None and end > previous_start:
                    problems.append(f"{pid}: positions overlap or are not most recent first")
                previous_start = start
                total += end - start
            if abs(round(total / 12, 1) - prof["yearsExperience"]) > 0.05:
                problems.append(f"{pid}: yearsExperience {prof['yearsExperience']} but dates give {total / 12:.1f}")
            current = prof["experience"] and prof["experience"][0]["endDate"] is None
            if bool(current) != (prof["currentCompany"] is not None):
                problems.append(f"{pid}: currentCompany does not match the current position")
    check_semantic(doc, problems)
    check_places(problems)
    return problems


def render(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def summary(doc: dict) -> str:
    lines = []
    for a in doc["ads"]:
        g = [j["grade"] for j in a["judgements"]]
        traps = sorted({j["trap"] for j in a["judgements"] if j.get("trap")})
        lines.append(f"  {a['id']:<24} {a['language']}  {a['field']:<12} 2:{g.count(2)} 1:{g.count(1)} 0:{g.count(0)}  "
                     f"{a['title']}  [{', '.join(traps)}]")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    ap.add_argument("--summary", action="store_true", help="print grades and trap kinds per ad")
    args = ap.parse_args()
    doc = build()
    problems = check(doc)
    text = render(doc)
    if len(text.encode("utf-8")) > MAX_BYTES:
        problems.append(f"{len(text.encode('utf-8'))} bytes (> {MAX_BYTES})")
    if problems:
        for p_ in problems:
            print(f"gen_eval_semantic: {p_}", file=sys.stderr)
        return 1
    if args.summary:
        print(summary(doc))
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"data-check: {OUT.relative_to(ROOT)} differs from tools/gen_eval_semantic.py output "
                  "(run: python3 tools/gen_eval_semantic.py)", file=sys.stderr)
            return 1
        print(f"data-check: {OUT.relative_to(ROOT)} matches tools/gen_eval_semantic.py")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    n = sum(len(a["judgements"]) for a in doc["ads"])
    print(f"gen_eval_semantic: wrote {OUT.relative_to(ROOT)}: {len(doc['ads'])} ads, {n} judgements, "
          f"{len(text.encode('utf-8'))} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
