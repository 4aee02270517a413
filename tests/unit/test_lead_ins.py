"""A lead-in is never said without its block (assistant/lead_ins.py; ask15, rater15: "… is below; Elsäkerhetsverket
decides." and nothing below it; that verdict now says what it allows itself). Every lead-in of every locale, left
alone by the steps that cut an answer down, is
left out and the answer says there is nothing more to add; a lead-in with its block stays; the key sentence said again
is never a lead-in."""
from __future__ import annotations

import pytest

from assistant.composers.grounded import GroundedComposer
from assistant.contract import ChatMessage, ChatRequest
from assistant.lead_ins import drop_dangling, is_lead_in, key_sentence, lead_in_keys
from assistant.locales import text
from assistant.state import Fact, Focus, TurnState
from tests.dialogue_support import ALL

HEADINGS = ("salary.intro", "licence.steps_outside_eu", "courses.intro", "next.heading", "meanwhile.lead")
POINTING_BELOW = ("licence_exam.found", "course_place.distance_heading")


def _state(locale: str, facts: list[Fact], action: str = "licence") -> TurnState:
    req = ChatRequest(messages=[ChatMessage(role="user", content="x")], language=locale.split("-")[0])
    state = TurnState(request=req, language=locale.split("-")[0], style="easy" if locale == "sv-easy" else "standard",
                      text="x", action=action, facts=facts)
    state.focus = Focus(id="o1", label="Elektriker", ssyk_code="7411")
    return state


def _params() -> dict:
    return {"occupation": "Elektriker", "authority": "Elsäkerhetsverket", "place": "Malmö"}


def test_the_lead_ins_are_read_from_the_templates():
    keys = lead_in_keys()
    assert set(HEADINGS + POINTING_BELOW) <= keys
    assert "licence.required_for_some_work" not in keys  # ("{occupation}: some of the work …": a colon inside)
    assert "followup.nothing_more" not in keys
    assert "yesno.can_depends" not in keys  # the verdict says itself what it allows: said again, it answers alone


@pytest.mark.parametrize("locale", ALL)
def test_a_lead_in_left_alone_is_never_the_answer(locale):
    for key in sorted(lead_in_keys()):
        state = _state(locale, [Fact(key=key, params=_params(), source="d1")])
        drop_dangling(state)
        assert not any(is_lead_in(f) for f in state.facts), (locale, key)
        assert state.action == "nothing_more", (locale, key, state.action)
        answer = "".join(GroundedComposer().compose(state)).strip()
        assert answer and not answer.endswith((":", "：")), (locale, key, answer)
        assert text(locale, "followup.nothing_more_about").split("{")[0].strip() in answer or \
            text(locale, "followup.nothing_more").split("{")[0].strip() in answer, (locale, key, answer)


@pytest.mark.parametrize("locale", ALL)
def test_a_lead_in_with_its_block_stays_and_one_before_a_follow_up_remark_goes(locale):
    kept = [Fact(key="yesno.can_depends", params=_params(), source="d1"),
            Fact(key="licence.required_for_some_work", params={**_params(), "licence": "auktorisation"}, source="d1"),
            Fact(key="licence.steps_outside_eu"), Fact(key="licence.step", params={"step": "Ansök"}, source="d1",
                                                       bullet=True)]
    state = _state(locale, list(kept))
    drop_dangling(state)
    assert [f.key for f in state.facts] == [f.key for f in kept], locale
    state = _state(locale, [Fact(key="occ.item", params={"occupation": "Elektriker"}, source="d2"),
                            Fact(key="meanwhile.lead", params=_params()), Fact(key="next.heading"),
                            Fact(key="next.af", bullet=True)], action="suggest")
    drop_dangling(state)
    assert [f.key for f in state.facts] == ["occ.item", "next.heading", "next.af"], locale
    assert state.action == "suggest"


def test_the_key_sentence_said_again_is_never_a_lead_in():
    facts = [Fact(key="licence_exam.found", params=_params(), source="d1"),
             Fact(key="licence.required_for_some_work", params=_params(), source="d1")]
    assert key_sentence(facts) is facts[1]
    assert key_sentence(facts[:1]) is None
