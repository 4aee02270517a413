""""One more / another one too / also": an addition to the list, never a turn away (refuse14, rater28 class 2).

Rater28 c04 (fa): a tailor with bad knees asked «یک کار دیگر هم بگویید که نشسته باشد» (tell me one MORE job, a seated
one). The "another job" cue (cues.yaml ``change_field``) read it as turning away from tailoring, and the answer said
"you want to put «Skräddare» aside". A counsellor hears "one more" as "in addition": the work the person does or
wants stays, and the next suggestions are given (intent ``more``). The wording per language is in ``one_more.yaml``.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "one_more.yaml"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for pats in (doc.get("patterns") or {}).values() for p in pats or [])


def adds_one(text: str) -> bool:
    """``text`` (a message or a sentence, any case) asks for one more, in addition (module docstring)."""
    folded = (text or "").lower()
    return any(p.search(folded) for p in _patterns())
