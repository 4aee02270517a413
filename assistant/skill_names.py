"""A skill's name in the reader's language, for the skills that carry over to a new occupation.

The skills come from ESCO (retrieval/change_paths): each has ESCO's English label and a Swedish one (the
JobTech skill it maps to, or ESCO's Swedish label). English readers get the English label; Swedish readers
the Swedish one; other readers the curated skill lexicon's word for it (retrieval/lexicon/skills.yaml, read
backwards as assistant/occupation_names.py reads the occupation entries: an entry's first term in a language
names its concepts) and otherwise the Swedish label, quoted, as every other source label is. No name is
made up. The lexicon's non-Swedish terms are AWAITING NATIVE REVIEW (marked in that file).
"""
from __future__ import annotations

from functools import cache
from typing import Any

from retrieval.lexicon.files import names_by_concept
from vagledning.domain.runtime import Runtime

SWEDISH = ("sv", "sv-easy")


@cache
def _index() -> dict[str, dict[str, str]]:
    """JobTech skill id and Swedish label (casefolded) -> {language: name}, from the most specific entry."""
    return names_by_concept("skill", lambda entry: entry.get("type", "skill") == "skill",
                            lambda cid, label: (cid, label.casefold()))


def skill_name(language: str, sv: str, en: str | None = None, skill_id: str | None = None) -> tuple[str, bool]:
    """The skill's name for a reader of ``language`` and whether it is the Swedish source label (to be quoted)."""
    if language in SWEDISH:
        return sv, True
    if language == "en" and en:
        return en, False
    names = _index()
    own = (names.get(skill_id or "") or {}).get(language) or (names.get(sv.casefold()) or {}).get(language)
    return (own, False) if own else (sv, True)


def esco_english(rt: Runtime, skill_id: str | None) -> str | None:
    """ESCO's English label of a JobTech skill, through the official JobTech ↔ ESCO mapping (exact match first);
    None when the skill has no mapping. ESCO's labels in this store are English only (data PROVENANCE.md, B)."""
    if not skill_id:
        return None
    try:
        for m in rt.relations.esco_matches(skill_id):
            skill = rt.relations.esco_skill(m.esco_uri)
            if skill is not None and skill.label:
                return skill.label
    except Exception:  # noqa: BLE001 - no mapping tables: no English label
        return None
    return None


def skills_said(rt: Runtime, skills: list[Any]) -> dict[str, list[dict[str, str | None]]]:
    """A plan parameter naming JobTech skills (``SkillRef``: label, id) so that each reader gets them in their own
    language where a source gives it (assistant.composers.grounded renders it)."""
    return {"skills": [{"sv": s.label, "id": s.id, "en": esco_english(rt, s.id)} for s in skills]}
