"""The work the person wishes for makes a demand their own stated limitation rules out (limit15).

rater15: "I want to work in a warehouse but my back is bad" got a list without a word about the warehouse work wished
for. A counsellor says it honestly: what the cited data of that work says about the limitation (warehouse work:
"manual handling", heavy lifting), that this clashes with what the person said about their health, and who can judge
their own case (the doctor or the occupational health service, Arbets- och miljömedicin on referral; Arbetsförmedlingen,
which finds out with a job seeker what work suits a reduced working capacity: curated pages, cited). The wish stays a
wish; the list that follows leaves such work out as the matcher does (:func:`retrieval.constraints.demand_of`).
Said once per conversation and wished occupation.
"""
from __future__ import annotations

import re

from assistant.evidence import sv_title, term
from assistant.state import Fact, TurnState
from vagledning.domain.runtime import Runtime

#: Limitations of the body whose demands a wished occupation is checked against (working hours are not of the body).
BODY_LIMITS = ("back", "lifting", "knees", "standing", "shoulders", "hands", "sitting", "skin", "allergy")
#: Wished occupations spoken of per answer.
MAX_WISHES = 2
#: The curated pages of who can assess the person's own case (ingest/data/education_routes.yaml), in order.
ASSESS_ROUTES = (("amm_bedomning", "fit.assess"), ("af_lonebidrag", "fit.af_assess"))
#: The sentences that open a list: the wish is answered before them.
INTROS = ("occ.intro", "occ.intro_brief", "occ.intro_pupil", "followup.more_intro")


def ruled_out_wishes(state: TurnState, rt: Runtime) -> bool:
    """Whether everything the person wishes for is work a stated limitation of the body rules out (each wished
    occupation's cited data makes the demand) and nothing else they did or like is known: then the list stands in
    lighter work for the wish while matching (:func:`assistant.lighter.light_profile`), instead of nothing at all."""
    from retrieval.constraints import demand_of

    p = state.profile
    limits = [v for v in dict.fromkeys(c.value for c in p.constraints if c.kind == "limitation") if v in BODY_LIMITS]
    wished = [w.concept for w in p.wishes if w.concept is not None and w.concept.kind == "occupation"]
    if not limits or not wished or p.experiences or p.interests or len(wished) < len(p.wishes):
        return False
    return all(any(demand_of(occ.id, occ.label, code, rt) is not None for code in limits) for occ in wished)


def say_wish_conflicts(state: TurnState, rt: Runtime) -> None:
    """Per wished occupation (at most two) whose cited data makes a demand a stated limitation rules out: that demand
    with its source and that it clashes, then once who can assess the person's own case."""
    from assistant.limits_answer import insert_before_next, worded
    from assistant.locales import text
    from retrieval.constraints import demand_of
    from retrieval.limit_fit import statement_evidence

    limits = [v for v in dict.fromkeys(c.value for c in state.profile.constraints if c.kind == "limitation")
              if v in BODY_LIMITS]
    if not limits:
        return
    earlier = " ".join(m.content for m in state.history if m.role == "assistant")
    seen_groups: set[str] = set()
    said = 0
    said_facts: list[Fact] = []
    # (the work wished for, then the work done: "8 years in a warehouse, now my back hurts" is said once too: lighter16)
    named = [(w.concept, w.ssyk_code, "fit.conflict") for w in state.profile.wishes]
    # The clash with work DONE (lighter16's "fit.conflict_done") is not said for now: said before the list, its «title»
    # became the occupation the quick replies answered about (test_dialogue, limits5). It needs a place after the list.
    for occ, ssyk_code, clash in named:
        if occ is None or occ.kind != "occupation" or said >= MAX_WISHES:
            continue
        group = ssyk_code or occ.id
        if group in seen_groups:
            continue
        seen_groups.add(group)
        title = sv_title(occ.label, "occupation")
        conflict = max(re.split(r"\{[^}]*\}", text(state.locale, clash)), key=len).strip(" .")
        if conflict and conflict in earlier and occ.label.split("/")[0] in earlier:
            continue  # (said before in this conversation)
        for code in limits:
            found = demand_of(occ.id, occ.label, code, rt)
            ev = statement_evidence(found, rt) if found is not None else None
            if ev is None:
                continue
            ev = state.add_evidence(ev)
            what = term("limitation", worded(state, code))
            if not any(f.key == "constraint.excluded" and f.params.get("what") == what for f in state.facts):
                said_facts.append(Fact(key="constraint.excluded", params={"what": what}))  # (what was left out, why)
            said_facts += [Fact(key="constraint.demands", source=ev.doc_id, params={"occupation": title, "what": what}),
                           Fact(key=clash, params={"occupation": title})]
            said += 1
            break
    if said:
        said_facts += _who_assesses(state, rt)
        # (before the list: the wish is answered first, then the work that spares the body)
        at = next((i for i, f in enumerate(state.facts) if f.key in INTROS), None)
        if at is None:
            for fact in said_facts:
                insert_before_next(state, fact)
        else:
            state.facts[at:at] = said_facts


def _who_assesses(state: TurnState, rt: Runtime) -> list[Fact]:
    """Who can judge the person's own case, each from its curated page (nothing is said without the page)."""
    from assistant.routes import evidence_of, routes

    curated = routes(rt)
    out: list[Fact] = []
    for key, wording in ASSESS_ROUTES:
        route = curated.get(key)
        if route is None or any(f.key == wording for f in state.facts):
            continue
        ev = state.add_evidence(evidence_of(route))
        out.append(Fact(key=wording, source=ev.doc_id))
    return out
