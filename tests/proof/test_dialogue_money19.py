"""Money, age and study finance as a counsellor answers them (study18 / age18 leftovers, issue 10).

- "can I get money while I study?" (a study verb or a school, not learning a trade with a wage) is CSN's student
  finance: studiemedel cited, never the paid-learning routes (yrkesintroduktion) first;
- "what work can I do while I study SFI?" asks for work beside studies: never "thanks, noted"; the answer says
  that part-time, evening and weekend work fits beside studies;
- "how long does a truckkort take, what does it cost, who pays?": the curated truckkort route cited beside the cost
  answer (what is free), never the cost part lost;
- "what jobs can I do at my age?" after the story: the age worry acknowledged with the rights facts (the
  Discrimination Act's ban), then the suggestions;
- a laid-off worker who heard the job-loss steps and then asks about omställningsstudiestöd hears TSL/TRR referred
  to (the earlier answer), not repeated.
Through the real app over the shared test store; the sentences live in phrases/dialogue_money19.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, LIST_ACTIONS, Person, route_ids, said_all, wording_start

MONEY_STUDY, BESIDE_SFI, CLEANER, AT_MY_AGE, TRUCK_COST = said_all(
    "money19_money_while_study", "money19_work_beside_sfi", "money19_cleaner_58", "money19_jobs_at_my_age",
    "money19_truckkort_cost")
(AT_58_FIRST,) = said_all("money19_jobs_at_58_first")
LAID_OFF, WHAT_IS = said_all("study18_laid_off_55", "study18_what_is_omstallning")
STUDIEMEDEL = "route:studiemedel"
PAID_ROUTES = ("route:yrkesintroduktion", "route:af_program_ersattning")
NO_AGE_DISCRIMINATION = "route:diskriminering_alder"
TRUCKKORT = "route:truckkort"
FREE_ROUTES = ("route:arbetsmarknadsutbildning", "route:komvux_avgiftsfri")


@pytest.mark.parametrize("locale", ALL)
def test_money_while_studying_work_beside_sfi_and_truckkort_cost(person, client, locale):
    body = person.say(MONEY_STUDY[locale])
    cited = route_ids(body)
    assert STUDIEMEDEL in cited, (locale, cited, body["answer"])
    assert not set(PAID_ROUTES) & set(cited), (locale, cited, body["answer"])
    body = Person(client, locale).say(BESIDE_SFI[locale])
    assert lookup(locale, "thanks") not in body["answer"], (locale, body["action"], body["answer"])
    assert wording_start(locale, "study_side.lead", 30) in body["answer"], (locale, body["action"], body["answer"])
    body = Person(client, locale).say(TRUCK_COST[locale])
    cited = route_ids(body)
    assert TRUCKKORT in cited and set(FREE_ROUTES) & set(cited), (locale, cited, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_age_acknowledged_and_support_said_before_is_referred_to(person, client, locale):
    person.say(CLEANER[locale])
    body = person.say(AT_MY_AGE[locale])
    assert NO_AGE_DISCRIMINATION in route_ids(body), (locale, route_ids(body), body["answer"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    body = Person(client, locale).say(AT_58_FIRST[locale])  # asked first, the age in it: acknowledged, never "noted"
    assert NO_AGE_DISCRIMINATION in route_ids(body), (locale, route_ids(body), body["answer"])
    assert lookup(locale, "thanks") not in body["answer"], (locale, body["action"], body["answer"])
    other = Person(client, locale)
    other.say(LAID_OFF[locale])
    body = other.say(WHAT_IS[locale])
    tsl = str(lookup(locale, "rights.tsl_omstallning")).split("}", 1)[-1].strip(" :")[:30]
    assert tsl not in body["answer"], (locale, body["answer"])  # the trygghetsråd said the turn before: referred to
    assert "route:omstallningsstudiestod" in route_ids(body), (locale, route_ids(body))
