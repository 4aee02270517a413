""""I don't want 3 years of school", "dont wanna spend years in school": long study turned down, no work (parity18).

rater31 so c03 T4: «Iskuul 3 sano ah ma rabo … Maxaa kale jira?» stored ``avoid: "Iskuul 3 sano"`` and the next list
said "no other jobs". A refusal made only of study or school words, its length (years, numbers, "long") and words
that name nothing (refused_thing.yaml) refuses no work: it is the ``no_study`` reading "I want to work now" gives
(assistant/interpretation/study_refusal.py). Words: ``study_length.yaml``.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from assistant.interpretation.refused_thing import names_nothing_word
from vagledning.domain.profile import Constraint, Profile, Span
from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "study_length.yaml"
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    study = frozenset(str(w).casefold() for ws in (doc.get("study") or {}).values() for w in ws)
    length = frozenset(str(w).casefold() for ws in (doc.get("length") or {}).values() for w in ws)
    return study, length


def only_study(text: str) -> bool:
    """Whether the words turned down are only study or school and its length ("Iskuul 3 sano", "years in school")."""
    words, length = _words()
    toks = [t.casefold() for t in _TOKEN.findall(text)]
    study = [t for t in toks if t in words or (t[:1] in ("و", "ب") and t[1:] in words)]
    if not study:
        return False
    return all(t in study or t in length or t.isdigit() or names_nothing_word(t) for t in toks)


def unless_study(profile: Profile, text: str, thing: tuple[int, int] | None, message: int) -> tuple[int, int] | None:
    """The refused ``thing`` (a span of ``text``), or None when it is only long study: then the person wants no long study
    now (``no_study``), and no work is refused."""
    if thing is None or not only_study(text[thing[0]:thing[1]]):
        return thing
    from assistant.interpretation.constraints import refuses_university, tells_youth
    from assistant.interpretation.schooling import chooses_gymnasium

    # ("I don't want to go to university": no university, still study (edu); a pupil who "hates reading" still chooses a
    # gymnasium programme, no work-first routes (youth10 fa))
    if refuses_university(text) or tells_youth(text) or chooses_gymnasium(text) \
            or any(c.kind == "age" for c in profile.constraints):
        return thing
    start, end = thing
    if not profile.wants_no_study():
        profile.constraints.append(Constraint(kind="no_study", value="true", label=text[start:end].strip()[:120],
                                              span=Span(start=start, end=end, quote=text[start:end], message=message),
                                              confidence=0.8))
    return None
