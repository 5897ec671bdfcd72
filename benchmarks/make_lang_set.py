"""Build benchmarks/lang/*.tsv: labelled words, word pairs, sentences and
paragraphs in English, Persian, Arabic, Urdu and Pashto, drawn from public corpora.

    python benchmarks/make_lang_set.py MIRRORS            # dev.tsv and heldout.tsv
    python benchmarks/make_lang_set.py MIRRORS --heldout2 # heldout2.tsv
    python benchmarks/make_lang_set.py MIRRORS --heldout3 # heldout3.tsv
    python benchmarks/make_lang_set.py MIRRORS --ntrex    # dev4.tsv and heldout4.tsv
    python benchmarks/make_lang_set.py MIRRORS --tico     # dev5.tsv and heldout5.tsv

MIRRORS is a directory holding bare git copies of the source repositories, one per
repository, named ``owner+name/repo`` (as ``git clone --mirror`` would leave them under any
name you like); each source is read at the commit listed in SOURCES, so the set is the same on
every run. Provenance and licences: benchmarks/README-language.md.

Each row is ``lang<TAB>kind<TAB>source<TAB>text``, kind one of word, pair, sentence, paragraph.

- dev and held-out come from disjoint parts of every source: a treebank's dev file against its
  test file, the first half of a Tatoeba list against its second half, the even documents of
  Arabic PUD against the odd ones, the first half of the Pashto sample against the second.
- A word is a distinct token of two letters or more (a zero-width non-joiner inside it
  allowed), drawn uniformly among the distinct words of that part, so content words dominate
  as they do in headings; a pair is two neighbouring words of one sentence.
- A sentence has four words or more in the language's script, a paragraph fifteen (e-mail
  signatures and table rows are no sentences).
- A paragraph is three consecutive sentences of one document (the treebanks without document
  marks are news in order, the Pashto sample too).
- heldout2.tsv, made after heldout.tsv had been run twice, comes from parts of public material
  the other two sets do not touch: the train documents of English EWT, the test file of Persian
  PerDT (another treebank than Seraji) and the FLORES-200 sentences of SIB-200 (Wikinews,
  Wikivoyage and Wikibooks, translated) for all five languages. A word, pair or sentence that
  dev.tsv or heldout.tsv already holds for that language is not drawn again.
- heldout3.tsv, made after heldout2.tsv had been run twice, holds English and Persian only:
  the dev and test files of English GUM (another treebank than EWT: academic writing,
  biographies, fiction, interviews, how-to guides, travel guides, conversation...) and the dev
  file of Persian PerDT (heldout2 took its test file). Urdu, Arabic and Pashto have no unused
  labelled running text within reach of the copies read here (UDTB's train file and PADT's
  files are over their size limit; PADT's older, smaller files hold vocalised tokens with the
  clitics split off, no running text). Nothing dev, heldout or heldout2 holds is drawn again.
- dev4.tsv and heldout4.tsv (``--ntrex``), made after heldout3.tsv had been run twice, come from
  NTREX-128 (newstest2019's English news and its translations into Persian, Arabic, Urdu and
  Pashto), which no other set uses: the first half of each language's file for dev4, the
  second half for heldout4. Nothing another set holds, nor dev4 for heldout4, is drawn again.
- dev5.tsv and heldout5.tsv (``--tico``), made after heldout4.tsv had been run twice, come from
  TICO-19's test set (COVID-19 material: questions of a doctor and patient, health advice,
  Wikipedia, Wikinews and PubMed passages, written in English and translated), which no other set
  uses, as the OPUS-MT test sets keep it: the first half of each language's file for dev5, the
  second half for heldout5. Nothing another set holds, nor dev5 for heldout5, is drawn again.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import subprocess
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "lang"

# (repository, commit): every file below is read at that commit.
SOURCES = {
    "ud-en-ewt": ("UniversalDependencies/UD_English-EWT", "15d613d8447b3478787d4c278730a1e48a945efb"),
    "ud-fa-seraji": ("UniversalDependencies/UD_Persian-Seraji", "e53af38f4adc0edcdc056b8a2378cad791dc322a"),
    "ud-ur-udtb": ("UniversalDependencies/UD_Urdu-UDTB", "ed8da673c32352fb78036808349a9546e21fc78a"),
    "ud-ar-pud": ("UniversalDependencies/UD_Arabic-PUD", "be733f45d21f42d506c62930f806ed2182a5ee3d"),
    "tatoeba": ("facebookresearch/LASER", "74bc6ae7ffb7cba670fe0f428d0ede9f666fb821"),
    "pashto-pos": ("ijazul-haq/pashto_pos", "0e95bfcdbe7df9e01597cf10ad875eadbd908655"),
    # heldout2.tsv only
    "ud-fa-perdt": ("UniversalDependencies/UD_Persian-PerDT", "d728a98d73bd2e52b693c582f249e162a76b6b8f"),
    "sib-200": ("dadelani/sib-200", "593cea88519930f776c1a4a1980b6a35b39dca57"),
    # heldout3.tsv only (and ud-fa-perdt's dev file)
    "ud-en-gum": ("UniversalDependencies/UD_English-GUM", "afb41ee9bca57991125814fa04d96a0e61470c8b"),
    # dev4.tsv and heldout4.tsv only
    "ntrex": ("MicrosoftTranslator/NTREX", "8561f6a622db9edad1217683e5c83daefd8bb2bf"),
    # dev5.tsv and heldout5.tsv only
    "tico19": ("Helsinki-NLP/OPUS-MT-testsets", "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180"),
}
NTREX_FILES = {"en": "newstest2019-src.eng.txt", "fa": "newstest2019-ref.fas.txt",
               "ar": "newstest2019-ref.arb.txt", "ur": "newstest2019-ref.urd.txt",
               "ps": "newstest2019-ref.pus.txt"}
TICO_FILES = {"en": "eng-ara/tico19-test.eng", "fa": "eng-fas/tico19-test.fas",
              "ar": "eng-ara/tico19-test.ara", "ur": "eng-urd/tico19-test.urd",
              "ps": "eng-pus/tico19-test.pus"}
SIB_LANGS = {"en": "eng_Latn", "fa": "pes_Arab", "ar": "arb_Arab", "ur": "urd_Arab", "ps": "pbt_Arab"}
# How many of each kind per language and split.
COUNTS = {"word": 200, "pair": 200, "sentence": 100, "paragraph": 40}
PARAGRAPH = 3  # sentences
# A sentence of fewer words of its language's script is too close to a pair to count as one (or
# is a list of names and figures: e-mail signatures, tables); a paragraph needs this many too.
SENTENCE_WORDS = 4
PARAGRAPH_WORDS = 15
WORD = regex.compile(r"^\p{L}+(?:\N{ZERO WIDTH NON-JOINER}\p{L}+)*$")
EDGE = regex.compile(r"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$")


def show(mirrors: Path, source: str, path: str) -> str:
    repo, commit = SOURCES[source]
    git_dir = mirrors / repo.replace("/", "+") / "repo"
    out = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8").lstrip("\ufeff")


def conllu_documents(text: str) -> list[list[str]]:
    """The sentences of a CoNLL-U file, grouped by document (one group when it marks none)."""
    docs: list[list[str]] = [[]]
    doc_id = None
    for line in text.splitlines():
        # PUD repeats its "# newdoc id" before each sentence: a document ends where the id changes.
        if line.startswith("# newdoc"):
            if line != doc_id and docs[-1]:
                docs.append([])
            doc_id = line
        elif line.startswith("# text = "):
            # UDTB joins the parts of a multi-word token with "_" (کریں_گے).
            docs[-1].append(line[len("# text = "):].replace("_", " ").strip())
    return [d for d in docs if d]


def split_half(items: list) -> tuple[list, list]:
    half = len(items) // 2
    return items[:half], items[half:]


def documents(mirrors: Path) -> dict[str, dict[str, list[tuple[str, list[str]]]]]:
    """lang -> split -> [(source, sentences of one document)]."""
    found: dict[str, dict[str, list]] = {}

    def add(lang, split, source, docs):
        found.setdefault(lang, {}).setdefault(split, []).extend((source, d) for d in docs)

    for lang, source, stem in (("en", "ud-en-ewt", "en_ewt-ud"), ("fa", "ud-fa-seraji", "fa_seraji-ud"),
                               ("ur", "ud-ur-udtb", "ur_udtb-ud")):
        for split, part in (("dev", "dev"), ("heldout", "test")):
            add(lang, split, source, conllu_documents(show(mirrors, source, f"{stem}-{part}.conllu")))
    pud = conllu_documents(show(mirrors, "ud-ar-pud", "ar_pud-ud-test.conllu"))
    add("ar", "dev", "ud-ar-pud", pud[0::2])
    add("ar", "heldout", "ud-ar-pud", pud[1::2])
    for lang, pair, side in (("ar", "ara-eng", "ara"), ("fa", "pes-eng", "pes"), ("ur", "urd-eng", "urd"),
                             ("en", "ara-eng", "eng")):
        lines = [l.strip() for l in show(mirrors, "tatoeba", f"data/tatoeba/v1/tatoeba.{pair}.{side}").splitlines()]
        dev, held = split_half([l for l in lines if l])
        # Tatoeba lines are unrelated sentences: each its own document.
        add(lang, "dev", "tatoeba", [[l] for l in dev])
        add(lang, "heldout", "tatoeba", [[l] for l in held])
    rows = list(csv.DictReader(io.StringIO(show(mirrors, "pashto-pos", "data/pos_tagged_sample.csv"))))
    sentences = [r["original"].strip() for r in rows if r["original"].strip()]
    dev, held = split_half(sentences)
    add("ps", "dev", "pashto-pos", [dev])
    add("ps", "heldout", "pashto-pos", [held])
    return found


def sib_documents(mirrors: Path, lang: str) -> list[list[str]]:
    """SIB-200's FLORES sentences of one language (all three files), in FLORES order; a run of
    consecutive sentence ids is one document (FLORES takes several neighbouring sentences from
    each article)."""
    rows = []
    for part in ("train", "dev", "test"):
        text = show(mirrors, "sib-200", f"data/annotated/{SIB_LANGS[lang]}/{part}.tsv")
        rows += [(int(r["index_id"]), r["text"].strip())
                 for r in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)]
    docs: list[list[str]] = []
    last = None
    for index, text in sorted(rows):
        if last is None or index != last + 1:
            docs.append([])
        docs[-1].append(text)
        last = index
    return docs


def documents2(mirrors: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """lang -> [(source, sentences of one document)] for heldout2.tsv."""
    found: dict[str, list] = {lang: [] for lang in SIB_LANGS}
    ewt = "ud-en-ewt"
    for name in show(mirrors, ewt, "not-to-release/file-lists/files.train").split():
        found["en"] += [(ewt, d) for d in conllu_documents(show(mirrors, ewt, f"not-to-release/sources/{name}"))]
    found["fa"] += [("ud-fa-perdt", d)
                    for d in conllu_documents(show(mirrors, "ud-fa-perdt", "fa_perdt-ud-test.conllu"))]
    for lang in SIB_LANGS:
        found[lang] += [("sib-200", d) for d in sib_documents(mirrors, lang)]
    return found


def documents3(mirrors: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """lang -> [(source, sentences of one document)] for heldout3.tsv."""
    found: dict[str, list] = {"en": [], "fa": []}
    for part in ("dev", "test"):
        found["en"] += [("ud-en-gum", d)
                        for d in conllu_documents(show(mirrors, "ud-en-gum", f"en_gum-ud-{part}.conllu"))]
    found["fa"] += [("ud-fa-perdt", d)
                    for d in conllu_documents(show(mirrors, "ud-fa-perdt", "fa_perdt-ud-dev.conllu"))]
    return found


def documents4(mirrors: Path) -> dict[str, dict[str, list[tuple[str, list[str]]]]]:
    """lang -> split -> [(source, sentences)] for dev4.tsv and heldout4.tsv: NTREX-128's
    newstest2019 sentences (English news, translated), the first half of each language's file
    for dev4, the second half for heldout4. The files mark no documents; the sentences are in
    the order of their articles, so each half is read as one document."""
    found: dict[str, dict[str, list]] = {}
    for lang, name in NTREX_FILES.items():
        lines = [l.strip() for l in show(mirrors, "ntrex", f"NTREX-128/{name}").splitlines()]
        dev, held = split_half([l for l in lines if l])
        found[lang] = {"dev4": [("ntrex", dev)], "heldout4": [("ntrex", held)]}
    return found


def documents5(mirrors: Path) -> dict[str, dict[str, list[tuple[str, list[str]]]]]:
    """lang -> split -> [(source, sentences)] for dev5.tsv and heldout5.tsv: TICO-19's test
    sentences (2,100 per language, the same sentences translated), the first half of each
    language's file for dev5, the second half for heldout5, each half read as one document (the
    sentences are in the order of their sources)."""
    found: dict[str, dict[str, list]] = {}
    for lang, name in TICO_FILES.items():
        lines = [l.strip() for l in show(mirrors, "tico19", f"testsets/{name}").splitlines()]
        dev, held = split_half([l for l in lines if l])
        found[lang] = {"dev5": [("tico19", dev)], "heldout5": [("tico19", held)]}
    return found


def words_of(sentence: str) -> list[str | None]:
    """Each token as a word, or None where it is not one (digits, Latin in Arabic script...)."""
    out = []
    for token in sentence.split():
        token = EDGE.sub("", token)
        out.append(token if WORD.match(token) and len(token.replace("\N{ZERO WIDTH NON-JOINER}", "")) >= 2 else None)
    return out


def same_script(word: str, lang: str) -> bool:
    return word.isascii() == (lang == "en")


def draw(lang: str, docs: list[tuple[str, list[str]]], rng: random.Random,
         seen: frozenset = frozenset()) -> list[tuple[str, str, str, str]]:
    """COUNTS of each kind for one language; texts in `seen` (another set's) are not drawn."""
    rows = []
    words: dict[str, str] = {}
    pairs: dict[str, str] = {}
    sentences: list[tuple[str, str]] = []
    paragraphs: list[tuple[str, str]] = []
    for source, doc in docs:
        for sentence in doc:
            tokens = words_of(sentence)
            ok = [t if t and same_script(t, lang) else None for t in tokens]
            for t in ok:
                if t:
                    words.setdefault(t, source)
            for a, b in zip(ok, ok[1:]):
                if a and b:
                    pairs.setdefault(f"{a} {b}", source)
            if sum(map(bool, ok)) >= SENTENCE_WORDS:
                sentences.append((source, sentence))
        for i in range(0, len(doc) - PARAGRAPH + 1, PARAGRAPH):
            paragraph = " ".join(doc[i:i + PARAGRAPH])
            if sum(bool(t) and same_script(t, lang) for t in words_of(paragraph)) >= PARAGRAPH_WORDS:
                paragraphs.append((source, paragraph))
    for kind, pool in (("word", sorted(words.items())), ("pair", sorted(pairs.items())),
                       ("sentence", sentences), ("paragraph", paragraphs)):
        if kind in ("word", "pair"):
            pool = [(source, text) for text, source in pool]
        pool = [(source, text) for source, text in pool if text not in seen]
        picked = rng.sample(pool, min(COUNTS[kind], len(pool)))
        rows += [(lang, kind, source, text) for source, text in picked]
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path, help="directory of the sources' git copies (owner+name/repo)")
    parser.add_argument("--heldout2", action="store_true",
                        help="build heldout2.tsv (from material dev.tsv and heldout.tsv do not use)")
    parser.add_argument("--heldout3", action="store_true",
                        help="build heldout3.tsv (English and Persian, from material no other set uses)")
    parser.add_argument("--ntrex", action="store_true",
                        help="build dev4.tsv and heldout4.tsv (NTREX-128, which no other set uses)")
    parser.add_argument("--tico", action="store_true",
                        help="build dev5.tsv and heldout5.tsv (TICO-19, which no other set uses)")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    if args.ntrex or args.tico:
        seen = {}
        before = ("dev", "heldout", "heldout2", "heldout3") + (("dev4", "heldout4") if args.tico else ())
        for split in before:
            for line in (OUT / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
                lang, _, _, text = line.split("\t")
                seen.setdefault(lang, set()).add(text)
        found4 = documents5(args.mirrors) if args.tico else documents4(args.mirrors)
        for split in (("dev5", "heldout5") if args.tico else ("dev4", "heldout4")):
            rng = random.Random(f"lang-{split}")
            rows = []
            for lang in ("en", "fa", "ar", "ur", "ps"):
                rows += draw(lang, found4[lang][split], rng, frozenset(seen.get(lang, ())))
            write(OUT / f"{split}.tsv", rows)
            # Nothing dev4 (dev5) holds is drawn again for heldout4 (heldout5).
            for lang, _, _, text in rows:
                seen.setdefault(lang, set()).add(text)
        return 0
    if args.heldout2 or args.heldout3:
        name, gather, before = (("heldout3", documents3, ("dev", "heldout", "heldout2")) if args.heldout3
                                else ("heldout2", documents2, ("dev", "heldout")))
        seen: dict[str, set] = {}
        for split in before:
            for line in (OUT / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
                lang, _, _, text = line.split("\t")
                seen.setdefault(lang, set()).add(text)
        found2 = gather(args.mirrors)
        rng = random.Random(f"lang-{name}")
        rows = []
        for lang in ("en", "fa", "ar", "ur", "ps"):
            if lang in found2:
                rows += draw(lang, found2[lang], rng, frozenset(seen.get(lang, ())))
        write(OUT / f"{name}.tsv", rows)
        return 0
    found = documents(args.mirrors)
    for split in ("dev", "heldout"):
        rng = random.Random(f"lang-{split}")
        rows = []
        for lang in ("en", "fa", "ar", "ur", "ps"):
            rows += draw(lang, found[lang][split], rng)
        write(OUT / f"{split}.tsv", rows)
    return 0


def write(path: Path, rows) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            assert "\t" not in row[3] and "\n" not in row[3], row
            f.write("\t".join(row) + "\n")
    tmp.replace(path)
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows")


if __name__ == "__main__":
    sys.exit(main())
