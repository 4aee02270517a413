"""A town said to be near or not far ("Nässjö isn't far", «Nässjö دور نیست», «Nässjö не далеко») accepts the place: its
negation refuses no work (profile29; rater36 new02: «خوبه، Nässjö دور نیست», fine, Nässjö isn't far, was kept as the
refusal «خوبه، Nässjö دور»). Read like a state of the person (study_refusal.a_state): a distance word among the first
or last two words of what the negation would refuse."""
from __future__ import annotations

import re

#: Words for far and near, 8 languages (sv-easy reads sv). Persian «دور» is also "round/turn" – only beside a
#: negation's words, where it is distance. Not "bort"/"away": "jag vill bort från städ", "get away from cleaning"
#: refuse the work (like13); "långt bort", "far away" are read by their first word.
_DISTANCE = {
    "sv": ["långt", "avlägset", "nära", "pendla"],
    "en": ["far", "close", "near", "distance", "commute"],
    "ar": ["بعيد", "بعيدة", "بعيده", "قريب", "قريبة", "قريبه", "بعيدا", "بعيدًا"],
    "so": ["fog", "fogga", "fogan", "fogaan", "dhow", "masaafo"],
    "ti": ["ርሑቕ", "ርሒቑ", "ርሕቕቲ", "ቀረባ", "ርሕቀት"],
    "fa": ["دور", "نزدیک", "فاصله", "راه"],
    "uk": ["далеко", "далекий", "далека", "близько", "недалеко", "відстань"],
}
_WORDS = frozenset(w for ws in _DISTANCE.values() for w in ws)


def says_distance(phrase: str) -> bool:
    """The words a negation would refuse are a distance ("långt bort", «Nässjö دور», «далеко»)."""
    toks = re.findall(r"\w+", (phrase or "").casefold())
    return any(t in _WORDS for t in toks[:2] + toks[-2:])
