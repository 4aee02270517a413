"""A master-craftsman title before the craft names the craft, not a teacher (informal17, rater29 issue 9 item 5).

Levantine «كنت معلم بلاط بحمص» (I was a master tiler in Homs) was read as «Lärare i grundskolan»: «معلم» alone is
a teacher, but before a trade it is the trade's master (as Egyptian «اسطى», Dari «استاد»/«مستری», Somali «ustaad»,
Ukrainian «майстер»). A lexicon match on such a word alone (``master_words.yaml``) is dropped when the next word starts
another occupation's term that is no workplace and no term of the same entry («معلم مدرسة» stays a school teacher).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from retrieval.lexicon.normalize import normalize_str
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).resolve().parent / "master_words.yaml"


@lru_cache(maxsize=1)
def master_words() -> frozenset[str]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return frozenset(normalize_str(str(w)).casefold() for ws in (doc.get("words") or {}).values() for w in ws or ())


def before_craft(found: list, toks: list[tuple[str, int, int]]) -> list:
    """``found`` (lexicon matches: token start, end, score, term) without a master word's own match where a craft's
    term starts right after it."""
    crafts = [f for f in found if f[3].entry.kind == "occupation" and f[3].entry.role != "workplace"]
    words = master_words()

    def masters(f) -> bool:
        if f[3].entry.kind != "occupation" or f[1] - f[0] != 1 or toks[f[0]][0] not in words:
            return False
        return any(c[0] == f[1] and c[3].entry.key != f[3].entry.key for c in crafts)

    return [f for f in found if not masters(f)]
