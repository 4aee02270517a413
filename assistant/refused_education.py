"""A field turned down leaves every list of courses and programmes too (refuse14, rater28 class 2).

"Логістика мені не потрібна. Чи є навчання саме з бухгалтерії?" (I don't need logistics; is there training in
accounting itself?): the profile held the refusal (``avoid``), and the occupations honoured it
(retrieval/match_filter.honour_constraints), but the programme list was built from the education areas the message
names – the refused «логістика» among them – and led with «Logistik och Supply Chain» and «Logistiker/speditör». A
counsellor who has heard "no logistics" never lists a logistics programme again.

- :func:`areas_left`: an education area is no field asked for when the words that named it stand inside a refusal
  of the message, or when a refusal's own words name that area ("ingen logistik", then "YH in transport or economy?"
  asks economy only);
- :func:`refused_title`: a course or programme whose title shares a word stem with what a refusal names (its words,
  or the occupation it was linked to: «Logistiker» for «логістика») is left out of every list
  (``course_places.say_listed``, ``field_courses.field_programmes``).
"""
from __future__ import annotations

import re
from typing import Any

from vagledning.domain.profile import Constraint, Profile

_WORD = re.compile(r"\w{5,}")


def _refusals(profile: Profile | None) -> list[Constraint]:
    return [c for c in (profile.constraints if profile is not None else []) if c.kind == "avoid"]


def _refused_words(profile: Profile | None) -> set[str]:
    """The words (5 letters or more) that a refusal names: its value, and the label of the occupation it is linked to
    (the first of a label's alternatives: "Logistiker", not the "/"-joined synonyms)."""
    from assistant.interpretation.refused_thing import names_nothing_word

    out: set[str] = set()
    for c in _refusals(profile):
        said = [c.value or ""]
        if c.concept is not None and c.concept.kind == "occupation":
            said.append(c.concept.label.split("/")[0].split(",")[0])
        out |= {w.casefold() for s in said for w in _WORD.findall(s)}
    return {w for w in out if not names_nothing_word(w)}


def _alike(a: str, b: str) -> bool:
    """Two words start alike ("logistik"/"logistiker", "logistics"/"logistik")."""
    from os.path import commonprefix

    n = len(commonprefix([a, b]))
    return n >= 5 and n >= min(len(a), len(b)) - 2


def refused_title(profile: Profile | None, title: str) -> bool:
    """A course or programme title that names what the person turned down (module docstring)."""
    refused = _refused_words(profile)
    return bool(refused) and any(_alike(w.casefold(), r) for w in _WORD.findall(title or "") for r in refused)


def form_of(doc_id: str) -> str | None:
    """The education form a document is of ("yh": a YH programme or the YH route; "komvux": a Komvux route)."""
    if doc_id.startswith("yh:") or doc_id == "route:yrkeshogskola":
        return "yh"
    if doc_id == "route:sfi":  # (SFI turned down: "ما بدي SFI", circum25)
        return "sfi"
    return "komvux" if doc_id.startswith("route:komvux") else None


def without_refused(profile: Profile | None, items: list[Any]) -> list[Any]:
    """``items`` (evidence) without the courses and programmes whose title names what a refusal turned down, and
    without those of an education form turned down ("forget YH": rights20); other routes (SFI, validation, a
    counsellor) stay."""
    from assistant.interpretation.refused_form import refused_forms

    forms = refused_forms(profile)
    if forms:
        items = [e for e in items if form_of(e.doc_id) not in forms]
    if not _refusals(profile):
        return items
    return [e for e in items if e.kind not in ("course", "programme") or not refused_title(profile, e.title or "")]


def areas_left(profile: Profile | None, text: str, asked: list[tuple[str, str]], message: int) -> list[tuple[str, str]]:
    """The asked education areas (area, words that named it) that no refusal turns down: not named inside a refusal
    of this message, and not named by a refusal's own words (module docstring)."""
    from assistant.field_courses import asked as areas_in

    refusals = _refusals(profile)
    if not refusals:
        return asked
    inside = [text[c.span.start:c.span.end] for c in refusals if c.span is not None and c.span.message == message
              and 0 <= c.span.start < c.span.end <= len(text)]
    turned = {area for c in refusals for s in (c.value or "", c.span.quote if c.span is not None else "")
              for area, _ in areas_in(s, "")}
    turned |= {area for s in inside for area, _ in areas_in(s, "")}
    return [(area, words) for area, words in asked if area not in turned]
