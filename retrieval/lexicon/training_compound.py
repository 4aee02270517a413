"""The trade inside a Swedish training compound ("elektrikerutbildningen", "undersköterskeutbildning",
"svetsarkursen", "barnskötarprogrammet", "lastbilskörkortet").

Swedish names a training by the trade it leads to, joined into one word before the training's word: the head of the
compound is the training, its first part the trade. Read as one word the compound matches no term, so "how long is
the electrician training?" named no occupation and the answer said no course was found (wishnot12v, sv). A word that
ends in a training word (utbildning, kurs, program, linje, körkort, in any form) is read as the one-word Swedish
occupation term of its first part, with the linking letters Swedish puts between the parts ("svetsar|e" ->
svetsare, "undersköterske" -> undersköterska, "lastbils" -> lastbil) and the usual word-end tolerance. Only whole
one-word Swedish terms of the lexicon are read (no guessing), over the whole compound word. Other languages write
the trade as a word of its own beside the training («آموزش برقکاری», «دورة كهرباء», "koorsada korontada"), which the
ordinary match reads.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from retrieval.lexicon.normalize import script_of_token
from retrieval.lexicon.tolerance import candidates

#: A compound read through its training word is a little less certain than the trade's own word.
TRAINING_PENALTY = 0.08
MIN_HEAD = 4
#: A Swedish word that is a training of the trade its first part names (the form's ending free: -en, -ar, -et …).
_TRAINING = re.compile(rf"^(?P<head>[a-zåäöéü]{{{MIN_HEAD},}}?)-?(?:utbildning|kurs|program|linje|körkort)[a-z]{{0,5}}$")
#: The linking letters of a Swedish compound's first part, and what its own word ends in instead.
_LINKS = (("", ""), ("s", ""), ("e", "a"), ("", "e"), ("e", ""), ("a", "e"))
#: First parts that name a field or a workplace, not a trade: the national upper-secondary programmes are named so
#: («restaurangprogrammet», «hotellprogrammet», «barn- och fritidsprogrammet»), and a workplace's training is no
#: training of one trade («butiksutbildning»).
FIELD_HEADS = frozenset(
    "restaurang hotell fritid fritids bageri lager butik bygg handel handels vård omsorg industri fordon fordons "
    "turism data it el energi teknik natur ekonomi hantverk transport språk svenska".split())


def heads(word: str) -> dict[str, float]:
    """The forms the first part of a training compound may stand for, with a penalty; empty for any other word."""
    m = _TRAINING.match(word)
    if not m or script_of_token(word) != "latin":
        return {}
    head = m.group("head")
    if head in FIELD_HEADS or head.rstrip("s") in FIELD_HEADS:
        return {}
    out: dict[str, float] = {}
    for drop, add in _LINKS:
        if drop and not head.endswith(drop):
            continue
        base = (head[: -len(drop)] if drop else head) + add
        if len(base) < MIN_HEAD:
            continue
        for form, pen in candidates(base).items():
            out[form] = min(out.get(form, 1.0), pen + (0.02 if drop or add else 0.0))
    return out


def training_compounds(index: dict[str, list[Any]], toks: list[tuple[str, int, int]]) -> Iterator[tuple[int, int, float, Any]]:
    """(start token, end token, score, term) for each word that names a trade's training: the trade's one-word term."""
    for i, (tok, _, _) in enumerate(toks):
        if i and toks[i - 1][0] == "och":  # («bygg- och anläggningsprogrammet»: a programme named by its fields)
            continue
        best: dict[int, tuple[Any, float]] = {}
        for form, pen in heads(tok).items():
            for t in index.get(form, ()):
                if t.lang == "sv" and len(t.toks) == 1 and t.entry.kind == "occupation" \
                        and t.entry.role == "title" and (id(t) not in best or best[id(t)][1] > pen):
                    best[id(t)] = (t, pen)
        for t, pen in best.values():
            yield i, i + 1, round(1.0 - pen - TRAINING_PENALTY, 3), t


_WORD = re.compile(r"\w+(?:-\w+)?")


def written_apart(text: str) -> str:
    """``text`` with each training compound whose first part is a trade of the lexicon written as two words
    ("hur lång är elektrikerutbildningen?" -> "hur lång är elektriker utbildningen?"): the question's cue words
    («utbildning», «kurs») then take the training's word only, and the trade is left to name the occupation."""
    from retrieval.lexicon import Lexicon

    index = Lexicon.load()._index  # (this package's own index)

    def apart(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.casefold()
        hit = _TRAINING.match(low)
        found = sorted(training_compounds(index, [(low, 0, len(low))]), key=lambda f: -f[2]) if hit else []
        if hit is None or not found:
            return word
        at = len(hit.group("head"))  # (the trade's own word: "svetsar|utbildningen" -> "svetsare utbildningen")
        return f"{found[0][3].term} {word[at:].lstrip('-')}"

    return _WORD.sub(apart, text or "")
