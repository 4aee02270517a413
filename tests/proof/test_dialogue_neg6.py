"""A negation that is the other half of a question is no refusal, and a refusal is only what follows its own cue
(the independent counsellor's eighth rating, fault 2).

- "Does my experience count or not?", "needed or not, and where?" (eller inte, لو لا, ولا لا, mise maya, ወይ ኣይኮነን,
  یا نه, чи ні): the person asks; nothing is refused and no occupation is left out.
- "I want anything close to electricity, but not restaurants" (Iraqi "… بس مطاعم لا"): the restaurants are refused,
  never the electricians the person comes from and wishes to stay close to.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_neg6.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, said_all

ELECTRICIAN, COUNTS_OR_NOT, TRUCK_OR_NOT, NOT_RESTAURANTS = said_all(
    "neg6_electrician", "neg6_counts_or_not", "neg6_truck_needed_or_not", "neg6_electricity_not_restaurants")

#: Electrical and electronics trades (installation and industrial electricians, electronics service technicians).
ELECTRIC_GROUPS = ("74",)


def _refused_electric(body: dict) -> list[dict]:
    return [c for c in constraints(body, "avoid") if (c.get("concept") or {}).get("label", "").lower().find("elektri") >= 0
            or "elektri" in c["value"].lower()]


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("question", ["counts", "truck"])
def test_or_not_question_refuses_nothing(person, locale, question):
    person.say(ELECTRICIAN[locale])
    body = person.say((COUNTS_OR_NOT if question == "counts" else TRUCK_OR_NOT)[locale])
    assert not constraints(body, "avoid"), (body["profile"]["constraints"], body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_but_not_restaurants_refuses_restaurants_not_the_wish(person, locale):
    person.say(ELECTRICIAN[locale])
    body = person.say(NOT_RESTAURANTS[locale])
    assert not _refused_electric(body), body["profile"]["constraints"]
    assert [c for c in constraints(body, "avoid")], body["profile"]["constraints"]
    shown = [o["ssyk_code"] or "" for o in body["occupations"]]
    assert not shown or any(s.startswith(ELECTRIC_GROUPS) for s in shown), body["occupations"]
