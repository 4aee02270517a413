"""English ad titles whose head is an ESCO label: the head names the occupation, the words before it narrow it.

"Finish carpenter", "Child protection social worker", "Framing carpenter": the whole title is no ESCO label, so
the official ESCO -> JobTech mapping (retrieval/title_query.esco_first) is not used, and the fused ranking,
which sees the modifier as much as the head, can put a foreman or a road worker first. The head of an English
noun-compound title is its last word(s) (issue 9: the head of a compound names the occupation, known modifiers
only narrow it); :func:`head_label_first` looks up the longest tail of the title that is an ESCO label as
written and lets that label's mapping order the hits, as a whole-title label would. A phrase with a function
word ("Head of IT", "Engineer in training") has no such tail head and is left alone; seniority words decide
nothing. Data only: the ESCO labels and the official mapping tables, no word list of occupations.
"""
from __future__ import annotations

import re

from retrieval.title_modifier import _NOT_MODIFIERS, _STRUCTURE
from retrieval.titles import TitleIndex, fold, words

MAX_WORDS = 5     # a title, not a sentence


def head_tails(core: str) -> list[str]:
    """The title's tails, longest first, without its first word ("child protection social worker" ->
    "protection social worker", "social worker", "worker"); none for a phrase or a single word."""
    ws = words(re.sub(r"\([^)]*\)?", " ", core))   # "(SRE)": an aside, not the head
    ws = [w for w in ws if w not in _NOT_MODIFIERS]
    if len(ws) < 2 or len(ws) > MAX_WORDS or any(w in _STRUCTURE for w in ws):
        return []
    return [" ".join(ws[i:]) for i in range(1, len(ws))]


def _mapped(search, rel, label: str) -> dict[str, int]:
    """JobTech occupation -> relation rank (exact 0 … broad 3) of the ESCO occupation whose preferred label is
    ``label`` as written, from the official mapping; empty when no preferred label is."""
    from retrieval.title_query import _RELATION_RANK

    out: dict[str, int] = {}
    for hit in search.search(label, "esco_occupation", 5, bridges=False):
        if hit.matched_part != "title" or fold(hit.matched).strip() != label:
            continue
        for link in rel.jobtech_for_esco(hit.concept_id):
            if link.concept_type == "occupation":
                r = _RELATION_RANK.get(link.relation, 4)
                out[link.jobtech_id] = min(out.get(link.jobtech_id, r), r)
    return out


def head_label_first(search, rel, tidx: TitleIndex, core: str, hits: list) -> list:
    """The occupations the official mapping gives the longest tail of ``core`` that is an ESCO preferred label
    ("carpenter" of "Finish carpenter") first, by relation (exact first) and fused order; among them the
    title's modifiers decide as for any English title (retrieval/title_modifier: "Hotel housekeeper");
    ``hits`` itself when no tail is such a label or none of its occupations is among the hits."""
    from retrieval.title_modifier import english_words, modifier_first, stem

    try:
        own = english_words(search, rel)[0].get(hits[0].concept_id, frozenset()) if hits else frozenset()
        for tail in head_tails(core):
            # The first hit already reads a word the tail leaves out ("Mechanical Design Engineer" is a mechanical
            # engineer before a design engineer): the whole title was read, the fused order stands.
            if any(stem(w) in own for w in words(core)[: len(words(core)) - len(tail.split())]):
                return hits
            rank = _mapped(search, rel, tail)
            block = sorted((i for i, h in enumerate(hits) if h.concept_id in rank),
                           key=lambda i: (rank[hits[i].concept_id], i))
            if not block:
                continue
            head = modifier_first(search, rel, tidx, core, [hits[i] for i in block])
            out = head + [h for i, h in enumerate(hits) if i not in set(block)]
            scores = sorted((h.score for h in hits), reverse=True)
            for h, sc in zip(out, scores):
                h.score = sc
            return out
    except Exception:  # noqa: BLE001 - no ESCO documents or mapping: the fused order stands
        return hits
    return hits
