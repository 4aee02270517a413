"""What two neighbouring words say together, beyond each lexicon term on its own.

The matcher finds terms one by one; three kinds of phrase change what a title term means:

- **a helper word next to a title** names the assistant of that occupation: "kaalmeeyaha
  kalkaalisada" (the nurse's helper), "помічниця кухаря", "مساعدة صيدلي", "دستیار دندانپزشک",
  "ሓጋዚት ነርስ", "nurse's aide" -> assistant nurse, kitchen assistant, pharmacy technician, dental
  nurse, … (``helpers.yaml``: helper words per language and each title's assistant occupation);
- **a generic title next to a specific one** is the specific occupation: "водієм таксі",
  "راننده تکسی", "darawal tagaasi" (driver + taxi) -> taxi driver, not the first listed driver;
- **an Arabic -ات plural of an agent noun** is usually an object, not people: "الطيارات" (the
  planes) is not "طيار" (pilot). Such a plural links to the title only when the entry lists the
  feminine singular too ("ممرضة" -> "ممرضات", nurses).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from retrieval.lexicon.normalize import normalize_str, script_of_token
from vagledning.yaml_data import load_yaml

HELPERS_FILE = Path(__file__).resolve().parent / "helpers.yaml"


@lru_cache(maxsize=1)
def _helpers() -> tuple[tuple[str, ...], tuple[str, ...], dict[str, dict[str, str]]]:
    data = load_yaml(HELPERS_FILE.read_text(encoding="utf-8")) or {}
    before: set[str] = set()
    after: set[str] = set()
    for spec in (data.get("words") or {}).values():
        before.update(normalize_str(str(w)) for w in spec.get("before") or [])
        after.update(normalize_str(str(w)) for w in spec.get("after") or [])
    assistant = {str(k): {str(i): str(lab) for i, lab in v.items()} for k, v in (data.get("assistant_of") or {}).items()}
    return tuple(sorted(before)), tuple(sorted(after)), assistant


def assistant_concepts() -> dict[str, dict[str, str]]:
    """title concept id -> {assistant occupation id: label} (for validation)."""
    return _helpers()[2]


def _is_helper(forms, prefixes: tuple[str, ...]) -> bool:
    return any(f.startswith(p) for f in forms for p in prefixes)


def helper_shift(cands: list[dict[str, float]], a: int, b: int,
                 concept_ids: list[str]) -> tuple[int, int, dict[str, str]] | None:
    """A helper word right before (or, where the language puts it there, right after) the title
    at tokens [a, b): the widened token span and the assistant occupation(s); None otherwise."""
    before, after, assistant = _helpers()
    target = next((assistant[c] for c in concept_ids if c in assistant), None)
    if target is None:
        return None
    if a > 0 and _is_helper(cands[a - 1], before):
        return a - 1, b, target
    # "nurse's aide" / "kalkaalisada kaalmeeyaheeda": skip a lone possessive "s" token
    k = b + 1 if b < len(cands) and "s" in cands[b] and len(cands[b]) == 1 else b
    if k < len(cands) and _is_helper(cands[k], after):
        return a, k + 1, target
    return None


def helper_word(cands: dict[str, float]) -> bool:
    """The token is a helper word (a lexicon hit on it alone is dropped when it shifted a title)."""
    before, after, _ = _helpers()
    return _is_helper(cands, before + after)


def object_plural(user_tok: str, term_tok: str, entry_forms: frozenset[str]) -> bool:
    """An Arabic -ات plural matched to a title word that does not itself end so, whose entry
    does not list the feminine singular (term + ة, normalised ه): an object, not people."""
    if script_of_token(user_tok) != "arabic" or not user_tok.endswith("ات") or term_tok.endswith("ات"):
        return False
    return term_tok + "ه" not in entry_forms


def specific_pairs(spans: list[tuple[int, int, list[str], str, str]]) -> dict[int, int]:
    """Pairs of neighbouring occupation hits where one (a title) lists every concept of the other and
    more: {index of the generic hit: index of the specific one}. ``spans``: (token start, token end,
    concept ids, kind, role) per hit, in any order."""
    out: dict[int, int] = {}
    for i, (a1, b1, ids1, k1, r1) in enumerate(spans):
        if k1 != "occupation" or r1 != "title" or len(ids1) < 2:
            continue
        for j, (a2, b2, ids2, k2, _r2) in enumerate(spans):
            if j == i or k2 != "occupation" or not (b1 == a2 or b2 == a1):
                continue
            if set(ids2) < set(ids1):
                out[i] = j
                break
    return out


def compose_phrases(chosen: list, cands: list[dict[str, float]]) -> list:
    """Apply the phrases above to the matcher's chosen terms: (token start, token end, score, term,
    concepts {id: label}, role) each; a helper word shifts a title to its assistant occupation (and
    a hit on the helper word alone goes), a generic title next to a specific one becomes the specific."""
    out: list = []
    helpers: set[int] = set()
    for a, b, score, t, concepts, role in chosen:
        shift = helper_shift(cands, a, b, list(concepts)) if t.entry.kind == "occupation" and role == "title" else None
        if shift is not None:
            helpers.update(k for k in range(shift[0], shift[1]) if k < a or k >= b)
            a, b, concepts = shift
        out.append((a, b, score, t, concepts, role))
    out = [c for c in out if not (c[1] - c[0] == 1 and c[0] in helpers and helper_word(cands[c[0]]))]
    pairs = specific_pairs([(a, b, list(c), t.entry.kind, r) for a, b, _, t, c, r in out])
    for gi, si in pairs.items():
        g, sp = out[gi], out[si]
        out[si] = (min(g[0], sp[0]), max(g[1], sp[1]), min(g[2], sp[2]), sp[3], sp[4], "title")
    return [c for i, c in enumerate(out) if i not in pairs]
