"""A title the person must or needs to have is a requirement put to them, never work they did (profile31).

The counsellor's finding (rater38 r37-3, sv-easy): "Jobbar i hemtjänsten 7 år … Chefen säger jag måste ha
undersköterska för fast jobb" kept «Undersköterska» as work done in Poland, next to the home care she told. An
occupation linked from words right after "must have / need / required" («لازم يكون عندي», "waa inaad … haysataa",
«باید … داشته باشم», «треба мати») or right before Tigrinya's «… ክህልወኒ ኣለዎ» (required_title.yaml, 8 languages) is
no experience; it is what the person is to become, so it is kept as a wish.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.domain.marks import FULL_STOPS
from vagledning.domain.profile import Profile, Wish
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).resolve().parent / "required_title.yaml"
#: How far before (after) the title a requirement's words may stand ("måste ha en utbildning som undersköterska").
BEFORE, AFTER = 40, 20


@functools.cache
def _cues(key: str) -> re.Pattern[str]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return re.compile("|".join(f"(?:{p})" for p in doc.get(key) or []))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    a = max((m.end() for m in re.finditer(rf"[{FULL_STOPS}\n]", text[:start])), default=0)
    b = re.search(rf"[{FULL_STOPS}\n]", text[end:])
    return a, end + b.start() if b else len(text)


def required(text: str, start: int, end: int) -> bool:
    """The words ``text[start:end]`` (a title) are named as a requirement in their sentence."""
    from assistant.interpretation.constraints import fold

    a, b = _sentence(text, start, end)
    before = fold(text[max(a, start - BEFORE):start])
    after = fold(text[end:min(b, end + AFTER)])
    return bool(_cues("before").search(before) or _cues("after").search(after))


def required_not_done(profile: Profile, text: str, message: int) -> None:
    """Experiences read from a title named as required (of message ``message``, ``text`` redacted) become wishes."""
    kept = []
    for e in profile.experiences:
        if e.span.message != message or e.span.quote != text[e.span.start:e.span.end] \
                or not required(text, e.span.start, e.span.end):
            kept.append(e)
            continue
        if not any(w.concept is not None and w.concept.id == e.occupation.id for w in profile.wishes):
            profile.wishes.append(Wish(kind="occupation", label=e.occupation.label, concept=e.occupation,
                                       ssyk_code=e.ssyk_code, span=e.span, confidence=min(e.confidence, 0.8)))
    profile.experiences = kept
