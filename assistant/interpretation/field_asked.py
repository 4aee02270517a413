"""A request for something shorter or other *in a field* wishes for that field (informal17, rater29 ar c02 T4).

«لا، خمس سنين كتير علي. في شي اقصر بمجال البناء؟» (no, five years is too much; is there something shorter in
construction?) got a graphic designer, a mime teacher and a variety artist "that fit your interests": the field named
in the question was lost, because a field is read as a wish only from a sentence with a wish cue that is no question
(:mod:`assistant.interpretation.wishes`). Asking for something shorter, quicker, easier or other with a field around it
("anything shorter in construction?", "något kortare inom bygg?", «در بخش ساختمان کدام چیز کوتاه تر هست؟», «Є щось
коротше в будівництві?») asks for work or study in that field: its clauses are read for their field like a wish
(``field_asked.yaml``; the field itself is an interest topic's, so a sentence naming none asks for no field).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from vagledning.domain.marks import FULL_STOPS
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).with_name("field_asked.yaml")
_END = re.compile(rf"[{FULL_STOPS}\n]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for items in (doc.get("patterns") or {}).values() for p in items)


def field_asked(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` that ask for something shorter or other with a field around it (their bounds);
    whether a field is named is left to the caller's topics."""
    from assistant.fit_question import body_patterns  # (the body words of a fit question, 8 languages)
    from assistant.interpretation.constraints import fold, tells_limitation

    body = body_patterns()

    folded = fold(text)
    out: list[tuple[int, int]] = []
    a = 0
    for m in [*_END.finditer(folded), None]:
        b = m.start() if m else len(folded)
        # (not "other carpentry work easier on my knees?": other work in a field a body limitation asks for is the
        # lighter work of that field, assistant/lighter.field_profile; limits11 ar lost its bench woodwork)
        if folded[a:b].strip() and any(p.search(folded, a, b) for p in _patterns()) \
                and not tells_limitation(text[a:b]) and not any(p.search(folded, a, b) for p in body):
            out.append((a, b))
        a = m.end() if m else b
    return out
