"""A collection left unreadable by a killed ingest (chromadb raises on count) is dropped and started again,
so the resumed ingest rebuilds that kind instead of failing (seen once in test_faults_ingest_kill)."""
from __future__ import annotations

import numpy as np

from retrieval.store import VectorStore, make_client
from vagledning.settings import Settings


class _Broken:
    """Stands in for a collection whose segment a SIGKILL left half-written."""

    def count(self) -> int:
        raise RuntimeError("InternalError: segment unreadable")


def test_an_unreadable_collection_is_dropped_and_rebuilt(tmp_path):
    store = VectorStore(make_client(Settings(store_dir=tmp_path, embedder="fake")), "vagledning")
    meta = {"doc_id": "a", "doc_hash": "h", "n_entries": 1}
    store.upsert("occupation", ["a#0"], np.zeros((1, 4), dtype=np.float32), ["kock"], [meta])
    assert store.doc_state("occupation") == {"a": ("h", ["a#0"], True)}

    store._collections["occupation"] = _Broken()
    assert store.doc_state("occupation") == {}          # dropped: the kind is ingested again in full
    store.upsert("occupation", ["a#0"], np.zeros((1, 4), dtype=np.float32), ["kock"], [meta])
    assert store.doc_state("occupation") == {"a": ("h", ["a#0"], True)}
