"""Wiring: build the embedder, store, hybrid search and relations once per process."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.embeddings import Embedder, build_embedder
from retrieval.errors import StoreEmpty
from retrieval.recall import SIZE as RECALL
from retrieval.recall import RecallingStore
from retrieval.relations import Relations
from retrieval.search import HybridSearch
from retrieval.store import VectorStore, make_client
from vagledning.settings import Settings


@dataclass
class Runtime:
    """Everything retrieval needs, opened once (satisfies :class:`vagledning.domain.runtime.Runtime`)."""

    settings: Settings
    embedder: Embedder
    store: VectorStore
    search: HybridSearch
    _relations: Relations | None = None
    # Per-runtime caches of source-derived results (never user text): evidence and occupation details.
    evidence_cache: dict = field(default_factory=dict)
    details_cache: dict = field(default_factory=dict)

    @property
    def relations(self) -> Relations:
        """The relations DB (opened lazily; raises StoreEmpty if ingest never ran)."""
        if self._relations is None:
            path = Path(self.settings.store_dir) / "relations.sqlite"
            if not path.exists():
                raise StoreEmpty("The relations database is missing: run `vagledning ingest` first.")
            self._relations = Relations(path)
        return self._relations


_lock = threading.Lock()
_runtimes: dict[int, Runtime] = {}


def open_runtime(settings: Settings, *, embedder: Embedder | None = None, check: bool = True) -> Runtime:
    """Open (or reuse, per settings object) the runtime; refuses a mismatched embedder."""
    with _lock:
        rt = _runtimes.get(id(settings))
        if rt is not None:
            return rt
        embedder = embedder or build_embedder(settings)
        store = VectorStore(make_client(settings), settings.collection_prefix)
        if check:
            store.check_embedder(embedder.name, embedder.dim, claim=False)
        # What the store answered is kept in memory (retrieval/recall.py) only when no other process serves it.
        recall = 0 if settings.chroma_host else RECALL
        search = HybridSearch(RecallingStore(store, recall), embedder, Path(settings.store_dir) / "lexical")
        from retrieval.link_health import apply_link_health

        apply_link_health(settings.store_dir)  # links a saved --check-links found broken are never cited
        from retrieval.docs import MemoryFirstStore

        # Documents by id from the search's in-memory entries once a kind is loaded (retrieval/docs.py).
        rt = Runtime(settings, embedder, MemoryFirstStore(store, search, recall), search)
        from retrieval.bridges import Bridges

        search.bridges = Bridges(lambda: rt.relations)
        _runtimes[id(settings)] = rt
        return rt


def clear_runtimes() -> None:
    """Forget opened runtimes (tests)."""
    with _lock:
        _runtimes.clear()
