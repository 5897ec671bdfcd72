"""Mojibake: what ftfy fixes, Arabic script read as Windows-1256, layers, partial damage; clean text untouched."""

import ftfy.bad_codecs  # noqa: F401  registers the "sloppy-windows-125x" codecs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleantext.stages.mojibake import fix_code_pages, fix_mojibake, oddness


def damage(text: str, *codecs: str) -> str:
    """UTF-8 read in each code page in turn: one layer of mojibake per codec."""
    for codec in codecs:
        text = text.encode("utf-8").decode(codec)
    return text


PERSIAN = "کابل، پایتخت افغانستان، در میان کوه‌های بلند قرار دارد."
DARI = "دهقانان گندم را پیش از طلوع آفتاب درو می‌کنند."
ARABIC = "تقع المدينة القديمة على ضفة النهر، وتحيط بها بساتين النخيل."
URDU = "لاہور کی پرانی گلیوں میں صبح سویرے چائے کی خوشبو پھیل جاتی ہے۔"
PASHTO = "په کلي کې ښوونځی نوی جوړ شوی دی."
RUSSIAN = "Утром над рекой стоял густой туман."
GREEK = "Το πρωί το λιμάνι γεμίζει ψαράδες."
TURKISH = "İstanbul'da sabahları vapurlar işçileri taşır."
ENGLISH = "Putin called it a “major provocation” — the army’s words…"
FRENCH = "Le marché s’installe dès l’aube ; à midi les cafés sont pleins."
POLISH = "Zimą nad jeziorem panuje cisza, a lód skrzypi."


@pytest.mark.parametrize(
    "damaged, expected",
    [
        # ftfy's own kinds: UTF-8 read as Windows-1252, Latin-1, -1251, -1250, Mac Roman
        (damage(ENGLISH, "sloppy-windows-1252"), ENGLISH),
        (damage(FRENCH, "latin-1"), FRENCH),
        (damage(RUSSIAN, "sloppy-windows-1251"), RUSSIAN),
        (damage(POLISH, "sloppy-windows-1250"), POLISH),
        (damage(FRENCH, "mac-roman"), FRENCH),
        (damage(GREEK, "sloppy-windows-1252"), GREEK),
        (damage(TURKISH, "sloppy-windows-1254"), TURKISH),
        # Arabic script read as Windows-1256, which ftfy leaves alone
        ("ط§ظپط؛ط§ظ†ط³طھط§ظ†", "افغانستان"),
        (damage(PERSIAN, "cp1256"), PERSIAN),
        (damage(DARI, "cp1256"), DARI),
        (damage(ARABIC, "cp1256"), ARABIC),
        (damage(URDU, "cp1256"), URDU),
        (damage(PASHTO, "cp1256"), PASHTO),
        (damage(RUSSIAN, "cp1256"), RUSSIAN),
        # damaged twice, the same way or two ways
        (damage(ENGLISH, "sloppy-windows-1252", "sloppy-windows-1252"), ENGLISH),
        (damage(PERSIAN, "cp1256", "cp1256"), PERSIAN),
        (damage(PERSIAN, "cp1256", "sloppy-windows-1252"), PERSIAN),
        (damage(URDU, "cp1256", "cp1256"), URDU),
    ],
)
def test_mojibake_is_undone(damaged, expected):
    assert fix_mojibake(damaged) == (expected, 1)


@pytest.mark.parametrize(
    "clean",
    [
        PERSIAN, DARI, ARABIC, URDU, PASHTO, RUSSIAN, GREEK, TURKISH, ENGLISH, FRENCH, POLISH,
        "سگ",  # re-encodes to valid UTF-8 ("Ӑ") but is a real word
        "Le château, un âge d’or, le théâtre",  # real "â"
        "SÃO PAULO e São Paulo",  # real "Ã"
        "Die Straße über dem Fluss",
        "“curly” and \"straight\" and ‘single’ – dashes — kept…",
        "ﬁne ligatures, &amp; entities, ｆｕｌｌ width, no\u00a0break",  # other stages' business
        "emoji 🙂 and maths ∑ x² ≤ 3 €",
        "نیم‌فاصله در کلمه‌ها",  # zero-width non-joiner is Persian spelling
    ],
)
def test_clean_text_comes_through_unchanged(clean):
    assert fix_mojibake(clean) == (clean, 0)


def test_only_the_damaged_lines_are_fixed_and_counted():
    text = "\n".join([ENGLISH, damage(ENGLISH, "sloppy-windows-1252"), PERSIAN, damage(PERSIAN, "cp1256"), "ascii"])
    assert fix_mojibake(text) == ("\n".join([ENGLISH, ENGLISH, PERSIAN, PERSIAN, "ascii"]), 2)


def test_damaged_words_inside_a_clean_line_are_fixed():
    words = PERSIAN.split(" ")
    partly = " ".join(damage(w, "cp1256") if i % 2 else w for i, w in enumerate(words))
    assert fix_mojibake(partly) == (PERSIAN, 1)


def test_line_ends_are_kept_as_they_are():
    text = damage(RUSSIAN, "sloppy-windows-1251") + "\r\n" + RUSSIAN + "\r\n"
    assert fix_mojibake(text) == (RUSSIAN + "\r\n" + RUSSIAN + "\r\n", 1)


@pytest.mark.parametrize(
    "dropped, expected",
    [
        ("Ukraineâs âmajor provocationâ", "Ukraine’s “major provocation”"),
        ("troops in 2022â2023", "troops in 2022–2023"),
        ("the countryâto update", "the country—to update"),
        ("jusquâà lâaube", "jusqu’à l’aube"),
        ("die StraÃen", "die Straßen"),
        ("on peut lâcher le château", "on peut lâcher le château"),  # French stays
    ],
)
def test_dropped_c1_bytes_best_effort(dropped, expected):
    assert fix_mojibake(dropped)[0] == expected


def test_ascii_is_returned_at_once():
    text = "plain ASCII\n" * 1000
    assert fix_mojibake(text) == (text, 0)


@pytest.mark.parametrize("word, fixed", [("ط§ظپط؛ط§ظ†", "افغان"), ("سگ", "سگ"), ("Привет", "Привет")])
def test_code_page_repair_needs_a_better_reading(word, fixed):
    assert fix_code_pages(word) == fixed
    if word != fixed:
        assert oddness(fixed) < oddness(word)


VOCABULARY = (PERSIAN + " " + RUSSIAN + " " + GREEK + " " + TURKISH + " " + ENGLISH + " " + FRENCH + " " + URDU).split()


@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=30), st.sampled_from([" ", "\n"]))
def test_any_clean_words_stay_and_their_mojibake_is_undone(words, sep):
    clean = sep.join(words)
    assert fix_mojibake(clean) == (clean, 0)
    assert fix_mojibake(damage(clean, "sloppy-windows-1252"))[0] == clean


@pytest.mark.parametrize(
    "damaged, expected",
    [
        ("\u00c5ngstr\u00f6m".encode("utf-8").decode("latin-1"), "Ångström"),  # "Ã\x85": NEL is not a line end here
        ("\u2153 cup".encode("utf-8").decode("latin-1"), "⅓ cup"),
    ],
)
def test_c1_bytes_inside_mojibake_are_not_line_breaks(damaged, expected):
    assert "\x85" in damaged
    assert fix_mojibake(damaged) == (expected, 1)


# --- repairs beyond ftfy's are made only where they make words --------------------------------

PORTUGUESE = "Um país que reconhece a sua importância, a distância e a relevância da substância."


@pytest.mark.parametrize(
    "right",
    [
        PORTUGUESE,  # "â" before "n" is no em dash glued between "import" and "ncia"
        "România, câine, pâine, mâine; a lâmpada, o ânimo; le crâne, il relâche",
        "Offering 5×£35 pin ups",  # "×£" is UTF-8 for "ף"
        "4288×…",  # "×…" is UTF-8 for a Hebrew point
        "A sala mede 10×15 m e custa 3×€20",
        "NESTLÉ® requiere contratar personal",  # "É®" is UTF-8 for "ɮ"
        "higher values (“+” and “×” curves)",
        "Bremer/Mccoy – DrÃ¥ber",  # Latin-1 or Mac Roman: one pair, too little to tell
        "AHÅ™, the new sofa",
        "the file had a \N{REPLACEMENT CHARACTER} in it",  # a byte that could not be decoded stays
        "caf\N{REPLACEMENT CHARACTER} au lait\N{REPLACEMENT CHARACTER} ok",
        "\N{REPLACEMENT CHARACTER}\N{REPLACEMENT CHARACTER} ok",
    ],
)
def test_right_text_that_looks_like_mojibake_stays(right):
    assert fix_mojibake(right) == (right, 0)


@pytest.mark.parametrize(
    "damaged, expected",
    [
        (damage(PORTUGUESE, "sloppy-windows-1252"), PORTUGUESE),
        (damage("Offering 5×£35 pin ups", "sloppy-windows-1252"), "Offering 5×£35 pin ups"),
        (damage("NESTLÉ® requiere contratar personal", "sloppy-windows-1252"), "NESTLÉ® requiere contratar personal"),
        ("the file had a ï¿½ in it", "the file had a \N{REPLACEMENT CHARACTER} in it"),  # U+FFFD's own mojibake
        ("newspaper \N{REPLACEMENT CHARACTER} " + damage(RUSSIAN, "sloppy-windows-1251"),
         "newspaper \N{REPLACEMENT CHARACTER} " + RUSSIAN),
        ("Ukraineâs army said itâs âreadyâ. Then", "Ukraine’s army said it’s “ready”. Then"),
        ("the countryâto update", "the country—to update"),
        ("jusquâà lâaube", "jusqu’à l’aube"),
    ],
)
def test_the_same_characters_damaged_are_repaired(damaged, expected):
    assert fix_mojibake(damaged) == (expected, 1)


def test_replacement_characters_and_their_spaces_come_through_the_pipeline():
    from cleantext import clean

    text = "caf\N{REPLACEMENT CHARACTER} au lait \N{REPLACEMENT CHARACTER} ok, a sua importância"
    assert clean(text) == text + "\n"


@pytest.mark.parametrize(
    "candidate, text, plausible",
    [
        ("Привет, мир", damage("Привет, мир", "sloppy-windows-1252"), True),
        ("افغانستان", "ط§ظپط؛ط§ظ†ط³طھط§ظ†", True),
        ("4288ׅ", "4288×…", False),  # one pair undone
        ("5ף35", "5×£35", False),
        ("NESTLɮ", "NESTLÉ®", False),
        ("Dråber", "DrÃ¥ber", False),
        ("ɮɮ words", "É®É® words", False),  # two pairs, but no word made and too few to go on
    ],
)
def test_a_repair_beyond_ftfy_must_make_words(candidate, text, plausible):
    from cleantext.stages.mojibake import plausible_repair

    assert plausible_repair(candidate, text) is plausible
