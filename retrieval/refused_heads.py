"""The work a refused field names, in substance (demand17, rater16 conv5; read by
:func:`retrieval.refused_family.refused_family`).

"No cleaning" refuses cleaners (SSYK 911) and the competences core to them ("Storstädning", "Kontorsstädning"), but
a kitchen assistant whose core work is «Städning och diskning, restaurangkök» stayed a suggestion: the refused
competences are compounds of one head word ("-städning") that other work names in its own competences.

The head word is the longest ending (at least :data:`HEAD_MIN` letters) that at least :data:`HEAD_SHARED` words of
the refused occupation's core competences share, and that begins as the refused occupation's own name does
("Städare" … "städning"): so a field's common endings ("-produktion", "-planering", "-säkerhet") in the competences
of refused work that is not named for them do not spread the refusal. Every JobTech competence with a word that
begins or ends with the head ("Städning och diskning, restaurangkök", "Flyttstädning") is then core to the refusal.
"""
from __future__ import annotations

import re
from collections import Counter

HEAD_MIN = 7
HEAD_SHARED = 3
#: The letters of the refused occupation's name a head word must begin with ("städ" of "Städare").
NAME_STEM = 4
_WORD = re.compile(r"[^\W\d_]{4,}")


def _heads(labels: list[str], name: str) -> set[str]:
    words = {w for label in labels for w in _WORD.findall(label.casefold())}
    counts = Counter(w[-k:] for w in words for k in range(HEAD_MIN, len(w) + 1))
    stem = (_WORD.findall(name.casefold()) or [""])[0][:NAME_STEM]
    shared = {h for h, n in counts.items() if n >= HEAD_SHARED and len(stem) == NAME_STEM and h.startswith(stem)}
    return {h for h in shared if not any(o != h and o.endswith(h) for o in shared)}


def head_skills(counts: dict[str, list[str]], rel) -> dict[str, str]:
    """{competence label: refused label} for the competences that name a refused field's head word; ``counts`` maps
    each core competence of the refused fields to the labels of the refused occupations it is core to."""
    core: dict[str, list[str]] = {}
    for skill, refused in counts.items():
        for label in dict.fromkeys(refused):
            core.setdefault(label, []).append(skill)
    heads = {h: refused for refused, labels in core.items() for h in _heads(labels, refused)}
    if not heads:
        return {}
    try:
        labels = {r[0].rstrip("✓ ").strip() for r in rel._all("SELECT DISTINCT label FROM demanded_skills")}
    except Exception:  # noqa: BLE001 - no competence table: nothing more to leave out
        return {}
    out: dict[str, str] = {}
    for label in labels:
        words = _WORD.findall(label.casefold())
        hit = next((h for h in heads if any(w.startswith(h) or w.endswith(h) for w in words)), None)
        if hit is not None:
            out[label] = heads[hit]
    return out
