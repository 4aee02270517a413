"""Work a young person may not do or be at: a curated, cited list of age limits (youth21).

A pupil of 16 who likes games was offered Croupier: the regulated-professions source and ESCO name the licences only
adults hold (lorry, bus, taxi; retrieval/constraints.adult_only), but not the work whose place or tasks have an age
limit of their own (gambling, a bar, guarding). ``age_limits.yaml`` lists those SSYK 2012 groups with the lowest age,
the rule and where it is stated; an occupation of such a group is left out for a person younger than the limit. The
exclusion cites Arbetsmiljöverket's rules for minors (the curated route ``minderarig_arbete``: some tasks a minor may
not do at all) and carries the specific rule and its source as the evidence.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from retrieval.constraints import Exclusion
from vagledning.yaml_data import load_yaml

DATA = Path(__file__).resolve().parent / "age_limits.yaml"
#: The cited rule for minors (ingest/data/education_routes.yaml ``minderarig_arbete``, in the store as a route).
MINORS_RULES = "route:minderarig_arbete"
#: A pupil with no told age is taken to be under this (``Profile.is_youth``).
ADULT = 18


@lru_cache(maxsize=1)
def _limits() -> list[dict[str, Any]]:
    return list((load_yaml(DATA.read_text(encoding="utf-8")) or {}).get("limits") or [])


def age_limited(occupation_id: str, label: str, ssyk_code: str | None, years: int | None) -> Exclusion | None:
    """The rule that keeps a person of ``years`` (None: a pupil, under 18) from ``occupation_id``'s work, or None."""
    if not ssyk_code:
        return None
    for limit in _limits():
        if ssyk_code.startswith(tuple(limit["ssyk"])) and (years if years is not None else ADULT - 1) < int(limit["age"]):
            return Exclusion(occupation_id, label, "age_limit", MINORS_RULES, f"{limit['sv']} ({limit['source']})")
    return None
