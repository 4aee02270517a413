"""One conversation turn, as a pipeline of small steps over :class:`~assistant.state.TurnState`.

language → redaction → intent → profile update → policy → evidence/plan → composition →
citation check. Stateless: everything comes from the request; the updated profile goes back
with the answer. :func:`run_events` yields the streaming events; :func:`run_turn` collects them.
What a turn answers (the plan) is :mod:`assistant.turn_plan`; the retrieval it uses, :mod:`assistant.turn_deps`.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from assistant.asked_parts import elliptic
from assistant.can_work_as import story_first
from assistant.citations import check
from assistant.composers.base import Composer
from assistant.composers.grounded import GroundedComposer
from assistant.contract import ChatEvent, ChatRequest, ChatResponse, Citation
from assistant.corrected import acknowledge_correction
from assistant.insist import insist_again
from assistant.intent_cues import has, normalize
from assistant.intents import detect_intent, wish_possible
from assistant.language_step import choose_language, note_switch, said_again
from assistant.locales import text
from assistant.nearer import nearer
from assistant.parts import asked_before_about, asked_before_now
from assistant.policy import decide
from assistant.profile_update import update_profile
from assistant.redaction_step import redact_turn
from assistant.refer_back import narrowed, refer_again, same_topic
from assistant.state import TurnState
from assistant.studies_abroad import studies_asked
from assistant.terms import fragment
from assistant.turn_deps import Deps, default_deps
from assistant.turn_plan import EVIDENCE_ACTIONS, plan
from assistant.way_in import way_in
from vagledning.domain.runtime import Runtime
from vagledning.logging import log_event

__all__ = ["Deps", "default_deps", "plan", "prepare", "run_events", "run_turn"]  # (engine, tests import them here)


def _story_first(state: TurnState) -> None:
    """A message that tells who the person is and asks generally ("… 18 years in a warehouse, my
    knees hurt, I could take a short course. What is there?") is answered with suggestions from
    the story, each with its fitting education, when nothing was suggested before: a courses
    answer for no occupation would lose the story. Other questions (salary, demand, Swedish …)
    are answered as asked; the story is kept in the profile for the next turn."""
    if state.action != "courses" or has("too_late", state.text) or has("age_worry", state.text):  # (route17/age18)
        return
    base = state.request.profile
    if base is not None and (base.experiences or base.wishes):
        return
    if not (state.profile.experiences or any(w.concept for w in state.profile.wishes)):
        return  # (a question alone never adds to the profile: the story is this message's)
    if not state.profile.experiences and any(w.kind == "occupation" and w.concept for w in state.profile.wishes):
        return  # askD21: "I want to become an assistant nurse. What should I study?": the route into that goal
    t = normalize(state.text)
    if has("can_become", t) or wish_possible(t):
        return  # noun30: "I work nights in a warehouse. I want to be a police officer, is it possible?": that way in
    state.action = "suggest"
    state.ask = None


def prepare(request: ChatRequest, rt: Runtime, deps: Deps) -> TurnState:
    """Steps 1–5: everything up to composition."""
    state = TurnState(request=request)
    state.language, state.style = choose_language(request, request.messages[-1].content)
    redact_turn(state)
    said_again(state)  # "can you say that in English?": the previous message answered again, in that language
    state.intent = detect_intent(state.text)
    again = refer_again(state)  # "you didn't answer", "yes or no?", "not that, I mean X": what was asked before (refer20)
    again = again or insist_again(state)  # "I didn't ask about the pay"; a long message that insists (insist24)
    again = again or narrowed(state)  # "so UHR does look at my degree, yes?": the question before, narrower (repeat32)
    if state.intent != "recognition" and studies_asked(state):  # studies told unfinished before (recog10)
        state.intent = "recognition"
    elif state.intent == "provide" and elliptic(state.text, alone=True):
        state.intent = asked_before_now(state)  # "och programmerare då?" asks the last question again
    elif state.intent == "provide" and has("correction", state.text):
        state.intent = asked_before_about(state)  # "no, I asked about the taxi"
    state.intent = nearer(state)  # "anything in Borlänge? Bromma is too far" after courses: the courses, nearer
    update_profile(state, rt, deps.interpret)
    again = again or same_topic(state)  # "and who decides that?" after "does my experience count?": that topic (repeat32)
    if again:
        state.text = again  # (read after the profile: the message itself told nothing new)
    decide(state)
    _story_first(state)
    story_first(state)  # "… 12 years an accountant. Can I work as one here?": the jobs, the verdict first
    way_in(state, rt)  # "how can I work as a nurse here?" from a nurse trained abroad: her licence route (licence21)
    state.term = fragment(state, rt)  # "Svenska 3?", "ID06?": what the course or certificate is (assistant/terms.py)
    plan(state, rt, deps)
    acknowledge_correction(state)  # "wait, that one is for specialists …": "you are right" first (facts15)
    note_switch(state)  # the reply follows the person's writing: say so once, with how to switch
    return state


# ------------------------------------------------------------------ composition
def run_events(request: ChatRequest, rt: Runtime, deps: Deps, llm: Composer | None = None) -> Iterator[ChatEvent]:
    """The turn as events: profile, token*, (notice, token*)?, citations, done."""
    t0 = time.perf_counter()
    state = prepare(request, rt, deps)
    yield ChatEvent(event="profile", data={"profile": state.profile.model_dump(mode="json")})
    composition = None
    replace = False
    fallback = False
    used_llm = False
    if llm is not None and state.action in EVIDENCE_ACTIONS and state.evidence:
        composition = llm.compose(state)
        try:
            for chunk in composition:
                yield ChatEvent(event="token", data={"text": chunk})
            if not composition.text.strip():
                raise RuntimeError("empty answer")
            used_llm = True
            for code, message in getattr(composition, "notices", []):  # what the output guard removed
                state.notices.append(message)
                yield ChatEvent(event="notice", data={"code": code, "message": message})
        except Exception as exc:  # noqa: BLE001 - ANY LLM failure falls back to the sources
            log_event("chat.llm_failed", error_type=type(exc).__name__, chunks=len(composition.parts))
            replace = bool(composition.parts)
            fallback = True
            composition = None
            code = getattr(exc, "notice", "llm_unavailable")  # unsupported answer, deadline, or unavailable
            message = text(state.locale, f"notice.{code}")
            state.notices.append(message)
            yield ChatEvent(event="notice", data={"code": code, "message": message})
    if composition is None:
        composition = GroundedComposer().compose(state)
        first = True
        for chunk in composition:
            data: dict[str, Any] = {"text": chunk}
            if first and replace:
                data["replace"] = True
            first = False
            yield ChatEvent(event="token", data=data)
    result = check(composition.text, composition.citations, state.evidence, exempt=composition.exempt)
    name = "llm" if used_llm else "grounded"
    yield ChatEvent(event="citations", data={"citations": [c.model_dump(mode="json") for c in result.citations]})
    log_event("chat.turn", turn=state.user_index, language=state.language, style=state.style, reason=state.action,
         hits=len(state.evidence), count=len(result.citations), dropped=result.removed, redactions=sum(
             state.redactions.values()), llm=name == "llm", fallback=fallback,
         duration_ms=round((time.perf_counter() - t0) * 1000, 1))
    yield ChatEvent(event="done", data={
        "composer": name, "uncited_sentences": result.uncited,
        "removed_citations": result.removed + (report.citations if (report := getattr(composition, "report", None))
                                               else 0),
        "language": state.locale, "answer": result.text, "suggestions": state.suggestions,
        "notices": state.notices, "action": state.action, "parts": [state.action, *state.parts[1:]],
        "occupations": [{"id": f.id, "label": f.label, "ssyk_code": f.ssyk_code, "ssyk_id": f.ssyk_id}
                        for f in state.presented]})


def run_turn(request: ChatRequest, rt: Runtime, deps: Deps, llm: Composer | None = None) -> ChatResponse:
    """The whole turn at once (same pipeline as :func:`run_events`)."""
    profile: Any = None
    citations: list[Citation] = []
    done: dict[str, Any] = {}
    for ev in run_events(request, rt, deps, llm):
        if ev.event == "profile":
            profile = ev.data["profile"]
        elif ev.event == "citations":
            citations = [Citation.model_validate(c) for c in ev.data["citations"]]
        elif ev.event == "done":
            done = ev.data
    return ChatResponse(answer=done.get("answer", ""), language=done.get("language", "sv"), profile=profile,
                        citations=citations, notices=done.get("notices", []),
                        removed_citations=done.get("removed_citations", 0),
                        uncited_sentences=done.get("uncited_sentences", 0),
                        composer=done.get("composer", "grounded"), suggestions=done.get("suggestions", []),
                        occupations=done.get("occupations", []), action=done.get("action", ""),
                        parts=done.get("parts", []))
