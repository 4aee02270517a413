""""I don't know X", "I'm not good at X", "X is hard for me" (turndown15, rater28 class 2).

Such a clause says something about the person, and refuses nothing of its own: "I don't know computers, I worked
with my hands" is no refusal of computer work (the English "don't" had made it one). Said of the field the previous
answer just showed, it turns that field down: rater28 c01 so T2 "Maya, xisaabta ma aqaan" (no, I don't know
accounting) right after a list led by «Ekonomiassistent» left the accountant first. That reading needs the previous
answer (``assistant/unknown_shown.py``); here only the clause and the field it names (``not_knowing.yaml``).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "not_knowing.yaml"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for pats in doc.values() for p in pats or [])


def unknown_fields(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each field the person says they do not know (module docstring)."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    out: list[tuple[int, int]] = []
    for pat in _patterns():
        for m in pat.finditer(folded):
            a, b = m.span("x")
            while b > a and not text[b - 1].isalnum():
                b -= 1
            while a < b and not text[a].isalnum():
                a += 1
            if b > a and not any(x < b and a < y for x, y in out):
                out.append((a, b))
    return sorted(out)


def tells_not_knowing(text: str) -> bool:
    """The clause says the person does not know a field (it refuses nothing of its own)."""
    return bool(unknown_fields(text))
