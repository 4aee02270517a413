"""Seated work asked for in so many words keeps to work not done on one's feet at a bench, machine or line (body15;
rater28 fa c04: a tailor whose knees hurt asked for "one more seated job with my hands, not packing" and got
Maskinreparatör, Maskinsnickare and Reparationssnickare, "the sources say nothing about knee strain for these").

Silence about the knees is no reason to show such work: the SSYK groups of workshop, joinery and line work
(retrieval/group_demands.py ``standing_long``, and the joiners and wood machine operators, 752, whom a bad knee
alone leaves open: limits11) are left out of a list answering a message that asks to sit (cue ``seated_ask``).
"""
from __future__ import annotations

from typing import TypeVar

from assistant.state import TurnState

T = TypeVar("T")

#: Joiners and wood machine operators (752) work standing at benches and saws.
BENCH_WOOD = ("752",)


def asks_to_sit(state: TurnState) -> bool:
    from assistant.intent_cues import has, normalize

    return has("seated_ask", normalize(state.text))


def seated_kept(state: TurnState, occupations: list[T]) -> list[T]:
    """``occupations`` without workshop, joinery and line work when the message asks to sit (module docstring)."""
    if not asks_to_sit(state):
        return occupations
    from retrieval.group_demands import GROUP_DEMANDS

    groups = tuple(g for kinds, _ in GROUP_DEMANDS["standing_long"] for g in kinds) + BENCH_WOOD
    return [m for m in occupations if not (getattr(m, "ssyk_code", None) or "").startswith(groups)]
