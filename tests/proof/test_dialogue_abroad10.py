"""Work abroad and informal work weighed against CSN's work requirement (rater26 class 1, C1 ti).

A woman told eight years of informal housework «ኣብ ሳዑዲ ዓረብ» (in Saudi Arabia) and heard of omställningsstudiestöd
"you probably meet these": the country was not read, so her work counted as work in Sweden. A counsellor says that
CSN counts work in Sweden, that work abroad and informal, undeclared work usually do not count, and that CSN
decides. The countries are data (assistant/interpretation/cues.yaml, abroad_places.yaml) in every language and
script. Through the real app over the shared test store; sentences in phrases/dialogue_abroad10.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, route_ids, said, said_all, wording_start

SAUDI, OTHER, INFORMAL = said_all("abroad10_saudi_transition", "abroad10_other_country", "abroad10_informal_transition")
TRANSITION = "route:omstallningsstudiestod"


def _likely(locale: str) -> str:
    """The "you probably meet that" part of the wording that says the work requirement is met."""
    return str(lookup(locale, "rights.omstallning_likely")).split("{years}")[-1][:40]


@pytest.mark.parametrize("locale", ALL)
def test_work_in_saudi_arabia_is_abroad_and_does_not_meet_transition_support(person, locale):
    body = person.say(SAUDI[locale])
    work = body["profile"]["experiences"]
    assert work and all(e["abroad"] and e["country"] == "SA" for e in work), (locale, work)
    assert TRANSITION in route_ids(body), (locale, body["action"], route_ids(body), body["answer"])
    assert _likely(locale) not in body["answer"], (locale, body["answer"])
    assert wording_start(locale, "rights.work_here_only", 30) in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_work_in_another_country_is_read_as_abroad(person, locale):
    body = person.say(OTHER[locale])
    work = body["profile"]["experiences"]
    assert work and all(e["abroad"] and e["country"] for e in work), (locale, work)


@pytest.mark.parametrize("locale", ALL)
def test_informal_work_is_not_said_to_meet_transition_support(person, locale):
    body = person.say(INFORMAL[locale])
    assert TRANSITION in route_ids(body), (locale, body["action"], route_ids(body), body["answer"])
    assert _likely(locale) not in body["answer"], (locale, body["answer"])
    assert wording_start(locale, "rights.work_here_only", 30) in body["answer"], (locale, body["answer"])
    assert "CSN" in body["answer"], (locale, body["answer"])


OWN_WORK, WIFE = said_all("abroad10_own_work", "abroad10_wife_teacher")
PRESCHOOL_TEACHER = "2343"


@pytest.mark.parametrize("locale", ALL)
def test_a_wifes_profession_is_answered_about_her_and_kept_out_of_his_profile(person, locale):
    """rater26 C4 (en): the wife's Förskollärare, her years and her degree became the husband's experience."""
    person.say(OWN_WORK[locale])
    body = person.say(WIFE[locale])
    work = body["profile"]["experiences"]
    assert not [e for e in work if e.get("ssyk_code") == PRESCHOOL_TEACHER], (locale, work)
    assert not [e for e in work if e.get("years") == 6], (locale, work)
    assert not body["profile"]["education"], (locale, body["profile"]["education"])
    assert "Förskollärare" in body["answer"] or "förskollärare" in body["answer"], (locale, body["answer"])


LAW_UNFINISHED = said("abroad10_law_unfinished")


@pytest.mark.parametrize("locale", ALL)
def test_unfinished_studies_are_kept_as_unfinished(person, locale):
    """rater26 C3 (fa): two unfinished years of law were stored as a finished eftergymnasial ≥ 3 years."""
    body = person.say(LAW_UNFINISHED[locale])
    edu = body["profile"]["education"]
    assert not [e for e in edu if e["label"] in ("eftergymnasial_ge3", "forskarutbildning") or (e.get("seqf") or 0) >= 6], \
        (locale, edu)
