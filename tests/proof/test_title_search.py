"""Occupation search on the test store: the reranked titles keep the contract, and the fast dense
route (ids from Chroma, entries from memory) gives what the store's full query gives."""
from __future__ import annotations

from retrieval.search_filters import chroma_where

TITLES = ["Undersköterska", "svettsare", "Laddstolpsmontör", "Chef för IT-avdelningen", "nurse", "Sound editor"]


def test_reranked_title_search_keeps_the_contract_and_orders_by_score(real_runtime):
    reranked = 0
    for q in TITLES:
        hits = real_runtime.search.search(q, "occupation", 10)
        assert hits, q
        scores = [h.score for h in hits]
        assert scores == sorted(scores, reverse=True), q
        assert set(hits[0].to_contract()) == {"id", "doc_id", "kind", "title", "score", "url"}
        if "rrf" in hits[0].metadata:   # reranked: a probability, the fused score kept beside it
            reranked += 1
            assert all(0.0 <= s <= 1.0 for s in scores) and all("rrf" in h.metadata for h in hits)
    assert reranked >= 1    # unknown or misspelt titles are reranked (an exact alias or a lexicon term is not)


def test_a_sentence_keeps_the_fused_order(real_runtime):
    hits = real_runtime.search.search("Jag har jobbat i tio år som undersköterska på ett äldreboende", "occupation", 10)
    assert hits and all("rrf" not in h.metadata for h in hits)


def test_dense_hits_from_memory_equal_the_store_query(real_runtime):
    s = real_runtime.search
    for kind, q in [("occupation", "undersköterska"), ("skill", "truckkort"), ("occupation", "cook")]:
        vec = real_runtime.embedder.embed_queries([q])[0]
        fast = [(h.entry_id, h.doc_id, round(h.similarity, 5), h.text, h.metadata) for h in s._dense(kind, vec, 20, [])]
        full = [(h.entry_id, h.doc_id, round(h.similarity, 5), h.text, h.metadata)
                for h in real_runtime.store.query(kind, vec, 20, where=chroma_where([]))]
        assert fast == full and fast, (kind, q)
