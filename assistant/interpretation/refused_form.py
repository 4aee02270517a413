"""An education form turned down is kept in the profile (rights20, rater32 conv03: "ok forget YH. how long does UHR
take to assess my degree?" got the same two-year YH programme again).

"forget YH", "not Komvux", «بلا كومفوكس», «YH ma rabo», «забудьте про комвукс»: the form is refused, not an
occupation nor a field, and the refusal holds for the rest of the conversation: ``Constraint(kind="other",
value="no_form:yh")``. What lists education leaves that form out (:func:`assistant.refused_education.without_refused`).
Patterns: ``refused_form.yaml`` (the words naming each form, the words refusing it before or after).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.domain.profile import Constraint, Profile, Span
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).with_name("refused_form.yaml")
#: The constraint value of a refused form: ``NO_FORM + "yh"``.
NO_FORM = "no_form:"


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    out = []
    own = doc.get("own") or {}
    for form, names in (doc.get("forms") or {}).items():
        # (a form with words of refusal of its own uses only those: "not SFI yet" tells a level; circum25)
        words = own.get(form) or doc
        for pat in (words.get("before") or []) + (words.get("after") or []):
            out.append((form, re.compile(pat.replace("$FORM", names))))
    return tuple(out)


def refused_forms_in(text: str) -> list[tuple[str, re.Match[str]]]:
    """The education forms ``text`` turns down, each with where it does (first refusal of each form)."""
    folded = text.casefold()
    found: dict[str, re.Match[str]] = {}
    for form, pat in _patterns():
        if form not in found and (m := pat.search(folded)):
            found[form] = m
    return list(found.items())


def refuse_forms(profile: Profile, text: str, message: int) -> None:
    """Each education form ``text`` turns down becomes a ``no_form:<form>`` constraint (module docstring)."""
    for form, m in refused_forms_in(text):
        value = NO_FORM + form
        if any(c.kind == "other" and c.value == value for c in profile.constraints):
            continue
        quote = text[m.start():m.end()] if len(text.casefold()) == len(text) else m.group(0)
        profile.constraints.append(Constraint(kind="other", value=value, label=quote[:120], confidence=0.8,
                                              span=Span(start=m.start(), end=m.end(), quote=quote, message=message)))


def refused_forms(profile: Profile | None) -> set[str]:
    """The education forms the person turned down anywhere in the conversation ("yh", "komvux")."""
    if profile is None:
        return set()
    return {c.value.removeprefix(NO_FORM) for c in profile.constraints
            if c.kind == "other" and c.value.startswith(NO_FORM)}
