"""Occupation search on the test store: the reranked titles keep the contract, and the fast dense
route (ids from Chroma, entries from memory) gives what the store's full query gives."""
from __future__ import annotations

from retrieval.search import _chroma_where

TITLES = ["Undersköterska", "Lastbilschaufför", "Elektriker", "Chef för IT-avdelningen", "nurse", "Truckförare"]


def test_reranked_title_search_keeps_the_contract_and_orders_by_score(real_runtime):
    for q in TITLES:
        hits = real_runtime.search.search(q, "occupation", 10)
        assert hits, q
        scores = [h.score for h in hits]
        assert scores == sorted(scores, reverse=True), q
        assert all(0.0 <= s <= 1.0 for s in scores)
        assert set(hits[0].to_contract()) == {"id", "doc_id", "kind", "title", "score", "url"}
        assert all("rrf" in h.metadata for h in hits)   # the fused score is kept beside the reranked one


def test_a_sentence_keeps_the_fused_order(real_runtime):
    hits = real_runtime.search.search("Jag har jobbat i tio år som undersköterska på ett äldreboende", "occupation", 10)
    assert hits and all("rrf" not in h.metadata for h in hits)


def test_dense_hits_from_memory_equal_the_store_query(real_runtime):
    s = real_runtime.search
    for kind, q in [("occupation", "undersköterska"), ("skill", "truckkort"), ("occupation", "cook")]:
        vec = real_runtime.embedder.embed_queries([q])[0]
        fast = [(h.entry_id, h.doc_id, round(h.similarity, 5), h.text, h.metadata) for h in s._dense(kind, vec, 20, [])]
        full = [(h.entry_id, h.doc_id, round(h.similarity, 5), h.text, h.metadata)
                for h in real_runtime.store.query(kind, vec, 20, where=_chroma_where([]))]
        assert fast == full and fast, (kind, q)
