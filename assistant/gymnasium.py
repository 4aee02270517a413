"""Which gymnasium programme (and which of its orientations) leads to an occupation, for a pupil.

The programmes are curated routes (``ingest/data/education_routes.yaml``, kind ``gymnasium_programme``): each
lists the SSYK groups it leads to directly (``ssyk``, a vocational programme) and those it is the first step
towards (``further``, after university or yrkeshögskola), and its national orientations likewise. A pupil who
wants to be a programmer hears of Teknikprogrammet (informations- och medieteknik, towards further studies) and
of the vocational programme that leads straight to work in the same occupation field (El- och
energiprogrammet, dator- och kommunikationsteknik, to IT support and network technicians): the field is the
JobTech taxonomy's occupation field (yrkesområde) of the occupation's SSYK group.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from vagledning.domain.runtime import Runtime


class Programme(Protocol):
    """What this module reads of a route (assistant.routes.Route)."""

    @property
    def kind(self) -> str: ...
    @property
    def ssyk(self) -> tuple[str, ...]: ...
    @property
    def further(self) -> tuple[str, ...]: ...
    @property
    def orientations(self) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]: ...


def prefix_len(code: str, prefixes: Iterable[str]) -> int:
    return max((len(p) for p in prefixes if code.startswith(p)), default=0)


def _reach(code: str, ssyk: tuple[str, ...], further: tuple[str, ...]) -> int:
    """How well a programme (or orientation) leads to SSYK group ``code``: even = directly, odd = as the first
    step towards further studies, 0 = not at all; the more specific the code, the higher."""
    return max(prefix_len(code, ssyk) * 2, prefix_len(code, further) * 2 - 1)


#: SSYK groups whose university programmes ask science eligibility no vocational programme gives (compare26).
_SCIENCE_FIRST = ("22",)


def programme_for(code: str | None, table: dict[str, Any]) -> Any:
    """The gymnasium programme that leads to SSYK group ``code`` (directly, else as the first step
    towards the studies it needs); the most specific code wins."""
    if not code:
        return None
    best, score = None, 0
    for r in table.values():
        if r.kind != "gymnasium_programme":
            continue
        s = max([_reach(code, r.ssyk, r.further), *(_reach(code, s, f) for _, s, f in r.orientations)])
        # compare26: for the health professions (SSYK 22) a programme that prepares for higher education wins over a
        # vocational one reaching them as far: Naturvetenskapsprogrammet, not Vård- och omsorgsprogrammet, for a nurse
        # (the vocational programme leads to undersköterska and lacks the special eligibility, Matematik 2 among it)
        if s > score or (s == score and s % 2 == 1 and code.startswith(_SCIENCE_FIRST) and not r.ssyk
                         and best is not None and best.ssyk):
            best, score = r, s
    return best


def leads_directly(route: Programme, code: str) -> bool:
    """The programme leads straight to work in SSYK group ``code`` (a vocational programme), not only towards the
    studies it needs."""
    s = max([_reach(code, route.ssyk, route.further), *(_reach(code, s, f) for _, s, f in route.orientations)])
    return s > 0 and s % 2 == 0


def field_programme(code: str | None, table: dict[str, Any], field_codes: tuple[str, ...]) -> Any:
    """For a pupil whose occupation is reached through further studies (a programmer): the vocational programme
    that leads straight to work in the same occupation field (El- och energiprogrammet to IT support and
    network technicians), the one that reaches most of the field's groups; None when the occupation's own
    programme already leads there directly, or no vocational programme reaches the field: one group of it is no way
    into the field (courses18, rater30 sv c01: Hantverksprogrammet, for its decorators, to a pupil who draws and
    games, whose graphic designer shares only the culture, media and design field with them)."""
    own = programme_for(code, table)
    if not code or (own is not None and leads_directly(own, code)):
        return None
    best, most = None, 1
    for r in table.values():
        if r.kind != "gymnasium_programme" or r is own:
            continue
        n = sum(1 for c in field_codes if c != code and leads_directly(r, c))
        if n > most:
            best, most = r, n
    return best


def field_codes(rt: Runtime, code: str | None) -> tuple[str, ...]:
    """The SSYK codes of the occupation field (yrkesområde, JobTech taxonomy) that group ``code`` belongs to."""
    if not code:
        return ()
    rel: Any = rt.relations  # the SQLite relations (field and ssyk lookups are not in the runtime protocol)
    try:
        group = rel.ssyk_by_code(code)
        field = rel.field(group.field_id) if group is not None and group.field_id else None
        if field is None:
            return ()
        codes = (rel.ssyk(i) for i in field.ssyk_ids)
        return tuple(g.code for g in codes if g is not None and g.code)
    except Exception:  # noqa: BLE001 - no relations tables: no field to widen to
        return ()


def orientation(route: Programme, codes: tuple[str, ...]) -> str | None:
    """The name of the programme's orientation that leads best to one of ``codes`` (None: none does)."""
    best, score = None, 0
    for name, ssyk, further in route.orientations:
        s = max((_reach(c, ssyk, further) for c in codes), default=0)
        if s > score:
            best, score = name, s
    return best
