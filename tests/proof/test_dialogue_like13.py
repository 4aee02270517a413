"""A liking said with an adverb, or a field wished for, beside turning away from one's own work leads (rater27).

Wave 12 left two gaps. "I really like working with kids" was read as nothing at all: the liking cue "I like" did not
match with "really" between the pronoun and the verb (the same in Swedish "jag tycker verkligen om", "jag tycker också
om"), so work carried over from the job the person had turned away from led. And in Tigrinya a field wished for in the
same message as the turn away («ካብ ስራሕ ድኳን ክወጽእ እደሊ፡ ምስ ቆልዑ ክሰርሕ ይፈቱ») did not lead: the shop's neighbours
did, although the same wish alone in the next message led. A counsellor hears both the same way, in all 8 languages:

- a warehouse worker who is done with the warehouse and says they really love cooking: cooking work leads (cooks 512,
  head cooks 3451, fast food and kitchen staff 941), and no warehouse or transport work (SSYK 432) is listed;
- a cleaner who wants out of cleaning and, in the same message, would like to work in elderly care: care work leads
  (532 care staff, 533 care assistants, 534 personal assistants), and no cleaning work (SSYK 911) is listed.
Through the real app over the shared test store; the sentences live in phrases/dialogue_like13.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, said_all

WAREHOUSE_COOKING, CLEANER_CARE = said_all("like13_warehouse_then_cooking", "like13_cleaner_wishes_elderly_care")
#: Warehouse and terminal staff, transport clerks (432).
WAREHOUSE = ("432",)
#: Cleaners (911).
CLEANING = ("911",)
#: Cooking work: cooks (512), head cooks (3451), fast food and kitchen staff (941).
COOKING = ("512", "3451", "941")
#: Care work with the elderly: care staff (532), care assistants (533), personal assistants (534).
CARE = ("532", "533", "534")


def _leads(body: dict, field: tuple[str, ...], left: tuple[str, ...], locale: str) -> None:
    shown = [g for g in groups(body) if g]
    assert shown and shown[0].startswith(field), (locale, body["occupations"], body["answer"][:400])
    assert not [g for g in shown if g.startswith(left)], (locale, body["occupations"], body["answer"][:400])


@pytest.mark.parametrize("locale", ALL)
def test_a_liking_said_with_an_adverb_after_turning_away_leads(person, locale):
    _leads(person.say(WAREHOUSE_COOKING[locale]), COOKING, WAREHOUSE, locale)


@pytest.mark.parametrize("locale", ALL)
def test_a_field_wished_in_the_message_that_turns_away_leads(person, locale):
    _leads(person.say(CLEANER_CARE[locale]), CARE, CLEANING, locale)
