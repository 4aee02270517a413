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

import yaml

from retrieval.lexicon.files import lexicon_files

SWEDISH = ("sv", "sv-easy")


@cache
def _index() -> dict[str, dict[str, str]]:
    """JobTech skill id and Swedish label (casefolded) -> {language: name}, from the most specific entry."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    best: dict[tuple[str, str], tuple[int, int, str]] = {}
    order = 0
    for path, kind in lexicon_files():
        if kind != "skill":
            continue
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
        for entry in data.get("entries") or [] if isinstance(data, dict) else []:
            if not isinstance(entry, dict) or entry.get("type", "skill") != "skill":
                continue
            order += 1
            concepts, terms = entry.get("concepts") or {}, entry.get("terms") or {}
            for cid, label in concepts.items():
                for language, words in terms.items():
                    if language in SWEDISH or not words:
                        continue
                    rank = (len(concepts), order, str(words[0]))
                    for key in ((str(cid), language), (str(label).casefold(), language)):
                        if key not in best or rank < best[key]:
                            best[key] = rank
    names: dict[str, dict[str, str]] = {}
    for (concept, language), (_, _, name) in best.items():
        names.setdefault(concept, {})[language] = name
    return names


def skill_name(language: str, sv: str, en: str | None = None, skill_id: str | None = None) -> tuple[str, bool]:
    """The skill's name for a reader of ``language`` and whether it is the Swedish source label (to be quoted)."""
    if language in SWEDISH:
        return sv, True
    if language == "en" and en:
        return en, False
    names = _index()
    own = (names.get(skill_id or "") or {}).get(language) or (names.get(sv.casefold()) or {}).get(language)
    return (own, False) if own else (sv, True)
