"""Lighter work asked before anything is told ("finns det lättare jobb?", "any lighter jobs?", "شغل اخف؟",
"shaqo fudud?", "ፈኲስ ስራሕ?", "کار سبک تر؟", "є легша робота?"): a counsellor names a few kinds of seated office work
at once and asks one short question for more, instead of only "what have you done?" (rater8 conv3, likes8).

The suggestions are the occupations of the office groups (retrieval/limit_fit.OFFICE_GROUPS, "yrken inom
administration och kundtjänst") closest to a Swedish source phrase; they stand in for a wish only while matching
(the person's profile never holds them) and are given as office or seated work (``reasons.lighter``), each cited
by the source that describes it so (assistant/limits_answer.py). Any limitation said (knees, back, lifting) filters
them as it does every list.
"""
from __future__ import annotations

from typing import Any

from assistant.state import TurnState
from vagledning.domain.profile import ConceptRef, Profile, Span, Wish
from vagledning.domain.runtime import Runtime

#: The Swedish occupations searched for (source text, the same in every language).
LIGHT_PHRASE = "kontorsassistent kundtjänst kundservice receptionist administratör"
#: How many of them stand in for wishes.
LIGHT_WISHES = 6


def asks_lighter_only(state: TurnState) -> bool:
    """The message asks for lighter work, and nothing the person did, wants or likes is known yet."""
    from assistant.intent_cues import has, normalize

    p = state.profile
    if p.experiences or p.wishes or p.interests or p.skills:
        return False
    return state.intent == "suggest" and has("lighter_ask", normalize(state.text))


def asks_seated(state: TurnState) -> bool:
    """The message asks for lighter or seated work ("what jobs are there where you sit more?", "finns det lättare
    jobb?") whatever is known already (seated7: after a warehouse list it got movers and forklift drivers, the next
    of the list matched from the warehouse work)."""
    from assistant.intent_cues import has, normalize

    t = normalize(state.text)
    if state.intent not in ("suggest", "more"):
        return False
    # ("what jobs can I do?" is one of the lighter cues: lighter work only beside a limitation of the body said)
    body = any(c.kind == "limitation" and c.value in BODY_LIMITS for c in state.profile.constraints)
    # (second29: "vad för kontorsjobb då?", "what kind of office jobs?": an office asked for as a kind of work – in
    # the question itself; "I worked in an office in Kabul … What jobs can I do?" told the office: turndown15)
    return has("seated_ask", t) or (body and has("lighter_ask", t)) or _office_asked(state.text)


def _office_asked(text: str) -> bool:
    """An office named as the kind of work the message's question asks for."""
    from assistant.intent_cues import has, normalize
    from assistant.intents import question_part

    q = normalize(question_part(text))
    return has("office_kind", q) and (has("kind_ask", q) or has("wh_work", q))


def light_profile(state: TurnState, rt: Runtime) -> Profile:
    """The profile to match for lighter work asked first, or for wishes all ruled out by the person's body (limit15):
    the person's own (their limitations filter as always) with the seated office occupations as wishes; the person's
    profile itself otherwise."""
    from assistant.wish_limit import ruled_out_wishes  # ("a warehouse, but my back is bad": limit15)

    if not asks_lighter_only(state) and not ruled_out_wishes(state, rt) and not asks_seated(state):
        return state.profile
    wishes: list[Wish] = []
    anchors = anchor_codes(state)
    for hit_id, occ in _nearest_light(state, rt):
        # (the nearer, the stronger while matching: the work of the same field leads the list)
        near = nearness(occ.ssyk_code or "", anchors) if not asks_lighter_only(state) else 0
        wishes.append(Wish(kind="occupation", label=occ.label, ssyk_code=occ.ssyk_code, confidence=0.5 + 0.05 * near,
                           concept=ConceptRef(id=hit_id, kind="occupation", label=occ.label),
                           span=Span(start=0, end=0, quote="", message=0)))
        if len(wishes) >= LIGHT_WISHES:
            break
    from assistant.field_seated import seated_first  # (seated work asked in a field: that field's first; nursing12)

    return state.profile.model_copy(update={"wishes": seated_first(state, rt, wishes, LIGHT_WISHES)})


def anchor_codes(state: TurnState) -> list[str]:
    """The SSYK codes of the work the person named (wished for first, then done): lighter work near them is nearer."""
    p = state.profile
    codes = [w.ssyk_code or "" for w in p.wishes if w.concept is not None] + [e.ssyk_code or "" for e in p.experiences]
    return [c for c in dict.fromkeys(codes) if c]


def nearness(code: str, anchors: list[str]) -> int:
    """How many leading SSYK digits ``code`` shares with the nearest work named (4: the same unit group, 2: the same
    sub-major field, 0: none)."""
    best = 0
    for a in anchors:
        n = 0
        while n < min(len(a), len(code)) and a[n] == code[n]:
            n += 1
        best = max(best, n)
    return best


def _nearest_light(state: TurnState, rt: Runtime) -> list[tuple[str, Any]]:
    """Lighter work nearest the work named (lighter16): occupations of the wished work's own unit group, its taxonomy
    neighbours and those its name and group name find, then the office occupations, each kept only if reachable
    without long study (not SSYK major groups 0-2: officers, managers, university professions), described by its own
    cited data as seated or office work (:func:`retrieval.limit_fit.fits`), and making no demand a stated limitation of
    the body rules out (:func:`retrieval.constraints.demand_of`); ordered by the SSYK digits shared with that work."""
    from retrieval.constraints import demand_of
    from retrieval.limit_fit import OFFICE_GROUPS, fits

    limits = [v for v in dict.fromkeys(c.value for c in state.profile.constraints if c.kind == "limitation")
              if v in BODY_LIMITS]
    anchors = anchor_codes(state)
    ids: list[str] = []
    for concept in [w.concept for w in state.profile.wishes if w.concept is not None][:2]:
        occ = rt.relations.occupation(concept.id)
        if occ is None:
            continue
        ids += [o.id for o in rt.relations.occupations_in_ssyk(occ.ssyk_id)] if occ.ssyk_id else []
        ids += [s.id for s in rt.relations.similar_occupations(occ.id)]
        ids += _search(rt, occ.label) + (_search(rt, occ.ssyk_label) if occ.ssyk_label else [])
    ids += _search(rt, LIGHT_PHRASE)
    found: list[tuple[int, int, str, Any]] = []
    seen: dict[str, int] = {}
    for i, oid in enumerate(dict.fromkeys(ids)):
        occ = rt.relations.occupation(oid)
        code = getattr(occ, "ssyk_code", None) or ""
        near = nearness(code, anchors)
        # (one a group, two of a group near the work named: transport coordinators and planners for a warehouse)
        if occ is None or not code or seen.get(code, 0) >= (2 if near >= 2 else 1) or code.startswith(("0", "1", "2")):
            continue
        if not code.startswith(OFFICE_GROUPS) and (near < 1 or fits(oid, occ.label, "back", rt) is None):
            continue  # (outside the office groups: only work of the same field whose own data says it is seated)
        if any(demand_of(oid, occ.label, what, rt) is not None for what in limits):
            continue
        seen[code] = seen.get(code, 0) + 1
        found.append((-near, i, oid, occ))
    return [(oid, occ) for _, _, oid, occ in sorted(found, key=lambda t: (t[0], t[1]))]


def _search(rt: Runtime, phrase: str) -> list[str]:
    try:
        return [h.concept_id for h in rt.search.search(phrase, "occupation", 30, bridges=False)]
    except Exception:  # noqa: BLE001 - no occupation index: the question for more is still asked
        return []


def as_lighter(state: TurnState, rt: Runtime, matches: list[Any]) -> list[Any]:
    """The suggestions for lighter work asked first say why they are there (office or seated work), not that the
    person wished for them; "office or seated work" only of one whose own data says so (:func:`retrieval.limit_fit.fits`),
    a field's work stood in for wishes otherwise being "the kind of work you said you want" (``reasons.field``)."""
    from retrieval.limit_fit import FIT_LIMITS, fits

    # (work stood in for wishes the person's body rules out is no wish of theirs either: limit15)
    own = {w.concept.id for w in state.profile.wishes if w.concept is not None}
    anchors = [] if asks_lighter_only(state) else anchor_codes(state)
    what = next((c.value for c in state.profile.constraints if c.kind == "limitation" and c.value in FIT_LIMITS), "back")
    wanted: list[str] | None = None
    sitting = any(c.kind == "limitation" and c.value == "sitting" for c in state.profile.constraints)
    for m in matches:
        if asks_lighter_only(state) or ("wish" in m.reasons and m.id not in own and getattr(m, "ssyk_id", None) not in own):
            # (in the same field as the work named, said so: "why this and not any office work": lighter16; a field's
            # nurses were called "all office or seated work" while the sources said nothing of it: rater27 C1 T3)
            code = getattr(m, "ssyk_code", None) or ""
            if wanted is None:
                wanted = [] if asks_lighter_only(state) else wanted_codes(state, rt)
            # ("the kind of work you said you want" only of work in a field the person named as wanted: a builder asking
            # for lighter work heard it of office work; honest12, rater27 C4 ti)
            # (seated work is no "lighter for the body" to one who cannot sit long: sit18)
            said = ("field" if nearness(code, wanted) >= 2 else "default") if sitting or fits(m.id, m.label, what, rt) is None \
                else "lighter_near" if nearness(code, anchors) >= 2 else "lighter"
            m.reasons = [said if r == "wish" else r for r in m.reasons] or [said]
    return matches


def wanted_codes(state: TurnState, rt: Runtime) -> list[str]:
    """The SSYK codes of work the person said they want: their own wishes (not stand-ins, which never reach the
    profile) and the occupations of a field the message asks for ("health care work where I can sit?"; the work told
    beside it, "I worked in construction", is none)."""
    from assistant.intents import question_part
    from assistant.interpretation.wishes import field_hits, topics

    codes = [w.ssyk_code or "" for w in state.profile.wishes]
    for phrase in topics(question_part(state.text), state.profile.language):
        for oid, _ in field_hits(phrase, rt):
            codes.append(getattr(rt.relations.occupation(oid), "ssyk_code", None) or "")
    return [c for c in dict.fromkeys(codes) if c]


#: Limitations of the body (not of working hours): "other work in this field that my body can do".
BODY_LIMITS = ("knees", "shoulders", "hands", "standing", "lifting", "back")


def field_profile(state: TurnState, rt: Runtime) -> Profile:
    """"Other jobs with wood that are easier on my knees?" (rater11 conv5): with a limitation said, a list asked for in
    a field the message names is matched from the person's own work in that field (the taxonomy's related
    occupations; the limitation filters them by their cited demands), else from the field's occupations as wishes
    while matching; the person's profile itself otherwise."""
    from assistant.interpretation.wishes import field_hits, topics

    p = state.profile
    if not any(c.kind == "limitation" and c.value in BODY_LIMITS for c in p.constraints):
        return p
    # (not a field named in what the message refuses or cannot do: "not at a computer all day either, other
    # options?" names no IT field wanted, limits6)
    asked = state.text
    mp = state.message_profile
    for c in mp.constraints if mp is not None else []:
        if c.kind in ("avoid", "limitation") and c.span is not None and c.span.quote:
            asked = asked.replace(c.span.quote, " ")
    hits = [h for phrase in topics(asked, p.language) for h in field_hits(phrase, rt)]
    groups = {code for oid, _ in hits if (code := getattr(rt.relations.occupation(oid), "ssyk_code", None))}
    if not groups:  # (more lighter work when all that was wished for is ruled out: limit15)
        return light_profile(state, rt)
    own = [e for e in p.experiences if (e.ssyk_code or "") in groups]
    # (with work of their own in the field: the field's occupations of the same major group, a craft for a craftsman)
    majors = {(e.ssyk_code or "")[:1] for e in own}
    codes = {oid: getattr(rt.relations.occupation(oid), "ssyk_code", None) or "" for oid, _ in hits}
    # (the work of a degree said unfinished is no stand-in: a maternity-ward assistant without the nursing degree was
    # offered registered nurses as seated care work; rater27 C1 T3)
    from assistant.alternatives import unfinished_degrees

    reach = unfinished_degrees(state)
    wishes = [Wish(kind="occupation", label=title, ssyk_code=codes[oid] or None, confidence=0.5,
                   concept=ConceptRef(id=oid, kind="occupation", label=title), span=Span(start=0, end=0, quote="", message=0))
              for oid, title in hits if (not majors or codes[oid][:1] in majors)
              and not (reach and codes[oid].startswith(reach))][:LIGHT_WISHES]
    from assistant.field_seated import seated_first  # (seated work asked in a field: that field's first; nursing12)

    return p.model_copy(update={"experiences": own or p.experiences, "wishes": seated_first(state, rt, wishes, LIGHT_WISHES)})
