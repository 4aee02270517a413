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


def first_source(occupation_id: str, label: str, rt, what: str, *, jobtech: re.Pattern[str] | None,
                 esco: re.Pattern[str] | None, text: re.Pattern[str] | None, group=None):
    """The first confident source that says ``occupation_id`` makes demand ``what``, as an Exclusion (None: none),
    in the order a reader trusts them: the occupation's own JobTech competences (``jobtech``), the essential skills of
    an exactly mapped ESCO occupation (``esco``), a curated group rule (``group(occupation_id, label, rel)``, when
    given), then JobTech's definition and Arbetsförmedlingen's description (``text``). One reader for the demands
    told as patterns (retrieval/constraints.py, height_demands.py, skin_demands.py); a pattern of None is a source
    that cannot tell this demand and is not read."""
    from retrieval.constraints import Exclusion, esco_doc, sentence_of, texts_of  # (constraints imports this module)

    rel = rt.relations
    for d in rel.demanded_skills(occupation_id) if jobtech is not None else ():
        if d.label and jobtech and jobtech.search(d.label):
            return Exclusion(occupation_id, label, what, f"jobtech:occupation-name:{occupation_id}",
                             d.label.rstrip("✓ ").strip())
    for s in exact_essentials(occupation_id, rel) if esco is not None else ():
        if s.label and esco and esco.search(s.label):
            return Exclusion(occupation_id, label, what, esco_doc(s.skill_uri), s.label)
    if group is not None and (found := group(occupation_id, label, rel)) is not None:
        return found
    for doc_id, body in texts_of(occupation_id, rt) if text is not None else ():
        m = text.search(body) if text else None
        if m:
            return Exclusion(occupation_id, label, what, doc_id, sentence_of(body, m))
    return None
