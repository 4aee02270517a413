"""The ingest job: sources -> documents -> entries -> embeddings (cached) -> Chroma, plus relations.

Idempotent and resumable: every entry carries its document's content hash, so a rerun skips
documents already stored complete and unchanged, finishes the ones an interrupted run left
half-written, and removes documents that vanished from their source.
"""
from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import DataDirMissing
from retrieval.embed_cache import EmbeddingCache
from retrieval.embeddings import Embedder
from retrieval.entries import doc_entries
from retrieval.store import VectorStore, collection_name
from retrieval.store_check import repair_store
from vagledning.domain.documents import Document, Kind, MalformedRecord

log = logging.getLogger("vagledning.ingest")

# Cheap and most-used kinds first, so an early stop still leaves a useful store.
KIND_ORDER = [Kind.ssyk, Kind.occupation_field, Kind.occupation, Kind.skill, Kind.skill_headline, Kind.description,
              Kind.statistics, Kind.course, Kind.programme, Kind.ad, Kind.esco_occupation, Kind.esco_skill,
              Kind.interest_profile, Kind.regulated_profession, Kind.education_route]
DOC_BATCH = 128
# Present while an ingest runs; found at the start of the next one, it means that one was interrupted.
# It names the collection being written at the time: that one may be torn in ways a read does not reveal.
INGEST_UNFINISHED = "ingest.unfinished"


@dataclass
class KindSummary:
    kind: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    entries_embedded: int = 0
    seconds: float = 0.0


@dataclass
class IngestReport:
    kinds: list[KindSummary] = field(default_factory=list)
    malformed: list[MalformedRecord] = field(default_factory=list)
    duplicates: int = 0
    relations_seconds: float = 0.0
    precomputed: dict = field(default_factory=dict)
    seconds: float = 0.0

    def malformed_by_source(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for m in self.malformed:
            out[m.source] = out.get(m.source, 0) + 1
        return out


ProgressFn = Callable[[str, int, int], None]  # (kind, done, total)


def collect(sources: Iterable, data_dir: Path, kinds: set[Kind]) -> tuple[dict[Kind, dict[str, Document]], list[MalformedRecord], int]:
    """Read every source once; documents partitioned by kind (first occurrence of an id wins)."""
    by_kind: dict[Kind, dict[str, Document]] = {k: {} for k in kinds}
    malformed: list[MalformedRecord] = []
    dupes = 0
    for source in sources:
        if not set(source.kinds) & kinds:
            continue
        for item in source.documents(data_dir):
            if isinstance(item, MalformedRecord):
                malformed.append(item)
                log.info("malformed_record source=%s", item.source)
                continue
            if item.kind not in kinds:
                continue
            bucket = by_kind[item.kind]
            if item.id in bucket:
                dupes += 1
                continue
            bucket[item.id] = item
    return by_kind, malformed, dupes


def sync_kind(store: VectorStore, cache: EmbeddingCache, embedder: Embedder, kind: Kind,
              docs: dict[str, Document], *, batch_size: int = 64, progress: ProgressFn | None = None) -> KindSummary:
    """Make the collection of ``kind`` hold exactly ``docs``."""
    t0 = time.perf_counter()
    summary = KindSummary(kind.value)
    state = store.doc_state(kind.value)
    # Each document is hashed once: the comparison, its entries and the generation fingerprint reuse it.
    hashes = {doc_id: doc.content_hash() for doc_id, doc in docs.items()}
    todo: list[Document] = []
    for doc_id, doc in docs.items():
        old = state.get(doc_id)
        if old is None:
            summary.added += 1
            todo.append(doc)
        elif old[0] != hashes[doc_id] or not old[2]:
            summary.updated += 1
            todo.append(doc)
        else:
            summary.unchanged += 1
    vanished = [doc_id for doc_id in state if doc_id not in docs]
    total = len(todo)
    if progress:
        progress(kind.value, 0, total)
    # Embedding (CPU-bound, in C) and writing to Chroma overlap: one writer thread.
    with ThreadPoolExecutor(max_workers=1) as writer:
        pending = None
        for start in range(0, total, DOC_BATCH):
            batch = todo[start:start + DOC_BATCH]
            entries = [e for d in batch for e in doc_entries(d, hashes[d.id])]
            vectors, n_embedded = cache.embed_passages(embedder, [e.embed_text for e in entries], batch_size)
            summary.entries_embedded += n_embedded
            stale = []
            for d in batch:
                old = state.get(d.id)
                if old:
                    keep = {e.entry_id for e in entries if e.doc_id == d.id}
                    stale += [eid for eid in old[1] if eid not in keep]
            if pending is not None:
                pending.result()

            def write(entries=entries, vectors=vectors, stale=stale):
                store.upsert(kind.value, [e.entry_id for e in entries], vectors, [e.lexical_text for e in entries],
                             [e.metadata for e in entries])
                if stale:
                    store.delete(kind.value, stale)

            pending = writer.submit(write)
            if progress:
                progress(kind.value, min(start + DOC_BATCH, total), total)
        if pending is not None:
            pending.result()
    if vanished:
        store.delete(kind.value, [eid for doc_id in vanished for eid in state[doc_id][1]])
        summary.removed = len(vanished)
    if summary.added or summary.updated or summary.removed or not store.read_meta().get(f"gen_{kind.value}"):
        fingerprint = hashlib.sha256("".join(sorted(hashes.values())).encode()).hexdigest()[:16]
        store.write_meta(**{f"gen_{kind.value}": fingerprint})
    summary.seconds = time.perf_counter() - t0
    return summary


def run_ingest(settings, *, kinds: set[Kind] | None = None, source: str = "files", reset: bool = False,
               progress: ProgressFn | None = None, sources: list | None = None, embedder: Embedder | None = None,
               on_kind_done: Callable[[KindSummary], None] | None = None, relations: bool = True) -> IngestReport:
    """Ingest from the data directory (``files``) or the live APIs (``api``) into the configured store."""
    from retrieval.embeddings import build_embedder
    from retrieval.store import make_client

    t0 = time.perf_counter()
    data_dir = Path(settings.data_dir)
    if source == "files" and not data_dir.is_dir():
        raise DataDirMissing(f"Data directory not found: {data_dir}. Set VAGLEDNING_DATA_DIR to the folder with the "
                             "source files (see README, 'Data').")
    if sources is None:
        sources = _default_sources(settings, source)
    provided = {k for s in sources for k in s.kinds}
    # Only kinds some source provides are synced: an absent kind must never be emptied by accident.
    kinds = (set(kinds) if kinds else set(Kind)) & provided
    embedder = embedder or build_embedder(settings)
    store_dir = Path(settings.store_dir)
    # An embedded store an earlier ingest was killed in may hold torn segments that crash chromadb
    # natively when read; they are checked in a child process first (retrieval/store_check.py).
    unfinished = store_dir / INGEST_UNFINISHED
    if not settings.chroma_host and unfinished.exists():
        repair_store(store_dir / "chroma", suspects=unfinished.read_text().split())
    store_dir.mkdir(parents=True, exist_ok=True)
    unfinished.write_text("")
    store = VectorStore(make_client(settings), settings.collection_prefix)
    if reset:
        store.reset()
    store.check_embedder(embedder.name, embedder.dim, claim=True)
    cache = EmbeddingCache(store_dir / "embedding-cache.sqlite")
    report = IngestReport()
    try:
        by_kind, report.malformed, report.duplicates = collect(sources, data_dir, kinds)
        for kind in [k for k in KIND_ORDER if k in kinds]:
            docs = by_kind.get(kind, {})
            if not docs and source == "api":
                continue  # the live APIs don't offer every kind; keep what the files gave
            # Written before the first upsert: a kill from here on leaves only this collection suspect.
            unfinished.write_text(collection_name(settings.collection_prefix, kind.value))
            summary = sync_kind(store, cache, embedder, kind, docs, batch_size=settings.embed_batch_size,
                                progress=progress)
            unfinished.write_text("")
            report.kinds.append(summary)
            if on_kind_done:
                on_kind_done(summary)
        t1 = time.perf_counter()
        if relations:
            _build_relations(settings, sources, data_dir, store_dir, source)
        report.relations_seconds = time.perf_counter() - t1
        _warm_lexical(store, embedder, store_dir, [s.kind for s in report.kinds])
        if relations:
            # Per-occupation results of source data only (ingest/precompute.py): what a turn on a
            # new text would otherwise compute on first use. Skipped when nothing they depend on changed.
            from ingest.precompute import precompute

            report.precomputed = precompute(settings, store, embedder, store_dir, progress=progress)
    except BaseException:
        # An exception (an error, Ctrl-C) ends the run between chromadb's calls, and the writer thread has finished its
        # batch: nothing is torn, so the next run resumes every collection. Only a hard kill leaves a name behind.
        unfinished.write_text("")
        raise
    finally:
        cache.close()
    unfinished.unlink(missing_ok=True)
    report.seconds = time.perf_counter() - t0
    return report


def _default_sources(settings, source: str) -> list:
    if source == "files":
        from ingest.sources import FILE_SOURCES

        return list(FILE_SOURCES)
    if source == "api":
        from ingest.sources_api import api_sources

        return api_sources(settings)
    raise ValueError(f"Unknown source {source!r}; use 'files' or 'api'.")


def _build_relations(settings, sources, data_dir: Path, store_dir: Path, source: str) -> None:
    """Rebuild the relations DB. In API mode the file sources still provide what the APIs don't
    (ESCO, labour market …); the API sources run last, so their tables win."""
    from retrieval.relations import build_relations

    if source == "api" and data_dir.is_dir():
        from ingest.sources import FILE_SOURCES

        sources = [*FILE_SOURCES, *sources]
    build_relations(data_dir, store_dir / "relations.sqlite", sources)


def _warm_lexical(store: VectorStore, embedder: Embedder, store_dir: Path, kinds: list[str]) -> None:
    """Build and cache the BM25 index of each ingested kind now, so the first search is fast."""
    from retrieval.search import HybridSearch

    search = HybridSearch(store, embedder, store_dir / "lexical")
    for kind in kinds:
        search.lexical(kind)
