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


@functools.cache
def _pattern() -> re.Pattern[str]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    return re.compile("|".join(f"(?:{p})" for pats in doc.values() for p in pats or []))


def says_good_swedish(text: str) -> re.Match[str] | None:
    """Where ``text`` says the person speaks Swedish fluently or as their own language; None when it does not."""
    folded = text.casefold()
    if says_little_swedish(text):
        return None
    return _pattern().search(folded if len(folded) == len(text) else text)


def read_good_swedish(profile: Profile, text: str, message: int) -> None:
    """Swedish at level :data:`LEVEL` in ``profile`` when ``text`` (message ``message``) says good Swedish and no level
    is known yet."""
    m = says_good_swedish(text)
    if m is None or any(lang.code == "sv" and lang.level for lang in profile.languages):
        return
    profile.languages = [lang for lang in profile.languages if lang.code != "sv"]
    profile.languages.append(LanguageItem(code="sv", level=LEVEL, span=Span.of(text, m.start(), m.end(), message),
                                          confidence=0.8))
