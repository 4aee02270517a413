"""Work that asks much of a school subject, or is a kind of workplace, from data we can cite (read by
:func:`retrieval.constraints.demand_of`).

pupil20 (rater18 class 3: "likes gaming and building things, but bad at maths" got Elektronikkonstruktör and a civil
engineer; "I don't want to sit in an office all day" then got Systemutvecklare): maths that is hard is the limitation
``maths``; an office or a desk all day refused is the limitation ``office``, work outdoors refused ``outdoors``
(assistant/interpretation/cues.yaml).
The evidence, per demand in ``subject_demands.yaml`` (with its provenance): the essential ESCO skills of an exactly
mapped ESCO occupation ("mathematics", "physics"), the occupation's name, and the SSYK 2012 groups whose work itself
makes the demand. The occupation's own document is cited with the words that say so.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from retrieval.constraints import Exclusion, esco_doc
from retrieval.demand_sources import exact_essentials
from vagledning.yaml_data import load_yaml

DATA = Path(__file__).resolve().parent / "subject_demands.yaml"


@lru_cache(maxsize=1)
def _demands() -> dict[str, dict]:
    return load_yaml(DATA.read_text(encoding="utf-8")) or {}


#: The limitations this module reads.
SUBJECTS = ("maths", "office", "outdoors", "languages", "calm")


#: More interest directions are looked for when a subject or a workplace rules fields out: "gaming" points to IT and
#: engineering first, which hard maths and "no office" leave out (otherwise little or nothing was left to suggest).
MORE_DIRECTIONS = 4


def more_directions(profile) -> int:
    """How many more interest directions to look for, given the person's subject and workplace limitations."""
    return MORE_DIRECTIONS if any(c.kind == "limitation" and c.value in SUBJECTS for c in profile.constraints) else 0


def demand_beyond_body(occupation_id: str, label: str, what: str, rt) -> Exclusion | None:
    """Wet work and chemicals (``skin``: retrieval/skin_demands.py) or a subject or workplace (:func:`subject_demand`)."""
    if what == "skin":
        from retrieval.skin_demands import skin_demand

        return skin_demand(occupation_id, label, rt)
    return subject_demand(occupation_id, label, what, rt)


def subject_demand(occupation_id: str, label: str, what: str, rt) -> Exclusion | None:
    """The first source that says ``occupation_id`` asks much of ``what`` (None when none does)."""
    spec = _demands().get(what) or {}
    rel = rt.relations
    doc = f"jobtech:occupation-name:{occupation_id}"
    names = spec.get("labels") or ""
    if names and re.search(names, label, re.I):
        return Exclusion(occupation_id, label, what, doc, f"{label}: {spec.get('meaning', '')}")
    occ = rel.occupation(occupation_id)
    code = getattr(occ, "ssyk_code", None) or ""
    if code and code.startswith(tuple(spec.get("groups") or ())):
        return Exclusion(occupation_id, label, what, doc,
                         f"SSYK {code} {getattr(occ, 'ssyk_label', '') or ''}: {spec.get('meaning', '')}")
    esco = spec.get("esco") or ""
    if esco:
        pat = re.compile(esco, re.I)
        for s in exact_essentials(occupation_id, rel):
            if s.label and pat.search(s.label):
                return Exclusion(occupation_id, label, what, esco_doc(s.skill_uri), s.label)
    if what == "office":  # (office, desk or screen work its own texts state, beyond the groups: limits6)
        from retrieval.limit_fit import desk_work

        return desk_work(occupation_id, label, rt)
    return None
