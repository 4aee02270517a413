"""Which sources may say that an occupation makes a bodily demand (read by :mod:`retrieval.constraints`,
:mod:`retrieval.body_demands` and :mod:`retrieval.skin_demands`).

demand17 (rater16 conv2): a minibus driver with a bad knee was told bus driving is knee-heavy work ("standing,
walking, kneeling"), cited to ESCO's "lift heavy weights", and that it did not suit him; bus driving is done seated.
A demand is said, and an occupation left out for it, only from a confident source:

- curated demands (the SSYK groups of :mod:`retrieval.group_demands`), the occupation's own JobTech competences,
  JobTech's definition and Arbetsförmedlingen's description;
- ESCO skills only when they are **essential** skills of an ESCO occupation the official mapping calls an **exact**
  match (:func:`exact_essentials`): an optional skill, or one of a broader, narrower or close ESCO occupation
  (the trolleybus driver of a bus driver), is no statement about this occupation;
- carrying ("lift heavy weights", "tunga lyft") stands for standing and kneeling only in work not done seated: in
  work its own sources say is done seated (a driver at the wheel), carrying says nothing of the knees
  (:func:`carrying_while_seated`).

Without such a source the answer says the sources do not settle it and who can assess (assistant/fit_question.py,
assistant/conditions.py); the occupation is never left out.
"""
from __future__ import annotations

import re

#: The weight :meth:`retrieval.relations_esco.RelationsEsco.esco_skills_for_occupation` gives an essential skill of an
#: exactly mapped ESCO occupation (RELATION_WEIGHT["exact-match"] × 1.0 for essential).
EXACT_ESSENTIAL = 1.0
#: Evidence that names standing itself (not carrying): ESCO, JobTech competences, Swedish texts, curated groups.
_STANDING_ITSELF = re.compile(r"\bstanding\b|\bon (?:your|their) feet\b|\badjust to physical demands\b|stående|"
                              r"\bstå(?:r)? (?:upp|mycket)\b|på fötterna", re.I)


def exact_essentials(occupation_id: str, rel) -> list:
    """The essential ESCO skills of the ESCO occupations mapped exactly to ``occupation_id`` (none without ESCO tables)."""
    try:
        skills = rel.esco_skills_for_occupation(occupation_id, essential_only=True)
    except Exception:  # noqa: BLE001 - no ESCO tables: only the occupation's own data can tell
        return []
    return [s for s in skills if getattr(s, "weight", EXACT_ESSENTIAL) >= EXACT_ESSENTIAL]


def carrying_while_seated(evidence: str, occupation_id: str, label: str, rt) -> bool:
    """A standing demand read only from carrying (``evidence`` names no standing) of work the sources say is done
    seated: no evidence of standing or kneeling (the bus driver's "lift heavy weights")."""
    from retrieval.constraints import demand_of

    return not _STANDING_ITSELF.search(evidence or "") and demand_of(occupation_id, label, "sitting", rt) is not None
