"""Somali agent nouns in -le: "Xle", the one with X, names the trade whose title is "X" and its maker or doer.

«12 sano ayaan rootiile ahaa» (I was a baker for 12 years: «rooti», bread, + -le) was read as no work at all, though
the lexicon has the baker's title «rooti sameeye» (bread maker; clash18 so). Somali makes a person of a thing with
-le – «hilible» (meat: butcher), «dukaanle» (shop: shopkeeper), «rinjiile» (paint: painter) – and the lexicon names a
few of them, while its titles more often pair the object with an agent noun in -e: «rooti sameeye», «weel dhaqe»
(dish washer), «timo jare» (hair cutter). Here a word in -le (also its case forms, «rootiilaha», «rootiilihii»: the
tolerance candidates) that no term matched reads as the title of its object with such an agent noun, at a penalty.
"""
from __future__ import annotations

from retrieval.lexicon.entries import Term
from retrieval.lexicon.morph import so_short

#: The Somali suffix of a person "with X", and the least letters its object keeps.
AGENT_SUFFIX, MIN_OBJECT = "le", 3
#: The penalty of a title reached through the object of an agent noun (as for a case form, a little more).
AGENT_PENALTY = 0.1


def object_title(term: Term) -> str | None:
    """The key under which a Somali title "object + agent noun in -e" («rooti sameeye») is found: its object with the
    long vowels short; None for any other term."""
    if term.lang != "so" or term.entry.kind != "occupation" or term.entry.role != "title" or len(term.toks) != 2:
        return None
    obj, agent = term.toks
    # (an agent noun ends in -e, an abstract noun in -me is none: «shaqaale dhisme», construction worker; an object
    # that is itself a person in -e, «kaaliye xisaabiye», is no thing one is "with")
    agentive = agent.endswith("e") and not agent.endswith("me") and len(agent) >= 4
    return so_short(obj) if agentive and not obj.endswith("e") and len(obj) >= MIN_OBJECT else None


def agent_nouns(titles: dict[str, list[Term]], toks: list[tuple[str, int, int]], cands: list[dict[str, float]],
                found: list[tuple[int, int, float, Term]]) -> list[tuple[int, int, float, Term]]:
    """(token start, token end, score, term) for each Latin word in -le (or a case form of one) that no match in
    ``found`` covers and whose object is the object of a title in ``titles`` (:func:`object_title`)."""
    covered = {k for a, b, _, _ in found for k in range(a, b)}
    out: list[tuple[int, int, float, Term]] = []
    for i, (tok, _, _) in enumerate(toks):
        if i in covered or not tok.isascii() or not tok.isalpha():
            continue
        best: dict[int, tuple[Term, float]] = {}
        for form, pen in cands[i].items():
            if not form.endswith(AGENT_SUFFIX) or len(form) - len(AGENT_SUFFIX) < MIN_OBJECT:
                continue
            for t in titles.get(so_short(form[: -len(AGENT_SUFFIX)]), ()):
                if id(t) not in best or best[id(t)][1] > pen:
                    best[id(t)] = (t, pen)
        out += [(i, i + 1, max(0.5, round(1.0 - AGENT_PENALTY - pen, 3)), t) for t, pen in best.values()]
    return out
