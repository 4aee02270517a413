"""The retrieval functions a turn uses: the interpreter, the matcher and occupation details.

Its own module so the steps that plan an answer (:mod:`assistant.turn_plan`) and the one that runs the turn
(:mod:`assistant.turn`) share it, and tests can pass fakes (tests/assistant_fakes.py).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class Deps:
    """The retrieval functions a turn uses (the lead's modules by default; fakes in tests)."""

    interpret: Callable[..., Any]
    match: Callable[..., Any]
    details: Callable[..., dict[str, Any]]


def default_deps() -> Deps:
    """Interpreter, matcher and occupation details from the retrieval/interpretation packages."""
    from assistant.interpretation.interpreter import interpret
    from retrieval.details import occupation_details
    from retrieval.matching import match_profile

    return Deps(interpret=interpret, match=match_profile, details=occupation_details)
