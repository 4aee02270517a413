"""Stored documents by id, read from memory once the hybrid search holds a kind's entries.

A turn reads several documents by id per suggested occupation (its taxonomy entry, description,
statistics, regulated-profession text …). Through Chroma each read is a metadata query: 10–75 ms
per document measured on the full store, most of what was left of a first turn on a new text
once the per-occupation searches were precomputed. The hybrid search already keeps every entry's
metadata and text of a kind in memory (its BM25 index, same store generation), and builds the
same answer from them (title-entry metadata and the text entry: identical on a sample of every
kind read per turn), so once a kind is loaded — the worker's warm-up loads every kind — reads
come from there. Before that, and for kinds never searched, the store answers as before.
"""
from __future__ import annotations

from retrieval.recall import DocRecall
from retrieval.search import HybridSearch
from retrieval.store import VectorStore


class MemoryFirstStore(VectorStore):
    """The runtime's vector store; ``get_docs`` answered from the search's entries when loaded."""

    def __init__(self, store: VectorStore, search: HybridSearch, recall: int = 0) -> None:
        super().__init__(store._client, store._prefix)
        self._collections = store._collections  # the collections already opened are shared
        self._search = search
        # Kinds never searched: ``recall`` answers kept (0: none; retrieval/recall.py).
        self._recalled = DocRecall(super().get_docs, size=recall)

    def get_docs(self, kind: str, doc_ids: list[str]) -> dict[str, dict]:
        if doc_ids and kind in self._search._lexical:
            # Copies: the entries' metadata dicts are the index's own (Chroma returned new ones).
            return {doc_id: {**rec, "metadata": dict(rec["metadata"])}
                    for doc_id, rec in self._search._docs_from_memory(kind, list(doc_ids)).items()}
        return self._recalled(kind, list(doc_ids)) if doc_ids else super().get_docs(kind, doc_ids)
