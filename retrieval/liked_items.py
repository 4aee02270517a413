"""The items of a list of likings ("barn, matlagning och att hjälpa andra", «الأطفال والطبخ ومساعدة الناس»).

retrieval/interests.cue_scores lets a general interest topic (helping people) yield to a more specific one (children)
only within one item: "helping children" is the children's, "children, cooking and helping people" three likings
(rater24 c4). Split out of retrieval/interests.py (modules under ~400 lines).
"""
from __future__ import annotations

import re

from retrieval.lexicon.normalize import script_of_token

#: Words that join the items of a list of likings ("barn, matlagning och att hjälpa andra"), in the cue languages.
#: Arabic and Persian «و» also glue onto the next word (handled in :func:`liked_items`). Awaiting native review.
_AND_WORDS = frozenset("och samt and & iyo oo ama و і й та и ምስ".split())


def liked_items(norm: str) -> list[str]:
    """The items of a list of likings in (normalised) ``norm``: split at commas, full stops and "and" words,
    and before an Arabic-script word glued to «و» ("الأطفال والطبخ ومساعدة الناس")."""
    parts: list[str] = []
    cur: list[str] = []
    for piece in re.split(r"([,.;،؛!?؟።፣፡\n]+)", norm):
        if re.fullmatch(r"[,.;،؛!?؟።፣፡\n]+", piece or ""):
            parts.append(" ".join(cur))
            cur = []
            continue
        for w in piece.split():
            glued = script_of_token(w) == "arabic" and w.startswith("و") and len(w) > 3
            if w in _AND_WORDS or glued:
                parts.append(" ".join(cur))
                cur = [w[1:]] if glued else []
                continue
            cur.append(w)
    parts.append(" ".join(cur))
    return [p for p in parts if p.strip()]
