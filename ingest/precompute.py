"""Ingest's last step: per-occupation results that depend only on source data (retrieval/precomputed.py).

For every occupation in the relations DB: the courses and programmes that fit it (THE rule of
retrieval/education.py, before link checks and region, which are applied per answer) and its two
example ads; and the passage embeddings of O*NET's illustrative activities. A turn then reads
them instead of embedding the occupation's labels and searching (the cold cost of an unseen text).

Idempotent and resumable: each section carries a fingerprint of what it depends on (store
generations of the kinds searched, the embedder, the code of the rules); a rerun with the same
fingerprint skips a complete section and finishes an interrupted one (results are committed in
batches), a changed fingerprint recomputes it. A section whose kinds are not in the store is left
out (the runtime then computes live, as it does for any key not stored).
"""
from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.education import fitting_education, search_one
from retrieval.embeddings import Embedder
from retrieval.precomputed import (
    FILE_NAME,
    SECTIONS,
    ads_live,
    connect,
    fingerprint,
    hit_to_json,
    key_of,
    vectors,
)
from retrieval.relations import Relations
from retrieval.runtime import Runtime
from retrieval.search import HybridSearch
from retrieval.store import VectorStore

log = logging.getLogger("vagledning.ingest")
BATCH = 200
QUERY_BATCH = 16
ProgressFn = Callable[[str, int, int], None]


class _Searcher:
    """The education searches of THE rule over the store, each (query, kind, filter) once per SSYK
    group (an occupation's group label is searched for every occupation of the group), with query
    vectors embedded beforehand (:func:`_query_vectors`)."""

    def __init__(self, rt: Any, vectors: dict[str, Any]) -> None:
        self.rt = rt
        self.memo: dict[tuple, list[Any]] = {}
        self.vectors = vectors

    def vector(self, query: str) -> Any:
        query = query.strip()  # as the search embeds it
        if query not in self.vectors:
            self.vectors[query] = self.rt.embedder.embed_queries([query])[0]
        return self.vectors[query]

    def __call__(self, query: str, kind: str, top: int, flt: dict[str, Any]) -> list[Any]:
        key = (query, kind, top, tuple(sorted(flt.items())))
        if key not in self.memo:
            self.memo[key] = search_one(self.rt, query, kind, top, query_vector=self.vector(query), **flt)
        return self.memo[key]


def _query_vectors(db: sqlite3.Connection, embedder: Embedder, texts: list[str],
                   progress: ProgressFn | None) -> tuple[dict[str, Any], int]:
    """Query embeddings of source texts (occupation and group labels), stored so a rerun (after a
    rule change, say) does not embed them again. Batches of 16 texts of similar length: the vectors
    are bit-identical to one text per call (what a turn does), at about two thirds of the CPU time
    (tests/integration/test_precompute.py compares the results with live searches)."""
    texts = sorted(set(t.strip() for t in texts if t and t.strip()), key=lambda t: (len(t), t))
    found = vectors(db, "query_vectors", embedder.name, texts)
    todo = [t for t in texts if t not in found]
    for i in range(0, len(todo), QUERY_BATCH):
        part = todo[i:i + QUERY_BATCH]
        vecs = np.asarray(embedder.embed_queries(part), dtype=np.float32)
        db.execute("BEGIN")
        db.executemany("INSERT OR REPLACE INTO query_vectors VALUES (?, ?, ?)",
                       [(embedder.name, t, v.tobytes()) for t, v in zip(part, vecs)])
        db.execute("COMMIT")
        found.update(zip(part, vecs))
        if progress and (i // QUERY_BATCH) % 20 == 0:
            progress("precompute queries", i + len(part), len(todo))
    return found, len(todo)


def _state(db: sqlite3.Connection, section: str, fp: str) -> set[str]:
    """Keys already stored for this fingerprint (after clearing a section written for another one)."""
    meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", (f"fp_{section}", f"done_{section}")))
    if meta.get(f"fp_{section}") != fp:
        db.execute("BEGIN")
        db.execute("DELETE FROM results WHERE section = ?", (section,))
        db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?), (?, ?)", (f"fp_{section}", fp, f"done_{section}", "0"))
        db.execute("COMMIT")
        return set()
    return {k for (k,) in db.execute("SELECT key FROM results WHERE section = ?", (section,))}


def _done(db: sqlite3.Connection, section: str) -> bool:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (f"done_{section}",)).fetchone()
    return bool(row and row[0] == "1")


def _write(db: sqlite3.Connection, section: str, rows: list[tuple[str, str]]) -> None:
    if rows:
        db.execute("BEGIN")
        db.executemany("INSERT OR REPLACE INTO results (section, key, hits) VALUES (?, ?, ?)",
                       [(section, k, v) for k, v in rows])
        db.execute("COMMIT")


def _occupations(rel: Relations) -> list[Any]:
    ids = [r["id"] for r in rel._all("SELECT id FROM occupations ORDER BY id")]
    occs = [o for o in (rel.occupation(i) for i in ids) if o is not None]
    # Grouped by SSYK group so each group's searches are shared by its occupations.
    return sorted(occs, key=lambda o: (o.ssyk_code or "", o.id))


def _section(db: sqlite3.Connection, section: str, fp: str, items: list[tuple[str, Any]],
             compute: Callable[[Any], list[dict[str, Any]]], group_of: Callable[[Any], str],
             reset: Callable[[], None], progress: ProgressFn | None, batch: int = BATCH) -> int:
    """Compute and store ``items`` (key, occupation) not stored yet; returns how many were computed."""
    have = _state(db, section, fp)
    if _done(db, section):
        return 0
    todo = [(k, o) for k, o in dict(items).items() if k not in have]
    rows: list[tuple[str, str]] = []
    group = None
    for i, (key, occ) in enumerate(todo):
        if group_of(occ) != group:
            group = group_of(occ)
            reset()
        rows.append((key, json.dumps(compute(occ), ensure_ascii=False)))
        if len(rows) >= batch:
            _write(db, section, rows)
            rows = []
            if progress:
                progress(f"precompute {section}", i + 1, len(todo))
    _write(db, section, rows)
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"done_{section}", "1"))
    if progress:
        progress(f"precompute {section}", len(todo), len(todo))
    return len(todo)


def _activities(db: sqlite3.Connection, rel: Relations, embedder: Embedder) -> int:
    """Passage embeddings of the O*NET activities, in one call exactly as the interest model makes them."""
    texts = [a.activity for a in rel.interest_activities()]
    if not texts:
        return 0
    have = {t for (t,) in db.execute("SELECT text FROM activity_vectors WHERE embedder = ?", (embedder.name,))}
    if all(t in have for t in texts):
        return 0
    vecs = np.asarray(embedder.embed_passages(texts), dtype=np.float32)
    db.execute("BEGIN")
    db.execute("DELETE FROM activity_vectors WHERE embedder = ?", (embedder.name,))
    db.executemany("INSERT OR REPLACE INTO activity_vectors VALUES (?, ?, ?)",
                   [(embedder.name, t, v.tobytes()) for t, v in zip(texts, vecs)])
    db.execute("COMMIT")
    return len(texts)


def precompute(settings: Any, store: VectorStore, embedder: Embedder, store_dir: Path, *,
               progress: ProgressFn | None = None, path: Path | None = None, only: set[str] | None = None,
               batch: int = BATCH) -> dict[str, Any]:
    """Fill ``precomputed.sqlite`` for the store as it is now; returns counts and seconds per section.

    ``path`` (another file) and ``only`` (these occupation ids) are for tests; ``batch`` is how many
    results are committed at once (what an interrupted run keeps)."""
    t0 = time.perf_counter()
    rel_path = Path(store_dir) / "relations.sqlite"
    if not rel_path.exists():
        return {}
    rel = Relations(rel_path)
    search = HybridSearch(store, embedder, Path(store_dir) / "lexical")
    rt: Any = Runtime(settings, embedder, store, search)  # no bridges: THE rule's searches use none
    meta = store.read_meta()
    db = connect(Path(path) if path else Path(store_dir) / FILE_NAME)
    out: dict[str, Any] = {}
    try:
        occs = [o for o in _occupations(rel) if only is None or o.id in only]
        present = {k for kinds, _ in SECTIONS.values() for k in kinds if store.count(k) > 0}
        t = time.perf_counter()
        queries: list[str] = []
        if present & set(SECTIONS["education"][0]):  # courses: label and group label; programmes: both at once
            queries += [x for o in occs if o.ssyk_code for x in (o.label, o.ssyk_label or "")]
            queries += [f"{o.label} {o.ssyk_label or ''}" for o in occs]
        if "ad" in present:
            queries += [o.label for o in occs if o.ssyk_code]
        vecs, n = _query_vectors(db, embedder, queries, progress)
        out["queries"] = {"computed": n, "seconds": round(time.perf_counter() - t, 1)}
        searcher = _Searcher(rt, vecs)
        if present & set(SECTIONS["education"][0]):
            t = time.perf_counter()

            def education(o: Any) -> list[dict[str, Any]]:
                return [{**hit_to_json(h), "education_kind": kind}
                        for kind, h in fitting_education(rt, o.label, o.ssyk_label, o.ssyk_code, run=searcher)]

            n = _section(db, "education", fingerprint("education", meta, embedder.name),
                         [(key_of(o.label, o.ssyk_label, o.ssyk_code), o) for o in occs], education,
                         lambda o: o.ssyk_code or "", searcher.memo.clear, progress, batch)
            out["education"] = {"computed": n, "seconds": round(time.perf_counter() - t, 1)}
        if "ad" in present:
            t = time.perf_counter()
            n = _section(db, "ads", fingerprint("ads", meta, embedder.name),
                         [(key_of(o.label, o.ssyk_code), o) for o in occs if o.ssyk_code],
                         lambda o: [hit_to_json(h) for h in ads_live(rt, o.label, o.ssyk_code, searcher.vector(o.label))],
                         lambda o: o.ssyk_code or "", lambda: None, progress, batch)
            out["ads"] = {"computed": n, "seconds": round(time.perf_counter() - t, 1)}
        t = time.perf_counter()
        out["activities"] = {"computed": _activities(db, rel, embedder), "seconds": round(time.perf_counter() - t, 1)}
    finally:
        db.close()
        rel.close()
    out["seconds"] = round(time.perf_counter() - t0, 1)
    log.info("precompute %s", out)
    return out
