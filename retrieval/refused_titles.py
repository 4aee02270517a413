"""The trade a bare family word refuses, by the head word of its titles (read by
:func:`retrieval.refused_family.refused_family`).

"ما بدي ميكانيك" (no mechanics) was linked, through the curated lexicon's entry for mechanics, to «Underhållsmekaniker»
and «Verkstadsmekaniker» (SSYK 7233, 7223), so «Maskinmekaniker» and «Småmaskinsmekaniker» (7231) came back in the next
list (rater26 C5 T4/T6): a trade's titles lie in several SSYK groups. Swedish names a trade by the head of its
compounds ("-mekaniker", "-städare"); a refusal that is only the trade's word (nothing else said of it: not "small
machine mechanics") refuses every title whose word ends in that head.

The head is the lexicon entry's own Swedish word for the trade (its first Swedish term, one word of at least
:data:`HEAD_MIN` letters) when at least :data:`HEAD_SHARED` of the entry's titles end in it, so an entry named for a
place ("restaurang" for Restaurangbiträde, Grillbiträde) never refuses every "-biträde" (Vårdbiträde).
"""
from __future__ import annotations

import re
from functools import lru_cache

from vagledning.domain.profile import Profile

HEAD_MIN = 7
HEAD_SHARED = 2
_WORD = re.compile(r"[^\W\d_]+")
#: Words of a refusal that say nothing of the work refused ("want to be", "become", "work as"): a refusal of them and
#: the trade's word alone is still bare (" want to be a mechanic"). Short words (under four letters: "bli", "صير",
#: "شوم") are never counted.
_EMPTY = {"want", "wants", "wanna", "dont", "become", "being", "work", "working", "more", "anymore", "jobba", "arbeta",
          "vara", "längre", "хочу", "бути", "стати", "працювати", "більше", "noqdo", "ahaado", "rabo", "rabaa",
          "shaqo", "ክኸውን", "ክሰርሕ", "شوم", "بشم", "بدي", "اريد", "أريد", "شغل", "اشتغل", "کار", "میخواهم",
          "نمیخواهم"}


@lru_cache(maxsize=1)
def _entries() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Lexicon entry key -> (its first Swedish term, its titles), for entries of several titles."""
    from retrieval.lexicon import Lexicon

    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for e in Lexicon.load().entries:
        sv = (e.terms.get("sv") or [""])[0]
        if e.kind == "occupation" and len(e.concepts) >= HEAD_SHARED and sv:
            out[e.key] = (sv.casefold(), tuple(e.concepts.values()))
    return out


def ends_in(label: str, head: str) -> bool:
    """A word of ``label`` ends in ``head`` ("Småmaskinsmekaniker" in "mekaniker")."""
    return any(w.endswith(head) for w in _WORD.findall(label.casefold()))


def _head(quote: str) -> str | None:
    """The trade's head word when ``quote`` is only the trade's word (a curated lexicon term), else None."""
    from retrieval.lexicon import match

    text = quote.strip()
    entries = _entries()
    for hit in match(text, kinds=("occupation",)):
        entry = entries.get(hit.key)
        if entry is None:
            continue
        head, titles = entry
        rest = [w for w in _WORD.findall(text[:hit.start] + " " + text[hit.end:])
                if len(w) >= 4 and w.casefold() not in _EMPTY]
        if (not rest and " " not in head and len(head) >= HEAD_MIN
                and sum(1 for t in titles if ends_in(t, head)) >= HEAD_SHARED):
            return head
    return None


def refused_heads(profile: Profile) -> dict[str, str]:
    """{head word: refused label} for each refusal that is only a trade's word (see the module docstring)."""
    out: dict[str, str] = {}
    for c in profile.constraints:
        if c.kind != "avoid" or c.concept is None or c.concept.kind != "occupation" or c.span is None:
            continue
        head = _head(c.span.quote)
        if head is not None:
            out.setdefault(head, c.concept.label)
    return out
