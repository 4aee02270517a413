"""A qualifier word that names a sibling's domain picks the sibling (read19).

"I worked as an assistant nurse with children", «ሓጋዚት ነርስ ህጻናት ነይረ», «працювала молодшою медсестрою в дитячій
лікарні»: the title links the assistant nurse of wards and clinics, while the words beside it ("with children", "at a
children's hospital") name the domain of its sibling, Barnsköterska; "in home care" names the home-care assistant nurse,
"at a kindergarten" the preschool teacher. The pairs and the qualifier words of 8 languages are data
(``qualified.yaml``); a qualifier counts within a few words of the linked title (anywhere in the statement for a link
of the whole statement), so "I have three children" said far from the title changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from retrieval.lexicon.normalize import normalize_str, script_of_token, tokens
from vagledning.yaml_data import load_yaml

if TYPE_CHECKING:
    from assistant.interpretation.linking import Link

DATA = Path(__file__).resolve().parent / "qualified.yaml"
WINDOW = 6  # words between the linked title and its qualifier, either side


@dataclass(frozen=True)
class _Sibling:
    qualifier: str
    id: str
    label: str


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[_Sibling, ...]]]:
    raw = load_yaml(DATA.read_text(encoding="utf-8")) or {}
    words = {q: tuple(normalize_str(str(w)).casefold() for ws in per_lang.values() for w in ws or ())
             for q, per_lang in (raw.get("qualifiers") or {}).items()}
    siblings = {str(occ): tuple(_Sibling(str(s["qualifier"]), str(s["sibling"]), str(s["label"])) for s in items)
                for occ, items in (raw.get("siblings") or {}).items()}
    return words, siblings


def _said(word: str, toks: list[str], text: str) -> bool:
    if " " in word:
        return f" {word} " in f" {text} "
    if script_of_token(word) in ("arabic", "ethiopic"):
        return any(word in t for t in toks)
    return any(t.startswith(word) for t in toks)


def qualified(links: list[Link], text: str) -> list[Link]:
    """``links`` of the statement ``text``, each replaced by its sibling when a qualifier of the sibling's domain is
    said beside it; a sibling already linked is not repeated."""
    words, siblings = _data()
    if not any(l.concept_id in siblings for l in links):
        return links
    norm = normalize_str(text).casefold()
    toks = tokens(norm)
    out: list[Link] = []
    for link in links:
        near = [t for t, a, b in toks if link.end <= link.start or len(norm) != len(text)
                or link.start - _chars(toks, WINDOW, link.start, -1) <= a and b <= link.end + _chars(toks, WINDOW, link.end, 1)]
        sibling = next((s for s in siblings.get(link.concept_id, ())
                        if any(_said(w, near, " ".join(near)) for w in words.get(s.qualifier, ()))), None)
        new = replace(link, concept_id=sibling.id, label=sibling.label) if sibling else link
        if all(o.concept_id != new.concept_id for o in out):
            out.append(new)
    return out


def sibling_of(occupation_id: str, text: str) -> tuple[str, str] | None:
    """(id, label) of the sibling a qualifier in ``text`` names for ``occupation_id`` (a field's occupation: "I want
    to work at a children's hospital"), else None."""
    words, siblings = _data()
    if occupation_id not in siblings:
        return None
    norm = normalize_str(text).casefold()
    toks = [t for t, _, _ in tokens(norm)]
    return next(((s.id, s.label) for s in siblings[occupation_id]
                 if any(_said(w, toks, norm) for w in words.get(s.qualifier, ()))), None)


def _chars(toks: list[tuple[str, int, int]], n: int, at: int, step: int) -> int:
    """How many characters ``n`` words reach from ``at`` (backwards for ``step`` -1)."""
    if step < 0:
        before = [a for _, a, _ in toks if a < at]
        return at - before[-n] if len(before) >= n else at
    after = [b for _, _, b in toks if b > at]
    return (after[n - 1] if len(after) >= n else (after[-1] if after else at)) - at
