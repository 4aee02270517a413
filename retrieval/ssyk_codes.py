"""SSYK 2012 codes for JobTech ssyk-level-4 concepts.

The shared data has no file that links ssyk-level-4 concept ids to their 4-digit codes (the
2019 dump's legacy ids are internal AMS ids, not codes). The SCB classification itself is
public; ``data/ssyk2012.tsv`` carries it (plus the JobTech variant labels), and concepts are
matched to codes by normalised label. Codes also arrive from ads (occupation_group legacy id)
and from the live Taxonomy API.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def _norm(label: str) -> str:
    return re.sub(r"[^0-9a-zåäöéü]+", " ", label.casefold()).strip()


@lru_cache(maxsize=1)
def code_table() -> dict[str, str]:
    """Normalised SSYK label -> 4-digit code."""
    text = resources.files("retrieval").joinpath("data/ssyk2012.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, label = line.split("\t", 1)
        out[_norm(label)] = code
    return out


def code_for_label(label: str) -> str | None:
    """The 4-digit SSYK code of a ssyk-level-4 label, or None when unknown."""
    return code_table().get(_norm(label))
