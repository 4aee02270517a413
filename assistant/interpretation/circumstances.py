"""Words telling the person's own circumstances name no field of work (circum25; rater35 class 2, issue 10).

"3 children, so daytime only" became the wishes Lärarassistent/Förskollärare, and "may one work at 17 or must one go
to school?" an interest in "children and teaching": the field of a wish or a liking was read from the children at
home and from the person's own going to school. Those words are the family (cues.yaml ``constraints.family``, kept
as a constraint) and the person's schooling (``circumstances.yaml``). :func:`blank_circumstances` blanks them with
spaces, keeping every offset, before a field is looked for; "I have two kids and want to work with children" keeps
"work with children".
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).with_name("circumstances.yaml")


@functools.cache
def _school() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for p in doc.get("attending_school") or [])


def attending_school(text: str) -> bool:
    """``text`` tells (or asks about) the person's own going to school."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    return any(p.search(folded) for p in _school())


def circumstance_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the family told and of the person's own going to school in ``text``."""
    from assistant.interpretation.constraints import _patterns, fold

    folded = fold(text)
    pats = [p for _, p in _patterns()["family"]] + list(_school())
    return [(m.start(), m.end()) for p in pats for m in p.finditer(folded)]


def blank_circumstances(text: str) -> str:
    """``text`` with its circumstance words replaced by spaces (same length)."""
    chars = list(text)
    for a, b in circumstance_spans(text):
        chars[a:b] = " " * (b - a)
    return "".join(chars)
