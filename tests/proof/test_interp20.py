"""Self-assessments with no job title reach their trade, and several likings lead to several fields (issue 9, interp20).

- A young person who "mostly games and draws" and also likes animals is read as liking all three (gaming is free
  time by itself: assistant/interpretation/leisure.yaml ``pastimes``): the first three suggestions hold a creative
  or games field as well as an animal one, not three animal jobs "all fitting your interests" (rater33).
- Tigrinya written with the Ethiopian letters (ፀ for ጸ, «ሕፃናት») reads as the Eritrean spelling
  (retrieval/lexicon/normalize.py); liking to look after small children leads to childcare.
- Parcels dropped at people's homes, cooking for a wedding of a hundred, a tailor's alterations and hems reach
  their groups (retrieval/lexicon/occupations_tasks_interp20.yaml).
Through the real app over the shared test store; the sentences live in phrases/dialogue_interp20.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, first_groups, said_all

GAMES_DRAWING_ANIMALS, INFANTS, PARCELS, COOKING, ALTERATIONS = said_all(
    "interp20_games_drawing_animals", "interp20_infants_liked", "interp20_parcels_to_homes",
    "interp20_cooking_for_many", "interp20_alterations")
CREATIVE = {"2173", "2513", "2172", "2651", "2179", "2512", "3512"}
ANIMALS = {"6121", "6122", "6129", "3240", "2250"}
CHILDCARE = {"5311", "2343", "5312", "2342", "9119"}
PARCEL_DRIVING = {"8329", "8332", "4420"}
COOKS = {"5120", "3451", "9412"}
TAILORS = {"7531", "7532"}


@pytest.mark.parametrize("locale", ALL)
def test_gaming_drawing_and_animals_lead_to_both_fields(person, locale):
    body = person.tell(GAMES_DRAWING_ANIMALS[locale])
    groups = set(first_groups(body))
    assert CREATIVE & groups and ANIMALS & groups, (locale, first_groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_liking_small_children_leads_to_childcare(person, locale):
    body = person.tell(INFANTS[locale])
    assert CHILDCARE & set(first_groups(body)), (locale, first_groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_parcels_dropped_at_homes_reach_delivery_driving(person, locale):
    body = person.tell(PARCELS[locale])
    assert PARCEL_DRIVING & set(first_groups(body)), (locale, first_groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_cooking_for_a_hundred_reaches_cooks(person, locale):
    body = person.tell(COOKING[locale])
    assert COOKS & set(first_groups(body)), (locale, first_groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_alterations_and_hems_reach_tailoring(person, locale):
    body = person.tell(ALTERATIONS[locale])
    assert TAILORS & set(first_groups(body)), (locale, first_groups(body), body["answer"])
