"""Money while studying, asked in Somali without the word CSN ("lacag ma la i siinayaa markaan wax baranayo?"), is
CSN's question: the answer cites CSN, not another list of occupations (rater17 conv2 T4 got shop work).
Through the real app over the shared test store; the sentences live in phrases/dialogue_lead17.yaml."""
from __future__ import annotations

import pytest

from tests.dialogue_support import said_all

WISH, MONEY = said_all("lead17_wish_care", "lead17_money_while_studying")


@pytest.mark.parametrize("locale", ["so"])
def test_money_while_studying_is_answered_from_csn(person, locale):
    person.say(WISH[locale])
    body = person.say(MONEY[locale])
    urls = [c.get("url") or "" for c in body["citations"]]
    assert any("csn.se" in u for u in urls), (body["action"], body["answer"], urls)
    assert not any(o["label"].startswith("Butikssäljare") for o in body["occupations"]), body["occupations"]
