"""One sentence per frame (issue 10 item 7; rater 7: "the sources say nothing about X for «A»", "… for «B»",
and "«A» requires heavy lifting. «A» requires a heavy load on the back").

The plan says a fact per occupation or per limitation; when two facts of an answer share their wording
(key), their source and every parameter but one, :func:`merge_frames` says them as one sentence at the first
one's place, naming the differing values together ("… about heavy lifting and a heavy load on the back for
«A», «B»"). The same fact twice is said once. Headings, list lines and the suggestions themselves are kept
as they are: each of them stands for its own part of the answer.
"""
from __future__ import annotations

from typing import Any

from assistant.state import Fact

#: Statements each made of one occupation from its own source, said once for all of them with every source marked
#: (rater26 c2 T4 sv-easy: "Det står att «X» är jobb på kontor eller jobb där man sitter" three times in a row).
SOURCED_EACH = ("constraint.fits",)
#: Sentences that open a part of the answer or present a suggestion: never merged.
_KEEP_PREFIXES = ("occ.item", "occ.intro", "reasons.", "ask", "next.heading", "explore.", "courses.intro",
                  "courses.route_intro", "salary.intro", "demand.intro", "heard.", "greeting")


def _mergeable(loc: str, fact: Fact) -> bool:
    if fact.bullet or fact.paragraph or fact.key.startswith(_KEEP_PREFIXES):
        return False
    from assistant.locales import text

    try:
        return not text(loc, fact.key).rstrip().endswith(":")  # a heading stands for the part after it
    except Exception:  # noqa: BLE001 - a key this locale lacks renders empty anyway
        return False


def _values(value: Any) -> list[Any]:
    return list(value["items"]) if isinstance(value, dict) and "items" in value else [value]


def merge_frames(loc: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` with repeated frames said once (a new list; the facts themselves are untouched)."""
    out: list[Fact] = []
    for fact in facts:
        if not _mergeable(loc, fact):
            out.append(fact)
            continue
        for i, earlier in enumerate(out):
            other_source = earlier.source != fact.source
            if earlier.key != fact.key or (other_source and fact.key not in SOURCED_EACH) \
                    or not _mergeable(loc, earlier) or set(earlier.params) != set(fact.params):
                continue
            differing = [k for k in fact.params if _values(earlier.params[k]) != _values(fact.params[k])
                         and fact.params[k] not in _values(earlier.params[k])]
            if not differing:  # the same sentence again
                break
            if len(differing) == 1:
                k = differing[0]
                also = [*earlier.also, *([fact.source] if other_source and fact.source else []), *fact.also]
                out[i] = earlier.model_copy(update={"params": {
                    **earlier.params, k: {"items": [*_values(earlier.params[k]), fact.params[k]]}},
                    "also": list(dict.fromkeys(s for s in also if s != earlier.source))})
                break
        else:
            out.append(fact)
    return out
