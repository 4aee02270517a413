"""Schooling read as it was: an introduction programme is no gymnasium, a missing grade is no refusal (copilot20).

rater18 conv5 (the counsellor copilot, a 19-year-old who wants to become a nurse): "hon gick språkintroduktion på
gymnasiet" was recorded as Gymnasieutbildning, and "hon har inte betyg i matematik" became three refusals ("does not
want to work as a mathematician / laboratory assistant / physics engineer") and "no papers". Språkintroduktion is an
introduction programme of the gymnasium: it gives no gymnasium exam, so the level the person has is compulsory school's
(SUN 2). A subject without a grade is a gap to fill (Komvux), recorded as ``grades`` (the subject, grade none), never
a refusal of work nor missing papers. In all 8 languages, told by the person or by a counsellor of a client; through
the real app over the shared test store (the chat and the copilot's /v1/interpret read messages alike).
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

SPRINT, CLIENT = said_all("copilot20_sprint_no_maths", "copilot20_told_of_client")


def _check(profile: dict, subject: str, locale: str) -> None:
    edu = profile["education"]
    assert not [e for e in edu if e.get("sun_level") not in (None, "1", "2")], (locale, edu)
    assert any(e.get("sun_level") == "2" and "introduktion" in e["label"] for e in edu), (locale, edu)
    grades = profile.get("grades") or []
    assert {(g["subject"], g["grade"]) for g in grades} == {(subject, None)}, (locale, grades)
    refused = [c for c in profile["constraints"] if c["kind"] == "avoid" or c["value"] == "no_papers"]
    assert not refused, (locale, refused)


@pytest.mark.parametrize("locale", ALL)
def test_sprakintro_is_compulsory_level_and_no_maths_grade_is_a_gap(person, locale):
    body = person.say(SPRINT[locale])
    _check(body["profile"], "Matematik", locale)


@pytest.mark.parametrize("locale", ALL)
def test_a_counsellors_account_of_a_client_reads_the_same(client, locale):
    profile = client.post("/v1/interpret", json={"text": CLIENT[locale], "language": locale}).json()
    _check(profile, "Engelska", locale)
