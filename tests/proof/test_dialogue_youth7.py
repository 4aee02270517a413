"""A young newcomer who will not study for years and wants to work soon (rater23 conv4 T6, rated 2/5).

The counsellor's finding: a 19-year-old from Syria, school unfinished, said «ما بدي ادرس 4 سنين، بدي شي قصير واشتغل
بسرعة» (I don't want to study 4 years, I want something short and to work fast) and got one occupation, «CNC-operatör»,
with no word of the short ways in. Now, in all 8 languages:

- "not N years", "something short", "work fast/soon" are read as a wish not to study long (``no_study``);
- the answer names the short curated routes that exist, cited: the paid job that teaches a trade
  (yrkesintroduktion) and, for adults, the apprenticeship and vocational training at Komvux and Arbetsförmedlingen's
  labour-market training;
- no work whose usual way in is higher education (SSYK major groups 1-3) is suggested.
Through the real app over the shared test store; the sentences live in phrases/dialogue_youth7.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, groups, route_ids, said_all

TEEN, SHORT_AND_FAST, SHORT_SOON = said_all("youth7_teen_asks", "youth7_short_and_work_fast",
                                            "youth7_short_training_work_soon")
#: The short curated routes into work (ingest/data/education_routes.yaml).
SHORT_ROUTES = ("route:yrkesintroduktion", "route:komvux_larling", "route:komvux_yrke", "route:arbetsmarknadsutbildning")


def _short(body: dict) -> list[str]:
    return [r for r in route_ids(body) if r in SHORT_ROUTES]


@pytest.mark.parametrize("locale", ALL)
def test_not_four_years_but_short_and_work_fast_gets_the_short_routes(person, locale):
    body = person.say(TEEN[locale], SHORT_AND_FAST[locale])
    assert constraints(body, "no_study"), (locale, body["profile"]["constraints"])
    assert _short(body), (locale, route_ids(body), body["answer"])
    assert not [g for g in groups(body) if g.startswith(("1", "2", "3"))], (locale, groups(body))


# (the Dari «میخواهم زود کار کنم. یک چیز کوتاه هست؟», "is there something short?", was routed as "is there work?": the
# demand cue «کار … هست» joined the two sentences; youth8, assistant/intents.detect_intent)
@pytest.mark.parametrize("locale", ALL)
def test_work_soon_and_something_short_is_a_wish_not_to_study_long(person, locale):
    body = person.say(TEEN[locale], SHORT_SOON[locale])
    assert constraints(body, "no_study"), (locale, body["profile"]["constraints"])
    assert _short(body), (locale, route_ids(body), body["answer"])
