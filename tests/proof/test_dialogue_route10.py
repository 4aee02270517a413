"""Routes, rights and money that fit the person's facts (rater 10, 2.0/5, faults 2 and 8).

The counsellor's findings: a 19-year-old with no education who wants to work with children got Skolverket's licence
page for a teaching degree from abroad, UHR and the introduction programme (ages 20–65); "CSN: yes, usually" and then
an age rule that excludes her, with no conclusion; omställningsstudiestöd (years of work in Sweden) for people who
never worked here; no tilläggsbidrag for a mother of three; "can I apply to UHR with temporary protection?" not
answered; Socialstyrelsen's page for assistant nurses trained outside Sweden for someone who will train here. Now each
curated route carries its conditions as data and the answer applies them (assistant/route_conditions.py). Through the
real app over the shared test store, in all 8 languages.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, cited, route_ids, said_all

YOUNG, CSN19, PARENT, UHR, NURSE = said_all("route10_young_preschool", "route10_csn_at_19", "route10_parent_money",
                                            "route10_uhr_protection", "route10_assistant_nurse_here")
#: Pages for a degree or training from another country: never cited to someone who has none.
FOREIGN_PAGES = ("utlandsk-examen", "utbildad-utanfor")


def wording_piece(locale: str, key: str, length: int = 18) -> str:
    """The longest fixed piece of the locale's wording ``key`` between its placeholders and sentence ends (cut to
    ``length``): what an answer using that wording contains whatever is filled in."""
    return max((p.strip(" :–-") for p in _pieces(locale, key)), key=len)[:length]


def first_piece(locale: str, key: str) -> str:
    """The first fixed piece of the locale's wording ``key`` (its opening answer: "yes, usually")."""
    return next(p.strip(" :–-") for p in _pieces(locale, key) if p.strip(" :–-"))


def _pieces(locale: str, key: str) -> list[str]:
    return re.split(r"\{[^}]*\}|[.!?؟።:–]", str(lookup(locale, key)))  # (a citation may follow each sentence)


def _foreign_pages(body: dict) -> list[str]:
    return [c["url"] for c in body["citations"] if any(p in (c.get("url") or "") for p in FOREIGN_PAGES)]


@pytest.mark.parametrize("locale", ALL)
def test_a_young_person_without_education_gets_the_swedish_way_not_the_foreign_licence(person, locale):
    body = person.say(YOUNG[locale])
    ids = route_ids(body)
    assert "route:hogskola_larare" not in ids and not _foreign_pages(body), (ids, body["answer"])
    assert "route:uhr_bedomning" not in ids and "route:etableringsprogrammet" not in ids, ids
    assert {"route:forskollararprogrammet", "route:gy_barn_fritid"} & set(ids), (ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_study_money_at_19_says_not_yet_for_komvux(person, locale):
    body = person.say(CSN19[locale])
    assert "route:studiemedel" in route_ids(body), body["answer"]
    assert wording_piece(locale, "rights.studiemedel_young") in body["answer"], body["answer"]
    assert first_piece(locale, "rights.studiemedel") not in body["answer"], body["answer"]  # "yes, usually"
    if "route:omstallningsstudiestod" in route_ids(body):  # said plainly as not for her, never offered
        assert wording_piece(locale, "rights.not_for_you_age") in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_a_parent_who_never_worked_hears_of_the_grant_for_children_not_transition_support(person, locale):
    body = person.say(PARENT[locale])
    ids = route_ids(body)
    assert "route:csn_tillaggsbidrag" in ids, (ids, body["answer"])
    if "route:omstallningsstudiestod" in ids:
        assert wording_piece(locale, "rights.not_for_you_work") in body["answer"], body["answer"]
        assert wording_piece(locale, "route.study_support") not in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_uhr_with_temporary_protection_is_answered_yes(person, locale):
    body = person.say(UHR[locale])
    ids = route_ids(body)
    assert "route:uhr_bedomning" in ids and "route:uhr_tillfalligt_skydd" in ids, (ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_someone_training_here_gets_the_page_for_a_swedish_training(person, locale):
    body = person.say(NURSE[locale])
    assert "route:komvux_vard_omsorg" in route_ids(body), body["answer"]
    assert not _foreign_pages(body), [c["url"] for c in cited(body)]
