"""How an answer speaks to the person (rater 4): the 'do I need Swedish?' question after a licence answer
says something new instead of pasting the licence's Swedish step again, and when no source states the
Swedish an occupation asks for, the answer still gives the way to learn it — SFI, then Swedish as a
second language at Komvux (and Komvux vocational training with Swedish for work that needs no degree) —
as cited curated routes, in the person's language; the SFX line (for people with a degree) only for
occupations that need one. Real app over the test store (the `person` fixture)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.dialogue_support import cited, route_ids, said_all, wording_start

DOCTOR, CHILDCARE, ACCOUNTANT = said_all(
    "doctor_abroad_licence", "childcare_swedish", "accountant_swedish")
CARDS = json.loads((Path(__file__).resolve().parents[2] / "api/static/widget-texts.json").read_text("utf-8"))
#: The ways to learn Swedish the answer may name (assistant/swedish_answer.py).
SWEDISH_ROUTES = {"route:sfi", "route:komvux_sas"}


def card_question(locale: str, aspect: str, label: str) -> str:
    """The question an occupation card's button sends (api/static/widget-texts.json)."""
    return CARDS[locale]["cards"]["q"][aspect][1].replace("{occ}", label)


def sentences(answer: str) -> list[str]:
    """The answer's sentences and bullet lines without citation markers (long enough to be a repeat)."""
    bare = re.sub(r"\s*\[\d+\]", "", answer)
    parts = re.split(r"(?<=[.!?؟።])\s+|\n+|: ", bare)
    return [p.strip(" -•") for p in parts if len(p.strip(" -•")) > 40]


@pytest.mark.parametrize("locale", list(DOCTOR))
def test_the_swedish_question_after_a_licence_answer_says_something_new(person, locale):
    first = person.say(DOCTOR[locale])
    assert first["action"] == "licence" and first["occupations"], first["answer"]
    body = person.say(card_question(locale, "swedish", first["occupations"][0]["label"]))
    assert body["action"] == "swedish", body["answer"]
    assert cited(body, "regulated_profession"), body["citations"]          # the requirement, still cited
    repeated = [s for s in sentences(body["answer"]) if s in first["answer"]]
    assert not repeated, (repeated, body["answer"])
    assert SWEDISH_ROUTES & set(route_ids(body)), (body["answer"], body["citations"])


@pytest.mark.parametrize("locale", list(CHILDCARE))
def test_no_level_in_the_sources_still_gives_the_way_to_learn_swedish(person, locale):
    body = person.say(CHILDCARE[locale])
    assert body["action"] == "swedish", body["answer"]
    routes = route_ids(body)
    assert SWEDISH_ROUTES & set(routes), (body["answer"], body["citations"])
    if body["occupations"][0]["ssyk_code"][:1] in "456789":  # a trade Komvux trains for, with Swedish; no SFX
        assert "route:komvux_yrke" in routes, (body["answer"], body["citations"])
        assert wording_start(locale, "next.sfx", 30) not in body["answer"], body["answer"]
    said_ids = {int(n) for n in re.findall(r"\[(\d+)\]", body["answer"])}
    assert {c["n"] for c in cited(body, "education_route")} <= said_ids, body["answer"]


@pytest.mark.parametrize("locale", list(ACCOUNTANT))
def test_the_accountant_hears_how_to_learn_swedish(person, locale):
    body = person.say(ACCOUNTANT[locale])
    assert body["action"] == "swedish", body["answer"]
    assert SWEDISH_ROUTES & set(route_ids(body)), (body["answer"], body["citations"])
