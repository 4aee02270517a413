"""One name, one occupation (rater15): «Receptarie» and «Apotekare» were both glossed «صيدلي» in Arabic, and a reader
took two professions with different licences for one. assistant/occupation_names.py gives each name of the curated
lexicon to one occupation per language; another occupation the lexicon names only by that word is said to be a kind
of it (``kind_of``), never by the name itself."""
from __future__ import annotations

from collections import defaultdict

import pytest

from assistant.locales import text
from assistant.occupation_names import _families, index, own_name

GLOSSED = ["en", "ar", "so", "ti", "fa", "uk"]
PHARMACY = ["Apotekare", "Receptarie", "Apoteksassistent", "Apotekstekniker"]


@pytest.mark.parametrize("locale", GLOSSED)
def test_no_two_occupations_share_a_name(locale: str) -> None:
    holders: dict[str, list[str]] = defaultdict(list)
    for title, names in index().items():
        if locale in names:
            holders[names[locale]].append(title)
    shared = {name: titles for name, titles in holders.items() if len(titles) > 1}
    assert not shared, shared


@pytest.mark.parametrize("locale", GLOSSED)
def test_a_shared_word_is_said_as_a_kind_of_it(locale: str) -> None:
    names = {title: n[locale] for title, n in index().items() if locale in n}
    held = set(names.values())
    for title, families in _families().items():
        if locale not in families:
            continue
        said = own_name(locale, title)
        assert said in (names.get(title), text(locale, "kind_of").format(name=families[locale])), title
        if title not in names:
            assert families[locale] in held and said != families[locale], title


@pytest.mark.parametrize("locale", GLOSSED)
def test_pharmacy_occupations_have_distinct_names(locale: str) -> None:
    said = {title: own_name(locale, title) for title in PHARMACY}
    assert all(said.values()), said
    assert len(set(said.values())) == len(PHARMACY), said
    kind = text(locale, "kind_of").split("{name}")[0].strip()
    for title in ("Apotekare", "Receptarie"):  # each by a name of its own, not "a kind of" the other
        assert not kind or not str(said[title]).startswith(kind), said


@pytest.mark.parametrize("locale", ["sv", "sv-easy"])
def test_swedish_readers_get_the_title_alone(locale: str) -> None:
    assert all(own_name(locale, title) is None for title in PHARMACY)
