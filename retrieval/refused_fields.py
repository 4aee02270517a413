"""Whole areas of work a refusal names in words: the JobTech occupation fields it turns away from.

"Jag vill bort från vård och omsorg helt" from an assistant nurse was read as a refusal and linked to a few care
occupations (their SSYK groups left out), but Stödpedagog, Handledare inom LSS, Personlig assistent and
Boendestödjare came back: they are of other groups, and of the field JobTech files social care under (rater33 new03,
issue 10 item 4). A refusal that names the area (retrieval/refused_fields.yaml, all 8 languages) leaves out every
occupation of its fields (``retrieval.refused_family.Family.field_labels``), whatever group it is in.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from vagledning.domain.profile import Profile

PATH = Path(__file__).with_name("refused_fields.yaml")


@functools.cache
def _areas() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """(field labels, one pattern of every language's terms) per area."""
    out = []
    for area in yaml.safe_load(PATH.read_text(encoding="utf-8")):
        terms = [t for words in area["terms"].values() for t in words]
        alts = [re.escape(t[:-1]).replace(r"\*", r"\w*").replace(r"\ ", r"\s+") + r"\w*" if t.endswith("*")
                else re.escape(t).replace(r"\*", r"\w*").replace(r"\ ", r"\s+") + r"(?!\w)" for t in terms]
        out.append((tuple(area["fields"]), re.compile(r"(?<!\w)(?:" + "|".join(alts) + ")", re.I)))
    return tuple(out)


def named_fields(words: str) -> list[str]:
    """The occupation fields an area named in ``words`` covers (none when no area is named)."""
    return [f for fields, pattern in _areas() if pattern.search(words) for f in fields]


def refused_fields(profile: Profile) -> dict[str, str]:
    """Occupation field label -> the refusal's words, for each area a refusal names."""
    out: dict[str, str] = {}
    for c in profile.constraints:
        if c.kind != "avoid":
            continue
        said = " ".join(x for x in (c.span.quote if c.span is not None else "", c.label or "") if x)
        for f in named_fields(said):
            out.setdefault(f, c.label or said)
    return out
