"""Statements about another person: their work, years, education and country are theirs, not the person's (abroad10).

The counsellor's finding (rater26 C4 en): "my wife is a preschool teacher from india (B.Ed, 6 yrs). can she work as
förskollärare in göteborg?" stored the wife's Förskollärare, six years and India as the husband's own experience, so
his Systemutvecklare answered "how long it takes for Förskollärare" and Java ads were offered to her. A statement that
opens with another person as its subject (someone_else.yaml: a spouse, child, sibling, parent, friend, or "she/he",
in every language) is read as what the turn answers about (the ``asked`` profile), never into the person's own.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from assistant.interpretation.segment import SelfAssessment
from vagledning.domain.profile import Profile
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).resolve().parent / "someone_else.yaml"
#: Words that may open a statement before its subject ("and my wife …", "ولكن زوجي …", "ከኣ ሰበይተይ …").
_LEADING = r"(?:(?:and|but|also|och|men|också|و|ولكن|لكن|بس|oo|laakiin|ከኣ|ግን|ولی|اما|і|а|але|та)\s+)*"


_SENTENCE_END = re.compile(r"[.!?;؟؛።፧\n]")


@functools.cache
def _doc() -> dict:
    return load_yaml(_PATH.read_text(encoding="utf-8")) or {}


@functools.cache
def _pattern() -> re.Pattern[str]:
    langs = {k: v for k, v in _doc().items() if k != "me"}
    return re.compile(_LEADING + "(?:" + "|".join(f"(?:{p})" for ps in langs.values() for p in ps) + ")")


def _goes_on(text: str, before: int, start: int, statement: str) -> bool:
    """A clause in the same sentence as the one before it that does not open with the person's own "I"."""
    words = statement.casefold().split()
    return not _SENTENCE_END.search(text[before:start]) and not (words and words[0] in set(_doc().get("me") or ()))


def about_someone_else(statement: str) -> bool:
    """The statement opens with another person as its subject ("my wife is a nurse", «ሰበይተይ መምህር እያ»)."""
    return _pattern().match(" ".join(statement.casefold().split()).lstrip("-–(\"'«")) is not None


def others_statements(sa: SelfAssessment, text: str) -> set[int]:
    """The statements of ``text`` about another person, with the clauses that go on about them; their years,
    education, languages and places abroad are dropped from ``sa`` (a place carried to the person's own statements
    from theirs too: "she is from india" is not his India)."""
    others: set[int] = set()
    for si, st in enumerate(sa.statements):
        if about_someone_else(st.text) or si - 1 in others and _goes_on(text, sa.statements[si - 1].end, st.start,
                                                                          st.text):
            others.add(si)
    if others:
        theirs = {o.start for o in sa.origins if o.statement in others}
        sa.origins = [o for o in sa.origins if o.statement not in others]
        sa.carried = [o for o in sa.carried if o.start not in theirs and o.statement not in others]
        sa.years = [y for y in sa.years if y.statement not in others]
        sa.education = [e for e in sa.education if e.statement not in others]
        sa.languages = [x for x in sa.languages if x.statement not in others]
    return others


def drop_their_ages(profile: Profile, sa: SelfAssessment, others: set[int], message: int) -> None:
    """An age told in a statement about another person ("my son is 17", "Wiilkay waa 17 jir") is theirs, never the
    person's own: a parent of 45 is no pupil of 17 (son11, rater27 C5). The age readers scan the whole message, so
    what they found inside those statements is taken out again."""
    spans = [(sa.statements[i].start, sa.statements[i].end) for i in others if i < len(sa.statements)]
    profile.constraints = [c for c in profile.constraints if not (
        c.kind == "age" and c.span.message == message and any(a <= c.span.start < b for a, b in spans))]
