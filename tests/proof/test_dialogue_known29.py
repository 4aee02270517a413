"""Whether the diploma counts is recognition, whether the years count is the card on years abroad (xfail29).

knows26's card on years of work abroad (UHR assesses a degree, the employer or a validation the years) was chosen in
ar/so/ti/fa/uk by a bare "counts" verb, so "does my diploma count?" got the years card (mended once for Persian by an
exception for the degree). A counts verb now asks of the years only in a sentence that names years or experience, in
every language (assistant/asked_cards._years_counted; intents.yaml count_verb + years_word), as sv/en's cues always
did. A civil engineer from abroad (no licence of its own), real app over the shared test store, 8 languages; the
sentences live in phrases/dialogue_known29.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

STORY, DIPLOMA, YEARS = said_all("known29_story", "known29_diploma_counts", "known29_years_count")
YEARS_CARD = "route:erfarenhet_utland"
#: The assessment of a foreign education: UHR's page, or a licensing authority's where the work has one.
RECOGNITION = ("uhr.se", "socialstyrelsen.se", "skolverket.se")


def _urls(body: dict) -> list[str]:
    return [c.get("url") or "" for c in body.get("citations", [])]


@pytest.mark.parametrize("locale", ALL)
def test_does_my_diploma_count_is_the_recognition_not_the_years_card(person, locale):
    person.say(STORY[locale])
    body = person.say(DIPLOMA[locale])
    assert YEARS_CARD not in route_ids(body), (locale, route_ids(body), body["answer"])
    assert any(r in u for u in _urls(body) for r in RECOGNITION), (locale, _urls(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_will_my_8_years_count_is_the_years_card(person, locale):
    person.say(STORY[locale])
    body = person.say(YEARS[locale])
    assert YEARS_CARD in route_ids(body), (locale, route_ids(body), body["answer"])
    assert "UHR" in body["answer"], (locale, body["answer"])
