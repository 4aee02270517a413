"""How a follow-up message is read (rater 3): a remark is no interest, an example is a wish, the
occupation wished for is the one answered about. In several languages, through the real app over the
shared test store, the profile carried client-side like widget.js. The sentences are written for this
test (tests/proof/phrases/dialogue_turns.yaml), not the rater's.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import constraints, groups, said


def _same_work(first: dict, body: dict) -> None:
    """The follow-up added no work done to what the first message told."""
    work = [e["occupation"]["id"] for e in body["profile"]["experiences"]]
    assert work == [e["occupation"]["id"] for e in first["profile"]["experiences"]], body["profile"]["experiences"]


def _new(profile: dict, field: str, message: int) -> list[dict]:
    return [i for i in profile[field] if (i.get("span") or {}).get("message") == message]


@pytest.mark.parametrize("locale", list(said("licence_and_fear")))
def test_a_remark_after_a_story_is_no_interest(person, locale):
    """A licence not held yet or a fear of heights, said after a story, adds no interest and no
    occupation (it read "I have no Swedish B licence" as an interest and suggested analysts)."""
    first = person.tell(said("cook_story")[locale])
    body = person.say(said("licence_and_fear")[locale])
    assert not body["profile"]["interests"], body["profile"]["interests"]
    _same_work(first, body)
    assert not _new(body["profile"], "wishes", 1), body["profile"]["wishes"]


@pytest.mark.parametrize("locale", list(said("health_and_hours")))
def test_health_and_hours_alone_are_no_interest(person, locale):
    """Even as the first message, a remark about health and hours is not read as what one likes."""
    body = person.say(said("health_and_hours")[locale])
    assert not body["profile"]["interests"], body["profile"]["interests"]


@pytest.mark.parametrize("locale", list(said("example_shop_neither_nor")))
def test_an_example_is_a_wish_and_neither_nor_are_limitations(person, locale):
    """"For example a clothes shop, or something where I neither sit nor carry heavy things": a wish
    for shop work and two limitations, not one refusal of the whole clause."""
    person.tell(said("tailor_story")[locale])
    body = person.say(said("example_shop_neither_nor")[locale])
    limits = {c["value"] for c in constraints(body, "limitation")}
    assert {"sitting", "lifting"} <= limits, constraints(body, "limitation")
    assert not [c for c in constraints(body, "avoid") if c["span"]["message"] == 1], constraints(body, "avoid")
    wished = [w.get("ssyk_code") or "" for w in body["profile"]["wishes"]]
    assert any(code.startswith("52") for code in wished), body["profile"]["wishes"]


@pytest.mark.parametrize("locale", list(said("something_in_care")))
def test_something_in_a_field_is_a_wish_never_work_done(person, locale):
    """"Something in healthcare" after a story is a wish for that field, never a job the person did."""
    first = person.tell(said("cook_story")[locale])
    body = person.say(said("something_in_care")[locale])
    _same_work(first, body)
    assert not body["profile"]["interests"], body["profile"]["interests"]
    care = [w for w in _new(body["profile"], "wishes", 1) if (w.get("ssyk_code") or "")[:2] in ("53", "22", "32")]
    assert care, body["profile"]["wishes"]


@pytest.mark.parametrize("locale", list(said("not_shoes_bus_driver")))
def test_the_wished_occupation_is_the_focus_not_the_refused_one(person, locale):
    """"Not shoes. I want to become a bus driver; what do I need?": the answer is about bus drivers."""
    person.tell(said("cook_story")[locale])
    body = person.say(said("not_shoes_bus_driver")[locale])
    assert groups(body)[:1] == ["8331"], (body["action"], groups(body), body["answer"][:300])


@pytest.mark.parametrize("locale", list(said("what_is_it_not_mine_electrician")))
def test_an_occupation_turned_down_in_a_question_is_not_the_focus(person, locale):
    """"What is X? Not for me. I want to work as an electrician. What is the salary?": the electrician's."""
    person.tell(said("cook_story")[locale])
    body = person.say(said("what_is_it_not_mine_electrician")[locale])
    assert body["action"] == "salary", (body["action"], body["answer"][:300])
    assert groups(body)[:1] and groups(body)[0].startswith("741"), (groups(body), body["answer"][:300])


@pytest.mark.parametrize("locale", list(said("school_years")))
def test_years_at_school_are_no_work_done(person, locale):
    """The word that says where one studied ("مکتب", school) is no occupation (it became Administratör)."""
    first = person.tell(said("tailor_story")[locale])
    body = person.say(said("school_years")[locale])
    _same_work(first, body)
