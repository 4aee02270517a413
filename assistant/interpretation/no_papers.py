"""The papers of one's schooling or trade are missing (read18, rater17).

"I have no school papers", "mina betyg försvann i kriget", "شهاداتي ضاعت", "waraaqahaygii way lumeen": the profile
records ``Constraint(kind="other", value=NO_PAPERS)`` (the words told, their span), in 8 languages (no_papers.yaml),
so that later answers can offer validation or an assessment of the education instead of a school requirement alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from vagledning.domain.profile import Constraint, Profile, Span
from vagledning.yaml_data import load_yaml

NO_PAPERS = "no_papers"
_PATH = Path(__file__).with_name("no_papers.yaml")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for items in (doc.get("patterns") or {}).values() for p in items)


def papers_told_missing(text: str) -> bool:
    """``text`` says the papers are missing ("without papers", «بدون مدرک», «без документів»): a diploma named so is
    none to have recognised (assistant/validation_asked.py)."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    return any(p.search(folded) for p in _patterns())


def papers_missing(profile: Profile, text: str, message: int = 0) -> None:
    """Record that the person's papers are missing when ``text`` (redacted) says so, once per profile."""
    from assistant.interpretation.constraints import fold

    if any(c.kind == "other" and c.value == NO_PAPERS for c in profile.constraints):
        return
    folded = fold(text)
    m = next((m for p in _patterns() if (m := p.search(folded))), None)
    if m is not None:
        a, b = m.start(), m.end()
        profile.constraints.append(Constraint(kind="other", value=NO_PAPERS, label=text[a:b].strip()[:120],
                                              span=Span(start=a, end=b, quote=text[a:b], message=message),
                                              confidence=0.8))
