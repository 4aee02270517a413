"""One derived object per relations DB (a title index, a skill graph, …), built on first use.

The objects are pure functions of the DB's content and costly to build (seconds), so each is built
once per open ``Relations`` and shared by every thread; the lock keeps two first requests from
building it twice.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def per_relations(build: Callable[[Any], T]) -> Callable[[Any], T]:
    """``get(rel)``: ``build(rel)`` the first time for this ``rel``, the same object afterwards."""
    built: dict[int, T] = {}
    lock = threading.Lock()

    def get(rel: Any) -> T:
        with lock:
            obj = built.get(id(rel))
            if obj is None:
                obj = built[id(rel)] = build(rel)
            return obj

    return get
