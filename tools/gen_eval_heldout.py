#!/usr/bin/env python3
"""Generate the held-out part of the labeled evaluation set, data/eval/heldout.json, deterministically.

The held-out part is an independent check of sourcing quality, written without looking at how
matching works: fourteen job ads in eight languages and thirteen sectors that the tuned part
(data/eval/set.json) does not cover, each with about sixteen graded judgements of hand-written
profiles that are planted into a copy of the corpus. The format is exactly that of set.json:

  grade 2  strong fit: the occupation, specialty and level the ad asks, the must-haves, in the
           place (the city and its suburbs, <= 20 km, or anywhere in the region the ad names)
  grade 1  partial fit: a neighbouring title in the same occupation, fewer skills, a bit junior or
           a step above, or the right person in a nearby town (20-50 km, checked against
           data/taxonomy/locations.json)
  grade 0  a trap, with its kind: recruiter, student, intern, homonym (a title that shares words
           with the ad's title but is another occupation or specialty) and wrong_country

People are written the way they write themselves (feminine and inclusive titles, local seniority
words, synonyms the ad does not use, skills in the local language), not the way the ad is written.
Ids are `eval-ho-<ad>-NN` (never in the corpus or in set.json); names and employers are invented;
URLs use linkedin.example and domains .example. Every `why` is a recruiter's reason.

Usage
  python3 tools/gen_eval_heldout.py            # write data/eval/heldout.json
  python3 tools/gen_eval_heldout.py --check    # exit 1 if the committed file differs

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
OUT = ROOT / "data" / "eval" / "heldout.json"
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
    "gb": (["Gemma", "Kirsty", "Laura", "Hayley"],
           ["Jack", "Harry", "Callum", "Liam", "Dean", "Craig", "Lee", "Jamie", "Ryan", "Daniel"],
           ["Smith", "Jones", "Taylor", "Brown", "Walker", "Wright", "Clarke", "Hughes", "Barnes", "Fletcher"]),
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
    raise SystemExit(f"gen_eval_heldout: no free name for {pid}")


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
        raise SystemExit(f"gen_eval_heldout: {name}, {cc} is not a taxonomy city")
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
LYON_EDU = [("Master MEEF", "Physique-chimie", "INSPÉ de l'académie de Lyon"),
            ("Master", "Physique", "Université Claude Bernard Lyon 1"),
            ("Master", "Chimie", "Université Claude Bernard Lyon 1"),
            ("Master", "Sciences de la matière", "École normale supérieure de Lyon")]
ADS.append(AD(
    "ho-physique-lyon", "education", "fr", "Professeur de physique-chimie (H/F)", "Lyon",
    """
L'Ensemble scolaire Sainte-Clotilde de la Croix-Rousse (Lyon 4e), établissement privé sous contrat d'association avec l'État, recrute pour la rentrée de septembre 2025 un Professeur de physique-chimie (H/F).

Le poste :
- Temps plein (18 h hebdomadaires) en seconde, première et terminale, dont l'enseignement de spécialité
- Préparation aux épreuves du baccalauréat et à l'évaluation des capacités expérimentales (ECE)
- Travail en équipe avec la technicienne de laboratoire et les collègues de SVT

Profil recherché :
- Master de physique, de chimie ou Master MEEF
- CAFEP/CAPES ou au moins deux ans d'enseignement en lycée
- Maîtrise des activités expérimentales et des règles de sécurité au laboratoire
- Aisance avec Pronote ; Python pour les capacités numériques du programme

Atouts : expérience en classes préparatoires, encadrement d'équipes aux Olympiades de physique.

Contrat de maître délégué d'un an, évolutif vers un contrat définitif. Rémunération selon la grille de l'enseignement privé, à partir de 2 050 € brut mensuels.
""",
    [
        P(2, "certified physics-chemistry teacher (CAPES), six years in a Lyon lycée including the terminale speciality and the ECE",
          "f", "Professeure de physique-chimie", "Lyon, Auvergne-Rhône-Alpes, France", "FR",
          ["Physique-chimie", "Enseignement de spécialité", "ECE", "Pronote", "Python", "Différenciation pédagogique"],
          [("Professeure de physique-chimie", 6.0, "Lycée Germaine-Tillion-Confluence"),
           ("Professeure stagiaire de physique-chimie", 1.0, "Lycée du Parc-des-Hauteurs")],
          hd="Professeure certifiée de physique-chimie en lycée | CAPES",
          hl=["Classes de terminale spécialité physique-chimie, 92 % de réussite au bac en 2024",
              "Référente sécurité du laboratoire de sciences physiques"]),
        P(2, "'sciences physiques' is the older name of the subject; nine years teaching lycée classes, coaches Olympiades teams, Villeurbanne borders Lyon",
          "m", "Enseignant en sciences physiques", "Villeurbanne, France", "FR",
          ["Sciences physiques", "Chimie", "Travaux pratiques", "Olympiades de physique", "ENT", "Pronote"],
          [("Enseignant en sciences physiques", 9.0, "Lycée privé Saint-Exupéry-des-Canuts",
            ["Préparation d'une équipe aux Olympiades de physique (prix régional 2023)"])],
          edu=[("CAPES", "Physique-chimie", "Université Claude Bernard Lyon 1"),
               ("Master", "Physique", "Université Claude Bernard Lyon 1")]),
        P(2, "agrégé in physics teaching première and terminale, with colles in a prépa: the subject and level, the prépa experience the ad prizes",
          "m", "Professeur agrégé de physique", "Lyon 3e, Auvergne-Rhône-Alpes, France", "FR",
          ["Physique", "Chimie", "Classes préparatoires", "Python", "Montages expérimentaux", "Pronote"],
          [("Professeur agrégé de physique-chimie", 5.0, "Lycée Jean-Perrin-des-Brotteaux",
            ["Colleur en PCSI (4 h par semaine)", "Conception de TP numériques en Python pour la spécialité"]),
           ("Professeur de physique-chimie", 2.5, "Lycée de la Plaine-de-l'Ain")],
          at=("Lyon", "FR"),
          edu=[("Agrégation", "Physique-chimie option physique", "École normale supérieure de Lyon")]),
        P(2, "three years as a maîtresse déléguée (the same contract) teaching physique-chimie in a private lycée; SPC is the subject's acronym; master's in chemistry",
          "f", "Enseignante SPC en lycée", "Caluire-et-Cuire, Auvergne-Rhône-Alpes, France", "FR",
          ["SPC", "Chimie organique", "Sécurité au laboratoire", "Évaluation par compétences", "Pronote"],
          [("Maîtresse déléguée en physique-chimie", 3.0, "Institution Notre-Dame-des-Minimes-Fourvière")],
          hd="Enseignante en sciences physiques et chimiques (SPC) – lycée privé sous contrat",
          edu=[("Master", "Chimie", "Université Claude Bernard Lyon 1")]),
        P(2, "holds the CAFEP, the private-sector version of the CAPES the ad names; four years in lycée after two in collège; Vénissieux is next to Lyon",
          "m", "Professeur de Physique-Chimie", "Vénissieux, France", "FR",
          ["Physique", "Chimie", "CAFEP", "Baccalauréat", "ECE", "Capytale"],
          [("Professeur de Physique-Chimie", 4.0, "Lycée privé Saint-Marc-de-Gerland"),
           ("Professeur de Physique-Chimie", 2.0, "Collège privé Sainte-Bernadette")]),
        P(1, "right subject and city, but collège only (5e to 3e): no lycée speciality or bac preparation yet",
          "f", "Professeure de physique-chimie", "Lyon, France", "FR",
          ["Physique-chimie", "Cycle 4", "Brevet des collèges", "Pronote", "Démarche d'investigation"],
          [("Professeure de physique-chimie", 5.0, "Collège Louise-Labé-de-la-Guillotière")]),
        P(1, "teaches physics and chemistry, but as half of a maths-sciences post in a lycée professionnel: a neighbouring profile",
          "m", "PLP maths-sciences", "Vénissieux, Auvergne-Rhône-Alpes, France", "FR",
          ["Mathématiques", "Physique-chimie", "Bac professionnel", "Pronote"],
          [("Professeur de lycée professionnel maths-sciences physiques", 7.0, "Lycée professionnel des Minguettes-Sud")],
          hd="Professeur de lycée professionnel en maths-sciences (PLP)"),
        P(1, "a strong physique-chimie teacher, but based in Vienne, 25 km south of Lyon",
          "f", "Professeure de physique-chimie", "Vienne, Isère, France", "FR",
          ["Physique-chimie", "Spécialité terminale", "ECE", "Python", "Pronote"],
          [("Professeure de physique-chimie", 8.0, "Lycée Ponsard-des-Allobroges")],
          edu=[("CAPES", "Physique-chimie", "Université Grenoble Alpes")]),
        P(1, "PhD physicist who teaches university tutorials (ATER): the subject, but no secondary-school classes or bac preparation",
          "m", "ATER en physique", "Lyon, Auvergne-Rhône-Alpes, France", "FR",
          ["Physique de la matière condensée", "Enseignement supérieur", "Travaux dirigés", "Python", "LaTeX"],
          [("Attaché temporaire d'enseignement et de recherche (ATER)", 1.5, "Université Claude Bernard Lyon 1"),
           ("Doctorant contractuel en physique", 3.0, "Laboratoire de physique des Terreaux")],
          hd="Docteur en physique | ATER | Enseignement en licence",
          edu=[("Doctorat", "Physique", "Université Claude Bernard Lyon 1")]),
        P(1, "the right subject in a lycée, but in her first year as a contract teacher: below the two years asked",
          "f", "Professeure contractuelle de physique-chimie", "Bron, France", "FR",
          ["Physique-chimie", "Chimie analytique", "Pronote"],
          [("Professeure contractuelle de physique-chimie", 0.8, "Lycée Jacques-Brel-de-Parilly"),
           ("Technicienne de laboratoire en chimie", 1.0, "Laboratoire d'analyses Rhodanie")],
          edu=[("Master", "Chimie analytique", "Université Claude Bernard Lyon 1")]),
        P(0, "teaches EPS (éducation physique et sportive): 'physique' is sport here, not physics", "f",
          "Professeure d'EPS", "Lyon, Auvergne-Rhône-Alpes, France", "FR",
          ["Éducation physique et sportive", "Handball", "Natation", "Association sportive", "Pronote"],
          [("Professeure d'EPS", 7.0, "Lycée Germaine-Tillion-Confluence")],
          trap="homonym", hd="Professeure d'éducation physique et sportive | UNSS",
          edu=[("CAPEPS", "STAPS", "Université Claude Bernard Lyon 1")]),
        P(0, "a medical physicist in radiotherapy: a physics degree, but a hospital job, not teaching", "m",
          "Physicien médical", "Lyon, France", "FR",
          ["Dosimétrie", "Radioprotection", "Radiothérapie", "Contrôle qualité", "Physique médicale"],
          [("Physicien médical", 6.0, "Centre régional de cancérologie Rhône-Saône")],
          trap="homonym",
          edu=[("DQPRM", "Physique médicale", "INSTN Saclay"), ("Master", "Physique médicale", "Université Grenoble Alpes")]),
        P(0, "a recruiter for private schools whose headline names the subject", "f",
          "Chargée de recrutement", "Lyon, Auvergne-Rhône-Alpes, France", "FR",
          ["Recrutement", "Sourcing", "Enseignement privé", "Physique-chimie", "CAFEP"],
          [("Chargée de recrutement enseignants", 3.0, "Réseau des établissements catholiques du Rhône"),
           ("Chargée de recrutement", 2.0, "Cabinet Talents & Écoles")],
          trap="recruiter",
          hd="Je recrute des professeurs de physique-chimie, de mathématiques et de SVT pour nos lycées privés de Lyon",
          edu=[("Master", "Ressources humaines", "IAE Lyon")]),
        P(0, "a first-year MEEF student: will not be qualified for a full post this September", "m",
          "Étudiant en Master MEEF physique-chimie", "Lyon, France", "FR",
          ["Physique", "Chimie", "Didactique des sciences"],
          [("Stage d'observation", 0.2, "Lycée Jean-Perrin-des-Brotteaux")],
          trap="student", ended=2, hd="Étudiant en M1 MEEF Physique-Chimie | futur professeur",
          edu=[("Master MEEF (en cours)", "Physique-chimie", "INSPÉ de l'académie de Lyon")]),
        P(0, "the right physics teacher, but in Geneva, Switzerland: another country and school system", "f",
          "Enseignante de physique", "Genève, Suisse", "CH",
          ["Physique", "Chimie", "Enseignement secondaire II", "Maturité gymnasiale"],
          [("Maîtresse de physique au secondaire II", 7.0, "Collège de Saint-Jean-des-Tranchées")],
          trap="wrong_country", at=("Geneva", "CH"),
          edu=[("Maîtrise universitaire", "Physique", "Université de Genève")]),
        P(0, "a physics intern in a research lab: a student on a placement, not a teacher", "m",
          "Stagiaire en physique des lasers", "Villeurbanne, Auvergne-Rhône-Alpes, France", "FR",
          ["Optique", "Lasers", "Python", "Physique expérimentale"],
          [("Stagiaire de recherche", 0.4, "Laboratoire Optique Saône-Rhône")],
          trap="intern", edu=[("Master (en cours)", "Physique", "Université Claude Bernard Lyon 1")]),
    ],
    cc="FR", centres=[("Lyon", "FR")], loc="fr", edu=LYON_EDU))

# 2 ------------------------------------------------------------------------------------------
IDF_EDU = [("CAP", "Cuisine", "Lycée hôtelier Guillaume-Tirel"), ("BP", "Arts de la cuisine", "CFA Médéric"),
           ("Bac professionnel", "Cuisine", "Lycée hôtelier Jean-Drouant"),
           ("BTS", "Management en hôtellerie-restauration", "Lycée hôtelier de Versailles-Gobelins")]
ADS.append(AD(
    "ho-chef-cuisine-idf", "hospitality", "fr", "Chef de cuisine (H/F)", "Île-de-France",
    """
Le groupe Les Tables de Vermeil (quatre brasseries en Île-de-France : Paris 11e, Boulogne-Billancourt, Versailles et Saint-Germain-en-Laye) recrute un Chef de cuisine (H/F) en CDI pour l'une de ses adresses.

Vos missions :
- Diriger une brigade de 6 à 10 personnes (second, chefs de partie, commis, plonge)
- Construire les cartes de saison et les suggestions du jour à partir de produits frais
- Gérer commandes, stocks, fiches techniques et food cost (objectif 28 %)
- Faire appliquer le plan de maîtrise sanitaire (HACCP)

Votre profil :
- 3 ans minimum en tant que chef de cuisine en restauration traditionnelle
- CAP/BP cuisine ou expérience équivalente
- Management d'équipe, rigueur en hygiène et en gestion

Les plus : passage en maison étoilée ou bistronomique, maîtrise d'un logiciel de gestion des stocks.

Rémunération : 3 200 à 3 800 € brut mensuels selon expérience, primes, deux jours de repos consécutifs, mutuelle, repas sur place.
""",
    [
        P(2, "head chef of a Paris bistro for four years after three as second: brigade, seasonal menus, food cost, HACCP",
          "m", "Chef de cuisine", "Paris, Île-de-France, France", "FR",
          ["Gestion de brigade", "Élaboration de cartes", "Food cost", "HACCP", "Cuisine bistronomique", "Commandes fournisseurs"],
          [("Chef de cuisine", 4.0, "Bistrot Le Comptoir des Halles Vives",
            ["Carte renouvelée à chaque saison, ticket moyen +12 %", "Food cost ramené de 33 à 29 %"]),
           ("Second de cuisine", 3.0, "Brasserie L'Horloge de Bercy"),
           ("Chef de partie", 3.0, "Restaurant Les Jardins de Clovis")]),
        P(2, "cheffe de cuisine of a 120-cover brasserie in Montreuil; before that sous-cheffe in a starred house, the plus the ad names",
          "f", "Cheffe de cuisine", "Montreuil, Île-de-France, France", "FR",
          ["Management d'équipe", "Cuisine de saison", "HACCP", "Gestion des stocks", "Fiches techniques"],
          [("Cheffe de cuisine", 3.5, "Brasserie La Fabrique de Montreuil"),
           ("Sous-cheffe", 2.5, "Maison Aurèle (1 étoile)"),
           ("Cheffe de partie garde-manger", 2.0, "Hôtel Le Grand Balcon")],
          hd="Cheffe de cuisine | ex-sous-cheffe en maison étoilée"),
        P(2, "head chef writing in English: runs a nine-person brigade in a Boulogne brasserie, menus and costing, five years in the role",
          "m", "Head Chef", "Boulogne-Billancourt, Île-de-France, France", "FR",
          ["Kitchen Management", "Menu Development", "Food Costing", "HACCP", "Team Leadership", "French Cuisine"],
          [("Head Chef", 5.0, "Brasserie du Pont de Sèvres"),
           ("Sous Chef", 3.0, "Hôtel Quai Ouest")]),
        P(2, "chef de cuisine in Versailles for three and a half years, brigade of eight, stock software: every must-have",
          "m", "Chef de cuisine", "Versailles, France", "FR",
          ["Direction de brigade", "Cuisine traditionnelle", "HACCP", "Logiciel de gestion des stocks", "Food cost"],
          [("Chef de cuisine", 3.5, "Auberge du Potager du Roy"),
           ("Second de cuisine", 4.0, "Brasserie de la Gare des Chantiers")]),
        P(2, "calls himself simply 'Chef', but the headline and history say head of kitchen in bistronomy for four years, after a starred house",
          "m", "Chef", "Paris 11e, Île-de-France, France", "FR",
          ["Bistronomie", "Produits de saison", "Management", "Food cost", "HACCP"],
          [("Chef", 4.0, "Bistrot Ardoise & Sarments"),
           ("Chef de partie", 3.0, "Restaurant Le Clos Perché (1 étoile)")],
          at=("Paris", "FR"), hd="Chef de cuisine — bistronomie — ancien de maison étoilée"),
        P(1, "second de cuisine for four years: one step below the head-chef experience the ad requires",
          "m", "Second de cuisine", "Paris, France", "FR",
          ["Cuisine traditionnelle", "Mise en place", "HACCP", "Encadrement de commis"],
          [("Second de cuisine", 4.0, "Brasserie Le Marronnier"),
           ("Chef de partie", 3.0, "Restaurant Le Petit Quai")]),
        P(1, "cheffe de partie: a station in the kitchen, two levels below head chef",
          "f", "Cheffe de partie", "Saint-Denis, Île-de-France, France", "FR",
          ["Poisson", "Sauces", "HACCP", "Dressage"],
          [("Cheffe de partie poissonnière", 5.0, "Restaurant La Criée du Canal")]),
        P(1, "chef gérant in contract catering (school and company canteens): manages a kitchen, but mass catering, not a traditional restaurant",
          "m", "Chef gérant", "Créteil, Île-de-France, France", "FR",
          ["Restauration collective", "HACCP", "Gestion des coûts", "Management d'équipe", "Plan alimentaire"],
          [("Chef gérant restauration collective", 6.0, "Sodélia Restauration Collective")]),
        P(1, "the right head chef, but in Creil (Oise), 46 km north of Paris and outside Île-de-France",
          "m", "Chef de cuisine", "Creil, Hauts-de-France, France", "FR",
          ["Gestion de brigade", "Cuisine de saison", "HACCP", "Food cost"],
          [("Chef de cuisine", 5.0, "Brasserie de l'Oise et des Marais"),
           ("Second de cuisine", 2.0, "Hôtel du Parc de Chantilly-Vineuil")]),
        P(1, "cheffe de cuisine for only eighteen months, after cheffe de partie: a bit junior for the three years asked",
          "f", "Cheffe de cuisine", "Nanterre, France", "FR",
          ["Cuisine du marché", "HACCP", "Gestion d'équipe"],
          [("Cheffe de cuisine", 1.5, "Le Bistrot des Terrasses"),
           ("Cheffe de partie", 3.0, "Brasserie Le Balto")]),
        P(0, "a digital project manager: 'chef de projet', not a cook", "m",
          "Chef de projet digital", "Paris, Île-de-France, France", "FR",
          ["Gestion de projet", "Agile", "Jira", "UX", "Cahier des charges"],
          [("Chef de projet digital", 5.0, "Agence Pixelune")],
          trap="homonym", edu=[("Master", "Management de projets numériques", "Université Paris 8")]),
        P(0, "designs and sells fitted kitchens: 'cuisine' is the room, not the craft", "f",
          "Conceptrice-vendeuse de cuisines", "Argenteuil, Île-de-France, France", "FR",
          ["Conception de cuisines", "Vente", "Logiciel 3D", "Relation client", "Métré"],
          [("Conceptrice-vendeuse cuisiniste", 4.0, "Cuisines Ateliers Delorme")],
          trap="homonym", hd="Cuisiniste | conception et vente de cuisines équipées",
          edu=[("BTS", "Négociation et digitalisation de la relation client", "Lycée Romain-Rolland")]),
        P(0, "a chef de rang is a front-of-house waiter: 'chef' and the restaurant, but serves tables", "m",
          "Chef de rang", "Paris, France", "FR",
          ["Service en salle", "Accords mets-vins", "Accueil client", "Anglais"],
          [("Chef de rang", 4.0, "Brasserie L'Horloge de Bercy"), ("Commis de salle", 2.0, "Hôtel Quai Ouest")],
          trap="homonym"),
        P(0, "a hospitality recruiter whose headline lists chefs de cuisine and brigade roles", "f",
          "Consultante recrutement hôtellerie-restauration", "Paris, Île-de-France, France", "FR",
          ["Recrutement", "Hôtellerie-restauration", "Chef de cuisine", "Brigade", "Sourcing"],
          [("Consultante recrutement", 4.0, "Cabinet Toque & Talents")],
          trap="recruiter", hd="Je recrute chefs de cuisine, seconds et chefs de partie en Île-de-France",
          edu=[("Master", "Ressources humaines", "Université Paris-Est Créteil")]),
        P(0, "a culinary-school intern on a commis placement", "m",
          "Stagiaire commis de cuisine", "Paris, France", "FR",
          ["Mise en place", "Découpes", "HACCP"],
          [("Stagiaire commis de cuisine", 0.3, "Restaurant Le Clos Perché (1 étoile)")],
          trap="intern", edu=[("Bac professionnel (en cours)", "Cuisine", "Lycée hôtelier Guillaume-Tirel")]),
        P(0, "the right head chef, but in Montréal, Canada", "m",
          "Chef de cuisine", "Montréal, Québec, Canada", "CA",
          ["Gestion de brigade", "Cuisine du marché", "Coûts de revient", "MAPAQ"],
          [("Chef de cuisine", 6.0, "Brasserie Saint-Laurent & Fils"), ("Sous-chef", 3.0, "Hôtel Le Vieux-Port Boréal")],
          trap="wrong_country", loc="qc",
          edu=[("DEP", "Cuisine", "Institut de tourisme et d'hôtellerie du Québec")]),
    ],
    cc="FR", centres=[("Paris", "FR")], core_km=45.0, admin1={"Île-de-France"}, loc="fr", edu=IDF_EDU,
    limit=20, query="chef de cuisine en brasserie ou bistronomie, 3 ans comme chef, Île-de-France"))

# 3 ------------------------------------------------------------------------------------------
BXL_EDU = [("Bachelier", "Communication", "Haute École Francisco Ferrer"),
           ("CESS", "Secrétariat-tourisme", "Institut Sainte-Ursule"),
           ("Bachelor", "Office management", "Erasmushogeschool Brussel"),
           ("Bachelier", "Marketing", "EPHEC")]
ADS.append(AD(
    "ho-service-client-bruxelles", "customer-support", "fr", "Agent service clientèle bilingue FR/NL (H/F/X)",
    "Région de Bruxelles-Capitale",
    """
Ardenne Énergie, fournisseur d'électricité et de gaz de 300 000 ménages belges, renforce son contact center de Schaerbeek (à cinq minutes de la gare du Nord) et cherche un·e Agent service clientèle bilingue FR/NL (H/F/X).

Vos tâches :
- Répondre aux appels, e-mails et chats de nos clients en français et en néerlandais
- Traiter les questions de facturation, les déménagements et les plans de paiement
- Encoder et suivre les dossiers dans notre CRM (Salesforce)
- Résoudre le problème dès le premier contact et escalader si nécessaire

Votre profil :
- Bilingue français-néerlandais ; l'anglais est un atout
- Au moins un an d'expérience en service clientèle ou en call center
- À l'aise avec un CRM et la saisie rapide
- Patient·e, orienté·e solution

Nous offrons : CDI temps plein (38 h, du lundi au vendredi entre 8 h et 18 h), 2 600 à 2 900 € brut par mois selon expérience (CP 200), chèques-repas, écochèques, abonnement STIB/SNCB remboursé et deux jours de télétravail après la formation.
""",
    [
        P(2, "three years answering energy and telecom customers in French, Dutch and English on phone and chat, Salesforce: the job as written",
          "f", "Customer Service Agent", "Brussels, Belgium", "BE",
          ["Français", "Nederlands", "English", "Salesforce", "Facturation", "Service client"],
          [("Customer Service Agent", 3.0, "Telenova Belgium",
            ["Top 10 % en satisfaction client (NPS) sur la file bilingue", "Plans de paiement et litiges de facturation"])],
          hd="Customer Service Agent FR/NL/EN | telecom & energy"),
        P(2, "bilingual customer adviser in an Anderlecht contact centre for four years, billing and moves: every must-have",
          "m", "Conseiller service client FR/NL", "Anderlecht, Bruxelles, Belgique", "BE",
          ["Relation client", "Bilingue français-néerlandais", "CRM", "Gestion des réclamations", "Facturation"],
          [("Conseiller service client FR/NL", 4.0, "Brabant Utilities Services"),
           ("Vendeur", 1.5, "Magasin Électro Midi")]),
        P(2, "a Dutch-speaking Brusseler writing in Dutch: two years of bilingual customer service with a CRM",
          "f", "Klantendienstmedewerker", "Schaarbeek, Brussel, België", "BE",
          ["Klantenservice", "Nederlands", "Frans", "CRM", "Facturatie", "Klachtenbehandeling"],
          [("Klantendienstmedewerker NL/FR", 2.0, "Mobiliz Verzekeringen"),
           ("Onthaalmedewerker", 1.0, "Gemeenschapscentrum De Linde")],
          at=("Schaerbeek", "BE"), loc="bxl"),
        P(2, "four years on a utility helpdesk in French and Dutch, e-mail and phone, Zendesk and Salesforce",
          "m", "Agent de contact center bilingue", "Ixelles, Région de Bruxelles-Capitale, Belgique", "BE",
          ["Contact center", "FR/NL", "Zendesk", "Salesforce", "Résolution au premier contact"],
          [("Agent de contact center bilingue", 4.0, "Hydrobru Services")]),
        P(2, "customer care adviser on phone, chat and e-mail in FR/NL/EN for two and a half years, Salesforce Service Cloud",
          "f", "Customer Care Advisor", "Etterbeek, Région de Bruxelles-Capitale, Belgique", "BE",
          ["Customer care", "French", "Dutch", "English", "Salesforce Service Cloud", "Live chat"],
          [("Customer Care Advisor", 2.5, "Parcelix Benelux")]),
        P(1, "the right job and place, but her Dutch is school-level: she fails the bilingual must-have",
          "f", "Agente service clientèle", "Forest, Bruxelles, Belgique", "BE",
          ["Service client", "Français", "Néerlandais (notions)", "CRM", "Encodage"],
          [("Agente service clientèle", 3.0, "Assurances Mutuelles du Midi")]),
        P(1, "a bilingual customer service agent for three years, but in Mechelen, 21 km from Brussels, outside the region",
          "m", "Customer Service Agent", "Mechelen, Vlaanderen, België", "BE",
          ["Klantenservice", "Nederlands", "Frans", "Engels", "Salesforce"],
          [("Customer Service Agent", 3.0, "Dijlestroom Energie")], loc="vl"),
        P(1, "bilingual receptionist and switchboard operator: phone work in both languages, but no billing or CRM casework",
          "f", "Réceptionniste-standardiste bilingue", "Brussels, Belgium", "BE",
          ["Accueil", "Standard téléphonique", "Français", "Néerlandais", "Outlook"],
          [("Réceptionniste-standardiste bilingue", 4.0, "Cabinet d'avocats Lejeune & Partners")]),
        P(1, "first-line IT helpdesk in French and Dutch: a support job, but technical tickets rather than customer billing",
          "m", "Helpdesk medewerker", "Jette, Brussel, België", "BE",
          ["ServiceNow", "Eerstelijnsondersteuning", "Nederlands", "Frans", "Windows"],
          [("Helpdesk medewerker 1ste lijn", 2.5, "Brusselse IT Diensten")], loc="bxl"),
        P(1, "a bilingual call-centre agent with only six months of experience, below the year asked",
          "m", "Agent call center", "Uccle, Bruxelles, Belgique", "BE",
          ["Appels entrants", "Français", "Néerlandais", "Saisie de données"],
          [("Agent call center", 0.5, "Callia Outsourcing"), ("Job étudiant – caissier", 1.0, "Supermarché Delvaux")]),
        P(0, "a bank relationship adviser: 'clientèle' in the title, but sells loans and savings products in a branch", "f",
          "Conseillère clientèle bancaire", "Brussels, Belgium", "BE",
          ["Crédit hypothécaire", "Épargne", "Placements", "Français", "Néerlandais"],
          [("Conseillère clientèle particuliers", 5.0, "Banque Coopérative de Wallonie-Bruxelles")],
          trap="homonym", edu=[("Bachelier", "Sciences bancaires", "Haute École Léonard de Vinci")]),
        P(0, "a bilingual estate agent: 'agent' and 'bilingue' with clients, but sells houses", "m",
          "Agent immobilier bilingue FR/NL", "Woluwe-Saint-Lambert, Bruxelles, Belgique", "BE",
          ["Vente immobilière", "Estimation", "Visites", "Français", "Néerlandais"],
          [("Agent immobilier", 6.0, "Immo Sonian")],
          trap="homonym", edu=[("Bachelier", "Immobilier", "EPHEC")]),
        P(0, "a recruiter whose headline names bilingual customer service agents", "m",
          "Talent Acquisition Specialist", "Brussels, Belgium", "BE",
          ["Recruitment", "Customer service", "Bilingual FR/NL", "Contact centers", "Sourcing"],
          [("Talent Acquisition Specialist", 3.0, "StaffLine Brussels")],
          trap="recruiter", hd="Recruiting bilingual FR/NL customer service agents in Brussels | Contact centers",
          edu=[("Master", "Psychologie", "Université libre de Bruxelles")]),
        P(0, "a communication student whose only experience is a summer student job on a phone line", "f",
          "Étudiante en communication", "Ixelles, Belgique", "BE",
          ["Communication", "Français", "Néerlandais", "Réseaux sociaux"],
          [("Job étudiant – téléconseillère", 0.2, "Callia Outsourcing")],
          trap="student", ended=9, at=("Ixelles", "BE"),
          edu=[("Bachelier (en cours)", "Communication", "Haute École Francisco Ferrer")]),
        P(0, "an intern in a customer service team", "m",
          "Stagiaire service client", "Schaerbeek, Belgique", "BE",
          ["Service client", "Français", "Néerlandais"],
          [("Stagiaire service client", 0.3, "Ardenne Contact Solutions")],
          trap="intern", edu=[("Bachelier (en cours)", "Marketing", "EPHEC")]),
        P(0, "a bilingual French-Dutch agent, but in a Lille call centre in France", "f",
          "Téléconseillère bilingue français-néerlandais", "Lille, Hauts-de-France, France", "FR",
          ["Relation client", "Français", "Néerlandais", "CRM", "Facturation"],
          [("Téléconseillère bilingue FR/NL", 3.0, "Nordcall Relation Client")],
          trap="wrong_country", loc="fr", edu=[("BTS", "Négociation et digitalisation de la relation client", "Lycée Gaston-Berger")]),
    ],
    cc="BE", centres=[("Brussels", "BE")], core_km=12.0, admin1={"Brussels Capital"}, loc="bxl", edu=BXL_EDU))

# 4 ------------------------------------------------------------------------------------------
LX_EDU = [("12.º ano", "Curso Profissional de Técnico de Obra", "Escola Profissional de Lisboa Oriental"),
          ("CET", "Condução de Obra", "Instituto Politécnico de Lisboa"),
          ("9.º ano", "Ensino básico", "Escola Básica de Odivelas"),
          ("Curso de Formação", "Encarregado de Construção Civil", "Centro de Formação da Construção do Sul")]
ADS.append(AD(
    "ho-encarregado-lisboa", "construction", "pt", "Encarregado de Obra (m/f)", "Grande Lisboa",
    """
A Tejoforma Construções, S.A., empresa com alvará de classe 6 e 25 anos de experiência em edifícios habitacionais e reabilitação urbana, procura Encarregado de Obra (m/f) para obras na Grande Lisboa (Lisboa, Oeiras e Loures).

Funções:
- Coordenar as equipas próprias e os subempreiteiros no estaleiro
- Controlar prazos, qualidade de execução e consumo de materiais
- Fazer cumprir o plano de segurança e saúde em obra
- Interpretar projetos de arquitetura e especialidades
- Preparar os registos diários e os autos de medição com a direção de obra

Requisitos:
- Experiência mínima de 5 anos como encarregado de construção civil (estrutura e acabamentos)
- Carta de condução (categoria B)
- Capacidade de liderança e organização

Valorizamos: formação em segurança no trabalho, experiência em reabilitação de edifícios antigos, AutoCAD e MS Project.

Oferecemos: contrato sem termo, vencimento entre 1 600 € e 2 100 € brutos, subsídio de alimentação, viatura da empresa e telemóvel.
""",
    [
        P(2, "general site foreman for eight years on housing blocks in Lisbon, after years as foreman and mason: the exact job, above the five years",
          "m", "Encarregado Geral", "Lisboa, Portugal", "PT",
          ["Gestão de estaleiro", "Coordenação de subempreiteiros", "Leitura de projetos", "Segurança em obra", "Autos de medição"],
          [("Encarregado Geral de Construção Civil", 8.0, "Construtora Alfama & Filhos",
            ["Edifício de 64 fogos em Marvila entregue dentro do prazo", "Coordenação de até 45 trabalhadores e 9 subempreiteiros"]),
           ("Encarregado de Obra", 6.0, "Obras Novas do Tejo, Lda."),
           ("Pedreiro de 1.ª", 5.0, "Obras Novas do Tejo, Lda.")],
          hd="Encarregado Geral de Construção Civil | habitação e reabilitação"),
        P(2, "'mestre de obras' is the traditional name for a site foreman; twelve years in structure and finishes",
          "m", "Mestre de Obras", "Amadora, Lisboa, Portugal", "PT",
          ["Estruturas de betão armado", "Acabamentos", "Gestão de equipas", "Planeamento de obra", "Carta de condução B"],
          [("Mestre de Obras", 12.0, "Sociedade de Construções Venteira")]),
        P(2, "a woman site foreman for six years, specialised in rehabilitating old Lisbon buildings, safety training: the plus points too",
          "f", "Encarregada de Obra", "Loures, Portugal", "PT",
          ["Reabilitação de edifícios", "Coordenação de equipas", "Higiene e Segurança no Trabalho", "AutoCAD", "Controlo de qualidade"],
          [("Encarregada de Obra", 6.0, "Reabilita Lisboa Construções"),
           ("Técnica de Segurança no Trabalho", 3.0, "Reabilita Lisboa Construções")],
          edu=[("Curso Técnico Superior Profissional", "Técnicas de Construção Civil", "Instituto Politécnico de Lisboa")]),
        P(2, "construction foreman for seven years on residential and office buildings, reads projects, runs subcontractors",
          "m", "Encarregado de Construção Civil", "Odivelas, Lisboa, Portugal", "PT",
          ["Construção civil", "Subempreitadas", "Leitura de desenhos", "MS Project", "Gestão de materiais"],
          [("Encarregado de Construção Civil", 7.0, "Edifica Norte-Tejo, S.A."),
           ("Chefe de Equipa", 3.0, "Edifica Norte-Tejo, S.A.")]),
        P(2, "site foreman in urban rehabilitation for five and a half years, AutoCAD: meets every requirement, based in Oeiras",
          "m", "Encarregado de obra – reabilitação urbana", "Oeiras, Lisboa, Portugal", "PT",
          ["Reabilitação urbana", "AutoCAD", "Planeamento", "Segurança em obra", "Autos de medição"],
          [("Encarregado de obra – reabilitação urbana", 5.5, "Pombalina Reabilitação, Lda.")]),
        P(1, "crew leader of a masonry team: runs one crew, not a whole site; a step below foreman",
          "m", "Chefe de Equipa", "Lisboa, Portugal", "PT",
          ["Alvenarias", "Rebocos", "Cofragem", "Gestão de equipa"],
          [("Chefe de Equipa", 3.0, "Construtora Alfama & Filhos"), ("Pedreiro", 8.0, "Construtora Alfama & Filhos")]),
        P(1, "a site foreman with the right experience, but in Setúbal, 32 km away across the river",
          "m", "Encarregado de Obra", "Setúbal, Portugal", "PT",
          ["Gestão de estaleiro", "Construção de edifícios", "Segurança em obra"],
          [("Encarregado de Obra", 9.0, "Sado Construções, Lda.")]),
        P(1, "foreman on road and drainage works: a foreman, but in public works, not buildings with finishes",
          "m", "Encarregado de Obras Públicas", "Loures, Lisboa, Portugal", "PT",
          ["Pavimentação", "Redes de drenagem", "Terraplenagem", "Gestão de equipas"],
          [("Encarregado de Obras Públicas", 10.0, "Vias & Redes do Oeste, S.A.")]),
        P(1, "site director (civil engineer) running several sites: one level above and likely over-qualified for site foreman",
          "m", "Diretor de Obra", "Lisboa, Portugal", "PT",
          ["Direção de obra", "Orçamentação", "MS Project", "Gestão de subempreiteiros", "AutoCAD"],
          [("Diretor de Obra", 6.0, "Tágide Engenharia e Construção"), ("Engenheiro de Obra", 4.0, "Tágide Engenharia e Construção")],
          edu=[("Mestrado", "Engenharia Civil", "Instituto Superior Técnico")]),
        P(1, "site foreman for three years: right job, below the five years asked",
          "m", "Encarregado de Obra", "Sintra, Portugal", "PT",
          ["Construção civil", "Gestão de equipas", "Leitura de projetos"],
          [("Encarregado de Obra", 3.0, "Serra Construções, Lda."), ("Carpinteiro de cofragem", 4.0, "Serra Construções, Lda.")]),
        P(0, "a warehouse foreman: 'encarregado', but of stock and forklifts", "m",
          "Encarregado de Armazém", "Lisboa, Portugal", "PT",
          ["Gestão de stocks", "SAP", "Empilhadores", "Inventários"],
          [("Encarregado de Armazém", 7.0, "Distribuidora Alimentar do Tejo")],
          trap="homonym", edu=[("12.º ano", "Ciências Socioeconómicas", "Escola Secundária de Camões")]),
        P(0, "a shop supervisor in retail: 'encarregada', but of a store", "f",
          "Encarregada de Loja", "Amadora, Portugal", "PT",
          ["Gestão de loja", "Atendimento ao cliente", "Gestão de equipa", "Reposição"],
          [("Encarregada de Loja", 5.0, "Supermercados Bom Dia Lisboa")],
          trap="homonym", edu=[("12.º ano", "Línguas e Humanidades", "Escola Secundária da Amadora")]),
        P(0, "a construction recruiter whose headline names site foremen", "f",
          "Recrutadora", "Lisboa, Portugal", "PT",
          ["Recrutamento", "Construção civil", "Encarregado de obra", "Entrevistas"],
          [("Recrutadora – Construção e Engenharia", 3.0, "Obra Certa Recursos Humanos")],
          trap="recruiter", hd="A recrutar Encarregados de Obra e Chefes de Equipa para a Grande Lisboa",
          edu=[("Licenciatura", "Psicologia", "Universidade de Lisboa")]),
        P(0, "a civil engineering student", "m",
          "Estudante de Engenharia Civil", "Lisboa, Portugal", "PT",
          ["AutoCAD", "Revit", "Estruturas"],
          [("Estágio de verão", 0.2, "Tágide Engenharia e Construção")],
          trap="student", ended=8, edu=[("Mestrado Integrado (em curso)", "Engenharia Civil", "Instituto Superior Técnico")]),
        P(0, "a trainee on a professional internship with a site director", "f",
          "Estagiária de Direção de Obra", "Oeiras, Portugal", "PT",
          ["AutoCAD", "Medições", "MS Project"],
          [("Estagiária de Direção de Obra", 0.5, "Pombalina Reabilitação, Lda.")],
          trap="intern", edu=[("Licenciatura", "Engenharia Civil", "Instituto Superior de Engenharia de Lisboa")]),
        P(0, "a Portuguese site foreman, but working in Luxembourg", "m",
          "Encarregado de Obra", "Luxemburgo", "LU",
          ["Gestão de estaleiro", "Estruturas", "Acabamentos", "Francês"],
          [("Chef de chantier", 8.0, "Bâtiments Moselle-Alzette S.à r.l.")],
          trap="wrong_country", at=("Luxembourg", "LU"), hd="Encarregado de obra / Chef de chantier no Luxemburgo"),
    ],
    cc="PT", centres=[("Lisbon", "PT")], core_km=30.0, admin1={"Lisbon"}, loc="pt", edu=LX_EDU))

# 5 ------------------------------------------------------------------------------------------
RP_EDU = [("Bacharelado", "Engenharia Agronômica", "Universidade de São Paulo – ESALQ"),
          ("Bacharelado", "Engenharia Agronômica", "Universidade Estadual Paulista – FCAV Jaboticabal"),
          ("Bacharelado", "Agronomia", "Centro Universitário Moura Lacerda"),
          ("Bacharelado", "Agronomia", "Universidade Federal de Lavras")]
ADS.append(AD(
    "ho-agronomo-ribeirao", "agriculture", "pt", "Engenheiro(a) Agrônomo(a)", "Ribeirão Preto, SP",
    """
A Usina Boa Esperança do Pardo, grupo sucroenergético com 45 mil hectares de cana-de-açúcar na região de Ribeirão Preto, contrata Engenheiro(a) Agrônomo(a) para a área de Planejamento e Tratos Culturais.

Atividades:
- Planejar e acompanhar plantio, tratos culturais e colheita mecanizada
- Emitir receituário agronômico e recomendações de adubação, correção de solo e manejo de pragas e plantas daninhas
- Acompanhar indicadores (TCH, ATR) e orientar líderes e técnicos agrícolas
- Usar agricultura de precisão: mapas de produtividade, piloto automático e drones

Requisitos:
- Engenharia Agronômica com CREA ativo
- Mínimo de 3 anos em cana-de-açúcar ou grandes culturas (soja, milho)
- CNH B e disponibilidade para campo
- Excel avançado e QGIS ou ArcGIS

Diferenciais: pós-graduação em fitotecnia ou proteção de plantas, experiência com SAP.

Oferecemos: salário de R$ 9.000 a R$ 11.000, PLR, vale-alimentação, plano de saúde e odontológico e transporte fretado a partir de Ribeirão Preto e Sertãozinho.
""",
    [
        P(2, "agronomist at a sugar-cane mill for six years: planting, crop care, prescriptions, precision agriculture, QGIS, CREA",
          "m", "Engenheiro Agrônomo", "Ribeirão Preto, São Paulo, Brasil", "BR",
          ["Cana-de-açúcar", "Tratos culturais", "Receituário agronômico", "Manejo de plantas daninhas", "Agricultura de precisão", "QGIS", "CREA-SP"],
          [("Engenheiro Agrônomo", 6.0, "Usina Santa Luzia do Mogi",
            ["Redução de 14 % no custo de herbicidas com aplicação em taxa variável", "TCH médio de 88 t/ha em 12 mil ha"])]),
        P(2, "agronomist in Sertãozinho (one of the ad's two pick-up points) with five years in cane planning, pest management and SAP",
          "f", "Engenheira Agrônoma", "Sertãozinho, SP, Brasil", "BR",
          ["Planejamento agrícola", "Cana-de-açúcar", "Manejo integrado de pragas", "SAP", "Excel avançado", "ArcGIS"],
          [("Engenheira Agrônoma", 5.0, "Grupo Sucroalcooleiro Vale do Mogi")],
          edu=[("Bacharelado", "Engenharia Agronômica", "Universidade Estadual Paulista – FCAV Jaboticabal"),
               ("Especialização", "Proteção de Plantas", "Universidade Federal de Viçosa")]),
        P(2, "calls himself 'Agrônomo' in agricultural planning: four years planning planting and harvest fronts in cane",
          "m", "Agrônomo – Planejamento Agrícola", "Ribeirão Preto, SP", "BR",
          ["Planejamento de safra", "Colheita mecanizada", "Cana-de-açúcar", "Power BI", "QGIS"],
          [("Agrônomo – Planejamento Agrícola", 4.0, "Agroindustrial Cerrado Paulista")]),
        P(2, "agronomist for five years in soy and corn (the grain crops the ad accepts), specialist in crop protection, 18 km away",
          "f", "Engenheira Agrônoma | Fitotecnia", "Jardinópolis, São Paulo, Brasil", "BR",
          ["Soja", "Milho", "Fitotecnia", "Proteção de plantas", "Receituário agronômico", "Drones"],
          [("Engenheira Agrônoma", 5.0, "Fazendas Reunidas Três Barras")],
          edu=[("Bacharelado", "Agronomia", "Universidade Federal de Lavras"),
               ("Mestrado", "Fitotecnia", "Universidade de São Paulo – ESALQ")]),
        P(2, "'senior agricultural analyst' at a mill, but an agronomist by degree with CREA and seven years in cane: the same job under a corporate title",
          "m", "Analista Agrícola Sr.", "Ribeirão Preto, São Paulo, Brasil", "BR",
          ["Cana-de-açúcar", "Indicadores agrícolas", "Adubação", "Correção de solo", "SAP", "CREA ativo"],
          [("Analista Agrícola Sênior", 3.0, "Usina Santa Luzia do Mogi"), ("Analista Agrícola", 4.0, "Usina Santa Luzia do Mogi")]),
        P(1, "agricultural technician with ten years in cane, but no engineering degree: cannot sign agronomic prescriptions",
          "m", "Técnico Agrícola", "Ribeirão Preto, SP, Brasil", "BR",
          ["Cana-de-açúcar", "Plantio", "Aplicação de defensivos", "Piloto automático"],
          [("Técnico Agrícola", 10.0, "Agroindustrial Cerrado Paulista")],
          edu=[("Técnico", "Agropecuária", "Escola Técnica Estadual de Ribeirão Preto")]),
        P(1, "agronomist in a trainee programme for one year: the right track, below the three years asked",
          "f", "Engenheira Agrônoma Trainee", "Ribeirão Preto, São Paulo, Brasil", "BR",
          ["Cana-de-açúcar", "QGIS", "Excel"],
          [("Trainee Agrícola", 1.0, "Grupo Sucroalcooleiro Vale do Mogi")]),
        P(1, "agronomist in coffee, a perennial crop rather than cane or grains, and in Batatais, 40 km away",
          "m", "Engenheiro Agrônomo", "Batatais, São Paulo, Brasil", "BR",
          ["Cafeicultura", "Nutrição de plantas", "Receituário agronômico", "Assistência técnica"],
          [("Engenheiro Agrônomo", 7.0, "Cooperativa dos Cafeicultores da Alta Mogiana")]),
        P(1, "forestry engineer in eucalyptus silviculture: a neighbouring profession with crop-care skills, but not agronomy",
          "f", "Engenheira Florestal", "Ribeirão Preto, SP", "BR",
          ["Silvicultura", "Eucalipto", "Geoprocessamento", "ArcGIS", "Controle de formigas"],
          [("Engenheira Florestal", 6.0, "Florestas Paulistas Reflorestamento")],
          edu=[("Bacharelado", "Engenharia Florestal", "Universidade Federal de Viçosa")]),
        P(1, "agronomist by training working as a pesticide sales rep: the knowledge, but a commercial role for years",
          "m", "Representante Técnico de Vendas (RTV)", "Ribeirão Preto, São Paulo, Brasil", "BR",
          ["Vendas técnicas", "Defensivos agrícolas", "Cana-de-açúcar", "Relacionamento com produtores"],
          [("Representante Técnico de Vendas", 5.0, "AgroQuímica Horizonte"), ("Engenheiro Agrônomo", 2.0, "Fazendas Reunidas Três Barras")]),
        P(0, "a bank account manager for farmers: rural credit, not agronomy", "m",
          "Gerente de Contas Agronegócio", "Ribeirão Preto, São Paulo, Brasil", "BR",
          ["Crédito rural", "Custeio agrícola", "Carteira PJ", "Análise de crédito"],
          [("Gerente de Contas Agronegócio", 6.0, "Banco Cooperativo Terra Roxa")],
          trap="homonym", edu=[("Bacharelado", "Administração", "Universidade de Ribeirão Preto")]),
        P(0, "a software engineer at an agtech start-up: 'engenheira' and precision-agriculture skills, but writes code", "f",
          "Engenheira de Software", "Ribeirão Preto, SP, Brasil", "BR",
          ["Python", "React", "Agricultura de precisão", "GIS", "PostgreSQL"],
          [("Engenheira de Software", 3.0, "Talhão Digital AgTech")],
          trap="homonym", hd="Engenheira de Software @ AgTech | Python · Agricultura de precisão",
          edu=[("Bacharelado", "Ciência da Computação", "Universidade de São Paulo")]),
        P(0, "a recruiter whose headline names agronomist openings at mills", "m",
          "Recrutador", "Ribeirão Preto, São Paulo, Brasil", "BR",
          ["Recrutamento e seleção", "Agronegócio", "Engenharia Agronômica", "Hunting"],
          [("Analista de Recrutamento e Seleção", 4.0, "AgroTalentos Consultoria")],
          trap="recruiter", hd="Recrutador | Vagas para engenheiros agrônomos e técnicos agrícolas em usinas",
          edu=[("Bacharelado", "Psicologia", "Centro Universitário Barão de Mauá")]),
        P(0, "an agronomy student", "f",
          "Estudante de Engenharia Agronômica", "Jaboticabal, São Paulo, Brasil", "BR",
          ["Solos", "Fitotecnia", "Excel"],
          [("Iniciação científica", 1.0, "Universidade Estadual Paulista")],
          trap="student", ended=1,
          edu=[("Bacharelado (em andamento)", "Engenharia Agronômica", "Universidade Estadual Paulista – FCAV Jaboticabal")]),
        P(0, "an agronomy intern at a mill", "m",
          "Estagiário de Agronomia", "Sertãozinho, SP, Brasil", "BR",
          ["Amostragem de solo", "Monitoramento de pragas", "Excel"],
          [("Estagiário de Agronomia", 0.6, "Grupo Sucroalcooleiro Vale do Mogi")],
          trap="intern", edu=[("Bacharelado (em andamento)", "Agronomia", "Centro Universitário Moura Lacerda")]),
        P(0, "an agronomist, but in Évora, Portugal (note the European spelling 'Agrónoma')", "f",
          "Engenheira Agrónoma", "Évora, Portugal", "PT",
          ["Olival", "Vinha", "Regadio", "Proteção de culturas"],
          [("Engenheira Agrónoma", 6.0, "Herdade do Monte Alentejano")],
          trap="wrong_country", loc="pt",
          edu=[("Mestrado", "Engenharia Agronómica", "Universidade de Évora")]),
    ],
    cc="BR", centres=[("Ribeirão Preto", "BR")], loc="br", edu=RP_EDU,
    query="agrônomo com CREA e experiência em cana-de-açúcar"))

# 6 ------------------------------------------------------------------------------------------
BS_EDU = [("Diploma", "Perito elettrotecnico", "ITIS Benedetto Castelli"),
          ("Diploma", "Perito meccanico", "ITIS Benedetto Castelli"),
          ("Qualifica professionale", "Operatore elettrico", "CFP Zanardelli"),
          ("Diploma", "Manutenzione e assistenza tecnica", "IPSIA Moretto")]
ADS.append(AD(
    "ho-manutentore-brescia", "manufacturing", "it", "Manutentore Elettromeccanico (m/f)", "Brescia",
    """
Fonderie Valtrompia Mella S.p.A., azienda di stampaggio a caldo di componenti in ottone e acciaio con 180 dipendenti, ricerca per lo stabilimento di Brescia (zona industriale sud) un Manutentore Elettromeccanico (m/f).

Mansioni:
- Manutenzione ordinaria, preventiva e su guasto di presse, forni a induzione e linee automatiche
- Diagnosi dei guasti elettrici e meccanici, lettura di schemi elettrici e disegni meccanici
- Interventi su impianti oleodinamici e pneumatici
- Registrazione degli interventi nel CMMS

Requisiti:
- Diploma di perito elettrotecnico, elettronico o meccanico, o qualifica equivalente
- Almeno 3 anni nella manutenzione di impianti industriali
- Conoscenza dei PLC Siemens (S7-300/1500, TIA Portal) per la ricerca guasti
- Disponibilità a tre turni e reperibilità

Titoli preferenziali: attestato PES/PAV, patentino del carrello elevatore, inglese tecnico.

Offriamo assunzione a tempo indeterminato, CCNL Metalmeccanica Industria livello C3 o B3 in base all'esperienza (RAL indicativa 29.000–34.000 €), indennità di turno, mensa e premio di produzione.

La ricerca è rivolta a candidati di entrambi i sessi (L. 903/77 e D.Lgs. 198/2006).
""",
    [
        P(2, "electromechanical maintenance tech for seven years on presses and induction furnaces, Siemens PLC troubleshooting, PES/PAV",
          "m", "Manutentore elettromeccanico", "Brescia, Lombardia, Italia", "IT",
          ["Manutenzione preventiva", "PLC Siemens S7", "TIA Portal", "Oleodinamica", "Pneumatica", "Schemi elettrici", "PES/PAV"],
          [("Manutentore elettromeccanico", 7.0, "Stampaggi Mella Sud S.r.l.",
            ["Ricerca guasti su presse da 1.600 t e forni a induzione", "Fermi macchina ridotti del 20 % con il piano di manutenzione preventiva"])],
          hd="Manutentore elettromeccanico | PLC Siemens | turni e reperibilità"),
        P(2, "electrical and mechanical maintenance technician in a forging plant for five years, three shifts, TIA Portal; Lumezzane is 13 km from Brescia",
          "m", "Tecnico manutenzione elettrica e meccanica", "Lumezzane, Brescia, Italia", "IT",
          ["Manutenzione impianti", "Stampaggio a caldo", "TIA Portal", "Oleodinamica", "Turni"],
          [("Tecnico manutenzione elettrica e meccanica", 5.0, "Valgobbia Forgiati S.p.A.")]),
        P(2, "'meccatronico' is the newer name for the same job: four years on automatic lines, PLC, hydraulics, forklift licence",
          "m", "Manutentore Meccatronico", "Ghedi, Lombardia, Italia", "IT",
          ["Meccatronica", "PLC S7-1500", "Pneumatica", "Oleodinamica", "Patentino muletto", "CMMS"],
          [("Manutentore Meccatronico", 4.0, "Linee Automatiche Bassa Bresciana S.r.l.")],
          edu=[("Diploma", "Meccatronica", "IPSIA Moretto")]),
        P(2, "a woman maintenance technician for six years, electrical and mechanical faults, S7 PLC, on three shifts",
          "f", "Tecnica di manutenzione", "Brescia, Italia", "IT",
          ["Manutenzione elettromeccanica", "PLC Siemens", "Lettura disegni meccanici", "Inglese tecnico", "PES/PAV"],
          [("Tecnica di manutenzione", 6.0, "Presse & Trafile Lombarde S.p.A.")]),
        P(2, "electrical maintenance on call in a steel plant for nine years, mechanical too: all the must-haves",
          "m", "Manutentore elettrico – reperibilità", "Brescia, Lombardia, Italia", "IT",
          ["Manutenzione elettrica", "Manutenzione meccanica", "PLC", "Reperibilità", "Forni", "Carroponte"],
          [("Manutentore elettrico", 9.0, "Acciaierie del Mella S.p.A.")],
          hd="Manutentore elettrico e meccanico in acciaieria"),
        P(1, "mechanical maintenance only: no electrical diagnosis or PLC",
          "m", "Manutentore meccanico", "Brescia, Italia", "IT",
          ["Manutenzione meccanica", "Saldatura", "Cuscinetti", "Oleodinamica"],
          [("Manutentore meccanico", 6.0, "Carpenterie Metalliche Bresciane")]),
        P(1, "industrial electrician doing installation work in factories: electrical skills, little maintenance or mechanics",
          "m", "Elettricista industriale", "Brescia, Lombardia, Italia", "IT",
          ["Impianti elettrici industriali", "Quadri elettrici", "PES/PAV", "Cablaggio"],
          [("Elettricista industriale", 5.0, "Impianti Elettrici Garda Ovest")]),
        P(1, "the right electromechanical maintenance profile, but in Bergamo, 46 km away",
          "m", "Manutentore elettromeccanico", "Bergamo, Lombardia, Italia", "IT",
          ["Manutenzione preventiva", "PLC Siemens", "Pneumatica", "Turni"],
          [("Manutentore elettromeccanico", 6.0, "Trafilerie Orobiche S.p.A.")]),
        P(1, "PLC and automation technician who commissions new lines: strong on PLC, less on day-to-day mechanical repair",
          "f", "Tecnica PLC / Automazione", "Brescia, Italia", "IT",
          ["TIA Portal", "Step 7", "HMI", "Messa in servizio", "Profinet"],
          [("Tecnica PLC", 4.0, "Automazioni Franciacorta S.r.l.")],
          edu=[("Diploma", "Perito elettronico", "ITIS Benedetto Castelli")]),
        P(1, "maintenance helper for eighteen months: right job, half the experience asked",
          "m", "Manutentore", "Brescia, Lombardia, Italia", "IT",
          ["Manutenzione", "Pneumatica", "Lettura schemi"],
          [("Manutentore junior", 1.5, "Stampaggi Mella Sud S.r.l.")]),
        P(0, "a gardener: 'manutentore del verde' maintains parks, not machines", "m",
          "Manutentore del verde", "Brescia, Italia", "IT",
          ["Potatura", "Decespugliatore", "Tosaerba", "Irrigazione", "Patentino fitosanitario"],
          [("Manutentore del verde", 8.0, "Cooperativa Verde Cidneo")],
          trap="homonym", edu=[("Qualifica professionale", "Operatore agricolo", "CFP Bonsignori")]),
        P(0, "a car mechatronics technician in a garage: 'meccatronico' and diagnostics, but cars", "m",
          "Meccatronico auto", "Brescia, Lombardia, Italia", "IT",
          ["Diagnosi auto", "Centraline", "Impianti elettrici auto", "Tagliandi"],
          [("Meccatronico", 6.0, "Autofficina Fratelli Zanetti")],
          trap="homonym", hd="Meccatronico d'auto | diagnosi elettronica e meccanica",
          edu=[("Qualifica professionale", "Riparatore di veicoli a motore", "CFP Zanardelli")]),
        P(0, "an agency recruiter whose headline names the job", "f",
          "Recruiter", "Brescia, Italia", "IT",
          ["Selezione del personale", "Metalmeccanico", "Manutentori", "Colloqui"],
          [("Recruiter settore metalmeccanico", 3.0, "Lavoro Più Agenzia per il Lavoro")],
          trap="recruiter", hd="Selezioniamo manutentori elettromeccanici ed elettricisti industriali per aziende del bresciano",
          edu=[("Laurea", "Psicologia del lavoro", "Università Cattolica del Sacro Cuore")]),
        P(0, "a mechanical engineering student", "m",
          "Studente di Ingegneria Meccanica", "Brescia, Italia", "IT",
          ["SolidWorks", "MATLAB", "Disegno tecnico"],
          [("Stage estivo in ufficio tecnico", 0.2, "Presse & Trafile Lombarde S.p.A.")],
          trap="student", ended=9, edu=[("Laurea triennale (in corso)", "Ingegneria meccanica", "Università degli Studi di Brescia")]),
        P(0, "a maintenance trainee on an internship", "m",
          "Tirocinante manutenzione", "Brescia, Lombardia, Italia", "IT",
          ["Manutenzione", "Pneumatica"],
          [("Tirocinante manutenzione", 0.4, "Fonderie del Garda Occidentale")],
          trap="intern", edu=[("Diploma", "Manutenzione e assistenza tecnica", "IPSIA Moretto")]),
        P(0, "the right maintenance technician, but in Bellinzona, Switzerland", "m",
          "Manutentore elettromeccanico", "Bellinzona, Ticino, Svizzera", "CH",
          ["Manutenzione", "PLC Siemens", "Oleodinamica"],
          [("Meccanico di manutenzione AFC", 7.0, "Officine Ticinesi Moesa SA")],
          trap="wrong_country", edu=[("AFC", "Polimeccanico", "Centro professionale tecnico di Bellinzona")]),
    ],
    cc="IT", centres=[("Brescia", "IT")], loc="it", edu=BS_EDU))

# 7 ------------------------------------------------------------------------------------------
MI_EDU = [("Laurea magistrale", "Chimica", "Università degli Studi di Milano"),
          ("Laurea magistrale", "Chimica e Tecnologia Farmaceutiche", "Università degli Studi di Pavia"),
          ("Laurea", "Chimica industriale", "Università degli Studi di Milano"),
          ("Laurea magistrale", "Biotecnologie del farmaco", "Università degli Studi di Milano-Bicocca")]
ADS.append(AD(
    "ho-qc-lab-milano", "pharma", "it", "Tecnico di Laboratorio Controllo Qualità (m/f)", "Milano",
    """
Farmaceutici Lambro S.p.A., CDMO che produce principi attivi e forme solide orali per conto terzi, ricerca per il laboratorio di Controllo Qualità del sito di Segrate (MI) un/una Tecnico di Laboratorio Controllo Qualità.

Responsabilità:
- Analisi chimico-fisiche su materie prime, intermedi e prodotti finiti secondo Farmacopea Europea e metodi interni
- Analisi strumentali in HPLC, GC, UV-Vis e titolazioni Karl Fischer
- Registrazione dei dati nel rispetto delle GMP e della data integrity (LIMS, Empower)
- Supporto alle indagini OOS/OOT e alla redazione delle procedure operative

Requisiti:
- Laurea in Chimica, CTF, Chimica Industriale o Biotecnologie, oppure diploma di perito chimico con esperienza
- Almeno 2 anni in un laboratorio QC farmaceutico in ambiente GMP
- Buona conoscenza dell'inglese

Gradita esperienza nella convalida di metodi analitici.

Offriamo contratto a tempo indeterminato CCNL Chimico-Farmaceutico, RAL 30.000–36.000 € in base all'esperienza, buoni pasto e orario a giornata.
""",
    [
        P(2, "QC analyst in a pharma plant for four years: HPLC, GC, Karl Fischer, Ph. Eur., Empower and LIMS under GMP",
          "f", "Analista QC", "Milano, Lombardia, Italia", "IT",
          ["HPLC", "GC", "Karl Fischer", "Farmacopea Europea", "GMP", "Empower", "LIMS"],
          [("Analista QC", 4.0, "Laboratori Farmaceutici Navigli S.p.A.",
            ["Rilascio di materie prime e prodotti finiti (compresse e capsule)", "Indagini OOS con root cause analysis"])],
          hd="Analista Controllo Qualità | HPLC · GC · GMP"),
        P(2, "analytical chemist in pharmaceutical quality control for six years, including method validation",
          "m", "Chimico analista – Controllo Qualità", "Sesto San Giovanni, Lombardia, Italia", "IT",
          ["Chimica analitica", "HPLC", "Convalida metodi analitici", "GMP", "Data integrity", "UV-Vis"],
          [("Chimico analista QC", 6.0, "Sintesi Brianza Pharma S.r.l.")],
          edu=[("Laurea magistrale", "Chimica", "Università degli Studi di Milano")]),
        P(2, "writes in English: QC analyst for three years in an oral solids plant, HPLC, dissolution, OOS",
          "f", "Quality Control Analyst", "Milan, Italy", "IT",
          ["HPLC", "Dissolution testing", "GMP", "OOS investigations", "Empower 3", "English"],
          [("Quality Control Analyst", 3.0, "Orobica Generics S.p.A.")],
          at=("Milan", "IT"), edu=[("Laurea magistrale", "Chimica e Tecnologia Farmaceutiche", "Università degli Studi di Pavia")]),
        P(2, "chemistry technician with a perito chimico diploma and five years in a GMP QC lab, which the ad accepts in place of a degree",
          "m", "Tecnico di laboratorio chimico", "Monza, Lombardia, Italia", "IT",
          ["Titolazioni", "HPLC", "GC", "Karl Fischer", "GMP", "SOP"],
          [("Tecnico di laboratorio QC", 5.0, "Monza Pharmachem S.p.A.")],
          edu=[("Diploma", "Perito chimico", "ITIS Hensemberger")]),
        P(2, "senior QC analyst for eight years, method validation and data integrity: more than asked, same job",
          "f", "Analista di laboratorio QC senior", "San Donato Milanese, Italia", "IT",
          ["Convalida metodi", "HPLC", "GC", "Data integrity", "LIMS", "Farmacopea Europea"],
          [("Analista QC senior", 4.0, "Principi Attivi Lombardi S.p.A."), ("Analista QC", 4.0, "Principi Attivi Lombardi S.p.A.")]),
        P(1, "analytical chemist in an environmental lab (water and soil, ISO 17025): the instruments, not GMP pharma",
          "f", "Analista chimico", "Milano, Italia", "IT",
          ["ICP-MS", "GC-MS", "ISO 17025", "Analisi acque"],
          [("Analista chimico", 5.0, "EcoLab Analisi Ambientali S.r.l.")]),
        P(1, "QC analyst in cosmetics (ISO 22716), not pharmaceutical GMP",
          "m", "Analista QC", "Legnano, Lombardia, Italia", "IT",
          ["HPLC", "Stabilità", "ISO 22716", "Controllo qualità cosmetico"],
          [("Analista QC", 3.0, "Cosmetici Olona S.r.l.")]),
        P(1, "QC analyst for one year: right job, below the two years asked",
          "f", "Analista QC", "Milano, Lombardia, Italia", "IT",
          ["HPLC", "GMP", "Titolazioni"],
          [("Analista QC junior", 1.0, "Laboratori Farmaceutici Navigli S.p.A.")]),
        P(1, "QC microbiologist: same department and GMP, but microbiology instead of chemical analysis",
          "m", "Analista QC microbiologico", "Segrate, Lombardia, Italia", "IT",
          ["Microbiologia", "Monitoraggio ambientale", "Test di sterilità", "GMP"],
          [("Analista QC microbiologico", 4.0, "Sterilpharma Est S.r.l.")],
          edu=[("Laurea magistrale", "Biologia applicata", "Università degli Studi di Milano")]),
        P(1, "the right QC analyst, but in Pavia, 30 km away",
          "f", "Analista QC", "Pavia, Italia", "IT",
          ["HPLC", "GC", "GMP", "Empower"],
          [("Analista QC", 4.0, "Ticino Pharma Sintesi S.p.A.")]),
        P(0, "a dental technician: 'tecnico di laboratorio', but makes dental prostheses", "m",
          "Odontotecnico", "Milano, Italia", "IT",
          ["Protesi fissa", "CAD/CAM dentale", "Ceramica", "Zirconia"],
          [("Odontotecnico – titolare di laboratorio", 9.0, "Laboratorio Odontotecnico Sorriso Ambrosiano")],
          trap="homonym", hd="Tecnico di laboratorio odontotecnico | CAD/CAM",
          edu=[("Diploma", "Odontotecnico", "IPSIA Galvani")]),
        P(0, "a hospital biomedical lab technician: clinical tests on patient samples, not GMP quality control", "f",
          "Tecnica di laboratorio biomedico", "Milano, Lombardia, Italia", "IT",
          ["Ematologia", "Chimica clinica", "Analizzatori automatici", "Emocoltura"],
          [("Tecnica sanitaria di laboratorio biomedico", 6.0, "Azienda Ospedaliera Lambro-Seveso")],
          trap="homonym", edu=[("Laurea", "Tecniche di laboratorio biomedico", "Università degli Studi di Milano")]),
        P(0, "quality control in a die-casting plant: gauges and CMM on metal parts, 'controllo qualità' of another kind", "m",
          "Addetto al controllo qualità", "Rho, Lombardia, Italia", "IT",
          ["Calibro", "Micrometro", "Macchina di misura CMM", "Disegno tecnico"],
          [("Addetto al controllo qualità", 7.0, "Pressofusioni Olona S.r.l.")],
          trap="homonym", edu=[("Diploma", "Perito meccanico", "ITIS Cannizzaro")]),
        P(0, "a life-sciences recruiter whose headline names the job and its skills", "f",
          "Talent Acquisition Specialist", "Milano, Italia", "IT",
          ["Recruiting", "Life sciences", "Analisti QC", "HPLC", "GMP"],
          [("Talent Acquisition Specialist – Life Sciences", 4.0, "PharmaSearch Italia")],
          trap="recruiter", hd="Cerco Analisti QC e Tecnici di laboratorio per aziende farmaceutiche in Lombardia | HPLC | GMP",
          edu=[("Laurea magistrale", "Biotecnologie", "Università degli Studi di Milano-Bicocca")]),
        P(0, "a pharmacy (CTF) student writing her thesis", "f",
          "Studentessa CTF", "Pavia, Lombardia, Italia", "IT",
          ["HPLC", "Chimica farmaceutica", "Tesi sperimentale"],
          [("Tesista in laboratorio", 0.5, "Università degli Studi di Pavia")],
          trap="student", ended=1,
          edu=[("Laurea magistrale (in corso)", "Chimica e Tecnologia Farmaceutiche", "Università degli Studi di Pavia")]),
        P(0, "the right QC analyst, but in Lugano, Switzerland", "m",
          "Analista QC", "Lugano, Ticino, Svizzera", "CH",
          ["HPLC", "GC", "GMP", "Swissmedic"],
          [("Analista QC", 5.0, "Ceresio Pharma SA")],
          trap="wrong_country"),
    ],
    cc="IT", centres=[("Milan", "IT")], loc="it", edu=MI_EDU,
    query="analista QC con HPLC in ambiente GMP, zona Milano est"))

# 8 ------------------------------------------------------------------------------------------
RS_EDU = [("MBO 2", "Chauffeur wegvervoer", "ROC Zadkine"), ("MBO 2", "Chauffeur goederenvervoer", "ROC Mondriaan"),
          ("VMBO", "Basisberoepsgerichte leerweg", "Vakcollege Gouda"), ("MBO 3", "Logistiek teamleider", "ROC Midden Nederland")]
ADS.append(AD(
    "ho-chauffeur-randstad", "logistics", "nl", "Vrachtwagenchauffeur C/CE distributie (m/v/x)", "Randstad",
    """
Groenewegen Distributie uit Waddinxveen bevoorraadt supermarkten en groothandels in de hele Randstad met gekoelde en droge producten. Voor onze vloot van 60 trekkers en bakwagens zoeken wij een Vrachtwagenchauffeur C/CE (m/v/x) voor vaste dagritten.

Wat ga je doen?
- Je rijdt dagelijks drie tot vijf ritten naar winkels in Amsterdam, Utrecht, Den Haag en Rotterdam
- Je laadt en lost zelf met elektrische pompwagen of laadklep
- Je controleert temperaturen en vrachtpapieren en werkt met de boordcomputer

Wat vragen wij?
- Rijbewijs CE (C is bespreekbaar voor bakwagenritten), geldige code 95 en digitale tachograafkaart
- Minimaal 2 jaar ervaring in de distributie
- Je woont in of rond de Randstad; je vertrekt vanaf ons depot
- Je spreekt Nederlands of Engels en bent klantvriendelijk

Pré: ADR-certificaat en ervaring met koeltransport.

Wij bieden: salaris volgens cao Beroepsgoederenvervoer, € 2.800 – € 3.300 bruto per maand plus toeslagen, dagdiensten van maandag tot en met vrijdag en een goede pensioenregeling.
""",
    [
        P(2, "CE driver for eight years in chilled supermarket distribution around Rotterdam, code 95 and ADR",
          "m", "Chauffeur CE", "Rotterdam, Zuid-Holland, Nederland", "NL",
          ["Rijbewijs CE", "Code 95", "Koeltransport", "ADR", "Laden en lossen", "Boordcomputer"],
          [("Chauffeur CE", 8.0, "Maasdelta Koeltransport B.V.",
            ["Vaste ritten naar 40 filialen in Zuid-Holland", "Schadevrij sinds 2019"])],
          hd="Chauffeur CE | koel/vries distributie | code 95 | ADR"),
        P(2, "truck driver for five years on multi-drop retail distribution, lives in Gouda near the depot",
          "m", "Vrachtwagenchauffeur", "Gouda, Nederland", "NL",
          ["Rijbewijs C/CE", "Code 95", "Winkeldistributie", "Tachograaf", "Laadklep"],
          [("Vrachtwagenchauffeur", 5.0, "Van der Graaf Transport Groene Hart")]),
        P(2, "professional CE driver for four years in grocery distribution, the feminine 'beroepschauffeur' form, Zoetermeer",
          "f", "Beroepschauffeur CE", "Zoetermeer, Zuid-Holland", "NL",
          ["CE-rijbewijs", "Code 95", "Distributie", "Koeltransport", "Klantvriendelijk"],
          [("Beroepschauffeur CE", 4.0, "FreshLine Logistics B.V.")]),
        P(2, "writes in English (the ad accepts Dutch or English): CE driver for six years in city distribution, ADR, The Hague",
          "m", "Truck Driver CE", "Den Haag, Nederland", "NL",
          ["CE licence", "Code 95", "ADR", "Multi-drop delivery", "Tail lift", "Reefer"],
          [("Truck Driver CE", 6.0, "Haaglanden City Logistics"), ("Truck Driver", 3.0, "Trans-Vistula Sp. z o.o.")],
          at=("The Hague", "NL"), loc="pl", edu=[("Technikum", "Technik logistyk", "Zespół Szkół Transportowych")]),
        P(2, "distribution driver for three years with CE and code 95 out of Utrecht: the job",
          "m", "Distributiechauffeur", "Utrecht, Nederland", "NL",
          ["Rijbewijs CE", "Code 95", "Bevoorrading winkels", "Pompwagen"],
          [("Distributiechauffeur", 3.0, "Domstad Distributie B.V.")]),
        P(1, "drives a rigid truck on a C licence only: the ad will consider C for rigid routes, but most work is CE",
          "m", "Bakwagenchauffeur", "Amsterdam, Noord-Holland, Nederland", "NL",
          ["Rijbewijs C", "Code 95", "Laden en lossen", "Stadsdistributie"],
          [("Bakwagenchauffeur", 4.0, "Amstel Stadslogistiek")]),
        P(1, "international long-haul CE driver: the licence, but no multi-drop store distribution",
          "m", "Internationaal chauffeur CE", "Dordrecht, Zuid-Holland, Nederland", "NL",
          ["Rijbewijs CE", "Code 95", "Internationaal transport", "CMR"],
          [("Internationaal chauffeur", 7.0, "Merwede Euro Transport")]),
        P(1, "the right CE distribution driver, but in Breda, 43 km from Rotterdam and outside the Randstad",
          "m", "Chauffeur CE", "Breda, Noord-Brabant, Nederland", "NL",
          ["Rijbewijs CE", "Code 95", "Distributie", "Koeltransport"],
          [("Chauffeur CE", 5.0, "Baronie Distributie B.V.")]),
        P(1, "CE licence for one year only: right job, half the experience asked",
          "m", "Chauffeur CE", "Leiden, Nederland", "NL",
          ["Rijbewijs CE", "Code 95", "Distributie"],
          [("Chauffeur CE", 1.0, "Sleutelstad Transport"), ("Bijrijder", 1.0, "Sleutelstad Transport")]),
        P(1, "ten years as a driver, now a transport planner who drives only to cover shifts",
          "m", "Planner / chauffeur", "Alphen aan den Rijn, Zuid-Holland", "NL",
          ["Transportplanning", "Rijbewijs CE", "Code 95", "TMS"],
          [("Transportplanner", 2.0, "Rijnland Koel- en Vrieslogistiek"), ("Chauffeur CE", 10.0, "Rijnland Koel- en Vrieslogistiek")]),
        P(0, "a forklift driver in a warehouse: 'chauffeur', but no truck licence", "m",
          "Heftruckchauffeur", "Rotterdam, Nederland", "NL",
          ["Heftruck", "Reachtruck", "Orderpicken", "Scanner"],
          [("Heftruckchauffeur", 5.0, "Waalhaven Warehousing")],
          trap="homonym", edu=[("MBO 2", "Logistiek medewerker", "ROC Zadkine")]),
        P(0, "a bus driver: a professional 'chauffeur' with code 95, but a D licence and passengers", "f",
          "Buschauffeur", "Den Haag, Zuid-Holland, Nederland", "NL",
          ["Rijbewijs D", "Code 95", "Openbaar vervoer", "Klantvriendelijk"],
          [("Buschauffeur", 9.0, "Hofstad Openbaar Vervoer")],
          trap="homonym", at=("The Hague", "NL")),
        P(0, "a transport-staffing consultant whose headline names CE drivers with code 95", "f",
          "Intercedent Transport & Logistiek", "Utrecht, Nederland", "NL",
          ["Werving en selectie", "Transport", "Chauffeurs CE", "Code 95"],
          [("Intercedent Transport & Logistiek", 3.0, "Uitzendbureau Wegwijs")],
          trap="recruiter", hd="Op zoek naar CE-chauffeurs met code 95 in de Randstad! Bel of app mij",
          edu=[("HBO", "Human Resource Management", "Hogeschool Utrecht")]),
        P(0, "a logistics student with a weekend job as an order picker", "m",
          "Student Logistics Management", "Rotterdam, Zuid-Holland", "NL",
          ["Supply chain", "Excel", "Orderpicken"],
          [("Orderpicker (bijbaan)", 1.0, "Waalhaven Warehousing")],
          trap="student", ended=3, edu=[("HBO (in opleiding)", "Logistics Management", "Hogeschool Rotterdam")]),
        P(0, "an intern in transport planning", "f",
          "Stagiair planning", "Waddinxveen, Zuid-Holland", "NL",
          ["Planning", "Excel", "TMS"],
          [("Stagiair transportplanning", 0.4, "Groene Hart Distributie")],
          trap="intern", edu=[("MBO 4 (in opleiding)", "Logistiek supervisor", "ROC Midden Nederland")]),
        P(0, "the right CE distribution driver, but in Antwerp, Belgium", "m",
          "Chauffeur CE", "Antwerpen, Vlaanderen, België", "BE",
          ["Rijbewijs CE", "Vakbekwaamheid", "Distributie", "ADR"],
          [("Chauffeur CE", 7.0, "Scheldeland Transport NV")],
          trap="wrong_country", at=("Antwerp", "BE"), loc="vl", edu=[("BSO", "Logistiek en transport", "Sint-Jozefinstituut Antwerpen")]),
    ],
    cc="NL", centres=[("Amsterdam", "NL"), ("Rotterdam", "NL"), ("The Hague", "NL"), ("Utrecht", "NL")], core_km=25.0,
    loc="nl", edu=RS_EDU, limit=20, query="chauffeur CE met code 95, dagritten, woonachtig in de Randstad"))

# 9 ------------------------------------------------------------------------------------------
GENT_EDU = [("TSO", "Elektrische installaties", "VTI Gent-Oost"), ("BSO 7de jaar", "Elektrische installaties", "Sint-Lucas Technisch Instituut"),
            ("Duaal leren", "Elektrotechnicus", "Syntra Midden-Vlaanderen"), ("TSO", "Elektromechanica", "Don Bosco Technisch Instituut")]
ADS.append(AD(
    "ho-elektricien-gent", "trades", "nl", "Elektricien residentieel (m/v/x)", "Gent",
    """
Elektro Verhaeghe bv is een Gents familiebedrijf met 25 medewerkers. We zorgen voor de elektrische installatie van nieuwbouw- en renovatiewoningen en appartementen in Oost-Vlaanderen. Voor ons team zoeken we een ervaren Elektricien (m/v/x).

Jouw taken:
- Je plaatst volledige installaties: kabels trekken, inbouwdozen, verdeelkasten bekabelen
- Je werkt zelfstandig of met een leerjongen op de werf
- Je bereidt de keuring volgens het AREI voor en zoekt storingen op
- Je installeert laadpalen, omvormers van zonnepanelen en domotica

Jouw profiel:
- Diploma elektriciteit (TSO/BSO of gelijkwaardig) of aantoonbare ervaring
- Minstens 3 jaar ervaring als elektricien in de residentiële sector
- Kennis van het AREI en BA4/BA5 (of bereid het attest te behalen)
- Rijbewijs B

Een pluspunt: ervaring met KNX of Niko Home Control, VCA-attest.

Ons aanbod: een vast contract, loon volgens PC 149.01 (€ 16 tot € 19 bruto per uur naargelang ervaring), maaltijdcheques, ecocheques, een bestelwagen en een 38-urenweek met vrije vrijdagnamiddag.
""",
    [
        P(2, "residential electrician for six years in new builds and renovations around Ghent: AREI, BA4, Niko Home Control, charging points",
          "m", "Elektricien", "Gent, Vlaanderen, België", "BE",
          ["AREI", "BA4", "Niko Home Control", "Verdeelkasten", "Laadpalen", "Renovatie"],
          [("Elektricien", 6.0, "Elektro De Leie bv",
            ["Volledige installaties in 30+ renovatiewoningen per jaar", "Keuringen AREI zonder opmerkingen"])],
          hd="Elektricien residentieel | AREI · Niko Home Control · laadpalen"),
        P(2, "electrical installer for nine years in homes and flats, BA5, VCA: Merelbeke is next to Ghent",
          "m", "Installateur elektriciteit", "Merelbeke, Oost-Vlaanderen, België", "BE",
          ["Huisinstallaties", "AREI", "BA5", "VCA", "Storingen opsporen"],
          [("Installateur elektriciteit", 9.0, "Installatiebedrijf Schelde-Oost")]),
        P(2, "self-employed residential electrician for five years after four as an employee; KNX: a strong fit if he wants a job",
          "m", "Zelfstandig elektricien", "Evergem, België", "BE",
          ["Residentiële installaties", "KNX", "Zonnepanelen", "Laadpalen", "AREI"],
          [("Zelfstandig elektricien", 5.0, "Elektriciteitswerken Baert"), ("Elektricien", 4.0, "Elektro De Leie bv")]),
        P(2, "a woman electrician, four years on residential sites, KNX and home automation, BA4",
          "f", "Elektricienne", "Destelbergen, Oost-Vlaanderen, België", "BE",
          ["Domotica", "KNX", "BA4", "Kabels trekken", "Verdeelborden"],
          [("Elektricienne", 4.0, "Vonk & Draad Elektrotechniek")]),
        P(2, "electrician for new builds and renovation for seven years, Niko Home Control, based in Deinze (15 km)",
          "m", "Elektricien nieuwbouw & renovatie", "Deinze, België", "BE",
          ["Nieuwbouw", "Renovatie", "Niko Home Control", "AREI", "Rijbewijs B"],
          [("Elektricien nieuwbouw & renovatie", 7.0, "Leiedal Elektro")]),
        P(1, "industrial electrician in the port (motor controls, cable trays): electrician, not residential",
          "m", "Industrieel elektricien", "Gent, België", "BE",
          ["Industriële installaties", "Motorsturingen", "BA4", "VCA"],
          [("Industrieel elektricien", 6.0, "Kanaalzone Industrial Services")]),
        P(1, "the right residential electrician, but in Aalst, 26 km away",
          "m", "Elektricien", "Aalst, Oost-Vlaanderen, België", "BE",
          ["AREI", "Residentiële installaties", "Laadpalen", "BA4"],
          [("Elektricien", 5.0, "Dender Elektro bv")]),
        P(1, "electrician's helper for two years: below the three years and works under supervision",
          "m", "Hulpelektricien", "Gent, Vlaanderen, België", "BE",
          ["Kabels trekken", "Inbouwdozen", "Sleuven frezen"],
          [("Hulpelektricien", 2.0, "Elektro De Leie bv")]),
        P(1, "solar panel installer who also wires inverters: part of the job, not full installations",
          "m", "Zonnepaneleninstallateur", "Lokeren, België", "BE",
          ["Zonnepanelen", "Omvormers", "Daken", "AREI"],
          [("Zonnepaneleninstallateur", 4.0, "Zonnig Waasland")]),
        P(1, "fitter on the low-voltage distribution grid: electrical, but street networks rather than homes",
          "m", "Monteur laagspanningsnet", "Gent, België", "BE",
          ["Laagspanning", "Kabelwerken", "BA5", "VCA"],
          [("Monteur laagspanning", 8.0, "Netbeheer Oost-Vlaanderen")]),
        P(0, "a car electrician: 'elektricien', but on vehicles", "m",
          "Auto-elektricien", "Gent, Vlaanderen, België", "BE",
          ["Diagnose", "Boordnet", "Airco auto", "Startmotoren"],
          [("Auto-elektricien", 7.0, "Garage Van Hecke & Zonen")],
          trap="homonym", edu=[("BSO", "Auto-elektriciteit", "Sint-Lucas Technisch Instituut")]),
        P(0, "an electrical engineer designing substations: 'elektro' in the title, an engineer's desk job", "f",
          "Elektrotechnisch ingenieur", "Gent, België", "BE",
          ["EPLAN", "Hoogspanning", "Projectmanagement", "AutoCAD Electrical"],
          [("Elektrotechnisch ingenieur", 5.0, "Studiebureau Voltera")],
          trap="homonym", edu=[("Master", "Industriële wetenschappen: elektrotechniek", "Universiteit Gent")]),
        P(0, "a construction recruiter whose headline names residential electricians and AREI", "f",
          "Consultant Bouw & Techniek", "Gent, Vlaanderen, België", "BE",
          ["Rekrutering", "Bouw", "Elektriciens", "AREI"],
          [("Consultant Bouw & Techniek", 4.0, "Technisch Talent Vlaanderen")],
          trap="recruiter", hd="Ik zoek elektriciens residentieel voor klanten in Oost-Vlaanderen | AREI | BA4",
          edu=[("Bachelor", "Bedrijfsmanagement", "Arteveldehogeschool")]),
        P(0, "an electromechanics student", "m",
          "Student Elektromechanica", "Gent, België", "BE",
          ["Elektriciteit", "PLC", "AutoCAD"],
          [("Vakantiejob", 0.2, "Elektro De Leie bv")],
          trap="student", ended=10, edu=[("Bachelor (bezig)", "Elektromechanica", "HOGENT")]),
        P(0, "an electrician trainee on a school placement", "m",
          "Stagiair elektriciteit", "Wetteren, België", "BE",
          ["Kabels trekken", "Inbouwdozen"],
          [("Stagiair elektricien", 0.3, "Vonk & Draad Elektrotechniek")],
          trap="intern", edu=[("BSO 7de jaar (bezig)", "Elektrische installaties", "VTI Gent-Oost")]),
        P(0, "the right residential electrician, but in Eindhoven, the Netherlands (works to NEN 1010, not AREI)", "m",
          "Elektricien", "Eindhoven, Noord-Brabant, Nederland", "NL",
          ["NEN 1010", "Woninginstallaties", "Laadpalen", "VCA"],
          [("Elektromonteur", 6.0, "Kempen Installatietechniek")],
          trap="wrong_country", loc="nl", edu=[("MBO 3", "Eerste monteur elektrotechnische installaties", "Summa College")]),
    ],
    cc="BE", centres=[("Gent", "BE")], loc="vl", edu=GENT_EDU))

# 10 -----------------------------------------------------------------------------------------
KRK_EDU = [("Licencjat", "Zarządzanie", "Uniwersytet Ekonomiczny w Krakowie"),
           ("Magister", "Towaroznawstwo", "Uniwersytet Ekonomiczny w Krakowie"),
           ("Licencjat", "Ekonomia", "Akademia Górniczo-Hutnicza"),
           ("Technikum", "Technik handlowiec", "Zespół Szkół Ekonomicznych nr 1 w Krakowie")]
ADS.append(AD(
    "ho-kierownik-sklepu-krakow", "retail", "pl", "Kierownik sklepu (k/m)", "Kraków",
    """
Sieć Drogerie Bursztyn (ponad 200 sklepów w całej Polsce) poszukuje osoby na stanowisko Kierownik sklepu (k/m) do nowo otwieranej drogerii w Krakowie (Podgórze, galeria handlowa).

Zakres obowiązków:
- zarządzanie zespołem 8–12 osób: rekrutacja, grafik pracy, szkolenia
- realizacja planów sprzedażowych i analiza wyników (KPI)
- dbanie o standardy ekspozycji towaru i obsługi klienta
- nadzór nad dostawami, inwentaryzacjami i stanami magazynowymi
- odpowiedzialność za gotówkę i procedury kasowe

Wymagania:
- min. 2 lata doświadczenia na stanowisku kierownika sklepu w handlu detalicznym
- doświadczenie w zarządzaniu zespołem
- umiejętność analizy wyników sprzedaży w Excelu
- dyspozycyjność do pracy zmianowej, także w weekendy

Mile widziane: doświadczenie w branży drogeryjnej lub kosmetycznej, znajomość SAP Retail.

Oferujemy: umowę o pracę na czas nieokreślony, wynagrodzenie 7 500–9 000 zł brutto + premia kwartalna, prywatną opiekę medyczną, kartę sportową i 20% rabatu pracowniczego.
""",
    [
        P(2, "store manager of a drugstore for four years in Kraków: team, rota, sales KPIs, stocktakes, and the cosmetics background the ad prizes",
          "f", "Kierowniczka sklepu", "Kraków, Małopolskie, Polska", "PL",
          ["Zarządzanie zespołem", "Planowanie grafiku", "Analiza sprzedaży", "Merchandising", "Inwentaryzacja", "Excel"],
          [("Kierowniczka sklepu", 4.0, "Drogerie Róża Wiatrów",
            ["Wzrost sprzedaży o 11% r/r w 2024", "Zespół 10 osób, rotacja poniżej 15%"]),
           ("Zastępczyni kierownika sklepu", 2.0, "Drogerie Róża Wiatrów")],
          hd="Kierowniczka sklepu | drogeria | KPI, zespół, merchandising"),
        P(2, "store manager of a fashion store for three years after two as deputy: team, sales targets, cash and deliveries",
          "m", "Kierownik sklepu", "Kraków, Polska", "PL",
          ["Zarządzanie sklepem", "KPI", "Obsługa klienta", "Procedury kasowe", "Rekrutacja"],
          [("Kierownik sklepu", 3.0, "Moda Wawelska Sp. z o.o."), ("Zastępca kierownika sklepu", 2.0, "Moda Wawelska Sp. z o.o.")]),
        P(2, "writes in English: store manager in a cosmetics chain for five years, SAP Retail",
          "f", "Store Manager", "Kraków, Lesser Poland, Poland", "PL",
          ["Store management", "SAP Retail", "Visual merchandising", "Team leadership", "Sales analysis"],
          [("Store Manager", 5.0, "Beauté Polska Retail")], at=("Kraków", "PL")),
        P(2, "'kierownik placówki' is the chains' name for store manager: six years running a supermarket in Wieliczka, 12 km from Kraków",
          "f", "Kierownik Placówki Handlowej", "Wieliczka, małopolskie", "PL",
          ["Zarządzanie placówką", "Grafik pracy", "Inwentaryzacja", "Dostawy", "Excel"],
          [("Kierownik Placówki Handlowej", 6.0, "Sieć Sklepów Spożywczych Lajkonik")]),
        P(2, "'menedżer sklepu' is a synonym: three years managing a home-goods store, SAP Retail, Skawina is 12 km away",
          "m", "Menedżer sklepu", "Skawina, Małopolskie, Polska", "PL",
          ["Zarządzanie zespołem", "SAP Retail", "Planowanie sprzedaży", "Standardy ekspozycji"],
          [("Menedżer sklepu", 3.0, "Dom i Ogród Wisła Sp. z o.o."), ("Sprzedawca", 2.0, "Dom i Ogród Wisła Sp. z o.o.")]),
        P(1, "deputy store manager for three years: the right track, not yet the manager the ad requires",
          "f", "Zastępczyni kierownika sklepu", "Kraków, Małopolskie, Polska", "PL",
          ["Obsługa klienta", "Grafik pracy", "Kasa", "Dostawy"],
          [("Zastępczyni kierownika sklepu", 3.0, "Drogerie Róża Wiatrów")]),
        P(1, "shift leader in a supermarket: leads a shift, not a whole store",
          "m", "Kierownik zmiany", "Kraków, Polska", "PL",
          ["Koordynacja zmiany", "Kasa", "Wykładanie towaru"],
          [("Kierownik zmiany", 2.5, "Hipermarket Zakrzówek")]),
        P(1, "the right store manager, but in Bochnia, 37 km away",
          "f", "Kierowniczka sklepu", "Bochnia, Małopolskie, Polska", "PL",
          ["Zarządzanie sklepem", "Analiza sprzedaży", "Inwentaryzacja"],
          [("Kierowniczka sklepu", 4.0, "Drogerie Róża Wiatrów")]),
        P(1, "department manager in a hypermarket: manages a department and its team, not a store",
          "m", "Kierownik działu", "Kraków, Małopolskie, Polska", "PL",
          ["Zarządzanie działem", "Zamówienia", "Zespół", "Excel"],
          [("Kierownik działu kosmetyki i chemia", 4.0, "Hipermarket Zakrzówek")]),
        P(1, "area manager over eight stores: a level above the job, likely over-qualified",
          "m", "Area Manager", "Kraków, Polska", "PL",
          ["Zarządzanie siecią sklepów", "KPI", "Budżetowanie", "Rekrutacja"],
          [("Kierownik regionalny", 3.0, "Moda Wawelska Sp. z o.o."), ("Kierownik sklepu", 4.0, "Moda Wawelska Sp. z o.o.")],
          hd="Area Manager / Kierownik regionalny | retail Małopolska"),
        P(0, "a construction site manager: 'kierownik', but of building sites", "m",
          "Kierownik budowy", "Kraków, Małopolskie, Polska", "PL",
          ["Uprawnienia budowlane", "Harmonogramowanie", "BHP", "Kosztorysowanie"],
          [("Kierownik budowy", 8.0, "Budowlani Nowa Huta Sp. z o.o.")],
          trap="homonym", edu=[("Magister inżynier", "Budownictwo", "Politechnika Krakowska")]),
        P(0, "an IT project manager: 'kierownik', but of software projects", "f",
          "Kierowniczka projektów IT", "Kraków, Polska", "PL",
          ["Scrum", "Jira", "PMP", "Zarządzanie ryzykiem"],
          [("Kierowniczka projektów IT", 5.0, "Krakowski Software House Sp. z o.o.")],
          trap="homonym", edu=[("Magister", "Informatyka", "Akademia Górniczo-Hutnicza")]),
        P(0, "a retail recruiter whose headline names store managers", "f",
          "Specjalistka ds. rekrutacji", "Kraków, Małopolskie, Polska", "PL",
          ["Rekrutacja", "Retail", "Kierownicy sklepów", "Employer branding"],
          [("Specjalistka ds. rekrutacji", 3.0, "Agencja Pracy Sukiennice")],
          trap="recruiter", hd="Rekrutuję kierowników sklepów i sprzedawców w Małopolsce | retail",
          edu=[("Magister", "Psychologia", "Uniwersytet Jagielloński")]),
        P(0, "a management student with a part-time cashier job", "f",
          "Studentka zarządzania", "Kraków, Polska", "PL",
          ["Obsługa kasy", "Excel", "Obsługa klienta"],
          [("Kasjerka (praca dorywcza)", 1.0, "Sieć Sklepów Spożywczych Lajkonik")],
          trap="student", ended=2, edu=[("Licencjat (w trakcie)", "Zarządzanie", "Uniwersytet Ekonomiczny w Krakowie")]),
        P(0, "a trainee in a retail management programme", "m",
          "Stażysta – Program Praktyk Retail", "Kraków, Małopolskie, Polska", "PL",
          ["Retail", "Excel", "Merchandising"],
          [("Stażysta", 0.3, "Drogerie Róża Wiatrów")],
          trap="intern", edu=[("Licencjat (w trakcie)", "Ekonomia", "Akademia Górniczo-Hutnicza")]),
        P(0, "a Polish store manager, but working in Northampton, United Kingdom", "f",
          "Store Manager", "Northampton, England, United Kingdom", "GB",
          ["Store management", "Team leadership", "Stock control", "Polski", "English"],
          [("Store Manager", 5.0, "Midlands Discount Stores Ltd")],
          trap="wrong_country", loc="pl", edu=[("Licencjat", "Zarządzanie", "Uniwersytet Ekonomiczny w Krakowie")]),
    ],
    cc="PL", centres=[("Kraków", "PL")], loc="pl", edu=KRK_EDU))

# 11 -----------------------------------------------------------------------------------------
STR_EDU = [("Ausbildung", "Verwaltungsfachangestellte/r – Kommunalverwaltung", "Verwaltungsschule des Gemeindetags Baden-Württemberg"),
           ("Angestelltenlehrgang I", "Öffentliche Verwaltung", "Verwaltungsschule des Gemeindetags Baden-Württemberg"),
           ("Mittlere Reife", "Allgemeinbildung", "Realschule Bad Cannstatt"),
           ("Fachhochschulreife", "Wirtschaft und Verwaltung", "Kaufmännische Schule Stuttgart-Nord")]
ADS.append(AD(
    "ho-verwaltung-stuttgart", "public-sector", "de", "Verwaltungsfachangestellte (m/w/d) für das Bürgerbüro", "Stuttgart",
    """
Verwaltungsfachangestellte (m/w/d) für das Bürgerbüro – EG 8 TVöD, unbefristet, Voll- oder Teilzeit

Das Bürgerbüro im Stadtbezirk Bad Cannstatt ist erste Anlaufstelle für rund 70.000 Einwohnerinnen und Einwohner. Zur Verstärkung unseres Teams suchen wir Sie zum nächstmöglichen Zeitpunkt.

Ihre Aufgaben:
- An-, Ab- und Ummeldungen, Melde- und Aufenthaltsbescheinigungen
- Antragsannahme und Ausgabe von Personalausweisen, Reisepässen und Führungszeugnissen
- Beratung zu Anwohnerparkausweisen und Kfz-Angelegenheiten
- Kassieren von Gebühren

Ihr Profil:
- Abgeschlossene Ausbildung als Verwaltungsfachangestellte/r oder Angestelltenlehrgang I
- Erfahrung im Melde- und Passwesen, idealerweise mit OK.EWO
- Freundliches, sicheres Auftreten auch in schwierigen Gesprächen
- Sichere MS-Office-Kenntnisse

Wünschenswert: Fremdsprachenkenntnisse, zum Beispiel Türkisch, Italienisch oder Griechisch.

Wir bieten: einen sicheren Arbeitsplatz im öffentlichen Dienst, ca. 3.300 bis 4.200 € brutto monatlich, Gleitzeit, Deutschlandticket als Jobticket und betriebliche Altersvorsorge.

Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.
""",
    [
        P(2, "Verwaltungsfachangestellte in a citizens' office for five years: registrations, passports, fees, OK.EWO",
          "f", "Verwaltungsfachangestellte", "Stuttgart, Baden-Württemberg, Deutschland", "DE",
          ["Meldewesen", "Pass- und Ausweiswesen", "OK.EWO", "Bürgerberatung", "Gebührenkasse", "MS Office"],
          [("Verwaltungsfachangestellte im Bürgerbüro", 5.0, "Bürgerbüro Stuttgart-Feuerbach",
            ["Bis zu 60 Vorsprachen am Tag, Schwerpunkt Melde- und Passwesen"])],
          hd="Verwaltungsfachangestellte | Bürgerbüro | Melde- und Passwesen"),
        P(2, "case officer in a citizens' office for four years, trained Verwaltungsfachangestellter, Esslingen is 10 km away",
          "m", "Sachbearbeiter Bürgerbüro", "Esslingen am Neckar, Baden-Württemberg", "DE",
          ["Melderecht", "Personalausweise", "Reisepässe", "Führungszeugnisse", "Kundenorientierung"],
          [("Sachbearbeiter Bürgerbüro", 4.0, "Stadtverwaltung Esslingen am Neckar"),
           ("Auszubildender Verwaltungsfachangestellter", 3.0, "Stadtverwaltung Esslingen am Neckar")],
          at=("Esslingen", "DE")),
        P(2, "seven years on registration and passport matters, the core of the job, in Ludwigsburg (13 km)",
          "f", "Sachbearbeiterin Melde- und Passwesen", "Ludwigsburg, Deutschland", "DE",
          ["Meldewesen", "Passwesen", "OK.EWO", "Gebührenerhebung", "Italienisch"],
          [("Sachbearbeiterin Melde- und Passwesen", 7.0, "Stadtverwaltung Ludwigsburg")]),
        P(2, "Verwaltungsfachangestellter in a citizens' office for three years, speaks Turkish, Fellbach borders Stuttgart",
          "m", "Verwaltungsfachangestellter", "Fellbach, Baden-Württemberg, Deutschland", "DE",
          ["Bürgeramt", "Meldewesen", "Anwohnerparken", "Türkisch", "MS Office"],
          [("Verwaltungsfachangestellter – Bürgeramt", 3.0, "Stadtverwaltung Fellbach")]),
        P(2, "administrative employee with the Angestelltenlehrgang I (the alternative the ad names), six years at vehicle registration and registry desks",
          "f", "Verwaltungsangestellte (AL I)", "Stuttgart, Deutschland", "DE",
          ["Kfz-Zulassung", "Meldebehörde", "Bürgerservice", "Kassenführung", "Griechisch"],
          [("Verwaltungsangestellte im Bürgerservice", 6.0, "Bürgerservice Stuttgart-Ost")],
          edu=[("Angestelltenlehrgang I", "Öffentliche Verwaltung", "Verwaltungsschule des Gemeindetags Baden-Württemberg")]),
        P(1, "office management clerk in a town hall: administration, but no registry or passport work and not the public-service training",
          "f", "Kauffrau für Büromanagement", "Stuttgart, Baden-Württemberg, Deutschland", "DE",
          ["Büroorganisation", "MS Office", "Terminplanung", "Korrespondenz"],
          [("Kauffrau für Büromanagement", 5.0, "Rathaus Stuttgart-Vaihingen (Bezirksamt)")],
          edu=[("Ausbildung", "Kauffrau für Büromanagement", "Kaufmännische Schule Stuttgart-Nord")]),
        P(1, "Verwaltungsfachangestellter in a fines office: the training, but no counter work with citizens",
          "m", "Verwaltungsfachangestellter", "Böblingen, Deutschland", "DE",
          ["Bußgeldverfahren", "Ordnungswidrigkeiten", "MS Office"],
          [("Sachbearbeiter Bußgeldstelle", 4.0, "Landratsamt Böblingen")]),
        P(1, "trained Verwaltungsfachangestellte, qualified last year: the right job, little experience",
          "f", "Verwaltungsfachangestellte", "Kornwestheim, Deutschland", "DE",
          ["Meldewesen", "Bürgerberatung", "MS Office"],
          [("Verwaltungsfachangestellte", 1.0, "Stadtverwaltung Kornwestheim"),
           ("Auszubildende Verwaltungsfachangestellte", 3.0, "Stadtverwaltung Kornwestheim")]),
        P(1, "vehicle registration case officer: covers one part of the counter work only",
          "m", "Sachbearbeiter Kfz-Zulassung", "Waiblingen, Baden-Württemberg, Deutschland", "DE",
          ["Kfz-Zulassung", "Gebühren", "Kundenkontakt"],
          [("Sachbearbeiter Kfz-Zulassungsstelle", 5.0, "Landratsamt Rems-Murr-Kreis")]),
        P(1, "the right Verwaltungsfachangestellte in a citizens' office, but in Heilbronn, 40 km away",
          "f", "Verwaltungsfachangestellte", "Heilbronn, Deutschland", "DE",
          ["Meldewesen", "Passwesen", "OK.EWO"],
          [("Verwaltungsfachangestellte im Bürgeramt", 6.0, "Stadtverwaltung Heilbronn")]),
        P(0, "a swimming-pool attendant: 'Fachangestellter für Bäderbetriebe', a lifeguard's trade", "m",
          "Fachangestellter für Bäderbetriebe", "Stuttgart, Deutschland", "DE",
          ["Rettungsschwimmer", "Wasseraufbereitung", "Schwimmunterricht", "Erste Hilfe"],
          [("Fachangestellter für Bäderbetriebe", 8.0, "Bäderbetriebe Neckartal")],
          trap="homonym", edu=[("Ausbildung", "Fachangestellter für Bäderbetriebe", "Landesberufsschule für Bäderbetriebe")]),
        P(0, "a medical assistant in a GP practice: 'Fachangestellte' with a reception desk, but healthcare", "f",
          "Medizinische Fachangestellte", "Stuttgart, Baden-Württemberg, Deutschland", "DE",
          ["Praxisorganisation", "Patientenaufnahme", "Blutentnahme", "Abrechnung EBM"],
          [("Medizinische Fachangestellte", 6.0, "Hausarztpraxis am Killesberg")],
          trap="homonym", edu=[("Ausbildung", "Medizinische Fachangestellte", "Berufsschule für Gesundheitsberufe Stuttgart")]),
        P(0, "a public-sector recruiter whose headline names the role", "m",
          "Personalreferent Recruiting", "Stuttgart, Deutschland", "DE",
          ["Personalgewinnung", "TVöD", "Öffentlicher Dienst", "Bewerbermanagement"],
          [("Personalreferent Recruiting", 4.0, "Kommunales Personalamt Neckar")],
          trap="recruiter", hd="Wir suchen Verwaltungsfachangestellte (m/w/d) für unsere Bürgerbüros | TVöD | Stuttgart",
          edu=[("Bachelor", "Public Management", "Hochschule für öffentliche Verwaltung und Finanzen Ludwigsburg")]),
        P(0, "an apprentice in her second year of the Verwaltungsfachangestellte training", "f",
          "Auszubildende Verwaltungsfachangestellte", "Stuttgart, Baden-Württemberg", "DE",
          ["Verwaltungsrecht", "MS Office"],
          [("Auszubildende zur Verwaltungsfachangestellten (2. Lehrjahr)", 1.8, "Bürgerbüro Stuttgart-Feuerbach")],
          trap="student", edu=[("Ausbildung (laufend)", "Verwaltungsfachangestellte", "Verwaltungsschule des Gemeindetags Baden-Württemberg")]),
        P(0, "a public-management student on a placement in a citizens' office", "m",
          "Praktikant Bürgerbüro", "Ludwigsburg, Baden-Württemberg, Deutschland", "DE",
          ["Verwaltungsrecht", "Bürgerservice"],
          [("Praktikant im Bürgerbüro", 0.4, "Stadtverwaltung Ludwigsburg")],
          trap="intern", edu=[("Bachelor (laufend)", "Public Management", "Hochschule für öffentliche Verwaltung und Finanzen Ludwigsburg")]),
        P(0, "the same counter work in Zürich, Switzerland", "f",
          "Sachbearbeiterin Einwohnerdienste", "Zürich, Schweiz", "CH",
          ["Einwohnerkontrolle", "Ausweise", "Niederlassungsbewilligungen", "Kundenberatung"],
          [("Sachbearbeiterin Einwohnerdienste", 6.0, "Kreisbüro Zürich-Nord")],
          trap="wrong_country", loc="ch", edu=[("EFZ", "Kauffrau öffentliche Verwaltung", "KV Zürich")]),
    ],
    cc="DE", centres=[("Stuttgart", "DE")], loc="de", edu=STR_EDU,
    query="Verwaltungsfachangestellte mit Erfahrung im Melde- und Passwesen"))

# 12 -----------------------------------------------------------------------------------------
CBA_EDU = [("Abogacía", "Derecho", "Universidad Nacional de Córdoba"),
           ("Abogacía", "Derecho", "Universidad Católica de Córdoba"),
           ("Abogacía", "Derecho", "Universidad Blas Pascal"),
           ("Abogacía", "Derecho", "Universidad Siglo 21")]
ADS.append(AD(
    "ho-abogado-cordoba", "legal", "es", "Abogado/a laboralista", "Córdoba",
    """
Estudio jurídico Ferreyra Olmos & Asociados, con 30 años en el centro de la ciudad, busca Abogado/a con orientación en Derecho Laboral para sumarse al área de litigios y asesoramiento a empresas.

Tareas:
- Tramitación de juicios laborales ante los Tribunales del Trabajo de la Provincia
- Asistencia a audiencias de conciliación en el Ministerio de Trabajo
- Redacción de demandas, contestaciones, cartas documento y telegramas laborales
- Liquidación de indemnizaciones y asesoramiento a clientes PyME
- Seguimiento de expedientes en el sistema electrónico del Poder Judicial

Requisitos:
- Título de abogado/a y matrícula activa en el Colegio de Abogados de Córdoba
- Mínimo 3 años de experiencia en derecho laboral (litigio o asesoramiento)
- Manejo de procesal laboral y de liquidaciones
- Disponibilidad full time de lunes a viernes

Se valorará: especialización en Derecho del Trabajo y experiencia con ART y riesgos del trabajo.

Ofrecemos relación de dependencia, remuneración de $1.800.000 a $2.300.000 brutos mensuales con actualización trimestral por inflación, capacitación y posibilidad de crecer a asociado/a. Si tenés el perfil, mandanos tu CV.
""",
    [
        P(2, "labour lawyer for six years litigating before the provincial labour courts, conciliations, severance calculations, registered in Córdoba",
          "f", "Abogada laboralista", "Córdoba, Argentina", "AR",
          ["Derecho laboral", "Litigio laboral", "Liquidaciones laborales", "Cartas documento", "Conciliaciones", "Expediente electrónico"],
          [("Abogada laboralista", 6.0, "Estudio Quiroga & Bustos Abogados",
            ["Más de 120 juicios laborales en trámite ante las Cámaras del Trabajo", "Audiencias de conciliación semanales"])],
          hd="Abogada laboralista | juicios laborales y consultoría a PyMEs | Córdoba"),
        P(2, "eight years in labour law with the specialisation the ad values; Córdoba Capital is the city itself",
          "m", "Abogado – Derecho del Trabajo", "Córdoba Capital, Córdoba, Argentina", "AR",
          ["Derecho del trabajo", "Procesal laboral", "Riesgos del trabajo", "ART", "Negociación"],
          [("Abogado – Derecho del Trabajo", 8.0, "Estudio Jurídico Medina Acosta")],
          at=("Córdoba", "AR"),
          edu=[("Abogacía", "Derecho", "Universidad Nacional de Córdoba"),
               ("Especialización", "Derecho del Trabajo", "Universidad Nacional de Córdoba")]),
        P(2, "her title is only 'associate', but in the labour area of a firm for four years: litigation, settlements, SME advice",
          "f", "Asociada – Área Laboral", "Córdoba, Argentina", "AR",
          ["Juicios laborales", "Asesoramiento a PyMEs", "Liquidación de indemnizaciones", "Telegramas laborales"],
          [("Asociada", 4.0, "Herrera, Sosa & Asociados")]),
        P(2, "lawyer for five years in labour and social-security law, from Villa Allende, 16 km from the city centre",
          "m", "Abogado", "Villa Allende, Córdoba, Argentina", "AR",
          ["Derecho laboral", "Derecho previsional", "Litigio", "Conciliaciones", "Matrícula Colegio de Abogados de Córdoba"],
          [("Abogado", 5.0, "Estudio Aguirre Benítez")],
          hd="Abogado | Laboral y Previsional | Córdoba"),
        P(2, "senior labour lawyer defending employers for ten years, ART claims: more than asked, same specialty",
          "f", "Abogada Senior Laboral", "Córdoba, Argentina", "AR",
          ["Defensa de empleadores", "ART", "Accidentes de trabajo", "Procesal laboral", "Negociación colectiva"],
          [("Abogada Senior – Laboral", 4.0, "Romero Pérez Abogados"), ("Abogada", 6.0, "Romero Pérez Abogados")]),
        P(1, "civil and commercial lawyer who takes some labour cases: the right profession, mostly another specialty",
          "m", "Abogado civil y comercial", "Córdoba, Argentina", "AR",
          ["Derecho civil", "Derecho comercial", "Contratos", "Derecho laboral"],
          [("Abogado", 7.0, "Estudio Díaz Ferreyra")]),
        P(1, "labour lawyer admitted in 2023: the right specialty, eighteen months where the ad asks three years",
          "f", "Abogada laboralista", "Córdoba, Argentina", "AR",
          ["Derecho laboral", "Redacción de demandas", "Expediente electrónico"],
          [("Abogada junior", 1.5, "Estudio Quiroga & Bustos Abogados"), ("Procuradora", 1.5, "Estudio Quiroga & Bustos Abogados")]),
        P(1, "the right labour lawyer, but in Villa Carlos Paz, 29 km away",
          "m", "Abogado laboralista", "Villa Carlos Paz, Córdoba, Argentina", "AR",
          ["Derecho laboral", "Litigio laboral", "Conciliaciones"],
          [("Abogado laboralista", 6.0, "Estudio Jurídico Punilla")]),
        P(1, "a procuradora handling files in labour litigation: works the cases, but is not yet a lawyer who can sign",
          "f", "Procuradora", "Córdoba, Argentina", "AR",
          ["Procuración", "Expedientes laborales", "Tribunales"],
          [("Procuradora", 4.0, "Herrera, Sosa & Asociados")],
          edu=[("Procuración", "Derecho", "Universidad Nacional de Córdoba")]),
        P(1, "in-house lawyer handling labour relations at a factory: labour law, but no court litigation",
          "m", "Abogado in-house", "Córdoba, Argentina", "AR",
          ["Relaciones laborales", "Convenios colectivos", "Asesoramiento interno", "Compliance"],
          [("Abogado – Relaciones Laborales", 5.0, "Metalúrgica Mediterránea S.A.")]),
        P(0, "a labour-relations analyst in HR: 'laboral' in the title, but not a lawyer", "m",
          "Analista de Relaciones Laborales", "Córdoba, Argentina", "AR",
          ["Relaciones sindicales", "Convenios colectivos", "Liquidación de sueldos", "Ausentismo"],
          [("Analista de Relaciones Laborales", 5.0, "Autopartes del Centro S.A.")],
          trap="homonym", edu=[("Licenciatura", "Relaciones del Trabajo", "Universidad Nacional de Córdoba")]),
        P(0, "a criminal lawyer: a lawyer, but another specialty", "f",
          "Abogada penalista", "Córdoba, Argentina", "AR",
          ["Derecho penal", "Juicio oral", "Defensa penal"],
          [("Abogada penalista", 7.0, "Estudio Penal Aguirre")],
          trap="homonym"),
        P(0, "a legal recruiter whose headline names labour lawyers in Córdoba", "f",
          "Reclutadora", "Córdoba, Argentina", "AR",
          ["Reclutamiento", "Búsquedas legales", "Entrevistas"],
          [("Reclutadora Legal", 3.0, "Selección Mediterránea Consultores")],
          trap="recruiter", hd="Búsquedas de abogados/as laboralistas para estudios de Córdoba",
          edu=[("Licenciatura", "Psicología", "Universidad Nacional de Córdoba")]),
        P(0, "a law student", "m",
          "Estudiante de Abogacía", "Córdoba, Argentina", "AR",
          ["Derecho laboral", "Investigación"],
          [("Ayudante alumno", 1.0, "Universidad Nacional de Córdoba")],
          trap="student", ended=4, edu=[("Abogacía (en curso)", "Derecho", "Universidad Nacional de Córdoba")]),
        P(0, "a law firm intern (pasante)", "f",
          "Pasante", "Córdoba, Argentina", "AR",
          ["Procuración", "Redacción"],
          [("Pasante", 0.5, "Ferreyra Medina Abogados")],
          trap="intern", edu=[("Abogacía (en curso)", "Derecho", "Universidad Católica de Córdoba")]),
        P(0, "a labour lawyer in Córdoba, Spain: Spanish labour law and bar, not the Argentine city", "f",
          "Abogada laboralista", "Córdoba, Andalucía, España", "ES",
          ["Derecho laboral", "Despidos", "ERTE", "Seguridad Social"],
          [("Abogada laboralista", 7.0, "Despacho Lafuente Ruiz Abogados")],
          trap="wrong_country", loc="es", edu=[("Grado", "Derecho", "Universidad de Córdoba")]),
    ],
    cc="AR", centres=[("Córdoba", "AR")], loc="ar", edu=CBA_EDU))

# 13 -----------------------------------------------------------------------------------------
ZGZ_EDU = [("FP Grado Superior", "Mantenimiento Electrónico", "CPIFP Corona de Aragón"),
           ("FP Grado Medio", "Instalaciones Eléctricas y Automáticas", "IES Pablo Serrano"),
           ("FP Grado Superior", "Energías Renovables", "CPIFP Los Enlaces"),
           ("FP Grado Superior", "Mecatrónica Industrial", "IES Virgen del Pilar")]
ADS.append(AD(
    "ho-eolico-zaragoza", "energy", "es", "Técnico/a de Mantenimiento de Aerogeneradores", "Zaragoza",
    """
Cierzo Renovables O&M, empresa de operación y mantenimiento de parques eólicos con 1,2 GW bajo contrato en Aragón y Navarra, selecciona Técnico/a de Mantenimiento de Aerogeneradores con base en Zaragoza.

Funciones:
- Mantenimiento preventivo y correctivo de aerogeneradores: multiplicadora, sistema hidráulico, pitch y yaw
- Diagnóstico de averías eléctricas y de control con SCADA y portátil de servicio
- Apriete y tensionado de uniones atornilladas y sustitución de componentes
- Registro de las intervenciones en el GMAO

Requisitos:
- FP de Grado Medio o Superior en Electricidad, Electromecánica, Mantenimiento Industrial o Energías Renovables
- Al menos 2 años de experiencia en mantenimiento eólico o industrial
- Certificados GWO BST en vigor (trabajos en altura, primeros auxilios, manipulación manual, incendios) o disposición a obtenerlos
- Carné B y disponibilidad para desplazarse a diario a los parques

Se valorará: GWO BTT, experiencia en máquinas multimegavatio e inglés técnico.

Ofrecemos contrato indefinido, 26.000 a 32.000 € brutos anuales más dietas y plus de guardias, vehículo de empresa y formación continua.
""",
    [
        P(2, "wind turbine maintenance technician for five years on multi-megawatt machines, GWO BST and BTT, SCADA: the job exactly",
          "m", "Técnico de mantenimiento eólico", "Zaragoza, Aragón, España", "ES",
          ["Mantenimiento de aerogeneradores", "GWO BST", "GWO BTT", "Sistemas hidráulicos", "SCADA", "Trabajos en altura", "Pitch"],
          [("Técnico de mantenimiento eólico", 5.0, "Eólica del Moncayo Servicios S.L.",
            ["Correctivos de pitch y multiplicadora en máquinas de 3 MW", "Referente de tensionado de pernos del equipo"])],
          hd="Técnico de mantenimiento eólico | GWO BST + BTT | SCADA"),
        P(2, "writes in English: wind turbine technician for four years, GWO, hydraulics and torque tooling",
          "m", "Wind Turbine Technician", "Zaragoza, Spain", "ES",
          ["Wind turbine maintenance", "GWO", "Hydraulics", "Torque and tensioning", "Troubleshooting", "English"],
          [("Wind Turbine Technician", 4.0, "Ebro Wind Services S.L.")]),
        P(2, "a woman wind technician for three years in Utebo, 12 km from Zaragoza: preventive and corrective work at height",
          "f", "Técnica de Mantenimiento Eólico", "Utebo, Zaragoza, España", "ES",
          ["Aerogeneradores", "GWO BST", "Mantenimiento preventivo", "Mantenimiento correctivo", "Carné B"],
          [("Técnica de Mantenimiento Eólico", 3.0, "Cierzo Wind Maintenance S.L.")]),
        P(2, "O&M technician on wind farms for seven years: 'operación y mantenimiento' is the industry's name for the job",
          "m", "Técnico de O&M – Parques eólicos", "Zaragoza, Aragón, España", "ES",
          ["O&M eólico", "SCADA", "GMAO", "Media tensión", "GWO"],
          [("Técnico de Operación y Mantenimiento", 7.0, "Vientos del Ebro Energía S.A.")]),
        P(2, "team leader of wind maintenance crews for three years after five as technician: slightly senior, same work",
          "m", "Jefe de Equipo – Mantenimiento de Aerogeneradores", "Zaragoza, España", "ES",
          ["Coordinación de equipos", "Aerogeneradores", "GWO BST", "Prevención de riesgos", "SCADA"],
          [("Jefe de Equipo", 3.0, "Eólica del Moncayo Servicios S.L."), ("Técnico eólico", 5.0, "Eólica del Moncayo Servicios S.L.")]),
        P(1, "industrial maintenance technician in a car plant: meets the letter of the ad, but has never worked on a turbine or at height",
          "m", "Técnico de mantenimiento industrial", "Zaragoza, Aragón, España", "ES",
          ["Mantenimiento industrial", "Neumática", "Hidráulica", "PLC", "Electricidad industrial"],
          [("Técnico de mantenimiento industrial", 6.0, "Estampaciones Gállego S.A.")]),
        P(1, "solar plant maintenance technician: renewables and medium voltage, but no wind turbines",
          "f", "Técnica de mantenimiento de plantas fotovoltaicas", "Zaragoza, España", "ES",
          ["Fotovoltaica", "Inversores", "Media tensión", "Termografía"],
          [("Técnica de mantenimiento fotovoltaico", 4.0, "Sol de Monegros O&M S.L.")]),
        P(1, "wind technician for eight months: the right job, well below the two years asked",
          "m", "Técnico eólico", "Zaragoza, Aragón, España", "ES",
          ["Aerogeneradores", "GWO BST", "Mantenimiento preventivo"],
          [("Técnico eólico junior", 0.7, "Ebro Wind Services S.L.")]),
        P(1, "blade repair technician (composites, rope access): wind, but a narrow specialty",
          "m", "Técnico de palas", "Zaragoza, España", "ES",
          ["Reparación de palas", "Composites", "Acceso por cuerdas", "GWO"],
          [("Técnico de reparación de palas", 4.0, "Palas y Composites del Ebro")]),
        P(1, "medium-voltage and substation electrician: the electrical half of the job, not the turbine mechanics",
          "m", "Electricista de media tensión", "Zaragoza, Aragón, España", "ES",
          ["Media tensión", "Subestaciones", "Celdas", "Protecciones"],
          [("Electricista de media tensión", 6.0, "Montajes Eléctricos Huerva")]),
        P(0, "an aircraft maintenance technician (Part-66 B1): 'mantenimiento' and 'aero', but aircraft", "m",
          "Técnico de Mantenimiento de Aeronaves B1", "Zaragoza, España", "ES",
          ["Part-66 B1", "Motores de turbina", "Mantenimiento de línea", "Inglés técnico"],
          [("Técnico de Mantenimiento de Aeronaves (TMA)", 6.0, "Aerotécnica Valle del Ebro")],
          trap="homonym", edu=[("FP Grado Superior", "Mantenimiento Aeromecánico", "CPIFP Los Enlaces")]),
        P(0, "an IT support technician: 'técnica de mantenimiento' of computers", "f",
          "Técnica de mantenimiento informático", "Zaragoza, Aragón, España", "ES",
          ["Soporte a usuarios", "Windows", "Redes", "Hardware"],
          [("Técnica de mantenimiento informático", 4.0, "Informática Delicias S.L.")],
          trap="homonym", edu=[("FP Grado Medio", "Sistemas Microinformáticos y Redes", "IES Pablo Serrano")]),
        P(0, "a renewables recruiter whose headline names wind technicians and GWO", "m",
          "Consultor de selección", "Zaragoza, España", "ES",
          ["Selección de personal", "Energías renovables", "Técnicos eólicos", "GWO"],
          [("Consultor de selección – Energía", 3.0, "Talento Renovable Consultores")],
          trap="recruiter", hd="Buscamos técnicos/as de aerogeneradores con GWO en Aragón y Navarra",
          edu=[("Grado", "Relaciones Laborales y Recursos Humanos", "Universidad de Zaragoza")]),
        P(0, "a renewable-energy vocational student", "f",
          "Estudiante de FP Energías Renovables", "Zaragoza, Aragón, España", "ES",
          ["Energía eólica", "Electricidad", "AutoCAD"],
          [("Monitora de comedor (media jornada)", 0.8, "Comedores Escolares Delicias")],
          trap="student", ended=3, edu=[("FP Grado Superior (en curso)", "Energías Renovables", "CPIFP Los Enlaces")]),
        P(0, "a wind-farm trainee on his FCT placement", "m",
          "Técnico en prácticas", "Zaragoza, España", "ES",
          ["Aerogeneradores", "GWO BST"],
          [("Técnico en prácticas (FCT) – parque eólico", 0.3, "Cierzo Wind Maintenance S.L.")],
          trap="intern", edu=[("FP Grado Superior (en curso)", "Mantenimiento Electrónico", "CPIFP Corona de Aragón")]),
        P(0, "the right wind technician, but in Comodoro Rivadavia, Argentina", "m",
          "Técnico de aerogeneradores", "Comodoro Rivadavia, Chubut, Argentina", "AR",
          ["Aerogeneradores", "GWO", "Hidráulica", "SCADA"],
          [("Técnico de aerogeneradores", 6.0, "Vientos Patagónicos Servicios S.A.")],
          trap="wrong_country", loc="ar", edu=[("Tecnicatura", "Electromecánica", "Universidad Tecnológica Nacional")]),
    ],
    cc="ES", centres=[("Zaragoza", "ES")], loc="es", edu=ZGZ_EDU,
    query="técnico eólico con GWO y experiencia en multiplicadora"))

# 14 -----------------------------------------------------------------------------------------
LDN_EDU = [("Certificate of Qualification", "Industrial Mechanic Millwright (433A)", "Fanshawe College"),
           ("Diploma", "Mechanical Techniques – Industrial Maintenance", "Fanshawe College"),
           ("Red Seal", "Industrial Mechanic (Millwright)", "Lambton College"),
           ("Apprenticeship", "Industrial Mechanic Millwright", "Conestoga College")]
ADS.append(AD(
    "ho-millwright-london-on", "manufacturing", "en", "Industrial Millwright (433A)", "London",
    """
Forest City Precision Components machines aluminium and steel suspension parts for North American automakers at our plant in London's south-east industrial park. We are hiring a licensed Industrial Millwright for our maintenance team.

What you'll do:
- Preventive and breakdown maintenance on CNC machining cells, presses, conveyors and robotic welding lines
- Troubleshoot hydraulic, pneumatic and mechanical systems; align and replace bearings, gearboxes and drives
- Fabricate and weld (MIG and stick) repair parts
- Close out work orders in our CMMS

What you bring:
- A valid Ontario Certificate of Qualification, Industrial Mechanic Millwright (433A), or Red Seal
- 3+ years as a millwright in a manufacturing plant
- Rotating 12-hour shifts and overtime when a line is down

Assets: Working at Heights and lift truck certificates, basic PLC troubleshooting.

We offer $42–$48 per hour depending on experience, shift premium, health and dental benefits from day one, RRSP matching and a tool allowance. Applicants must be legally entitled to work in Canada.
""",
    [
        P(2, "licensed industrial millwright for seven years in an auto-parts plant: hydraulics, pneumatics, laser alignment, welding, CMMS",
          "m", "Industrial Millwright", "London, Ontario, Canada", "CA",
          ["Preventive Maintenance", "Hydraulics", "Pneumatics", "Laser Alignment", "MIG Welding", "CMMS", "433A"],
          [("Industrial Millwright", 7.0, "Thames Valley Stampings Inc.",
            ["Rebuilt gearboxes on 800-ton transfer presses", "Cut press downtime 18% with a PM route rewrite"])],
          hd="Licensed Industrial Millwright (433A) | automotive stamping"),
        P(2, "Industrial Mechanic (Millwright) with the 433A ticket and ten years in plants: the trade's official name",
          "m", "Industrial Mechanic (Millwright)", "London, ON", "CA",
          ["Industrial Mechanic Millwright 433A", "Bearings and Drives", "Conveyors", "Stick Welding", "Working at Heights"],
          [("Industrial Mechanic (Millwright)", 10.0, "Forest City Food Processing Ltd.")], at=("London", "CA")),
        P(2, "a Red Seal millwright for four years in a robotic welding plant; she writes just 'Millwright'",
          "f", "Millwright", "London, Ontario, Canada", "CA",
          ["Red Seal", "Robotics Maintenance", "Hydraulics", "Pneumatics", "Lift Truck Certified"],
          [("Millwright", 4.0, "Southwestern Axle & Frame Corp."), ("Millwright Apprentice", 4.0, "Southwestern Axle & Frame Corp.")]),
        P(2, "maintenance millwright for six years in a London plant, basic PLC troubleshooting: every must-have plus an asset",
          "m", "Maintenance Millwright", "London, Ontario, Canada", "CA",
          ["Machine Repair", "PLC Troubleshooting", "Hydraulics", "Fabrication", "433A"],
          [("Maintenance Millwright", 6.0, "Westminster Castings Ltd.")]),
        P(2, "lead hand millwright for twelve years on CNC cells and presses: senior, same trade",
          "m", "Millwright Lead Hand", "London, Ontario, Canada", "CA",
          ["Team Lead", "CNC Machine Maintenance", "Presses", "Root Cause Analysis", "Red Seal"],
          [("Millwright Lead Hand", 5.0, "Thames Valley Stampings Inc."), ("Industrial Millwright", 7.0, "Oxford Gear Works")]),
        P(1, "fourth-year millwright apprentice: the work, but no Certificate of Qualification yet",
          "m", "Millwright Apprentice", "London, Ontario, Canada", "CA",
          ["Hydraulics", "Pneumatics", "Welding", "Alignment"],
          [("Millwright Apprentice (4th year)", 3.5, "Westminster Castings Ltd.")],
          edu=[("Apprenticeship (in progress)", "Industrial Mechanic Millwright", "Fanshawe College")]),
        P(1, "the right licensed millwright, but in St. Thomas, 24 km south of London",
          "m", "Industrial Millwright", "St. Thomas, Ontario, Canada", "CA",
          ["433A", "Hydraulics", "Conveyors", "Welding"],
          [("Industrial Millwright", 8.0, "Elgin Automotive Systems")]),
        P(1, "general maintenance technician in a plant: the work, without a millwright licence",
          "f", "Maintenance Technician", "London, ON, Canada", "CA",
          ["General Maintenance", "Pneumatics", "Electrical Basics", "CMMS"],
          [("Maintenance Technician", 5.0, "Riverbend Packaging Inc.")], at=("London", "CA")),
        P(1, "industrial electrician (442A): a neighbouring maintenance trade, electrical rather than mechanical",
          "m", "Industrial Electrician (442A)", "London, Ontario, Canada", "CA",
          ["442A", "PLC", "Motor Controls", "Troubleshooting"],
          [("Industrial Electrician", 6.0, "Thames Valley Stampings Inc.")]),
        P(1, "construction millwright (426A) installing equipment on projects: the other millwright trade, not plant maintenance",
          "m", "Construction Millwright", "London, Ontario, Canada", "CA",
          ["426A", "Equipment Installation", "Rigging", "Alignment"],
          [("Construction Millwright", 9.0, "Millwrights Local Contractors Ltd.")]),
        P(0, "an automotive service technician at a dealership: a mechanic, but of cars", "m",
          "Automotive Service Technician (310S)", "London, Ontario, Canada", "CA",
          ["310S", "Diagnostics", "Brakes", "Engine Repair"],
          [("Automotive Service Technician", 7.0, "Wellington Road Motors")],
          trap="homonym", edu=[("Certificate of Qualification", "Automotive Service Technician (310S)", "Fanshawe College")]),
        P(0, "installs architectural millwork (cabinets and trim): 'mill' in the title, a finish carpenter", "m",
          "Millwork Installer", "London, Ontario, Canada", "CA",
          ["Cabinet Installation", "Finish Carpentry", "Trim", "Blueprint Reading"],
          [("Millwork Installer", 5.0, "Oakridge Custom Millwork")],
          trap="homonym"),
        P(0, "a feed mill operator: runs a grain mill, not a maintenance trade", "m",
          "Feed Mill Operator", "Strathroy, Ontario, Canada", "CA",
          ["Pellet Mill", "Batching", "Forklift", "Sanitation"],
          [("Feed Mill Operator", 6.0, "Middlesex Feeds Co-op")],
          trap="homonym", edu=[("High School Diploma", "General", "Strathroy District Collegiate")]),
        P(0, "a skilled-trades recruiter whose headline names millwrights and 433A", "f",
          "Skilled Trades Recruiter", "London, Ontario, Canada", "CA",
          ["Recruiting", "Skilled Trades", "Millwrights", "433A"],
          [("Skilled Trades Recruiter", 4.0, "TradeForce Staffing")],
          trap="recruiter", hd="Hiring Millwrights (433A) & Industrial Electricians across Southwestern Ontario",
          edu=[("Diploma", "Human Resources Management", "Fanshawe College")]),
        P(0, "a co-op student on a maintenance work term", "m",
          "Maintenance Co-op Student", "London, Ontario, Canada", "CA",
          ["Preventive Maintenance", "AutoCAD"],
          [("Maintenance Co-op Student", 0.3, "Forest City Food Processing Ltd.")],
          trap="intern", edu=[("Diploma (in progress)", "Mechanical Techniques – Millwright", "Fanshawe College")]),
        P(0, "the same trade under its British name, but in London, England", "m",
          "Maintenance Fitter", "London, England, United Kingdom", "GB",
          ["Mechanical Maintenance", "Hydraulics", "Pneumatics", "Welding"],
          [("Mechanical Maintenance Fitter", 8.0, "Thameside Bottling Ltd")],
          trap="wrong_country", loc="gb", edu=[("NVQ Level 3", "Engineering Maintenance", "Barking & Dagenham College")]),
    ],
    cc="CA", centres=[("London", "CA")], loc="ca", edu=LDN_EDU))

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
TUNED_FIELDS = {"software", "finance", "design", "sre", "data", "sales", "healthcare", "product", "marketing", "hr"}
YM = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def _month(s: str) -> int:
    m = YM.match(s)
    if not m:
        raise ValueError(s)
    return int(m.group(1)) * 12 + int(m.group(2)) - 1


def check_places(problems: list[str]) -> None:
    """Grade 2 within core_km of the ad's place (and in its region), grade 1 within NEARBY_KM,
    wrong_country in another country, and every 'NN km' in a reason is the real distance."""
    for ad in ADS:
        centres = [city_row(n, c) for n, c in ad["centres"]]
        for n, j in enumerate(ad["judgements"], start=1):
            pid = f"eval-{ad['id']}-{n:02d}"
            name, cc = j["at"] or (j["location"].split(",")[0].strip(), j["country"])
            if cc != j["country"]:
                problems.append(f"{pid}: place {name} is in {cc}, profile says {j['country']}")
            row = city_row(name, cc)
            dist = min(km_between(row, c) for c in centres)
            if j["grade"] == 2:
                if dist > ad["core_km"]:
                    problems.append(f"{pid}: grade 2 but {name} is {dist:.0f} km from the ad's place")
                if ad["admin1"] and row[3] not in ad["admin1"]:
                    problems.append(f"{pid}: grade 2 but {name} ({row[3]}) is outside {sorted(ad['admin1'])}")
            if j["grade"] == 1 and dist > NEARBY_KM:
                problems.append(f"{pid}: grade 1 but {name} is {dist:.0f} km away")
            if j["grade"] >= 1 and j["country"] != ad["cc"]:
                problems.append(f"{pid}: graded {j['grade']} in {j['country']}, the ad is in {ad['cc']}")
            if j["trap"] == "wrong_country" and j["country"] == ad["cc"]:
                problems.append(f"{pid}: wrong_country trap in the ad's country")
            for stated in re.findall(r"(\d+) km", j["why"]):
                if j["grade"] >= 1 and abs(int(stated) - dist) > 1.0:
                    problems.append(f"{pid}: reason says {stated} km, the taxonomy says {dist:.0f} km")


def check(doc: dict) -> list[str]:
    problems: list[str] = []
    ads = doc["ads"]
    if list(doc) != ["version", "today", "ads"] or doc["version"] != 1 or doc["today"] != TODAY:
        problems.append("top-level keys or values differ from set.json")
    if len(ads) < 13:
        problems.append(f"only {len(ads)} ads")
    if len({a["id"] for a in ads}) != len(ads):
        problems.append("duplicate ad ids")
    languages = {a["language"] for a in ads}
    if len(languages) < 7 or not {"fr", "pt", "it", "nl", "pl", "de", "es"} <= languages:
        problems.append(f"languages {sorted(languages)}")
    if sum(a["language"] == "en" for a in ads) > 3:
        problems.append("more than three ads in English")
    fields = [a["field"] for a in ads]
    if len(set(fields)) < 11:
        problems.append(f"only {len(set(fields))} fields")
    if len(set(fields) & TUNED_FIELDS) > 2:
        problems.append(f"more than two fields from the tuned set: {sorted(set(fields) & TUNED_FIELDS)}")
    # ids must not collide with the corpus or the tuned set
    other_ids: set[str] = set()
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as fh:
            for line in fh:
                other_ids.add(json.loads(line)["profileId"])
    if TUNED.exists():
        tuned = json.loads(TUNED.read_text(encoding="utf-8"))
        other_ids |= {j["profile"]["profileId"] for a in tuned["ads"] for j in a["judgements"]}
        if {a["id"] for a in tuned["ads"]} & {a["id"] for a in ads}:
            problems.append("an ad id is also in set.json")
    seen: set[str] = set()
    for a in ads:
        if list(a) != AD_KEYS:
            problems.append(f"{a['id']}: keys {list(a)}")
        if not a["id"].startswith("ho-"):
            problems.append(f"{a['id']}: id does not start with ho-")
        if a["limit"] not in (10, 20):
            problems.append(f"{a['id']}: limit {a['limit']}")
        words = len(a["jobDescription"].split())
        if not 80 <= words <= 200:
            problems.append(f"{a['id']}: {words} words")
        js = a["judgements"]
        grades = [j["grade"] for j in js]
        kinds = [j.get("trap") for j in js if j.get("trap")]
        if len(js) < 15:
            problems.append(f"{a['id']}: {len(js)} judgements")
        if grades.count(2) < 4 or grades.count(1) < 4 or grades.count(0) < 5:
            problems.append(f"{a['id']}: grades {grades.count(2)}/{grades.count(1)}/{grades.count(0)}")
        if "homonym" not in kinds:
            problems.append(f"{a['id']}: no homonym trap")
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
    check_places(problems)
    return problems


def render(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def summary(doc: dict) -> str:
    lines = []
    for a in doc["ads"]:
        g = [j["grade"] for j in a["judgements"]]
        traps = sorted({j["trap"] for j in a["judgements"] if j.get("trap")})
        lines.append(f"  {a['id']:<30} {a['language']}  {a['field']:<17} 2:{g.count(2)} 1:{g.count(1)} 0:{g.count(0)}  "
                     f"{', '.join(traps)}")
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
            print(f"gen_eval_heldout: {p_}", file=sys.stderr)
        return 1
    if args.summary:
        print(summary(doc))
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"data-check: {OUT.relative_to(ROOT)} differs from tools/gen_eval_heldout.py output "
                  "(run: python3 tools/gen_eval_heldout.py)", file=sys.stderr)
            return 1
        print(f"data-check: {OUT.relative_to(ROOT)} matches tools/gen_eval_heldout.py")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    n = sum(len(a["judgements"]) for a in doc["ads"])
    print(f"gen_eval_heldout: wrote {OUT.relative_to(ROOT)}: {len(doc['ads'])} ads, {n} judgements, "
          f"{len(text.encode('utf-8'))} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
