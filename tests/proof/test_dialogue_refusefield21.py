"""A refusal of a workplace or a field refuses the area of one's own work, not only the words that named it
(mendC21; issue 10 item 4).

The counsellor's findings (conv21): a waitress who "doesn't want to work in a restaurant anymore" still got
Bartender, "no more construction" still got the construction labourer and site-machine operators, "no more
cleaning" still got Saneringsarbetare: the refusal was compared only with the words of the story, so work of the
same area under another title came back. Now, in all 8 languages, after a story and a refusal of its workplace
("no restaurant any more") or its field ("no more cleaning"):

- the refusal is an ``avoid`` kept in the profile and said once;
- no occupation of the area of the work turned away from is shown (JobTech's occupation field of the own work:
  Hotell, restaurang, storhushåll -> SSYK 512 cooks, 513 waiters and bartenders, 941 restaurant and kitchen staff;
  Sanering och renhållning -> 911 cleaners, 7134 sanitation workers, 961 refuse collectors), then or after "more";
- something else is still offered (the search looks further along where the work carries over).
Through the real app over the shared test store; the sentences live in phrases/dialogue_refusefield21.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, constraints, groups, said_all

WAITER, NO_RESTAURANT, CLEANER, NO_CLEANING = said_all(
    "refusefield21_waiter_story", "refusefield21_no_restaurant", "refusefield21_cleaner_story",
    "refusefield21_no_cleaning")
RESTAURANT = ("512", "513", "941")
CLEANING = ("911", "7134", "961")


def _heard_times(locale: str, answer: str) -> int:
    return sum(answer.count(text(locale, key).split("{")[0].strip()) for key in ("heard.avoid", "heard.leave_own"))


def _refused_area_left_out(person, locale: str, story: str, refusal: str, area: tuple[str, ...]) -> None:
    person.tell(story)
    body = person.say(refusal)
    assert constraints(body, "avoid"), (locale, body["profile"]["constraints"])
    assert body["occupations"], (locale, body["answer"])
    assert not [g for g in groups(body) if g.startswith(area)], (locale, body["occupations"])
    assert _heard_times(locale, body["answer"]) == 1, (locale, body["answer"])
    body = person.press("more")
    assert constraints(body, "avoid"), (locale, body["profile"]["constraints"])
    assert not [g for g in groups(body) if g.startswith(area)], (locale, body["occupations"])
    assert _heard_times(locale, body["answer"]) <= 1, (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_no_restaurant_any_more_leaves_out_the_restaurant_trades(person, locale):
    _refused_area_left_out(person, locale, WAITER[locale], NO_RESTAURANT[locale], RESTAURANT)


@pytest.mark.parametrize("locale", ALL)
def test_no_more_cleaning_leaves_out_the_cleaning_and_sanitation_trades(person, locale):
    _refused_area_left_out(person, locale, CLEANER[locale], NO_CLEANING[locale], CLEANING)
