"""Swedish titles written by ear in Cyrillic, Arabic or Ge'ez letters (retrieval/lexicon/translit.py).

Positives: the sound of a Swedish title in another script finds that title. Negatives matter more
(a native word read as a Swedish title sends the person to the wrong work): every word of the
Ukrainian, Arabic, Dari and Tigrinya locale and phrase files stays a native word (an inflected native
title read as the same title is no harm).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from retrieval.lexicon import Lexicon, match
from retrieval.lexicon.normalize import normalize_str, script_of_token, tokens
from retrieval.lexicon.translit import MIN_CONSONANTS, distance, skeleton, swedish_skeletons

ROOT = Path(__file__).resolve().parents[2]

#: (written by ear, the Swedish lexicon term it stands for)
BY_EAR = [
    ("ундершетерска", "undersköterska"), ("ундершьотерска", "undersköterska"),
    ("апотекстехнік", "apotekstekniker"), ("апотекстехнiкер", "apotekstekniker"),  # a Latin i among Cyrillic
    ("бусфьораре", "bussförare"), ("лагерарбетаре", "lagerarbetare"), ("вордбітреде", "vårdbiträde"),
    ("барншьотаре", "barnskötare"), ("локалвордаре", "lokalvårdare"),
    ("اندرشوتيرسكا", "undersköterska"), ("بوسفوراره", "bussförare"), ("لاغرآربيتاره", "lagerarbetare"),
    ("فوردبيتريده", "vårdbiträde"), ("بارنشوتاره", "barnskötare"), ("لوكالفوردار", "lokalvårdare"),
    ("لاستبيلسفوراره", "lastbilsförare"), ("اوندرشوترسکا", "undersköterska"), ("لوکالووردار", "lokalvårdare"),
    ("ኡንደርሸተርስካ", "undersköterska"), ("ባርንሸታረ", "barnskötare"), ("ቡስፎራረ", "bussförare"),
    ("ሎካልቮርዳረ", "lokalvårdare"), ("ቮርድቢትረደ", "vårdbiträde"),
]


@pytest.mark.parametrize(("word", "term"), BY_EAR)
def test_a_title_written_by_ear_finds_the_swedish_term(word: str, term: str) -> None:
    got = Lexicon.load().translit.lookup(normalize_str(word))
    assert got is not None and got[0] == term, (word, skeleton(normalize_str(word)), got)


def test_skeletons_keep_consonants_in_classes_that_cross_scripts() -> None:
    assert skeleton("ундершетерска") == skeleton(normalize_str("اندرشوتيرسكا")) == skeleton("ኡንደርሸተርስካ") == "NDRXTRSK"
    assert "NDRXTRSK" in swedish_skeletons("undersköterska")   # rsk + front vowel heard as sh
    assert skeleton(normalize_str("بوسفوراره")) == "BSFRR"      # ss once, r-a-r twice, final ه a vowel
    assert swedish_skeletons("bussförare") == {"BSFRR"}
    assert distance("BTKSTHNK", "BTKSTKNKR", 2.0) == 1.5        # h for k (near) and a dropped -er


def test_in_a_sentence_the_title_is_read_only_where_nothing_native_matched() -> None:
    cases = {
        "Я п'ять років працювала ундершетерска в лікарні.": "assistant_nurse",
        "اشتغلت اندرشوتيرسكا في السويد سنتين": "assistant_nurse",
        "كنت بوسفوراره في مالمو": "bus_driver",
        "ኣብ ሽወደን ኡንደርሸተርስካ ኮይነ ሰሪሐ": "assistant_nurse",
    }
    for text, key in cases.items():
        hits = [h for h in match(text) if h.kind == "occupation"]
        assert [h.key for h in hits] == [key], (text, hits)
        assert hits[0].score < 0.8   # below a curated term of the person's language
    # a native term wins its word: "медсестра" is the nurse, never read again by sound
    assert [h.key for h in match("Я працювала медсестра")] == ["nurse"]


def _locale_words(lang: str) -> set[str]:
    words: set[str] = set()

    def walk(x: object) -> None:
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            words.update(t for t, _, _ in tokens(normalize_str(x)))

    for path in (ROOT / "assistant" / "locales" / f"{lang}.yaml", ROOT / "assistant" / "locales" / "dialogue" / f"{lang}.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "tests" / "proof" / "phrases").glob("*.yaml")):
        if path.name == "dialogue_words4.yaml":   # titles written by ear on purpose
            continue
        walk([by_locale.get(lang) for by_locale in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).values()])
    return words


@pytest.mark.parametrize(("lang", "script"), [("uk", "cyrillic"), ("ar", "arabic"), ("fa", "arabic"), ("ti", "ethiopic")])
def test_native_words_do_not_turn_into_swedish_titles(lang: str, script: str) -> None:
    tr = Lexicon.load().translit
    # (a Swedish word with a native prefix glued on, "ንbarnskötare", is no native word: it may be read as Swedish)
    tried = [w for w in _locale_words(lang) if script_of_token(w) == script and len(skeleton(w)) >= MIN_CONSONANTS
             and not any("a" <= c <= "z" or c in "åäö" for c in w)]
    assert len(tried) >= 50, len(tried)   # enough long native words to mean something
    false = {w: got[0] for w in tried if (got := tr.lookup(w)) is not None and not _cognate(w, got[1], lang)}
    assert false == {}


def _cognate(word: str, entry, lang: str) -> bool:
    """The word is an inflected native term of the same title ("адвокатів", "ветеринарів"): read right."""
    return any(word[:5] == normalize_str(t)[:5] for t in entry.terms.get(lang, ()))


def test_a_word_on_a_native_stem_is_never_tried() -> None:
    tr = Lexicon.load().translit
    # "майструвати" (to make things) is built on the native "майстер": never "massageterapeut" by ear
    assert tr.lookup("майструвати") is None
    assert [h.key for h in match("люблю щось майструвати") if h.kind == "occupation"] != ["massage"]


def test_short_words_and_latin_are_never_tried() -> None:
    tr = Lexicon.load().translit
    assert tr.lookup("снікаре") is None        # four consonants: too many native words lie that close
    assert tr.lookup("underskoterska") is None  # Latin is the fuzzy title search's business
