#!/usr/bin/env python3
"""The large corpus of `make bench-scale`: the shipped corpus repeated with new ids and perturbed
text, so that nothing may be computed once per distinct text and reused.

Each copy of a shipped profile gets a new id (`scale-0000123`), another person's first and last
name (drawn from the corpus's own names, so every script and convention stays represented), its
skills in another order, a varied headline (the role alone, role | three skills, role at company,
role · skills, with one skill dropped), and a linkedin URL of its own. Roles, companies, places and
careers stay as shipped, so every ad still finds the same kinds of people.

usage: gen_scale_corpus.py COUNT OUT [--seed N]   (deterministic for a seed; streams, ~1 KB/line)
"""

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "data" / "corpus" / "people.jsonl"


def load():
    with SHIPPED.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def name_parts(profiles):
    firsts, lasts = [], []
    for p in profiles:
        words = (p.get("name") or "").split()
        if len(words) >= 2:
            firsts.append(words[0])
            lasts.append(" ".join(words[1:]))
    return firsts, lasts


def headline(rng, role, company, skills):
    picked = skills[:]
    if len(picked) > 3:
        picked.pop(rng.randrange(len(picked)))
    form = rng.randrange(5)
    if form == 0 or not role:
        return role or ", ".join(picked[:3])
    if form == 1:
        return f"{role} | {', '.join(picked[:3])}"
    if form == 2 and company:
        return f"{role} at {company}"
    if form == 3:
        return f"{role} · {' · '.join(picked[:2])}"
    return f"{role} – {', '.join(picked[:4])}"


def perturbed(rng, base, n, firsts, lasts):
    p = dict(base)
    first, last = rng.choice(firsts), rng.choice(lasts)
    p["profileId"] = f"scale-{n:07d}"
    p["name"] = f"{first} {last}"
    skills = list(base.get("skills") or [])
    rng.shuffle(skills)
    p["skills"] = skills
    p["headline"] = headline(rng, base.get("currentRole"), base.get("currentCompany"), skills)
    slug = "-".join(w.lower() for w in p["name"].split() if w.isalnum() or w.isalpha())
    p["linkedinUrl"] = f"https://linkedin.example/in/{slug or 'member'}-{n:07x}"
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("count", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=20261208)
    args = ap.parse_args()
    profiles = load()
    firsts, lasts = name_parts(profiles)
    rng = random.Random(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".partial")
    with tmp.open("w", encoding="utf-8") as out:
        for n in range(args.count):
            base = profiles[n % len(profiles)]
            line = json.dumps(perturbed(rng, base, n, firsts, lasts), ensure_ascii=False)
            out.write(line + "\n")
    tmp.replace(args.out)
    print(f"gen_scale_corpus: {args.count} profiles in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
