"""One's own occupation said without a verb of working is one's own work, in every language (rater27, workname12).

«أنا مطور برمجيات من الهند» (I am a software developer from India) and the Tigrinya «ኣነ ሶፍትዌር ዴቨሎፐር እየ» were not
read as the person's work: the occupation of several words was taken as a name after "I am" and nothing was read. The
class: "I am (a) X", "X by profession / by trade", "my profession / my job is X", "I was X", with occupations of
several words (software developer, civil engineer, heavy truck driver, assistant nurse, preschool teacher) – each read
as work the person has done. And the sentences that tell no own work stay so: "I want to be X" (a wish), "my husband
is X" (his work), "I am from X and I am 34", "I am tired" (no occupation, no name).

Through the real app over the shared test store; the sentences live in phrases/dialogue_workname12.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said

#: situation -> the SSYK group (prefix) of the work it tells, and the sub-major groups (two digits) all its work read
#: must lie in: the words around the occupation ("by trade", «дитячого садка», kindergarten) name no other work.
OWN_WORK = {
    "workname12_developer_by_profession": ("251", ("25",)),
    "workname12_civil_engineer_was": (("214", "311"), ("21", "31")),
    "workname12_truck_driver_my_job": ("833", ("83",)),
    "workname12_assistant_nurse_i_am": ("532", ("53",)),
    "workname12_preschool_teacher_by_trade": ("234", ("23", "53")),
}


def _told(body: dict) -> list[str]:
    return [e.get("ssyk_code") or "" for e in body["profile"]["experiences"]]


@pytest.mark.parametrize("situation", list(OWN_WORK))
@pytest.mark.parametrize("locale", ALL)
def test_an_occupation_said_without_a_work_verb_is_own_work(person, locale, situation):
    body = person.say(said(situation)[locale])
    told = _told(body)
    group, near = OWN_WORK[situation]
    assert any(c.startswith(group) for c in told), (locale, told, body["profile"].get("wishes"))
    assert all(c.startswith(near) for c in told), (locale, told)
    assert not body["profile"].get("name"), body["profile"]


@pytest.mark.parametrize("locale", ALL)
def test_a_wish_to_become_is_no_work_done(person, locale):
    body = person.say(said("workname12_wants_to_become")[locale])
    assert not any(c.startswith("234") for c in _told(body)), (locale, body["profile"]["experiences"])


@pytest.mark.parametrize("locale", ALL)
def test_the_husbands_occupation_is_not_ones_own(person, locale):
    body = person.say(said("workname12_husband_is")[locale])
    assert not any(c.startswith("833") for c in _told(body)), (locale, body["profile"]["experiences"])


@pytest.mark.parametrize("situation", ["workname12_from_and_age", "workname12_tired"])
@pytest.mark.parametrize("locale", ALL)
def test_i_am_with_no_occupation_tells_no_work(person, locale, situation):
    body = person.say(said(situation)[locale])
    assert not body["profile"]["experiences"], (locale, body["profile"]["experiences"])
    assert not body["profile"].get("name"), body["profile"]
