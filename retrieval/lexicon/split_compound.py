"""Swedish compounds written apart ("särskrivning": "matte lärare", "bil mekaniker", "hem tjänst").

Learners of Swedish, and many native writers, split a compound title into its parts; read word by word, the head
alone ("lärare") names the general occupation and the modifier ("matte") is lost, so a maths teacher became a
class teacher for years 1-6 (rater24 c3, sv-easy). Two neighbouring Latin words whose joined form (with the
usual word-end tolerance, tolerance.candidates) is a one-word Swedish term of the lexicon are read as that term,
over both words; the lexicon's longest-match rule then prefers it to the head alone. Only whole terms of the
lexicon are joined (no guessing), only words of three letters or more, and never a first word that is a word of
its own in a sentence (a preposition, pronoun or the like: "jobbade för skolan" is no «förskola»).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from retrieval.lexicon.normalize import script_of_token
from retrieval.lexicon.tolerance import candidates

#: A joined reading is a little less certain than the compound written as one word.
SPLIT_PENALTY = 0.05
MIN_PART = 3
#: Swedish words that stand alone in a sentence and also begin compounds: never read as a compound's first part.
FUNCTION_WORDS = frozenset(
    "för och som med till över under efter mot hos vid från utan inom genom bakom mellan kring samt men att den det "
    "han hon jag mig min mitt mina din ditt vår var har hade kan ska vill inte där här när nog all alla mer mest "
    "ett bra nya ny gamla fler andra egen eget sin sitt sina upp ner bort".split())


def split_compounds(index: dict[str, list[Any]], toks: list[tuple[str, int, int]]) -> Iterator[tuple[int, int, float, Any]]:
    """(start token, end token, score, term) for each pair of words that a one-word Swedish term joins."""
    for i in range(len(toks) - 1):
        a, b = toks[i][0], toks[i + 1][0]
        if len(a) < MIN_PART or len(b) < MIN_PART or not (a + b).isalpha() or a in FUNCTION_WORDS:
            continue
        if script_of_token(a) != "latin" or script_of_token(b) != "latin":
            continue
        best: dict[int, tuple[Any, float]] = {}
        for form, pen in candidates(a + b).items():
            for t in index.get(form, ()):
                if t.lang == "sv" and len(t.toks) == 1 and (id(t) not in best or best[id(t)][1] > pen):
                    best[id(t)] = (t, pen)
        for t, pen in best.values():
            yield i, i + 2, round(1.0 - pen - SPLIT_PENALTY, 3), t
