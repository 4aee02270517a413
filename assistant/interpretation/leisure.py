"""A doing placed in the person's free time is a liking, not work done (read18).

rater17: "I play football with kids every weekend", "I cook a lot at home for my family", "ich koche gern" kinds were
read as experience: a present-tense hobby names the work (a cook, a hairdresser) but tells no work done. A statement
with a leisure marker (leisure.yaml: "at home", "in my free time", "every weekend", "for my family", 8 languages) and
no cue of work done, a wish, schooling or a language is read as an interest (segment.classify_statement).
A doing for people outside one's household ("for the women in my street", "for families"), a statement of where
one lives, naming oneself as an occupation ("jag är skräddare"), and "at home" beside a place abroad or years of it
("back home", mendC19) are no liking.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.interpretation.abroad import abroad_index
from assistant.interpretation.cues import PhraseIndex, load_cues
from assistant.interpretation.years import year_words
from retrieval.lexicon.normalize import normalize
from vagledning.yaml_data import load_yaml

LEISURE_PATH = Path(__file__).with_name("leisure.yaml")
#: Cue kinds that keep their own reading beside a leisure marker ("I worked at home as a dagmamma").
TOLD_OTHERWISE = frozenset({"experience", "wish", "education", "language", "negation"})


@lru_cache(maxsize=1)
def _doc() -> dict:
    return load_yaml(LEISURE_PATH.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=8)
def _index(section: str) -> PhraseIndex:
    index = PhraseIndex()
    for lang, items in (_doc().get(section) or {}).items():
        for phrase in items:
            index.add(str(phrase), lang)
    index.finalize()
    return index


@lru_cache(maxsize=1)
def _work_words() -> tuple[str, ...]:
    """leisure.yaml's work words in the tokens' own normal form: Persian «کار میکن» is matched against tokens whose
    letters were normalized («كار ميكنم»), so raw, it never matched (lead29: "I work in home care" in Persian was
    read as a pastime at home)."""
    return tuple(normalize(str(w)).text for w in _doc().get("work_words") or ())


def _found(section: str, toks: list[str]) -> set[str]:
    """The phrases of a leisure.yaml section the tokens hold (whole words)."""
    index = _index(section)
    return {hit[2] for i in range(len(toks)) for hit in index.find(toks, i)}


def _told_elsewhere_or_long(toks: list[str]) -> bool:
    """A place abroad (not Sweden, "here") is named ("hemma i Somalia": home is the home country) or years are told ("15 років")."""
    words = year_words()
    if any((t.isdigit() or t in words.numbers) and nxt in words.units for t, nxt in zip(toks, toks[1:])):
        return True
    places = (abroad_index(), load_cues().countries)
    return any(hit[1] != "SE" for index in places for i in range(len(toks)) for hit in index.find(toks, i))


def _names_oneself(toks: list[str]) -> bool:
    """An occupation's title stands right after (or before) words naming the person as it ("jag är skräddare")."""
    from retrieval.lexicon import match

    text = " ".join(toks)
    before, after = _index("identity_before"), _index("identity_after")
    for hit in match(text, kinds=("occupation",)):
        if hit.role != "title":
            continue
        head, tail = text[:hit.start].split(), text[hit.end:].split()
        if any(end == len(head) for i in range(len(head)) for end, _, _ in before.find(head, i)) or (tail and after.find(tail, 0)):
            return True
    return False


def at_leisure(toks, found_kinds) -> bool:
    """The statement's tokens place the doing in free time and its cues (``found_kinds``) tell nothing else."""
    if TOLD_OTHERWISE.intersection(found_kinds):
        return False
    work = _work_words()
    if any(t.startswith(work) for t in toks) or any(w in " ".join(toks) for w in work if " " in w):
        return False  # working or selling at home is work ("I sew clothes at home and sell them")
    toks = list(toks)
    markers = _found("markers", toks) | _found("pastimes", toks)  # (gaming is free time by itself: interp20)
    if not markers or _found("served", toks) or _found("living", toks) or _names_oneself(toks):
        return False  # a doing for others outside the household is work; where one lives is no doing; "I am a tailor"
    if markers <= _found("place_only", toks) and _told_elsewhere_or_long(toks):
        return False  # "at home" alone, beside a place abroad or years of it: back home, a home-based trade
    return True
