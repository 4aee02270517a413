"""A condition of the work is no wished occupation (wish14, rater28 class 1).

"I want paid work" («shaqo mushahar leh», «شغل براتب», «роботу з нормальною зарплатою»), "a day job" («ett dagjobb»),
"a steady job", "work near home", "a job without nights": such words describe the KIND of work wanted – its pay, hours,
contract or place – and name no occupation and no field. Linked as they were, "paid work" became Ekonomiassistent
and Redovisningsassistent (rater28 c01), «ett dagjobb» VA-ingenjör (c07), and the answer called them "det är det du
vill arbeta med". A missing paper told beside them ("… but I have no school papers") names no field either (the word
"school" led to teachers, «документів» to accounting).

:func:`blank_conditions` blanks those phrases (``work_conditions.yaml``) and the clause of missing papers
(``no_papers.yaml``) with spaces, keeping every offset, so what is left is what the person named:
``segment.names_no_work_content`` reads a statement made of nothing else as naming no work (no wish, no interest by
default, and a wish quoted on nothing else is dropped: ``constraints.drop_generic_wishes``), and the field of a wish
is looked for in what is left (``wishes.field_wishes``). The hours themselves are read as ever from the whole message
(the ``daytime`` and ``part_time`` limitations of cues.yaml), and missing papers as ``no_papers``.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).with_name("work_conditions.yaml")
#: Where the clause of missing papers ends ("… no school papers, and I live in Borlänge": the place stays).
_CLAUSE_END = re.compile(r"[,;:.!?،؛؟።፣፤\n]|\b(?:and|och|och jag|و|iyo|እሞ|و من|і|та)\b")


@functools.cache
def _doc() -> dict:
    return load_yaml(_PATH.read_text(encoding="utf-8")) or {}


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for items in (_doc().get("patterns") or {}).values() for p in items or [])


def calm_patterns() -> tuple[re.Pattern[str], ...]:
    """Calm work with few people wished ("nåt lugnare med färre människor", "a quiet job at my own pace": the limitation
    ``calm`` of cues.yaml) is a condition of the work too: "fewer people" named no field (burnout33: it was read as the
    care field, Stödassistent and Personlig assistent, for a burnt-out teacher)."""
    from assistant.interpretation.constraints import _patterns as cue_patterns

    return tuple(p for code, p in cue_patterns()["limitation"] if code == "calm")


@functools.cache
def plain_words() -> frozenset[str]:
    """Words that name no work once the conditions are blanked ("but", «بس», "laakiin", «але» …)."""
    return frozenset(str(w) for words in (_doc().get("plain_words") or {}).values() for w in words or [])


def condition_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every condition phrase in ``text`` and of each clause that says papers are missing."""
    from assistant.interpretation.constraints import fold
    from assistant.interpretation.no_papers import _patterns as paper_patterns

    folded = fold(text)
    spans = [(m.start(), m.end()) for p in _patterns() + calm_patterns() for m in p.finditer(folded)]
    for p in paper_patterns():
        for m in p.finditer(folded):
            end = _CLAUSE_END.search(folded, m.end())
            spans.append((m.start(), end.start() if end else len(text)))
    return spans


def blank_conditions(text: str) -> str:
    """``text`` with its condition phrases and missing-papers clauses replaced by spaces (same length)."""
    spans = condition_spans(text)
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def only_conditions(text: str) -> bool:
    """``text`` names a condition of the work and, once it is blanked, nothing the generic words do not cover."""
    from assistant.interpretation.work_content import names_no_work_content

    return bool(condition_spans(text)) and names_no_work_content(text)
