"""Lighter work beside a fit answer that says "it clashes" (back17, rater29 class 4).

rater29 c03 (so): a would-be assistant nurse said her back hurts and she cannot lift heavy things, "can I still do
it?". The answer quoted the patient transfers of undersköterska and stopped there, though boendestödjare had been on
her own first list. A counsellor says the honest "it is heavy" and then "of what we looked at, these ask less of your
back": the work the person's earlier answers presented (latest first), else work of the same field near the work
asked about (the taxonomy's neighbours that share its skills, retrieval/near_work.py) at the same skill level, each
checked against every bodily limitation the person has stated the way the matcher reads demands
(:func:`retrieval.constraints.demand_of`). One reason each, never more than the sources give: a source that describes
it as seated or office work (cited), else that its sources state no such demand (its taxonomy entry cited, the same
silence :mod:`assistant.fit_question` says of work asked about). Refused work is never named.
"""
from __future__ import annotations

from assistant.evidence import store_doc, sv_title, term
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

#: Lighter work named per answer.
MAX_LIGHTER = 2
#: Bodily limitations the work named is checked against (the person's own, from the profile).
BODY = ("back", "lifting", "knees", "standing", "shoulders", "hands", "skin", "allergy", "sitting")


def say_lighter(state: TurnState, rt: Runtime, asked: list[Focus], limits: list[str]) -> None:
    """After a clash: up to :data:`MAX_LIGHTER` occupations of the person's earlier lists (else of the field of the
    first work asked about) whose sources state none of the person's bodily limitations, each with its reason."""
    from retrieval.limit_fit import fits, statement_evidence

    body = [v for v in dict.fromkeys(c.value for c in state.profile.constraints if c.kind == "limitation")
            if v in BODY] or limits
    named = 0
    # (a wording said once per answer: the next of the same origin is "another option …", whether or not its source says
    # it is seated; «من المهن التي اقترحتها سابقًا قد تناسبكم … أكثر» twice in a row read as a form)
    said: set[str] = set()
    for occ, origin in _candidates(state, rt, asked):
        if named >= MAX_LIGHTER:
            break
        if not _clear(occ, body, rt):
            continue
        title = sv_title(occ.label, "occupation")
        seated = next((f for code in body if (f := fits(occ.id, occ.label, code, rt)) is not None), None)
        if seated is not None and "sitting" in body:
            continue  # (seated work is no lighter way for one who cannot sit long: sit18)
        ev = statement_evidence(seated, rt) if seated is not None else None
        if ev is not None:
            # (office work outside the field of the work asked about is not said to be of the same field)
            if origin == "field" and (occ.ssyk_code or "")[:2] != (asked[0].ssyk_code or "")[:2]:
                origin = "office"
            state.say("fit.lighter_again_seated" if origin in said else f"fit.lighter_{origin}_seated",
                      state.add_evidence(ev).doc_id, occupation=title)
        elif origin == "field":  # (work of the field is named only where its own data says it is seated)
            continue
        else:
            doc = store_doc(rt, "occupation", f"jobtech:occupation-name:{occ.id}", "occupation")
            if doc is None:
                continue
            state.say("fit.lighter_again" if origin in said else f"fit.lighter_{origin}", state.add_evidence(doc).doc_id,
                      occupation=title, what=term("limitation", limits[0]))
        said.add(origin)
        if named == 0:  # (the first one opens the paragraph: "Of the work we looked at …")
            state.facts[-1].paragraph = True
        state.present(occ)
        named += 1


def _candidates(state: TurnState, rt: Runtime, asked: list[Focus]):
    """(occupation, origin) pairs: the earlier answers' work, latest first (``list``), then the seated or office work
    nearest the field of the first work asked about (``field``: :func:`assistant.lighter._nearest_light`, each
    described so by its own data); only work at the skill level of the work asked about, or office work (a nurse's
    degree is no lighter way for an assistant nurse, rater29 c05)."""
    from assistant.earlier_answers import earlier_occupations

    level = (asked[0].ssyk_code or "")[:1] if asked else ""
    seen = {f.id for f in asked}
    for shown in earlier_occupations(state, rt):
        for occ in shown:
            if occ.id not in seen and _reachable(occ.ssyk_code or "", level):
                seen.add(occ.id)
                yield occ, "list"
    if not asked:
        return
    for occ_id, occ in _field_light(state, rt, asked[0]):
        if occ_id not in seen and _reachable(occ.ssyk_code or "", level):
            seen.add(occ_id)
            yield Focus(id=occ_id, label=occ.label, ssyk_id=occ.ssyk_id, ssyk_code=occ.ssyk_code), "field"


def _reachable(code: str, level: str) -> bool:
    from retrieval.limit_fit import OFFICE_GROUPS

    return bool(code) and (code.startswith(level) or code.startswith(OFFICE_GROUPS))


def _field_light(state: TurnState, rt: Runtime, asked: Focus) -> list:
    """Seated or office work nearest ``asked`` (its unit group, neighbours, then office work), through the lighter
    list's own reader with ``asked`` as the only work named (the person's limitations filter as always)."""
    from assistant.lighter import _nearest_light
    from assistant.refused_shown import refused_test
    from vagledning.domain.profile import ConceptRef, Span, Wish

    wish = Wish(kind="occupation", label=asked.label, ssyk_code=asked.ssyk_code, confidence=1.0,
                concept=ConceptRef(id=asked.id, kind="occupation", label=asked.label),
                span=Span(start=0, end=0, quote="", message=0))
    sub = state.model_copy(update={"profile": state.profile.model_copy(update={"wishes": [wish], "experiences": []})})
    refused = refused_test(state.profile, rt)
    try:
        return [(oid, occ) for oid, occ in _nearest_light(sub, rt)
                if not refused(Focus(id=oid, label=occ.label, ssyk_code=occ.ssyk_code))]
    except Exception:  # noqa: BLE001 - no search or relations: no field work to name
        return []


def _clear(occ: Focus, limits: list[str], rt: Runtime) -> bool:
    """No cited demand of the occupation meets any of ``limits``."""
    from retrieval.constraints import demand_of

    return all(demand_of(occ.id, occ.label, code, rt) is None for code in limits)
