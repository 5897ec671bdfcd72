"""The ocr stage leaves rare words of clean books alone: short excerpts of Project Gutenberg
books (see benchmarks/README-prose-harm.md) whose rare words a confusion would turn into
common ones ("chocks" to "checks", "yon" to "you", "hags" to "bags", "haf" to "has")."""
import pytest

from cleantext.pipeline import Pipeline
from cleantext.stages.ocr import correct_ocr

EXCERPTS = {
    # Moby-Dick (1851), chapter 40: dialect and "yon" beside a song's nonsense words.
    "yon": (
        "PIP (shrinking under the windlass). Jollies? Lord help such jollies! Crish, crash! there "
        "goes the jib-stay! Blang-whang! God! Duck lower, Pip, here comes the royal yard! White "
        "squalls? white whale, shirr! shirr! Oh, thou big white God aloft there somewhere in yon "
        "darkness, have mercy on this small black boy down here; preserve him from all men that "
        "have no bowels to feel fear!\n"
    ),
    # Moby-Dick (1851), chapter 81: a whale boat's "chocks".
    "chocks": (
        "till at last—owing to the perpendicular strain from the lead-lined chocks of the boats, "
        "whence the three ropes went straight down into the blue—the gunwales of the bows were "
        "almost even with the water, while the three sterns tilted high in the air.\n"
    ),
    # The Devil's Dictionary (1911): "hags", "lumination".
    "hags": (
        "HAG, n.  An elderly lady whom you do not happen to like; sometimes\n"
        "called, also, a hen, or cat.  Old witches, sorceresses, etc., were\n"
        "called hags from the belief that their heads were surrounded by a kind\n"
        "of baleful lumination or nimbus--hag being the popular name of that\n"
        "peculiar electrical light sometimes observed in the hair.\n"
    ),
    # The "Mind the Paint" Girl (1912): a baron's accent, spelled as spoken.
    "haf": (
        "VON RETTENMAYER.\n\n[_To ENID and GABRIELLE._] I hobe we haf nod kepd you waiding.\n\n"
        "DE CASTRO.\n\nBertie'th been makin' himthelf a reg'lar nuithanthe downthairth.\n"
    ),
}


@pytest.mark.parametrize("word", sorted(EXCERPTS))
def test_rare_words_of_clean_books_stay(word):
    text = EXCERPTS[word]
    result = Pipeline.default().run(text)
    assert result.report["changes"]["ocr_corrected"] == 0
    assert f" {word} " in result.text
    assert correct_ocr(text)[0] == text


def test_ocr_damage_beside_rare_words_is_still_mended():
    # The same excerpt with misreadings of the kind an engine makes: strong evidence.
    text = EXCERPTS["chocks"].replace("the three", "tbe three").replace("straight", "straiglit") \
        .replace("water", "wator").replace("almost", "alrnost").replace("high", "bigh")
    fixed, corrections = correct_ocr(text)
    assert {(c.before, c.after) for c in corrections} >= {("tbe", "the"), ("straiglit", "straight"),
                                                           ("alrnost", "almost")}
