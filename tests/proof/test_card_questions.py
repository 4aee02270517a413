"""A question from an occupation card is answered about that card's occupation (issue 10, counsellor).

The widget's cards send a sentence that names the occupation as its Swedish title in «…». The
independent counsellor pressed the job-chances question on the second card, «Kock, storhushåll», in
Arabic and got the answer for «Kock, à la carte»: the interpreter's link for the word "Kock" won
over the title the sentence quotes. Every card question about every presented occupation, in
several languages, through the real FastAPI app over the shared test store.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.dialogue_support import Person, said

CARDS = json.loads((Path(__file__).resolve().parents[2] / "api" / "static" / "widget-texts.json").read_text("utf-8"))
COOK = said("cook_restaurant_canteen")
ACTION = {"salary": "salary", "demand": "demand"}


@pytest.mark.parametrize("locale", list(COOK))
@pytest.mark.parametrize("aspect", list(ACTION))
def test_a_card_question_is_about_that_cards_occupation(client, locale, aspect):
    first = Person(client, locale).say(COOK[locale])
    presented = first["occupations"]
    assert len(presented) >= 2, first["answer"]
    for occ in presented:
        person = Person(client, locale)
        person.say(COOK[locale])
        body = person.say(CARDS[locale]["cards"]["q"][aspect][1].replace("{occ}", occ["label"]))
        assert body["action"] == ACTION[aspect], (occ["label"], body["answer"])
        assert [o["id"] for o in body["occupations"]][:1] == [occ["id"]], (occ["label"], body["occupations"])
