"""Proof (skills32): a job ad's requirement finds the ESCO skill both routes agree on, however deep
one of them ranks it.

The hybrid search fuses a dense rank (the skill's label) and a BM25 rank (label, alternative labels
and description) by reciprocal rank. At the old depth (max(50, top * 8), 80 for ten hits) a skill the
second route ranked 90th got nothing from it, so a skill found by one route only could pass it. For
ESCO skills each route now ranks 800 candidates (retrieval/search.KIND_DEPTH): on a blind batch of 65
job-ad requirements (care, construction, hospitality, logistics, IT, finance, teaching, manufacturing)
RP@5 0.436 -> 0.482, on the dev sentences 0.758 -> 0.774 (evals/README.md).
Ranking over the whole store is measured by the evals (the shared test store has no ESCO skills); here
the rule itself is proved, with the routes stubbed.
"""
from __future__ import annotations

import numpy as np

from retrieval.search import KIND_DEPTH, HybridSearch, _fused_hits


class _Embedder:
    name = "stub"
    dim = 2

    def embed_queries(self, texts):
        return np.zeros((len(texts), 2), dtype=np.float32)


def _doc(dense_rank, lex_rank):
    return {"meta": {"title": "t", "concept_id": "c"}, "dense_rank": dense_rank, "lex_rank": lex_rank, "sim": 0.5,
            "lex": 1.0, "matched": "", "part": "title", "text": ""}


class _Routes(HybridSearch):
    """Both routes stubbed: the first ranks the agreed skill 3rd, the second ranks it 90th (if it looks that deep)."""

    def __init__(self) -> None:
        super().__init__(store=None, embedder=_Embedder())  # type: ignore[arg-type]
        self.depths: list[int] = []

    def _dense_docs(self, kind, vec, n, flt):
        self.depths.append(n)
        return {"only_dense": _doc(1, None), "only_dense_2": _doc(2, None), "agreed": _doc(3, None)}

    def _add_lexical(self, docs, kind, query, n, flt):
        self.depths.append(n)
        docs["only_words"] = _doc(None, 1)
        if n >= 90:
            docs["agreed"]["lex_rank"] = 90


def test_a_skill_both_routes_find_is_not_lost_below_the_old_depth():
    routes = _Routes()
    hits = [h.doc_id for h in routes.search("Counterbalance forklift licence essential.", "esco_skill", 10)]
    assert min(routes.depths) >= 90 and KIND_DEPTH["esco_skill"] >= 800
    assert hits.index("agreed") < hits.index("only_dense_2") and hits.index("agreed") < hits.index("only_words")


def test_other_kinds_keep_their_depth():
    routes = _Routes()
    routes.search("undersköterska", "skill", 10)
    assert routes.depths == [80, 80]


def test_the_fusion_rule_the_depth_serves():
    """At the old depth the agreed skill had its dense rank alone and fell below a dense-only neighbour."""
    shallow = {"only_dense_2": _doc(2, None), "agreed": _doc(3, None)}
    deep = {"only_dense_2": _doc(2, None), "agreed": _doc(3, 90)}
    assert [h.doc_id for h in _fused_hits(shallow, {}, "esco_skill")][0] == "only_dense_2"
    assert [h.doc_id for h in _fused_hits(deep, {}, "esco_skill")][0] == "agreed"
