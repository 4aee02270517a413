"""No English source words in an answer of another language (rater15: ESCO's "lift heavy weights" said inside a
Dari answer). A working-conditions answer whose source is an ESCO skill says ESCO's English label in English only;
another reader gets the skill's Swedish label from the JobTech ↔ ESCO mapping, quoted as Swedish, or the demand
without the quote (``conditions.found_skill``), the citation kept (assistant/esco_words.py)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.composers.grounded import GroundedComposer
from assistant.contract import ChatMessage, ChatRequest
from assistant.state import Focus, TurnState
from retrieval.constraints import Exclusion
from tests.assistant_fakes import FakeRuntime
from tests.dialogue_support import ALL

ENGLISH = "lift heavy weights"
DOC = "esco:skill:0f0a0b0c-1111-2222-3333-444455556666"
SWEDISH = "Lyfta tunga vikter"


def _runtime(swedish: str | None) -> FakeRuntime:
    rt = FakeRuntime()
    rt.store.get_docs = lambda kind, ids: {d: {"metadata": {"title": ENGLISH, "url": "http://data.europa.eu/esco"}}
                                           for d in ids if kind == "esco_skill"}
    link = SimpleNamespace(concept_type="skill", relation="exact-match", jobtech_label=swedish, label_sv=swedish)
    rt.relations.jobtech_for_esco = lambda uri: [link] if swedish else []
    return rt


def _answer(locale: str, rt: FakeRuntime, monkeypatch) -> tuple[str, list]:
    import assistant.conditions as conditions
    import assistant.fit_question as fit_question

    monkeypatch.setattr(conditions, "_found", lambda focus, aspect, rt: Exclusion(focus.id, focus.label, aspect, DOC,
                                                                                   ENGLISH))
    monkeypatch.setattr(fit_question, "plan_fit", lambda state, rt, focus: False)
    language = locale.split("-")[0]
    req = ChatRequest(messages=[ChatMessage(role="user", content="x")], language=language)
    state = TurnState(request=req, language=language, style="easy" if locale == "sv-easy" else "standard",
                      text="tunga lyft?")
    conditions.plan_conditions(state, rt, Focus(id="o1", label="Lagerarbetare", ssyk_code="4321"))
    return "".join(GroundedComposer().compose(state)), state.evidence


@pytest.mark.parametrize("locale", [x for x in ALL if x != "en"])
@pytest.mark.parametrize("swedish", [SWEDISH, None])
def test_an_esco_skill_is_never_said_in_english_in_another_language(locale, swedish, monkeypatch):
    answer, evidence = _answer(locale, _runtime(swedish), monkeypatch)
    assert ENGLISH not in answer.casefold(), answer
    assert any(e.doc_id == DOC for e in evidence), answer  # the source is still cited
    assert "[1]" in answer, answer
    if swedish:
        assert f"«{SWEDISH}»" in answer, answer


def test_english_keeps_escos_own_words(monkeypatch):
    answer, _ = _answer("en", _runtime(None), monkeypatch)
    assert ENGLISH in answer, answer
