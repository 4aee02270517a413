"""Eligibility weighed against the facts told (rater22 class 5, conv2; issue 10).

A person who tells years of work done abroad and asks for CSN's omställningsstudiestöd hears that it is not theirs
now: CSN counts work in Sweden (8 of the last 14 years). Never "you probably meet that" for work done in another
country – also where the country carries an Arabic proclitic («بسوريا», «بالعراق»), which was read as no place at
all and so as work here. Through the real app over the shared test store; sentences in phrases/dialogue_mendF21.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, route_ids, said_all

COOK_ABROAD, DENTAL_ABROAD, WORK_AND_STUDY, YOUNG_CSN = said_all(
    "mendF21_cook_abroad_transition", "mendF21_dental_abroad", "mendF21_work_and_study", "mendF21_young_csn")
STUDY_LEAVE = "route:studieledighet"
TRANSITION = "route:omstallningsstudiestod"


def _fixed(locale: str, key: str, length: int) -> str:
    """The fixed text of wording ``key`` after its «title», up to its first full stop or figure."""
    return re.split(r"[.。።؟?{]", str(lookup(locale, key)).split("}", 1)[-1].strip(" :"))[0][:length]


@pytest.mark.parametrize("locale", ALL)
def test_work_abroad_does_not_meet_transition_support(person, locale):
    body = person.say(COOK_ABROAD[locale])
    assert TRANSITION in route_ids(body), (locale, body["action"], route_ids(body), body["answer"])
    assert _fixed(locale, "rights.not_for_you_work", 20) in body["answer"], (locale, body["answer"])
    likely = str(lookup(locale, "rights.omstallning_likely")).split("{years}")[-1]
    assert likely[:40] not in body["answer"], (locale, body["answer"])
    assert all(e["abroad"] for e in body["profile"]["experiences"]), (locale, body["profile"]["experiences"])


@pytest.mark.parametrize("locale", ALL)
def test_no_study_leave_for_someone_without_a_job_here(person, locale):
    """Study leave is an employee's right: not offered to someone whose only work was abroad and has no job here."""
    person.say(DENTAL_ABROAD[locale])
    body = person.say(WORK_AND_STUDY[locale])
    assert STUDY_LEAVE not in route_ids(body), (locale, body["action"], route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_grant_from_25_is_not_offered_at_23(person, locale):
    """Studiestartsstöd (CSN: 25–60) is said to be not for a 23-year-old, never offered as if it applied."""
    body = person.say(YOUNG_CSN[locale])
    if "route:studiestartsstod" in route_ids(body):
        assert _fixed(locale, "rights.not_for_you_age", 15) in body["answer"], (locale, body["answer"])
