"""Right-to-left text as PDF extractors leave it: lines in visual order, lam-alef written backwards.

A PDF draws right-to-left text as glyphs placed from left to right. An extractor that reads
them in that order (pdfminer, pdfplumber) gives each line backwards ("دنامب یقاب لوا" for
"اول باقی بماند"); one that puts them back in reading order (pdftotext) can still turn the
lam-alef ligature (لا, one glyph) into its two letters the wrong way round ("فوالد" for
"فولاد", "کاالی" for "کالای"). Both are repaired only where word frequencies (wordfreq) say
so: a reversed line must read as words where the line as found does not, and a lam-alef swap
must turn a word unknown in the block's language into a common one. Text in other scripts is
not looked at.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..document import Change, Document
from ..words import KNOWN, known, zipf_bounds
from .base import LineFixer, stage

__all__ = ["lam_alef_reversed", "logical_order", "repair_lam_alef", "RTL_LANGUAGES"]

# The languages of wordfreq written in the Arabic and Hebrew scripts; a block labelled with one
# of them is judged with its own word list, any other block with all of them.
RTL_LANGUAGES = ("ar", "fa", "ur", "he")
# Labels that share a word list: Dari is written as Persian.
SAME_WORDS = {"prs": "fa"}

# Hebrew, Arabic (with its supplements and presentation forms): the standard library's engine
# finds one, or finds there is none, much faster than a script property.
RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
WORD = regex.compile(r"(?V1)[\p{Script=Arabic}\p{Script=Hebrew}&&[\p{L}\p{M}]]{2,}")
# What keeps its own left-to-right order inside a reversed line: numbers and Latin words.
LTR_RUN = regex.compile(r"[\p{Nd}\p{Latin}]+(?:[.,:/\-][\p{Nd}\p{Latin}]+)*")
MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
# Arabic vowel signs (harakat, tanween) that an extractor set apart with a space ("کاملا ً"): a
# sign is written on the letter before it.
ARABIC_SIGNS = "".join(map(chr, [*range(0x064B, 0x0660), 0x0670]))
ORPHAN_SIGN = regex.compile(f"(?<=\\p{{Arabic}}) +(?=[{ARABIC_SIGNS}])")

# wordfreq's Zipf scale: KNOWN (3) is once in a million words (words.py).
# A lam-alef swap must raise the word's frequency by this much: the broken spellings themselves
# occur in web text (Persian "اسالم" 3.1 beside "اسلام" 5.5), and Arabic has real words on both
# sides of a swap ("الزم" 3.1 beside "لازم" 4.6 in Arabic).
LAM_ALEF_GAIN = 1.5
# A word no list knows may turn into a rarer word than KNOWN ("فالديفوستوك" -> "فلاديفوستوك",
# Vladivostok, 2.5 in Arabic).
RARE = 2.0
# A line is read backwards when at least this share of its words are words read that way and
# their mean frequency rises by at least REVERSED_GAIN (short words are words both ways: "رد" and
# "در" are both Persian).
REVERSED_AFTER = 0.4
REVERSED_GAIN = 1.5
MIN_WORDS = 3


@lru_cache(maxsize=65536)
def zipf(word: str, langs: tuple[str, ...]) -> float:
    """The highest Zipf frequency of ``word`` in ``langs``.

    >>> zipf("فولاد", ("fa",)) > KNOWN > zipf("فوالد", ("fa",))
    True
    """
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, lang) for lang in langs)


def _languages(lang: str | None) -> tuple[str, ...]:
    lang = SAME_WORDS.get(lang, lang)
    return (lang,) if lang in RTL_LANGUAGES else RTL_LANGUAGES


def _word_list(lang: str | None) -> tuple[str, ...] | None:
    """The word list to judge a lam-alef repair by: the block's language's, if it has one."""
    lang = SAME_WORDS.get(lang, lang)
    return (lang,) if lang in RTL_LANGUAGES else None


def _known_share(words: list[str], langs: tuple[str, ...]) -> float:
    # zipf(word, langs) >= KNOWN, from the lists' first bands (words.known): a line in reading
    # order is told without wordfreq's whole lists (four of them, half a second).
    return sum(any(known(word, lang) for lang in langs) for word in words) / len(words)


def _mean_zipf(words: list[str], langs: tuple[str, ...]) -> float:
    return sum(zipf(word, langs) for word in words) / len(words)


def _gains(backwards_words: list[str], words: list[str], langs: tuple[str, ...]) -> bool:
    """``_mean_zipf(backwards_words) - _mean_zipf(words) >= REVERSED_GAIN``, told from the bounds
    the lists' first bands give each word (words.zipf_bounds) where they settle it: then
    wordfreq's whole lists are not read. Where they do not, from the frequencies themselves."""
    def bounds(word: str) -> tuple[float, float]:
        found = [zipf_bounds(word, lang) for lang in langs]   # zipf() is the largest of them
        return max(low for low, _ in found), max(high for _, high in found)

    back, forth = [bounds(w) for w in backwards_words], [bounds(w) for w in words]
    least = (sum(low for low, _ in back) - sum(high for _, high in forth)) / len(words)
    most = (sum(high for _, high in back) - sum(low for low, _ in forth)) / len(words)
    # The margin covers the rounding of sums taken in another order.
    if least >= REVERSED_GAIN + 1e-9:
        return True
    if most < REVERSED_GAIN - 1e-9:
        return False
    return _mean_zipf(backwards_words, langs) - _mean_zipf(words, langs) >= REVERSED_GAIN


def logical_order(line: str, lang: str | None = None) -> str | None:
    """``line`` in reading order if it was found in visual order (backwards), else None.

    Numbers and Latin words keep their order; brackets are mirrored.

    >>> logical_order(".دنامب یقاب لوا تسد گیل رد")
    'در لیگ دست اول باقی بماند.'
    >>> logical_order("(1402 لاس) رد رازاب هب دمآ")
    'آمد به بازار در (سال 1402)'
    >>> logical_order("در لیگ دست اول باقی بماند.") is None     # already in reading order
    True
    >>> ORPHAN_SIGN.sub("", "نظام کاملا ً فدرال")     # a vowel sign set apart goes back on its letter
    'نظام کاملاً فدرال'
    """
    words = WORD.findall(line)
    if len(words) < MIN_WORDS:
        return None
    langs = _languages(lang)
    backwards_words = [word[::-1] for word in words]
    if _known_share(backwards_words, langs) < REVERSED_AFTER:
        return None
    if not _gains(backwards_words, words, langs):
        return None
    backwards = line[::-1].translate(MIRRORED)
    return LTR_RUN.sub(lambda run: run[0][::-1], backwards)


def repair_lam_alef(text: str, lang: str | None = None) -> tuple[str, int]:
    """(text, repairs): words with lam-alef written alef-lam ("ال" for "لا") spelled right where the
    word list of ``lang`` knows the repaired word and not the word as found; a language without a
    word list is left as it is.

    >>> repair_lam_alef("ابومسلم و فوالد هر دو", "fa")
    ('ابومسلم و فولاد هر دو', 1)
    >>> repair_lam_alef("کاالی ایرانی و البته بالا", "fa")   # the article and real words stay
    ('کالای ایرانی و البته بالا', 1)
    >>> repair_lam_alef("السنوات األخيرة", "ar")       # lam with alef-hamza
    ('السنوات الأخيرة', 1)
    >>> repair_lam_alef("الزم", "ar")     # an Arabic word too: left alone
    ('الزم', 0)
    >>> repair_lam_alef("مهال", "ps")     # no Pashto word list: nothing to judge by
    ('مهال', 0)
    """
    langs = _word_list(lang)
    if langs is None:
        return text, 0
    repairs = 0

    def repair(match: regex.Match) -> str:
        nonlocal repairs
        word = match[0]
        found_as_is = zipf(word, langs)
        best, best_zipf = word, found_as_is + LAM_ALEF_GAIN
        floor = RARE if found_as_is == 0 else KNOWN
        for candidate in _swaps(word):
            found = zipf(candidate, langs)
            if found >= floor and found >= best_zipf:
                best, best_zipf = candidate, found
        repairs += best != word
        return best

    return WORD.sub(lambda m: repair(m) if "ل" in m[0] else m[0], text), repairs


ALEFS = "اأإآ"


def _swaps(word: str) -> list[str]:
    """``word`` with every non-empty choice of its alef-lam pairs ("ال", "أل", ...; at most three)
    turned into lam-alef ("لا", "لأ", ...)."""
    places = [i for i in range(len(word) - 1) if word[i] in ALEFS and word[i + 1] == "ل"]
    # Overlapping pairs ("الال") cannot both be swapped; three are plenty for one word.
    places = [p for n, p in enumerate(places) if n == 0 or p > places[n - 1] + 1][:3]
    found = []
    for mask in range(1, 1 << len(places)):
        letters = list(word)
        for bit, place in enumerate(places):
            if mask >> bit & 1:
                letters[place], letters[place + 1] = "ل", letters[place]
        found.append("".join(letters))
    return found


def _rtl_needles(text: str) -> list[str] | None:
    """The lines to look at: none in a text without a right-to-left letter, else all."""
    return None if RTL_LETTER.search(text) else []


@stage("visual-order")
class VisualOrder(LineFixer):
    """Right-to-left lines found backwards (visual order) put in reading order, line by line: it
    runs before lines are joined into paragraphs, which would put a paragraph's lines backwards too.
    Then Arabic vowel signs set apart by a space go back on their letter."""

    counter = "visual_order"
    needles = staticmethod(_rtl_needles)

    @staticmethod
    def fix(text: str) -> str:
        body = text.strip()
        turned = logical_order(body)
        if turned is not None:
            text = text.replace(body, turned, 1)
        return ORPHAN_SIGN.sub("", text) if " " in text else text


# Lam-alef is one glyph wherever lam joins an alef: an extractor that writes it backwards writes
# every one backwards. A document that still holds a lam-alef written right is not one of those.
LAM_ALEF = regex.compile("(?<![اأإآ])ل[اأإآ]")  # "الال" is an alef-lam pair backwards, then another
# At least this many words must need the repair, and this many times more than the lam-alefs
# written right, for the document to be repaired: a single "تالش" (Talesh, a place) is a word.
MIN_BROKEN = 3
BROKEN_PER_RIGHT = 5


def lam_alef_reversed(texts: list[tuple[str, str | None]]) -> bool:
    """Whether a document's (text, language) blocks have lam-alef written backwards throughout.

    >>> lam_alef_reversed([("فوالد و کاالی و اسالم", "fa")]), lam_alef_reversed([("تالش و فوالد برای کالا", "fa")])
    (True, False)
    """
    broken = sum(repair_lam_alef(text, lang)[1] for text, lang in texts)
    return _reversed_throughout(broken, texts)


def _reversed_throughout(broken: int, texts) -> bool:
    right = sum(len(LAM_ALEF.findall(text)) for text, _ in texts)
    return broken >= MIN_BROKEN and broken >= BROKEN_PER_RIGHT * right


@stage("lam-alef")
class LamAlef:
    """Lam-alef written alef-lam spelled the right way round, in documents that write it so
    throughout, judged by each block's word list."""

    def __call__(self, doc: Document) -> Document:
        lines = [line for line in doc.kept() if not line.blank and RTL_LETTER.search(line.text)]
        # Each line repaired once; the repairs are kept only if the document needs them.
        repairs = [repair_lam_alef(line.text, line.lang) for line in lines]
        broken = sum(n for _, n in repairs)
        if not broken or not _reversed_throughout(broken, [(line.text, None) for line in lines]):
            return doc
        for line, (text, n) in zip(lines, repairs):
            if n:
                doc.changes.append(Change(self.name, line.span, line.text, text))
                line.text = text
        doc.count("lam_alef", broken)
        return doc
