"""What the salary figures are, said once per answer (rater13: "the source does not say exactly which percentiles …"
beside each occupation; "national" said under the second occupation only, as if the first were regional).

Two occupations' salaries in one answer each got the group's caveats again, and the note that SCB's figures are for
the whole of Sweden followed the last figures, so it read as said of those alone. Now each caveat about the figures
(the percentiles, "the whole occupation group", "the whole of Sweden, none for {place}") is said at most once, right
after the first figures it concerns, and so holds for every figure after it. (Across turns: assistant/said_before.py.)
"""
from __future__ import annotations

from assistant.state import Fact, TurnState

#: The caveats about salary figures: the same words for every occupation.
FIGURE_CAVEATS = ("occ.salary_caveat", "salary.note", "salary.national_place")


def _first_figures_end(facts: list[Fact]) -> int | None:
    """The index after the first salary figures and the caveats that follow them (None: no figures)."""
    first = next((i for i, f in enumerate(facts) if f.key.startswith("occ.salary") and f.key not in FIGURE_CAVEATS),
                 None)
    if first is None:
        return None
    at = first + 1
    while at < len(facts) and facts[at].key in FIGURE_CAVEATS:
        at += 1
    return at


def figures_once(state: TurnState) -> None:
    """Each figure caveat at most once in the answer (its first place kept)."""
    seen: set[str] = set()
    kept: list[Fact] = []
    for fact in state.facts:
        if fact.key in FIGURE_CAVEATS:
            if fact.key in seen:
                continue
            seen.add(fact.key)
        kept.append(fact)
    state.facts[:] = kept


def note_national(state: TurnState, place: str) -> None:
    """"These are SCB's figures for the whole of Sweden; none for {place}": once, after the first figures."""
    if any(f.key == "salary.national_place" for f in state.facts):
        return
    at = _first_figures_end(state.facts)
    if at is not None:
        state.facts.insert(at, Fact(key="salary.national_place", params={"place": place}))
