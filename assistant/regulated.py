"""Whether an occupation is a regulated profession, as the answers ask it.

The regulated-profession tables (retrieval/relations_regulated.py) come from a recent ingest; a store built before
them, or a runtime without relations, answers as the sources do: nothing is known to be regulated. One place for that
reading, so every answer that asks (the quick replies, the validation answer, "can I work as X here?", how long the
training takes) treats a missing table the same way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

if TYPE_CHECKING:
    from assistant.state import TurnState
    from retrieval.relations_regulated import LicenceRoute


def is_regulated(rt: Runtime, occupation_id: str, ssyk_code: str | None = None) -> bool:
    """A regulated profession we know (a licence, an authority), by the occupation or its whole SSYK group."""
    from retrieval.relations_regulated import regulated_for

    try:
        return bool(regulated_for(rt.relations, occupation_id, ssyk_code))
    except Exception:  # noqa: BLE001 - no regulated-profession tables: nothing is known to be regulated
        return False


def licence_route_or_none(occupation_id: str, rt: Runtime) -> LicenceRoute | None:
    """The occupation's licence route (retrieval.relations_regulated.licence_route), None when it has none or the
    tables are missing (treated as not regulated)."""
    from retrieval.relations_regulated import licence_route

    try:
        return licence_route(occupation_id, rt)
    except Exception:  # noqa: BLE001 - no regulated-profession tables: treated as not regulated
        return None


def licence_evidence(state: TurnState, route: LicenceRoute, trained: str | None = None) -> Evidence:
    """The licence route as cited evidence of the turn: the authority's page for where the person was trained (the
    EU/EES page for the EU route), its licence, authority and requirement as facts. One construction for every
    answer that names a licence (the licence answer, "can I work as X?", the B licence, a demand answer)."""
    return state.add_evidence(Evidence(
        type="recognition", doc_id=route.doc_id, kind="regulated_profession",
        title=f"{route.profession} – {route.licence} ({route.authority})", url=route.url_for(trained),  # type: ignore[arg-type]
        snippet=f"{route.licence} beviljas av {route.authority}.",
        facts={"authority": route.authority, "licence": route.licence, "requirement": route.requirement}))
