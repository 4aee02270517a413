"""Bounded in-memory recall of what the store answered, for a runtime whose store does not change.

A turn asks the store the same thing several times (the same query's nearest entries: the message, then its
focus and the matcher; the same documents by id: an occupation's statistics, courses, description for each
part of an answer), and conversations and test runs repeat whole turns. Each answer is kept, least recently
used out, never written anywhere; a vector of a person's words is kept only as a key in memory, as the
embedder's own cache keeps the words. The answers are the store's: the same results in the same order.
"""
from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import numpy as np

from retrieval.store import VectorStore

#: Answers a runtime keeps per recall (a dense answer is ≤ a few hundred (id, similarity) pairs): ~20 MB at most.
SIZE = 2048


class Recall:
    """``query_ids(kind, vector, n, where)`` of a store, each answer kept (a tuple: callers cannot change it)."""

    def __init__(self, query_ids: Callable[..., list[tuple[str, float]]], size: int = 0) -> None:
        self._query_ids = query_ids
        self._size = size
        self._kept: OrderedDict[tuple, tuple[tuple[str, float], ...]] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, kind: str, vector: Any, n: int, where: dict | None) -> tuple[tuple[str, float], ...]:
        if not self._size or not isinstance(vector, np.ndarray):
            return tuple(self._query_ids(kind, vector, n, where=where))
        key = (kind, vector.dtype.str, vector.shape, vector.tobytes(), n, repr(where))
        with self._lock:
            got = self._kept.get(key)
            if got is not None:
                self._kept.move_to_end(key)
                return got
        got = tuple(self._query_ids(kind, vector, n, where=where))
        with self._lock:
            self._kept[key] = got
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return got


class DocRecall:
    """``get_docs(kind, doc_ids)`` of a store, each answer kept; every caller gets its own copy (they may change it)."""

    def __init__(self, get_docs: Callable[[str, list[str]], dict[str, dict]], size: int = 0) -> None:
        self._get_docs = get_docs
        self._size = size
        self._kept: OrderedDict[tuple, dict[str, dict]] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, kind: str, doc_ids: list[str]) -> dict[str, dict]:
        if not self._size:
            return self._get_docs(kind, doc_ids)
        key = (kind, tuple(doc_ids))
        with self._lock:
            got = self._kept.get(key)
            if got is not None:
                self._kept.move_to_end(key)
                return copy.deepcopy(got)
        got = self._get_docs(kind, doc_ids)
        with self._lock:
            self._kept[key] = copy.deepcopy(got)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return got


class RecallingStore(VectorStore):
    """The store the runtime's search asks: the same collections, nearest entries kept (``size`` answers).

    (A wrapper, not a change of retrieval/search.py: that module's code is part of the precomputed results'
    fingerprint, retrieval/precomputed.py, and a change there would make them stale.)"""

    def __init__(self, store: VectorStore, size: int) -> None:
        super().__init__(store._client, store._prefix)
        self._collections = store._collections  # the collections already opened are shared
        self._nearest = Recall(super().query_ids, size=size)

    def query_ids(self, kind: str, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        return list(self._nearest(kind, vector, n, where))
