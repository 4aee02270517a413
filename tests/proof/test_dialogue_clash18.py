"""Suggestions never clash with the health fact just given, and "the sources say nothing" is no cover (rater31 class 1).

rater31 c01 (ar): a baker whose doctor told him to stop working with flour got cooks ("«baka bröd» carries over"),
then bakery machine operators; the profile kept "allergy" without the allergen. c12 (sv-easy): a 58-year-old with a
bad shoulder who likes plants got chainsaw felling with "All the jobs can suit you" beside "the sources say nothing
about heavy work for the shoulders". Now, in all 8 languages: an allergy keeps what one is allergic to (the constraint
``other`` ``allergen:<what>``), and work whose cited sources show that exposure is left out (flour: bakery, pastry,
kitchen and bakery machine work; retrieval/allergen_demands.py); heavy forestry work is left out for a body limitation
(retrieval/group_demands.py) and "all of them may fit" is never said beside the sources' silence on the limitation
(assistant/composers/variety.py). Through the real app over the shared test store; sentences in
phrases/dialogue_clash18.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, groups, said_all, wording_literal

BAKER, SHOULDER, OUTDOORS = said_all("clash18_flour_baker", "clash18_shoulder_start", "clash18_shoulder_outdoors")
#: Bakers and pastry cooks, cooks, bakery and confectionery machine operators, fast food and kitchen help: flour work.
FLOUR_WORK = ("7612", "5120", "8163", "9411", "9412")
#: Forestry workers (felling with a chainsaw, clearing, planting): heavy for the shoulders and back.
FORESTRY = ("6210",)


@pytest.mark.parametrize("locale", ALL)
def test_a_flour_allergy_keeps_the_allergen_and_leaves_out_flour_work(person, locale):
    body = person.say(BAKER[locale])
    assert "allergy" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert "allergen:flour" in constraint_values(body, "other"), (locale, body["profile"]["constraints"])
    shown = groups(body)
    assert shown, (locale, body["action"], body["answer"])
    assert not [g for g in shown if g.startswith(FLOUR_WORK)], (locale, body["occupations"], body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_bad_shoulder_gets_no_forestry_and_no_all_may_fit_beside_silent_sources(person, locale):
    person.say(SHOULDER[locale])
    body = person.say(OUTDOORS[locale])
    assert "shoulders" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(FORESTRY)], (locale, body["occupations"], body["answer"])
    assert wording_literal(locale, "reasons.all_default") not in body["answer"], (locale, body["answer"])
