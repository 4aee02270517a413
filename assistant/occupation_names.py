"""An occupation's name in the person's language, shown beside its Swedish title.

Answers name occupations by their Swedish titles (the sources' names, what job ads and Arbetsförmedlingen
use), glossed "(Swedish occupation name)"; a person who reads Ukrainian was not told what
«Installationselektriker» is (rater5). The curated lexicon already says it: its title entries map the
words people use for an occupation, per language, to the JobTech concepts (retrieval/lexicon/
occupations*.yaml). Read backwards, an entry's first term in a language is that occupation's name in it.
Only title entries are read: a task or workplace phrase ("cooked in a restaurant") names what was done,
not the occupation. No name is made up: an occupation no title entry covers keeps its Swedish title
alone. The lexicon's non-Swedish terms are AWAITING NATIVE REVIEW (marked in those files).
"""
from __future__ import annotations

from functools import cache

from retrieval.lexicon.files import names_by_concept

#: Languages whose answers quote the Swedish title as is (nothing to explain).
SWEDISH = ("sv", "sv-easy")


@cache
def _index() -> dict[str, dict[str, str]]:
    """Swedish occupation title (casefolded) -> {language: name}: the first term of the most specific title
    entry (fewest concepts: "bus driver" for Bussförare, not the "driver" that maps to every driver)."""
    return names_by_concept("occupation", lambda entry: not entry.get("role"), lambda _cid, label: (label.casefold(),))


def own_name(language: str, sv_title: str) -> str | None:
    """The occupation's name in ``language`` from the curated lexicon, or None when it has none."""
    if language in SWEDISH:
        return None
    name = _index().get(sv_title.casefold(), {}).get(language)
    if not name or name.casefold() == sv_title.casefold():
        return None
    from assistant.occupation_forms import shown_name  # both gender forms, Dari words (lang13)

    return shown_name(language, name)


def may_be_name(word: str) -> bool:
    """A word left in a question that may name an occupation: four letters or more, or a shorter one the curated
    lexicon holds as an occupation's name on its own ("نرس", nurse, in Dari; "ssk"); most short words are
    function words. An everyday word (money, family, time, "to study" …: assistant/everyday_words.py) never is."""
    from assistant.everyday_words import everyday
    from retrieval.lexicon import match

    if word.isdigit() or everyday(word):
        return False
    return len(word) >= 4 or (len(word) >= 2 and any(h.kind == "occupation" and h.end - h.start == len(word)
                                                      for h in match(word)))


def in_longer_name(head: str, text: str) -> bool:
    """``head`` stands in ``text`` inside a longer name the curated lexicon knows ("planerare i hemtjänsten", "food
    truck"): the phrase, read with its sector words, beats its head word (titles11: «Planerare, flygbolag»)."""
    from retrieval.lexicon import match

    words = set(head.split())
    return any(h.kind == "occupation" and len(text[h.start:h.end].split()) > len(words)
               and words <= set(text[h.start:h.end].split()) for h in match(text))
