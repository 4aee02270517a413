"""The school years a teacher names pick the Swedish teacher occupation of those years (likes17; issue 10).

"I was a teacher for grades 7 to 9 in Syria", «я була вчителькою 5-9 класів», "jag vill undervisa 7–9, inte de små":
the word teacher links to several occupations of the school ladder at once (Lärare i grundskolan, årskurs 1-6 ·
Ämneslärare, 7-9 · Ämneslärare, gymnasieskolan), and the first one led whatever years were said. The JobTech
taxonomy writes the years in its teacher labels ("Grundlärare, förskoleklass och 1-3", "Grundlärare, 4-6",
"Ämneslärare, 7-9"; "gymnasieskolan" is years 10-12, "förskoleklass" year 0). When a statement that names a teacher of
that ladder also states school years (a range "7-9", "7 to 9", «من 7 الى 9», «7 تا 9», "ካብ 7 ክሳብ 9", or one year
beside a word for year/grade/class), the ladder's occupation whose years overlap the stated ones most takes the lead
and teacher occupations of other years are left out. A range followed by a word for years of time ("2-3 år",
"5-6 years") is a duration, not school years.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.interpretation.linking import Link
from vagledning.domain.runtime import Runtime

#: The school ladder of the taxonomy: Förskollärare (2343), Grundskollärare (2341), Gymnasielärare (2330).
LADDER = ("2343", "2341", "2330")
_NUM = r"(\d{1,2}|[fF])"
_TO = r"(?:\s*[-–—]\s*|\s+(?:to|till|tot|through|thru|الى|إلى|ila|ilaa|ilaa iyo|до|по|тот|تا|ክሳብ|ክሳዕ)\s+)"
_RANGE = re.compile(rf"(?<![\w/.,:]){_NUM}{_TO}(\d{{1,2}})(?![\d/.,:]\d)")
#: words for years of time: a range before one of them is a duration
_DURATION = re.compile(r"^\W*(?:år|års|years?|yrs|månader|months?|سنوات|سنين|سنة|سنه|شهور|سال|ماه|рок|років|роки|"
                       r"місяц|лет|года|sano|sanadood|bilood|ዓመት|ዓመታት|ወርሒ)", re.IGNORECASE)
#: words for a school year, grade or class; a number right beside one is a school year
_GRADE_WORD = (r"(?:årskurs|åk|klass|klassen|grade|grades|صف|الصف|للصف|الصفوف|للصفوف|صنف|پایه|клас\w*|"
               r"fasal\w*|ክፍሊ|ደረጃ)")
_SINGLE = re.compile(rf"{_GRADE_WORD}\s*(\d{{1,2}})(?!\d)|(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s*{_GRADE_WORD}",
                     re.IGNORECASE)
_LABEL_RANGE = re.compile(r"(\d{1,2})-(\d{1,2})")


def _year(x: str) -> int:
    return 0 if x in "fF" else int(x)


def stated_years(text: str) -> tuple[int, int] | None:
    """The school years a statement names (lowest, highest), or None."""
    for m in _RANGE.finditer(text):
        lo, hi = _year(m.group(1)), int(m.group(2))
        if lo <= hi <= 13 and not _DURATION.match(text[m.end():]):
            return lo, hi
    years = [int(g) for m in _SINGLE.finditer(text) for g in m.groups() if g]
    years = [y for y in years if 0 < y <= 13]
    return (min(years), max(years)) if years else None


def label_years(label: str) -> tuple[int, int] | None:
    """The school years a teacher occupation's Swedish label names ("Ämneslärare, 7-9" -> (7, 9))."""
    low = label.casefold()
    m = _LABEL_RANGE.search(low)
    if m:
        return (0 if "förskoleklass" in low else int(m.group(1))), int(m.group(2))
    if "gymnasieskolan" in low:
        return 10, 12
    if "förskoleklass" in low:
        return 0, 0
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]) + 1)


def by_school_years(links: list[Link], statement: str, rt: Runtime) -> list[Link]:
    """``links`` with the teacher occupation of the stated school years leading (see the module docstring)."""
    years = stated_years(statement)
    if years is None or not links:
        return links
    rel = rt.relations
    groups = {code: rel.ssyk_by_code(code) for code in LADDER}
    ladder_ids = {g.id for g in groups.values() if g is not None}
    teachers = [l for l in links if (occ := rel.occupation(l.concept_id)) is not None and occ.ssyk_id in ladder_ids]
    if not teachers:
        return links
    linked = {l.concept_id for l in links}
    family = [(o, y) for g in groups.values() if g is not None for o in rel.occupations_in_ssyk(g.id)
              if (y := label_years(o.label)) is not None]
    best = max((_overlap(y, years) for _, y in family), default=0)
    if best == 0:
        return links
    chosen = min((o for o, y in family if _overlap(y, years) == best),
                 key=lambda o: (o.id not in linked, (label_years(o.label) or (0, 99))[1] - (label_years(o.label) or (0, 0))[0],
                                len(o.label)))
    lead = teachers[0]
    other_years = {o.id for o, y in family if _overlap(y, years) == 0}
    rest = [l for l in links if l.concept_id != chosen.id and l.concept_id not in other_years]
    first = next((l for l in links if l.concept_id == chosen.id), None) or replace(lead, concept_id=chosen.id,
                                                                                     label=chosen.label)
    first = replace(first, score=max(first.score, lead.score))
    at = links.index(lead)
    return rest[:at] + [first] + rest[at:]
