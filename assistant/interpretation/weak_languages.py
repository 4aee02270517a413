"""Weak English, or one language only, kept as the languages the person has (limits21; issue 10 items 3-4).

"I'm bad at English", «الانجليزي عندي ضعيف», "ingiriisiga ma aqaan" and "I only speak Arabic", «فقط دری بلدم» are read
as the limitation ``languages`` (cues.yaml: work that needs foreign languages is left out). What they also tell is
which languages the person has, so the profile keeps them and the person is never asked again which languages they
speak: English at the start (level :data:`WEAK`) when English is named as weak; the one language named after
"only" at its full level, and Swedish at the start beside it (someone who speaks only Arabic has little Swedish: the
answer then starts with SFI, assistant/little_swedish_answer.py). A Swedish level told is kept.
"""
from __future__ import annotations

import re

from assistant.interpretation.little_swedish import LEVEL
from vagledning.domain.profile import LanguageItem, Profile, Span

#: The level kept for English said to be weak (CEFR A1).
WEAK = "a1"
#: English named (folded text), in our languages.
_ENGLISH = re.compile(r"engelsk|english|انجليز|إنجليز|انكليز|ingiriis|እንግሊዝ|انگلیسی|англійськ")
#: The one language named after "only" (folded text): its ISO 639-1 code.
_ONLY: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ar", re.compile(r"arabiska|arabic|عربي")),
    ("so", re.compile(r"somaliska|somali|soomaali")),
    ("ti", re.compile(r"tigrinja|tigrinya|ትግርኛ")),
    ("fa", re.compile(r"\bdari\b|persiska|persian|farsi|دری|فارسی")),
    ("ps", re.compile(r"پشتو|pashto")),
    ("uk", re.compile(r"ukrainska|ukrainian|українськ")),
    ("ru", re.compile(r"ryska|russian|російськ")),
)


def read_weak_languages(profile: Profile, text: str, folded: str, m: re.Match[str], message: int) -> None:
    """The languages the limitation's words ``m`` (on ``folded``, the folded ``text``) tell, kept in ``profile``."""
    said = folded[m.start():m.end()]
    span = Span.of(text, m.start(), m.end(), message)
    have = {lang.code for lang in profile.languages}
    if _ENGLISH.search(said):
        # ("my english is bad" was also read as English spoken, at no level: it is English at the start)
        profile.languages = [lang for lang in profile.languages if not (lang.code == "en" and not lang.level)]
        if not any(lang.code == "en" for lang in profile.languages):
            profile.languages.append(LanguageItem(code="en", level=WEAK, span=span, confidence=0.8))
    only = next((code for code, pat in _ONLY if pat.search(said)), None)
    if only is None:
        return
    if only not in have:
        profile.languages.append(LanguageItem(code=only, span=span, confidence=0.8))
    if "sv" not in have:
        profile.languages.append(LanguageItem(code="sv", level=LEVEL, span=span, confidence=0.8))
