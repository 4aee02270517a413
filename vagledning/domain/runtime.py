"""The typed Runtime every layer above retrieval receives as ``rt``.

``retrieval.runtime.Runtime`` (the real one: Chroma store, hybrid search, SQLite relations) and
the test fakes both satisfy it. The protocols name exactly what callers use; the rich return
types (search hits, relation rows) belong to retrieval and are ``Any`` here, because the core
may not import from the layers above it.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from vagledning.domain.geography import Geography, Place, PlaceMatch
from vagledning.settings import Settings


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors (query side; passages are ingest's business)."""

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed_queries(self, texts: list[str]) -> Any: ...


@runtime_checkable
class DocumentStore(Protocol):
    """Read access to the stored documents, per kind."""

    def get_docs(self, kind: str, doc_ids: list[str]) -> dict[str, dict]: ...

    def count(self, kind: str) -> int: ...

    def kinds_present(self) -> list[str]: ...


@runtime_checkable
class Search(Protocol):
    """Hybrid (dense + BM25) search in one kind; hits are ``retrieval.search.SearchHit``."""

    def search(self, query: str, kind: str, top: int = 10, *, region: str | None = None,
               municipality: str | None = None, ssyk: str | None = None, query_vector: Any = None,
               depth: int | None = None, bridges: bool = True) -> list[Any]: ...


@runtime_checkable
class Relations(Protocol):
    """The relations DB queries the interpreter, matcher, evidence and assistant use."""

    def meta(self) -> dict[str, str]: ...

    def occupation(self, occupation_id: str) -> Any: ...

    def occupations_in_ssyk(self, ssyk_id: str) -> list[Any]: ...

    def occupations_demanding(self, labels: list[str]) -> dict[str, list[tuple[str, int]]]: ...

    def ssyk_by_code(self, code: str) -> Any: ...

    def demanded_skills(self, occupation_id: str) -> list[Any]: ...

    def skill(self, skill_id: str) -> Any: ...

    def similar_occupations(self, occupation_id: str) -> list[Any]: ...

    def esco_matches(self, jobtech_id: str) -> list[Any]: ...

    def esco_occupation_skills(self, uri: str) -> list[Any]: ...

    def esco_skill(self, uri: str) -> Any: ...

    def jobtech_for_esco(self, esco_uri: str) -> list[Any]: ...

    def interest_profiles(self) -> dict[str, Any]: ...

    def interest_activities(self, riasec: str | None = None) -> list[Any]: ...

    def ad_counts(self, ssyk_id: str) -> Any: ...

    def barometer(self, forecast_id: str) -> list[Any]: ...

    def forecasts_for_ssyk(self, ssyk_id: str) -> list[str]: ...

    def courses_for_ssyk(self, code: str, region_id: str | None = None) -> list[Any]: ...

    def programmes(self, region_id: str | None = None, sun5_prefix: str | None = None) -> list[Any]: ...

    def regions(self) -> Sequence[Place]: ...

    def municipalities(self) -> Sequence[Place]: ...

    def region_of_municipality(self, municipality_id: str) -> str | None: ...

    def geography(self) -> Geography: ...

    def resolve_place(self, name: str) -> PlaceMatch: ...

    def description_doc(self, occupation_id: str) -> Any: ...

    def education_requirement(self, occupation_id: str) -> str | None: ...


@runtime_checkable
class Runtime(Protocol):
    """Everything retrieval needs, opened once per process (see ``retrieval.runtime.open_runtime``)."""

    settings: Settings
    embedder: Embedder
    store: DocumentStore
    search: Search
    # Per-runtime caches of source-derived results (never user text): evidence and occupation details.
    evidence_cache: dict
    details_cache: dict

    @property
    def relations(self) -> Relations: ...
