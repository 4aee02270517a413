"""A field wished beside the work one does is still wished (wish14, rater28 c06).

"I work in IT support and I want to move into healthcare": the sentence names an occupation (IT support, the
person's own work), so ``wishes._wish_sentences`` – which leaves a sentence naming an occupation to the occupation –
made no field wish of it, and the answer was about IT support. Here each clause of such a sentence that carries a
wish cue (its statements, cut again at commas: the Tigrinya «ኣብ IT support እሰርሕ፣ ናብ ክንክን ጥዕና ክቕይር እደሊ» is one
statement) and names no occupation itself is read for its field; the clause that tells the work is not.
"""
from __future__ import annotations

import re

from vagledning.domain.marks import FULL_STOPS

_END = re.compile(rf"[{FULL_STOPS}\n]")
_COMMA = re.compile(r"[,،፣፡;]")


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The clauses of ``text[a:b]``: its statements, each cut again at commas."""
    from assistant.interpretation.segment import split_statements

    out: list[tuple[int, int]] = []
    for x, y in split_statements(text[a:b]):
        start = a + x
        for m in _COMMA.finditer(text, a + x, a + y):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, a + y))
    return [(x, y) for x, y in out if text[x:y].strip()]


def wish_beside_work(text: str, rt, memo: dict | None = None) -> list[tuple[int, int]]:
    """The wish clauses (a wish cue, no negation, no study, naming no occupation) of each sentence that names an
    occupation in another clause; not of a question. ``memo``: as ``wishes._names_occupation``'s."""
    from assistant.interpretation.cues import load_cues
    from assistant.interpretation.wishes import _cue_kinds, _names_occupation

    out: list[tuple[int, int]] = []
    a = 0
    for m in [*_END.finditer(text), None]:
        b = m.start() if m else len(text)
        asks = m is not None and m.group() in "?؟"
        sentence = text[a:b]
        if not asks and sentence.strip() and "wish" in _cue_kinds(sentence):
            parts = _clauses(text, a, b)
            wished = [(x, y) for x, y in parts if "wish" in (kinds := _cue_kinds(text[x:y])) and "negation" not in kinds
                      and not load_cues().mentions_study(text[x:y])]
            if len(parts) > 1 and wished and len(wished) < len(parts) and _names_occupation(sentence, rt, curated=True, memo=memo):
                out += [(x, y) for x, y in wished if not _names_occupation(text[x:y], rt, curated=True, memo=memo)]
        a = m.end() if m else b
    return out
