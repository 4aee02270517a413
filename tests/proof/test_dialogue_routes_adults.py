"""Routes for adults by where they stand (issue 10, the independent counsellor's findings, item 7).

Conversations through the real FastAPI app (``POST /v1/chat?stream=false``) over the real service and
the shared test store, carried client-side as widget.js does; assertions on the cited route ids:

- someone with many years of work in Sweden who wants to change career is told about
  omställningsstudiestöd (CSN), the study support for people established on the labour market;
- someone without those years (or a young person) is not.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import Person, listed_education, route_ids, said

OMSTALLNING = "route:omstallningsstudiestod"

CAREER_CHANGE = said("career_change")
SHORT_EXPERIENCE = said("short_experience")


@pytest.mark.parametrize("locale", list(CAREER_CHANGE))
def test_an_experienced_worker_changing_career_hears_of_omstallningsstudiestod(person, locale):
    first = person.say(CAREER_CHANGE[locale])
    assert any(e.get("years") and e["years"] >= 8 for e in first["profile"]["experiences"]), first["profile"]
    body = person.press("courses")
    assert body["action"] == "courses", body["answer"]
    assert OMSTALLNING in route_ids(body), body["citations"]
    route = next(c for c in body["citations"] if c["id"] == OMSTALLNING)
    assert route["url"].startswith("https://www.csn.se/")
    assert len(listed_education(body)) <= 3, body["citations"]


@pytest.mark.parametrize("locale", list(SHORT_EXPERIENCE))
def test_a_worker_with_two_years_does_not(person, locale):
    person.say(SHORT_EXPERIENCE[locale])
    body = person.press("courses")
    assert OMSTALLNING not in route_ids(body), body["citations"]


NEWCOMER_LITTLE_SWEDISH = said("newcomer_little_swedish")


@pytest.mark.parametrize("locale", list(NEWCOMER_LITTLE_SWEDISH))
def test_a_newcomer_with_little_swedish_hears_of_sfi_with_the_first_suggestions(person, locale):
    body = person.say(NEWCOMER_LITTLE_SWEDISH[locale])
    assert body["action"] == "suggest" and body["occupations"], body["answer"]
    assert "route:sfi" in route_ids(body), body["citations"]


def test_someone_writing_swedish_gets_no_sfi_with_the_suggestions(client):
    body = Person(client, "sv").say("Jag har jobbat som lagerarbetare i fem år.")
    assert "route:sfi" not in route_ids(body), body["citations"]



#: A junior nurse from Kharkiv asks what training she needs (rater 3, Ukrainian conversation, turn 2).
UKRAINE = said("nurse_from_ukraine_training")


@pytest.mark.parametrize("locale", list(UKRAINE))
def test_someone_from_ukraine_is_not_offered_the_introduction_programme(person, locale):
    """Temporary protection is outside Etableringsprogrammet; the route's own wording says whom it is for."""
    body = person.say(UKRAINE[locale])
    assert any(e.get("country") == "UA" for e in body["profile"]["experiences"]), body["profile"]
    if body["action"] != "courses":
        body = person.press("courses")
    assert body["action"] == "courses", body["answer"]
    assert "route:etableringsprogrammet" not in route_ids(body), body["citations"]
    # A distance course listed under the place asked about says where it is given from (a Skåne folk high
    # school's distance course read as being in Östergötlands län).
    bare = str(lookup(locale, "courses.item_distance")).split("{title}")[1].strip()
    assert not any(line.strip().endswith(bare) for line in body["answer"].splitlines()), body["answer"]
