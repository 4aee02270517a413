"""A health complaint is a limitation, never an interest (issue 10, found by the lead in Dari:
"my back hurts and I can't sit much" was read as an interest and led to therapists' and
psychologists' jobs "that match your interests")."""
from __future__ import annotations

import pytest

from tests.dialogue_support import constraints, said

STORY = said("tailor_story")
BACK = said("back_hurts")


@pytest.mark.parametrize("locale", list(BACK))
def test_back_pain_is_a_limitation_not_an_interest(person, locale):
    person.say(STORY[locale])
    body = person.say(BACK[locale])
    limits = {c["value"] for c in constraints(body, "limitation")}
    assert {"back", "standing"} <= limits, body["profile"]["constraints"]
    quotes = [(i.get("span") or {}).get("quote", "") for i in body["profile"]["interests"]]
    assert not any(q and q.strip() in BACK[locale] for q in quotes), quotes
