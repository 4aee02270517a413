"""The person's life situation is kept and used (rater9, 2.2/5: conv1, conv2 and conv4).

The counsellor's findings: "two small children, daytime only" was never used; a man's wife and three children were
never addressed; a nurse from Lagos and a pharmacist at SFI D were offered the introduction programme for the newly
arrived (Etableringsprogrammet) though neither said anything about when they came. Now, in all 8 languages:

- working hours said informally ("only days", "inga kvällar el helger", "بس بقدر اشتغل بالنهار") are a limitation
  in the profile, kept across turns; evening and weekend work (a waiter's) is left out and the answer cites the
  source that says the occupation is such work;
- a family told ("wife and 3 kids") is kept in the profile, and the answer names the ways to learn a trade with pay or
  support, each from its authority's page (Arbetsförmedlingen's yrkesintroduktion, Skolverket's lärlingsvux, CSN);
- the introduction programme only for someone who says they are newly arrived: a nurse with a degree from abroad
  who says nothing about when she came does not hear of it.
Through the real app over the shared test store; the sentences live in phrases/dialogue_life10.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, route_ids, said_all

WAITER_DAYS, MORE, FAMILY, DEGREE_ABROAD, WHAT_TO_STUDY = said_all(
    "life10_waiter_days", "life10_more_please", "life10_family_welder", "life10_degree_abroad", "life10_what_to_study")
#: Waiters, sommeliers and bartenders (SSYK 5131, 5132): evening and weekend work.
EVENING_GROUPS = ("5131", "5132")
INTRODUCTION = "route:etableringsprogrammet"
PAID_LEARNING = {"route:yrkesintroduktion", "route:komvux_larling"}


def _limitations(body: dict) -> list[str]:
    return [c["value"] for c in constraints(body, "limitation")]


def _evening_work(body: dict) -> list[str]:
    return [o["label"] for o in body["occupations"] if (o.get("ssyk_code") or "").startswith(EVENING_GROUPS)]


@pytest.mark.parametrize("locale", ALL)
def test_daytime_only_is_kept_and_evening_work_is_left_out_with_its_source(person, locale):
    body = person.say(WAITER_DAYS[locale])
    assert "daytime" in _limitations(body), (locale, body["profile"]["constraints"])
    assert body["occupations"] and not _evening_work(body), (locale, body["occupations"])
    # the waiter's own work is said to be evening and weekend work, and that sentence cites the occupation
    shown = {o["id"] for o in body["occupations"]}
    flagged = [c for c in body["citations"]
               if c["id"].startswith("jobtech:occupation-name:") and c["id"].split(":")[-1] not in shown]
    assert flagged, (locale, [c["id"] for c in body["citations"]], body["answer"])
    body = person.say(MORE[locale])
    assert "daytime" in _limitations(body), (locale, body["profile"]["constraints"])
    assert not _evening_work(body), (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_a_family_is_kept_and_paid_learning_is_named_with_its_pages(person, locale):
    body = person.say(FAMILY[locale])
    family = [c for c in constraints(body, "other") if c["value"] == "family"]
    assert family, (locale, body["profile"]["constraints"])
    assert body["occupations"], (locale, body["answer"])
    ids = set(route_ids(body))
    assert PAID_LEARNING <= ids, (locale, ids, body["answer"])
    assert INTRODUCTION not in ids, (locale, ids)  # nothing said about being new here
    body = person.say(MORE[locale])
    assert [c for c in constraints(body, "other") if c["value"] == "family"], body["profile"]["constraints"]


@pytest.mark.parametrize("locale", ALL)
def test_a_degree_from_abroad_is_no_sign_of_being_newly_arrived(person, locale):
    body = person.say(DEGREE_ABROAD[locale], WHAT_TO_STUDY[locale])
    assert INTRODUCTION not in route_ids(body), (locale, route_ids(body), body["answer"])
    # (someone who says they came recently does hear of it: tests/unit/test_life_situation.py, all 8 languages)
