"""The area of one's own work that a refusal turns away from: its JobTech occupation field (yrkesområde).

A refusal of a workplace or a field ("не хочу працювати в ресторані" from a waitress, "inte städa mer" from a
cleaner, "no more building sites" from a road worker) was compared only with the words that told the work, so the
same area came back under another title (Bartender, Saneringsarbetare, Grovarbetare and the site-machine operators:
conv21, issue 10 item 4). JobTech's taxonomy groups occupations in occupation fields (Hotell, restaurang,
storhushåll; Sanering och renhållning; Bygg och anläggning …); the field of the work turned away from is left out
with it (``retrieval.refused_family.Family.fields``), on every path that asks the family (suggestions, "more", lists).

The field of one's own work is refused when one refusal is linked to at least ``CORE_SHARED`` occupations of the
field the person worked in (the interpreter links "ресторан" to Restaurangbiträde, Grillbiträde and Kafébiträde),
whatever words told the work, and JobTech's definition of the own work names the place those occupations are named
for (the waiter "arbetar oftast i restauranger"). A place that is only part of the area is no refusal of it: a cook's
or a waiter's "no kitchen work" leaves serving, bars and hotel reception open (test_dialogue_change4).
"Another job" alone turns away from the work, not from its whole area (assistant/leave_own.py), and occupations
asked for by name since the refusal are let through (``Family.wanted``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from os.path import commonprefix
from typing import Any

from vagledning.domain.profile import Profile

#: Occupations of one field one refusal must be linked to for it to name that field as an area.
CORE_SHARED = 2


def refused_areas(profile: Profile, rel) -> dict[str, str]:
    """Occupation field id -> the own work's label, for each area of one's own work a refusal turned away from."""
    return _named_as_area(profile, rel)


def _named_as_area(profile: Profile, rel) -> dict[str, str]:
    """The fields of one's own work that one refusal is linked to at least CORE_SHARED occupations of, when the
    place those occupations are named for is where JobTech's definition says the own work is done
    ("Restaurangbiträde" and the waiter "arbetar oftast i restauranger": a waiter's "no kitchen work",
    Köksbiträde and Kock, leaves serving open)."""
    own: dict[str, list[Any]] = {}
    for e in profile.experiences:
        occ = rel.occupation(e.occupation.id) if e.occupation.kind == "occupation" else None
        if occ is not None and getattr(occ, "field_id", None):
            own.setdefault(occ.field_id, []).append(occ)
    if not own:
        return {}
    per_refusal: dict[tuple[int, int], dict[str, dict[str, str]]] = {}
    for c in profile.constraints:
        if c.kind != "avoid" or c.concept is None or c.concept.kind != "occupation":
            continue
        occ = rel.occupation(c.concept.id)
        if occ is not None and getattr(occ, "field_id", None) in own:
            per_refusal.setdefault((c.span.message, c.span.start), {}).setdefault(occ.field_id, {})[occ.id] = occ.label
    return {f: own[f][0].label for fields in per_refusal.values() for f, refused in fields.items()
            if len(refused) >= CORE_SHARED and any(_place_of(o, refused.values()) for o in own[f])}


_WORD = re.compile(r"\w{6,}")
#: Letters a refused occupation's first word and a word of the own work's definition must share ("restaurang").
PLACE_PREFIX = 6


def _place_of(occ: Any, refused: Iterable[str]) -> bool:
    """The own occupation's definition names the place a refused occupation is named for."""
    words = {w.casefold() for w in _WORD.findall(getattr(occ, "definition", None) or "")}
    heads = {m.group(0).casefold() for label in refused if (m := _WORD.search(label))}
    return any(len(commonprefix([h, w])) >= PLACE_PREFIX for h in heads for w in words)
