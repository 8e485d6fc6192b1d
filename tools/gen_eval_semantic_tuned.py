#!/usr/bin/env python3
"""Generate data/eval/set_semantic_tuned.json.

A tuned evaluation part: "ads whose right people use other words for the job".

Every ad plants ~14 judged profiles:
  * 7 right people (grade 2 or 1) in or near the ad's city whose headline,
    current role, past roles and skills (and, stricter still, companies,
    highlights and education) share no word with the ad's title;
  * 2-3 homonym traps who share a title word but do another job;
  * one recruiter trap, one student or intern trap, one wrong_country trap;
  * one grade-0 neutral person of an adjacent but wrong job.

The script is deterministic (no randomness) and checks its own data: it fails
loudly when a grade >= 1 person shares a word, a 5+ letter stem, a compound or
the acronym with the ad's title.

Standard library only. Usage:  python3 tools/gen_eval_semantic_tuned.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "eval" / "set_semantic_tuned.json"

VERSION = 1
TODAY = "2025-06-01"
TODAY_YM = TODAY[:7]

TRAPS = {"recruiter", "student", "intern", "homonym", "wrong_country"}

# ---------------------------------------------------------------------------
# Text normalisation and the no-shared-word checker
# ---------------------------------------------------------------------------

# Function words of the four languages, plus gender markers such as (m/w/d),
# (H/F), Technicien(ne), Profesor/a. Single letters are dropped anyway.
STOP = {
    # en
    "a", "an", "and", "the", "of", "for", "in", "at", "to", "with", "on", "by",
    "or", "from", "as", "our", "your",
    # fr
    "de", "des", "du", "la", "le", "les", "et", "en", "au", "aux", "un", "une",
    "pour", "chez", "sur", "ne", "euse", "ive",
    # de
    "und", "der", "die", "das", "fur", "im", "am", "an", "zur", "zum", "von",
    "mit", "bei", "als", "oder", "innen",
    # es
    "del", "el", "los", "las", "y", "con", "para", "por", "una", "al", "os", "as",
}

_FOLD = str.maketrans({"ß": "ss", "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae",
                       "ø": "o", "Ø": "o", "ı": "i", "ł": "l", "Ł": "l"})


def fold(text: str) -> str:
    """Lowercase and strip accents."""
    text = text.translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def tokens(text: str) -> list[str]:
    """Tokenise on non-letters; drop stop words and single letters."""
    return [t for t in re.findall(r"[a-z]+", fold(text)) if len(t) > 1 and t not in STOP]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _longest_common_substring(a: str, b: str) -> int:
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def clash(word: str, title_word: str) -> str | None:
    """Why `word` counts as sharing with `title_word`, or None."""
    if word == title_word:
        return "same word"
    if _common_prefix(word, title_word) >= 5:
        return "shared 5+ letter stem"
    short, long_ = sorted((word, title_word), key=len)
    if len(short) >= 4 and short in long_:
        return "compound containing the word"
    if _longest_common_substring(word, title_word) >= 6:
        return "shared compound part (6+ letters)"
    return None


def title_vocabulary(ad: dict) -> tuple[list[str], set[str]]:
    """Title words and forbidden acronyms of an ad."""
    words = tokens(ad["title"])
    acronyms = set(a.lower() for a in ad.get("_acronyms", []))
    if len(words) >= 2:
        acronyms.add("".join(w[0] for w in words))
    return words, acronyms


def shares_with_title(text: str, words: list[str], acronyms: set[str]) -> list[str]:
    found = []
    for tok in tokens(text):
        if tok in acronyms:
            found.append(f"{tok!r} is an acronym of the title")
            continue
        for w in words:
            why = clash(tok, w)
            if why:
                found.append(f"{tok!r} ~ {w!r} ({why})")
    return found


def checked_texts(profile: dict) -> list[tuple[str, str]]:
    """(field, text) pairs that must not share with the title.

    The brief requires headline, currentRole, every past role and every skill;
    companies, highlights and education are checked too, to keep the part clean.
    """
    out = [("headline", profile["headline"]), ("currentRole", profile["currentRole"] or "")]
    out.append(("currentCompany", profile["currentCompany"] or ""))
    out += [("skills", s) for s in profile["skills"]]
    for e in profile["experience"]:
        out.append(("experience.role", e["role"]))
        out.append(("experience.company", e["company"]))
        out += [("experience.highlights", h) for h in e["highlights"]]
    for ed in profile["education"]:
        out += [("education", ed["school"]), ("education", ed["degree"]), ("education", ed["field"])]
    return out


# ---------------------------------------------------------------------------
# Profile builders
# ---------------------------------------------------------------------------

def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _months(start: str, end: str | None) -> int:
    end = end or TODAY_YM
    sy, sm = map(int, start.split("-"))
    ey, em = map(int, end.split("-"))
    return (ey - sy) * 12 + (em - sm)


def P(name, headline, location, country, role, company, skills, exp, edu,
      open_to_work=False, years=None):
    """A profile without its id (the id is given by its position in the ad)."""
    experience = [
        {"role": r, "company": c, "startDate": s, "endDate": e, "highlights": list(h)}
        for (r, c, s, e, h) in exp
    ]
    if years is None:
        years = round(sum(_months(x["startDate"], x["endDate"]) for x in experience) / 12, 1)
    return {
        "name": name,
        "headline": headline,
        "location": location,
        "country": country,
        "currentRole": role,
        "currentCompany": company,
        "companyDomain": (slug(company) + ".example") if company else None,
        "skills": list(skills),
        "yearsExperience": float(years),
        "experience": experience,
        "education": [{"school": s, "degree": d, "field": f} for (s, d, f) in edu],
        "openToWork": open_to_work,
    }


def J(grade, why, profile, trap=None):
    out = {"grade": grade}
    if trap:
        out["trap"] = trap
    out["why"] = why
    out["profile"] = profile
    return out


# ---------------------------------------------------------------------------
# Ads
# ---------------------------------------------------------------------------

ADS: list[dict] = []

# 1 -------------------------------------------------------------------------
MAN = "Manchester, England, United Kingdom"
ADS.append({
    "id": "ts-helpdesk-manchester",
    "field": "it_support",
    "language": "en",
    "title": "Help Desk Technician",
    "jobDescription": (
        "Northern Quarter Housing is a housing association with 1,100 staff across Greater "
        "Manchester. We are hiring a Help Desk Technician to join the eight-person IT team at "
        "our head office in Manchester city centre.\n\n"
        "What you will do:\n"
        "- Be the first point of contact for staff IT issues by phone, chat and ServiceNow tickets\n"
        "- Manage user accounts, groups and permissions in Active Directory and Microsoft 365\n"
        "- Enrol and troubleshoot laptops and phones with Intune; build and image Windows 11 devices\n"
        "- Set up new starters and close down leavers, and keep the knowledge base up to date\n"
        "- Escalate network and application problems to the second-line team\n\n"
        "Requirements:\n"
        "- 2+ years in a first-line IT support role\n"
        "- ServiceNow or a similar ticketing tool\n"
        "- Active Directory, Microsoft 365 and Windows 11\n"
        "- ITIL 4 Foundation or CompTIA A+ (or working towards one)\n\n"
        "Nice to have: Intune, Jamf, basic networking.\n\n"
        "On-site in Manchester, Monday to Friday on an 8am-6pm rota. No agencies, please."
    ),
    "location": "Manchester, United Kingdom",
    "query": None,
    "limit": 10,
    "_country": "GB",
    "_acronyms": [],
    "judgements": [
        J(2, "first-line IT support under another name: ServiceNow, Active Directory, Microsoft 365, Intune, ITIL 4, almost 5 years, Manchester",
          P("Aisha Rahman", "IT Support Analyst | ServiceNow, Active Directory, Microsoft 365", MAN, "GB",
            "IT Support Analyst", "Irwell Building Society",
            ["ServiceNow", "Active Directory", "Microsoft 365", "Windows 11", "Intune", "ITIL 4 Foundation"],
            [("IT Support Analyst", "Irwell Building Society", "2022-03", None,
              ["First-line support for 900 staff by phone, chat and ServiceNow tickets",
               "Enrolled 600 laptops in Intune during the Windows 11 rollout"]),
             ("IT Support Apprentice", "Pendleton Homes", "2020-09", "2022-03", [])],
            [("The Manchester College", "Level 3 Diploma", "Computing")])),
        J(2, "1st line support engineer: ServiceNow, AD, Microsoft 365, CompTIA A+, Jamf, ~4 years, Manchester",
          P("Tom Whitworth", "1st Line Support Engineer at Castlefield Legal", "Manchester, United Kingdom", "GB",
            "1st Line Support Engineer", "Castlefield Legal LLP",
            ["ServiceNow", "Active Directory", "Microsoft 365", "Windows 11", "CompTIA A+", "Jamf"],
            [("1st Line Support Engineer", "Castlefield Legal LLP", "2022-08", None,
              ["Handles 40 tickets a day for a 350-person law firm",
               "Runs new-starter and leaver account set-up in Active Directory"]),
             ("Customer Support Advisor", "Ancoats Broadband", "2021-06", "2022-08", [])],
            [("Manchester Metropolitan University", "BSc", "Computing")])),
        J(2, "end-user computing analyst: Windows 11 builds with Intune, AD, ServiceNow, ITIL 4, 6 years, Manchester",
          P("Priya Desai", "End User Computing Analyst · Intune · Microsoft 365 · Windows 11", MAN, "GB",
            "End User Computing Analyst", "Bridgewater Mutual",
            ["Intune", "Microsoft 365", "Windows 11", "Active Directory", "ServiceNow", "ITIL 4 Foundation", "PowerShell"],
            [("End User Computing Analyst", "Bridgewater Mutual", "2021-10", None,
              ["Builds and images Windows 11 laptops with Intune Autopilot",
               "Owns the first-line knowledge base in ServiceNow"]),
             ("IT Support Officer", "Trafford Borough Council", "2019-04", "2021-10", [])],
            [("University of Salford", "BSc", "Computer Science")])),
        J(2, "user support officer: AD, Microsoft 365, ServiceNow, CompTIA A+, 2.5 years, Stockport (10 km)",
          P("Kieran O'Neill", "User Support Officer | Active Directory, Microsoft 365, Windows 11",
            "Stockport, England, United Kingdom", "GB",
            "User Support Officer", "Mersey Vale NHS Foundation Trust",
            ["Active Directory", "Microsoft 365", "Windows 11", "ServiceNow", "CompTIA A+"],
            [("User Support Officer", "Mersey Vale NHS Foundation Trust", "2022-11", None,
              ["Phone and walk-up support for 2,000 clinical staff",
               "Password resets, account set-up and mailbox permissions in Microsoft 365"])],
            [("Stockport College", "BTEC Level 3", "Computing")])),
        J(2, "workplace support engineer: Intune, Jamf, AD, ServiceNow, ITIL 4, 6 years, Manchester",
          P("Grace Okafor", "Workplace Support Engineer at Spinningfields Capital", "Manchester, United Kingdom", "GB",
            "Workplace Support Engineer", "Spinningfields Capital",
            ["Windows 11", "Intune", "Microsoft 365", "Active Directory", "ServiceNow", "ITIL 4 Foundation", "Jamf"],
            [("Workplace Support Engineer", "Spinningfields Capital", "2021-01", None,
              ["Leads the first-line team's Intune and Jamf device enrolment",
               "Cut average ticket resolution time from 9 to 4 hours"]),
             ("IT Support Analyst", "Northway Logistics", "2019-02", "2021-01", [])],
            [("University of Manchester", "BSc", "Information Systems")], open_to_work=True)),
        J(1, "school ICT support in Bolton (18 km): AD and Microsoft 365, but no ServiceNow and no ITIL or CompTIA",
          P("Daniel Price", "ICT Support Officer | Active Directory, Microsoft 365, Google Workspace",
            "Bolton, England, United Kingdom", "GB",
            "ICT Support Officer", "Moorside Academy Trust",
            ["Active Directory", "Microsoft 365", "Windows 11", "Google Workspace", "Interactive Whiteboards"],
            [("ICT Support Officer", "Moorside Academy Trust", "2022-04", None,
              ["Supports 1,200 pupils and staff across three schools"])],
            [("Bolton College", "BTEC Level 3", "Computing")])),
        J(1, "first-line support in Manchester, but one year where the ad asks two; CompTIA A+ still in progress",
          P("Chloe Brennan", "Junior IT Support Analyst | Microsoft 365 · Windows 11 · CompTIA A+ (in progress)", MAN, "GB",
            "Junior IT Support Analyst", "Deansgate Media Group",
            ["Microsoft 365", "Windows 11", "Active Directory", "CompTIA A+ (in progress)"],
            [("Junior IT Support Analyst", "Deansgate Media Group", "2024-05", None,
              ["Password resets, printer faults and laptop set-up for 150 staff"])],
            [("The Manchester College", "Level 3 Diploma", "Computing")], open_to_work=True)),
        J(0, "'Desk' in the title, but a hotel front desk: guests and bookings, not IT tickets",
          P("Hannah Lowe", "Front Desk Receptionist at The Piccadilly Grand Hotel", MAN, "GB",
            "Front Desk Receptionist", "The Piccadilly Grand Hotel",
            ["Opera PMS", "Guest Check-in", "Switchboard", "Microsoft Office", "Cash Handling"],
            [("Front Desk Receptionist", "The Piccadilly Grand Hotel", "2021-07", None, [])],
            [("Manchester Metropolitan University", "BA", "Hospitality Management")]), trap="homonym"),
        J(0, "'Technician' in the title, but a hospital pharmacy technician who dispenses medicines",
          P("Imran Hussain", "Pharmacy Technician | Dispensing, Medicines Reconciliation, GPhC registered", MAN, "GB",
            "Pharmacy Technician", "Irk Valley Hospital",
            ["Dispensing", "Medicines Reconciliation", "GPhC Registration", "Stock Control"],
            [("Pharmacy Technician", "Irk Valley Hospital", "2019-09", None, []),
             ("Pharmacy Assistant", "Levenshulme Chemists", "2017-06", "2019-09", [])],
            [("Buttercups Training", "Level 3 Diploma", "Pharmaceutical Science")]), trap="homonym"),
        J(0, "'Desk' again: a newsroom editor on the news desk",
          P("Rebecca Doyle", "News Desk Editor at the Manchester Evening Courier", MAN, "GB",
            "News Desk Editor", "Manchester Evening Courier",
            ["Editing", "Copywriting", "Content Management Systems", "Breaking News", "Shorthand"],
            [("News Desk Editor", "Manchester Evening Courier", "2020-03", None, []),
             ("Reporter", "Bolton Daily Star", "2016-09", "2020-03", [])],
            [("University of Salford", "BA", "Journalism")]), trap="homonym"),
        J(0, "an IT agency recruiter whose headline names help-desk roles and the ad's tools",
          P("Liam Fletcher", "IT Recruitment Consultant | Help Desk, Service Desk & Infrastructure roles across the North West",
            MAN, "GB", "IT Recruitment Consultant", "Redrose Tech Talent",
            ["Recruitment", "Sourcing", "LinkedIn Recruiter", "ServiceNow", "Active Directory"],
            [("IT Recruitment Consultant", "Redrose Tech Talent", "2022-02", None, [])],
            [("University of Leeds", "BA", "History")]), trap="recruiter"),
        J(0, "a computer-science undergraduate looking for a placement",
          P("Oliver Nwosu", "BSc Computer Science student at the University of Manchester | looking for IT support placements",
            MAN, "GB", "Student", None,
            ["Python", "Windows 11", "Microsoft 365", "Networking Basics"], [],
            [("University of Manchester", "BSc", "Computer Science")], open_to_work=True, years=0.0), trap="student"),
        J(0, "the right person, but in Manchester, New Hampshire, United States; the ad is on-site in Manchester, UK",
          P("Megan Caldwell", "IT Support Analyst | ServiceNow, Active Directory, Microsoft 365",
            "Manchester, New Hampshire, United States", "US",
            "IT Support Analyst", "Granite Falls Credit Union",
            ["ServiceNow", "Active Directory", "Microsoft 365", "Windows 11", "Intune", "CompTIA A+"],
            [("IT Support Analyst", "Granite Falls Credit Union", "2021-03", None, [])],
            [("Southern New Hampshire University", "BS", "Information Technology")]), trap="wrong_country"),
        J(0, "network engineering, the second-line work the ad escalates to; not first-line user support",
          P("Samuel Ogunleye", "Network Engineer | Cisco, Fortinet, CCNP", MAN, "GB",
            "Network Engineer", "Irwell Data Centres",
            ["Cisco", "Fortinet", "CCNP", "BGP", "Firewalls"],
            [("Network Engineer", "Irwell Data Centres", "2019-05", None, []),
             ("Network Support Engineer", "Medlock Telecom", "2016-08", "2019-05", [])],
            [("University of Manchester", "BEng", "Electronic Engineering")])),
    ],
})

# 2 -------------------------------------------------------------------------
COL = "Columbus, Ohio, United States"
HS = ("Columbus Central High School", "High School Diploma", "General Studies")
ADS.append({
    "id": "ts-warehouse-columbus",
    "field": "warehousing",
    "language": "en",
    "title": "Warehouse Associate",
    "jobDescription": (
        "Buckeye Home Goods ships furniture and homewares from a 600,000 sq ft distribution center "
        "in Groveport, just south of Columbus. We are hiring Warehouse Associates for our first "
        "(6am-2:30pm) and second (3pm-11:30pm) shifts.\n\n"
        "What you will do:\n"
        "- Pick and pack customer orders with an RF scanner, hitting pick-rate and accuracy targets\n"
        "- Load and unload trailers; move pallets with a pallet jack or a sit-down forklift\n"
        "- Put away inbound stock and run cycle counts in Manhattan WMS\n"
        "- Keep aisles and docks clean and safe\n\n"
        "Requirements:\n"
        "- 1+ year of experience in a distribution center, fulfillment center or similar\n"
        "- RF scanner picking and Manhattan WMS (or another WMS)\n"
        "- OSHA forklift certification, or willing to certify in your first month\n"
        "- Able to lift 50 lbs and stand for a full shift\n\n"
        "Nice to have: reach truck experience, shipping and receiving.\n\n"
        "Pay: $19-21/hour plus shift differential, weekly pay, benefits from day one. You must be "
        "able to commute to Groveport, Ohio (Columbus area). No staffing agencies."
    ),
    "location": "Columbus, OH",
    "query": None,
    "limit": 10,
    "_country": "US",
    "_acronyms": [],
    "judgements": [
        J(2, "order picker: RF scanner, Manhattan WMS, pallet jack, cycle counts, 4 years, Columbus",
          P("Marcus Johnson", "Order Picker | RF Scanner, Manhattan WMS, Pallet Jack", COL, "US",
            "Order Picker", "Scioto Fulfillment Co.",
            ["RF Scanner", "Manhattan WMS", "Pallet Jack", "Order Picking", "Cycle Counts"],
            [("Order Picker", "Scioto Fulfillment Co.", "2022-04", None,
              ["Picks 160 lines an hour at 99.8% accuracy on an RF scanner",
               "Trained 12 new hires on Manhattan WMS"]),
             ("Picker Packer", "Olentangy Outfitters", "2021-05", "2022-04", [])],
            [HS])),
        J(2, "material handler in Groveport itself: OSHA forklift certification, RF scanner, Manhattan WMS, trailers, 4 years",
          P("Destiny Carter", "Material Handler | Forklift certified · RF Scanner · Loading and Unloading",
            "Groveport, Ohio, United States", "US",
            "Material Handler", "Big Walnut Distribution",
            ["Sit-Down Forklift", "OSHA Forklift Certification", "RF Scanner", "Loading and Unloading", "Manhattan WMS"],
            [("Material Handler", "Big Walnut Distribution", "2021-02", None,
              ["Loads and unloads 25 trailers a shift",
               "Puts away inbound pallets with a sit-down forklift"])],
            [("Groveport Community High School", "High School Diploma", "General Studies")])),
        J(2, "fulfillment team member: picks and packs with an RF scanner, pallet jack, cycle counts, 2 years, Columbus",
          P("Luis Hernandez", "Fulfillment Team Member · RF Scanner · Packing · Pallet Jack", COL, "US",
            "Fulfillment Team Member", "Alum Creek Commerce",
            ["RF Scanner", "Packing", "Pallet Jack", "Order Picking", "Cycle Counts"],
            [("Fulfillment Team Member", "Alum Creek Commerce", "2023-03", None,
              ["Picks, packs and ships e-commerce orders; top 10% pick rate on second shift"])],
            [("Columbus State Community College", "Certificate", "Supply Chain Management")], open_to_work=True)),
        J(2, "forklift operator: OSHA certified, reach truck (a plus), putaway in Manhattan WMS, 6 years, Obetz (10 km)",
          P("Brittany Moore", "Forklift Operator | OSHA certified · Reach Truck · Sit-Down Forklift",
            "Obetz, Ohio, United States", "US",
            "Forklift Operator", "Lockbourne Cold Storage",
            ["OSHA Forklift Certification", "Reach Truck", "Sit-Down Forklift", "RF Scanner", "Putaway", "Manhattan WMS"],
            [("Forklift Operator", "Lockbourne Cold Storage", "2020-08", None,
              ["Reach truck putaway to 30 ft racking",
               "Zero safety incidents in four years"]),
             ("Order Picker", "Big Walnut Distribution", "2019-06", "2020-08", [])],
            [HS])),
        J(2, "order selector at a grocery distribution center: RF and voice picking, pallet jack, loading, 6 years",
          P("Andre Wallace", "Order Selector at a grocery distribution center", COL, "US",
            "Order Selector", "Heartland Grocers Supply",
            ["RF Scanner", "Voice Picking", "Pallet Jack", "Pick Rate", "Loading and Unloading"],
            [("Order Selector", "Heartland Grocers Supply", "2019-01", None,
              ["Builds mixed pallets for 40 stores a night with voice picking and an electric pallet jack"])],
            [HS])),
        J(1, "receiving clerk in Hilliard (20 km): RF scanner, pallet jack, shipping and receiving (a plus), but mostly paperwork, little picking",
          P("Kayla Brooks", "Shipping and Receiving Clerk | Bills of Lading, RF Scanner",
            "Hilliard, Ohio, United States", "US",
            "Shipping and Receiving Clerk", "Darby Creek Supply",
            ["Shipping and Receiving", "Bills of Lading", "RF Scanner", "Pallet Jack", "Microsoft Excel"],
            [("Shipping and Receiving Clerk", "Darby Creek Supply", "2021-04", None,
              ["Checks in 15 inbound trucks a day against purchase orders"])],
            [("Hilliard Davidson High School", "High School Diploma", "General Studies")])),
        J(1, "inventory control: cycle counts in Manhattan WMS and a past as a picker, but now more office than floor",
          P("Jamal Turner", "Inventory Control Specialist · Cycle Counts · Manhattan WMS", COL, "US",
            "Inventory Control Specialist", "Scioto Fulfillment Co.",
            ["Cycle Counts", "Manhattan WMS", "Inventory Reconciliation", "RF Scanner"],
            [("Inventory Control Specialist", "Scioto Fulfillment Co.", "2022-09", None, []),
             ("Order Picker", "Scioto Fulfillment Co.", "2021-03", "2022-09", [])],
            [HS])),
        J(0, "'Warehouse' in the title, but a data warehouse engineer writing SQL",
          P("Neha Kapoor", "Data Warehouse Engineer | Snowflake, dbt, SQL", COL, "US",
            "Data Warehouse Engineer", "Buckeye Mutual Insurance",
            ["Snowflake", "dbt", "SQL", "Azure Data Factory", "Python"],
            [("Data Warehouse Engineer", "Buckeye Mutual Insurance", "2019-07", None, [])],
            [("The Ohio State University", "BS", "Computer Science and Engineering")]), trap="homonym"),
        J(0, "'Associate' in the title, but a furniture-store sales associate on the shop floor",
          P("Tyler Bennett", "Sales Associate at Hearth & Home Furniture", COL, "US",
            "Sales Associate", "Hearth & Home Furniture",
            ["Customer Service", "POS Systems", "Upselling", "Visual Merchandising"],
            [("Sales Associate", "Hearth & Home Furniture", "2022-10", None, [])],
            [HS]), trap="homonym"),
        J(0, "'Associate' again: a litigation lawyer",
          P("Rachel Stein", "Associate Attorney | Commercial Litigation", COL, "US",
            "Associate Attorney", "Whitmore & Gale LLP",
            ["Commercial Litigation", "Legal Research", "Westlaw", "Motion Practice"],
            [("Associate Attorney", "Whitmore & Gale LLP", "2020-09", None, [])],
            [("The Ohio State University Moritz College of Law", "JD", "Law")]), trap="homonym"),
        J(0, "a staffing-agency recruiter for warehouse and light-industrial jobs",
          P("Crystal Adams", "Staffing Specialist | Warehouse & light industrial hiring across Columbus | Forklift, Order Picking",
            COL, "US", "Staffing Specialist", "Capital City Staffing",
            ["High-Volume Recruiting", "Sourcing", "Onboarding", "Forklift", "Order Picking"],
            [("Staffing Specialist", "Capital City Staffing", "2021-08", None, [])],
            [("Franklin University", "BS", "Business Administration")]), trap="recruiter"),
        J(0, "a business-school intern in supply-chain analysis",
          P("Ethan Park", "Supply Chain Management Intern at Big Walnut Distribution | Ohio State (Fisher)", COL, "US",
            "Supply Chain Intern", "Big Walnut Distribution",
            ["Excel", "Inventory Analysis", "Manhattan WMS"],
            [("Supply Chain Intern", "Big Walnut Distribution", "2025-01", None, [])],
            [("The Ohio State University", "BS", "Logistics Management")]), trap="intern"),
        J(0, "the right picker, but in Mississauga, Canada; the ad needs a daily commute to Groveport, Ohio",
          P("Harpreet Gill", "Order Picker | RF Scanner, Manhattan WMS, Pallet Jack",
            "Mississauga, Ontario, Canada", "CA",
            "Order Picker", "Meadowvale Fulfilment",
            ["RF Scanner", "Manhattan WMS", "Pallet Jack", "Forklift Licence", "Cycle Counts"],
            [("Order Picker", "Meadowvale Fulfilment", "2021-06", None, [])],
            [("Meadowvale Secondary School", "OSSD", "General Studies")]), trap="wrong_country"),
        J(0, "furniture delivery driver: loads his truck, but drives routes rather than picking, packing or using a WMS",
          P("Derek Simmons", "Delivery Driver | Box Truck, Furniture Delivery, DOT Medical Card", COL, "US",
            "Delivery Driver", "Hearth & Home Furniture",
            ["Box Truck", "Furniture Delivery", "Route Planning", "DOT Medical Card"],
            [("Delivery Driver", "Hearth & Home Furniture", "2020-04", None, [])],
            [HS])),
    ],
})

# 3 -------------------------------------------------------------------------
CAL = "Calgary, Alberta, Canada"
ADS.append({
    "id": "ts-dispatcher-calgary",
    "field": "transport",
    "language": "en",
    "title": "Freight Dispatcher",
    "jobDescription": (
        "Bow River Carriers runs 140 tractors and 300 trailers hauling dry van and flatbed freight "
        "between Alberta, British Columbia and the western United States. We are looking for a "
        "Freight Dispatcher to join the operations team at our Calgary terminal.\n\n"
        "What you will do:\n"
        "- Plan loads and assign drivers and equipment to keep trucks moving and empty miles low\n"
        "- Track trucks in Samsara and update customers on pickup and delivery times\n"
        "- Keep drivers within Hours of Service rules and handle breakdowns, delays and reroutes\n"
        "- Build and send ACE/ACI eManifests for cross-border loads\n"
        "- Enter and close orders in TMW Suite\n\n"
        "Requirements:\n"
        "- 2+ years planning or routing truckloads for a carrier or 3PL\n"
        "- TMW Suite or a similar TMS\n"
        "- Working knowledge of Canadian and US Hours of Service\n"
        "- ACE/ACI eManifest experience\n"
        "- Clear, calm communication with drivers by phone and Samsara messaging\n\n"
        "Nice to have: DAT load board, flatbed experience, French.\n\n"
        "On-site at our Calgary terminal, with a rotating weekend on-call. No recruiters, please."
    ),
    "location": "Calgary, AB, Canada",
    "query": None,
    "limit": 10,
    "_country": "CA",
    "_acronyms": [],
    "judgements": [
        J(2, "load planner: TMW Suite, Samsara, Hours of Service, ACE/ACI eManifest, DAT, 5 years, Calgary",
          P("Jasmine Kaur", "Load Planner | TMW Suite · Samsara · Hours of Service · ACE/ACI eManifest", CAL, "CA",
            "Load Planner", "Foothills Transport Ltd.",
            ["TMW Suite", "Samsara", "Hours of Service", "ACE/ACI eManifest", "DAT Load Board", "Load Planning"],
            [("Load Planner", "Foothills Transport Ltd.", "2021-05", None,
              ["Plans 60 dry van loads a day across Alberta, B.C. and the western US",
               "Cut empty miles 11% by pairing backhauls on the DAT load board"]),
             ("Driver Manager", "Nose Hill Carriers", "2020-01", "2021-05", [])],
            [("SAIT", "Diploma", "Supply Chain Management")])),
        J(2, "driver manager (the trucking name for the job): runs 35 flatbed drivers, Hours of Service, Samsara, TMW, eManifest, 8 years",
          P("Ryan MacDonald", "Driver Manager at Chinook Trucking", CAL, "CA",
            "Driver Manager", "Chinook Trucking",
            ["Hours of Service", "Samsara", "TMW Suite", "ACE/ACI eManifest", "Flatbed"],
            [("Driver Manager", "Chinook Trucking", "2019-03", None,
              ["Runs a board of 35 flatbed drivers on cross-border lanes",
               "Handles breakdowns, reroutes and Hours of Service checks in Samsara"]),
             ("Operations Coordinator", "Bow Valley Haulage", "2017-09", "2019-03", [])],
            [("Mount Royal University", "Diploma", "Business Administration")])),
        J(2, "fleet coordinator: assigns tractors to loads, Samsara, Hours of Service, eManifest; McLeod rather than TMW (the ad takes a similar TMS)",
          P("Ana Sousa", "Fleet Coordinator | Samsara, Hours of Service, McLeod LoadMaster", CAL, "CA",
            "Fleet Coordinator", "Prairie Sky Logistics",
            ["Samsara", "Hours of Service", "ACE/ACI eManifest", "McLeod LoadMaster", "Route Planning"],
            [("Fleet Coordinator", "Prairie Sky Logistics", "2022-01", None,
              ["Assigns 45 tractors and trailers to daily loads and tracks them in Samsara"])],
            [("SAIT", "Certificate", "Logistics")], open_to_work=True)),
        J(2, "transportation coordinator in Airdrie (30 km): TMW Suite, eManifests, Hours of Service, Samsara, 4 years",
          P("Connor Walsh", "Transportation Coordinator · TMW Suite · eManifest", "Airdrie, Alberta, Canada", "CA",
            "Transportation Coordinator", "Rocky View Carriers",
            ["TMW Suite", "Hours of Service", "ACE/ACI eManifest", "Samsara", "Shipment Tracking"],
            [("Transportation Coordinator", "Rocky View Carriers", "2021-02", None,
              ["Builds ACE and ACI eManifests for 80 cross-border loads a week",
               "Updates shippers on pickup and delivery times"])],
            [("University of Calgary", "BComm", "Supply Chain Management")])),
        J(2, "linehaul planner: TMW Suite, DAT, flatbed, Hours of Service, 9 years, Calgary",
          P("Daniel Kowalski", "Linehaul Planner | TMW Suite, DAT Load Board, Flatbed", CAL, "CA",
            "Linehaul Planner", "Foothills Transport Ltd.",
            ["TMW Suite", "Linehaul Planning", "Hours of Service", "Samsara", "DAT Load Board", "Flatbed"],
            [("Linehaul Planner", "Foothills Transport Ltd.", "2018-06", None,
              ["Plans overnight linehaul between Calgary, Edmonton and Vancouver"]),
             ("Driver Manager", "Chinook Trucking", "2016-01", "2018-06", [])],
            [("SAIT", "Diploma", "Supply Chain Management")])),
        J(1, "brokerage-side coordinator: DAT and eManifests, but books outside carriers and has no own drivers or Hours of Service",
          P("Priyanka Sharma", "Logistics Coordinator at a Calgary 3PL | DAT Load Board, Carrier Sourcing", CAL, "CA",
            "Logistics Coordinator", "Stampede Logistics Group",
            ["DAT Load Board", "Carrier Sourcing", "ACE/ACI eManifest", "Shipment Tracking", "Excel"],
            [("Logistics Coordinator", "Stampede Logistics Group", "2022-03", None,
              ["Books outside carriers for truckload shipments and tracks them to delivery"])],
            [("University of Calgary", "BComm", "Marketing")])),
        J(1, "a load planner of barely one year where the ad asks two; no eManifest yet",
          P("Ethan Lavoie", "Junior Load Planner | Samsara · Hours of Service", CAL, "CA",
            "Junior Load Planner", "Nose Hill Carriers",
            ["Samsara", "Hours of Service", "TMW Suite"],
            [("Junior Load Planner", "Nose Hill Carriers", "2024-03", None, [])],
            [("SAIT", "Certificate", "Logistics")], open_to_work=True)),
        J(0, "'Freight' in the title, but ocean and air forwarding and customs paperwork: no trucks, no drivers",
          P("Olivia Chen", "Freight Forwarding Coordinator | Customs, Incoterms, CargoWise", CAL, "CA",
            "Freight Forwarding Coordinator", "Westwind Global Forwarding",
            ["Customs Documentation", "Incoterms", "CargoWise", "Ocean Shipping", "Air Cargo"],
            [("Freight Forwarding Coordinator", "Westwind Global Forwarding", "2020-10", None, [])],
            [("University of Calgary", "BA", "Economics")]), trap="homonym"),
        J(0, "'Dispatcher', but emergency 911 dispatch for police, fire and EMS",
          P("Mark Thompson", "911 Dispatcher | Emergency Communications", CAL, "CA",
            "911 Dispatcher", "Bow Region Emergency Communications Centre",
            ["CAD Systems", "Call Taking", "Radio Communications", "Crisis Intervention"],
            [("911 Dispatcher", "Bow Region Emergency Communications Centre", "2018-04", None, [])],
            [("Bow Valley College", "Certificate", "Emergency Communications")]), trap="homonym"),
        J(0, "'Freight' again: a railway conductor working freight trains",
          P("Jordan Blake", "Freight Conductor at Western Plains Railway", CAL, "CA",
            "Freight Conductor", "Western Plains Railway",
            ["Railway Operating Rules", "Switching", "Air Brake Tests", "Train Crew Safety"],
            [("Freight Conductor", "Western Plains Railway", "2019-08", None, [])],
            [("SAIT", "Certificate", "Railway Conductor")]), trap="homonym"),
        J(0, "a transportation recruiter whose headline names dispatch roles",
          P("Stephanie Roy", "Transportation Recruiter | Hiring Dispatchers, Driver Managers & Class 1 Drivers across Alberta",
            CAL, "CA", "Transportation Recruiter", "Highway 2 Talent",
            ["Driver Recruiting", "Sourcing", "Hours of Service", "Onboarding"],
            [("Transportation Recruiter", "Highway 2 Talent", "2021-11", None, [])],
            [("Mount Royal University", "BA", "Psychology")]), trap="recruiter"),
        J(0, "a supply-chain diploma student looking for a co-op",
          P("Aiden Marshall", "Supply Chain Management student at SAIT | looking for a dispatch co-op", CAL, "CA",
            "Student", None, ["Excel", "Route Planning", "Logistics"], [],
            [("SAIT", "Diploma", "Supply Chain Management")], open_to_work=True, years=0.0), trap="student"),
        J(0, "the right planner for cross-border loads, but in Great Falls, Montana, United States; the ad is on-site in Calgary",
          P("Cody Larsen", "Load Planner | McLeod, Samsara, Hours of Service, ACE/ACI eManifest",
            "Great Falls, Montana, United States", "US",
            "Load Planner", "Big Sky Line Haul",
            ["McLeod LoadMaster", "Samsara", "Hours of Service", "ACE/ACI eManifest", "DAT Load Board"],
            [("Load Planner", "Big Sky Line Haul", "2020-07", None, [])],
            [("Montana State University", "BS", "Business")]), trap="wrong_country"),
        J(0, "a Class 1 driver: drives the trucks rather than planning them",
          P("Gurpreet Sandhu", "Class 1 Driver | Flatbed, Load Securement, Cross-border", CAL, "CA",
            "Class 1 Truck Driver", "Chinook Trucking",
            ["Class 1 Licence", "Hours of Service", "Flatbed", "Load Securement", "FAST Card"],
            [("Class 1 Truck Driver", "Chinook Trucking", "2017-05", None, [])],
            [("Calgary Truck Driving School", "Certificate", "Class 1 MELT")])),
    ],
})

# 4 -------------------------------------------------------------------------
MEL = "Melbourne, Victoria, Australia"
ADS.append({
    "id": "ts-social-media-melbourne",
    "field": "communications",
    "language": "en",
    "title": "Social Media Manager",
    "jobDescription": (
        "Yarra Bay Wellness is an Australian skincare and supplements brand sold online and in 400 "
        "pharmacies. We are hiring a Social Media Manager to own our organic channels and lead a "
        "team of two content creators.\n\n"
        "What you will do:\n"
        "- Plan and run the monthly content calendar across Instagram, TikTok, Facebook and LinkedIn\n"
        "- Brief, shoot and edit short-form video (Adobe Premiere Pro, CapCut) and design assets in Canva\n"
        "- Schedule and publish in Hootsuite; answer comments and DMs and grow our community\n"
        "- Work with creators and influencers on paid partnerships\n"
        "- Report weekly on reach, engagement and conversions from Meta Business Suite and Google Analytics 4\n\n"
        "Requirements:\n"
        "- 4+ years running brand channels, ideally in beauty, health or retail\n"
        "- A portfolio of short-form video that performed\n"
        "- Hootsuite, Meta Business Suite and Google Analytics 4\n"
        "- Strong copywriting and an eye for trends\n"
        "- Experience leading or mentoring a small team\n\n"
        "Nice to have: influencer marketing, TikTok Shop.\n\n"
        "Hybrid: three days a week at our Richmond office in Melbourne. No agencies, please."
    ),
    "location": "Melbourne VIC, Australia",
    "query": None,
    "limit": 10,
    "_country": "AU",
    "_acronyms": ["smm"],
    "judgements": [
        J(2, "content and community lead at a skincare brand: Instagram, TikTok, Hootsuite, Premiere Pro, Meta Business Suite, GA4, leads two creators, 6 years",
          P("Chloe Nguyen", "Content & Community Lead | Instagram · TikTok · Hootsuite", MEL, "AU",
            "Content & Community Lead", "Fitzroy Skin Co.",
            ["Instagram", "TikTok", "Hootsuite", "Canva", "Adobe Premiere Pro", "Meta Business Suite",
             "Google Analytics 4", "Copywriting"],
            [("Content & Community Lead", "Fitzroy Skin Co.", "2021-08", None,
              ["Leads two content creators and the monthly content calendar for a skincare brand",
               "Grew TikTok from 8k to 210k followers in 18 months"]),
             ("Content Producer", "Southbank Creative", "2019-02", "2021-08", [])],
            [("RMIT University", "Bachelor of Communication", "Advertising")])),
        J(2, "digital content lead at a beauty group: TikTok Shop and influencer marketing (both pluses), CapCut, Canva, 5 years",
          P("Sophie Kelly", "Digital Content Lead · TikTok · Influencer Marketing · CapCut", MEL, "AU",
            "Digital Content Lead", "Prahran Beauty Group",
            ["TikTok", "Instagram", "CapCut", "Canva", "Influencer Marketing", "Meta Business Suite", "TikTok Shop"],
            [("Digital Content Lead", "Prahran Beauty Group", "2022-02", None,
              ["Launched the brand's TikTok Shop: A$1.2M in the first year",
               "Runs paid partnerships with 60 creators"]),
             ("Content Coordinator", "Chapel St Retail", "2020-01", "2022-02", [])],
            [("Swinburne University of Technology", "Bachelor of Business", "Marketing")], open_to_work=True)),
        J(2, "head of community at a fitness app: leads a team of three across the ad's channels, Hootsuite, GA4; a step above, still a fit",
          P("James Papadopoulos", "Head of Community at Stride Fitness", MEL, "AU",
            "Head of Community", "Stride Fitness",
            ["Community Engagement", "Instagram", "Facebook", "Hootsuite", "Google Analytics 4",
             "Team Leadership", "Copywriting"],
            [("Head of Community", "Stride Fitness", "2021-03", None,
              ["Leads a team of three across Instagram, Facebook and TikTok",
               "Weekly reach and engagement reporting to the exec team"]),
             ("Community Lead", "Yarraville Digital", "2017-06", "2021-03", [])],
            [("Deakin University", "Bachelor of Arts", "Journalism")])),
        J(2, "digital engagement specialist for a pharmacy chain (the ad's retail channel): Instagram, TikTok, Hootsuite, Meta Business Suite, mentors a junior, 4 years",
          P("Mia Rossi", "Digital Engagement Specialist | Instagram, TikTok, LinkedIn, Hootsuite", MEL, "AU",
            "Digital Engagement Specialist", "Southern Cross Pharmacy Group",
            ["Instagram", "TikTok", "LinkedIn", "Hootsuite", "Canva", "Copywriting", "Meta Business Suite"],
            [("Digital Engagement Specialist", "Southern Cross Pharmacy Group", "2021-04", None,
              ["Runs the organic channels of a 300-store pharmacy chain",
               "Mentors a junior designer"])],
            [("Monash University", "Bachelor of Arts", "Communications")])),
        J(2, "organic content lead at an activewear brand: short-form video in Premiere Pro and CapCut, TikTok Shop, GA4, team of two, 5 years, Richmond",
          P("Ella Thompson", "Organic Content Lead · TikTok · Adobe Premiere Pro · Google Analytics 4",
            "Richmond, Victoria, Australia", "AU",
            "Organic Content Lead", "Cremorne Activewear",
            ["TikTok", "Instagram", "Adobe Premiere Pro", "CapCut", "Google Analytics 4", "TikTok Shop", "Hootsuite"],
            [("Organic Content Lead", "Cremorne Activewear", "2022-06", None,
              ["Shoots and edits 15 short-form videos a week with a team of two"]),
             ("Content Creator", "Collingwood Studio", "2020-03", "2022-06", [])],
            [("RMIT University", "Bachelor of Design", "Photography")])),
        J(1, "runs a brand's channels in Melbourne, but 2 years where the ad asks 4, and no team to lead",
          P("Zoe Harris", "Community Coordinator | Instagram, Facebook, Canva", MEL, "AU",
            "Community Coordinator", "Northcote Naturals",
            ["Instagram", "Facebook", "Canva", "Hootsuite", "Copywriting"],
            [("Community Coordinator", "Northcote Naturals", "2023-03", None, [])],
            [("La Trobe University", "Bachelor of Arts", "Communications")], open_to_work=True)),
        J(1, "council channels in Geelong (75 km): Hootsuite, copywriting, GA4, 6 years, but little short-form video or brand work",
          P("Liam O'Brien", "Digital Communications Officer | Facebook, LinkedIn, Hootsuite",
            "Geelong, Victoria, Australia", "AU",
            "Digital Communications Officer", "Corio Bay City Council",
            ["Facebook", "LinkedIn", "Canva", "Copywriting", "Hootsuite", "Google Analytics 4"],
            [("Digital Communications Officer", "Corio Bay City Council", "2019-05", None, [])],
            [("Deakin University", "Bachelor of Communication", "Public Relations")])),
        J(0, "'Social' in the title, but a social worker in family services",
          P("Rebecca Walsh", "Social Worker | Family Violence, Child Protection", MEL, "AU",
            "Social Worker", "Maribyrnong Family Services",
            ["Case Management", "Family Violence", "Child Protection", "Mental Health"],
            [("Social Worker", "Maribyrnong Family Services", "2018-02", None, [])],
            [("University of Melbourne", "Master of Social Work", "Social Work")]), trap="homonym"),
        J(0, "'Media' in the title, but an agency media buyer who buys paid advertising space",
          P("Nathan Lee", "Media Buyer | Programmatic, TV & Out-of-Home", MEL, "AU",
            "Media Buyer", "Spencer Street Media",
            ["Programmatic", "TV Buying", "Out-of-Home", "Budget Pacing", "Media Planning"],
            [("Media Buyer", "Spencer Street Media", "2020-01", None, [])],
            [("Monash University", "Bachelor of Commerce", "Marketing")]), trap="homonym"),
        J(0, "'Social' and 'Manager': runs social-housing tenancies",
          P("Karen Mitchell", "Social Housing Manager | Tenancy, Asset Management", MEL, "AU",
            "Social Housing Manager", "Merri Creek Housing",
            ["Tenancy Management", "Community Housing", "Asset Management", "Stakeholder Engagement"],
            [("Social Housing Manager", "Merri Creek Housing", "2016-09", None, [])],
            [("Victoria University", "Bachelor of Arts", "Community Development")]), trap="homonym"),
        J(0, "an agency recruiter for social-media and content roles",
          P("Hayley Brown", "Talent Partner | Social Media, Content & Marketing roles – Melbourne", MEL, "AU",
            "Talent Partner", "Laneway Talent",
            ["Recruitment", "Sourcing", "LinkedIn Recruiter", "Employer Branding", "Social Media"],
            [("Talent Partner", "Laneway Talent", "2022-01", None, [])],
            [("University of Melbourne", "Bachelor of Arts", "Psychology")]), trap="recruiter"),
        J(0, "a social-media intern still at university",
          P("Grace Wong", "Social Media Intern at Fitzroy Skin Co. | Monash University", MEL, "AU",
            "Social Media Intern", "Fitzroy Skin Co.",
            ["Instagram", "Canva", "TikTok"],
            [("Social Media Intern", "Fitzroy Skin Co.", "2025-02", None, [])],
            [("Monash University", "Bachelor of Media Communication", "Media")]), trap="intern"),
        J(0, "the right person, but in Melbourne, Florida, United States",
          P("Ashley Rivera", "Content & Community Lead | TikTok · Instagram · Hootsuite",
            "Melbourne, Florida, United States", "US",
            "Content & Community Lead", "Space Coast Surf Co.",
            ["TikTok", "Instagram", "Hootsuite", "Canva", "Meta Business Suite", "Google Analytics 4"],
            [("Content & Community Lead", "Space Coast Surf Co.", "2020-05", None, [])],
            [("University of Central Florida", "BA", "Advertising")]), trap="wrong_country"),
        J(0, "search engine optimisation, not community or short-form video",
          P("Tom Gallagher", "SEO Specialist | Ahrefs, Google Search Console, GA4", MEL, "AU",
            "SEO Specialist", "Docklands Digital",
            ["SEO", "Ahrefs", "Google Search Console", "Google Analytics 4", "Content Briefs"],
            [("SEO Specialist", "Docklands Digital", "2020-08", None, [])],
            [("RMIT University", "Bachelor of Business", "Marketing")])),
    ],
})

# 5 -------------------------------------------------------------------------
CORK = "Cork, County Cork, Ireland"
ADS.append({
    "id": "ts-customer-service-cork",
    "field": "customer_support",
    "language": "en",
    "title": "Customer Service Representative",
    "jobDescription": (
        "Lee Valley Energy supplies electricity and gas to 350,000 homes across Ireland. We are "
        "hiring a Customer Service Representative for our Cork contact centre, looking after "
        "households by phone, live chat and email.\n\n"
        "What you will do:\n"
        "- Handle inbound calls, live chat and email about bills, meter readings, moving home and payment plans\n"
        "- Log and resolve cases in Salesforce and follow them up until they are closed\n"
        "- Handle complaints in line with the CRU code of practice and escalate when needed\n"
        "- Spot households in arrears or in vulnerable circumstances and set up payment plans or priority registration\n"
        "- Meet quality and first-contact resolution targets\n\n"
        "Requirements:\n"
        "- 1+ year in a contact centre or another phone-based role with the public\n"
        "- Salesforce or Zendesk\n"
        "- Complaint handling and de-escalation\n"
        "- Clear written and spoken English; Irish (Gaeilge) is a plus\n"
        "- Comfortable with Genesys or another cloud telephony system\n\n"
        "Nice to have: a utilities, telecoms or banking background, billing knowledge.\n\n"
        "Full-time, Monday to Friday on an 8am-8pm rota, plus one Saturday morning a month. Hybrid "
        "after training: three days a week in our Cork office. No agencies, please."
    ),
    "location": "Cork, Ireland",
    "query": None,
    "limit": 10,
    "_country": "IE",
    "_acronyms": ["csr"],
    "judgements": [
        J(2, "client care advisor at a telco: Salesforce, Genesys, complaints, live chat, billing, 3 years on the phones, Cork",
          P("Aoife Murphy", "Client Care Advisor | Salesforce · Genesys · Complaint Handling", CORK, "IE",
            "Client Care Advisor", "Shandon Telecom",
            ["Salesforce", "Genesys", "Complaint Handling", "Inbound Calls", "Live Chat", "Billing"],
            [("Client Care Advisor", "Shandon Telecom", "2022-01", None,
              ["Handles 60 calls and chats a day about bills, upgrades and faults",
               "Top quality score on the team for 2024"]),
             ("Retail Assistant", "Patrick Street Pharmacy", "2020-06", "2022-01", [])],
            [("Cork College of FET", "QQI Level 5", "Business Administration")])),
        J(2, "contact centre agent at an insurer: Zendesk, Genesys, complaints, de-escalation, 2 years, Cork",
          P("Seán O'Sullivan", "Contact Centre Agent at Mahon Insurance", CORK, "IE",
            "Contact Centre Agent", "Mahon Insurance DAC",
            ["Zendesk", "Genesys", "Complaint Handling", "De-escalation", "Inbound Calls"],
            [("Contact Centre Agent", "Mahon Insurance DAC", "2023-02", None,
              ["Inbound calls and email on policies, renewals and claims status"])],
            [("Munster Technological University", "Higher Certificate", "Business")], open_to_work=True)),
        J(2, "member support agent at a credit union: Salesforce, payment plans for members in arrears, complaints, live chat, 4 years",
          P("Niamh Kelleher", "Member Support Agent | Salesforce, Payment Plans, Arrears Support", CORK, "IE",
            "Member Support Agent", "Glen Credit Union",
            ["Salesforce", "Payment Plans", "Arrears Support", "Complaint Handling", "Live Chat", "Inbound Calls"],
            [("Member Support Agent", "Glen Credit Union", "2021-03", None,
              ["Sets up payment plans for members in arrears",
               "Flags vulnerable members for priority support"])],
            [("University College Cork", "BA", "Economics")])),
        J(2, "account care advisor at an energy supplier, the ad's own work: billing, meter readings, CRU complaints, Genesys, Irish, 5 years, Ballincollig (8 km)",
          P("Ciarán Walsh", "Account Care Advisor · Salesforce · Billing · Meter Readings",
            "Ballincollig, County Cork, Ireland", "IE",
            "Account Care Advisor", "Munster Gas & Power",
            ["Salesforce", "Billing", "Meter Readings", "Complaint Handling", "Genesys", "Irish (Gaeilge)"],
            [("Account Care Advisor", "Munster Gas & Power", "2020-05", None,
              ["Energy bills, meter readings and home moves by phone and email",
               "Handles complaints under the CRU code of practice"])],
            [("Coláiste Choilm", "Leaving Certificate", "General")])),
        J(2, "call centre agent at a broadband provider: Zendesk, billing, de-escalation, live chat, 1.5 years, Cork",
          P("Emma Byrne", "Call Centre Agent | Zendesk, Inbound Calls, Billing", CORK, "IE",
            "Call Centre Agent", "Brookfield Broadband",
            ["Zendesk", "Inbound Calls", "Billing", "De-escalation", "Live Chat"],
            [("Call Centre Agent", "Brookfield Broadband", "2023-11", None, [])],
            [("Cork College of FET", "QQI Level 5", "Office Administration")])),
        J(1, "team lead over 12 client-care advisors: every skill, but a step above an agent role",
          P("Declan Hurley", "Team Lead, Client Care | Genesys, Salesforce, Coaching", CORK, "IE",
            "Team Lead, Client Care", "Shandon Telecom",
            ["Genesys", "Salesforce", "Coaching", "Complaint Handling", "Quality Assurance"],
            [("Team Lead, Client Care", "Shandon Telecom", "2021-06", None,
              ["Leads 12 advisors on calls and chat"]),
             ("Client Care Advisor", "Shandon Telecom", "2017-09", "2021-06", [])],
            [("Munster Technological University", "BBus", "Business Studies")])),
        J(1, "back-office complaints by letter and email: complaint handling and Salesforce, little phone or chat work",
          P("Orla Doyle", "Complaints Handler at Mardyke Bank", CORK, "IE",
            "Complaints Handler", "Mardyke Bank",
            ["Complaint Handling", "Salesforce", "Written Communication", "Case Investigation"],
            [("Complaints Handler", "Mardyke Bank", "2022-04", None, [])],
            [("University College Cork", "BA", "English")])),
        J(0, "'Customer' in the title, but a SaaS account manager who owns renewals",
          P("Rory Fitzgerald", "Customer Success Manager | SaaS, Renewals, Gainsight", CORK, "IE",
            "Customer Success Manager", "Tidal Ledger Software",
            ["Account Management", "Renewals", "Onboarding", "Gainsight", "Salesforce"],
            [("Customer Success Manager", "Tidal Ledger Software", "2020-02", None, [])],
            [("University College Cork", "BComm", "Commerce")]), trap="homonym"),
        J(0, "'Service' in the title: installs and repairs medical equipment on site",
          P("Brian Coughlan", "Field Service Engineer | Medical Devices", CORK, "IE",
            "Field Service Engineer", "Little Island Medical Systems",
            ["Equipment Installation", "Preventive Maintenance", "Troubleshooting", "Electromechanical Repair"],
            [("Field Service Engineer", "Little Island Medical Systems", "2018-06", None, [])],
            [("Munster Technological University", "BEng", "Mechanical Engineering")]), trap="homonym"),
        J(0, "'Representative': a field sales rep visiting clinics",
          P("Sinéad Lynch", "Medical Sales Representative | Munster territory", CORK, "IE",
            "Medical Sales Representative", "Corrib Pharma",
            ["Territory Management", "B2B Sales", "Product Demonstrations", "Key Account Management"],
            [("Medical Sales Representative", "Corrib Pharma", "2019-03", None, [])],
            [("University College Cork", "BSc", "Biochemistry")]), trap="homonym"),
        J(0, "an agency recruiter for contact-centre jobs",
          P("Gavin Barry", "Recruitment Consultant | Customer Service & Contact Centre jobs in Cork", CORK, "IE",
            "Recruitment Consultant", "Leeside Recruitment",
            ["Recruitment", "Volume Hiring", "Sourcing", "Customer Service"],
            [("Recruitment Consultant", "Leeside Recruitment", "2021-09", None, [])],
            [("University College Cork", "BA", "Sociology")]), trap="recruiter"),
        J(0, "an undergraduate with a weekend café job",
          P("Ciara Nolan", "Business Information Systems student at University College Cork | part-time barista", CORK, "IE",
            "Student", None, ["Excel", "Customer Service", "Teamwork"], [],
            [("University College Cork", "BSc", "Business Information Systems")], open_to_work=True, years=0.0),
          trap="student"),
        J(0, "the right person, but in Glasgow (United Kingdom); the ad wants three days a week in Cork",
          P("Laura McKenzie", "Client Care Advisor | Salesforce, Genesys, Complaint Handling",
            "Glasgow, Scotland, United Kingdom", "GB",
            "Client Care Advisor", "Clyde Energy",
            ["Salesforce", "Genesys", "Complaint Handling", "Billing", "Live Chat"],
            [("Client Care Advisor", "Clyde Energy", "2021-10", None, [])],
            [("Glasgow Clyde College", "HNC", "Business")]), trap="wrong_country"),
        J(0, "a credit controller chasing business invoices: phone work, but finance, not a household contact centre",
          P("Padraig Kenny", "Credit Controller | Accounts Receivable, Sage", CORK, "IE",
            "Credit Controller", "Marina Foods",
            ["Credit Control", "Accounts Receivable", "Sage", "Debt Collection"],
            [("Credit Controller", "Marina Foods", "2019-11", None, [])],
            [("Munster Technological University", "BBus", "Accounting")])),
    ],
})

# 6 -------------------------------------------------------------------------
KOE = "Köln, Nordrhein-Westfalen, Deutschland"
ADS.append({
    "id": "ts-zfa-koeln",
    "field": "dental",
    "language": "de",
    "title": "Zahnmedizinische Fachangestellte (m/w/d)",
    "jobDescription": (
        "Die Zahnarztpraxis Dr. Berger & Kollegen in Köln-Ehrenfeld (vier Behandler, sieben "
        "Behandlungszimmer) sucht ab sofort eine Zahnmedizinische Fachangestellte (m/w/d) in "
        "Vollzeit oder Teilzeit.\n\n"
        "Ihre Aufgaben:\n"
        "- Stuhlassistenz bei konservierender Behandlung, Prothetik und Implantologie\n"
        "- Hygiene und Sterilgutaufbereitung nach RKI-Richtlinien\n"
        "- Anfertigen von Röntgenaufnahmen (OPG, Zahnfilme) mit gültigem Röntgenschein\n"
        "- Abrechnung nach BEMA und GOZ im Praxisprogramm Dampsoft\n"
        "- Terminvergabe und Betreuung unserer Patientinnen und Patienten am Empfang\n\n"
        "Ihr Profil:\n"
        "- Abgeschlossene Ausbildung als ZFA oder Zahnarzthelferin/Zahnarzthelfer\n"
        "- Mindestens 2 Jahre Berufserfahrung in der Stuhlassistenz\n"
        "- Aktuelle Kenntnisse im Strahlenschutz (Röntgenschein)\n"
        "- Sicher in der BEMA/GOZ-Abrechnung und in Dampsoft (oder vergleichbarer Software)\n"
        "- Freundliches Auftreten und Teamgeist\n\n"
        "Von Vorteil: Fortbildung zur Prophylaxeassistentin (ZMP) oder Erfahrung in der PZR.\n\n"
        "Wir bieten: unbefristeter Vertrag, Vergütung über Tarif, 30 Urlaubstage, Jobrad, "
        "Fortbildungsbudget, keine Samstagsdienste.\n\n"
        "Bewerbungen bitte direkt an die Praxis, keine Vermittlungsagenturen."
    ),
    "location": "Köln",
    "query": None,
    "limit": 10,
    "_country": "DE",
    "_acronyms": ["zfa"],
    "judgements": [
        J(2, "Zahnarzthelferin (the pre-2001 name of the same job): Stuhlassistenz, BEMA/GOZ, Röntgenschein, Dampsoft, 24 years, Köln",
          P("Sabine Krämer", "Zahnarzthelferin | Stuhlassistenz, Prothetik, Abrechnung BEMA/GOZ", KOE, "DE",
            "Zahnarzthelferin", "Zahnarztpraxis am Rathenauplatz",
            ["Stuhlassistenz", "Prothetik", "Abrechnung BEMA/GOZ", "Röntgenschein", "Dampsoft", "Sterilgutaufbereitung"],
            [("Zahnarzthelferin", "Zahnarztpraxis am Rathenauplatz", "2008-04", None,
              ["Stuhlassistenz bei Prothetik und Implantologie",
               "Abrechnung nach BEMA und GOZ in Dampsoft"]),
             ("Zahnarzthelferin", "Praxis Dr. Hoffmann", "2001-08", "2008-04", [])],
            [("Berufskolleg Ehrenfeld", "Abschlussprüfung vor der Zahnärztekammer Nordrhein", "Zahnarzthelferin")])),
        J(2, "Behandlungsassistenz in surgery and implants: Stuhlassistenz, Sterilgutaufbereitung, Röntgenschein, Dampsoft, BEMA/GOZ, 6 years, Köln",
          P("Leonie Schmitz", "Behandlungsassistenz Chirurgie & Implantologie | Röntgenschein · Dampsoft", KOE, "DE",
            "Behandlungsassistenz (Chirurgie & Implantologie)", "Praxisklinik Ehrenfeld",
            ["Stuhlassistenz", "Implantologie", "Sterilgutaufbereitung", "Röntgenschein", "Dampsoft", "Abrechnung BEMA/GOZ"],
            [("Behandlungsassistenz (Chirurgie & Implantologie)", "Praxisklinik Ehrenfeld", "2020-09", None,
              ["Assistenz bei Implantationen und Sinuslifts",
               "Hygienebeauftragte der Praxis"]),
             ("Stuhlassistenz", "Zahnarztpraxis Nippes", "2019-08", "2020-09", [])],
            [("Berufskolleg Köln-Süd", "Berufsabschluss (Zahnärztekammer Nordrhein)", "Zahnheilkunde")])),
        J(2, "UK-trained dental nurse working in Köln: chairside, radiography with the German Röntgenschein, BEMA/GOZ, Dampsoft, 6 years",
          P("Charlotte Evans", "Dental Nurse (GDC registered) · Chairside Assisting · Dental Radiography", KOE, "DE",
            "Dental Nurse", "Zahnzentrum Deutz",
            ["Chairside Assisting", "Dental Radiography", "Decontamination", "Röntgenschein", "Dampsoft",
             "Abrechnung BEMA/GOZ", "Deutsch B2"],
            [("Dental Nurse", "Zahnzentrum Deutz", "2022-03", None,
              ["Stuhlassistenz für zwei Behandler, seit 2023 mit deutschem Röntgenschein"]),
             ("Dental Nurse", "Bristol Smile Clinic", "2019-09", "2022-03", [])],
            [("Bristol Dental Hospital", "NEBDN National Diploma", "Dental Nursing")], open_to_work=True)),
        J(2, "Dentalassistentin trained in Switzerland, working in Köln: Stuhlassistenz, Röntgenschein, BEMA/GOZ, Charly (comparable software), 4 years",
          P("Fatma Yılmaz", "Dentalassistentin EFZ | Stuhlassistenz, Röntgen, Charly", KOE, "DE",
            "Dentalassistentin", "Zahnarztpraxis Sülz",
            ["Stuhlassistenz", "Röntgenschein", "Sterilgutaufbereitung", "Abrechnung BEMA/GOZ", "Charly"],
            [("Dentalassistentin", "Zahnarztpraxis Sülz", "2021-10", None,
              ["Stuhlassistenz in der konservierenden Zahnheilkunde und Endodontie",
               "Abrechnung BEMA/GOZ in Charly"])],
            [("Berufsfachschule Basel", "EFZ", "Dentalassistentin")])),
        J(2, "Prophylaxeassistentin: every must-have plus the ad's bonus (prophylaxis training, PZR), 9 years, Köln",
          P("Julia Becker", "Prophylaxeassistentin | PZR · Stuhlassistenz · Röntgenschein", KOE, "DE",
            "Prophylaxeassistentin", "Praxis für Zahnheilkunde Lindenthal",
            ["PZR", "Prophylaxe", "Stuhlassistenz", "Röntgenschein", "Abrechnung BEMA/GOZ", "Dampsoft"],
            [("Prophylaxeassistentin", "Praxis für Zahnheilkunde Lindenthal", "2020-04", None,
              ["Eigene Prophylaxe-Sprechstunde mit 25 PZR pro Woche"]),
             ("Stuhlassistenz", "Praxis für Zahnheilkunde Lindenthal", "2016-08", "2020-04", [])],
            [("Karl-Häupl-Institut der Zahnärztekammer Nordrhein", "Aufstiegsfortbildung", "Prophylaxe")])),
        J(1, "Praxismanagerin in Bergisch Gladbach (15 km): trained Zahnarzthelferin, strong on BEMA/GOZ and Dampsoft, but has run the office rather than the chair for 8 years",
          P("Petra Hansen", "Praxismanagerin Zahnarztpraxis | Abrechnung BEMA/GOZ · Dampsoft · QM",
            "Bergisch Gladbach, Nordrhein-Westfalen, Deutschland", "DE",
            "Praxismanagerin", "Zahnärzte am Marktplatz",
            ["Abrechnung BEMA/GOZ", "Dampsoft", "Terminvergabe", "Qualitätsmanagement", "Stuhlassistenz"],
            [("Praxismanagerin", "Zahnärzte am Marktplatz", "2017-01", None,
              ["Leitet Empfang, Abrechnung und Personalplanung eines Teams von 12"]),
             ("Zahnarzthelferin", "Zahnärzte am Marktplatz", "2004-08", "2017-01", [])],
            [("Berufskolleg Bergisch Gladbach", "Abschlussprüfung vor der Zahnärztekammer Nordrhein", "Zahnarzthelferin")])),
        J(1, "qualified last summer: Stuhlassistenz and hygiene in Köln, but under a year where the ad asks two, and no BEMA/GOZ billing yet",
          P("Lea Wagner", "Stuhlassistenz · Hygiene · Sterilgutaufbereitung", KOE, "DE",
            "Stuhlassistenz", "Zahnarztpraxis Kalk",
            ["Stuhlassistenz", "Hygiene", "Sterilgutaufbereitung", "Terminvergabe"],
            [("Stuhlassistenz", "Zahnarztpraxis Kalk", "2024-07", None, [])],
            [("Berufskolleg Köln-Süd", "Berufsabschluss (Zahnärztekammer Nordrhein)", "Zahnheilkunde")],
            open_to_work=True)),
        J(0, "Medizinische Fachangestellte: the sister trade in a GP's practice (blood draws, ECG, EBM), not dentistry",
          P("Melanie Schulz", "Medizinische Fachangestellte (MFA) | Blutabnahme, EKG, Abrechnung EBM", KOE, "DE",
            "Medizinische Fachangestellte", "Hausarztpraxis Nippes",
            ["Blutabnahme", "EKG", "Abrechnung EBM", "Praxisorganisation", "Impfmanagement"],
            [("Medizinische Fachangestellte", "Hausarztpraxis Nippes", "2017-08", None, [])],
            [("Berufskolleg Köln-Süd", "Berufsabschluss (Ärztekammer Nordrhein)", "Medizinische Fachangestellte")]),
          trap="homonym"),
        J(0, "'-fachangestellter' of a law firm: deadlines and court filings",
          P("Tobias Richter", "Rechtsanwaltsfachangestellter | Fristenkontrolle, beA, RA-MICRO", KOE, "DE",
            "Rechtsanwaltsfachangestellter", "Kanzlei Weber & Lang",
            ["Fristenkontrolle", "beA", "RA-MICRO", "Zwangsvollstreckung"],
            [("Rechtsanwaltsfachangestellter", "Kanzlei Weber & Lang", "2018-09", None, [])],
            [("Berufskolleg Ehrenfeld", "Berufsabschluss (Rechtsanwaltskammer Köln)", "Rechtsanwaltsfachangestellter")]),
          trap="homonym"),
        J(0, "'Fachangestellter' again: a pool attendant and lifeguard",
          P("Kevin Neumann", "Fachangestellter für Bäderbetriebe | Rettungsschwimmer, Badeaufsicht", KOE, "DE",
            "Fachangestellter für Bäderbetriebe", "Rheinbad Sportstätten GmbH",
            ["Rettungsschwimmer", "Badeaufsicht", "Wasseraufbereitung", "Erste Hilfe"],
            [("Fachangestellter für Bäderbetriebe", "Rheinbad Sportstätten GmbH", "2019-08", None, [])],
            [("Berufskolleg Köln-Süd", "Berufsabschluss (IHK)", "Bäderbetriebe")]), trap="homonym"),
        J(0, "a placement agent for dental practice staff",
          P("Nadine Vogel", "Personalvermittlerin Zahnmedizin | ZFA, ZMP, ZMV – Köln/Bonn", KOE, "DE",
            "Personalvermittlerin", "DentJob Rheinland",
            ["Recruiting", "Active Sourcing", "Zahnmedizin", "Stuhlassistenz"],
            [("Personalvermittlerin", "DentJob Rheinland", "2021-04", None, [])],
            [("Universität zu Köln", "B.A.", "Sozialwissenschaften")]), trap="recruiter"),
        J(0, "an apprentice in her second year of training",
          P("Emily Krause", "Auszubildende zur Zahnmedizinischen Fachangestellten (2. Ausbildungsjahr)", KOE, "DE",
            "Auszubildende zur ZFA", "Zahnarztpraxis Ehrenfeld",
            ["Stuhlassistenz", "Hygiene", "Terminvergabe"],
            [("Auszubildende zur ZFA", "Zahnarztpraxis Ehrenfeld", "2023-08", None, [])],
            [("Berufskolleg Ehrenfeld", "Ausbildung (laufend)", "Zahnmedizinische Fachangestellte")]), trap="student"),
        J(0, "the right person, but in Eupen (BE), about 100 km from Köln; the ad is for a practice in Ehrenfeld",
          P("Anja Mertens", "Zahnarzthelferin | Stuhlassistenz, Röntgen, Prophylaxe", "Eupen, Lüttich, Belgien", "BE",
            "Zahnarzthelferin", "Zahnarztpraxis Dr. Kessel",
            ["Stuhlassistenz", "Röntgenschein", "Sterilgutaufbereitung", "Prophylaxe"],
            [("Zahnarzthelferin", "Zahnarztpraxis Dr. Kessel", "2012-09", None, [])],
            [("Berufsbildende Schule Eupen", "Abschluss", "Zahnarzthelferin")]), trap="wrong_country"),
        J(0, "a dental technician in a lab: makes the crowns, never assists at the chair",
          P("Marco Esposito", "Zahntechnikermeister | Keramik, CAD/CAM, Implantatprothetik", KOE, "DE",
            "Zahntechnikermeister", "Dentallabor Rheinauhafen",
            ["Keramik", "CAD/CAM", "Implantatprothetik", "Modellguss"],
            [("Zahntechnikermeister", "Dentallabor Rheinauhafen", "2014-03", None, [])],
            [("Meisterschule für Zahntechnik Köln", "Meister", "Zahntechnik")])),
    ],
})

# 7 -------------------------------------------------------------------------
TLS = "Toulouse, Occitanie, France"
ADS.append({
    "id": "ts-maintenance-toulouse",
    "field": "facilities",
    "language": "fr",
    "title": "Agent de maintenance des bâtiments (H/F)",
    "jobDescription": (
        "La Résidence Garonne, groupe de résidences services seniors (6 sites, 540 logements en "
        "Haute-Garonne), recrute un Agent de maintenance des bâtiments (H/F) en CDI pour ses deux "
        "résidences de Toulouse (Saint-Cyprien et Compans-Caffarelli).\n\n"
        "Vos missions :\n"
        "- Dépannages et petits travaux en plomberie, électricité, peinture et menuiserie dans les "
        "logements et les parties communes\n"
        "- Remise en état des appartements entre deux locataires\n"
        "- Entretien courant des installations CVC et contrôle des équipements de sécurité incendie\n"
        "- Suivi des interventions dans la GMAO et accueil des entreprises extérieures\n"
        "- Astreinte technique une semaine sur six\n\n"
        "Profil recherché :\n"
        "- Au moins 3 ans d'expérience en entretien de bâtiments, en résidence, en hôtellerie ou en second œuvre\n"
        "- Habilitation électrique BR / B1V à jour\n"
        "- Polyvalence : plomberie, électricité, peinture\n"
        "- CACES R486 (nacelle) apprécié\n"
        "- Permis B indispensable (déplacements entre les deux sites)\n\n"
        "Nous offrons : CDI 35 h, 13e mois, véhicule de service, tickets restaurant, mutuelle prise "
        "en charge à 60 %.\n\n"
        "Pas d'agences d'intérim."
    ),
    "location": "Toulouse",
    "query": None,
    "limit": 10,
    "_country": "FR",
    "_acronyms": [],
    "judgements": [
        J(2, "technicien multiservices in a senior residence: plomberie, électricité, peinture, menuiserie, BR/B1V, GMAO, 8 years, Toulouse",
          P("Karim Benali", "Technicien multiservices | Plomberie · Électricité · Peinture", TLS, "FR",
            "Technicien multiservices", "Résidences Les Tilleuls",
            ["Plomberie", "Électricité", "Peinture", "Menuiserie", "Habilitation électrique BR / B1V", "GMAO"],
            [("Technicien multiservices", "Résidences Les Tilleuls", "2019-03", None,
              ["Dépannages plomberie et électricité dans 120 logements seniors",
               "Remise en état des appartements entre deux locataires"]),
             ("Ouvrier polyvalent", "Marty Rénovation", "2017-01", "2019-03", [])],
            [("Lycée professionnel Saint-Cyprien", "Bac pro", "Métiers de l'électricité et de ses environnements connectés")])),
        J(2, "ouvrier polyvalent d'entretien in social housing: plomberie, peinture, électricité, BR/B1V, GMAO, permis B, 5 years, Toulouse",
          P("Julien Garcia", "Ouvrier polyvalent d'entretien · Plomberie · Peinture · Électricité", TLS, "FR",
            "Ouvrier polyvalent d'entretien", "Office Garonne Habitat",
            ["Plomberie", "Peinture", "Électricité", "Habilitation électrique BR / B1V", "Permis B", "Remise en état"],
            [("Ouvrier polyvalent d'entretien", "Office Garonne Habitat", "2020-06", None,
              ["Petits travaux et dépannages dans 900 logements sociaux",
               "Suivi des interventions dans la GMAO"])],
            [("Lycée professionnel Saint-Cyprien", "CAP", "Peintre applicateur de revêtements")], open_to_work=True)),
        J(2, "homme d'entretien (the old name for the job) in a senior residence: every trade plus CVC upkeep and on-call, 12 years, Blagnac (8 km)",
          P("Michel Fabre", "Homme d'entretien · Résidences seniors · Plomberie, Électricité, Menuiserie",
            "Blagnac, Occitanie, France", "FR",
            "Homme d'entretien", "Résidence Les Cèdres",
            ["Plomberie", "Électricité", "Menuiserie", "Peinture", "CVC", "Permis B"],
            [("Homme d'entretien", "Résidence Les Cèdres", "2013-02", None,
              ["Entretien courant de la chaufferie et des installations CVC",
               "Seul technicien du site : 140 logements, astreintes"])],
            [("Lycée professionnel Saint-Cyprien", "CAP", "Menuisier fabricant")])),
        J(2, "technicienne multitechnique in a 200-room hotel (the ad accepts hôtellerie): CVC, sécurité incendie, BR/B1V, GMAO, CACES R486, 8 years",
          P("Sarah Lopez", "Technicienne multitechnique | CVC · Sécurité incendie · Habilitation électrique BR / B1V", TLS, "FR",
            "Technicienne multitechnique", "Capitole Hôtels & Résidences",
            ["CVC", "Plomberie", "Électricité", "Habilitation électrique BR / B1V", "Sécurité incendie", "GMAO", "CACES R486"],
            [("Technicienne multitechnique", "Capitole Hôtels & Résidences", "2019-09", None,
              ["Interventions en chambres et parties communes d'un hôtel de 200 chambres",
               "Contrôles mensuels du SSI et des extincteurs"]),
             ("Électricienne", "Sud Élec Services", "2017-09", "2019-09", [])],
            [("Lycée professionnel Saint-Cyprien", "Bac pro", "Métiers de l'électricité et de ses environnements connectés")])),
        J(2, "ouvrier tous corps d'état: every trade and the CACES R486 nacelle, 10 years, Colomiers (12 km)",
          P("Antoine Roux", "Ouvrier tous corps d'état (TCE) | Plomberie, Électricité, Peinture, Menuiserie, CACES R486",
            "Colomiers, Occitanie, France", "FR",
            "Ouvrier tous corps d'état", "Foncière du Sud-Ouest",
            ["Plomberie", "Électricité", "Peinture", "Menuiserie", "Carrelage", "CACES R486", "Permis B"],
            [("Ouvrier tous corps d'état", "Foncière du Sud-Ouest", "2018-05", None,
              ["Remise en état de bureaux et logements : plomberie, électricité, peinture, sols"]),
             ("Peintre", "Ruiz Peinture", "2015-03", "2018-05", [])],
            [("Lycée professionnel Saint-Cyprien", "CAP", "Peintre applicateur de revêtements")])),
        J(1, "gardienne d'immeuble: small repairs and painting, but no electrical clearance and mostly tenant and cleaning duties",
          P("Nadia Haddad", "Gardienne d'immeuble | Petits travaux, Peinture, Relation locataires", TLS, "FR",
            "Gardienne d'immeuble", "Office Garonne Habitat",
            ["Petits travaux", "Peinture", "Relation locataires", "Entretien des parties communes", "Permis B"],
            [("Gardienne d'immeuble", "Office Garonne Habitat", "2018-01", None, [])],
            [("Lycée Déodat de Séverac", "Bac", "STMG")])),
        J(1, "plombier chauffagiste: strong on plumbing and CVC, but no electrics or painting and no BR/B1V",
          P("Lucas Moreau", "Plombier chauffagiste | Plomberie, CVC, Soudure", TLS, "FR",
            "Plombier chauffagiste", "Chauffage Occitan SARL",
            ["Plomberie", "Chauffage", "CVC", "Soudure", "Permis B"],
            [("Plombier chauffagiste", "Chauffage Occitan SARL", "2021-01", None, [])],
            [("CFA de Muret", "CAP", "Monteur en installations thermiques")])),
        J(0, "'Agent' in the title, but a real-estate agent selling flats",
          P("Céline Dupuy", "Agent immobilier | Transaction, Estimation, Prospection", TLS, "FR",
            "Agent immobilier", "Capitole Immobilier",
            ["Transaction immobilière", "Estimation", "Prospection", "Négociation"],
            [("Agent immobilier", "Capitole Immobilier", "2019-02", None, [])],
            [("Toulouse Business School", "Bachelor", "Immobilier")]), trap="homonym"),
        J(0, "'Agent' and the fire-safety vocabulary: a fire-safety guard who patrols and watches the fire panel, no repairs",
          P("Youssef El Amrani", "Agent de sécurité incendie SSIAP 1 | Rondes, Contrôle d'accès", TLS, "FR",
            "Agent de sécurité incendie (SSIAP 1)", "Garonne Sécurité Privée",
            ["SSIAP 1", "Sécurité incendie", "Rondes", "Contrôle d'accès", "SST"],
            [("Agent de sécurité incendie (SSIAP 1)", "Garonne Sécurité Privée", "2020-10", None, [])],
            [("CFA Sécurité Toulouse", "Titre professionnel", "Agent de sûreté et de sécurité privée")]), trap="homonym"),
        J(0, "'maintenance', but on aircraft: a licensed B1 aeronautical technician",
          P("Thomas Girard", "Technicien de maintenance aéronautique (licence Part-66 B1) | A320",
            "Blagnac, Occitanie, France", "FR",
            "Technicien de maintenance aéronautique", "Aéro Maintenance Occitanie",
            ["Part-66 B1", "A320", "Maintenance en ligne", "Documentation technique"],
            [("Technicien de maintenance aéronautique", "Aéro Maintenance Occitanie", "2016-09", None, [])],
            [("Lycée Airbus", "Bac pro", "Aéronautique")]), trap="homonym"),
        J(0, "a recruiter for maintenance and building trades",
          P("Aurélie Bonnet", "Chargée de recrutement – métiers de la maintenance et du bâtiment | Toulouse", TLS, "FR",
            "Chargée de recrutement", "Occitalent RH",
            ["Recrutement", "Sourcing", "Habilitation électrique", "Maintenance"],
            [("Chargée de recrutement", "Occitalent RH", "2021-03", None, [])],
            [("Université Toulouse Capitole", "Master", "Gestion des ressources humaines")]), trap="recruiter"),
        J(0, "a vocational pupil on a work placement",
          P("Hugo Lambert", "Stagiaire services techniques – Bac pro Métiers de l'électricité", TLS, "FR",
            "Stagiaire services techniques", "Résidences Les Tilleuls",
            ["Électricité", "Peinture", "Plomberie"],
            [("Stagiaire services techniques", "Résidences Les Tilleuls", "2025-03", None, [])],
            [("Lycée professionnel Saint-Cyprien", "Bac pro (en cours)", "Métiers de l'électricité et de ses environnements connectés")]),
          trap="intern"),
        J(0, "the right technician, but in Andorra (AD), 185 km from Toulouse; the job is on site with on-call weeks",
          P("Jordi Puig", "Technicien multiservices | Plomberie, Électricité, CVC", "Andorre-la-Vieille, Andorre", "AD",
            "Technicien multiservices", "Pirineus Resorts",
            ["Plomberie", "Électricité", "CVC", "Peinture", "Habilitation électrique BR / B1V"],
            [("Technicien multiservices", "Pirineus Resorts", "2018-11", None, [])],
            [("Escola Andorrana de Batxillerat", "Batxillerat", "Ciències")]), trap="wrong_country"),
        J(0, "a landscape gardener: grounds and gardens, not building repairs",
          P("Pierre Vidal", "Jardinier paysagiste | Taille, Tonte, Arrosage automatique", TLS, "FR",
            "Jardinier paysagiste", "Espaces Verts du Lauragais",
            ["Taille", "Tonte", "Arrosage automatique", "Débroussaillage"],
            [("Jardinier paysagiste", "Espaces Verts du Lauragais", "2015-04", None, [])],
            [("Lycée agricole d'Auzeville", "Bac pro", "Aménagements paysagers")])),
    ],
})

# 8 -------------------------------------------------------------------------
MAL = "Málaga, Andalucía, España"
TS_ALOJ = ("IES Puerta del Mar", "Técnico Superior", "Gestión de Alojamientos Turísticos")
ADS.append({
    "id": "ts-hotel-reception-malaga",
    "field": "hospitality",
    "language": "es",
    "title": "Recepcionista de hotel",
    "jobDescription": (
        "Alcazaba Hoteles gestiona cuatro hoteles urbanos de 4 estrellas en la Costa del Sol. "
        "Buscamos un/a Recepcionista de hotel para nuestro establecimiento de 160 habitaciones en el "
        "centro histórico de Málaga, con contrato indefinido.\n\n"
        "Funciones:\n"
        "- Check-in y check-out de clientes, asignación de habitaciones y llegadas de grupos\n"
        "- Gestión de reservas en Opera PMS y en las extranets de Booking.com y Expedia\n"
        "- Cobros, cierre de caja y facturación de cada turno\n"
        "- Atención de incidencias y peticiones de los huéspedes en español, inglés y alemán\n"
        "- Coordinación con pisos, mantenimiento y restauración\n\n"
        "Requisitos:\n"
        "- Técnico Superior en Gestión de Alojamientos Turísticos o formación similar\n"
        "- Mínimo 2 años de experiencia en front office en establecimientos de 3 o 4 estrellas\n"
        "- Opera PMS (se valora Opera Cloud)\n"
        "- Inglés C1 y alemán B2\n"
        "- Disponibilidad para turnos rotativos de mañana, tarde y noche\n\n"
        "Se valora: experiencia como auditor/a nocturno/a, francés.\n\n"
        "Ofrecemos: contrato indefinido a jornada completa, salario según el convenio de hostelería "
        "de Málaga, comida en el centro de trabajo, formación en idiomas y plan de carrera dentro "
        "del grupo.\n\n"
        "Abstenerse agencias de selección."
    ),
    "location": "Málaga, España",
    "query": None,
    "limit": 10,
    "_country": "ES",
    "_acronyms": [],
    "judgements": [
        J(2, "front desk agent (the English name used on the coast): Opera PMS, check-in/out, Booking.com, caja, inglés C1, alemán B2, 4 years, Málaga",
          P("Lucía Fernández", "Front Desk Agent | Opera PMS · Inglés C1 · Alemán B2", MAL, "ES",
            "Front Desk Agent", "Calle Larios Suites",
            ["Opera PMS", "Check-in y check-out", "Booking.com extranet", "Cierre de caja", "Inglés C1", "Alemán B2"],
            [("Front Desk Agent", "Calle Larios Suites", "2021-04", None,
              ["Check-in y check-out de 180 habitaciones en turnos rotativos",
               "Gestión de reservas en Opera PMS y Booking.com"])],
            [TS_ALOJ])),
        J(2, "agente de front office: Opera PMS and Opera Cloud (a plus), group arrivals, facturación, inglés C1, alemán B2, francés, 3 years, Málaga",
          P("Javier Moreno", "Agente de Front Office · Opera Cloud · Inglés C1 · Alemán B2", MAL, "ES",
            "Agente de Front Office", "Grupo Malagueta Stays",
            ["Opera PMS", "Opera Cloud", "Check-in y check-out", "Facturación", "Inglés C1", "Alemán B2", "Francés B1"],
            [("Agente de Front Office", "Grupo Malagueta Stays", "2022-03", None,
              ["Llegadas de grupos y asignación de habitaciones",
               "Migración de Opera PMS a Opera Cloud"])],
            [TS_ALOJ], open_to_work=True)),
        J(2, "guest service agent at a beach resort: Opera PMS, reservas, caja, inglés and alemán C1, rotating shifts, 6 years, Torremolinos (14 km)",
          P("Laura Jiménez", "Guest Service Agent | Opera PMS, Alemán C1, Inglés C1", "Torremolinos, Andalucía, España", "ES",
            "Guest Service Agent", "Playamar Resort & Spa",
            ["Opera PMS", "Gestión de reservas", "Inglés C1", "Alemán C1", "Cierre de caja", "Grupos"],
            [("Guest Service Agent", "Playamar Resort & Spa", "2019-05", None,
              ["Atención a huéspedes alemanes y británicos en turnos de mañana, tarde y noche"])],
            [TS_ALOJ])),
        J(2, "front office supervisor after four years as a front desk agent: Opera, both extranets, languages; a step above, still a fit",
          P("Marta Ruiz", "Front Office Supervisor | Opera PMS · Expedia · Booking.com · Alemán B2", MAL, "ES",
            "Front Office Supervisor", "Alameda Urban Stays",
            ["Opera PMS", "Booking.com extranet", "Expedia extranet", "Inglés C1", "Alemán B2", "Planificación de turnos"],
            [("Front Office Supervisor", "Alameda Urban Stays", "2021-09", None,
              ["Coordina un equipo de 8 agentes de front office"]),
             ("Front Desk Agent", "Calle Larios Suites", "2017-04", "2021-09", [])],
            [("Universidad de Málaga", "Grado", "Turismo")])),
        J(2, "night auditor, the night shift of the same desk (the ad values it): Opera PMS, caja, facturación, inglés C1, alemán B2, 3 years, Málaga",
          P("Andrea Torres", "Night Auditor | Auditoría nocturna, Opera PMS, Cierre de caja", MAL, "ES",
            "Night Auditor", "Calle Larios Suites",
            ["Opera PMS", "Auditoría nocturna", "Cierre de caja", "Facturación", "Inglés C1", "Alemán B2"],
            [("Night Auditor", "Calle Larios Suites", "2022-01", None,
              ["Turno de noche: check-in de llegadas tardías, cierre del día y facturación"])],
            [TS_ALOJ])),
        J(1, "guest relations at a resort in Marbella (58 km): languages and guests, but no check-in work and no Opera",
          P("Carmen Navarro", "Guest Relations Executive | Inglés C1, Alemán C1, Gestión de quejas",
            "Marbella, Andalucía, España", "ES",
            "Guest Relations Executive", "Nagüeles Beach Resort",
            ["Atención al huésped", "Inglés C1", "Alemán C1", "Gestión de quejas", "VIP"],
            [("Guest Relations Executive", "Nagüeles Beach Resort", "2020-06", None, [])],
            [("Universidad de Málaga", "Grado", "Turismo")])),
        J(1, "front office in Málaga, but one year where the ad asks two, and no German",
          P("Pablo Sánchez", "Agente de Front Office | Opera PMS, Inglés B2", MAL, "ES",
            "Agente de Front Office", "Alameda Urban Stays",
            ["Opera PMS", "Check-in y check-out", "Inglés B2", "Facturación"],
            [("Agente de Front Office", "Alameda Urban Stays", "2024-05", None, [])],
            [TS_ALOJ], open_to_work=True)),
        J(0, "'Recepcionista', but at a dental clinic: appointments and phones, not hotel guests",
          P("Isabel Romero", "Recepcionista en clínica dental | Gestión de citas, Atención telefónica", MAL, "ES",
            "Recepcionista", "Clínica Dental Martiricos",
            ["Gestión de citas", "Atención telefónica", "Facturación", "Gesden"],
            [("Recepcionista", "Clínica Dental Martiricos", "2020-09", None, [])],
            [("IES Politécnico Jesús Marín", "Técnico", "Gestión Administrativa")]), trap="homonym"),
        J(0, "'hotel' in her headline, but housekeeping: cleans the rooms",
          P("Rocío Castillo", "Camarera de pisos en hotel de 4* | Limpieza de habitaciones", MAL, "ES",
            "Camarera de pisos", "Hotel Guadalmedina",
            ["Limpieza de habitaciones", "Lencería", "Amenities", "Control de minibar"],
            [("Camarera de pisos", "Hotel Guadalmedina", "2018-04", None, [])],
            [("IES La Rosaleda", "Técnico", "Servicios en Restauración")]), trap="homonym"),
        J(0, "'Hotel': the general manager who runs the whole property, another job",
          P("Francisco Ortega", "Director de Hotel | Revenue, Cuenta de resultados, Equipos", MAL, "ES",
            "Director de Hotel", "Hotel Atarazanas",
            ["Revenue Management", "Cuenta de resultados", "Gestión de equipos", "Calidad"],
            [("Director de Hotel", "Hotel Atarazanas", "2016-01", None, [])],
            [("Universidad de Málaga", "Máster", "Dirección y Planificación del Turismo")]), trap="homonym"),
        J(0, "a hospitality recruiter whose headline names receptionists",
          P("Elena Vargas", "Técnica de selección | Hostelería y turismo – Costa del Sol | recepcionistas, camareros, cocina",
            MAL, "ES", "Técnica de selección", "Talento Sur Consultores",
            ["Selección de personal", "Entrevistas por competencias", "Hostelería", "Opera PMS"],
            [("Técnica de selección", "Talento Sur Consultores", "2020-03", None, [])],
            [("Universidad de Málaga", "Grado", "Relaciones Laborales y Recursos Humanos")]), trap="recruiter"),
        J(0, "a student on her front-office work placement (FCT)",
          P("Alba Medina", "Prácticas de recepción en hotel (FCT) | Técnico Superior en Gestión de Alojamientos Turísticos",
            MAL, "ES", "Alumna en prácticas – recepción", "Hotel Atarazanas",
            ["Opera PMS", "Inglés B2", "Atención al cliente"],
            [("Alumna en prácticas – recepción", "Hotel Atarazanas", "2025-03", None, [])],
            [("IES Puerta del Mar", "Técnico Superior (en curso)", "Gestión de Alojamientos Turísticos")]), trap="intern"),
        J(0, "the right agent, but in Gibraltar (GI), outside Spain, about 130 km from Málaga",
          P("Daniel Ferrary", "Front Desk Agent | Opera PMS, English, Spanish, German", "Gibraltar, Gibraltar", "GI",
            "Front Desk Agent", "Rock Bay Suites",
            ["Opera PMS", "Check-in y check-out", "Inglés C1", "Alemán B2", "Cierre de caja"],
            [("Front Desk Agent", "Rock Bay Suites", "2020-02", None, [])],
            [("Gibraltar College", "BTEC Level 3", "Travel and Tourism")]), trap="wrong_country"),
        J(0, "a travel agent: bookings and languages, but sells trips; no front desk",
          P("Sergio Molina", "Agente de viajes | Amadeus, Reservas aéreas, Paquetes turísticos", MAL, "ES",
            "Agente de viajes", "Viajes Axarquía",
            ["Amadeus", "Reservas aéreas", "Paquetes turísticos", "Atención al cliente"],
            [("Agente de viajes", "Viajes Axarquía", "2017-06", None, [])],
            [("IES Puerta del Mar", "Técnico Superior", "Agencias de Viajes y Gestión de Eventos")])),
    ],
})


# ---------------------------------------------------------------------------
# Assembly and checks
# ---------------------------------------------------------------------------

PROFILE_KEYS = ["profileId", "name", "headline", "location", "country", "currentRole",
                "currentCompany", "companyDomain", "linkedinUrl", "skills", "yearsExperience",
                "experience", "education", "openToWork"]
AD_KEYS = ["id", "field", "language", "title", "jobDescription", "location", "query", "limit",
           "judgements"]


def assemble() -> dict:
    ads = []
    for ad in ADS:
        judgements = []
        for n, j in enumerate(ad["judgements"], start=1):
            prof = dict(j["profile"])
            pid = f"eval-{ad['id']}-{n:02d}"
            prof["profileId"] = pid
            digest = hashlib.sha1(pid.encode()).hexdigest()[:6]
            prof["linkedinUrl"] = f"https://linkedin.example/in/{slug(prof['name'])}-{digest}"
            out = {"grade": j["grade"]}
            if "trap" in j:
                out["trap"] = j["trap"]
            out["why"] = j["why"]
            out["profile"] = {k: prof[k] for k in PROFILE_KEYS}
            judgements.append(out)
        public = {k: ad[k] for k in AD_KEYS if k != "judgements"}
        public["judgements"] = judgements
        ads.append(public)
    return {"version": VERSION, "today": TODAY, "ads": ads}


def check(data: dict) -> None:
    errors: list[str] = []
    ids: set[str] = set()
    assert data["version"] == VERSION and data["today"] == TODAY
    assert len(data["ads"]) == 8, "8 ads expected"
    assert len({a["id"] for a in data["ads"]}) == 8
    assert len({a["field"] for a in data["ads"]}) == 8, "fields must differ"
    assert len({a["location"] for a in data["ads"]}) == 8, "cities must differ"
    langs = Counter(a["language"] for a in data["ads"])
    assert langs["en"] == 5 and sum(langs.values()) == 8, langs

    internal = {a["id"]: a for a in ADS}
    for ad in data["ads"]:
        aid = ad["id"]
        src = internal[aid]
        assert aid.startswith("ts-"), aid
        assert list(ad.keys()) == AD_KEYS, aid
        assert ad["query"] is None and ad["limit"] == 10
        nwords = len(ad["jobDescription"].split())
        if not 120 <= nwords <= 220:
            errors.append(f"{aid}: description has {nwords} words (want 120-220)")
        words, acronyms = title_vocabulary(src)
        kinds = Counter()
        for j in ad["judgements"]:
            p = j["profile"]
            pid = p["profileId"]
            if pid in ids:
                errors.append(f"duplicate profileId {pid}")
            ids.add(pid)
            assert pid.startswith("eval-" + aid + "-"), pid
            assert list(p.keys()) == PROFILE_KEYS, pid
            assert j["grade"] in (0, 1, 2), pid
            assert re.fullmatch(r"[A-Z]{2}", p["country"]), pid
            assert p["linkedinUrl"].startswith("https://linkedin.example/in/"), pid
            assert p["companyDomain"] is None or p["companyDomain"].endswith(".example"), pid
            for e in p["experience"]:
                assert re.fullmatch(r"\d{4}-\d{2}", e["startDate"]), pid
                assert e["endDate"] is None or (re.fullmatch(r"\d{4}-\d{2}", e["endDate"])
                                                and e["endDate"] > e["startDate"]), pid
                assert e["startDate"] <= TODAY_YM, pid
            if p["experience"]:
                first = p["experience"][0]
                assert first["endDate"] is None, pid
                assert (first["role"], first["company"]) == (p["currentRole"], p["currentCompany"]), pid
            trap = j.get("trap")
            if trap is not None and trap not in TRAPS:
                errors.append(f"{pid}: unknown trap {trap!r}")
            if trap is not None and j["grade"] != 0:
                errors.append(f"{pid}: a trap must be grade 0")

            if j["grade"] >= 1:
                kinds["right"] += 1
                if p["country"] != src["_country"]:
                    errors.append(f"{pid}: right person outside {src['_country']}")
                for field, text in checked_texts(p):
                    for hit in shares_with_title(text, words, acronyms):
                        errors.append(f"{pid} [{field}] {text!r}: {hit}")
            elif trap == "homonym":
                kinds["homonym"] += 1
                shared = shares_with_title(p["headline"] + " " + p["currentRole"], words, acronyms)
                if not shared:
                    errors.append(f"{pid}: homonym shares no title word")
            elif trap in ("student", "intern"):
                kinds["student_or_intern"] += 1
            elif trap == "wrong_country":
                kinds["wrong_country"] += 1
                if p["country"] == src["_country"]:
                    errors.append(f"{pid}: wrong_country person is in {src['_country']}")
            elif trap == "recruiter":
                kinds["recruiter"] += 1
            else:
                kinds["neutral"] += 1
        want = {"right": (6, 8), "homonym": (2, 3), "recruiter": (1, 1),
                "student_or_intern": (1, 1), "wrong_country": (1, 1), "neutral": (1, 2)}
        for k, (lo, hi) in want.items():
            if not lo <= kinds[k] <= hi:
                errors.append(f"{aid}: {kinds[k]} {k} (want {lo}-{hi})")
    if errors:
        print("CHECK FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        raise SystemExit(1)


def summary(data: dict) -> None:
    grades, traps = Counter(), Counter()
    print(f"{len(data['ads'])} ads")
    for ad in data["ads"]:
        g = Counter(j["grade"] for j in ad["judgements"])
        t = Counter(j.get("trap", "-") for j in ad["judgements"])
        grades.update(g)
        traps.update(t)
        print(f"  {ad['id']:<28} {ad['language']}  {ad['title']!r:<46} "
              f"{len(ad['judgements'])} judgements  g2={g[2]} g1={g[1]} g0={g[0]}")
    total = sum(grades.values())
    print(f"{total} judgements: grade 2={grades[2]}, grade 1={grades[1]}, grade 0={grades[0]}")
    print("traps: " + ", ".join(f"{k}={v}" for k, v in sorted(traps.items()) if k != "-")
          + f"; no trap={traps['-']}")


def main() -> None:
    data = assemble()
    check(data)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    summary(data)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
