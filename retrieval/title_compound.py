"""Swedish compound titles the taxonomy does not list: the head word names the occupation, the modifier narrows it.

"Restaurangdiskare" ends in the known title "diskare", "elbilsmekaniker" in "bilmekaniker" and "mekaniker";
:func:`compound_heads` finds those heads (retrieval/title_query reads them when the whole word is no known title
and no curated term) and :func:`heads_first` ranks the occupations they title first, the one whose titles also
name the modifier as a word of its own before the rest ("mejeri|operatör" -> "Processoperatör, mejeri")."""
from __future__ import annotations

from retrieval.title_synonym import same_kind
from retrieval.titles import TitleIndex, words

MIN_COMPOUND, MIN_MODIFIER, MIN_HEAD = 8, 2, 4   # "restaurang|diskare", "el|bilsmekaniker": head 4+, modifier 2+


def compound_heads(tidx: TitleIndex, word: str) -> tuple[str, ...]:
    """Known one-word titles an unknown compound ends in, longest first: "elbilsmekaniker" ->
    ("bilmekaniker", "mekaniker") (a linking "s" before the head may be dropped). The head word names
    the occupation; the modifier only narrows it."""
    if len(word) < MIN_COMPOUND or word in tidx.by_alias:
        return ()
    out: list[str] = []
    for i in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        suf = word[i:]
        for cand in (suf, *(suf[:j] + suf[j + 1:] for j in range(3, len(suf) - MIN_HEAD + 1) if suf[j] == "s")):
            if cand in tidx.by_alias and cand not in out:
                out.append(cand)
    return tuple(sorted(out, key=len, reverse=True))


def _modifier(word: str, head: str) -> str:
    """The part of a compound before its head, without a linking "s" ("äldreboende|kock", "vaccinations|...")."""
    if word.endswith(head):
        mod = word[: len(word) - len(head)]
    else:  # the head was found with a linking "s" dropped inside it
        mod = word[: max(0, len(word) - len(head) - 1)]
    return mod[:-1] if mod.endswith("s") and len(mod) > 4 else mod


def _opens(mod: str, alias: str) -> bool:
    """The modifier begins a word of the alias ("mejeri", "gymnasie|skolan"), not the inside of another compound
    ("avdelning" is no "vård|avdelning": an "avdelningssjuksköterska" is no ward nurse for children)."""
    return any(w.startswith(mod) for w in words(alias))


def heads_first(tidx: TitleIndex, heads: tuple[str, ...], hits: list, word: str = "") -> list:
    """Occupations titled by the compound's longest known head first, then shorter heads, then the rest;
    within a head, an occupation whose titles also name the modifier ("gymnasie|matematiklärare" ->
    "Ämneslärare, gymnasieskolan") comes first; fused order otherwise. Before them all, an occupation one of whose
    titles names both, the modifier and a word ending in the head ("mejeri|operatör" -> "Processoperatör, mejeri"):
    the modifier decides the field, a bare head title ("Operatör, Polisen") only the kind of post.
    Scores follow the new order."""
    kinds = {head: same_kind(tidx, head) for head in heads}

    def named(own: set[str], kind: bool = False) -> int | None:
        for i, head in enumerate(heads):
            mod = _modifier(word, head)
            ends = kinds[head] if kind else (head,)
            if len(mod) >= 4 and any(_opens(mod, a) and any(w.endswith(e) for w in words(a) for e in ends)
                                     for a in own):
                return i
        return None

    def tier(h) -> tuple[int, int, int]:
        own = tidx.occupation_aliases(h.concept_id)
        n = named(own)
        if n is not None:
            return 0, n, 0
        n = named(own, kind=True)   # the modifier with a head of the same kind ("kvarn|arbetare" for a medarbetare)
        if n is not None:
            return 0, n, 1
        i = next((i for i, head in enumerate(heads) if head in own), len(heads))
        if i == len(heads):
            return 1, i, 1
        mod = _modifier(word, heads[i])
        return 1, i, 0 if len(mod) >= 4 and any(_opens(mod, a) for a in own) else 1

    tiers = [tier(h) for h in hits]
    if not hits or min(tiers)[:2] == (1, len(heads)):
        return hits
    order = sorted(range(len(hits)), key=lambda i: (tiers[i], i))
    scores = sorted((h.score for h in hits), reverse=True)
    out = [hits[i] for i in order]
    for h, sc in zip(out, scores):
        h.score = sc
    return out
