"""Little Swedish, said by the person (person17): "سویدنی را زیاد خوانده نمیتوانم هنوز" (I can't read much Swedish
yet), "jag kan inte läsa svenska så bra", "i cant read swedish well", "iswiidhiga wax yar".

Rater16 saw such a sentence ignored, and "I can't read Swedish well" read as a refusal of translating work (its "not"
and «svenska»). Here it is what it says: the person's Swedish, at the start (level ``a1``, below SFI's end: the
education answer starts with SFI, swedish_level.py), kept in the profile; no refusal is read from its words.
A level told (B1, SFI C) is kept.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.domain.profile import LanguageItem, Profile, Span
from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "little_swedish.yaml"
#: The level kept for "little Swedish" (CEFR A1: SFI's first courses).
LEVEL = "a1"


@functools.cache
def _pattern() -> re.Pattern[str]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    return re.compile("|".join(f"(?:{p})" for pats in doc.values() for p in pats or []))


def says_little_swedish(text: str) -> re.Match[str] | None:
    """Where ``text`` says the person reads, writes or speaks little Swedish (yet); None when it does not."""
    folded = text.casefold()
    return _pattern().search(folded if len(folded) == len(text) else text)


def read_little_swedish(profile: Profile, text: str, message: int) -> None:
    """Swedish at level :data:`LEVEL` in ``profile`` when ``text`` (message ``message``) says little Swedish (a
    level told is kept), and the refusals read from those words dropped."""
    m = says_little_swedish(text)
    if m is None:
        return
    a, b = m.start(), m.end()
    profile.constraints = [c for c in profile.constraints if not (
        c.kind == "avoid" and c.span is not None and c.span.message == message and c.span.start < b and a < c.span.end)]
    if any(lang.code == "sv" and lang.level for lang in profile.languages):
        return
    profile.languages = [lang for lang in profile.languages if lang.code != "sv"]
    profile.languages.append(LanguageItem(code="sv", level=LEVEL, span=Span.of(text, a, b, message), confidence=0.8))
