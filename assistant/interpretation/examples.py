"""Examples given with a question ("what can I study? like programming or repairing computers") are wishes.

ellipsis8 (rater23 conv 4 T4): «في شغل بالكمبيوتر بدون جامعة؟ برمجة او تصليح كمبيوترات» and "is there computer work
without university? like programming or repairing computers" kept programming and repairing as work DONE – the clause
of examples stands as a statement of its own after the question mark, and a statement naming an occupation with no cue
is read as experience (segment.classify_statement) – and the answer said «Elektronikreparatör – like work you have
done» to a 19-year-old who had none. A clause opened by an example word (cues.yaml ``example_opener``: "like", "typ",
«مثل», "sida", «ከም», «مانند», "як-от" …) right after a question says what the question means: what it names is what
the person would like (wishes.proposal_wishes), never work done. (Within the question's own sentence, after a comma,
the ``proposal`` cues already read them: "what can I study, like programming?") A clause that tells work of its own ("like I worked as
a welder for 5 years": an experience cue) stays as told.
"""
from __future__ import annotations

import re

from assistant.interpretation.cues import toks_of
from assistant.interpretation.segment import classify_statement, split_statements
from assistant.interpretation.years import year_words

#: The question marks of every script (vagledning/domain/marks.py): the clause before them asks.
_MARKS = ("?", "؟", "፧")


def _years_told(clause: str) -> bool:
    """The clause counts years ("5 år", "for five years", «٥ سنوات»): how long something was done, no example."""
    words = year_words()
    toks = toks_of(clause)
    return any(t in words.units and i and (toks[i - 1].isdigit() or toks[i - 1] in words.numbers)
               for i, t in enumerate(toks))


def example_spans(text: str, folded: str, openers: list[re.Pattern[str]]) -> list[tuple[int, int]]:
    """The spans (in ``text``) of what the example clauses after a question name, after their opening word."""
    spans: list[tuple[int, int]] = []
    clauses = split_statements(text)
    for (pa, _), (a, b) in zip(clauses, clauses[1:]):
        # (the mark, not a question word: "Jag var städare. Typ kontor." – «var», where, is also "was")
        if not any(m in text[pa:a] for m in _MARKS):
            continue
        clause = folded[a:b]
        opener = next((m for p in openers if (m := p.match(clause))), None)
        if opener is None:
            continue
        kind, cue, _, _ = classify_statement(text[a:b])
        if kind == "experience" and cue is not None or _years_told(text[a:b]):
            continue  # ("… ? like I worked as a welder", "… ? typ 5 år som svetsare": work told, not an example)
        start = a + opener.end()
        while start < b and not text[start].isalnum():
            start += 1
        if start < b:
            spans.append((start, b))
    return spans
