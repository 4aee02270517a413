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

from retrieval.lexicon.files import names_by_concept

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
