"""The ninth set of benchmarks/make_learn_set.py, held out: four templates of kinds not in the sets
before (a parliament's record of a debate as elinks dumps it, a live blog as an HTML-to-Markdown
converter writes it, a government gazette's notice copied from a browser with its tables as tab
separated cells and its paragraphs unwrapped, an open-access journal's article page as lynx dumps
it), with articles from two books no benchmark had used (benchmarks/texts/learn-heldout9/:
MacDowell's Critical and Historical Essays, 1912; Walton's The Compleat Angler, 1653).

Written and committed before it was run, before the learner or the stages were changed for it;
run once before and once after the change of a commit series, never tuned on.
"""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

import regex

from make_learn_set import LAST, MONTHS, Dump, Page, _name

TEXTS = Path(__file__).resolve().parent / "texts" / "learn-heldout9"


def _read(name: str) -> list[str]:
    return [" ".join(p.split()) for p in (TEXTS / name).read_text(encoding="utf-8").split("\n\n")
            if len(" ".join(p.split())) >= 200]


ESSAYS = _read("macdowell-essays-1912.txt")
ANGLER = _read("complete-angler-1653.txt")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _title(rng: random.Random, pool: list[str]) -> str:
    words = rng.choice(pool).split()
    start = rng.randrange(0, max(1, len(words) - 8))
    return " ".join(words[start:start + rng.randint(3, 7)]).strip(",.;:!?()—“”‘’").capitalize()


CONSTITUENCIES = ["Millbrook North", "Quayside", "Ferry Road and Docks", "Northfield", "Harbour East", "Valley"]
PARTIES = ["Lab", "Con", "Lib", "Ind"]


def debate(rng: random.Random, body: list[str]) -> Page:
    """A parliament's record of a debate as elinks dumps it (a margin of three spaces, links as
    [N], the "Visible links" list under the page): the record's bar and menu, a breadcrumb with the
    sitting's date, the volume and the day, download and share links, each contribution (a
    paragraph of the article) under its member's line with constituency and party, a time line
    before some, a column mark between some, a share link after each, the previous and next
    debates with their titles, the copyright line, the links list."""
    d = Dump()
    n = iter(range(1, 300))
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1905, 1935)
    d.t(f"   [{next(n)}]Skip to main content", "", f"   [{next(n)}]HANSARD OF THE NORTHERN ISLES", "",
        f"   [{next(n)}]Debates [{next(n)}]Members [{next(n)}]Divisions [{next(n)}]Bills [{next(n)}]Search", "",
        f"   [{next(n)}]Home > [{next(n)}]Sittings > [{next(n)}]{day} {month} {year} > Commons Chamber", "")
    d.title(_title(rng, ESSAYS), "   ")
    d.t(f"   Volume {rng.randint(100, 300)}: debated on {rng.choice(DAYS)} {day} {month} {year}",
        f"   [{next(n)}]Download text   [{next(n)}]Share this debate", "")
    column = rng.randint(100, 2400)
    hour, minute = rng.randint(2, 9), 0
    for paragraph in body:
        if rng.random() < 0.4:
            minute = (minute + rng.randint(5, 25)) % 60
            d.t(f"   {hour}.{minute:02} pm", "")
        if rng.random() < 0.3:
            column += 1
            d.t(f"   Column {column}", "")
        d.t(f"   [{next(n)}]{rng.choice(['Mr', 'Mrs', 'Sir', 'Dr'])} {rng.choice(LAST)} "
            f"({rng.choice(CONSTITUENCIES)}) ({rng.choice(PARTIES)})", "")
        d.body([paragraph], "   ", 75)
        d.t(f"   [{next(n)}]Share this contribution", "")
    d.t(f"   [{next(n)}]Previous debate: {_title(rng, ESSAYS)}", f"   [{next(n)}]Next debate: {_title(rng, ESSAYS)}", "",
        f"   © Parliamentary copyright {year}. Reproduced under the [{next(n)}]Open Parliament Licence.", "",
        "References", "", "   Visible links")
    for k in range(1, next(n)):
        d.t(f"   {k}. https://hansard.example/{rng.choice(['debates', 'members', 'sittings', 'share'])}/"
            f"{rng.randint(1000, 999999)}")
    return d.page()


def _md(d: Dump, line: str) -> None:
    """A Markdown line of the template, scored as what a reader sees of it (link texts, no marks)."""
    seen = regex.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
    seen = regex.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", seen)
    seen = regex.sub(r"^\s*(?:[*#]+|\d+\.)\s+|\*\*|(?<!\w)_|_(?!\w)", "", seen).strip()
    d.lines.append(line)
    if seen:
        d.template.append(seen)


def liveblog(rng: random.Random, body: list[str]) -> Page:
    """A paper's live blog as an HTML-to-Markdown converter writes it (paragraphs wrapped at 78,
    links as [text](address), bullets, "#" headings): the skip link, the logo, the menu, the
    title, an "Updated N minutes ago" line with the update count, the "Key events" list of some
    updates' times and titles, share and comment links, each update (a paragraph of the article)
    under its time in bold, with a share link after it and a "Pinned" mark on some, a closing
    note on some pages, "Most viewed" with titles, the footer."""
    d = Dump()
    site = "https://riverside-herald.example"
    post = rng.randint(10000, 99999)
    for line in ["[Skip to main content](#maincontent)", "",
                 f"[![The Riverside Herald]({site}/logo.svg)]({site}/)", ""]:
        _md(d, line)
    for item in ["News", "Sport", "Angling", "Weather", "Opinion", "Culture"]:
        _md(d, f"  * [{item}]({site}/{item.lower()})")
    d.blank()
    d.lines += [f"# Live: {_title(rng, ANGLER)}", ""]  # the headline: neither
    times = sorted(rng.sample(range(7 * 60, 22 * 60), len(body)), reverse=True)
    _md(d, f"Updated {rng.randint(1, 59)} minutes ago · {len(body) + rng.randint(0, 30)} updates")
    d.blank()
    _md(d, "## Key events")
    d.blank()
    for t in rng.sample(times, min(len(times), rng.randint(2, 3))):
        _md(d, f"  * [{t // 60:02}:{t % 60:02} {_title(rng, ANGLER)}](#post-{post + t})")
    d.blank()
    _md(d, f"[Share]({site}/live/{post}/share) [Comments ({rng.randint(0, 900)})](#comments)")
    d.blank()
    for k, (t, paragraph) in enumerate(zip(times, body)):
        if k == 0 and rng.random() < 0.4:
            _md(d, "_Pinned_")
        _md(d, f"**{t // 60:02}:{t % 60:02} BST**")
        d.blank()
        d.body([paragraph])
        _md(d, f"[Share this update]({site}/live/{post}#post-{post + t})")
        d.blank()
    if rng.random() < 0.5:
        _md(d, "_This live blog is now closed. Thank you for following._")
        d.blank()
    _md(d, "## Most viewed")
    d.blank()
    for k in range(1, rng.randint(3, 5) + 1):
        _md(d, f"{k}. [{_title(rng, ANGLER)}]({site}/{rng.choice(['news', 'angling', 'sport'])}/{rng.randint(100, 9999)})")
    d.blank()
    _md(d, f"© {rng.randint(2020, 2026)} The Riverside Herald | [Privacy]({site}/privacy) | [Terms]({site}/terms) "
           f"| [Contact us]({site}/contact)")
    return d.page()


NOTICE_TYPES = {"Planning": "1601", "Roads and traffic": "1502", "Water and rivers": "1708", "Fisheries": "1711"}
CLERKS = ["Clerk to the Council", "Director of Planning", "Harbour Master", "Secretary to the Board"]


def notice(rng: random.Random, body: list[str]) -> Page:
    """A government gazette's notice copied from a browser: each paragraph on one line (a copy is
    not wrapped), the tables' cells separated by tabs; the gazette's bar and menu, the
    breadcrumb with the notice's number, a table of the notice's type, number, code, publication
    date and edition, the notice (the article), the signature with a name and office, the date
    of signing, a line naming the notice it replaces on some, download and share rows, "Related
    notices" with their titles, the footer."""
    d = Dump()
    kind = rng.choice(sorted(NOTICE_TYPES))
    number = rng.randint(3000000, 4999999)
    d.t("The Island Gazette\tOfficial public record since 1792", "Notices\tPublish a notice\tData\tAbout\tSign in", "",
        f"Home / Notices / {kind} / Notice {number}", "")
    d.t(f"Notice type\t{kind}", f"Notice ID\t{number}", f"Notice code\t{NOTICE_TYPES[kind]}",
        f"Publication date\t{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2026)}, {rng.randint(8, 17)}:00",
        f"Edition\tThe Island Gazette, issue {rng.randint(60000, 64000)}, page {rng.randint(100, 9999)}", "")
    d.lines += [_title(rng, ANGLER + ESSAYS).upper(), ""]  # the notice's heading: neither
    d.body(body, width=100000)
    d.t(f"{_name(rng)}, {rng.choice(CLERKS)}", f"Date of signing: {rng.randint(1, 28)} {rng.choice(MONTHS)}", "")
    if rng.random() < 0.3:
        d.t(f"This notice replaces notice {number - rng.randint(10, 9000)}, which is withdrawn.", "")
    d.t("Download this notice\tPDF\tXML\tRDF", "Share this notice\tEmail\tCopy link", "", "Related notices")
    for _ in range(rng.randint(2, 4)):
        d.t(f"{rng.choice(sorted(NOTICE_TYPES))}\t{_title(rng, ANGLER + ESSAYS)}\t{rng.randint(1, 28)} {rng.choice(MONTHS)}")
    d.t("", "Accessibility\tCookies\tTerms and conditions\tContact", "© Crown copyright. All content is available "
        "under the Open Government Licence, except where otherwise stated.")
    return d.page()


KEYWORDS = ["music history", "folk song", "notation", "instruments", "opera", "harmony", "the troubadours",
            "church music", "rhythm"]


def journal(rng: random.Random, body: list[str]) -> Page:
    """An open-access journal's article page as lynx dumps it: the skip link, the journal's bar
    and menu, a breadcrumb with the volume and the first author, the article type, the authors,
    received, accepted and published dates, the DOI, the PDF, cite and share links, view and
    download counts, the abstract (the first paragraph) and keywords, the article's sections
    (headings are neither; the other paragraphs), "How to cite" with the reference, the licence,
    "Most read" titles, the ISSN footer, the references list."""
    d = Dump()
    n = iter(range(1, 200))
    authors = [_name(rng) for _ in range(rng.randint(1, 3))]
    volume, year = rng.randint(3, 40), rng.randint(2005, 2025)
    d.t(f"   [{next(n)}]Skip to main content", "",
        f"   [{next(n)}]Journal of Music and Letters   [{next(n)}]Current [{next(n)}]Archives "
        f"[{next(n)}]Submissions [{next(n)}]About [{next(n)}]Log in", "",
        f"   [{next(n)}]Home > [{next(n)}]Vol. {volume} No. {rng.randint(1, 4)} ({year}) > "
        f"{authors[0].split()[-1]}", "",
        f"   {rng.choice(['Research article', 'Review article', 'Essay'])} | Open access", "")
    title = _title(rng, ESSAYS)
    d.title(title, "   ")
    d.t("   " + (", ".join(authors[:-1]) + " and " if len(authors) > 1 else "") + authors[-1],
        f"   Received: {rng.randint(1, 28)} {rng.choice(MONTHS)} {year - 1} · Accepted: {rng.randint(1, 28)} "
        f"{rng.choice(MONTHS)} {year} · Published: {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}",
        f"   DOI: https://doi.example/10.5555/jml.{year}.{rng.randint(100, 999)}",
        f"   [{next(n)}]PDF ({rng.randint(1, 9)}.{rng.randint(0, 9)} MB)   [{next(n)}]Cite   [{next(n)}]Share",
        f"   Views: {rng.randint(100, 20000):,} · Downloads: {rng.randint(20, 5000):,}", "", "   Abstract", "")
    d.body(body[:1], "   ", 75)
    d.t("   Keywords: " + "; ".join(rng.sample(KEYWORDS, rng.randint(2, 4))), "")
    for k, paragraph in enumerate(body[1:], 1):
        if k == 1 or rng.random() < 0.4:
            d.title(f"{k}. {_title(rng, ESSAYS)}", "   ")
        d.body([paragraph], "   ", 75)
    reference = (f"   {authors[0].split()[-1]}, {authors[0].split()[0][0]}. ({year}). {title}. Journal of Music "
                 f"and Letters, {volume}, {rng.randint(1, 300)}-{rng.randint(301, 600)}.")
    d.t("   How to cite", "", *textwrap.wrap(reference, 78, subsequent_indent="   "), "",
        f"   Copyright (c) {year} {authors[0]}. This work is licensed under a [{next(n)}]Creative Commons",
        "   Attribution 4.0 International License.", "", "   Most read articles in this journal", "")
    for _ in range(rng.randint(2, 4)):
        d.t(f"     * [{next(n)}]{_title(rng, ESSAYS)}")
    d.t("", f"   ISSN 2049-{rng.choice(['1187', '1195'])} (online) · [{next(n)}]Contact · [{next(n)}]Privacy", "",
        "References", "")
    for k in range(1, next(n)):
        d.t(f"  {k:3}. https://journal-music-letters.example/{rng.choice(['article', 'issue', 'about'])}/"
            f"{rng.randint(10, 9999)}")
    return d.page()


NINTH = {"debate": debate, "liveblog": liveblog, "notice": notice, "journal": journal}
POOLS = {"debate": ESSAYS, "liveblog": ANGLER, "notice": ANGLER + ESSAYS, "journal": ESSAYS}
