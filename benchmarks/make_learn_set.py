"""Pages of made-up sites for `cleantext rules learn`: real article text inside site templates.

The article paragraphs are real text already in the repository: the gold files of the samples
(tests/gold/) and the public-domain books of the OCR set (benchmarks/ocr/clean/); the sixth set
(thread, events, docs) takes theirs from other public-domain books (benchmarks/texts/gutenberg/),
the seventh and eighth sets (benchmarks/learn_sites.py) from five more. Each template
dumps a page as a text-mode browser would (lines wrapped at 78 columns, links as [N] or
bullets, a list of references under the page for the lynx-like ones) with parts that change
from page to page: breadcrumbs, dates, bylines, counts, tags, related-article titles.

Nothing is written: benchmarks/learn.py and the tests call ``pages(site, n, seed)``, which gives
the same pages for the same arguments. To look at some:

    python benchmarks/make_learn_set.py harbour 2
"""
from __future__ import annotations

import random
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "tests" / "gold").glob("*.txt")) + sorted((ROOT / "benchmarks" / "ocr" / "clean").glob("*.txt"))
PARAGRAPHS = [" ".join(p.split()) for path in SOURCES for p in path.read_text(encoding="utf-8").split("\n\n")
              if len(" ".join(p.split())) >= 200]

FIRST = ["Anna", "John", "Mary Ann", "Peter", "Kim", "Lou", "Sofia", "Ahmed", "Ines", "Tomasz", "Yuki", "Grace"]
LAST = ["Berg", "Smith", "Lee", "Olsen", "Park", "Ortiz Vega", "Novak", "Haddad", "Moreau", "Kowalski", "Sato"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]


@dataclass
class Page:
    text: str
    paragraphs: list[str]   # the article, each paragraph on one line
    template: list[str]     # the template's lines as dumped (what should go)


class Dump:
    """A page being dumped: template lines and article lines, wrapped as a text browser does."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.template: list[str] = []
        self.paragraphs: list[str] = []

    def t(self, *lines: str) -> None:
        for line in lines:
            self.lines.append(line)
            if line.strip():
                self.template.append(line.strip())

    def blank(self) -> None:
        self.lines.append("")

    def part(self, line: str, template: str) -> None:
        """A line of the article (a heading) carrying a piece of the template, such as "[edit]"."""
        self.lines.append(line)
        self.template.append(template)

    def title(self, line: str, indent: str = "") -> None:
        self.lines += [indent + line, ""]  # the headline: neither template nor paragraph

    def body(self, paragraphs: list[str], indent: str = "", width: int = 78) -> None:
        for paragraph in paragraphs:
            self.paragraphs.append(paragraph)
            self.lines += textwrap.wrap(paragraph, width, initial_indent=indent, subsequent_indent=indent)
            self.lines.append("")

    def page(self) -> Page:
        return Page("\n".join(self.lines).rstrip("\n") + "\n", self.paragraphs, self.template)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _headline(rng: random.Random) -> str:
    words = rng.choice(PARAGRAPHS).split()
    start = rng.randrange(0, max(1, len(words) - 8))
    return " ".join(words[start:start + rng.randint(4, 8)]).strip(",.;:").capitalize()


def harbour(rng: random.Random, body: list[str]) -> Page:
    """A newspaper as w3m dumps it: menu, breadcrumb, byline, date, comments, related box."""
    d = Dump()
    section = rng.choice(["World", "Politics", "Business", "Sport", "Culture", "Science"])
    d.t("Harbour Gazette", "", "Home | World | Politics | Business | Sport | Culture | Science", "",
        f"Home > {section} > {rng.choice(['Europe', 'Asia', 'Local', 'Analysis', 'Features'])}")
    d.blank()
    d.title(_headline(rng))
    d.t(f"By {_name(rng)}", f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2024)}, "
        f"{rng.randint(0, 23):02}:{rng.randint(0, 59):02}", f"{rng.randint(0, 400)} comments")
    d.blank()
    d.body(body)
    d.t("Related stories", "", *[f"  • {_headline(rng)}" for _ in range(rng.randint(3, 5))], "",
        "© 2024 Harbour Gazette. All rights reserved. | Privacy | Terms")
    return d.page()


def valley(rng: random.Random, body: list[str]) -> Page:
    """A blog as lynx dumps it: numbered links, tags, share line, references list."""
    d = Dump()
    n = iter(range(1, 100))
    d.t(f"   [{next(n)}]Valley Post", "", f"   [{next(n)}]News [{next(n)}]Opinion [{next(n)}]Arts [{next(n)}]About")
    d.blank()
    d.title(_headline(rng), "   ")
    month = rng.choice(MONTHS)
    d.t(f"   Posted on {month} {rng.randint(1, 28)}, {rng.randint(2016, 2024)} by [{next(n)}]{_name(rng).lower().replace(' ', '')}")
    d.blank()
    d.body(body, "   ", 75)
    tags = rng.sample(["river", "mill", "council", "schools", "history", "weather", "farming", "roads"], rng.randint(2, 4))
    d.t("   Tags: " + ", ".join(f"[{next(n)}]{tag}" for tag in tags), "",
        f"   Share this: [{next(n)}]Twitter [{next(n)}]Facebook ({rng.randint(2, 900)} shares)", "",
        "   Leave a reply", "", "References", "")
    for k in range(1, next(n)):
        d.t(f"  {k:3}. https://valleypost.example/{rng.choice(['2021', '2022', 'tag', 'author'])}/{rng.randint(100, 9999)}")
    return d.page()


def bulletin(rng: random.Random, body: list[str]) -> Page:
    """A French-language press release page: date and time line, contact box, download line."""
    d = Dump()
    d.t("LE BULLETIN DU CANTON", "Accueil » Communiqués » " + rng.choice(["Santé", "Écoles", "Routes", "Culture"]))
    d.blank()
    d.t(f"Communiqué de presse – {rng.randint(1, 28)} {rng.choice(MOIS)} {rng.randint(2018, 2024)} – "
        f"{rng.randint(7, 19)}h{rng.randint(0, 59):02}")
    d.blank()
    d.title(_headline(rng))
    d.body(body)
    d.t("Contact presse", f"{_name(rng)}, chargé(e) de communication",
        f"Tél. +41 22 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}", "")
    d.t(f"Télécharger le communiqué (PDF, {rng.randint(80, 900)} Ko)", "",
        "Bulletin du Canton – Rue de l'Hôtel-de-Ville 2 – 1204 Genève")
    return d.page()


def quarterly(rng: random.Random, body: list[str]) -> Page:
    """A magazine: reading time, photo credits between paragraphs, pagination, newsletter box."""
    d = Dump()
    d.t("* * *  THE QUARTERLY REVIEW  * * *", "", f"Issue {rng.randint(10, 99)} · {rng.choice(['Spring', 'Summer', 'Autumn', 'Winter'])} {rng.randint(2010, 2024)}")
    d.blank()
    d.title(_headline(rng))
    d.t(f"Words by {_name(rng)} · {rng.randint(3, 25)} min read")
    d.blank()
    half = len(body) // 2
    d.body(body[:half])
    d.t(f"[Photo: {_name(rng)} / {rng.choice(['Reuters', 'AP', 'Archive', 'Studio North'])}]")
    d.blank()
    d.body(body[half:])
    d.t(f"Page {rng.randint(1, 3)} of {rng.randint(3, 6)}   « Previous   Next »", "",
        "Get the Quarterly in your inbox", "Enter your email address  [Subscribe]", "",
        "The Quarterly Review is published four times a year.")
    return d.page()


def campus(rng: random.Random, body: list[str]) -> Page:
    """A university news page: skip link, breadcrumbs of varying depth, updated date, print bar."""
    d = Dump()
    d.t("Skip to main content", "", "NORTHFIELD UNIVERSITY", "Study | Research | News | About | Contact", "")
    crumbs = ["News"] + rng.sample(["Faculty of Arts", "Engineering", "Medicine", "Law", "Events", "Press"],
                                   rng.randint(1, 2))
    d.t("You are here: Home / " + " / ".join(crumbs))
    d.blank()
    d.title(_headline(rng))
    d.body(body)
    d.t(f"Last updated: {rng.randint(2015, 2024)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
        "Print | Email | PDF", "",
        f"Media contact: {_name(rng)}, {rng.choice(['Communications', 'Press Office', 'Research Office'])}", "",
        "Northfield University, 1 College Road. Registered charity no. 1137205")
    return d.page()


def archive(rng: random.Random, body: list[str]) -> Page:
    """A library of old books: chapter heading, previous/next links with titles, footer."""
    d = Dump()
    chapter = rng.randint(2, 60)
    d.t("The Open Shelf — free books online", f"Browse > Authors > {rng.choice(LAST)} > Chapter {chapter}", "")
    d.t(f"CHAPTER {chapter}")
    d.blank()
    d.body(body, "    ", 72)
    d.t(f"← Previous: Chapter {chapter - 1}", f"Next: Chapter {chapter + 1}, “{_headline(rng)}” →", "",
        f"This chapter has been read {rng.randint(100, 99999)} times.", "",
        "The Open Shelf · Texts in the public domain · Report an error")
    return d.page()


def ledger(rng: random.Random, body: list[str]) -> Page:
    """A local weekly with a weather strip, an author bio and a "More from" box."""
    d = Dump()
    d.t(f"{rng.randint(-5, 30)}°C {rng.choice(['Cloudy', 'Sunny', 'Rain', 'Fog'])} | "
        f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, {rng.choice(MONTHS)} {rng.randint(1, 28)}",
        "", "THE MILLBROOK LEDGER", "Since 1887 · Independent local news", "")
    d.t(f"{rng.choice(['Town Hall', 'Schools', 'Sport', 'Obituaries', 'Letters'])} | {rng.randint(1, 9)} min")
    d.blank()
    d.title(_headline(rng))
    d.body(body)
    name = _name(rng)
    d.t(f"{name} covers {rng.choice(['town hall', 'schools', 'sport', 'the courts'])} for the Ledger.", "",
        f"More from {name}", *[f"- {_headline(rng)}" for _ in range(rng.randint(2, 4))], "",
        "Millbrook Ledger | Subscribe | Advertise | Contact us")
    return d.page()


def forum(rng: random.Random, body: list[str]) -> Page:
    """A discussion board copied as text: thread header, post counts, signature, pager."""
    d = Dump()
    d.t("RIVERSIDE FORUMS", f"Forum index » {rng.choice(['General', 'History', 'Books', 'Local'])} » Thread",
        f"Page 1 of {rng.randint(2, 40)}", "")
    d.title(_headline(rng))
    d.t(f"Post by {rng.choice(FIRST).lower()}{rng.randint(1, 999)} » {rng.choice(['Mon', 'Tue', 'Sat'])} "
        f"{rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {rng.randint(2008, 2024)} {rng.randint(1, 12)}:{rng.randint(10, 59)} pm",
        f"Posts: {rng.randint(1, 5000)}", "")
    d.body(body)
    d.t("Top", "", f"{rng.randint(0, 80)} replies · {rng.randint(10, 90000)} views", "",
        "Powered by phpBB® Forum Software © phpBB Limited")
    return d.page()


# Written before the learner was tuned on ledger and forum (which were held out
# before), not run through the learner until the dev figures were final, never tuned on.
SECTIONS = ["History", "Geography", "Economy", "Culture", "Early life", "Career", "Reception",
            "Legacy", "Description", "Background", "Later years", "Architecture"]
CATEGORIES = ["Towns on the Mill river", "Former mills", "People from Northfield", "Buildings of 1887",
              "Local history", "Bridges in the county", "19th-century novels", "Defunct newspapers",
              "Protected sites", "Articles needing sources"]


def _wrap(line: str, indent: str = "") -> list[str]:
    """A template line as the browser wraps it at 78 columns."""
    return textwrap.wrap(line, 78, initial_indent=indent, subsequent_indent=indent)


def wiki(rng: random.Random, body: list[str]) -> Page:
    """A wiki article as lynx dumps it: contents list, "[edit]" marks, categories, page tools."""
    d = Dump()
    n = iter(range(1, 200))
    d.t(f"   [{next(n)}]Jump to navigation [{next(n)}]Jump to search", "")
    d.title(_headline(rng), "   ")
    d.t("   From Millpond Wiki, the free encyclopedia", "")
    if rng.random() < 0.3:
        d.t(*_wrap(f"\"{rng.choice(SECTIONS)}\" redirects here. For other uses, see [{next(n)}]{_headline(rng)}.",
                   "   "), "")
    lead, rest = body[:1], body[1:]
    d.body(lead, "   ", 75)
    sections = rng.sample(SECTIONS, len(rest))
    if len(sections) >= 2:  # the wiki shows contents only from two sections on
        d.t("Contents", "")
        d.t(*[f"     * {k} {name}" for k, name in enumerate(sections + ["See also", "References"], 1)], "")
    for name, paragraph in zip(sections, rest):
        d.part(f"{name}[[{next(n)}]edit]", "[edit]")
        d.blank()
        d.body([paragraph], "   ", 75)
    d.part(f"See also[[{next(n)}]edit]", "[edit]")
    d.blank()
    d.t(*[f"     * [{next(n)}]{_headline(rng)}" for _ in range(rng.randint(1, 4))], "")
    d.part(f"References[[{next(n)}]edit]", "[edit]")
    d.blank()
    for k in range(1, rng.randint(2, 6)):
        d.t(f"    {k}. ^ [{next(n)}]{_name(rng)} ({rng.randint(1950, 2020)}). {_headline(rng)}. "
            f"p. {rng.randint(1, 400)}.")
    d.blank()
    page_id = rng.randint(1000, 999999)
    d.t(*_wrap(f"Retrieved from \"[{next(n)}]https://millpond.example/w/index.php?title=Page&oldid={page_id}\"",
               "   "), "")
    cats = rng.sample(CATEGORIES, rng.randint(1, 4))
    d.t(*_wrap(f"[{next(n)}]Categories: " + " | ".join(f"[{next(n)}]{c}" for c in cats), "   "), "")
    d.t("Navigation menu", "", "Personal tools", "",
        f"     * Not logged in * [{next(n)}]Talk * [{next(n)}]Contributions * [{next(n)}]Log in", "",
        "Views", "", f"     * [{next(n)}]Read * [{next(n)}]Edit * [{next(n)}]View history", "")
    d.t(f"     * This page was last edited on {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2009, 2024)}, "
        f"at {rng.randint(0, 23):02}:{rng.randint(0, 59):02}.",
        "     * Text is available under the Creative Commons Attribution-ShareAlike",
        "       License; additional terms may apply.", "",
        f"     * [{next(n)}]Privacy policy * [{next(n)}]About Millpond Wiki * [{next(n)}]Disclaimers", "")
    d.t("References", "", "   Visible links")
    for k in range(1, next(n)):
        d.t(f"  {k:3}. https://millpond.example/wiki/{rng.choice(['Special:', 'Category:', 'Talk:', ''])}{rng.randint(10, 99999)}")
    return d.page()


def _byline(rng: random.Random) -> str:
    """Bylines as papers vary them: title, two names, place, or a desk."""
    return rng.choice([
        f"By {_name(rng)}, {rng.choice(['Political Editor', 'Chief Reporter', 'Education Correspondent'])}",
        f"{_name(rng)} and {_name(rng)} in {rng.choice(['Brussels', 'Lagos', 'Leeds', 'Lima', 'Osaka'])}",
        f"By {_name(rng)}",
        f"From our correspondent in {rng.choice(['Berlin', 'Nairobi', 'Dhaka', 'Quito'])}",
        f"{rng.choice(['Courier reporters', 'Staff and agencies', 'Courier Business Desk'])}",
    ])


def courier(rng: random.Random, body: list[str]) -> Page:
    """A daily paper as w3m dumps it: ticker, markets strip, most-read box, paywall prompt."""
    d = Dump()
    d.t(*_wrap("BREAKING: " + " · ".join(_headline(rng) for _ in range(rng.randint(1, 3)))))
    d.t(f"FTSE {rng.randint(6800, 8200)}.{rng.randint(0, 9)} {rng.choice('▲▼')}{rng.randint(0, 30) / 10}% | "
        f"£/$ 1.{rng.randint(18, 34)} | {rng.randint(-3, 28)}°C London", "")
    d.t("THE NORTHERN COURIER", "Subscribe from £1 a week | Sign in", "",
        "News  Sport  Business  Opinion  Life & Style  Puzzles", "")
    section = rng.choice(["UK news", "World", "Business", "Education", "Health"])
    d.t(f"{section} · {rng.choice(['Analysis', 'Exclusive', 'Live', 'Explainer', 'Interview'])}"
        if rng.random() < 0.6 else section, "")
    d.title(_headline(rng))
    d.t(_byline(rng))
    published = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2016, 2024)}"
    d.t(f"Published {published}" + (f" · Updated {rng.randint(1, 23)} hours ago" if rng.random() < 0.5 else ""), "")
    cut = rng.randint(1, len(body) - 1)
    d.body(body[:cut])
    if rng.random() < 0.5:
        d.t(f"Read more: {_headline(rng)}", "")
    d.t("Advertisement", "")
    d.body(body[cut:])
    if rng.random() < 0.6:  # the paywall only counts some visits
        free = rng.randint(1, 4)
        d.t(f"You have read {free} of 5 free articles this month.",
            "Subscribe for unlimited access to Courier journalism, from £1 a week.",
            "[Subscribe now]   Already a subscriber? [Log in]", "")
    d.t(f"Topics: {', '.join(rng.sample(['Schools', 'Rail', 'Housing', 'Energy', 'Courts', 'Farming', 'NHS'], rng.randint(1, 3)))}",
        "Share: Facebook | X | WhatsApp | Email | Copy link", "", "Most read", "")
    d.t(*[f"  {k}. {_headline(rng)}" for k in range(1, 6)], "")
    d.t("© Northern Courier Media Ltd. Registered in England No. 0417268.",
        "About us | Contact | Complaints & corrections | Terms | Privacy")
    return d.page()


# Written after wiki and courier were looked at, before the learner was changed for them; held
# out until their one run.
DEPARTMENTS = ["Department for Rivers and Canals", "Ministry of Rural Affairs", "Office for Coastal Planning"]
TOPICS = {"Environment": ["Flooding", "Water quality", "Wildlife"], "Transport": ["Roads", "Ferries", "Cycling"],
          "Housing": ["Planning", "Grants", "Building safety"], "Business": ["Licences", "Tax", "Exports"]}


def ministry(rng: random.Random, body: list[str]) -> Page:
    """A government page as lynx dumps it: a menu of two levels, a breadcrumb, "Last updated" lines,
    a feedback prompt, and the references list of its links."""
    d = Dump()
    n = iter(range(1, 200))
    d.t(f"   [{next(n)}]Skip to main content", "", f"   [{next(n)}]GOV.MILLSHIRE", "")
    for topic, subs in TOPICS.items():
        d.t(f"     * [{next(n)}]{topic}")
        d.t(*[f"          + [{next(n)}]{sub}" for sub in subs])
    d.blank()
    topic = rng.choice(list(TOPICS))
    d.t(f"   [{next(n)}]Home > [{next(n)}]{topic} > [{next(n)}]{rng.choice(TOPICS[topic])}", "")
    d.title(_headline(rng), "   ")
    dept = rng.choice(DEPARTMENTS)
    d.t(f"   From: [{next(n)}]{dept}", f"   Published {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2012, 2024)}")
    if rng.random() < 0.7:
        d.t(f"   Last updated {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2025)} — "
            f"[{next(n)}]see all updates")
    d.blank()
    d.body(body, "   ", 75)
    d.t(f"   Is this page useful? [{next(n)}]Yes [{next(n)}]No [{next(n)}]Report a problem with this page", "")
    d.t("   Topics", "", *[f"     * [{next(n)}]{t}" for t in rng.sample(sorted(TOPICS), rng.randint(1, 3))], "")
    d.t(f"   Page last reviewed: {rng.randint(1, 28):02}/{rng.randint(1, 12):02}/{rng.randint(2020, 2025)}",
        f"   Next review due: {rng.choice(MONTHS)} {rng.randint(2025, 2027)}", "")
    d.t(f"   [{next(n)}]Help [{next(n)}]Cookies [{next(n)}]Contact [{next(n)}]Accessibility statement "
        f"[{next(n)}]Terms and conditions", "",
        "   All content is available under the Open Government Licence v3.0, except where otherwise stated",
        "   © Crown copyright", "", "References", "")
    for k in range(1, next(n)):
        d.t(f"  {k:3}. https://www.millshire.example/{rng.choice(['topic', 'government', 'help'])}/{rng.randint(10, 9999)}")
    return d.page()


def blog(rng: random.Random, body: list[str]) -> Page:
    """A personal blog as w3m dumps it: categories and tags, a share bar, previous and next posts
    with their titles, a comment count and the reply form."""
    d = Dump()
    d.t("Notes from the Towpath", "A blog about boats, books and the weather", "",
        "[Home] [About] [Archive] [Contact]", "")
    d.title(_headline(rng))
    day = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2009, 2024)}"
    comments = rng.randint(0, 60)
    d.t(f"Posted on {day} by {rng.choice(FIRST).split()[0]} — "
        + (f"{comments} Comments" if comments != 1 else "1 Comment") if rng.random() < 0.7 else f"{day}", "")
    d.body(body)
    cats = rng.sample(["Boats", "Books", "Weather", "Walks", "Repairs", "Family"], rng.randint(1, 2))
    tags = rng.sample(["lock", "canal", "paint", "engine", "winter", "library", "tea", "birds", "rain"], rng.randint(1, 5))
    d.t("Posted in " + ", ".join(cats) + " | Tagged " + ", ".join(tags), "")
    d.t("Share this:", "[Email] [Print] [Facebook] [Mastodon] [Reddit]", "",
        f"[Like] {rng.randint(0, 90)} bloggers like this.", "")
    if rng.random() < 0.8:
        d.t(f"« {_headline(rng)}")
    if rng.random() < 0.8:
        d.t(f"{_headline(rng)} »")
    d.blank()
    if comments:
        d.t(f"{comments} thoughts on “{_headline(rng)}”" if comments > 1 else "One thought on this post", "")
    d.t("Leave a Reply", "Your email address will not be published. Required fields are marked *", "",
        "Comment *", "Name *  Email *  Website", "[Post Comment]", "",
        f"Notes from the Towpath · {rng.randint(100, 9000)} posts · Powered by WordPress")
    return d.page()


# Kept aside: written after ministry and blog had been run once (they are dev since), before the
# learner's last change was measured on anything but dev; run once at the end, never tuned on.
PRODUCTS = ["Brass deck lantern", "Canvas tote", "Oak chopping board", "Enamel mug", "Wool blanket",
            "Tide clock", "Rope doormat", "Tin kettle"]


def shop(rng: random.Random, body: list[str]) -> Page:
    """A shop's product page as w3m dumps it: basket count, price and stock lines, star ratings
    with review counts, delivery dates, a "customers also bought" strip with prices."""
    d = Dump()
    d.t(f"[Search products...]  [Go]    Basket ({rng.randint(0, 9)})  Sign in", "",
        "QUAYSIDE GOODS", "Home & Kitchen | Outdoors | Gifts | Sale", "",
        f"Home / {rng.choice(['Home & Kitchen', 'Outdoors', 'Gifts'])} / {rng.choice(PRODUCTS)}", "")
    d.title(f"{rng.choice(PRODUCTS)} — {rng.choice(['Navy', 'Natural', 'Small', 'Large', 'Set of 2'])}")
    price = f"£{rng.randint(4, 120)}.{rng.choice(['00', '50', '95', '99'])}"
    d.t(f"{'★' * (k := rng.randint(3, 5))}{'☆' * (5 - k)} {rng.randint(1, 900)} reviews",
        price + (f"  Was £{rng.randint(121, 200)}.00" if rng.random() < 0.3 else ""),
        rng.choice(["In stock", f"Only {rng.randint(1, 5)} left", "Low stock"]),
        "Quantity [1]  [Add to basket]", "", f"Free delivery {rng.choice(['Monday', 'Tuesday', 'Friday'])} "
        f"{rng.randint(1, 28)} {rng.choice(MONTHS)[:3]} on orders over £30", "", "Description", "")
    d.body(body)
    d.t("Customers also bought", "")
    for _ in range(rng.randint(2, 4)):
        d.t(f"  {rng.choice(PRODUCTS)}  £{rng.randint(4, 99)}.{rng.choice(['00', '50', '99'])}")
    d.t("", f"Reviews ({rng.randint(1, 900)})  [Write a review]", "",
        "Delivery & returns | Contact us | Gift cards", "© Quayside Goods Ltd · VAT no. GB 123 4567 89")
    return d.page()


def recipe(rng: random.Random, body: list[str]) -> Page:
    """A recipe site as lynx dumps it: jump and print links, times and servings, a rating, a
    newsletter box and a references list; the ingredients list between paragraphs is content."""
    d = Dump()
    n = iter(range(1, 200))
    d.t(f"   [{next(n)}]The Galley Kitchen   [{next(n)}]Recipes [{next(n)}]Seasons [{next(n)}]About", "")
    d.title(_headline(rng), "   ")
    d.t(f"   [{next(n)}]Jump to recipe · [{next(n)}]Print recipe · {rng.randint(0, 300)} comments", "")
    d.body(body[:1], "   ", 75)
    d.t(f"   Prep {rng.randint(5, 40)} mins  Cook {rng.randint(10, 180)} mins  Serves {rng.randint(2, 8)}",
        f"   Rated {rng.randint(30, 50) / 10} out of 5 from {rng.randint(2, 500)} votes", "")
    # The ingredients are the recipe's own: neither template nor a paragraph.
    d.lines += ["   Ingredients", ""] + [
        f"     * {rng.randint(1, 500)}{rng.choice(['g', 'ml', ' tbsp', ' tsp', ''])} "
        f"{rng.choice(['flour', 'butter', 'sugar', 'milk', 'salt', 'eggs', 'oats', 'lemon zest'])}"
        for _ in range(rng.randint(3, 7))]
    d.blank()
    d.body(body[1:], "   ", 75)
    d.t(f"   Did you make this? Tag [{next(n)}]@galleykitchen", "",
        "   Get new recipes by email", f"   [{next(n)}]Sign up", "",
        f"   © {rng.randint(2015, 2024)} The Galley Kitchen · [{next(n)}]Privacy · [{next(n)}]Contact", "",
        "References", "")
    for k in range(1, next(n)):
        d.t(f"  {k:3}. https://galley.example/{rng.choice(['recipe', 'season', 'about'])}/{rng.randint(10, 9999)}")
    return d.page()


# Kept aside: written after shop and recipe had been run once (they are dev since) and after the
# learner learned lines by evidence and lines run together, before any of them was run; run once.
CLUBS = ["Millbrook Rovers", "Quay Athletic", "Northfield Town", "Harbour United", "Valley Wanderers",
         "Canal Street FC", "Lantern Park", "Ferryside City"]
GROUNDS = ["Mill Lane", "The Quayside", "Northfield Park", "Ferry Road"]


def scores(rng: random.Random, body: list[str]) -> Page:
    """A sports results page as w3m dumps it: a strip of other scores, the score line, scorers
    with minutes, a line-up note, attendance and referee, the league table's top rows, the match
    report as the article, a "more results" strip and the footer."""
    d = Dump()
    others = rng.sample(CLUBS, 4)
    d.t("  ".join(f"{a[:3].upper()} {rng.randint(0, 4)}-{rng.randint(0, 4)} {b[:3].upper()}"
                  for a, b in zip(others[::2], others[1::2])) + "  FT", "",
        "COUNTY SPORT", "Football | Cricket | Rugby | Racing | Results | Tables", "")
    home, away = rng.sample(CLUBS, 2)
    d.t(f"Football > County League > {rng.choice(['Division One', 'Division Two', 'Cup'])}", "")
    d.t(f"{home} {(h := rng.randint(0, 5))}-{(a := rng.randint(0, 5))} {away}", "Full time", "")
    goals = [f"{rng.choice(LAST)} {rng.randint(1, 90)}'" for _ in range(h)]
    if goals:
        d.t(f"{home}: " + ", ".join(goals))
    goals = [f"{rng.choice(LAST)} {rng.randint(1, 90)}'" + (" (pen)" if rng.random() < 0.2 else "") for _ in range(a)]
    if goals:
        d.t(f"{away}: " + ", ".join(goals))
    d.t(f"Att: {rng.randint(300, 9000):,} · Ref: {_name(rng)} · {rng.choice(GROUNDS)}", "")
    d.title(_headline(rng))
    d.t(f"By {_name(rng)} at {rng.choice(GROUNDS)}", "")
    d.body(body)
    if rng.random() < 0.4:
        d.t(f"Player of the match: {_name(rng)} ({rng.choice([home, away])})", "")
    d.t("Table", "", "Pos  Team                 P   W  D  L  Pts")
    for pos, club in enumerate(rng.sample(CLUBS, 4), 1):
        d.t(f"{pos:>3}  {club:<20} {rng.randint(10, 30):>2}  {rng.randint(0, 20):>2} {rng.randint(0, 9):>2} "
            f"{rng.randint(0, 9):>2}  {rng.randint(10, 70):>3}")
    d.t("", "Full table | Fixtures | Results", "")
    d.t(f"© County Sport {rng.randint(2018, 2024)} · Scores are provisional until confirmed by the league")
    return d.page()


AGENTS = ["Quayside Homes", "Mill & Co Estates", "Northfield Lettings"]


def listing(rng: random.Random, body: list[str]) -> Page:
    """A house for sale as lynx dumps it: search links, the price and "guide price" lines, bedrooms
    and bathrooms, an energy rating, the agent's box with a telephone number, a "similar homes"
    list with prices, the description as the article, and the references list."""
    d = Dump()
    n = iter(range(1, 200))
    d.t(f"   [{next(n)}]HOMEFINDER   [{next(n)}]Buy [{next(n)}]Rent [{next(n)}]Sold prices [{next(n)}]Sign in", "",
        f"   [{next(n)}]< Back to search results", "")
    beds = rng.randint(1, 5)
    street = f"{rng.choice(['Mill', 'Quay', 'Ferry', 'Church', 'Station'])} {rng.choice(['Road', 'Lane', 'Street', 'Close'])}"
    d.title(f"{beds} bedroom {rng.choice(['terraced house', 'flat', 'cottage', 'semi-detached house'])} for sale", "   ")
    d.t(f"   {street}, {rng.choice(['Millbrook', 'Northfield', 'Harbourside'])} {rng.choice(['MB', 'NF', 'HS'])}"
        f"{rng.randint(1, 9)}")
    price = f"£{rng.randint(90, 900)},{rng.choice(['000', '500', '950'])}"
    d.t(("   Guide price " if rng.random() < 0.4 else "   ") + price,
        f"   {beds} bed · {rng.randint(1, 3)} bath · {rng.choice(['Freehold', 'Leasehold'])}",
        f"   Added on {rng.randint(1, 28):02}/{rng.randint(1, 12):02}/{rng.randint(2022, 2025)}"
        + (" · Reduced" if rng.random() < 0.3 else ""), "",
        f"   [{next(n)}]Save   [{next(n)}]Share   [{next(n)}]Floorplan   [{next(n)}]Map", "")
    d.t("   Description", "")
    d.body(body, "   ", 75)
    d.t(f"   Council tax band: {rng.choice('ABCDEF')}   EPC rating: {rng.choice('BCDE')}", "")
    agent = rng.choice(AGENTS)
    d.t(f"   Marketed by [{next(n)}]{agent}", f"   Call {rng.choice(['01632', '01754'])} {rng.randint(100000, 999999)}"
        f"   [{next(n)}]Request details", "")
    d.t("   Similar homes", "")
    for _ in range(rng.randint(2, 4)):
        d.t(f"     * [{next(n)}]{rng.randint(1, 5)} bed {rng.choice(['flat', 'house', 'cottage'])}, "
            f"{rng.choice(['Mill', 'Quay', 'Ferry', 'Church'])} {rng.choice(['Road', 'Lane', 'Row'])} "
            f"£{rng.randint(90, 900)},000")
    d.t("", f"   [{next(n)}]Help [{next(n)}]Privacy [{next(n)}]Cookies · Homefinder Ltd", "", "References", "")
    for k in range(1, next(n)):
        d.t(f"  {k:3}. https://homefinder.example/{rng.choice(['property', 'search', 'agent'])}/{rng.randint(1000, 99999)}")
    return d.page()


TAGS = ["boats", "engines", "knots", "canals", "paint", "weather", "history", "tools", "locks"]


def answers(rng: random.Random, body: list[str]) -> Page:
    """A question-and-answer page copied as text: a site bar, the question's votes and views,
    "Asked" and "Modified" lines, tags, the answers (the article's paragraphs) each under a vote
    count and a user card, "Share Follow" lines and the "Not the answer" prompt."""
    d = Dump()
    d.t("Boaters Q&A", "Questions  Tags  Users  Unanswered    Ask Question", "")
    d.title(_headline(rng) + "?")
    d.t(f"Asked {rng.randint(1, 11)} years ago  Modified {rng.randint(1, 12)} "
        f"{rng.choice(['days', 'months', 'years'])} ago  Viewed {rng.randint(20, 90000)} times", "")
    first, rest = body[:1], body[1:]
    d.t(f"{rng.randint(-2, 150)}")
    d.body(first)
    d.t(" ".join(rng.sample(TAGS, rng.randint(1, 4))), "Share  Follow  Flag", "")
    d.t(f"asked {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {rng.randint(2012, 2024)} at "
        f"{rng.randint(0, 23)}:{rng.randint(10, 59)}", f"{rng.choice(FIRST).split()[0].lower()}{rng.randint(1, 999)}",
        f"{rng.randint(1, 9999):,} reputation", "")
    d.t(f"{len(rest)} Answers" if len(rest) != 1 else "1 Answer", "Sorted by: Highest score (default)", "")
    for k, paragraph in enumerate(rest):
        d.t(f"{rng.randint(0, 200)}")
        if k == 0 and rng.random() < 0.5:
            d.t("Accepted answer")
        d.body([paragraph])
        d.t("Share  Follow", f"answered {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {rng.randint(2012, 2024)}",
            f"{_name(rng)}", "")
        if rng.random() < 0.35:  # a reader's comment: neither template nor a paragraph
            d.lines += [f"Thanks, this worked for me. – {rng.choice(FIRST).split()[0].lower()} {rng.randint(1, 28)} "
                        f"{rng.choice(MONTHS)[:3]}", ""]
    d.t("Not the answer you're looking for? Browse other questions tagged "
        + " ".join(rng.sample(TAGS, 2)) + " or ask your own question.", "",
        "Boaters Q&A · Content licensed CC BY-SA")
    return d.page()


STATIONS = ["Millbrook", "Northfield", "Harbourside", "Quay Street", "Ferry Road", "Church Lane"]


def timetable(rng: random.Random, body: list[str]) -> Page:
    """A railway notice board as links2 dumps it: a frame of "|" edges, a departures table of
    times, destinations, platforms and a status, a disruption banner on some pages, the notice as
    the article, a "Journey planner" form and a footer with the time the page was made."""
    d = Dump()
    d.t("+" + "-" * 60 + "+", "| MILLBROOK RAILWAYS        Journeys | Tickets | Help  |", "+" + "-" * 60 + "+", "")
    if rng.random() < 0.4:
        d.t(f"!! Disruption: {rng.choice(STATIONS)} to {rng.choice(STATIONS)} until "
            f"{rng.randint(10, 23)}:{rng.choice(['00', '15', '30', '45'])} !!", "")
    d.t("Departures", "  Time   Destination          Plat  Status")
    for _ in range(rng.randint(3, 5)):
        d.t(f"  {rng.randint(5, 23):02}:{rng.randint(0, 59):02}  {rng.choice(STATIONS):<20} {rng.randint(1, 6):>4}  "
            f"{rng.choice(['On time', 'On time', 'Delayed', f'Exp {rng.randint(5, 23):02}:{rng.randint(0, 59):02}', 'Cancelled'])}")
    d.t("", f"Notice {rng.randint(100, 999)}/{rng.randint(20, 25)} · Updated {rng.randint(1, 28)} "
            f"{rng.choice(MONTHS)} {rng.randint(2020, 2025)}", "")
    d.title(_headline(rng))
    d.body(body)
    d.t("Journey planner", "From: [__________]  To: [__________]  [ Go ]", "",
        f"Page generated {rng.randint(0, 23):02}:{rng.randint(0, 59):02}:{rng.randint(0, 59):02} "
        f"in {rng.randint(5, 900)} ms · Millbrook Railways plc")
    return d.page()


def newsletter(rng: random.Random, body: list[str]) -> Page:
    """An e-mail newsletter saved as plain text: mail headers, a "View in browser" line, a greeting
    with the reader's first name, an issue line, the story as the article with a sponsor's line
    between paragraphs on some issues, then the sign-off, an unsubscribe paragraph with an
    address, and the postal footer."""
    d = Dump()
    first = rng.choice(FIRST).split()[0]
    d.t("From: The Harbour Letter <letters@harbour.example>", f"To: {first.lower()}{rng.randint(1, 99)}@mail.example",
        f"Date: {rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {rng.randint(1, 28)} "
        f"{rng.choice(MONTHS)[:3]} {rng.randint(2019, 2025)} {rng.randint(6, 9):02}:00:00 +0000",
        f"Subject: The Harbour Letter #{rng.randint(10, 400)}", "",
        "Having trouble reading this? View it in your browser.", "",
        f"Hello {first},", "")
    d.title(_headline(rng))
    cut = rng.randint(1, max(1, len(body) - 1))
    d.body(body[:cut])
    if rng.random() < 0.4:
        d.t(f"-- This issue is supported by {rng.choice(AGENTS)}. --", "")
    d.body(body[cut:])
    d.t("Until next week,", f"{_name(rng)}, editor", "", "-" * 40,
        f"You are receiving this because {first.lower()}{rng.randint(1, 99)}@mail.example signed up at",
        "harbour.example. Unsubscribe | Update preferences | Forward to a friend",
        "The Harbour Letter, 4 Quay Street, Millbrook MB1 2QS")
    return d.page()


# Kept aside: written after timetable and newsletter had been run once (they are dev since), before
# the learner was changed for them; their articles are passages of two books the learner was never
# tuned on (benchmarks/texts/gutenberg/: Moby-Dick, Three Men in a Boat); committed before they were run.
BOOKS = [" ".join(p.split()) for path in sorted((ROOT / "benchmarks" / "texts" / "gutenberg").glob("*.txt"))
         for p in path.read_text(encoding="utf-8").split("\n\n") if len(" ".join(p.split())) >= 200]
BOARDS = ["Engines & Mechanics", "Paint & Bodywork", "Moorings", "Cruising Logs", "For Sale"]
BOATS = ["Kingfisher", "Slow Progress", "Tern", "Jubilee", "Otter", "Mallard", "Second Wind"]


def _stamp(rng: random.Random) -> str:
    return (f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])} {rng.choice(MONTHS)[:3]} "
            f"{rng.randint(1, 28)}, {rng.randint(2009, 2025)} {rng.randint(1, 12)}:{rng.randint(0, 59):02} "
            f"{rng.choice(['am', 'pm'])}")


def thread(rng: random.Random, body: list[str]) -> Page:
    """A forum thread as w3m dumps it: each paragraph a post under a "Re: TITLE" line (the first
    post's, the title alone, is not scored) and a "Post by" line, some posts opening with a quote of the post before ("NAME wrote:" and its lines
    marked "> ", which are neither template nor article), a user box with posts, joined date and
    a boat signature, "Top" links, a pager and the who-is-online footer."""
    d = Dump()
    board = rng.choice(BOARDS)
    topic = _headline(rng)
    posts = len(body) + rng.randint(0, 30)
    d.t("Narrowboat Owners' Forum", "Quick links  FAQ  Register  Login", "",
        f"Board index ‹ {board}", "")
    d.title(topic)
    d.t(f"Post Reply   Search this topic…   {posts} posts • Page 1 of {posts // 10 + 1}", "")
    users = [f"{rng.choice(FIRST).split()[0].lower()}_{rng.choice(BOATS).split()[0].lower()}" for _ in body]
    for k, paragraph in enumerate(body):
        if k:
            d.t(f"Re: {topic}")
        else:
            d.lines.append(topic)  # the first post's header repeats the title: neither, as the title
        d.t(f"Post by {users[k]} » {_stamp(rng)}", "")
        if k and rng.random() < 0.4:
            d.t(f"{users[k - 1]} wrote: ↑ {_stamp(rng)}")
            quoted = body[k - 1].split(". ")[0]
            d.lines += textwrap.wrap(quoted, 76, initial_indent="> ", subsequent_indent="> ") + [""]
        d.body([paragraph])
        d.t("--", f"NB {rng.choice(BOATS)}, {rng.randint(30, 70)}ft {rng.choice(['trad', 'semi-trad', 'cruiser'])} stern",
            "", users[k], f"Posts: {rng.randint(1, 9000):,}",
            f"Joined: {rng.choice(['Mon', 'Tue', 'Sat'])} {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {rng.randint(2005, 2024)}",
            "Top", "")
    d.t("Display: All posts  Sort by: Post time  Ascending  [Go]", "",
        f"Return to “{board}”", "Jump to  [Select a forum]", "", "WHO IS ONLINE",
        f"Users browsing this forum: {rng.choice(['No registered users', rng.choice(users)])} and "
        f"{rng.randint(1, 60)} guests", "",
        "Powered by phpBB® Forum Software © phpBB Limited | Privacy | Terms")
    return d.page()


VENUES = ["Studio Theatre", "Main Hall", "The Loft", "Riverside Room"]
KINDS = ["Talks", "Music", "Film", "Family", "Workshops"]


def events(rng: random.Random, body: list[str]) -> Page:
    """An arts centre's event page as lynx dumps it: the date and time, venue, prices, booking and
    calendar links, running time and access notes, a month calendar grid, a "Coming up" list of
    dated events, the references list; the event's description is the article."""
    import calendar
    d = Dump()
    n = iter(range(1, 200))
    d.t(f"   [{next(n)}]Skip to content", "",
        f"   [{next(n)}]MILLBROOK ARTS CENTRE   [{next(n)}]What's on [{next(n)}]Venue hire [{next(n)}]Membership "
        f"[{next(n)}]Basket ({rng.randint(0, 4)})", "",
        f"   [{next(n)}]What's on > [{next(n)}]{rng.choice(KINDS)}", "")
    d.title(_headline(rng), "   ")
    year, month = rng.randint(2019, 2026), rng.randint(1, 12)
    day = rng.randint(1, 28)
    weekday = calendar.day_name[calendar.weekday(year, month, day)]
    d.t(f"   {weekday} {day} {MONTHS[month - 1]} {year}, {rng.randint(10, 20)}:{rng.choice(['00', '30'])}"
        f" – {rng.randint(21, 23)}:{rng.choice(['00', '15', '30'])}",
        f"   {rng.choice(VENUES)}, Millbrook Arts Centre")
    price = rng.random()
    d.t("   Free, no booking needed" if price < 0.2 else "   SOLD OUT – join the waiting list" if price < 0.3
        else f"   Tickets £{rng.randint(6, 25)}.00 / £{rng.randint(3, 5)}.00 concessions")
    d.t(f"   [{next(n)}]Book now   [{next(n)}]Add to calendar   [{next(n)}]Share", "")
    d.body(body, "   ", 75)
    d.t(f"   Running time: approx. {rng.randint(45, 180)} minutes"
        + (", including an interval" if rng.random() < 0.5 else ""),
        f"   Age guidance: {rng.choice(['All ages', '12+', '16+', '18+'])}",
        f"   Access: [{next(n)}]Step-free access · [{next(n)}]Hearing loop"
        + (" · BSL interpreted" if rng.random() < 0.3 else ""), "")
    prev, nxt = MONTHS[month - 2], MONTHS[month % 12]
    d.t(f"   [{next(n)}]« {prev[:3]}   {MONTHS[month - 1]} {year}   [{next(n)}]{nxt[:3]} »", "   Mo Tu We Th Fr Sa Su")
    for week in calendar.monthcalendar(year, month):
        d.t("   " + " ".join(f"{x:2}" if x else "  " for x in week).rstrip())
    d.t("", "   Coming up", "")
    for _ in range(rng.randint(2, 4)):
        d.t(f"     * [{next(n)}]{rng.randint(1, 28)} {MONTHS[month % 12][:3]}: {_headline(rng)}")
    d.t("", f"   [{next(n)}]Sign up for our e-news · [{next(n)}]Privacy · [{next(n)}]Contact us",
        f"   Registered charity no. 1098765 · © Millbrook Arts Centre {year}", "", "References", "")
    for k in range(1, next(n)):
        d.t(f"  {k:3}. https://millbrookarts.example/{rng.choice(['event', 'whats-on', 'book'])}/{rng.randint(100, 99999)}")
    return d.page()


DOC_PAGES = {"Getting started": ["Installation", "Quick start", "Upgrading"],
             "Guides": ["Configuration", "Scheduling", "Logging", "Deploying"],
             "Reference": ["Command line", "Settings", "Plugins", "Changelog"]}


def docs(rng: random.Random, body: list[str]) -> Page:
    """A documentation page copied from a browser: the top bar with a version picker, the sidebar's
    page list with the current page marked, a breadcrumb, an "On this page" list of the page's
    section headings (the list's lines are the headings' text, neither template nor article, so
    not scored), the sections, then "Edit this page", the last-updated line, previous and
    next page links and the feedback prompt."""
    d = Dump()
    pages_ = [(group, page) for group, names in DOC_PAGES.items() for page in names]
    at = rng.randrange(1, len(pages_) - 1)
    group, here = pages_[at]
    d.t(f"Tidewater Docs   v{rng.randint(1, 4)}.{rng.randint(0, 9)} ▾   Search docs (Ctrl+K)   GitHub", "")
    for name, names in DOC_PAGES.items():
        d.t(name, *[("  ● " if page == here else "    ") + page for page in names])
    d.t("", f"Docs › {group} › {here}", "")
    d.title(here)
    headings = [_headline(rng) for _ in body[1:]]
    d.t("On this page")
    d.lines += [f"  {h}" for h in headings] + [""]  # the headings again: neither, as the headings
    d.body(body[:1])
    for heading, paragraph in zip(headings, body[1:]):
        d.title(heading)
        d.body([paragraph])
    d.t("Edit this page", f"Last updated on {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {rng.randint(2021, 2025)} "
        f"by {_name(rng)}", "")
    d.t("Previous", pages_[at - 1][1], "Next", pages_[at + 1][1], "",
        "Was this page helpful?  Yes  No", "", "© 2025 Tidewater Project. Docs licensed CC BY 4.0.")
    return d.page()


# ledger and forum were held out until the learner had been tuned on the six others; they were
# then looked at and tuned on, and are dev since.
DEV = {"harbour": harbour, "valley": valley, "bulletin": bulletin, "quarterly": quarterly,
       "campus": campus, "archive": archive, "ledger": ledger, "forum": forum}
# wiki and courier were held out until their first run; they were then looked at and are dev since.
DEV.update({"wiki": wiki, "courier": courier})
# ministry and blog were held out until their one run; they are dev since.
DEV.update({"ministry": ministry, "blog": blog})
# shop and recipe were held out until their one run; they are dev since.
DEV.update({"shop": shop, "recipe": recipe})
# scores, listing and answers were held out until their one run; they are dev since.
DEV.update({"scores": scores, "listing": listing, "answers": answers})
# timetable and newsletter were held out until their one run; they are dev since.
DEV.update({"timetable": timetable, "newsletter": newsletter})
# thread, events and docs (the sixth set) were held out until their two runs; they are dev since.
# Their articles stay the books' passages (BOOKS). The seventh and eighth sets are in learn_sites.py.
SIXTH = {"thread": thread, "events": events, "docs": docs}
DEV.update(SIXTH)
SITES = dict(DEV)


def pages(site: str, n: int, seed: int) -> list[Page]:
    """``n`` pages of a site; another seed gives other pages (other articles, dates, names)."""
    rng = random.Random(f"{site}-{seed}")
    pool = BOOKS if site in SIXTH else PARAGRAPHS
    return [SITES[site](rng, rng.sample(pool, rng.randint(3, 6))) for _ in range(n)]


if __name__ == "__main__":
    site, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for page in pages(site, count, 0):
        sys.stdout.write(page.text + "\n" + "=" * 78 + "\n")
