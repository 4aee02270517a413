"""Routes for a newcomer who is still learning Swedish and wants a trade (issue 10, items 5–6).

The usual way into a vocational job for someone at SFI or early in Swedish as a second language is a
*kombinationsutbildning*: the Komvux vocational training of the trade taken together with SFI or Swedish as a
second language (Skolverket's definition, cited from the curated route ``kombinationsutbildning`` in
``ingest/data/education_routes.yaml``). It is offered, right after the Swedish route, instead of the general
Komvux vocational training, when

- the person is a newcomer still learning Swedish: writes another language (or easy Swedish) and has told no
  Swedish at B1 or above, or told they are at SFI / A1 / A2; not someone who learnt Swedish at school here
  (the language introduction programme, the gymnasium) and not someone under 20 (the gymnasium is theirs);
- the occupation has a Komvux vocational route: one of the trades of Komvux's vocational training
  (``komvux_yrke``), its apprenticeship (``komvux_larling``), or the occupation's own Komvux training (a
  ``vocational_title`` or ``vocational_package`` route such as the assistant nurse or child minder training).

Kept apart from :mod:`assistant.routes` (which calls it) so that module stays within its size.
"""
from __future__ import annotations

from typing import Any, Protocol

from assistant.education import (
    AT_SFI,
    LEARNING,
    audience,
    before_twenty,
    below_gymnasium,
    swedish_levels,
    swedish_school,
    wants_none,
)
from assistant.gymnasium import prefix_len
from assistant.state import TurnState

COMBINATION = "kombinationsutbildning"
#: The general Komvux vocational training the combination replaces for someone learning Swedish.
VOCATIONAL = "komvux_yrke"
#: Route kinds that are a Komvux vocational route into one occupation.
_KOMVUX_KINDS = ("adult_vocational", "apprenticeship", "vocational_title", "vocational_package")
#: Swedish good enough to take the vocational training without language courses beside it.
_GOOD = {"b1", "b2", "c1", "c2", "intermediate", "good", "fluent", "native", "flytande", "modersmål", "sas_grund", "sas_gy",
         "sas_3"}  # (SvA at Komvux: past SFI, swedish19)


class _Route(Protocol):
    key: str
    kind: str
    ssyk: tuple[str, ...]
    audience: tuple[str, ...]


def learning_swedish(state: TurnState) -> bool:
    """A newcomer aged 20 or more who is still learning Swedish (see the module docstring)."""
    if audience(state) != "newcomer" or before_twenty(state) or swedish_school(state):
        return False
    levels = swedish_levels(state)
    if levels & _GOOD:
        return False
    return bool(levels & LEARNING) or state.language != "sv" or state.style == "easy"


def has_komvux_route(code: str | None, table: dict[str, Any]) -> bool:
    """The occupation (SSYK ``code``) has a Komvux vocational route among the curated routes."""
    return bool(code) and any(r.kind in _KOMVUX_KINDS and prefix_len(code or "", r.ssyk)
                              for r in table.values())


def combination_fits(state: TurnState, code: str | None, table: dict[str, Any]) -> bool:
    """Offer the kombinationsutbildning to this person for this occupation."""
    route = table.get(COMBINATION)
    return (route is not None and "newcomer" in route.audience and bool(prefix_len(code or "", route.ssyk))
            and learning_swedish(state) and has_komvux_route(code, table))


def vocational_key(state: TurnState, code: str | None, table: dict[str, Any]) -> str:
    """The Komvux vocational route to offer a newcomer: the combination with Swedish when it fits, else the
    general vocational training."""
    return COMBINATION if combination_fits(state, code, table) else VOCATIONAL


def near_only(state: TurnState, code: str | None, table: dict[str, Any], courses: list[Any]) -> list[Any]:
    """The courses in the person's own county only, and no YH programme, for someone at SFI whom the combination
    fits: they study Swedish in their municipality, so the route there (the trade's Komvux training with Swedish) is
    what fits, not a course hundreds of kilometres away, nor a distance course from another county or a
    post-secondary programme, which ask for Swedish at upper-secondary level (rater 8, conv 1: an undersköterska
    distance course from Tomelilla for an SFI B learner in Västerås)."""
    at_sfi = any(lang.code == "sv" and (lang.level or "").casefold() in AT_SFI for lang in state.profile.languages)
    if not (at_sfi and combination_fits(state, code, table)):
        return courses
    return [c for c in courses if c.type not in ("course", "programme")
            or (c.type == "course" and c.facts.get("in_region"))]


def for_learner(state: TurnState, items: list[Any]) -> list[Any]:
    """The education beside a suggested occupation for someone still learning Swedish, or whose schooling is
    compulsory school at most: no YH programme (rater16 conv5: a water-treatment programme for a farmer with no school
    papers and little Swedish). Yrkeshögskolan asks for upper-secondary school and Swedish at that level (route
    ``yrkeshogskola``); the way in for them starts with SFI or Komvux, and the trade's Komvux training with Swedish
    (:func:`say_with_swedish`). An education answer still lists a programme, after the Swedish route
    (:mod:`assistant.routes`)."""
    if not (learning_swedish(state) or below_gymnasium(state)):
        return items
    return [e for e in items if e.type != "programme"]


def say_with_swedish(state: TurnState, rt: Any, code: str | None) -> bool:
    """Beside a suggested occupation with no course that suits a learner of Swedish: the kombinationsutbildning (the
    trade's Komvux training taken with SFI) as the way in, once per answer; True when it is said (now or before)."""
    from assistant.routes import evidence_of, routes

    table = routes(rt)
    if wants_none(state) or not learning_swedish(state) or not combination_fits(state, code, table):
        return False  # (someone who wants a job and no education now hears of none)
    route = table[COMBINATION]
    if route.doc_id not in {e.doc_id for e in state.evidence}:
        ev = state.add_evidence(evidence_of(route))
        state.say("occ.route", ev.doc_id, bullet=True, title={"sv_title": ev.title, "kind": "route"})
    return True
