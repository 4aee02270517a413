"""A title word and its qualifier written apart or clipped, read as the known title they make.

Swedish ads write the compound of a title apart or shorten its modifier: "Lärare F-3" is the
title "F-3-lärare", "Projektledare el" is "Projektledare, el", "Säljare B2B" is "B2B-säljare",
"Elektriker till service" is "Serviceelektriker", "Montör till elektronikproduktion" is an
"Elektronikmontör", "Ek.assistent" / "Adm. assistent" clip "ekonomi-" / "administrations-". The bare
title word ("lärare", "säljare", "montör") is shared by dozens of occupations, so the search would
otherwise rank by the generic word and the qualifier's own hits (a lexicon term for "lärare" put
"Ämneslärare, 7-9" first for "Lärare F-3"). :func:`qualified_title` gives the known title (an alias
of the title index: taxonomy titles and Swedish ESCO labels) that the head word and one of its
qualifiers make, or "" when none does; a rewrite only ever goes to a title the index lists.
"""
from __future__ import annotations

import re

from retrieval.titles import TitleIndex, fold

MIN_HEAD = 4          # a head title word ("lärare", "montör"); shorter words are qualifiers
MIN_PREFIX = 4        # a compound qualifier's leading part joined to the head ("elektronik|produktion")
MAX_CLIP = 4          # a clipped modifier ("ek.", "adm.") is at most this long
_PUNCT = ",.!:;()[]"
# Words between a title and its qualifier that are neither ("till", "inom", "för", "med", "på", "i", "hos")
_LINKS = {"till", "inom", "för", "på", "i", "hos", "med", "vid", "mot", "och", "&", "-", "–"}
_WORKPLACE = {"till", "hos", "vid", "på", "i"}
# A clip is marked by its full stop ("Ek.assistent"); a hyphen joins whole words ("Java-utvecklare").
_CLIPPED = re.compile(rf"^([^\W\d_]{{2,{MAX_CLIP}}})\.\s*([^\W\d_]{{{MIN_HEAD},}})$")


def _tokens(query: str) -> list[str]:
    return [t for t in (fold(w).strip(_PUNCT) for w in query.split()) if t]


def _joined(tidx: TitleIndex, qualifier: str, head: str) -> str:
    """The known title of the qualifier joined to the head, as a compound or the label's comma form
    ("f-3" + "lärare" -> "f-3-lärare", "el" + "projektledare" -> "projektledare, el")."""
    for cand in (f"{qualifier}{head}", f"{qualifier}-{head}", f"{qualifier}s{head}", f"{head}, {qualifier}"):
        if cand in tidx.by_alias:
            return cand
    # A compound qualifier ("elektronikproduktion", "medicinavdelning"): its leading part may be the
    # modifier ("elektronik|montör"); the longest known one wins.
    if len(qualifier) >= 2 * MIN_PREFIX and qualifier.isalpha():
        for i in range(len(qualifier) - 1, MIN_PREFIX - 1, -1):
            part = qualifier[:i]
            for cand in (f"{part}{head}", f"{part}-{head}"):
                if cand in tidx.by_alias:
                    return cand
    return ""


def _unclipped(tidx: TitleIndex, clip: str, head: str) -> str:
    """The one-word known title whose modifier begins with a clipped "X." before the head ("ek." +
    "assistent" -> "ekonomiassistent"); the shortest such title, "" when there is none."""
    cands = [a for a in tidx.by_alias if a.endswith(head) and a.startswith(clip) and " " not in a
             and len(a) > len(head) + len(clip)]
    return min(cands, key=lambda a: (len(a), a)) if cands else ""


def qualified_title(tidx: TitleIndex, query: str, ad_words: set[str] | frozenset[str] = frozenset()) -> str:
    """The known title made by a head title word and its qualifier ("" when none): the head is the first
    token that is a word of known titles; the qualifiers are the other tokens, ad words and links left out."""
    raw = " ".join(query.split())
    if fold(raw).strip() in tidx.by_alias:
        return ""
    toks = [t for t in _tokens(raw) if t not in ad_words]
    if not toks or any(" ".join(toks[:n]) in tidx.by_alias for n in range(2, len(toks) + 1)):
        return ""  # (a known title of several words, "personlig assistent till …", is read as written)
    # "Ek.assistent", "Adm. assistent": a clipped modifier glued to (or just before) the head.
    m = _CLIPPED.match(toks[0]) if len(toks) == 1 else None
    if m is None and len(toks) >= 2 and len(toks[0]) <= MAX_CLIP + 1 and raw.split()[0].endswith(".") \
            and toks[1] in tidx.vocab:
        m = re.match(r"(.+)", toks[0])
        head = toks[1]
        return _unclipped(tidx, m.group(1), head) if m else ""
    if m is not None:
        clip, head = m.group(1), m.group(2)
        if head in tidx.vocab and f"{clip}-{head}" not in tidx.by_alias:
            return _unclipped(tidx, clip, head)
        return ""
    heads = [i for i, t in enumerate(toks) if len(t) >= MIN_HEAD and t.isalpha() and t in tidx.vocab]
    if not heads:
        return ""
    h = heads[0]
    head = toks[h]
    # A workplace ("till akutmottagning", "på hjärtavdelningen") narrows only a word that is no title on its
    # own ("elektriker till service" is a Serviceelektriker); a nurse sent to a ward stays a nurse.
    own = head in tidx.by_alias
    at_work = False
    for q in toks[:h] + toks[h + 1:]:
        if q in _LINKS or q == head:
            at_work = at_work or q in _WORKPLACE
            continue
        found = "" if at_work and own else _joined(tidx, q, head)
        if found:
            return found
    return ""
