"""Swedish places (municipalities + common foreign spellings of the big cities) in a statement.

Municipality names come from ``taxonomy/municipalities.json`` in the shared data (read once,
lazily). Latin-script names must be capitalised in the user's text, because several
municipality names are ordinary Swedish words ("Vara", "Mark", "Ale", "Sala").
"""
from __future__ import annotations

import json
from functools import lru_cache

from assistant.interpretation.cues import Cues, PhraseIndex
from retrieval.lexicon.normalize import normalize, tokens


@lru_cache(maxsize=1)
def _municipalities() -> tuple[PhraseIndex, dict[str, str]]:
    from vagledning.settings import get_settings

    index = PhraseIndex()
    ids: dict[str, str] = {}
    try:
        path = get_settings().data_dir / "taxonomy" / "municipalities.json"
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    for mid, name in data.items():
        index.add(name, name)
        ids[name] = mid
    index.finalize()
    return index, ids


def find_places(chunk: str, cues: Cues) -> list[tuple[int, int, str, str | None]]:
    """(start, end, Swedish name, municipality id) of places in ``chunk``."""
    index, ids = _municipalities()
    norm = normalize(chunk)
    toks = tokens(norm.text)
    strs = [t for t, _, _ in toks]
    out: list[tuple[int, int, str, str | None]] = []
    i = 0
    while i < len(toks):
        best = None
        for idx in (index, cues.place_aliases):
            for end, name, _ in idx.find(strs, i):
                if best is None or end > best[0]:
                    best = (end, name)
        if best:
            a, b = norm.span(toks[i][1], toks[best[0] - 1][2])
            # Latin names must be capitalised ("Vara" the town, not "vara" the verb).
            if not chunk[a].islower():
                out.append((a, b, best[1], ids.get(best[1])))
            i = best[0]
        else:
            i += 1
    return out
