"""The field an ad title names decides between the top occupations the search found for it.

"Sömmerska konfektion", "Chaufför djurtransporter", "Diskare laboratorium": the title word ("sömmerska") is a
known title of many occupations and the fused ranking can put the bare head's occupation first, while the
next one is titled by the field itself ("Konfektionssömmerska", "Djurtransportförare", "Laboratoriediskare").
:func:`field_named_first` reads the title's field words (a word that is no title word, or the modifier of a
compound whose head is a known title: "valuta|rådgivare") and, when the first hit's own titles name fewer of them
than another hit in the top ``WINDOW``, moves that hit first. The evidence is the occupations' own titles
(taxonomy and Swedish ESCO labels), never a word list.
"""
from __future__ import annotations

import os

from retrieval.title_compound import compound_heads
from retrieval.title_headline import _SPECIALIST, promoted
from retrieval.titles import TitleIndex, fold, words

WINDOW = 3           # only the top few: a field word is evidence between near-equal readings, not a new search
MIN_FIELD = 4        # a field word, not a syllable
SHARED = 0.7         # the share of the field word an alias word must begin with ("djurtransporter" ~ "djurtransport|förare")
_WHERE = {"till", "i", "på", "hos", "vid", "åt"}
_STOP = {"till", "för", "inom", "på", "i", "vid", "hos", "av", "med", "och", "åt", "som", "samt"}


def _fields(tidx: TitleIndex, core: str, filler: set[str] | frozenset[str]) -> tuple[list[str], set[str]]:
    """(the title's field words, its head words: known titles as written and the known heads of its compounds)."""
    out: list[str] = []
    heads: set[str] = set()
    raw = core.split()
    for n, w in enumerate(words(core)):
        if w in _WHERE:
            break   # "till akuten", "på lagret": the workplace, which a general title keeps (retrieval/title_query)
        if w in tidx.by_alias:
            heads.add(w)
            continue
        known = compound_heads(tidx, w)
        if known:
            heads.add(known[0])
        # a name ("Skatteverket", "Väst") or an ad word is no field
        if w in _STOP or w in filler or len(w) < MIN_FIELD or (n and len(raw) == len(words(core))
                                                                and raw[n][:1].isupper()):
            continue
        # the modifier of an unknown compound with a known head ("valuta|rådgivare"), or the word itself
        split = next((w[:i] for i in range(MIN_FIELD, len(w) - MIN_FIELD + 1) if w[i:] in tidx.by_alias), "")
        if split:
            out.append(split[:-1] if split.endswith("s") and len(split) > MIN_FIELD else split)
        elif w not in tidx.vocab:
            out.append(w)
    return out, heads


def _names(field: str, alias_words: list[str]) -> bool:
    need = max(MIN_FIELD, int(SHARED * len(field) + 0.5))
    return any(len(os.path.commonprefix((field, a))) >= need for a in alias_words)


def field_named_first(tidx: TitleIndex, core: str, hits: list, filler: set[str] | frozenset[str] = frozenset()) -> list:
    """The hit among the top ``WINDOW`` whose titles name most of the title's field words first, when the first
    hit names fewer (fused order breaks ties); a title known as written keeps its order. Scores follow the order."""
    if not hits or fold(core).strip() in tidx.by_alias or len(words(core)) < 2:
        return hits   # one compound: its modifier is read by retrieval/title_compound.heads_first
    fields, heads = _fields(tidx, core, filler)
    if not fields or not heads:
        return hits
    top = hits[:WINDOW]

    def named(h) -> int:
        aw = [w for a in tidx.occupation_aliases(h.concept_id) for w in words(a)] + words(h.title)
        # only an occupation the title's own head word titles, and no specialist post a field word alone names
        if _SPECIALIST.search(h.title) or not any(w.endswith(x) for w in aw for x in heads):
            return -1
        return sum(1 for f in fields if _names(f, aw))

    ev = [named(h) for h in top]
    best = max(range(len(top)), key=lambda i: (ev[i], -i))
    if ev[best] <= max(ev[0], 0):
        return hits
    return promoted(hits, best, WINDOW)
