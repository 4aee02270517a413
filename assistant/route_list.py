"""A lead sentence and, under it, curated routes each said in its own wording and cited: the shape of the family
block (assistant/family.py) and of the short ways into work (assistant/short_routes.py)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from assistant.evidence import sv_title
from assistant.routes import Route, evidence_of, route_gloss
from assistant.state import TurnState


def say_route_list(state: TurnState, lead: str, found: Sequence[Route], wording: Mapping[str, str]) -> None:
    """``lead`` then one cited bullet per route, in the wording ``wording`` gives its key."""
    state.say(lead)
    for route in found:
        ev = state.add_evidence(evidence_of(route))
        state.say(wording[route.key], ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)))
