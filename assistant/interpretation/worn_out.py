"""Worn out in one's own work, or wanting something completely different, is a turn away from it (leave18).

Rater30 c04: "I've done IT support/helpdesk for about 7 years in Uppsala and honestly I'm burnt out. I'd love to work
with animals" got «Helpdesktekniker/Supporttekniker» as its third idea, "because it is like work you have done": the
years of experience outweighed the burnout, which nothing read. A counsellor hears "burnt out", "slutkörd", «تعبت
كتير», "aad baan u daalay", «ኣዝየ ደኺመ», «خسته و بریده», "вигорів", or "something completely different", as a wish to
leave that field. The patterns (``worn_out.yaml``, per language) are read beside ``cues.yaml`` ``change_field`` by
:func:`assistant.interpretation.turning_away.turning_away`, with its guards ("I don't want to quit", "in the meantime",
an option refused before it): the person's own work and its family stay out of the answer, and no suggestion is
called close to it; the skills they have still lead on (retrieval/matching ``transfer``). Time and doubt ("I don't
know how long I can manage") are no part of it.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "worn_out.yaml"


@functools.cache
def worn_out_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """("worn_out", pattern) for every language's line, run on the folded message (constraints.fold)."""
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    return tuple(("worn_out", re.compile(p)) for pats in doc.values() for p in pats or [])


def says_worn_out(folded: str) -> bool:
    """Whether the folded text says the person is worn out in their work or wants something completely different."""
    return any(p.search(folded) for _, p in worn_out_patterns())
