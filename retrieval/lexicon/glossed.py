"""An occupation written in the person's own words and then given its Swedish name in brackets is that Swedish name
(told27, rater36 new01 T1: «kalkaaliso ilkaha (tandsköterska)», a dental nurse, was read by «kalkaaliso», a nurse,
and the steps led to «Sjuksköterska, grundutbildad»).

People who know the Swedish title write it beside their own words as its gloss: "X (tandsköterska)", «… (undersköterska)».
The Swedish name is the more exact of the two, so the own-language term right before it (at most two words between,
no sentence end) gives way to it when they name different concepts. A Swedish name glossed in another language
("tandsköterska (dental nurse)") is left as it is: the Swedish one stays the first.
"""
from __future__ import annotations

import re

from retrieval.lexicon.entries import LexiconHit

#: What may stand between a term and the bracket that glosses it: at most two words (the rest of a phrase,
#: «ilkaha» of «kalkaaliso ilkaha»), never a sentence end.
_BETWEEN = re.compile(r"[^\S\n]*(?:[^\W\d]+[^\S\n]+){0,2}?[^\W\d]*[^\S\n]*\([^\S\n]*$")
_SWEDISH = ("sv", "sv-easy")


def glossed_by_swedish(hits: list[LexiconHit], text: str) -> list[LexiconHit]:
    """``hits`` (in text order) without an own-language occupation term glossed by a Swedish one in brackets."""
    drop: set[int] = set()
    for i, h in enumerate(hits):
        if h.kind != "occupation" or h.lang in _SWEDISH:
            continue
        gloss = next((g for g in hits[i + 1:] if g.start >= h.end), None)
        if gloss is None or gloss.kind != "occupation" or gloss.lang not in _SWEDISH \
                or gloss.concept_id == h.concept_id or text[gloss.end:gloss.end + 1] != ")":
            continue
        if _BETWEEN.fullmatch(text[h.end:gloss.start]):
            drop.add(i)
    return [h for i, h in enumerate(hits) if i not in drop]
