"""What the report reads: the relations DB (read-only), the title entries of the kinds whose links
come from the source data, document counts per kind, and the data dates in PROVENANCE.md.

Kinds whose links are generated from the id (JobTech Atlas pages, ESCO URIs) are counted, not
listed: scanning their tens of thousands of entries would cost most of the one-minute budget and
their links follow one pattern that is checked once.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from retrieval.store import VectorStore, make_client
from vagledning.errors import VagledningError

#: Kinds whose URLs come from the source records (listed and judged one by one).
SOURCE_URL_KINDS = ("course", "programme", "ad", "description", "statistics", "regulated_profession",
                    "interest_profile", "occupation_field")
_PROV_ROW = re.compile(r"^\|\s*([\w./-]+)\s*\|(.*)$")
_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")


class StoreMissing(VagledningError):
    """No relations DB in the store directory: nothing has been ingested there."""


@dataclass
class Snapshot:
    db: sqlite3.Connection
    counts: dict[str, int]
    docs: dict[str, list[dict[str, Any]]]
    provenance: dict[str, list[str]] = field(default_factory=dict)  # data file -> dates named for it

    def rows(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError:  # a table an older store lacks counts as empty
            return []

    def scalar(self, sql: str, params: tuple = ()) -> int:
        got = self.rows(sql, params)
        return int(got[0][0] or 0) if got else 0

    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self.rows("SELECT key, value FROM meta")}


def _title_entries(store: VectorStore, kind: str) -> list[dict[str, Any]]:
    col = store.collection(kind, create=False)
    if col is None:
        return []
    got = store._wrap(partial(col.get, where={"part": "title"}, include=["metadatas"]), f"listing {kind}")
    return [dict(m) for m in got["metadatas"]]


def read_provenance(data_dir: Path | None) -> dict[str, list[str]]:
    """data file (relative path) -> the dates PROVENANCE.md gives for it (commit dates of the copy)."""
    if data_dir is None or not (Path(data_dir) / "PROVENANCE.md").is_file():
        return {}
    out: dict[str, list[str]] = {}
    for line in (Path(data_dir) / "PROVENANCE.md").read_text(encoding="utf-8").splitlines():
        m = _PROV_ROW.match(line)
        if m and "/" in m.group(1):
            dates = _DATE.findall(m.group(2))
            if dates:
                out[m.group(1)] = dates
    return out


def gather(settings) -> Snapshot:
    """Open the store read-only and collect what the measures need."""
    path = Path(settings.store_dir) / "relations.sqlite"
    if not path.is_file():
        raise StoreMissing(f"No relations DB in {settings.store_dir}; run `vagledning ingest` first.")
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    db.row_factory = sqlite3.Row
    store = VectorStore(make_client(settings), settings.collection_prefix)
    docs = {k: entries for k in SOURCE_URL_KINDS if (entries := _title_entries(store, k))}
    doc_counts = {k: len(v) for k, v in docs.items()}
    # big kinds: documents counted in their relations table (Chroma's count is slow under load)
    for kind, table in _DOC_TABLES.items():
        if store.collection(kind, create=False) is not None:
            doc_counts[kind] = _table_count(db, table)
    return Snapshot(db=db, counts={k: v for k, v in doc_counts.items() if v}, docs=docs,
                    provenance=read_provenance(getattr(settings, "data_dir", None)))


#: relations tables holding one row per document of a kind (cheaper than scanning big collections)
_DOC_TABLES = {"occupation": "occupations", "ssyk": "ssyk", "skill": "skills", "skill_headline": "skill_headlines",
               "esco_occupation": "esco_occupations", "esco_skill": "esco_skills"}


def _table_count(db: sqlite3.Connection, table: str) -> int:
    try:
        return int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
