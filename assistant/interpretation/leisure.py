"""A doing placed in the person's free time is a liking, not work done (read18).

rater17: "I play football with kids every weekend", "I cook a lot at home for my family", "ich koche gern" kinds were
read as experience: a present-tense hobby names the work (a cook, a hairdresser) but tells no work done. A statement
with a leisure marker (leisure.yaml: "at home", "in my free time", "every weekend", "for my family", 8 languages) and
no cue of work done, a wish, schooling or a language is read as an interest (segment.classify_statement).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from assistant.interpretation.cues import PhraseIndex

LEISURE_PATH = Path(__file__).with_name("leisure.yaml")
#: Cue kinds that keep their own reading beside a leisure marker ("I worked at home as a dagmamma").
TOLD_OTHERWISE = frozenset({"experience", "wish", "education", "language", "negation"})


@lru_cache(maxsize=1)
def _doc() -> dict:
    return yaml.safe_load(LEISURE_PATH.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _markers() -> PhraseIndex:
    doc = _doc()
    index = PhraseIndex()
    for lang, items in (doc.get("markers") or {}).items():
        for phrase in items:
            index.add(str(phrase), lang)
    index.finalize()
    return index


def at_leisure(toks, found_kinds) -> bool:
    """The statement's tokens place the doing in free time and its cues (``found_kinds``) tell nothing else."""
    if TOLD_OTHERWISE.intersection(found_kinds):
        return False
    work = tuple(str(w) for w in _doc().get("work_words") or ())
    if any(t.startswith(work) for t in toks) or any(w in " ".join(toks) for w in work if " " in w):
        return False  # working or selling at home is work ("I sew clothes at home and sell them")
    index = _markers()
    return any(index.find(list(toks), i) for i in range(len(toks)))
