"""compare26: which messages ask 'which way is better for me?' (assistant/route_choice.py, locales/choice_cues.yaml)."""
from __future__ import annotations

import pytest

from assistant.contract import ChatMessage, ChatRequest
from assistant.route_choice import asks_choice
from assistant.state import TurnState
from vagledning.domain.profile import Constraint, Profile, Span

LOCALES = ("sv", "sv-easy", "en", "ar", "so", "ti", "fa", "uk")


def _state(text: str, language: str = "sv", told: bool = True) -> TurnState:
    req = ChatRequest(messages=[ChatMessage(role="user", content=text)], language=language)
    age = Constraint(kind="age", value="24", label="24", span=Span(start=0, end=1, quote="x"), confidence=0.8)
    return TurnState(request=req, language=language, text=text, profile=Profile(constraints=[age] if told else []))


def _proof_phrases() -> dict:
    from pathlib import Path

    import yaml

    return yaml.safe_load((Path(__file__).parents[1] / "proof/phrases/dialogue_compare26.yaml").read_text("utf-8"))


@pytest.mark.parametrize("name", ["compare26_nurse_which", "compare26_mother_which", "compare26_two_which"])
@pytest.mark.parametrize("locale", LOCALES)
def test_a_choice_for_me_is_read_in_every_language(name, locale):
    assert asks_choice(_state(_proof_phrases()[name][locale], locale)), (name, locale)


@pytest.mark.parametrize("text", ["Cook or baker, which one is better for me?", "Vad är bättre för mig, kock eller bagare?"])
def test_which_is_better_from_one_who_told_nothing_stays_the_comparison(text):
    assert not asks_choice(_state(text, told=False))  # (compare21's side by side)


@pytest.mark.parametrize("text", ["should I be an assistant nurse first or go straight to university?",
                                  "ska jag bli undersköterska först eller plugga direkt?", "what is quickest?",
                                  "спочатку молодша медсестра чи одразу університет?"])
def test_ways_weighed_as_such_need_no_told_facts(text):
    assert asks_choice(_state(text, told=False))


@pytest.mark.parametrize("text", ["what does a nurse earn?", "I want to become a nurse", "do I need a licence?",
                                  "vad gör en undersköterska?"])
def test_other_questions_ask_no_choice(text):
    assert not asks_choice(_state(text))


@pytest.mark.parametrize("text", ["which of these suits me best?", "vilken av dem passar mig bäst?", "أي واحد منهم أفضل لي؟",
                                  "kuwan kee baa ii fiican?", "ካብዚኣቶም ኣየናይ ይሓይሽ ንዓይ?", "از اینها کدام برای من بهتر است؟",
                                  "яка з них краще для мене?"])
def test_a_choice_that_points_at_the_list(text):
    from assistant.intent_cues import normalize
    from assistant.route_choice import _cues

    assert asks_choice(_state(text)) and _cues()["these"].search(normalize(text)), text
