"""What a person is allergic to: flour, animals, chemicals and cleaning agents, latex, pollen and plants, dust.

clash18 (rater31 c01): a baker whose doctor said "stop working with flour" was kept as the limitation ``allergy``
alone, and the answer offered cooks, then bakery machine operators. The allergen is read here and kept beside the
limitation as the constraint ``other`` ``allergen:<what>`` (one per allergen), so the suggestions leave out work whose
cited sources show that exposure (retrieval/allergen_demands.py) and the answer names it.

An allergen word counts in the sentence of an allergy ("allergisk mot mjöl", «حساسية من غبار الطحين»), or, once an
allergy is known, in a message that refuses work ("no kitchen either, flour is everywhere": the refusal's reason).
"I like plants" from someone allergic to cats names no allergen. Cue words per language: cues.yaml
``constraints.allergen``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from vagledning.domain.profile import Constraint, Profile, Span

#: ``Constraint(kind="other", value=ALLERGEN_PREFIX + code)``: what the person is allergic to.
ALLERGEN_PREFIX = "allergen:"
#: The allergens the cues name (cues.yaml ``constraints.allergen``), in the order an answer names them.
ALLERGENS = ("flour", "animals", "chemicals", "latex", "pollen", "dust")
#: Words that end a sentence in our scripts.
_STOP = re.compile(r"[.!?؟።\n]")


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    from assistant.interpretation.constraints import CUES_PATH
    from vagledning.yaml_data import load_yaml

    doc = ((load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}).get("constraints") or {}).get("allergen") or {}
    return {code: re.compile("|".join(f"(?:{p})" for p in doc.get(code) or [])) for code in ALLERGENS if doc.get(code)}


def allergens(profile: Profile) -> list[str]:
    """The allergens kept in ``profile``, in the order of :data:`ALLERGENS`."""
    told = {c.value[len(ALLERGEN_PREFIX):] for c in profile.constraints
            if c.kind == "other" and c.value.startswith(ALLERGEN_PREFIX)}
    return [a for a in ALLERGENS if a in told]


def _sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    a = max((m.end() for m in _STOP.finditer(folded, 0, start)), default=0)
    m = _STOP.search(folded, end)
    return a, m.start() if m else len(folded)


def read_allergens(profile: Profile, text: str, folded: str, message: int, spans: list[tuple[int, int]]) -> None:
    """Keep the allergens ``text`` names (``folded``: its folded form, same length) in ``profile``, read in the
    sentences of ``spans`` (this message's allergy cues; the whole message for a refusal's reason)."""
    windows = [_sentence(folded, a, b) for a, b in spans]
    found: dict[str, re.Match[str]] = {}
    for code, pat in _cues().items():
        for a, b in windows:
            m = pat.search(folded, a, b)
            if m:
                found.setdefault(code, m)
                break
    if "flour" in found:  # ("flour dust", «غبار الطحين»: the dust is the flour's)
        found.pop("dust", None)
    have = set(allergens(profile))
    for code, m in found.items():
        if code in have:
            continue
        profile.constraints.append(Constraint(kind="other", value=ALLERGEN_PREFIX + code, label=text[m.start():m.end()],
                                              span=Span.of(text, m.start(), m.end(), message), confidence=0.8))


def refusal_allergens(profile: Profile, message: Profile, text: str, index: int) -> None:
    """An allergy known, and a message that refuses work: the allergens it names are the refusal's reason ("no kitchen
    either, flour is everywhere"), kept in ``profile`` (the conversation's, after the message was merged)."""
    if not any(c.kind == "limitation" and c.value == "allergy" for c in profile.constraints) \
            or not any(c.kind == "avoid" for c in message.constraints):
        return
    from assistant.interpretation.constraints import fold

    read_allergens(profile, text, fold(text), index, [(0, len(text))])
