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
    from assistant.interpretation.constraints import fold, tells_limitation

    folded = fold(text)
    out: list[tuple[int, int]] = []
    for pat in _patterns():
        for m in pat.finditer(folded):
            if tells_limitation(folded[m.start():m.end()]):
                continue  # (the body cannot, «ሕቖይ ኣይክእሎን», my back can't take it: no field not known; age13 ti)
            a, b = _clipped(folded, *m.span("x"), before=m.start("x") == m.start(0))
            while b > a and not text[b - 1].isalnum():
                b -= 1
            while a < b and not text[a].isalnum():
                a += 1
            if b > a and not any(x < b and a < y for x, y in out):
                out.append((a, b))
    return sorted(out)


#: Words that join two clauses: a field not known never reaches across one ("waxaan ka ahaa hage dalxiis laakiin
#: ingiriisiga ma aqaan", I was a tour guide but I don't know English: the guiding is work done, limits21 so).
_JOINS = re.compile(r"(?<!\w)(?:but|and|men|och|utan|laakiin|lakiin|balse|iyo|oo|لكن|بس|و|ግን|ግናኸ|እሞ|ከኣ|اما|ولی|مگر|але|а|і|та)(?!\w)")
#: The most words a field not known is named with.
FIELD_WORDS = 4


def _clipped(folded: str, a: int, b: int, *, before: bool) -> tuple[int, int]:
    """The field's words: after the last join when they stand before the verb ("… but X ma aqaan"), before the first
    when after it ("I don't know X and …"), and at most :data:`FIELD_WORDS` words next to the verb."""
    joins = list(_JOINS.finditer(folded, a, b))
    if joins:
        a, b = (joins[-1].end(), b) if before else (a, joins[0].start())
    words = list(re.finditer(r"\S+", folded[a:b]))
    if len(words) > FIELD_WORDS:
        a, b = (a + words[-FIELD_WORDS].start(), b) if before else (a, a + words[FIELD_WORDS - 1].end())
    return a, b


def tells_not_knowing(text: str) -> bool:
    """The clause says the person does not know a field (it refuses nothing of its own)."""
    return bool(unknown_fields(text))
