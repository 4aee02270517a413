"""Each kind of work a wish names as an alternative is a wish: "vill jobba som lokalvårdare eller barnskötare kanske".

A wish statement keeps its two best links (``interpreter._interpret``), and a title with several readings fills both:
«lokalvårdare» is Städare/Lokalvårdare and Hemstädare, "cook" two kinds of cook, and the child minder named after
"or" was never read (cost14 sv: "do I pay for the training?" then named the cleaning course alone, and not that
Komvux, the way to barnskötare, is free). Here an alternative after "or" (or a slash) that none of the statement's
curated links lies in is linked alone, and its curated title, clearly named, is a wish of its own – as the
alternatives of a wish put as a question already are (``wishes.proposal_wishes``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.interpretation import linking

#: "or" between two kinds of work, in our languages (user text as written; Persian «یا», Arabic «يا»), or a slash.
#: (no comma: a comma also parts a wish from where or how it is wanted, "kock, gärna i Malmö")
_OR = re.compile(r"\s+(?:eller|or|او|أو|ولا|والا|ama|mise|ወይ|ወይስ|یا|يا|або|чи)\s+|\s*/\s*")
#: A title named outright (a curated term's score): no guess from the words around it.
NAMED_TITLE = 0.9


def or_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the alternatives "X or Y" within ``text[a:b]``; [] when it names no alternatives."""
    out: list[tuple[int, int]] = []
    start = a
    for m in _OR.finditer(text, a, b):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if out and text[start:b].strip():
        out.append((start, b))
    return out if len(out) > 1 else []


def alternative_links(text: str, st, focus: tuple[int, int], chosen: list[linking.Link], rt, seen: set[str], *,
                      wish: bool) -> list[linking.Link]:
    """The curated title of each alternative of the focus of a ``wish`` statement that none of the ``chosen`` curated
    links lies in (module docstring), as links over the statement ``st`` of ``text``; [] for any other statement."""
    taken = [(st.start + l.start, st.start + l.end) for l in chosen if l.route == "lexicon"]
    parts = or_parts(text, *focus) if taken and wish else []
    have = seen | {l.concept_id for l in chosen}
    out: list[linking.Link] = []
    for a, b in parts:
        if any(a < y and x < b for x, y in taken):
            continue
        try:
            links = linking.link_occupations(text[a:b], text[a:b], rt, top=3)
        except Exception:  # noqa: BLE001 - no occupation index: the alternative stays unread, as before
            continue
        link = next((l for l in links if l.route == "lexicon" and l.score >= NAMED_TITLE
                     and l.concept_id not in have), None)
        if link is not None:
            out.append(replace(link, start=link.start + a - st.start, end=link.end + a - st.start))
            have.add(link.concept_id)
    return out
