"""Higher studies told unfinished are kept as unfinished, their degree's work is no suggestion, and seated work in
health care reaches the office work of health care that asks no degree (nursing12; rater27 class 3, C1 so T1/T3).

A maternity-ward assistant said she never finished the nursing degree, then that her back hurts, and asked for seated
work in health care. In sv, sv-easy, ti and uk the unfinished nursing studies were not kept as an education told
unfinished (fitdeg11's strict expected failure), so registered nurses (SSYK 222x) came back; and in no language was the
office work of health care reached that a counsellor would name first: medical secretary / vårdadministratör
(SSYK 4117, a yrkeshögskola programme, no degree). People say "not finished" in many ways: "two years of three, then I
dropped out", "the war interrupted my studies, I never got the degree", "I had to stop when we fled". Whatever the
degree (nursing, engineering, law), the profile keeps the studies as told unfinished (never a finished university
degree), and the work whose way in is a university degree (SSYK major group 2) is not offered as work to take now.

In all 8 languages, through the real app over the shared test store; the sentences live in phrases/dialogue_nursing12.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, groups, listed, said_all

NURSING, ENGINEERING, LAW, SEATED = said_all("nursing12_nursing_dropped", "nursing12_engineering_interrupted",
                                             "nursing12_law_stopped", "nursing12_seated_care")
STORIES = {"nursing": NURSING, "engineering": ENGINEERING, "law": LAW}
#: SSYK 2012 major group 2: professions whose way in is a university degree (nurses 222x, engineers 214x, lawyers 261x).
DEGREE_GROUP = "2"
#: SSYK 2012 unit group 4117: medical secretaries, vårdadministratörer (a yrkeshögskola programme, no degree).
CARE_OFFICE = "4117"
#: A finished university education (the bands of interpretation/cues.yaml, SeQF 6 and above).
DEGREE_BANDS = ("eftergymnasial_ge3", "forskarutbildning")


def _kept_unfinished(body: dict, locale: str, degree: str) -> None:
    edu = body["profile"]["education"]
    assert [e for e in edu if e.get("unfinished")], (locale, degree, edu)
    assert not [e for e in edu if e["label"] in DEGREE_BANDS or (e.get("seqf") or 0) >= 6], (locale, degree, edu)


@pytest.mark.parametrize("degree", list(STORIES))
@pytest.mark.parametrize("locale", ALL)
def test_unfinished_studies_are_kept_as_unfinished(person, locale, degree):
    _kept_unfinished(person.say(STORIES[degree][locale]), locale, degree)


#: Every case passes since body15's wider pool for work told that asks no degree (so engineering passed in the
#: twelfth session's full run: its mark is gone).
NOT_YET: set[tuple[str, str]] = set()


@pytest.mark.parametrize("degree", ["engineering", "law"])
@pytest.mark.parametrize("locale", ALL)
def test_work_of_an_unfinished_degree_is_no_suggestion(person, locale, degree, request):
    if (locale, degree) in NOT_YET:
        request.applymarker(pytest.mark.xfail(strict=False, reason="so engineering: the matcher's pool holds only "
                                                                   "degree work, the degree filter falls back to it"))
    body = person.say(STORIES[degree][locale])
    if body["action"] in LIST_ACTIONS:
        assert not [g for g in groups(body) if g.startswith(DEGREE_GROUP)], (locale, degree, groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_seated_care_work_without_the_degree_is_health_care_office_work(person, locale):
    body = person.say(NURSING[locale], SEATED[locale])
    _kept_unfinished(body, locale, "nursing")
    codes = listed(body)
    assert not [g for g in codes if g.startswith(DEGREE_GROUP)], (locale, codes, body["answer"])
    assert CARE_OFFICE in codes, (locale, codes, body["answer"])
