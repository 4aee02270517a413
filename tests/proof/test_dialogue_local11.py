"""Education near the person, at their level (the independent counsellor's eleventh rating, conv 2 and 4).

The counsellor's findings: for someone in Borlänge the courses were in Bromma, Västra Frölunda and Övertorneå (said
to be "~600 km" away; it is ~770 km), and "Bromma is Stockholm, very far. Is there anything in Borlänge?" got a
Komvux paragraph telling him to search Stockholm's website; a cook of nine years in Göteborg was offered an entry
course ("Grund restaurang & storhushåll") in Trollhättan. Now, in all 8 languages:

- the courses named are the nearest there are: in the person's county first, else the nearest elsewhere with the
  county and distance said (nothing in Dalarna for an electrician: Västerås or Gävle, not Bromma or Övertorneå);
- "anything in Borlänge? Stockholm is too far" after a courses question asks for the courses again, for the person's
  own place, and Stockholm does not become where they live;
- someone who has done the work for years is offered no entry course of the trade, and courses in their county first.
Distances are GeoNames' coordinates (vagledning/domain/place_coords.py). Through the real app over the shared test
store; the sentences live in phrases/dialogue_local11.yaml.
"""
from __future__ import annotations

import re

import pytest

from ingest.sources._sweden_geo import COUNTY_MUNICIPALITIES, COUNTY_SEATS
from tests.dialogue_support import ALL, cited, constraints, said_all
from vagledning.domain.place_coords import coordinates, km_apart, place_county

ELECTRICIAN, NEARER, COOK = said_all("local11_electrician_borlange", "local11_anything_nearer", "local11_cook_goteborg")
BORLANGE = "Borlänge"
#: Nearer than this to Borlänge: Gävle (~95 km) and Västerås (~115 km) have courses, Bromma (~190) is farther.
NEAR_KM = 150
#: A first step into a trade, by its title ("Grund restaurang & storhushåll", "Grundläggande service …").
ENTRY = re.compile(r"^\W*(grund|introduktion|förberedande)", re.I)


def _places(runtime, body: dict) -> dict[str, list[str]]:
    """Title -> the places of each cited course or programme (from the store)."""
    out: dict[str, list[str]] = {}
    for kind in ("course", "programme"):
        ids = [c["id"] for c in cited(body, kind)]
        for doc in (runtime.store.get_docs(kind, ids) if ids else {}).values():
            meta = doc.get("metadata") or {}
            out[str(meta.get("title") or doc.get("text", "")[:40])] = (
                [meta["place"]] if meta.get("place") else list(meta.get("municipalities") or []))
    return out


def _courses(person, body: dict) -> dict:
    return body if body["action"] == "courses" else person.press("courses")


def test_distances_are_between_places_not_county_seats():
    borlange = coordinates(BORLANGE)
    assert borlange is not None
    assert 740 <= km_apart(borlange, coordinates("Övertorneå")) <= 800  # was said as "~600 km"
    assert km_apart(borlange, coordinates("Falun")) < 30
    assert place_county("Bromma") == "Stockholms län" and place_county("Västra Frölunda") == "Västra Götalands län"
    for county, names in COUNTY_MUNICIPALITIES.items():  # every municipality, in its own county
        for name in names:
            at = coordinates(name)
            assert at is not None and place_county(name) == county, name
            assert km_apart(at, COUNTY_SEATS[county]) < 280, (name, county)


@pytest.mark.parametrize("locale", ALL)
def test_courses_for_borlange_are_the_nearest_and_anything_nearer_asks_for_them_again(person, locale, real_runtime):
    body = _courses(person, person.say(ELECTRICIAN[locale]))
    assert body["action"] == "courses", (locale, body["answer"])
    here = coordinates(BORLANGE)
    for title, places in _places(real_runtime, body).items():
        known = [p for p in places if coordinates(p)]
        assert known and min(km_apart(here, coordinates(p)) for p in known) <= NEAR_KM, (locale, title, places)
    body = person.say(NEARER[locale])
    assert body["action"] == "courses", (locale, body["action"], body["answer"])
    assert cited(body, "course", "programme", "education_route"), (locale, body["answer"])
    for title, places in _places(real_runtime, body).items():
        assert "Stockholms län" not in {place_county(p) for p in places}, (locale, title, places)
        assert min(km_apart(here, coordinates(p)) for p in places if coordinates(p)) <= NEAR_KM, (locale, title)
    lives = {c["value"] for c in constraints(body, "municipality")}
    assert "Stockholm" not in lives, (locale, body["profile"]["constraints"])


@pytest.mark.parametrize("locale", ALL)
def test_an_experienced_cook_gets_no_entry_course_and_courses_in_his_county_first(person, locale, real_runtime):
    body = _courses(person, person.say(COOK[locale]))
    assert body["action"] == "courses", (locale, body["answer"])
    shown = _places(real_runtime, body)
    assert shown, (locale, body["answer"])
    for title, places in shown.items():
        assert not ENTRY.search(title), (locale, title)
        assert "Västra Götalands län" in {place_county(p) for p in places}, (locale, title, places)
