"""Proof (skills26): a job ad's requirement sentence finds the ESCO skill a recruiter would name.

Ads phrase requirements with framing ("You will be responsible for ...", "Experience with ... is a
must") and context words ("in our busy warehouse"). An ESCO skill's BM25 entries include its long
description, so those context words used to pull in skills that merely mention them; the dense route
compares labels only and now weighs more in the fusion (retrieval/search.LEXICAL_WEIGHT).
Its twelve ad sentences are dev eval cases (evals/datasets/dev/esco_skills.jsonl, esco-dev-ad26-*): they need
the ESCO skills, which the shared test store leaves out, and an eval is where a ranking over the whole store is
measured (`python -m evals.suite --split dev`); here the fusion rule itself is proved.
"""
from __future__ import annotations

from retrieval.search import LEXICAL_WEIGHT, _fused_hits


def _doc(dense_rank, lex_rank):
    return {"meta": {"title": "t", "concept_id": "c"}, "dense_rank": dense_rank, "lex_rank": lex_rank, "sim": 0.5,
            "lex": 1.0, "matched": "", "part": "title", "text": ""}


def test_label_similarity_outweighs_a_description_word_match_for_esco_skills():
    """A skill second by label similarity beats one first only by BM25 (descriptions' words);
    other kinds keep the equal fusion."""
    docs = {"by_label": _doc(2, None), "by_words": _doc(None, 1), "both": _doc(3, 40)}
    skills = [h.doc_id for h in _fused_hits({k: dict(v) for k, v in docs.items()}, {}, "esco_skill")]
    assert skills[0] == "both" and skills.index("by_label") < skills.index("by_words")
    assert LEXICAL_WEIGHT.get("occupation", 1.0) == 1.0
