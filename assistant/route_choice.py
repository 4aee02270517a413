"""'Which way is better for me?' – the routes or occupations already in play, weighed for this person (compare26).

rater35 class 1 (replay34_new02 T5): a girl of 19 who wants to become a nurse asked "undersköterska first, so that I
can work, or straight to university prep? which way is better for me?" and got "CSN decides, ask CSN". A counsellor
sets the options side by side for the person who asks – how long each takes, what it pays, what it leads to – says
which fits what the person told (an income needed soon, children, age) and leaves the choice, with a counsellor, to
them. So, when a message asks to choose for the person (``for_me`` of ``locales/choice_cues.yaml``, beside anything
the person told about themselves) or weighs ways in as such (``route``: "X first or Y", "straight to", "quickest",
"paid while I learn"), and two or three occupations are in play – named in the message (each side of its "or"), the
wished occupation beside one named, or the list the latest answer presented ("which of these suits me?") – the
answer (action ``compare_routes``) gives per option its way in (its own curated route and length, or entry work) and
the median salary of its group, each cited; then what studies need (CSN's studiemedel; a university programme's
eligibility, its courses read from the curated route), which option is the shorter way to pay and whether it is a
paid step in the same occupation field towards the other, the honest lean ("if you need an income soon, A; if you
want B in the long run, B's way") and the study and career counsellor for the final choice. A bare "which is better,
X or Y?" from someone who told nothing stays the side-by-side comparison (:mod:`assistant.compare`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from assistant.evidence import region_of, sv_title
from assistant.intent_cues import normalize
from assistant.interpretation.constraints import FAMILY, MONEY_SOON
from assistant.state import Focus, TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

ACTION = "compare_routes"
MAX_OPTIONS = 3
#: How long a way in is, roughly, by its kind (a lower rank is a shorter way to paid work); entry work is 0.
_RANK = {"apprenticeship": 1, "validation": 1, "work_certificate": 1, "licence_exempt": 1, "vocational_package": 2,
         "vocational_title": 2, "trade_certificate": 2, "combination": 2, "adult_vocational": 2,
         "gymnasium_programme": 3, "higher_vocational": 3, "citizenship_programme": 3, "bridging_programme": 3,
         "licensed_degree": 4, "degree_programme": 4}
#: Routes that are university studies (their eligibility is said).
_UNIVERSITY = ("licensed_degree", "degree_programme")
#: The special eligibility a curated university route names ("… särskild behörighet: Matematik 2, Naturkunskap 2 och
#: Samhällskunskap 1b (…)").
_SPECIAL = re.compile(r"särskild behörighet:\s*([^(.;]+)", re.IGNORECASE)
#: Ways in for one who has done the work (or with conditions of their own): never offered here without them.
_DONE_BEFORE = ("validation", "apprenticeship", "licence_exempt", "bridging_programme")
_DetailsFn = Callable[..., dict[str, Any]]


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    raw = resources.files("assistant").joinpath("locales/choice_cues.yaml").read_text(encoding="utf-8")
    return {group: re.compile("|".join(f"(?:{p})" for p in items)) for group, items in (load_yaml(raw) or {}).items()}


def _told_self(state: TurnState) -> bool:
    """The person told something about themselves a choice can be weighed against."""
    p = state.profile
    return bool(p.constraints or p.education or p.experiences or p.languages)


def asks_choice(state: TurnState) -> bool:
    """The message asks which way or occupation is better for this person (module docstring)."""
    text = normalize(state.request.messages[-1].content if state.request.messages else state.text)
    cues = _cues()
    return bool(cues["route"].search(text) or (cues["for_me"].search(text) and _told_self(state)))


def _options(state: TurnState, rt: Runtime) -> list[Focus]:
    """The occupations in play, in the order named: each side of the message's "or", else the one named beside the
    wished one, else the latest answer's list; distinct SSYK groups, at most three."""
    from assistant.compare import _pieces
    from assistant.earlier_answers import earlier_occupations
    from assistant.focus import named_in_message
    from assistant.parts import part_state

    found: list[Focus] = []

    def add(f: Focus | None) -> None:
        if f is not None and f.ssyk_code and all(o.ssyk_code != f.ssyk_code for o in found):
            found.append(f)

    text = state.request.messages[-1].content if state.request.messages else state.text
    for piece in [p for sentence in re.split(r"(?<=[.!?؟፧])\s+", text) for p in _pieces(sentence, True)]:
        if len(piece.strip()) > 1:
            add(named_in_message(part_state(state, "describe", piece), rt))
    if len(found) < 2:
        for w in state.profile.wishes:
            if w.kind == "occupation" and w.concept is not None:
                from assistant.earlier_answers import focus_of

                add(focus_of(w.concept.id, w.concept.label, rt, named=False))
    if not found and _cues()["these"].search(normalize(text)):  # "which of these suits me?": the latest list
        for occs in earlier_occupations(state, rt)[:1]:
            for f in occs:
                add(f)
    return found[:MAX_OPTIONS]


def _way(state: TurnState, rt: Runtime, occ: Focus) -> tuple[Evidence | None, int | None, str]:
    """(the occupation's first own route, its rank, its years when stated); entry work has no route and rank 0."""
    from assistant.routes import occupation_routes

    try:
        own = [e for e in occupation_routes(state, rt, occ.ssyk_code, occ.label)
               if e.facts.get("route_kind") in _RANK]
    except Exception:  # noqa: BLE001 - no curated routes in this store: no way in to say
        own = []
    if not own:  # no route of its own: the first general route into it for this person (Komvux, yrkeshögskola …)
        from assistant.routes import routes_for

        try:
            own = [e for e in routes_for(state, rt, occ.ssyk_code) if e.facts.get("route_kind") in _RANK]
        except Exception:  # noqa: BLE001 - no curated routes in this store
            own = []
        own = own or _curated_into(state, rt, occ)
    entry = (occ.ssyk_code or "").startswith("9")  # SSYK major group 9: short training or an introduction at work
    if own:
        ev = own[0]
        return ev, 0 if entry else _RANK[str(ev.facts["route_kind"])], str(ev.facts.get("years") or "")
    return None, (0 if entry else None), ""


def _curated_into(state: TurnState, rt: Runtime, occ: Focus) -> list[Evidence]:
    """The curated route that names the occupation's SSYK group most specifically, for this person's audience."""
    from assistant.education import audience
    from assistant.gymnasium import prefix_len
    from assistant.routes import evidence_of, routes

    who, code = audience(state), occ.ssyk_code or ""
    found = sorted(((-prefix_len(code, r.ssyk), _RANK[r.kind], r.key, r) for r in routes(rt).values()
                    if r.kind in _RANK and r.kind not in _DONE_BEFORE and who in r.audience and prefix_len(code, r.ssyk)),
                   key=lambda x: x[:3])
    if not found:
        return []
    ev = evidence_of(found[0][3], (code,))
    if found[0][3].years:
        ev.facts["years"] = found[0][3].years
    return [ev]


def _median(details: dict[str, Any]) -> tuple[Evidence | None, int | None]:
    from assistant.own_salary import median_of

    ev = Evidence.coerce(details.get("salary"))
    return ev, (median_of(ev) if ev is not None else None)


def plan_route_choice(state: TurnState, rt: Runtime, details: _DetailsFn) -> bool:
    """Answer "which way is better for me?" (module docstring); False when the message asks no such choice or fewer
    than two options are in play."""
    if not asks_choice(state):
        return False
    try:
        options = _options(state, rt)
    except Exception:  # noqa: BLE001 - no occupation index: nothing to weigh, the question stands
        return False
    if len(options) < 2:
        return False
    rows = []
    for occ in options:
        try:
            info = details(occ.id, rt, region=region_of(state))
        except Exception:  # noqa: BLE001 - an occupation without details is weighed without its salary
            info = {}
        rows.append((occ, *_way(state, rt, occ), info))
    state.facts.clear()
    state.evidence.clear()
    state.presented.clear()
    state.action = ACTION  # type: ignore[assignment]
    state.parts = [ACTION]
    state.focus = options[0]
    for occ in options:
        state.present(occ)
    state.say("choice.intro")
    for occ, ev, rank, years, info in rows:
        _say_option(state, rt, occ, ev, rank, years, info)
    _say_study(state, rt, rows)
    _say_lean(state, rt, rows)
    _say_counsellor(state, rt)
    return True


def _title(occ: Focus) -> dict[str, str]:
    return sv_title(occ.label, "occupation")


def _say_option(state: TurnState, rt: Runtime, occ: Focus, ev: Evidence | None, rank: int | None, years: str,
                info: dict[str, Any]) -> None:
    from assistant.routes import route_gloss

    if ev is not None:
        ev = state.add_evidence(ev)
        key = "choice.way_years" if years else "choice.way"
        state.say(key, ev.doc_id, bullet=True, occupation=_title(occ),
                  title={"sv_title": ev.title, "kind": route_gloss(ev)}, years=years)
    elif rank == 0 and (doc := _occupation_doc(rt, occ)) is not None:
        doc = state.add_evidence(doc)
        state.say("choice.way_entry", doc.doc_id, bullet=True, occupation=_title(occ))
    else:
        state.say("choice.way_none", bullet=True, occupation=_title(occ))
    salary, median = _median(info)
    if salary is not None and median is not None:
        salary = state.add_evidence(salary)
        state.say("choice.pay", salary.doc_id, bullet=True, occupation=_title(occ), median=median)


def _occupation_doc(rt: Runtime, occ: Focus) -> Evidence | None:
    from assistant.evidence import store_doc

    return store_doc(rt, "occupation", f"jobtech:occupation-name:{occ.id}", "occupation")


def _route_title(ev: Evidence) -> dict[str, str]:
    from assistant.routes import route_gloss

    return sv_title(ev.title, route_gloss(ev))


def _route_ev(rt: Runtime, key: str) -> Evidence | None:
    from assistant.routes import evidence_of, routes

    table = routes(rt)
    return evidence_of(table[key]) if key in table else None


def _say_study(state: TurnState, rt: Runtime, rows: list) -> None:
    """What studies need: CSN's studiemedel for any option that is studies; a university option's eligibility."""
    from assistant.route_conditions import not_theirs

    studies = [r for r in rows if r[1] is not None]
    # (never to one the conversation established gets none: temporary protection, an age under its limit; contra31)
    money = _route_ev(rt, "studiemedel") if studies and not not_theirs(state, "studiemedel") else None
    if money is not None:
        money = state.add_evidence(money)  # (from the autumn one turns 20: said only to one not known to be older)
        state.say("choice.study_money_adult" if _adult(state) else "choice.study_money", money.doc_id)
    for occ, ev, *_ in studies:
        if ev.facts.get("route_kind") not in _UNIVERSITY:
            continue
        special = _SPECIAL.search(" ".join((ev.snippet or "").split()))
        if special:
            state.say("choice.eligibility_courses", ev.doc_id, occupation=_title(occ),
                      courses={"sv_title": special.group(1).strip(), "kind": "default"})
        elif (basic := _route_ev(rt, "hogskola_behorighet")) is not None:
            basic = state.add_evidence(basic)
            state.say("choice.eligibility", basic.doc_id, occupation=_title(occ))


def _adult(state: TurnState) -> bool:
    """An age of 20 or more told (studiemedel's age clause says nothing to them)."""
    return any(c.kind == "age" and c.value.isdigit() and int(c.value) >= 20 for c in state.profile.constraints)


def _told(state: TurnState, value: str) -> bool:
    return any(c.kind == "other" and c.value == value for c in state.profile.constraints)


def _say_lean(state: TurnState, rt: Runtime, rows: list) -> None:
    """Which is the shorter way to paid work, whether it is a step towards the other, and the lean for this person."""
    from assistant.gymnasium import field_codes

    ranked = [(r[2], r[0]) for r in rows if r[2] is not None]
    if len(ranked) < 2:
        state.say("choice.lean_unknown")
        return
    ranked.sort(key=lambda x: x[0])
    (low, quick), (high, long) = ranked[0], ranked[-1]
    if low == high:
        state.say("choice.lean_same")
        return
    if quick.ssyk_code in field_codes(rt, long.ssyk_code):  # undersköterska on the way to sjuksköterska
        state.say("choice.step", quick=_title(quick), long=_title(long))
    # the lean follows what the person told: an income needed soon, else children at home, else the plain lean
    key = "choice.lean_income" if _told(state, MONEY_SOON) else "choice.lean_family" if _told(state, FAMILY) else "choice.lean"
    state.say(key, quick=_title(quick), long=_title(long))


def _say_counsellor(state: TurnState, rt: Runtime) -> None:
    from assistant.routes import COUNSELLOR
    from assistant.youth_routes import OUT_OF_SCHOOL_COUNSELLOR, PUPIL_COUNSELLOR, left_school, young

    if young(state) and left_school(state) and (kaa := _route_ev(rt, OUT_OF_SCHOOL_COUNSELLOR)) is not None:
        kaa = state.add_evidence(kaa)  # (under 20, school left: the municipality's follow-up of the young; contra31)
        state.say("steps.pupil_left", kaa.doc_id, title=_route_title(kaa))
        return
    pupil = any(e.in_progress for e in state.profile.education)
    ev = _route_ev(rt, PUPIL_COUNSELLOR) if pupil else None
    ev = ev or _route_ev(rt, COUNSELLOR)
    if ev is not None:
        ev = state.add_evidence(ev)
        state.say("choice.counsellor", ev.doc_id)
    else:
        state.say("choice.counsellor")
