"""A Swedish skill label glossed in the reader's language, where an answer keeps it.

Why a job is suggested is said through skills: those the person's earlier work carries over, those employers often
ask for. Their names come from the sources: ESCO's English label (the store keeps no ESCO word in any other
language) and the Swedish label the JobTech ↔ ESCO mapping gives. A reader of Tigrinya or Ukrainian got the Swedish
label alone, «foga samman metalldelar» (in Swedish), and could not read why the job fitted (rater24 class 10).
The skill lexicon names few skills (assistant/skill_names.py); for the others a counsellor would say in the person's
language what the Swedish words mean, and so does this table: the Swedish labels that reasons use most (measured
over the evals self-assessments in every locale, first answers and the 'something else?' after them), each with a
short gloss per language (assistant/locales/skill_glosses.yaml). The Swedish label stays beside its gloss: it is the
word job ads and Arbetsförmedlingen use. Every key is a real skill label of the store (tests/proof/
test_skill_glosses.py); the glosses are AWAITING NATIVE REVIEW (marked in that file).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

GLOSSES = Path(__file__).resolve().parent / "locales" / "skill_glosses.yaml"
#: Readers who get the sources' own Swedish words.
SWEDISH = ("sv", "sv-easy")


@cache
def table() -> dict[str, dict[str, str]]:
    """Swedish skill label (casefolded) -> {language: gloss}."""
    data = yaml.safe_load(GLOSSES.read_text(encoding="utf-8")) or {}
    return {str(label).casefold(): {str(lang): str(words) for lang, words in (glosses or {}).items()}
            for label, glosses in data.items()}


def labels() -> list[str]:
    """The Swedish skill labels the table glosses, as written in it (for the check that each is a real label)."""
    return [str(label) for label in (yaml.safe_load(GLOSSES.read_text(encoding="utf-8")) or {})]


def skill_gloss(language: str, sv: str) -> str | None:
    """The gloss of the Swedish skill label ``sv`` in ``language``; None for Swedish readers or an unglossed label."""
    if language in SWEDISH:
        return None
    found = table().get(sv.strip().casefold(), {}).get(language)
    if found is None:  # a curated demand of a kind of work ("SSYK 5321 …: lyft och förflyttningar …", back17)
        text = sv.strip().casefold()
        found = next((g.get(language) for words, g in demand_table().items() if text.endswith(words)), None)
    return found


DEMANDS = Path(__file__).resolve().parent / "locales" / "demand_glosses.yaml"


@cache
def demand_table() -> dict[str, dict[str, str]]:
    """The words of a curated demand (retrieval/group_demands.py, casefolded) -> {language: gloss} (back17)."""
    data = yaml.safe_load(DEMANDS.read_text(encoding="utf-8")) or {}
    return {str(words).casefold(): {str(lang): str(g) for lang, g in (glosses or {}).items()}
            for words, glosses in data.items()}
