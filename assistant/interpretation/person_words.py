"""Words a person says to the listener or about the conversation, not about themselves (prof11, rater11 conv3/conv4).

- Forms of address and fillers ("maya walaal", "no bro", "ya akhi", "ወደይ", "брате", "snälla") are blanked out
  before a message is read (same length, so every span stays true): "maya walaal" became a refusal of «walaal».
  Only where they address someone: after a vocative particle, or at a clause's edge with no possessive before them
  ("my brother is a plumber", "min bror" keep the brother).
- "I AM already an undersköterska??" states what one is, even with its question marks (:func:`says_already`).
- A place said to be far ("Stockholm is too far", "aad bay u fog tahay") is not where one lives (:func:`far_away`).

Data: ``person_words.yaml`` (every language as data; non-Swedish entries awaiting native review).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.interpretation.cues import PhraseIndex, toks_of
from retrieval.lexicon.normalize import normalize, tokens
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).resolve().parent / "person_words.yaml"
#: What ends a clause for a form of address at its edge.
_CLAUSE_END = re.compile(r"[,.!?;:،؛؟።፣፡\n]|$")


@lru_cache(maxsize=1)
def _data() -> tuple[PhraseIndex, frozenset[str], frozenset[str], PhraseIndex, PhraseIndex,
                   frozenset[tuple[str, ...]]]:
    # The file is read once, for all its lists.
    doc = load_yaml(_PATH.read_text(encoding="utf-8"))

    def index(key: str) -> PhraseIndex:
        idx = PhraseIndex()
        for items in doc[key].values():
            for phrase in items:
                idx.add(str(phrase), key)
        idx.finalize()
        return idx

    def words(key: str) -> frozenset[str]:
        return frozenset(t for w in doc[key] for t in toks_of(str(w)))

    return index("address_forms"), words("vocative_particles"), words("possessives"), index("already_am"), \
        index("too_far"), frozenset(toks_of(str(c)) for c in doc["identity_cues"])


def _found(index: PhraseIndex, text: str) -> bool:
    toks = [t for t, _, _ in tokens(normalize(text).text)]
    return any(index.find(toks, i) for i in range(len(toks)))


def identity_cue(cue: str | None) -> bool:
    """The statement's experience cue only says "I am" (``identity_cues``): no sign that work follows."""
    return cue is not None and toks_of(cue) in _data()[5]


def says_already(text: str) -> bool:
    """The clause says the person already is (or does) something: "jag ÄR ju redan usk", "I already am a cook"."""
    return _found(_data()[3], text)


def far_away(text: str) -> bool:
    """The clause says something is (too) far away: a place named in it is not where the person lives."""
    return _found(_data()[4], text)


def blank_address(text: str) -> str:
    """``text`` with its forms of address replaced by spaces (see the module docstring)."""
    address, vocative, possessive, *_ = _data()
    norm = normalize(text)
    toks = tokens(norm.text)
    words = [t for t, _, _ in toks]
    out = list(text)
    i = 0
    while i < len(toks):
        hits = address.find(words, i)
        if not hits:
            i += 1
            continue
        end = max(h[0] for h in hits)
        a, b = norm.span(toks[i][1], toks[end - 1][2])
        before = text[:a]
        clause_start = max(before.rfind(c) for c in ",.!?;:،؛؟።፣፡\n") + 1
        prior = [t for t, _, _ in tokens(normalize(text[clause_start:a]).text)]
        after_edge = _CLAUSE_END.match(text[b:].lstrip(" \t")) is not None
        addressed = words[i] in vocative or (bool(prior) and prior[-1] in vocative) or (
            (len(prior) <= 1 or after_edge) and not (prior and prior[-1] in possessive))
        if addressed:
            start = a
            if prior and prior[-1] in vocative:  # the particle goes with it ("ya akhi")
                start = clause_start + text[clause_start:a].casefold().rfind(prior[-1][:1])
            for k in range(start, b):
                if not text[k].isspace():
                    out[k] = " "
        i = end
    return "".join(out)
