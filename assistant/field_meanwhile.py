""""What can I work as meanwhile?" on the way to a licence: unlicensed work of the same field first (licence21).

rater20's electrician trained abroad asked what he could work as until the authorisation and got work of other
fields: the matcher's pool, filtered to work reachable now and without a licence (assistant/alternatives.py,
policy.unlicensed_first), holds whatever his words matched. A counsellor names the roles next to the licensed one,
which the person can take now and which count towards it: a home-care or care assistant for a nurse,
a pharmacy technician (apotekstekniker) for a pharmacist, an installation technician for an electrician.

Those roles are data, not a list written here: JobTech's taxonomy relates each occupation to its nearest occupations
within the same occupation field and in similar fields (``similar_occupations``, within_field first, each in rank
order). For a regulated profession that is the person's goal or work, its related occupations that are no regulated
profession at all (the regulated-profession data; a protected title such as undersköterska counts) and ask at most
upper-secondary education (SSYK 2012 major groups 4-9, as :data:`assistant.alternatives.REACHABLE_NOW`) come first,
each with the reason that it is work of the same field needing no licence; the matcher's own suggestions follow.

Before those, the profession's own helper work (rater27: a Ukrainian electrician waiting for the authorisation heard of
general work, not of his trade's entry job): the assistant occupations of its titles (the curated ``assistant_of`` of
retrieval/lexicon/helpers.yaml, by concept id: Vårdbiträde for a nurse, Tandsköterska for a dentist, Lärarassistent and
Elevassistent for a teacher, Lärling, installationselektriker for an electrician), read for the goal or any occupation
of the same regulated profession. A helper occupation passes on the same terms as the related ones, with one
exception the sources state: when the person's own route allows work in the profession before one's own licence
(:func:`assistant.work_before_licence.bridge_step`, Elsäkerhetsverket's egenkontroll step), a helper of that same
profession (the apprentice) passes too, with the reason that it is the own trade's entry work on those conditions
(``reasons.own_trade``); the step itself is said beside the list, cited (say_bridge_beside).
"""
from __future__ import annotations

from typing import Any, TypeVar

from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

T = TypeVar("T")
#: At most this many roles of the field are put first (an answer shows three occupations).
FIELD_ROLES = 3
#: The reason said for such a role (reasons.same_field in the locales).
REASON = "same_field"
#: The reason said for the own trade's entry work allowed before one's own licence (reasons.own_trade).
OWN_TRADE = "own_trade"
#: How many related occupations are weighed (the taxonomy lists up to 20 per kind, nearest first).
_POOL = 6
#: A group with fewer job ads than this in the whole country in a year offers little work to take now.
MIN_ADS = 100


def _route(rt: Runtime, occupation_id: str) -> Any | None:
    from retrieval.relations_regulated import licence_route

    try:
        return licence_route(occupation_id, rt)
    except Exception:  # noqa: BLE001 - no regulated-profession tables: nothing is known to be regulated
        return None


def licensed_goal(state: TurnState, rt: Runtime) -> Focus | None:
    """The regulated profession the person is on the way to: their goal or own work (assistant.focus.own_way), else a
    regulated occupation they did (abroad or here), else the one the conversation is on."""
    from assistant.focus import own_way, topic

    own = own_way(state, rt)
    if own is not None and _route(rt, own.id) is not None:
        return own
    done = next((e for e in state.profile.experiences if _route(rt, e.occupation.id) is not None), None)
    if done is not None:
        return Focus(id=done.occupation.id, label=done.occupation.label, ssyk_id=done.ssyk_id,
                     ssyk_code=done.ssyk_code)
    on = topic(state, rt)
    return on if on is not None and _route(rt, on.id) is not None else None


def field_roles(state: TurnState, rt: Runtime, goal: Focus, region: str | None) -> list[Any]:
    """The taxonomy's related occupations of ``goal`` that need no licence and are reachable now, as matches with
    their evidence, refusals and limitations honoured (retrieval.match_filter.honour_constraints)."""
    from assistant.alternatives import REACHABLE_NOW
    from retrieval.evidence import occupation_evidence
    from retrieval.match_filter import honour_constraints
    from retrieval.match_models import OccupationMatch

    try:
        related = rt.relations.similar_occupations(goal.id) or _group_related(rt, goal)
        helpers = _helpers(rt, goal)
    except Exception:  # noqa: BLE001 - no relations: no roles of the field
        return []
    own = _route(rt, goal.id)
    bridged = own is not None and _allows_work_before(state, own, goal)
    roles: list[OccupationMatch] = []
    for near_id, helper in [*((h, True) for h in helpers), *((r.id, False) for r in related)]:
        occ = rt.relations.occupation(near_id)
        code = getattr(occ, "ssyk_code", None) or ""
        route = _route(rt, near_id)
        # Any regulated profession is left out, a protected title too (undersköterska): "work without a licence" is
        # work with no route to tell about (test_dialogue_language's meanwhile contract, as policy.unlicensed_first).
        # A helper of the person's own profession whose route allows work before the licence is its entry work.
        entry = helper and bridged and route is not None and own is not None and route.doc_id == own.doc_id
        if occ is None or code[:1] not in REACHABLE_NOW or (route is not None and not entry) \
                or any(m.id == occ.id for m in roles):
            continue
        roles.append(OccupationMatch(id=occ.id, label=occ.label, score=1.0, reasons=[OWN_TRADE if entry else REASON],
                                     ssyk_id=occ.ssyk_id, ssyk_code=code, ssyk_label=getattr(occ, "ssyk_label", None)))
        if len(roles) >= _POOL + len(helpers):
            break
    kept, _ = honour_constraints(state.profile, rt, roles, len(roles))
    for m in kept:
        m.evidence = occupation_evidence(m.id, rt, region=region)
    # The profession's own helper work first; then work to take now is work with jobs: roles whose group had few ads
    # in the year go after the others (stable: the taxonomy's order holds within each part).
    return sorted(kept, key=lambda m: (m.id not in helpers, _ads(m) < MIN_ADS))[:FIELD_ROLES]


def _helpers(rt: Runtime, goal: Focus) -> list[str]:
    """The assistant occupations of ``goal``'s titles (retrieval/lexicon/helpers.yaml ``assistant_of``), read for the
    goal itself or for any title of the same regulated profession (a nurse of any kind: the registered nurse's
    helpers), in the table's order."""
    from retrieval.lexicon.compose import assistant_concepts
    from retrieval.relations_regulated import regulated_for

    table = assistant_concepts()
    docs = {r.doc_id for r in regulated_for(rt.relations, goal.id, goal.ssyk_code)}
    out: list[str] = []
    for title, assistants in table.items():
        if title == goal.id or (docs and docs & {r.doc_id for r in regulated_for(rt.relations, title)}):
            out += [a for a in assistants if a not in out]
    return out


def _allows_work_before(state: TurnState, route: Any, goal: Focus) -> bool:
    """The person's own route has a step allowing work in the profession before one's own licence (for where they
    were trained)."""
    from assistant.licence_answer import trained_route
    from assistant.work_before_licence import bridge_step

    return bridge_step(route.steps_for(trained_route(state, goal.ssyk_code))) is not None


def _group_related(rt: Runtime, goal: Focus) -> list[Any]:
    """The related occupations of the first occupation of ``goal``'s SSYK group that has any: the taxonomy relates
    none to some occupations («Lärare i grundskolan, årskurs 1-6»), while their group's others have the field's
    roles (waitwork8)."""
    occ = rt.relations.occupation(goal.id)
    ssyk_id = goal.ssyk_id or getattr(occ, "ssyk_id", None)
    for other in rt.relations.occupations_in_ssyk(ssyk_id) if ssyk_id else []:
        related = rt.relations.similar_occupations(other.id) if other.id != goal.id else []
        if related:
            return related
    return []


def _ads(match: Any) -> int:
    """The group's job ads in the whole country in the statistics' year (0 when the sources have none)."""
    demand = next((e for e in match.evidence if getattr(e, "type", None) == "demand"), None)
    try:
        return int(demand.facts.get("national") or 0) if demand is not None else 0
    except (TypeError, ValueError):
        return 0


def field_first(state: TurnState, rt: Runtime, occupations: list[T], region: str | None = None,
                seen: frozenset[str] = frozenset()) -> list[T]:
    """For "what can I work as meanwhile?" on the way to a regulated profession: the unlicensed roles of its field
    first (module docstring), then ``occupations`` (matches) without them; unchanged otherwise, or when the taxonomy
    relates none. ``seen``: occupations shown before ("more" leaves them out)."""
    from assistant.policy import meanwhile

    if not meanwhile(state):
        return occupations
    goal = licensed_goal(state, rt)
    if goal is None:
        return occupations
    roles = [m for m in field_roles(state, rt, goal, region) if m.id not in seen]
    ids = {m.id for m in roles}
    return [*roles, *(m for m in occupations if getattr(m, "id", None) not in ids)]
