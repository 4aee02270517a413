"""The real runtime and the test fakes satisfy the core's Runtime protocol (vagledning.domain.runtime)."""
from __future__ import annotations

import inspect

from retrieval.relations import Relations as RealRelations
from retrieval.runtime import Runtime as RealRuntime
from retrieval.search import HybridSearch
from retrieval.store import VectorStore
from tests.assistant_fakes import FakeRuntime
from vagledning.domain import runtime as proto


def _protocol_methods(cls) -> set[str]:
    return {n for n, v in vars(cls).items() if callable(v) and not n.startswith("_")}


def test_fake_runtime_satisfies_the_protocol():
    rt = FakeRuntime()
    assert isinstance(rt, proto.Runtime)
    assert isinstance(rt.relations, proto.Relations)
    assert isinstance(rt.search, proto.Search)
    assert isinstance(rt.store, proto.DocumentStore)
    assert isinstance(rt.embedder, proto.Embedder)


def test_real_classes_have_every_protocol_member_with_compatible_parameters():
    pairs = [(proto.Relations, RealRelations), (proto.Search, HybridSearch), (proto.DocumentStore, VectorStore)]
    for protocol, real in pairs:
        for name in _protocol_methods(protocol):
            assert hasattr(real, name), f"{real.__name__} lacks {name}"
            wanted = inspect.signature(getattr(protocol, name)).parameters
            have = inspect.signature(getattr(real, name)).parameters
            assert set(wanted) <= set(have), f"{real.__name__}.{name}: {set(wanted) - set(have)}"
    fields = set(RealRuntime.__dataclass_fields__) | {"relations"}
    assert {"settings", "embedder", "store", "search", "evidence_cache", "details_cache", "relations"} <= fields
