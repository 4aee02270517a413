"""An adult's age told in passing (person17): "e 24 o jobbar på ett lager", "im 24", "عمري ٢٤", "nin 28 jir ah",
"۴۵ ساله هستم", "мені 35".

Rater16 met a 24-year-old who was offered studiestartsstöd (CSN: ages 25–56) as if it applied: the age he told was
never read, so no route's age condition (assistant/route_conditions.py) could apply to him. Only a pupil's age (13–19,
cues.yaml ``youth``) was kept. Here an adult's age (20–69, ``adult_age.yaml``, per language) becomes an ``age``
constraint of the message's profile, beside what else the message tells.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.domain.profile import Constraint, Profile, Span
from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "adult_age.yaml"
#: Arabic-Indic and Persian digits read as 0-9 (same length: spans stay valid).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for pats in doc.values() for p in pats or [])


def told_age(text: str) -> tuple[int, int, int] | None:
    """(age, start, end of the words that tell it) when ``text`` tells an adult's age, else None."""
    read = text.translate(_DIGITS)
    folded = read.lower() if len(read.lower()) == len(read) else read
    from assistant.interpretation.past_age import told_then

    for pat in _patterns():
        for m in pat.finditer(folded):
            at = next(i for i, g in enumerate(m.groups(), 1) if g)
            if not told_then(folded, m.start(), m.end(), m.start(at)):  # ("when I was 24": not the age now; contra31)
                return int(m.group(at)), m.start(), m.end()
    return None


def add_age(profile: Profile, text: str, message: int) -> None:
    """The adult's age ``text`` (message number ``message``) tells, as an ``age`` constraint of ``profile``, unless
    the profile already holds an age in years from this message (a pupil's, cues.yaml ``youth``)."""
    if any(c.kind == "age" and c.value.isdigit() for c in profile.constraints):
        return
    found = told_age(text)
    if found is None:
        return
    age, a, b = found
    profile.constraints.append(Constraint(kind="age", value=str(age), label=text[a:b].strip(),
                                          span=Span.of(text, a, b, message), confidence=0.8))


def age_told_in(text: str, message: int) -> Constraint | None:
    """The person's age in years told anywhere in ``text``, a question included ("۱۹ سالمه و در گیمنازیوم هستم، از CSN
    پول میگیرم؟", «عمري 19 سنة …، بعطوني CSN؟»): languages that ask without inverting the verb keep the whole message
    one question, which the interpreter leaves out (know24: a 19-year-old pupil asking in Persian was answered as an
    adult). The patterns are first-person ones (adult_age.yaml, cues.yaml ``youth``)."""
    from assistant.interpretation.constraints import told_young_age

    found = told_age(text) or told_young_age(text)
    if found is None:
        return None
    age, a, b = found
    return Constraint(kind="age", value=str(age), label=text[a:b].strip(), span=Span.of(text, a, b, message),
                      confidence=0.7)
