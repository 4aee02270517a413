"""What the assistant says it understood, and everyday words misread as occupations (rater10 faults 3, 4 and 9).

- A situation ("I don't get which programme to pick", "I haven't worked yet") is no refusal: nothing is left out, the
  answer says nothing was, and the place told in the same sentence is kept and not asked for again.
- "I didn't ask about the language" corrects; it refuses nothing. "No, I asked about barnskötare" is answered about
  barnskötare, never refused nor taken as work done.
- "…or do I have to move?" names no mover (the verb is no agent noun's name); a refusal is acknowledged by naming the
  occupations it leaves out, or not at all.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_ack10.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, constraints, said_all, wording_start, work_done

DONT_GET, NOT_YET, ACCOUNTANT, NOT_ASKED, PRESCHOOL, ASKED_BARN, OR_MOVE, NO_MOVER = said_all(
    "ack10_dont_get_which", "ack10_not_worked_yet", "ack10_accountant", "ack10_not_asked_language",
    "ack10_preschool_teacher", "ack10_asked_about_barnskotare", "ack10_or_move", "ack10_no_mover")
#: The place each situation names (municipality label in the profile).
PLACE = {"dont_get": "Umeå", "not_yet": "Örebro"}
#: Movers, couriers and warehouse hands (Expressarbetare/Flyttkarl/Stadsbud …).
MOVERS = "9332"


def _refusal_said(locale: str, answer: str) -> bool:
    return wording_start(locale, "heard.avoid") in answer


def _movers(body: dict) -> list[str]:
    return [o["label"] for o in body["occupations"] if o["ssyk_code"] == MOVERS or "flytt" in o["label"].lower()]


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("situation", ["dont_get", "not_yet"])
def test_a_situation_told_is_no_refusal_and_keeps_the_place(person, locale, situation):
    body = person.say((DONT_GET if situation == "dont_get" else NOT_YET)[locale])
    assert not constraints(body, "avoid"), body["profile"]["constraints"]
    assert not _refusal_said(locale, body["answer"]), body["answer"]
    assert PLACE[situation] in [c["label"] for c in constraints(body, "municipality")], body["profile"]["constraints"]
    assert str(lookup(locale, "ask.region")) not in body["answer"], body["answer"]
    if situation == "not_yet":
        assert not work_done(body), body["profile"]["experiences"]


@pytest.mark.parametrize("locale", ALL)
def test_i_did_not_ask_about_it_refuses_nothing(person, locale):
    body = person.say(ACCOUNTANT[locale], NOT_ASKED[locale])
    assert not constraints(body, "avoid"), body["profile"]["constraints"]
    assert not _refusal_said(locale, body["answer"]), body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_i_asked_about_barnskotare_is_answered_about_it(person, locale):
    body = person.say(PRESCHOOL[locale], ASKED_BARN[locale])
    refused = [(c.get("concept") or {}).get("label", "") for c in constraints(body, "avoid")]
    assert not [r for r in refused if "barnskötare" in r.lower()], body["profile"]["constraints"]
    assert not [e for e in body["profile"]["experiences"] if "barnskötare" in e["occupation"]["label"].lower()], \
        body["profile"]["experiences"]
    assert any("barnskötare" in o["label"].lower() for o in body["occupations"]), (body["occupations"], body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_moving_house_is_no_mover_and_a_refusal_names_what_it_leaves_out(person, locale):
    body = person.say(OR_MOVE[locale])
    assert not _movers(body), (body["occupations"], body["answer"])
    body = person.say(NO_MOVER[locale])
    refused = [c["concept"]["label"] for c in constraints(body, "avoid") if c.get("concept")]
    if refused and body["action"] in ("suggest", "more", "explore"):
        # "I will not suggest «…»": the occupation left out, named (not "I have left that out")
        first = body["answer"].strip().split("\n")[0]
        assert _refusal_said(locale, first) and any(r in first for r in refused), body["answer"]
    if not refused:
        assert not _refusal_said(locale, body["answer"]), body["answer"]
    assert not _movers(body), (body["occupations"], body["answer"])
