"""Age worries get a direct, cited answer (rater17 conv2 T1, conv4 T5: "is it too late at my age?" unanswered; "who
hires a 55-year-old?" got three other occupations, one of them repetitive arm work).

In all 8 languages:

- "I am 50, I want to become an undersköterska: am I too old?" keeps the goal (only undersköterska shown) and says,
  cited, that Komvux has no upper age (Skolverket) and what CSN's age limits are (CSN);
- "who hires someone my age?" after a story told with the age: no list of other occupations; the Discrimination Act
  forbids an employer to treat a job seeker worse for the age (cited), and CSN's age limits are not forced on him.
Through the real app over the shared test store; the sentences live in phrases/dialogue_age18.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, groups, route_ids, said_all

TOO_OLD, FACTORY, WHO_HIRES = said_all("age18_nurse_assistant_too_old", "age18_factory_55", "age18_who_hires_55")
#: Undersköterskor (SSYK 5321, 5323 …).
NURSE_ASSISTANTS = "532"
NO_UPPER_AGE, CSN_AGES, NO_AGE_DISCRIMINATION = "route:komvux_alder", "route:csn_aldersgranser", \
    "route:diskriminering_alder"


@pytest.mark.parametrize("locale", ALL)
def test_too_old_for_the_goal_is_answered_and_the_goal_kept(person, locale):
    body = person.say(TOO_OLD[locale])
    shown = groups(body)
    assert shown and all(g.startswith(NURSE_ASSISTANTS) for g in shown), (locale, body["occupations"], body["answer"])
    cited = route_ids(body)
    assert NO_UPPER_AGE in cited and CSN_AGES in cited, (locale, cited, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_who_hires_someone_my_age_is_answered_not_listed(person, locale):
    person.say(FACTORY[locale])
    body = person.say(WHO_HIRES[locale])
    assert body["action"] not in LIST_ACTIONS, (locale, body["action"], body["occupations"], body["answer"])
    assert NO_AGE_DISCRIMINATION in route_ids(body), (locale, route_ids(body), body["answer"])
