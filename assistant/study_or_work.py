"""'A programme, or start working directly?' – studying first weighed against working now (boiler29).

rater36 (left from compare26): "Which is better for me, a programme or to start working directly?" got a list of
courses for an occupation guessed from nothing («Kock, storhushåll»). The options here are ROUTES, not occupations:
a counsellor sets the two ways side by side for the work the person wants – studying first (the education into it and
how long it takes, living on CSN's studiemedel meanwhile, and what it opens: the work and the pay of its group) against
working now (a wage at once, but the way into the wished work stays longer, unless that work is itself learnt at the
workplace), the ways in between (a paid introduction job with a supervisor, Komvux's apprenticeship), an honest lean
by what the person told (an income needed soon or a family to support: work first) and the study and career
counsellor for the choice. The wished occupation (told, or named in the message) is the goal; with none, ONE question
back – what work they want in the end – and never a list of occupations. A choice between two occupations named stays
:mod:`assistant.route_choice`'s (it is tried first).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.evidence import region_of, sv_title
from assistant.intent_cues import normalize
from assistant.interpretation.constraints import FAMILY, MONEY_SOON
from assistant.route_choice import ACTION, _adult, _cues, _median, _say_counsellor, _told
from assistant.routes import needs_degree
from assistant.state import Focus, TurnState
from assistant.youth_routes import young
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: Route kinds that are studies into an occupation, the most particular first.
_STUDY_KINDS = ("licensed_degree", "degree_programme", "citizenship_programme", "yh_programme", "vocational_title",
                "vocational_package", "higher_vocational", "adult_vocational", "higher_education")
#: The ways between studying and working (curated routes): a paid introduction job, Komvux's apprenticeship.
_PAID, _APPRENTICE = "yrkesintroduktion", "komvux_larling"


def asks_study_or_work(state: TurnState) -> bool:
    """The message weighs studying against working now ("a programme or work directly?", «ادرس ولا اشتغل؟»)."""
    text = normalize(state.request.messages[-1].content if state.request.messages else state.text)
    cues = _cues()
    return bool(cues["study_or_work"].search(text) and (cues["weigh"].search(text) or cues["for_me"].search(text)))


def _goal(state: TurnState, rt: Runtime) -> Focus | None:
    """The work the person wants: a wish told, else an occupation the message names (never a guess from its words)."""
    from assistant.earlier_answers import focus_of
    from assistant.focus import named_in_message

    for w in state.profile.wishes:
        if w.kind == "occupation" and w.concept is not None:
            return focus_of(w.concept.id, w.concept.label, rt, named=False)
    try:
        return named_in_message(state, rt, guess=False)
    except Exception:  # noqa: BLE001 - no occupation index: no goal named
        return None


def _other_named(state: TurnState, rt: Runtime, goal: Focus | None) -> bool:
    """A side of the message's "or" names an occupation other than the goal: a choice between occupations, which
    :mod:`assistant.route_choice` weighs."""
    from assistant.compare import _pieces
    from assistant.focus import named_in_message
    from assistant.parts import part_state

    text = state.request.messages[-1].content if state.request.messages else state.text
    for piece in [p for sentence in re.split(r"(?<=[.!?؟፧])\s+", text) for p in _pieces(sentence, True)]:
        if len(piece.strip()) <= 1:
            continue
        try:
            named = named_in_message(part_state(state, "describe", piece), rt)
        except Exception:  # noqa: BLE001 - no occupation index: nothing named
            named = None
        if named is not None and named.ssyk_code and (goal is None or named.ssyk_code != goal.ssyk_code):
            return True
    return False


def _study_way(state: TurnState, rt: Runtime, goal: Focus) -> Evidence | None:
    """The education into the goal for this person: its own curated study route, else the most particular general one."""
    from assistant.education import audience
    from assistant.gymnasium import prefix_len
    from assistant.routes import evidence_of, occupation_routes, routes

    code = goal.ssyk_code or ""
    try:
        own = [e for e in occupation_routes(state, rt, code, goal.label) if e.facts.get("route_kind") in _STUDY_KINDS]
        table = routes(rt)
    except Exception:  # noqa: BLE001 - no curated routes in this store
        return None
    if own:
        return own[0]
    who = audience(state)
    found = sorted((-prefix_len(code, r.ssyk), _STUDY_KINDS.index(r.kind), r.key) for r in table.values()
                    if r.kind in _STUDY_KINDS and who in r.audience and prefix_len(code, r.ssyk))
    if not found:
        return None
    route = table[found[0][2]]
    ev = evidence_of(route, (code,))
    if route.years:
        ev.facts["years"] = route.years
    return ev


def plan_study_or_work(state: TurnState, rt: Runtime, details: Callable[..., dict[str, Any]]) -> bool:
    """Answer "study first or work now?" (module docstring); False when the message asks no such thing."""
    if not asks_study_or_work(state):
        return False
    goal = _goal(state, rt)
    if _other_named(state, rt, goal):  # ("a cleaner now, or study to be an assistant nurse?": two occupations, compare26)
        return False
    state.facts.clear()
    state.evidence.clear()
    state.presented.clear()
    state.ask = None
    if goal is None or not goal.ssyk_code:
        state.focus = None
        state.action = "clarify"
        state.parts = ["clarify"]
        state.say("choice.study_work_goal")
        return True
    state.action = ACTION  # type: ignore[assignment]
    state.parts = [ACTION]
    state.focus = goal
    state.present(goal)
    occupation = sv_title(goal.label, "occupation")
    state.say("choice.study_work_intro", occupation=occupation)
    if _young_out_of_school(state):  # (under 20, left school: the gymnasium's way, never the adults' studiemedel)
        return _say_young(state, rt, goal, occupation, details)
    studies = _say_study(state, rt, goal, occupation)
    # SSYK major group 9 (a short training or an introduction at work), or a job whose sources name no education:
    # learnt at the workplace, so neither "without the education it takes longer" nor "safer to study first" (contra31,
    # rater38 r35-3 T2: a warehouse job, "säkrare att plugga först")
    entry = goal.ssyk_code.startswith("9") or not studies or _no_requirement(state, rt, goal, occupation)
    _say_pay(state, rt, goal, details)
    state.say("choice.work_now_entry" if entry else "choice.work_now", bullet=True, occupation=occupation)
    if goal.ssyk_code[:1] in "345678" and not needs_degree(rt, goal.ssyk_code):  # (no job or apprenticeship makes a nurse)
        _say_between(state, rt, goal)
    if not entry:
        need = _told(state, MONEY_SOON) or _told(state, FAMILY)
        state.say("choice.lean_work_first" if need else "choice.lean_study", occupation=occupation)
    _say_counsellor(state, rt)
    return True


def _say_pay(state: TurnState, rt: Runtime, goal: Focus, details: Callable[..., dict[str, Any]]) -> None:
    try:
        info = details(goal.id, rt, region=region_of(state))
    except Exception:  # noqa: BLE001 - an occupation without details is weighed without its pay
        info = {}
    salary, median = _median(info)
    if salary is not None and median is not None:
        salary = state.add_evidence(salary)
        state.say("choice.pay", salary.doc_id, bullet=True, median=median)


def _no_requirement(state: TurnState, rt: Runtime, goal: Focus, occupation: dict) -> bool:
    """Arbetsförmedlingen's education text for the goal says it has no formal requirement: that text, cited, and True
    (the work is learnt at the workplace; studying first is no surer way into it)."""
    from assistant.entry_work import _NO_REQUIREMENT
    from assistant.requirement_text import requirement_in
    from retrieval.evidence import occupation_evidence

    try:
        text = rt.relations.education_requirement(goal.id)
        found = [e for e in occupation_evidence(goal.id, rt, ads=False) if e.type == "education_requirement"]
    except Exception:  # noqa: BLE001 - no requirement table: nothing known of it
        return False
    if not text or not _NO_REQUIREMENT.search(text):
        return False
    if found:
        req = state.add_evidence(found[0])
        state.say("describe.requirement", req.doc_id, bullet=True, occupation=occupation,
                  quote=requirement_in(state.locale, req.facts.get("requirement") or req.snippet))
    return True


def _young_out_of_school(state: TurnState) -> bool:
    """An age under 20 told (or a pupil's age) and no school in progress: the gymnasium is still theirs to start."""
    return young(state) and not any(e.in_progress for e in state.profile.education)


def _say_young(state: TurnState, rt: Runtime, goal: Focus, occupation: dict,
               details: Callable[..., dict[str, Any]]) -> bool:
    """Study or work for one under 20 who has left school (contra31, rater38 r35-3 T2: a boy of 17 got CSN's
    studiemedel "from the year you turn 20" and "safer to study first"): studying first is the gymnasium, open to
    start until the year they turn 20, with CSN's studiehjälp; working now is open (the rules for minors under 18);
    the municipality follows up the young who are in no school and helps with either."""
    from assistant.education import age

    studies = _study_way(state, rt, goal)
    for key in ("gy_aldersgrans", "studiehjalp"):
        _say_right(state, rt, key)
    _say_pay(state, rt, goal, details)
    entry = (goal.ssyk_code or "").startswith("9") or studies is None or _no_requirement(state, rt, goal, occupation)
    state.say("choice.work_now_entry" if entry else "choice.work_now", bullet=True, occupation=occupation)
    old = age(state)
    if old is not None and old < 18 or state.profile.is_youth():
        _say_right(state, rt, "minderarig_arbete")
    _say_counsellor(state, rt)  # (school left: the municipality's follow-up of the young, route_choice)
    return True


def _say_right(state: TurnState, rt: Runtime, key: str, bullet: bool = True) -> bool:
    """The curated route ``key`` in its own rights wording, cited; False when the store holds no such route."""
    from assistant.routes import route_gloss

    ev = _route(rt, key)
    if ev is None:
        return False
    ev = state.add_evidence(ev)
    state.say(f"rights.{key}", ev.doc_id, bullet=bullet, title=sv_title(ev.title, route_gloss(ev)))
    return True


def _say_study(state: TurnState, rt: Runtime, goal: Focus, occupation: dict) -> bool:
    """Studying first: the education into the goal, and CSN's studiemedel to live on where the person may get it;
    False when the sources name no education into it (then there is no study to live on either)."""
    from assistant.route_conditions import not_theirs
    from assistant.routes import route_gloss

    ev = _study_way(state, rt, goal)
    if ev is None:
        state.say("choice.study_first_none", bullet=True, occupation=occupation)
        return False
    ev = state.add_evidence(ev)
    years = str(ev.facts.get("years") or "")
    state.say("choice.study_first_years" if years else "choice.study_first", ev.doc_id, bullet=True,
              occupation=occupation, title={"sv_title": ev.title, "kind": route_gloss(ev)}, years=years)
    money = _route(rt, "studiemedel")
    # (living on CSN's grant and loan while studying, against a wage: the money of the choice – never to one the
    # conversation established gets none: temporary protection, an age under its limit; contra31)
    if money is not None and not not_theirs(state, "studiemedel"):
        money = state.add_evidence(money)
        state.say("choice.study_money_adult" if _adult(state) else "choice.study_money", money.doc_id, bullet=True)
    return True


def _say_between(state: TurnState, rt: Runtime, goal: Focus) -> None:
    """The ways between: Komvux's apprenticeship where it trains for the goal's group, a paid introduction job."""
    from assistant.gymnasium import prefix_len
    from assistant.routes import routes

    table = routes(rt)
    apprentice = table.get(_APPRENTICE)
    if apprentice is not None and prefix_len(goal.ssyk_code or "", apprentice.ssyk):
        ev = state.add_evidence(_route(rt, _APPRENTICE))
        state.say("choice.between_apprentice", ev.doc_id, bullet=True, title={"sv_title": ev.title, "kind": "route"})
    if (paid := _route(rt, _PAID)) is not None:
        ev = state.add_evidence(paid)
        state.say("choice.between_paid", ev.doc_id, bullet=True, title={"sv_title": ev.title, "kind": "route"})


def _route(rt: Runtime, key: str) -> Any:
    from assistant.routes import evidence_of, routes

    table = routes(rt)
    return evidence_of(table[key]) if key in table else None
