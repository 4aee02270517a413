"""Titles an answer names beside the occupations it presents: an occupation group, a course, a route, an ad.

Earlier answers' occupations are read back from their «…» titles (:func:`assistant.earlier_answers.presented_in`), and "the
second one" is the second of them. A list for a warehouse worker with a bad back («Teleskoptruckförare»,
«Traktorförare, industri», …) also says "the figures are for the occupation group «Truckförare»" and "Education:
«Anläggningsmaskinförare»": both are occupations' names too (an occupation's label, a job title), so "what does the
second one pay?" was answered for «Truckförare» or «Bandschaktarförare», never shown as a suggestion.

A title an answer's wording puts in a ``{group}`` or ``{title}`` place (an occupation group; a document: a course, a
programme, a route, an ad) is known by the words the wording puts right before it, in any of the 8 locales
("yrkesgruppen", "Education:", "الراتب في المجموعة المهنية" …). Words that also lead in an occupation's place
(``{occupation}``, ``{label}`` …) tell nothing, and are not used; a source's words (``{quote}``) are no occupation.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.locales import flat
from assistant.state import LOCALES

#: The places of the wordings that hold a title which is no presented occupation.
_BESIDE = frozenset({"group", "title"})
#: Places that hold no occupation either (the sources' words quoted), whatever leads in to them.
_NONE = frozenset({"quote"})
_PLACE = re.compile(r"\{(\w+)\}")
#: A lead-in needs a word of this many letters ("У", "في", "با" lead in to anything).
_WORD = 3


def _lead(wording: str, start: int) -> str:
    """The words right before the place at ``start``: from the previous place (or the wording's start), trimmed."""
    return wording[:start].rsplit("}", 1)[-1].strip().casefold()


@lru_cache(maxsize=1)
def _lead_ins() -> tuple[str, ...]:
    """The lead-ins of the ``{group}``/``{title}`` places of every locale's wordings that lead in no other place."""
    beside: set[str] = set()
    other: set[str] = set()
    for loc in LOCALES:
        for wording in flat(loc).values():
            for m in _PLACE.finditer(wording):
                if m.group(1) not in _NONE:
                    (beside if m.group(1) in _BESIDE else other).add(_lead(wording, m.start()))
    kept = {lead for lead in beside if re.search(rf"\w{{{_WORD},}}", lead)
            and not any(o.endswith(lead) for o in other)}
    return tuple(sorted(kept, key=len, reverse=True))


def named_beside(answer: str, start: int) -> bool:
    """The title that starts at ``start`` in ``answer`` (its «) stands in a group's or a document's place."""
    before = answer[:start].rstrip().casefold()
    for lead in _lead_ins():
        if before.endswith(lead):
            cut = len(before) - len(lead)
            if cut == 0 or not before[cut - 1].isalnum():
                return True
    return False
