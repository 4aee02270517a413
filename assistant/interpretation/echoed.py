"""A title echoed in disbelief ("vadå IT-chef??", "what CIO??", "шо за CIO??", "كدام CIO؟؟"): the person
repeats a word the assistant used, to reject it; it is neither their work nor a wish (rater8 conv4 T4: "який ще
CIO?? я простий технік" kept «CIO/IT-chef» as the focus and the suggestions).

The phrases are data (``cues.yaml``, ``constraints.echoed``: a word of disbelief, a few words, then "??", or a word
that is disbelief itself, such as "vadå" or "шо за", then one "?"); what the linker read from the echoed words
(group ``what``) is dropped from the message's profile, as told_by.py drops a doctor's words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.interpretation.constraints import CUES_PATH, fold
from vagledning.domain.profile import Profile, Span
from vagledning.yaml_data import load_yaml

#: SSYK 2012 major group 1 (chefsyrken): the titles a doubled question mark alone marks as echoed.
MANAGERS = "1"


@lru_cache(maxsize=2)
def _patterns(key: str) -> list[re.Pattern[str]]:
    doc = (load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}).get("constraints") or {}
    return [re.compile(p) for p in doc.get(key) or []]


def echo_spans(text: str) -> list[tuple[int, int, bool]]:
    """The words echoed in disbelief in ``text``: (start, end, only a manager's title is meant)."""
    from assistant.interpretation.echo_refusal import echoes  # ("Ingenjör? Nej": a field echoed and refused)

    folded = fold(text)
    return [(m.start("what"), m.end("what"), key == "echoed_title") for key in ("echoed", "echoed_title")
            for pat in _patterns(key) for m in pat.finditer(folded)] + [(e.start, e.end, False) for e in echoes(text)]


def drop_echoes(profile: Profile | None, text: str, message: int) -> None:
    """Leave out the occupations, wishes and interests read from words echoed in disbelief."""
    spans = echo_spans(text)
    if not spans or profile is None:
        return

    def echoed(span: Span | None, code: str | None) -> bool:
        return span is not None and span.message == message and any(
            span.start < b and a < span.end and (not title or (code or "").startswith(MANAGERS)) for a, b, title in spans)

    profile.experiences = [e for e in profile.experiences if not echoed(e.span, e.ssyk_code)]
    profile.wishes = [w for w in profile.wishes if not echoed(w.span, w.ssyk_code)]
    profile.interests = [i for i in profile.interests if not (i.concept is not None and echoed(i.span, None))]
