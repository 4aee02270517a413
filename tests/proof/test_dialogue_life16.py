"""The person's life situation changes the answer (life16; rater29 class 7).

The counsellor's findings, as kinds of failure (own sentences, not theirs):

- a hairdresser who said she was five months pregnant heard nothing of it, in any answer: being pregnant, expecting a
  baby or parental leave soon is kept in the profile and the answer names Försäkringskassan's parental benefit
  (föräldrapenning, from 60 days before the birth; the basic level without an income), cited;
- "I've got rent to pay", "I need money soon" brought no paid route: money needed now is kept, and the answer names the
  curated ways to learn while paid or supported (yrkesintroduktion, Arbetsförmedlingen's courses with aktivitetsstöd),
  each cited from its authority's page;
- "I don't have all my university papers, only the first year's grades", after two unfinished years of university
  abroad, was stored as a finished Swedish degree of three years: the education stays unfinished and abroad.

Through the real app over the shared test store; the sentences live in phrases/dialogue_life16.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, route_ids, said_all

EXPECTING, COOK, MONEY, STUDIES, PAPERS = said_all(
    "life16_expecting", "life16_cook_scene", "life16_money_soon", "life16_unfinished_studies", "life16_papers_missing")
PARENTAL = "route:foraldrapenning"
PAID_NOW = {"route:yrkesintroduktion", "route:af_program_ersattning"}


@pytest.mark.parametrize("locale", ALL)
def test_a_pregnancy_told_is_kept_and_parental_benefit_is_named(person, locale):
    body = person.say(EXPECTING[locale])
    assert "expecting" in constraint_values(body, "other"), (locale, body["profile"]["constraints"])
    assert PARENTAL in route_ids(body), (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_money_needed_soon_brings_the_paid_routes(person, locale):
    person.say(COOK[locale])
    body = person.say(MONEY[locale])
    assert "money_soon" in constraint_values(body, "other"), (locale, body["profile"]["constraints"])
    ids = set(route_ids(body))
    assert PAID_NOW <= ids, (locale, ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_papers_missing_keep_the_studies_unfinished_and_abroad(person, locale):
    body = person.say(STUDIES[locale], PAPERS[locale])
    education = body["profile"]["education"]
    assert education, (locale, body["profile"])
    # never a finished Swedish degree the person did not tell
    assert not [e for e in education if not e.get("abroad") and not e.get("unfinished")], (locale, education)
