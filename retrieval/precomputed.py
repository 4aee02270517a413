"""Per-occupation results that depend only on source data, computed at ingest, read per turn.

Which courses and programmes fit an occupation (retrieval/education.py), an occupation's example
ads, and the embeddings of O*NET's illustrative activities (retrieval/interests.py) are found from
source text alone: never from what a person writes. Computed on first use they were most of a warm
worker's first turn on a new text (three query embeddings and hybrid searches per occupation
suggested, one more for the ads, 1–12 s for the activity embeddings). ``vagledning ingest``
(ingest/precompute.py) stores them in ``precomputed.sqlite`` beside the store.

The runtime reads a section only when it is *current*: written for the same store generations
(the kinds searched), the same embedder and the same code of the rules that produced it (a hash
of the modules' source). Otherwise, and for any key not stored, the caller computes live, so an
answer never depends on whether the precomputation ran or is stale; it is only slower.
Only source-derived data is in the file; user text never is.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.search import SearchHit

FILE_NAME = "precomputed.sqlite"
log = logging.getLogger("vagledning.precomputed")

#: section -> (store kinds whose generations it depends on, modules whose code produced it)
SECTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "education": (("course", "programme"), ("education.py", "search.py", "lexical.py", "store.py")),
    "ads": (("ad",), ("search.py", "lexical.py", "store.py", "precomputed.py")),
}
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (section TEXT NOT NULL, key TEXT NOT NULL, hits TEXT NOT NULL,
                                    PRIMARY KEY (section, key));
CREATE TABLE IF NOT EXISTS activity_vectors (embedder TEXT NOT NULL, text TEXT NOT NULL, vector BLOB NOT NULL,
                                             PRIMARY KEY (embedder, text));
CREATE TABLE IF NOT EXISTS query_vectors (embedder TEXT NOT NULL, text TEXT NOT NULL, vector BLOB NOT NULL,
                                          PRIMARY KEY (embedder, text));
"""
_HERE = Path(__file__).resolve().parent


def code_hash(modules: tuple[str, ...]) -> str:
    """Hash of the source of the retrieval modules that produce a section (a changed rule makes it stale)."""
    h = hashlib.sha256()
    for name in modules:
        h.update(name.encode())
        h.update((_HERE / name).read_bytes())
    return h.hexdigest()[:16]


def fingerprint(section: str, store_meta: dict[str, Any], embedder_name: str) -> str:
    """What a section's results depend on: store generations of its kinds, the embedder, the code."""
    kinds, modules = SECTIONS[section]
    parts = [section, embedder_name, *(f"{k}={store_meta.get(f'gen_{k}', '')}" for k in kinds), code_hash(modules)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


def key_of(*parts: str | None) -> str:
    return json.dumps(list(parts), ensure_ascii=False)


def hit_to_json(hit: SearchHit) -> dict[str, Any]:
    return dataclasses.asdict(hit)


def hit_from_json(data: dict[str, Any]) -> SearchHit:
    return SearchHit(**data)


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(SCHEMA)
    return db


class Precomputed:
    """Read side of ``precomputed.sqlite`` for one runtime (sections checked once, when first used)."""

    def __init__(self, path: Path, store_meta_fn, embedder_name: str) -> None:
        self.path = Path(path)
        self._store_meta_fn = store_meta_fn
        self.embedder_name = embedder_name
        self._db: sqlite3.Connection | None = None
        self._current: dict[str, bool] = {}
        self._lock = threading.Lock()

    def _conn(self) -> sqlite3.Connection | None:
        """The read-only connection (callers hold the lock)."""
        if self._db is None and self.path.is_file():
            try:
                self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            except sqlite3.Error:
                return None
        return self._db

    def current(self, section: str) -> bool:
        """True when the section was written completely for this store, embedder and code."""
        with self._lock:
            if section not in self._current:
                self._current[section] = self._check(section)
            return self._current[section]

    def _check(self, section: str) -> bool:
        db = self._conn()
        if db is None:
            return False
        try:
            rows = dict(db.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                                   (f"fp_{section}", f"done_{section}")).fetchall())
            want = fingerprint(section, self._store_meta_fn(), self.embedder_name)
        except Exception as exc:  # noqa: BLE001 - an unreadable file or store meta: compute live
            log.warning("precomputed %s unreadable (%s); computed live", section, type(exc).__name__)
            return False
        ok = rows.get(f"fp_{section}") == want and rows.get(f"done_{section}") == "1"
        if not ok:
            log.info("precomputed %s is missing or stale; computed live (run `vagledning ingest`)", section)
        return ok

    def hits(self, section: str, key: str) -> list[dict[str, Any]] | None:
        """The stored results of ``key`` (None when the section is not current or the key not stored)."""
        if not self.current(section):
            return None
        with self._lock:
            db = self._conn()
            row = None if db is None else db.execute("SELECT hits FROM results WHERE section = ? AND key = ?",
                                                      (section, key)).fetchone()
        return None if row is None else json.loads(row[0])

    def activity_vectors(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Stored passage embeddings of these activity texts by this embedder (those found)."""
        with self._lock:
            db = self._conn()
            return {} if db is None else vectors(db, "activity_vectors", self.embedder_name, texts)


def vectors(db: sqlite3.Connection, table: str, embedder_name: str, texts: list[str]) -> dict[str, np.ndarray]:
    """text -> stored vector of ``table`` (activity_vectors | query_vectors) for those stored."""
    out: dict[str, np.ndarray] = {}
    for i in range(0, len(texts), 500):
        chunk = texts[i:i + 500]
        q = f"SELECT text, vector FROM {table} WHERE embedder = ? AND text IN ({','.join('?' * len(chunk))})"
        for text, blob in db.execute(q, (embedder_name, *chunk)):
            out[text] = np.frombuffer(blob, dtype=np.float32)
    return out


def precomputed_for(rt) -> Precomputed | None:
    """The precomputed results of this runtime's store, opened once per runtime (None for a runtime
    without settings and a store, e.g. the fakes of unit tests: they compute live)."""
    settings = getattr(rt, "settings", None)
    store = getattr(rt, "store", None)
    if settings is None or store is None or not hasattr(store, "read_meta"):
        return None
    try:
        cache = rt.__dict__
    except AttributeError:  # a runtime without instance attributes: compute live
        return None
    pre = cache.get("precomputed")
    if pre is None:
        pre = cache["precomputed"] = Precomputed(Path(settings.store_dir) / FILE_NAME, store.read_meta,
                                                 str(getattr(rt.embedder, "name", "")))
    return pre


def example_ads(rt, label: str, ssyk_code: str) -> list[SearchHit]:
    """Two ads of the occupation's SSYK group closest to its name (precomputed when current)."""
    pre = precomputed_for(rt)
    stored = pre.hits("ads", key_of(label, ssyk_code)) if pre is not None else None
    if stored is not None:
        return [hit_from_json(h) for h in stored]
    return ads_live(rt, label, ssyk_code)


def ads_live(rt, label: str, ssyk_code: str, query_vector=None) -> list[SearchHit]:
    return rt.search.search(label, "ad", 2, ssyk=ssyk_code, query_vector=query_vector)
