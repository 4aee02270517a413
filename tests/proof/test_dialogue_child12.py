"""What is said of another person stays theirs: never the person's own profile (child12).

rater27: a mother asked "my son speaks little Swedish, he is 16, what school can he go to?". son11 answers such a
question for the child, but the son's Swedish level (and his age) went into HER profile, so later answers about her
own work said "you speak little Swedish". Facts said of another person – a son, a daughter, a wife, in any of the
ways people say it ("у моєї дружини …", "ወደይ …", "she studied …") – are theirs: their language level, age,
education, limits and wishes never become the person's, and the person's own facts in the same message are still
read ("I am a cook, my son is 16 and speaks little Swedish"). Through the real app over the shared test store, in
all 8 languages; the sentences live in phrases/dialogue_child12.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, constraints, said_all, wording_start

SON_SCHOOL, OWN_WORK, MIXED, DAUGHTER_NURSE, WIFE = said_all(
    "child12_son_school", "child12_own_work_after", "child12_mixed_own_and_son", "child12_daughter_nurse",
    "child12_wife_back_studies")
#: SSYK groups of nursing (sjuksköterskor, barnmorskor 22xx; undersköterskor 532x).
NURSING = ("22", "532")


def _swedish(body: dict) -> list[dict]:
    return [x for x in body["profile"]["languages"] if x["code"] == "sv"]


def _young_ages(body: dict) -> list[str]:
    return [a for a in constraint_values(body, "age") if a == "pupil" or a.isdigit() and int(a) < 20]


def _not_the_sons(body: dict, locale: str) -> None:
    """The son's Swedish and age are not the parent's."""
    assert not _swedish(body), (locale, body["profile"]["languages"])
    assert not _young_ages(body), (locale, body["profile"]["constraints"])


def _groups(items: list[dict]) -> list[str]:
    return [x.get("ssyk_code") or "" for x in items]


@pytest.mark.parametrize("locale", ALL)
def test_the_sons_swedish_is_not_the_parents_when_she_asks_of_her_own_work(person, locale):
    body = person.say(SON_SCHOOL[locale])
    _not_the_sons(body, locale)
    assert not body["profile"]["education"], (locale, body["profile"]["education"])
    body = person.say(OWN_WORK[locale])
    _not_the_sons(body, locale)
    assert body["profile"]["experiences"], (locale, body["answer"][:300])
    assert wording_start(locale, "heard.little_swedish") not in body["answer"], (locale, body["answer"][:400])


@pytest.mark.parametrize("locale", ALL)
def test_own_work_is_read_and_the_sons_facts_are_not(person, locale):
    body = person.say(MIXED[locale])
    assert [g for g in _groups(body["profile"]["experiences"]) if g.startswith("512")], (
        locale, body["profile"]["experiences"])
    _not_the_sons(body, locale)


@pytest.mark.parametrize("locale", ALL)
def test_a_daughters_wish_is_not_the_parents(person, locale):
    body = person.say(DAUGHTER_NURSE[locale])
    profile = body["profile"]
    mine = _groups(profile["wishes"]) + _groups(profile["experiences"])
    assert not [g for g in mine if g.startswith(NURSING)], (locale, profile["wishes"], profile["experiences"])
    assert not [i for i in profile["interests"] if i.get("concept")], (locale, profile["interests"])


@pytest.mark.parametrize("locale", ALL)
def test_a_wifes_back_and_studies_are_not_the_husbands(person, locale):
    body = person.say(WIFE[locale])
    assert not constraints(body, "limitation"), (locale, constraints(body, "limitation"))
    assert not body["profile"]["education"], (locale, body["profile"]["education"])
