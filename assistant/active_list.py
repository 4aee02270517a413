"""Active work for a wish to move about, and work lighter than one's own (move19; issue 10 item 4, rater31).

The lead's widget conversations: a Ukrainian woman who said "I want something where I can move, not sit all day" got
administrators and receptionists; an Arabic-speaking cleaner who asked for "something lighter than cleaning" got
Barnskötare and a cook with no reason (lighter how?). A counsellor offers active work that is not heavy – caretaker,
store work, distribution on foot or by bike, park work, a leisure or sport leader, a security guard – and says why.

Here a list asked by someone who wants active work (``active_work`` in the profile, assistant/interpretation/moving.py,
kept from turn to turn), or who asks for work "lighter than" the work they did, is led by occupations whose own data
says they are done on the move (retrieval/active_work.py: description, ESCO skill or SSYK group, cited), never desk
work (SSYK major group 4, office or desk texts), never work whose sources state heavy lifting or strain on the back,
and, for "lighter than", none of the heavy demands the sources state of the person's own work (that demand cited and
said: "«Städare» is heavy strain on the back [n]; these make no such demand"). Each says why (``reasons.active`` or
``reasons.lighter_than``) with its source, and the skills of the person's work that carry over are named by their
ESCO/taxonomy labels (retrieval/change_paths: the essential skills both share), never the person's own words.
The person's limitations filter as always (retrieval/match_filter.honour_constraints); standing told as a limitation
leaves the list to the adapted workplace and seated work (assistant/posture_adapt.py, sit18).
"""
from __future__ import annotations

from typing import Any

from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: The demands of heavy work: never in an active list, and the ones "lighter than" avoids of the person's own work.
HEAVY = ("back", "lifting", "shoulders")
#: Carried skills named per suggestion.
NAMED = 3
#: Limitations told that active work (on one's feet, walking, kneeling: a sport referee, a guard on rounds) breaks: the
#: lead's Arabic widget conversation, a cleaner with bad knees asking for "lighter than cleaning", got a sports referee
#: and a dog handler "with movement". With one of these told, the list stays the matcher's (limitations honoured).
ON_FEET = ("standing", "knees")


def _on_feet_limited(state: TurnState) -> bool:
    return any(c.kind == "limitation" and c.value in ON_FEET for c in state.profile.constraints)


def _own_work(state: TurnState) -> Any | None:
    """The latest work the person told (an occupation of the taxonomy), or None."""
    done = [e for e in state.profile.experiences if e.occupation.kind == "occupation" and e.occupation.id]
    return done[-1] if done else None


def _avoided(state: TurnState, rt: Runtime) -> list[Any]:
    """For "lighter than …" by someone with work of their own: the heavy demands the sources state of that work."""
    from assistant.interpretation.moving import asks_lighter_than
    from retrieval.constraints import demand_of

    work = _own_work(state)
    if work is None or not asks_lighter_than(state.text):
        return []
    found = []
    for what in HEAVY:
        try:
            hit = demand_of(work.occupation.id, work.occupation.label, what, rt)
        except Exception:  # noqa: BLE001 - no relations: no demand to cite
            hit = None
        if hit is not None:
            found.append(hit)
    return found


def active_wanted(state: TurnState) -> bool:
    """The person wants work on the move and told no limitation of standing or knees (sit18's adapted workplace owns
    standing)."""
    from assistant.interpretation.moving import wants_active

    return wants_active(state.profile) and not _on_feet_limited(state)


def _groups(rt: Runtime, region: str | None) -> list[Any]:
    """The active SSYK groups of the relations, most ads first (the län's, else the country's)."""
    from retrieval.active_work import active_groups

    rel = rt.relations
    out = []
    for code in active_groups():
        group = rel.ssyk_by_code(code)
        if group is None:
            continue
        ads = rel.ad_counts(group.id)
        count = ads.by_region.get(region, 0) if region else (ads.national or 0)
        out.append((-(count or 0), -(ads.national or 0), code, group))
    return [g for *_, g in sorted(out, key=lambda x: x[:3])]


def _candidates(state: TurnState, rt: Runtime, region: str | None) -> list[Any]:
    """The occupations to look at: the person's wished work first, then each active group's, those named like the
    group first («Butikssäljare, fackhandel», «Fritidsledare»), then those Arbetsförmedlingen writes about."""
    rel = rt.relations
    out = [rel.occupation(w.concept.id) for w in state.profile.wishes
           if w.concept is not None and w.concept.kind == "occupation"]
    for group in _groups(rt, region):
        out += [rel.occupation(ref.id) for ref in _ordered(rt, group)]
    return [o for o in out if o is not None]


def _ordered(rt: Runtime, group: Any) -> list[Any]:
    import re

    refs = rt.relations.occupations_in_ssyk(group.id)
    word = (re.findall(r"\w+", (group.label or "").casefold()) or [""])[0]
    head = word[:6]

    def told(ref: Any) -> bool:
        try:
            return rt.relations.description_doc(ref.id) is not None
        except Exception:  # noqa: BLE001 - no description tables: the name decides
            return False

    # the group's own first word whole before a shared stem («Idrottsinstruktör/Idrottstränare» for "Idrottstränare och
    # instruktörer", not «Idrottsdomare»: the lead's Ukrainian widget conversation)
    return sorted(refs, key=lambda r: (not (word and word in r.label.casefold()),
                                       not (head and r.label.casefold().startswith(head)), not told(r), len(r.label)))


def active_matches(state: TurnState, rt: Runtime, region: str | None, top: int,
                   seen: frozenset[str] | set[str] = frozenset()) -> list[Any]:
    """Up to ``top`` active occupations (module docstring), none of ``seen``, each with its reason and evidence; []
    when the person asked for neither active nor lighter work (the list stays the matcher's)."""
    if _on_feet_limited(state):
        return []
    avoided = _avoided(state, rt)
    if not avoided and not active_wanted(state):
        return []
    from assistant.interpretation.moving import wants_active

    told = state.message_profile  # (work named as wanted in this message leads: the matcher's list, a wish first)
    if not avoided and told is not None and not wants_active(told) and any(w.concept for w in told.wishes):
        return []
    from retrieval.active_work import active_source
    from retrieval.constraints import demand_of
    from retrieval.evidence import occupation_evidence
    from retrieval.limit_fit import statement_evidence
    from retrieval.match_filter import honour_constraints
    from retrieval.match_models import OccupationMatch

    work = _own_work(state)
    own_groups = {(e.ssyk_code or "")[:3] for e in state.profile.experiences if e.ssyk_code}
    reason = "lighter_than" if avoided else "active"
    cands, groups_seen = [], set()
    try:
        pool = _candidates(state, rt, region)
    except Exception:  # noqa: BLE001 - no relations: the matcher's list stays
        return []
    for occ in pool:
        code = occ.ssyk_code or ""
        if occ.id in seen or code in groups_seen or (avoided and code[:3] in own_groups):
            continue
        src = active_source(occ.id, occ.label, rt)
        if src is None or statement_evidence(src, rt) is None:  # (said only where the source can be cited)
            continue
        if any(demand_of(occ.id, occ.label, what, rt) is not None for what in HEAVY):
            continue
        groups_seen.add(code)
        m = OccupationMatch(id=occ.id, label=occ.label, ssyk_id=occ.ssyk_id, ssyk_code=code, ssyk_label=occ.ssyk_label,
                            url=f"https://atlas.jobtechdev.se/taxonomy/{occ.id}", score=1.0, reasons=[reason])
        carried = _carried(work, occ.id, rt) if work is not None else []
        if carried:
            m.carried_skills = carried
            m.reasons.append("transfer")
        cands.append(m)
    shown = {getattr(rt.relations.occupation(i), "ssyk_code", None) for i in seen}
    cands.sort(key=lambda m: m.ssyk_code in shown)  # (groups not shown yet first: "any others?" gets other work)
    kept, _ = honour_constraints(state.profile, rt, cands, top)
    kept = kept[:top]
    for m in kept:
        m.evidence = occupation_evidence(m.id, rt, region=region)
    return kept


def _carried(work: Any, occ_id: str, rt: Runtime) -> list[Any]:
    """The essential ESCO skills of ``occ_id`` that the person's work has too (not those every job asks for), by their
    taxonomy/ESCO names: what carries over, never the person's own words."""
    from retrieval.change_paths import REUSE_WEIGHT, carried_names, transfer_index
    from retrieval.match_models import CarriedSkillRef

    try:
        idx = transfer_index(rt.relations)
    except Exception:  # noqa: BLE001 - no ESCO tables: no skills named
        return []
    mine = idx.skills.get(work.occupation.id) or {}
    shared = [u for u in (idx.essential.get(occ_id) or {}) if u in mine
              and idx.reuse.get(u, 0.7) > REUSE_WEIGHT["transversal"]]
    return [CarriedSkillRef(label=n.sv, label_en=n.en, id=n.skill_id, esco_uri=n.uri)
            for n in carried_names(shared, rt.relations) if n.sv][:NAMED]


def say_active_sources(state: TurnState, rt: Runtime) -> None:
    """Beside an active or lighter list: the lead (the wish heard, or the demand of the person's own work it avoids,
    cited), then after each occupation the source that says it is done on the move."""
    from assistant.evidence import sv_title, term
    from retrieval.active_work import active_source
    from retrieval.limit_fit import statement_evidence

    items = [i for i, f in enumerate(state.facts) if f.key.startswith("occ.item")
             and set((f.params.get("reasons") or {}).get("reasons") or []) & {"active", "lighter_than"}]
    if not items:
        return
    lighter = any("lighter_than" in (state.facts[i].params.get("reasons") or {}).get("reasons", []) for i in items)
    avoided = _avoided(state, rt) if lighter else []
    lead = None
    if avoided:
        ev = statement_evidence(avoided[0], rt)
        if ev is not None:
            work = _own_work(state)
            state.say("move19.lighter_lead", state.add_evidence(ev).doc_id,
                      work=sv_title(work.occupation.label if work else avoided[0].label, "occupation"),
                      what=term("limitation", avoided[0].reason))
            lead = state.facts.pop()
    elif not lighter:
        state.say("move19.active_lead")
        lead = state.facts.pop()
    for focus in reversed([f for f in state.presented]):
        occ = sv_title(focus.label, "occupation")
        at = next((i for i, f in enumerate(state.facts) if f.key.startswith("occ.item")
                   and f.params.get("occupation") == occ), None)
        src = active_source(focus.id, focus.label, rt) if at is not None else None
        ev = statement_evidence(src, rt) if src is not None else None
        if at is None or ev is None:
            continue
        state.say("move19.active", state.add_evidence(ev).doc_id, occupation=occ)
        state.facts.insert(at + 1, state.facts.pop())
    if lead is not None:
        state.facts.insert(items[0], lead)


#: Intents of a question about one occupation, which a told wish to move about does not turn into a list.
_QUESTIONS = ("describe", "salary", "swedish", "courses", "licence", "recognition", "conditions", "rights")


def asks_active_list(state: TurnState) -> bool:
    """The message asks for work lighter than the person's own, or tells the wish to move about beside no question about
    one occupation ("is there something lighter than cleaning?" is no question of the demand for cleaners): a list."""
    from assistant.interpretation.moving import asks_lighter_than, wants_active

    if state.intent in _QUESTIONS:
        return False
    if asks_lighter_than(state.text) and _own_work(state) is not None:
        return True
    told = state.message_profile
    if not active_wanted(state) or told is None:
        return False
    if wants_active(told):
        return True
    # ("Finns det fler jobb?" after the list: more of it, not the demand for the first one shown; it names no work)
    from assistant.intent_cues import has, normalize

    return state.intent == "demand" and not told.experiences and not any(w.concept for w in told.wishes) \
        and has("more", normalize(state.text)) and any(m.role == "assistant" for m in state.history)
