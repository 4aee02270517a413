"""Good Swedish, said by the person (youth8): "svenska är mitt modersmål", "I speak fluent Swedish", "بحكي سويدي
بطلاقة", "iswiidhishna si fiican ayaan ugu hadlaa", "ሽወደንኛ ብጽቡቕ እዛረብ", "سویدنی را روان صحبت میکنم", "вільно
розмовляю шведською".

Such a sentence was never read: someone writing another language was then taken to be still learning Swedish, and a
Swedish-speaking 17-year-old could be sent to the gymnasium's language introduction programme for newcomers
(assistant/youth_routes.py) or to SFI. Here it is the person's Swedish at level :data:`LEVEL`
(assistant/education.audience: no newcomer by language alone). A level told (B1, SFI C, "little Swedish") is kept, and
a message that says little Swedish (little_swedish.py) is not read here.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from assistant.interpretation.little_swedish import says_little_swedish
from vagledning.domain.profile import LanguageItem, Profile, Span
from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "good_swedish.yaml"
#: The level kept for "fluent / my own language" (one of education._GOOD_SWEDISH's).
LEVEL = "fluent"
#: The level kept for "good / decent Swedish" (the yaml's ``good`` section; also one of education._GOOD_SWEDISH's).
GOOD_LEVEL = "good"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    good = doc.get("good") or {}
    fluent = [p for lang, pats in doc.items() if lang != "good" for p in pats or []]
    return (re.compile("|".join(f"(?:{p})" for p in fluent)),
            re.compile("|".join(f"(?:{p})" for pats in good.values() for p in pats or [])))


def _search(text: str, which: int) -> re.Match[str] | None:
    folded = text.casefold()
    if says_little_swedish(text):
        return None
    return _patterns()[which].search(folded if len(folded) == len(text) else text)


def says_good_swedish(text: str) -> re.Match[str] | None:
    """Where ``text`` says the person speaks Swedish fluently or as their own language; None when it does not."""
    return _search(text, 0)


def read_good_swedish(profile: Profile, text: str, message: int) -> None:
    """Swedish at level :data:`LEVEL` in ``profile`` when ``text`` (message ``message``) says good Swedish and no level
    is known yet."""
    m, level = says_good_swedish(text), LEVEL
    if m is None:  # (good, not fluent: "english and decent swedish", «سويدي منيح»; rater32)
        m, level = _search(text, 1), GOOD_LEVEL
    if m is None or any(lang.code == "sv" and lang.level for lang in profile.languages):
        return
    profile.languages = [lang for lang in profile.languages if lang.code != "sv"]
    profile.languages.append(LanguageItem(code="sv", level=level, span=Span.of(text, m.start(), m.end(), message),
                                          confidence=0.8))
