"""A young person hears of work reached from the gymnasium, Komvux or yrkeshögskola first (youth16, after pupil15 and
rater15: a pupil of 17-19 who likes helping people and children was offered preschool teacher and primary teacher,
two long university routes of three, before any work her programme or a short vocational education leads to).

For a young person (a pupil, or a told age of 20 or less) who did not turn study down, the three suggestions hold at
most one occupation of SSYK 2012 major groups 1-2 (work asking long university studies or a manager's experience),
and the first suggestion is of groups 3-9. Through the real app over the shared test store; the sentences live in
phrases/dialogue_youth16.yaml.

A pupil asking about money while studying hears of CSN's studiehjälp (the study grant comes by itself from the quarter
after turning 16; extra tillägg and inackorderingstillägg are applied for) before the adults' studiemedel, and nothing
of transition support; an adult asking about CSN is not told of studiehjälp.
"""
from __future__ import annotations

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, groups, route_ids, said_all

(HELPING,) = said_all("youth16_young_helping")
#: SSYK 2012 major groups of work asking long university studies (2) or a manager's experience (1).
LONG_ROUTE = ("1", "2")


@pytest.mark.parametrize("locale", ALL)
def test_a_young_person_gets_work_reached_from_school_first(person, locale):
    body = person.say(HELPING[locale])
    shown = groups(body)[:3]
    assert body["action"] == "suggest", (locale, body["action"], body["answer"])
    assert shown, (locale, body["occupations"], body["answer"])
    assert not shown[0].startswith(LONG_ROUTE), (locale, body["occupations"], shown)
    assert len([g for g in shown if g.startswith(LONG_ROUTE)]) <= 1, (locale, body["occupations"], shown)


PUPIL_MONEY, ADULT_MONEY = said_all("youth16_pupil_money", "youth16_adult_money")


@pytest.mark.parametrize("locale", ALL)
def test_a_pupil_asking_about_money_hears_of_studiehjalp_first(person, locale):
    body = person.say(PUPIL_MONEY[locale])
    ids = route_ids(body)
    assert "route:studiehjalp" in ids, (locale, ids, body["answer"])
    money = [r for r in ids if r.startswith(("route:studiehjalp", "route:studiemedel", "route:studiestart"))]
    assert money[0] == "route:studiehjalp", (locale, ids)  # never the adults' grants and loans first
    assert "route:omstallningsstudiestod" not in ids, (locale, ids, body["answer"])
    said = text(locale, "rights.studiehjalp").split("}: ", 1)[1][:24]
    assert said in body["answer"], (locale, said, body["answer"])  # said in the person's language


@pytest.mark.parametrize("locale", ALL)
def test_an_adult_asking_about_csn_is_not_told_of_studiehjalp(person, locale):
    body = person.say(ADULT_MONEY[locale])
    ids = route_ids(body)
    assert "route:studiemedel" in ids, (locale, ids, body["answer"])
    assert "route:studiehjalp" not in ids, (locale, ids, body["answer"])
