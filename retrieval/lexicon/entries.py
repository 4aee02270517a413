"""The lexicon's data: entries (a concept group with its terms per language), the hits a match returns, the
tokenised terms the matcher compares, and the reading of one YAML file into entries (see retrieval/lexicon/__init__.py
for the matching itself)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from retrieval.lexicon.files import Kind, read_yaml

LANGS = ("sv", "sv-easy", "en", "ar", "so", "ti", "fa", "uk", "ru")


class LexiconHit(BaseModel):
    """One match of a lexicon term in the user's text."""

    model_config = {"frozen": True}

    concept_id: str = Field(description="Primary JobTech concept id of the entry.")
    kind: Kind
    label_sv: str
    term: str = Field(description="The lexicon term that matched (as written in the lexicon).")
    lang: str = Field(description="Language of the lexicon term (sv, sv-easy, en, ar, so, ti, fa, uk, ru).")
    start: int
    end: int
    score: float = Field(ge=0, le=1)
    key: str = Field(description="Stable entry key in the YAML file.")
    concept_type: str = Field(default="occupation-name", description="JobTech type: occupation-name, skill, driving-licence, language.")
    alt_ids: tuple[str, ...] = Field(default=(), description="Further concept ids of the same entry (less preferred).")
    role: str = Field(default="title", description="title | task | workplace (the entry's `role`; a named title "
                                                    "outranks a task or workplace phrase in linking).")


class LexiconEntry(BaseModel):
    """One concept group in the YAML."""

    key: str
    kind: Kind
    concept_type: str
    concepts: dict[str, str]
    terms: dict[str, list[str]]
    role: str = "title"

    @property
    def primary(self) -> tuple[str, str]:
        cid = next(iter(self.concepts))
        return cid, self.concepts[cid]


class Term:
    __slots__ = ("entry", "term", "lang", "toks", "stems", "raw", "morph")

    def __init__(self, entry: LexiconEntry, term: str, lang: str, toks: list[str], stems: list[bool], raw: list[str]):
        self.entry, self.term, self.lang, self.toks, self.stems, self.raw = entry, term, lang, toks, stems, raw
        # Somali stems / Ge'ez skeletons apply to task and skill words only (see Lexicon.__init__).
        self.morph = lang if not (entry.role == "title" and entry.kind == "occupation") else ""


@lru_cache(maxsize=16)
def sense_entry(reading: str, concepts: tuple[tuple[str, str], ...]) -> LexiconEntry:
    return LexiconEntry(key=f"sense_{reading}", kind="occupation", concept_type="occupation-name",
                        concepts=dict(concepts), terms={}, role="task")


def read_entries(path: Path, kind: Kind) -> list[LexiconEntry]:
    data = read_yaml(path) or {}
    out = []
    for raw in data.get("entries", []):
        terms = {lang: [str(t) for t in (raw.get("terms") or {}).get(lang) or []] for lang in LANGS}
        out.append(LexiconEntry(
            key=raw["key"], kind=kind,
            concept_type=raw.get("type", "occupation-name" if kind == "occupation" else "skill"),
            concepts={str(k): str(v) for k, v in raw["concepts"].items()},
            terms={k: v for k, v in terms.items() if v}, role=str(raw.get("role") or "title"),
        ))
    return out
