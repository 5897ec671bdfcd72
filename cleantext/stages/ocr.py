"""Correct letters an OCR engine misread ("tbe", "havo", "foUowed"), and nothing else.

A word is suspect when the block language's word list (wordfreq) holds it rarely or not at
all and no rule file lists it. Its candidates come from the confusions a rule file declares
for the script (rules/ocr/latin.toml: rn/m, li/h, o/e, ...), applied once or twice. A
candidate wins only when it is far more common than the word as read and clearly ahead of
the next candidate. A word that is itself common enough to be meant ("tho", "bis") changes
only when the same confusion has already been seen mending non-words in the same block.
A word the word list holds at all, however rarely ("yon", "hoar", "moderato" in clean books),
changes only when the document shows strong OCR evidence (MIN_MENDS, MEND_SHARE).
Names, all-capitals, numbers with units, URLs and code, parts of a word broken at a line
end or beside a symbol ("¥ery"), two words run together ("asin"), and old spellings
("haue", "vpon", "onely": a modern form of them is a word) stay.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import combinations
from typing import Callable

import regex

from ..document import Document, Line
from ..patterns import compiled
from ..rulefile import selected
from ..words import frequency_bands
from .base import LineFixer, Mending, stage

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

__all__ = ["OcrRules", "Correction", "correct_ocr", "shows_ocr_traits", "load_rules"]

# wordfreq's Zipf scale: 3 is once per million words, 6 once per thousand.
# At or above COMMON a word is taken as meant whatever the block looks like ("tho" is 4.4,
# from dialect and verse: below this it may still be a misreading of "the").
COMMON = 4.5
# Below NOT_A_WORD a word is suspect ("havo" 1.6, "tbe" 2.6, "aro" 2.7).
NOT_A_WORD = 3.0
# A candidate must be this much more common than the word as read (100 times) ...
GAIN = 2.0
# A candidate must be a common word in its own right (once in 300,000 words: "sonic"
# 3.9, "tempered" 3.5 pass; "morty" 3.1, "fillies" 2.7 do not) ...
CANDIDATE = 3.5
# ... and more common still when it is short: a confusion turns a short misreading into some
# other short word by chance far more often than a long one ("aniy" for "any" gives "amy",
# "éwo" for "two" gives "owe"). Each letter under LONG_WORD adds SHORT_WORD: a five-letter
# winner needs 3.8 ("finch" 3.55 does not pass, "seize" 3.8 does), a three-letter one 4.4.
LONG_WORD = 6
SHORT_WORD = 0.3
# ... and this much more common than the next candidate (10 times), each edit after the
# first costing EDIT_COST: one confusion explains a misreading better than two.
LEAD = 1.0
EDIT_COST = 1.5
# A word common enough to be meant needs more: a 300-fold gain, a 30-fold lead, and the same
# confusion mending at least REAL_WORD_EVIDENCE non-words in its block.
REAL_GAIN = 2.5
REAL_LEAD = 1.5
REAL_WORD_EVIDENCE = 2
# An old spelling's modern form must be at least this common to protect it ("lofty" 3.2),
# and no more than GAIN below the best candidate: "loue" (love 5.6) stays beside "lone",
# but "tbe" is not the old spelling of "tb" (3.2) when "the" (7.7) is at hand.
HISTORICAL_WORD = 3.0
# A block is worth reading when this share of its lower-case words (and at least
# MIN_NONWORDS of them) are rarer than GATE_ZIPF: 1 to 2 in 1,000 on clean modern prose,
# up to 1 in 25 on nineteenth-century prose, 1 in 10 to 1 in 5 on most OCR pages of
# benchmarks/ocr/ (dev part).
GATE_ZIPF = 2.0
NONWORD_SHARE = 0.02
MIN_NONWORDS = 2
# A word the language's word list holds at all ("yon" 2.9, "hoar" 2.3, "bidden" 1.8,
# "moderato" 1.8, but also the commonest misreadings: "tbe" 2.6, "havo" 1.6) is changed only
# in a document that shows strong OCR evidence: at least MIN_MENDS non-words (words under
# NOT_A_WORD) a confusion mends, and at least MEND_SHARE of its words. Clean books give one or
# two such words in 2,000 (rare and dialect words, 0.1%); OCR pages of benchmarks/ocr/ give
# several in a hundred. A word the list lacks ("wliich", "foUowed") needs only the gate.
MIN_MENDS = 3
MEND_SHARE = 0.01
# Sites of a confusion tried in one word: a longer word is left alone rather than searched.
MAX_SITES = 12

TOKEN = regex.compile(r"[\p{L}\p{M}0-9ſ]+")
# What stands before a word that starts a sentence (a capital there is no name).
SENTENCE_END = frozenset('.!?:;"“‘([')
CODE_CHARS = regex.compile(r"://|www\.|@|[/\\_=<>{}|#]")
# Lower-case words between spaces and punctuation, for the gate: the standard library's re,
# as plain letters are all it needs and it is faster at them.
LOWER_WORDS = re.compile(r"(?<= )[a-zſ]{2,}(?=[ ,.;:!?\n])")


@dataclass(frozen=True)
class Confusion:
    seen: str
    meant: str
    real_words: bool = True  # may it change a word that is a word as read?

    @property
    def id(self) -> str:
        return f"{self.seen}>{self.meant}"


@dataclass
class OcrRules:
    """The confusions, old-spelling rewrites, unit pattern and lexicon of one script."""

    confusions: list[Confusion] = field(default_factory=list)
    historical: list[tuple[regex.Pattern, str]] = field(default_factory=list)
    units: regex.Pattern | None = None
    lexicon: frozenset[str] = frozenset()
    source: str = ""

    @classmethod
    def from_tables(cls, tables: list[dict], source: str = "") -> "OcrRules":
        """Merge [ocr] tables in order: later files add confusions, rewrites and words."""
        rules = cls(source=source)
        words: set[str] = set()
        for table in tables:
            for item in table.get("confusions", []):
                real = item.get("real_words", True)
                rules.confusions.append(Confusion(item["seen"], item["meant"], real))
                if item.get("both"):
                    rules.confusions.append(Confusion(item["meant"], item["seen"], real))
            for item in table.get("historical", []):
                rules.historical.append((compiled(item["pattern"]), item["replace"]))
            if "units" in table:
                rules.units = compiled(table["units"])
            words.update(word.lower() for word in table.get("lexicon", []))
        rules.lexicon = frozenset(words)
        return rules


@functools.lru_cache(maxsize=8)
def load_rules(path: str | None = None) -> OcrRules:
    """The [ocr] table of a rule file, by default the shipped rules/ocr/latin.toml."""
    if path is None:
        from ..rulefile import builtin_dir

        path = str(builtin_dir() / "ocr" / "latin.toml")
    with open(path, "rb") as f:
        return OcrRules.from_tables([tomllib.load(f).get("ocr", {})], path)


@functools.lru_cache(maxsize=16)
def _frequencies(lang: str) -> dict[str, float] | None:
    from wordfreq import available_languages, get_frequency_dict

    if lang not in available_languages():
        return None
    return get_frequency_dict(lang)


def _zipf(freqs: dict[str, float], word: str) -> float:
    freq = freqs.get(word.lower())
    return math.log10(freq) + 9 if freq else 0.0


@dataclass
class Correction:
    """One word changed: where, from what to what, by which confusions, on what evidence."""

    start: int
    end: int
    before: str
    after: str
    rule: str
    evidence: str
    real_word: bool = False  # the word as read is common enough to be meant (NOT_A_WORD)
    listed: bool = False     # the word list holds the word as read, however rarely


def shows_ocr_traits(text: str, lang: str = "en") -> bool:
    """Whether enough of the text's lower-case words are rare enough to look like OCR.

    >>> shows_ocr_traits("It was tlie end of tbe day, and wo havo followed tho river.")
    True
    >>> shows_ocr_traits("It was the end of the day, and we have followed the river.")
    False
    """
    common = _common(lang)
    if common is None:
        return False
    words = LOWER_WORDS.findall(text)
    missing = len(words) - sum(map(common.__contains__, words))
    return missing >= MIN_NONWORDS and missing >= NONWORD_SHARE * len(words)


@functools.lru_cache(maxsize=16)
def _common(lang: str) -> frozenset[str] | None:
    """The words at least GATE_ZIPF common: one set look-up a word keeps the gate cheap.

    Read from the first bands of wordfreq's list (``frequency_bands``), the ones that
    get_frequency_dict would give a frequency of at least GATE_ZIPF: most documents never need
    the whole dictionary of a language, which takes several times as long to build.
    """
    from ..wordfiles import cB_to_freq

    bands = frequency_bands(lang)
    if bands is None:
        return None
    rare = 10 ** (GATE_ZIPF - 9)
    common: set[str] = set()
    for index, band in enumerate(bands):
        if cB_to_freq(-index) < rare:
            break
        common.update(band)
    return frozenset(common)


def _candidates(word: str, confusions: list[Confusion]) -> dict[str, tuple[Confusion, ...]]:
    """Every spelling one or two confusions make of ``word``, with the confusions used."""
    sites = []
    for confusion in confusions:
        start = word.find(confusion.seen)
        while start != -1:
            sites.append((start, start + len(confusion.seen), confusion))
            start = word.find(confusion.seen, start + 1)
    if len(sites) > MAX_SITES:
        return {}
    found: dict[str, tuple[Confusion, ...]] = {}
    for n in (1, 2):
        for chosen in combinations(sites, n):
            chosen = sorted(chosen, key=lambda site: site[0])
            if any(a[1] > b[0] for a, b in zip(chosen, chosen[1:])):
                continue  # overlapping sites
            out, pos = [], 0
            for start, end, confusion in chosen:
                out += [word[pos:start], confusion.meant]
                pos = end
            spelled = "".join(out) + word[pos:]
            found.setdefault(spelled, tuple(site[2] for site in chosen))
    return found


def _historical(word: str, rules: OcrRules, freqs: dict[str, float]) -> str | None:
    """A common modern form of ``word`` by the old-spelling rewrites, if there is one.

    >>> _historical("loue", load_rules(), _frequencies("en"))
    'love'
    >>> _historical("havo", load_rules(), _frequencies("en")) is None
    True
    """
    forms = {word.lower()}
    for pattern, replace in rules.historical:
        forms |= {pattern.sub(replace, form) for form in forms}
        if len(forms) > 64:
            break
    forms.discard(word.lower())
    best = max(forms, key=lambda form: _zipf(freqs, form), default=None)
    return best if best is not None and _zipf(freqs, best) >= HISTORICAL_WORD else None


def _shape_ok(word: str, candidate: str, sentence_start: bool) -> bool:
    """A candidate keeps a plain shape: lower case, or a capital first where a sentence starts."""
    if candidate.islower():
        return True
    return sentence_start and candidate[0].isupper() and (len(candidate) == 1 or candidate[1:].islower())


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the text's first or follows a sentence's end.

    >>> _starts_sentence("It rained. Tbe end", 11), _starts_sentence("with Tbe end", 5)
    (True, False)
    """
    i = start - 1
    while i >= 0 and text[i] in " \t\n":
        i -= 1
    return i < 0 or text[i] in SENTENCE_END


def _guarded(text: str, start: int, end: int, word: str, rules: OcrRules) -> str | None:
    """Why the word at text[start:end] must stay as it is, or None."""
    if any(ch.isdigit() for ch in word) and rules.units is not None and rules.units.match(word):
        return "number"
    if len(word) > 1 and word.isupper():
        return "capitals"
    left = text.rfind(" ", 0, start) + 1
    left = max(left, text.rfind("\n", 0, start) + 1)
    right_candidates = [i for i in (text.find(" ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    if CODE_CHARS.search(text, left, right):
        return "code"
    if text.startswith("-", end) and text[end + 1 : end + 3].lstrip(" \t").startswith("\n"):
        return "hyphen"
    before = text[max(0, start - 3) : start]
    if before.endswith("-\n") or regex.search(r"-[ \t]*\n[ \t]*$", text[max(0, start - 8) : start]):
        return "hyphen"
    if start > 0 and text[start - 1] in "'’" or text.startswith(("'", "’"), end):
        return "apostrophe"  # "'tis", "o'er", "don't": elided forms are not misreadings
    if _symbol(text[start - 1 : start]) or _symbol(text[end : end + 1]):
        return "fragment"  # "¥ery", "nami¢": the rest of the word was read as a symbol
    return None


def _symbol(char: str) -> bool:
    """A currency sign, mathematical or other symbol: what a misread letter can turn into.

    >>> _symbol("¥"), _symbol("¢"), _symbol("-"), _symbol(" "), _symbol("")
    (True, True, False, False, False)
    """
    return bool(char) and unicodedata.category(char).startswith("S")


def _split(word: str, freqs: dict[str, float]) -> tuple[float, str]:
    """The best reading of ``word`` as two words run together (a space the engine missed).

    Scored by the rarer of the two, which must each have two letters or more.

    >>> _split("asin", _frequencies("en"))[1]
    'as in'
    """
    best = (0.0, "")
    for cut in range(2, len(word) - 1):
        score = min(_zipf(freqs, word[:cut]), _zipf(freqs, word[cut:]))
        if score > best[0]:
            best = (score, f"{word[:cut]} {word[cut:]}")
    return best


def correct_ocr(text: str, *, lang: str = "en", rules: OcrRules | None = None,
                gate: bool = True, strong: bool | None = None) -> tuple[str, list[Correction]]:
    """Return the text with likely misreadings corrected, and each correction.

    The whole text is one block: its other words are the evidence for a word that is
    common enough to be meant. With ``gate`` a text that shows no OCR traits (see
    shows_ocr_traits) comes back as it is. A word the word list holds (however rarely) changes
    only when the document shows strong OCR evidence (see MIN_MENDS): ``strong`` says whether
    it does, read from the whole document; None reads it from ``text`` alone.

    >>> fixed, changes = correct_ocr("It was tlie end of tbe day, and we havo foUowed the river.")
    >>> fixed
    'It was the end of the day, and we have followed the river.'
    >>> [(c.before, c.after) for c in changes]
    [('tlie', 'the'), ('tbe', 'the'), ('havo', 'have'), ('foUowed', 'followed')]
    >>> correct_ocr("I haue giuen you euery herbe vpon the earth, for his loue was soone shewn.")[0]
    'I haue giuen you euery herbe vpon the earth, for his loue was soone shewn.'
    >>> correct_ocr("tho night was dark")[0]          # a word in its own right, no evidence
    'tho night was dark'
    >>> correct_ocr("The oboist played moderato, and the flute was hidden in a grove of yon hills.")[0]
    'The oboist played moderato, and the flute was hidden in a grove of yon hills.'
    """
    rules = rules or load_rules()
    freqs = _frequencies(lang)
    if freqs is None or (gate and not shows_ocr_traits(text, lang)):
        return text, []
    proposals = []  # (start, end, word, candidate, confusions, real_word, evidence)
    for match in TOKEN.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) < 2 or word.lower() in rules.lexicon:
            continue
        own = _zipf(freqs, word)
        if own >= COMMON or _guarded(text, start, end, word, rules):
            continue
        sentence_start = _starts_sentence(text, start)
        if word[0].isupper() and not sentence_start and not _capital_explained(word, rules):
            continue  # a name mid-sentence
        real_word = own >= NOT_A_WORD
        scored = []
        for candidate, used in _candidates(word, rules.confusions).items():
            if real_word and not all(c.real_words for c in used):
                continue
            if not _shape_ok(word, candidate, sentence_start):
                continue
            zipf = _zipf(freqs, candidate)
            if zipf >= CANDIDATE:
                scored.append((zipf - EDIT_COST * (len(used) - 1), zipf, candidate, used))
        if not scored:
            continue
        scored.sort(key=lambda item: item[0], reverse=True)
        score, zipf, candidate, used = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        gain, lead = (REAL_GAIN, REAL_LEAD) if real_word else (GAIN, LEAD)
        if score - own < gain or score - runner_up < lead:
            continue
        if zipf < CANDIDATE + SHORT_WORD * max(0, LONG_WORD - len(candidate)):
            continue  # a short word reached by chance
        if not real_word and _split(word, freqs)[0] >= score:
            continue  # two words run together ("asin": "as in") explain it better
        modern = _historical(word, rules, freqs)
        if modern is not None and _zipf(freqs, modern) + gain > score:
            continue  # an old spelling of a word about as likely as the candidate: it stays
        evidence = f"{word} {own:.1f} -> {candidate} {zipf:.1f} (Zipf)"
        if len(scored) > 1:
            evidence += f", next {scored[1][2]} {scored[1][1]:.1f}"
        proposals.append((start, end, word, candidate, used, real_word, evidence))
    # A word the word list holds changes only on strong evidence that the document is OCR.
    if strong is None:
        strong = mends_evidence(sum(1 for p in proposals if not p[5]), len(TOKEN.findall(text)))
    if not strong:
        proposals = [p for p in proposals if not p[5] and _zipf(freqs, p[2]) == 0.0]
    # Confusions seen mending non-words in this block vouch for the same confusion in words.
    seen = {}
    for proposal in proposals:
        if not proposal[5]:
            for confusion in proposal[4]:
                seen[confusion] = seen.get(confusion, 0) + 1
    corrections = []
    for start, end, word, candidate, used, real_word, evidence in proposals:
        if real_word:
            support = min(seen.get(confusion, 0) for confusion in used)
            if support < REAL_WORD_EVIDENCE:
                continue
            evidence += f"; {'+'.join(c.id for c in used)} mended {support} non-words in this block"
        rule = "ocr:" + "+".join(c.id for c in used)
        corrections.append(Correction(start, end, word, candidate, rule, evidence, real_word,
                                      _zipf(freqs, word) > 0.0))
    return _applied(text, corrections), corrections


def _applied(text: str, corrections: list[Correction]) -> str:
    for c in reversed(corrections):
        text = text[: c.start] + c.after + text[c.end :]
    return text


def mends_evidence(mends: int, words: int) -> bool:
    """Whether ``mends`` non-words a confusion mends, among ``words`` words, are strong OCR evidence.

    >>> mends_evidence(2, 2000), mends_evidence(12, 300), mends_evidence(1, 10)
    (False, True, False)
    """
    return mends >= MIN_MENDS and mends >= MEND_SHARE * words


def _capital_explained(word: str, rules: OcrRules) -> bool:
    """A capital inside a word that a confusion reads as lower case ("foUowed", "shaU")."""
    capitals = [i for i, ch in enumerate(word) if ch.isupper()]
    if not capitals or capitals == [0]:
        return False
    return any(c.seen.isupper() and c.meant.islower() and c.seen in word for c in rules.confusions)


# --- the stage -------------------------------------------------------------


def _tables(doc: Document) -> list[tuple[str, dict]]:
    """The [ocr] tables in force for a document: every generic file's, and the selected sites'."""
    if doc.rules is None:
        return []
    chosen = {id(f) for f in selected(doc)}
    return [(f.path, f.data["ocr"]) for f in doc.rules.files
            if "ocr" in f.data and (f.generic or id(f) in chosen)]


# The gate reads SAMPLES windows of SAMPLE_CHARS characters spread over a long text:
# about 200 words, enough to tell OCR's 5-20% from clean text's 0.1-0.2%, and cheap
# beside the rest of the pipeline (a whole 8,000-character text would cost a tenth of it).
SAMPLES = 3
SAMPLE_CHARS = 400


def _sample(text: str) -> str:
    """Windows of the text spread evenly over it, or all of it when it is short.

    >>> len(_sample("word " * 10_000)) == SAMPLES * SAMPLE_CHARS + SAMPLES - 1
    True
    """
    if len(text) <= SAMPLES * SAMPLE_CHARS * 2:
        return text
    step = len(text) // SAMPLES
    return "\n".join(text[i * step : i * step + SAMPLE_CHARS] for i in range(SAMPLES))


@stage("ocr")
class Ocr(LineFixer):
    """Correct likely OCR misreadings in documents that show OCR traits; leave other text alone.

    The rule files' [ocr] tables give the confusions, old-spelling rewrites, unit pattern and
    lexicon (rules/ocr/latin.toml, plus any the user adds); ``enabled = false`` in a later
    file (as ``cleantext --no-ocr`` adds) turns the stage off.
    """

    counter = "ocr_corrected"  # the corrections, not the lines

    def __init__(self, *, scripts: tuple[str, ...] | list[str] = ("Latn",)):
        self.scripts = tuple(scripts)
        self._rules: dict[tuple, OcrRules] = {}

    def _rules_for(self, tables: list[tuple[str, dict]]) -> OcrRules:
        key = tuple(path for path, _ in tables)
        if key not in self._rules:
            self._rules[key] = OcrRules.from_tables([table for _, table in tables], ", ".join(key))
        return self._rules[key]

    def fix(self, line: str, lang: str = "en") -> str:
        """A line of a language whose text passed the gate, corrected (the built-in rules)."""
        return correct_ocr(line, lang=lang, rules=load_rules(), gate=False)[0]

    def prepare(self, doc: Document) -> Mending | None:
        tables = _tables(doc)
        enabled = True
        for _, table in tables:
            enabled = table.get("enabled", enabled)  # a later file's word wins
        if not enabled:
            return None
        tables = [(p, t) for p, t in tables if t.get("script", "Latn") in self.scripts]
        if not tables:
            return None
        lines = [line for line in doc.kept() if not line.blank
                 and (line.script is None or line.script in self.scripts)]
        # The gate: word look-ups in a sample of each language's text decide whether any block
        # of it is read, so clean text costs a few thousand characters' look-ups, not more.
        by_lang: dict[str, list[str]] = {}
        for line in lines:
            by_lang.setdefault(line.lang or "en", []).append(line.text)
        langs = {lang for lang, texts in by_lang.items() if shows_ocr_traits(_sample("\n".join(texts)), lang)}
        if not langs:
            return None
        rules = self._rules_for(tables)
        # Strong evidence, read from the whole of each language's text: how many non-words
        # a confusion mends among its words (see MIN_MENDS).
        # The corrections of each line, as on strong evidence, are kept for the mending below.
        strong: dict[str, bool] = {}
        found: dict[tuple[str, str], list[Correction]] = {}
        for lang in langs:
            mends = words = 0
            for text in by_lang[lang]:
                words += len(TOKEN.findall(text))
                if (lang, text) not in found:
                    found[lang, text] = correct_ocr(text, lang=lang, rules=rules, gate=False, strong=True)[1]
                mends += sum(1 for c in found[lang, text] if not c.real_word)
            strong[lang] = mends_evidence(mends, words)

        def mend(lang: str) -> Callable[[str], tuple[str, int, str]]:
            def corrected(text: str) -> tuple[str, int, str]:
                if (lang, text) in found:
                    corrections = found[lang, text]
                    if not strong[lang]:
                        corrections = [c for c in corrections if not c.real_word and not c.listed]
                    fixed = _applied(text, corrections)
                else:
                    fixed, corrections = correct_ocr(text, lang=lang, rules=rules, gate=False,
                                                     strong=strong[lang])
                what = "; ".join(f"{c.before}->{c.after} [{c.rule}] {c.evidence}" for c in corrections)
                return fixed, len(corrections), what
            return corrected

        menders = {lang: mend(lang) for lang in langs}

        def fix_for(line: Line) -> Callable[[str], tuple[str, int, str]] | None:
            if line.blank or (line.script is not None and line.script not in self.scripts):
                return None
            return menders.get(line.lang or "en")  # None for a language the gate passed over

        return Mending(fix_for=fix_for)
