"""A title word and its qualifier written apart or clipped (retrieval/title_qualifier): read as the known
title they make. Titles here are made up for the tests, not eval cases; the index is a small hand-made one
shaped like the taxonomy's (labels with a comma qualifier, compound titles)."""
from __future__ import annotations

from retrieval.title_qualifier import qualified_title
from retrieval.title_query import read
from retrieval.titles import TitleIndex


def _index() -> TitleIndex:
    return TitleIndex([
        ("Grundlärare, förskoleklass och 1-3", "grund"), ("F-3-lärare", "grund"), ("Ämneslärare, 7-9", "amne"),
        ("Ma-lärare", "amne"), ("Projektledare, el", "pel"), ("Projektledare, IT", "pit"), ("Projektledare", "pit"),
        ("Ekonomiassistent", "eko"), ("Forskningsassistent", "fo"), ("HR-assistent", "hr"),
        ("Administrationsassistent", "adm"), ("Säljare", "butik"), ("IT-säljare", "ftg"),
        ("Sjuksköterska, grundutbildad", "ssk"), ("Sjuksköterska", "ssk"), ("Hjärtsjuksköterska", "hjärt"),
        ("Serviceelektriker", "service"), ("Installationselektriker", "inst"), ("Personlig assistent", "pa"),
        ("Elektriker inom industrin", "ind"),
    ])


def test_a_qualifier_after_the_title_word_makes_the_compound_or_comma_title():
    t = _index()
    assert qualified_title(t, "Lärare F-3") == "f-3-lärare"
    assert qualified_title(t, "Projektledare el") == "projektledare, el"
    assert qualified_title(t, "Säljare key account inom IT") == "it-säljare"


def test_a_clipped_modifier_is_completed_by_a_known_title_with_the_same_head():
    t = _index()
    assert qualified_title(t, "Ek.assistent") == "ekonomiassistent"
    assert qualified_title(t, "Adm. assistent") == "administrationsassistent"


def test_a_workplace_narrows_only_a_word_that_is_no_title_on_its_own():
    t = _index()
    assert qualified_title(t, "Elektriker till service och bygg") == "serviceelektriker"
    assert qualified_title(t, "Sjuksköterska till hjärtavdelning") == ""   # a nurse sent to a ward
    assert qualified_title(t, "Personlig assistent till kvinna i Sollentuna") == ""   # a title of two words
    assert qualified_title(t, "Ämneslärare, 7-9") == ""   # already a known title


def test_the_ad_title_reading_searches_the_known_title():
    r = read(_index(), "Lärare F-3")
    assert (r.core, r.known) == ("f-3-lärare", "f-3-lärare")
