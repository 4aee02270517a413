"""What the person heard or people say about a field is no work done (third31; rater39 class 1, issue 10).

"I heard UX design has a good market" («شنیدم UX design بازارش خوبه») was read like a story of one's own work: the
statement had no cue, so its title became an experience, and «UX-designer» then led the next answers as "like work you
have done" (rater39 new02 T3/T4). Hearsay phrases (``hearsay.yaml``, every language) make such a statement an
interest at most; a question keeps its own reading, and so does a wish ("my boss says I must become X": a goal).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TypeVar, cast

from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).resolve().parent / "hearsay.yaml"
K = TypeVar("K", bound=str)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return re.compile("|".join(f"(?:{p})" for ps in doc.values() for p in ps or ()) or r"(?!x)x")


def heard_said(statement: str) -> bool:
    """The statement reports what the person heard or people say ("jag har hört att …", «میگن …», "кажуть …")."""
    return bool(_pattern().search(" ".join((statement or "").casefold().split())))


def as_heard(kind: K, statement: str, question: bool) -> K:
    """The kind a statement is read as: a told statement of work that is hearsay is an interest at most."""
    return cast(K, "interest") if kind in ("experience", "other") and not question and heard_said(statement) else kind
