"""The interest topics (retrieval/interest_cues.yaml) named in the reader's language, for the reason a suggestion is
given: "it fits your interest in animals" rather than "all of them fit your interests" for three suggestions of two
interests (interp24, issue 9; rater33). The names are data (interest_topics.yaml), one per topic and locale."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from vagledning.yaml_data import load_yaml

NAMES_PATH = Path(__file__).with_name("interest_topics.yaml")


@lru_cache(maxsize=1)
def _names() -> dict[str, dict[str, str]]:
    data = load_yaml(NAMES_PATH.read_text(encoding="utf-8")) or {}
    return {str(k): {str(lg): str(n) for lg, n in (v or {}).items()} for k, v in data.items()}


def topic_name(loc: str, key: str | None) -> str:
    """The topic ``key`` named in locale ``loc``; "" when it has no name there (the general reason is said then)."""
    return _names().get(key or "", {}).get(loc, "")
