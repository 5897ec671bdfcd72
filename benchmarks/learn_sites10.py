"""The tenth set of benchmarks/make_learn_set.py, held out: four templates of kinds not in the sets
before (a court's judgment as lynx dumps it, with numbered paragraphs; a death notice with its
guestbook as w3m dumps it; a travel guide's place page copied from a browser, its paragraphs
unwrapped; a fundraising appeal as an HTML-to-Markdown converter writes it), with articles from
two books no benchmark had used (benchmarks/texts/learn-heldout10/: Gaskell's Cranford, 1853;
Shedlock's The Pianoforte Sonata, 1895).

Written and committed before it was run, before the learner or the stages were changed for it;
run once before and once after the change of a commit series, never tuned on.
"""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

from learn_sites9 import DAYS, _md
from make_learn_set import LAST, MONTHS, Dump, Page, _name

TEXTS = Path(__file__).resolve().parent / "texts" / "learn-heldout10"


def _read(name: str) -> list[str]:
    return [" ".join(p.split()) for p in (TEXTS / name).read_text(encoding="utf-8").split("\n\n")
            if len(" ".join(p.split())) >= 200]


CRANFORD = _read("cranford-1853.txt")
SONATA = _read("pianoforte-sonata-1895.txt")


def _title(rng: random.Random, pool: list[str]) -> str:
    words = rng.choice(pool).split()
    start = rng.randrange(0, max(1, len(words) - 8))
    return " ".join(words[start:start + rng.randint(3, 7)]).strip(",.;:!?()—“”‘’").capitalize()


def _date(rng: random.Random, lo: int = 2005, hi: int = 2025) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(lo, hi)}"


COURTS = {"Court of Session": "NICS", "Sheriff Appeal Court": "NISAC", "Lands Tribunal": "NILT"}
JUDGES = ["Lord Ardmore", "Lady Penrose", "Lord Tullis", "Lady Marwick", "Sheriff Principal Dunn"]


def judgment(rng: random.Random, body: list[str]) -> Page:
    """A court's judgment as lynx dumps it (links as [N], the references list under the page): the
    skip link, the service's bar and menu, a breadcrumb with the court and the year, the case's
    name (neither), the neutral citation, case number, judges, hearing and judgment dates, the
    download and print links, "Judgment" and the judge's name, the paragraphs (the article) each
    numbered ("12." before its first line, neither), "Cited by N later judgments" on some, the
    copyright line, the references list."""
    d = Dump()
    n = iter(range(1, 200))
    court = rng.choice(sorted(COURTS))
    year = rng.randint(2008, 2025)
    d.t(f"   [{next(n)}]Skip to judgment", "",
        f"   [{next(n)}]ISLES LAW REPORTS   [{next(n)}]Judgments [{next(n)}]Courts [{next(n)}]Help", "",
        f"   [{next(n)}]Home > [{next(n)}]Judgments > [{next(n)}]{court} > {year}", "")
    d.title(f"{rng.choice(LAST)} v {rng.choice(['Harbour Board', 'Millbrook Council', rng.choice(LAST)])}", "   ")
    judges = rng.sample(JUDGES, rng.choice([1, 1, 3]))
    d.t(f"   Neutral citation: {COURTS[court]} {year}/{rng.randint(1, 400)}",
        f"   Case No: {rng.choice(['CA', 'P', 'LT'])}{rng.randint(10, 999)}/{year % 100:02}",
        f"   Before: {', '.join(judges)}",
        f"   Date of hearing: {_date(rng, year, year)}",
        f"   Date of judgment: {rng.choice(DAYS)} {_date(rng, year, year)}", "",
        f"   [{next(n)}]Download PDF ({rng.randint(90, 900)} KB)   [{next(n)}]Print", "",
        "   JUDGMENT", "", f"   {judges[0].upper()}:", "")
    start = rng.randint(1, 40)
    for k, paragraph in enumerate(body):
        d.paragraphs.append(paragraph)
        d.lines += textwrap.wrap(paragraph, 75, initial_indent=f"   {start + k}. ", subsequent_indent="   ")
        d.blank()
    if rng.random() < 0.5:
        d.t(f"   Cited by {rng.randint(1, 60)} later judgments", "")
    d.t(f"   © Crown copyright {year}. Published by [{next(n)}]Isles Law Reports under the", 
        "   Open Justice Licence.", "", "References", "", "   Visible links")
    for k in range(1, next(n)):
        d.t(f"  {k:3}. https://isleslaw.example/{rng.choice(['judgments', 'courts', 'help'])}/{rng.randint(10, 99999)}")
    return d.page()


CHARITIES = ["the Millbrook Hospice", "the Lifeboat Fund", "St Anne's Almshouses", "Riverside Cats Protection"]
CHAPELS = ["St Mary's Church, Millbrook", "Northfield Crematorium", "The Friends' Meeting House, Quay Street"]


def obituary(rng: random.Random, body: list[str]) -> Page:
    """A death notice with its guestbook as w3m dumps it (links in brackets): the notices site's bar,
    the breadcrumb with the town, the name (neither), the dates of birth and death with the age,
    "Published in" with the paper and date, share links, the notice (the article), the funeral
    line with day, date, time and place, the donations line on some, flowers and donate links,
    the guestbook's count, each tribute's writer and date (the tribute itself neither), a candle
    count, the footer."""
    d = Dump()
    town = rng.choice(["Millbrook", "Northfield", "Harbourside", "Ferry Road"])
    d.t("NOTICES OF THE ISLES   [Search notices] [Place a notice] [Sign in]", "",
        f"Home › Deaths › {town}", "")
    d.title(f"{_name(rng).upper()}", "")
    age = rng.randint(58, 102)
    died = rng.randint(2012, 2025)
    d.t(f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {died - age} – {_date(rng, died, died)} (aged {age})",
        f"Published in the {town} Echo on {_date(rng, died, died)}", "[Share] [Print] [Report this notice]", "")
    d.body(body)
    d.t(f"Funeral: {rng.choice(DAYS)} {_date(rng, died, died)} at {rng.randint(10, 15)}.{rng.choice(['00', '30'])}, "
        f"{rng.choice(CHAPELS)}.")
    if rng.random() < 0.6:
        d.t(f"Donations in lieu of flowers to {rng.choice(CHARITIES)}.")
    d.t("", "[Send flowers]  [Donate in memory]", "", f"Guestbook ({rng.randint(2, 90)} tributes)  [Sign the guestbook]", "")
    for _ in range(rng.randint(2, 4)):
        d.t(f"{_name(rng)} wrote on {_date(rng, died, died)}:")
        d.lines += [f"  {_title(rng, CRANFORD)}.", ""]  # a reader's tribute: neither
    d.t(f"{rng.randint(3, 400)} candles lit   [Light a candle]", "",
        "Notices of the Isles · Part of Isles Local Media · Terms · Privacy · Contact")
    return d.page()


STAYS = ["The Ship Inn", "Quay House B&B", "Mill Cottage", "The Northfield Arms", "Harbour View Rooms"]
PLACES = {"Millbrook": "Mill Lane", "Northfield": "Northfield", "Harbourside": "Quay Street", "Valley": "Church Lane"}


def guide(rng: random.Random, body: list[str]) -> Page:
    """A travel guide's place page copied from a browser: each paragraph on one line (a copy is not
    wrapped), menus as words run on one line; the guide's bar and menu, a breadcrumb with the
    region and the town, the place's name (neither), the rating with a review count and a rank,
    save and share, opening hours and admission, the guide (the article) with an
    "Advertisement" line between paragraphs on some pages, "Getting there" with the nearest
    station and the walk, the weather now, "Nearby stays" with prices and ratings, "Last updated"
    with the writer's name, the footer."""
    d = Dump()
    town = rng.choice(sorted(PLACES))
    d.t("Wayfarer Guides", "Destinations  Itineraries  Stays  Magazine  Sign in", "",
        f"Europe › Isles › {rng.choice(['North Coast', 'The Valley', 'Harbour District'])} › {town}", "")
    d.lines += [_title(rng, SONATA + CRANFORD), ""]  # the place's name: neither
    d.t(f"★ {rng.randint(35, 50) / 10:.1f} ({rng.randint(12, 9000):,} reviews) · #{rng.randint(1, 20)} of "
        f"{rng.randint(21, 80)} things to do in {town}", "Save to trip · Share", "",
        f"Open today: {rng.randint(8, 10)}:00–{rng.randint(16, 19)}:00 · "
        + rng.choice(["Free entry", f"Admission £{rng.randint(3, 18)}", f"Adults £{rng.randint(3, 18)}, children free"]), "")
    advert = rng.randrange(1, len(body)) if rng.random() < 0.5 else 0
    for k, paragraph in enumerate(body):
        if k and k == advert:
            d.t("Advertisement", "")
        d.body([paragraph], width=100000)
    d.t("Getting there", f"Nearest station: {PLACES[town]} ({rng.randint(2, 25)} min walk)",
        f"Weather now: {rng.randint(-2, 26)}°C, {rng.choice(['Cloudy', 'Sunny', 'Showers', 'Fog'])}", "", "Nearby stays")
    for stay in rng.sample(STAYS, rng.randint(2, 3)):
        d.t(f"{stay} — from £{rng.randint(45, 220)} a night · ★ {rng.randint(35, 50) / 10:.1f}")
    d.t("", f"Last updated {_date(rng, 2019, 2026)} · Written by {_name(rng)}", "",
        "© 2026 Wayfarer Guides Ltd · About · Privacy · Cookie settings · Help")
    return d.page()


CAUSES = ["a new roof for the chapel", "the lifeboat station's launch", "the reading room's books",
          "the harbour wall", "the village hall's piano"]


def appeal(rng: random.Random, body: list[str]) -> Page:
    """A fundraising appeal as an HTML-to-Markdown converter writes it (links as [text](address),
    "#" headings, bullets): the skip link, the logo, the menu, the appeal's title (neither), the
    organiser line with the town, the amount raised of the target, the supporters and days
    left, donate and share links, "About this appeal", the story (the article), an "Update N"
    line with a date before the last paragraph on some pages, "Recent donations" with names,
    amounts and times, the Gift Aid note, "Report this appeal", the footer."""
    d = Dump()
    site = "https://givetogether.example"
    slug = rng.randint(1000, 99999)
    for line in ["[Skip to content](#content)", "", f"[![GiveTogether]({site}/logo.png)]({site}/)", ""]:
        _md(d, line)
    for item in ["Start an appeal", "Discover", "How it works", "Sign in"]:
        _md(d, f"  * [{item}]({site}/{item.lower().replace(' ', '-')})")
    d.blank()
    d.lines += [f"# {_title(rng, CRANFORD).title()}", ""]  # the appeal's title: neither
    target = rng.choice([500, 1000, 2500, 5000, 10000, 25000])
    raised = rng.randint(target // 10, target * 3 // 2)
    _md(d, f"Organised by {_name(rng)} for {rng.choice(CAUSES)}, {rng.choice(['Millbrook', 'Northfield', 'Harbourside'])}")
    d.blank()
    _md(d, f"**£{raised:,}** raised of £{target:,} target")
    _md(d, f"{rng.randint(5, 900)} supporters · {rng.randint(1, 60)} days left")
    d.blank()
    _md(d, f"[Donate now]({site}/donate/{slug}) [Share]({site}/share/{slug})")
    d.blank()
    _md(d, "## About this appeal")
    d.blank()
    update = len(body) - 1 if len(body) > 2 and rng.random() < 0.4 else 0
    for k, paragraph in enumerate(body):
        if k and k == update:
            _md(d, f"### Update {rng.randint(1, 6)} — {_date(rng, 2020, 2026)}")
            d.blank()
        d.body([paragraph])
    _md(d, "## Recent donations")
    d.blank()
    for _ in range(rng.randint(3, 5)):
        who = rng.choice([_name(rng), "Anonymous"])
        _md(d, f"  * **{who}** £{rng.choice([5, 10, 20, 25, 50, 100])} · {rng.randint(1, 23)} hours ago")
    d.blank()
    _md(d, "_Gift Aid adds 25% to eligible donations from UK taxpayers._")
    d.blank()
    _md(d, f"[Report this appeal]({site}/report/{slug})")
    d.blank()
    _md(d, f"© GiveTogether {rng.randint(2020, 2026)} | [Terms]({site}/terms) | [Privacy]({site}/privacy) | "
           f"[Fees]({site}/fees)")
    return d.page()


TENTH = {"judgment": judgment, "obituary": obituary, "guide": guide, "appeal": appeal}
POOLS = {"judgment": SONATA + CRANFORD, "obituary": CRANFORD, "guide": SONATA + CRANFORD, "appeal": CRANFORD}
