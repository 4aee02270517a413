"""A parent asks what their child can study: answered for the child, never with the parent's own work (son11).

rater27 C5 (en T4–T7): a German accountant in Stockholm asked "my son is 17 and moving with us. what could he study
here? … no swedish" and got her own accountant route (validation, a YH programme in accounting), then "my sources say
nothing more", then the adults' SFI and Komvux, although the store has the gymnasium's language introduction
programme (route:gy_sprakintroduktion), its age limit (route:gy_aldersgrans) and CSN's studiehjälp
(route:studiehjalp). A question about one's child (son, daughter, child; told under 20) is answered for the child:
the gymnasium, its language introduction programme for a newcomer without Swedish, the age limit, studiehjälp, the
municipality and a counsellor; never the parent's occupation, courses or the adults' SFI, and the child's age never
becomes the parent's. Through the real app over the shared test store; sentences in phrases/dialogue_son11.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, constraint_values, route_ids, said_all

STORY, CHILD, SWEDISH_FIRST = said_all("son11_parent_story", "son11_child_asks", "son11_child_swedish_first")
INTRO = "route:gy_sprakintroduktion"
#: The adults' routes and the parent's own: never the answer to a question about the child.
ADULTS = ("route:sfi", "route:komvux_sas", "route:validering", "route:yrkeshogskola", "route:komvux")


def _for_the_child(body: dict) -> None:
    ids = route_ids(body)
    assert INTRO in ids, (body["action"], ids, body["answer"])
    assert not [i for i in ids if i in ADULTS], (ids, body["answer"])
    assert not cited(body, "programme", "course", "ad"), ([c["id"] for c in body["citations"]], body["answer"])
    assert not body["occupations"], ([o["title"] for o in body["occupations"]], body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_what_a_child_can_study_is_answered_for_the_child(person, locale):
    person.say(STORY[locale])
    body = person.say(CHILD[locale])
    _for_the_child(body)
    ids = route_ids(body)
    assert "route:gy_aldersgrans" in ids and "route:studiehjalp" in ids, (ids, body["answer"])
    ages = constraint_values(body, "age")
    assert not [a for a in ages if a.isdigit() and int(a) < 20], (ages, body["profile"]["constraints"])
    assert not body["profile"]["education"], body["profile"]["education"]


@pytest.mark.parametrize("locale", ALL)
def test_swedish_first_for_the_child_is_the_language_introduction(person, locale):
    person.say(STORY[locale], CHILD[locale])
    _for_the_child(person.say(SWEDISH_FIRST[locale]))
