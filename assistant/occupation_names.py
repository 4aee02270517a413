"""An occupation's name in the person's language, shown beside its Swedish title.

Answers name occupations by their Swedish titles (the sources' names, what job ads and Arbetsförmedlingen
use), glossed "(Swedish occupation name)"; a person who reads Ukrainian was not told what
«Installationselektriker» is (rater5). The curated lexicon already says it: its title entries map the
words people use for an occupation, per language, to the JobTech concepts (retrieval/lexicon/
occupations*.yaml). Read backwards, an entry's first term in a language is that occupation's name in it.
Only title entries are read: a task or workplace phrase ("cooked in a restaurant") names what was done,
not the occupation. No name is made up: an occupation no title entry covers keeps its Swedish title
alone. The lexicon's non-Swedish terms are AWAITING NATIVE REVIEW (marked in those files).

A name names ONE occupation per language: «Receptarie» and «Apotekare» both read «صيدلي» (one entry maps the
word to both), and a reader took two professions with different licences for one (rater15). A name several
occupations would share goes to the one the lexicon gives it most specifically (its own entry, fewest concepts;
else the entry's primary, first, concept); the others are said to be a kind of it (``kind_of``: «Kock, storhushåll»
is «نوع من طباخ/ة», never «طباخ/ة» as «Kock, à la carte» is) until an entry names them on their own
(retrieval/lexicon: «صيدلي/ة بدرجة بكالوريوس» for Receptarie).
"""
from __future__ import annotations

from functools import cache

from retrieval.lexicon.files import lexicon_files, read_yaml

#: Languages whose answers quote the Swedish title as is (nothing to explain).
SWEDISH = ("sv", "sv-easy")


def index() -> dict[str, dict[str, str]]:
    """Swedish occupation title (casefolded) -> {language: shown name}: the first term of the most specific title
    entry (an entry of it alone or whose Swedish words hold its title first, then fewest concepts: "bus driver" for
    Bussförare, not the "driver" that maps to every driver), each shown
    name given to one title per language (see the module docstring)."""
    return _tables()[0]


def _families() -> dict[str, dict[str, str]]:
    """Swedish occupation title (casefolded) -> {language: the shown name of another occupation it is a kind of}."""
    return _tables()[1]


@cache
def _tables() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    from assistant.occupation_forms import shown_name  # both gender forms, Dari words (lang13)

    best: dict[tuple[str, str], tuple[tuple[int, int, int, int], str]] = {}  # (title, language) -> (claim, name)
    order = 0
    for path, kind in lexicon_files():
        data = read_yaml(path) if kind == "occupation" else None
        for entry in (data.get("entries") or []) if isinstance(data, dict) else []:
            if not isinstance(entry, dict) or entry.get("role"):
                continue  # (a task or workplace phrase names what was done, not the occupation)
            order += 1
            concepts, terms = entry.get("concepts") or {}, entry.get("terms") or {}
            swedish = {str(w).casefold() for w in terms.get("sv") or []}
            for position, label in enumerate(concepts.values()):
                title = str(label).casefold()
                # An entry of that one occupation, or whose Swedish words hold its title, names it before one that
                # only maps to it (Personaladministratör is the HR entry's, not home-care scheduling's, whose
                # taxonomy aliases it has: the Ukrainian accountant was offered a «home-care coordinator», foreign19)
                own = int(len(concepts) > 1 and title not in swedish)
                for language, words in terms.items():
                    if language in SWEDISH or not words or str(words[0]).casefold() == title:
                        continue
                    claim = (own, len(concepts), order, position)
                    if (title, language) not in best or claim < best[(title, language)][0]:
                        best[(title, language)] = (claim, str(words[0]))
    owner: dict[tuple[str, str], tuple[tuple[int, int, int], str]] = {}  # (language, shown name) -> (claim, title)
    for (title, language), (claim, name) in best.items():
        key = (language, shown_name(language, name))
        mine = (claim[1], claim[3], claim[2])  # fewest concepts, then the entry's primary concept, then file order
        if key not in owner or mine < owner[key][0]:
            owner[key] = (mine, title)
    names: dict[str, dict[str, str]] = {}
    for (language, shown), (_, title) in owner.items():
        names.setdefault(title, {})[language] = shown
    families: dict[str, dict[str, str]] = {}
    for (title, language), (_, name) in best.items():
        shown = shown_name(language, name)
        if names.get(title, {}).get(language) != shown:
            families.setdefault(title, {})[language] = shown
    return names, families


def own_name(language: str, sv_title: str) -> str | None:
    """The occupation's name in ``language`` from the curated lexicon ("a kind of" the name another occupation
    holds, when the lexicon names it only by that), or None when it has none."""
    if language in SWEDISH:
        return None
    title = sv_title.casefold()
    name = index().get(title, {}).get(language)
    if name is not None:
        return name
    family = _families().get(title, {}).get(language)
    if family is None:
        return None
    from assistant.locales import text

    return text(language, "kind_of").format(name=family)


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


def shadowed(name: str, concept_id: str, text: str) -> bool:
    """``name`` stands in ``text`` only inside a longer curated name of another occupation: "kindergarten teacher"
    writes the alias "Teacher" of a school teacher, and names the preschool teacher (read18)."""
    from retrieval.lexicon import match

    words = set(name.split())
    return any(h.kind == "occupation" and concept_id not in (h.concept_id, *h.alt_ids)
               and len(text[h.start:h.end].split()) > len(words) and words <= set(text[h.start:h.end].split())
               for h in match(text))


def in_longer_name(head: str, text: str) -> bool:
    """``head`` stands in ``text`` inside a longer name the curated lexicon knows ("planerare i hemtjänsten", "food
    truck"): the phrase, read with its sector words, beats its head word (titles11: «Planerare, flygbolag»)."""
    from retrieval.lexicon import match

    words = set(head.split())
    return any(h.kind == "occupation" and len(text[h.start:h.end].split()) > len(words)
               and words <= set(text[h.start:h.end].split()) for h in match(text))
