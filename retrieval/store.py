"""The vector store: chromadb, embedded (PersistentClient) by default or a Chroma server.

One collection per document kind. A small meta collection records the schema version and
the embedder (name, dimension); a store built with another embedder is refused with a
clear message rather than silently returning nonsense.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.errors import EmbedderMismatch, StoreError
from vagledning.domain.documents import Kind

SCHEMA_VERSION = 1
log = logging.getLogger("vagledning.store")


def make_client(settings):
    """A chromadb client from settings: HttpClient when a host is set, else PersistentClient."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        path = Path(settings.store_dir) / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:
        where = f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else "the store directory"
        raise StoreError(f"Cannot open the vector store at {where} ({type(exc).__name__}).") from exc


def collection_name(prefix: str, kind: str) -> str:
    """The Chroma collection that holds one kind's entries."""
    return f"{prefix}-{kind}".replace("_", "-")


@dataclass
class DenseHit:
    entry_id: str
    doc_id: str
    similarity: float
    metadata: dict[str, Any]
    text: str


class VectorStore:
    """Kind-partitioned collections with idempotent upserts and embedder bookkeeping."""

    def __init__(self, client, prefix: str = "vagledning") -> None:
        self._client = client
        self._prefix = prefix
        self._collections: dict[str, Any] = {}

    # ---- naming and meta
    def _name(self, kind: str) -> str:
        return collection_name(self._prefix, kind)

    def _wrap(self, fn, what: str):
        try:
            return fn()
        except (EmbedderMismatch, StoreError):
            raise
        except Exception as exc:  # translate vendor errors at the boundary
            raise StoreError(f"Vector store error while {what} ({type(exc).__name__}).") from exc

    def _meta(self):
        return self._wrap(lambda: self._client.get_or_create_collection(
            f"{self._prefix}-meta", embedding_function=None, metadata={"role": "meta"}), "opening meta")

    def read_meta(self) -> dict[str, Any]:
        """Stored schema/embedder info and per-kind generations ({} for a new store)."""
        col = self._meta()
        got = self._wrap(lambda: col.get(ids=["schema"], include=["metadatas"]), "reading meta")
        return dict(got["metadatas"][0]) if got["ids"] else {}

    def write_meta(self, **fields: Any) -> None:
        meta = {**self.read_meta(), **fields}
        col = self._meta()
        self._wrap(lambda: col.upsert(ids=["schema"], embeddings=[[0.0]], metadatas=[meta], documents=["meta"]),
                   "writing meta")

    def check_embedder(self, name: str, dim: int, *, claim: bool) -> None:
        """Refuse a store built with another embedder; with ``claim`` record ours on a new store."""
        meta = self.read_meta()
        if not meta.get("embedder"):
            if claim:
                self.write_meta(schema_version=SCHEMA_VERSION, embedder=name, dim=dim)
            return
        if meta.get("embedder") != name or int(meta.get("dim", -1)) != dim:
            raise EmbedderMismatch(
                f"The store was built with embedder {meta.get('embedder')!r} (dim {meta.get('dim')}), but "
                f"{name!r} (dim {dim}) is configured. Set VAGLEDNING_EMBEDDER to match, or rebuild the store "
                "with `vagledning ingest --reset`.")
        if int(meta.get("schema_version", 0)) != SCHEMA_VERSION:
            raise EmbedderMismatch(
                f"The store has schema version {meta.get('schema_version')}, this code expects {SCHEMA_VERSION}. "
                "Rebuild it with `vagledning ingest --reset`.")

    # ---- collections
    def collection(self, kind: str, create: bool = True):
        if kind not in self._collections:
            name = self._name(kind)
            if create:
                col = self._wrap(lambda: self._client.get_or_create_collection(
                    name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}), f"opening {kind}")
            else:
                try:
                    col = self._client.get_collection(name, embedding_function=None)
                except Exception:  # noqa: BLE001 - chromadb versions raise different types for a missing collection
                    return None
            self._collections[kind] = col
        return self._collections[kind]

    def count(self, kind: str) -> int:
        col = self.collection(kind, create=False)
        return 0 if col is None else self._wrap(col.count, f"counting {kind}")

    def doc_state(self, kind: str) -> dict[str, tuple[str, list[str], bool]]:
        """doc_id -> (doc_hash, entry_ids, complete) for everything stored of a kind.

        A collection left unreadable by a process killed mid-write (chromadb raises InternalError on count) is
        dropped and started again empty: it holds only what ingest derives from the sources, so the resumed
        ingest rebuilds that kind in full instead of failing."""
        try:
            return self._doc_state(kind)
        except StoreError as exc:
            log.warning("collection %s unreadable (%s); dropped and rebuilt", kind, exc)
            self._collections.pop(kind, None)
            self._wrap(lambda: self._client.delete_collection(self._name(kind)), f"dropping {kind}")
            return self._doc_state(kind)

    def _doc_state(self, kind: str) -> dict[str, tuple[str, list[str], bool]]:
        col = self.collection(kind)
        state: dict[str, list] = {}
        total = self._wrap(col.count, "counting")
        page = 5000
        for offset in range(0, total, page):
            got = self._wrap(partial(col.get, include=["metadatas"], limit=page, offset=offset), "listing")
            for eid, meta in zip(got["ids"], got["metadatas"]):
                doc_id = meta.get("doc_id", eid.split("#")[0])
                rec = state.setdefault(doc_id, [meta.get("doc_hash", ""), [], int(meta.get("n_entries", 0)), set()])
                rec[1].append(eid)
                rec[3].add(meta.get("doc_hash", ""))
        out = {}
        for doc_id, (h, ids, n, hashes) in state.items():
            complete = len(hashes) == 1 and len(ids) == n
            out[doc_id] = (h, ids, complete)
        return out

    def upsert(self, kind: str, ids: list[str], vectors: np.ndarray, texts: list[str], metadatas: list[dict]) -> None:
        col = self.collection(kind)
        self._wrap(lambda: col.upsert(ids=ids, embeddings=vectors.tolist(), documents=texts, metadatas=metadatas),
                   f"writing {kind}")

    def delete(self, kind: str, entry_ids: Iterable[str]) -> None:
        ids = list(entry_ids)
        col = self.collection(kind)
        for i in range(0, len(ids), 5000):
            chunk = ids[i:i + 5000]
            self._wrap(partial(col.delete, ids=chunk), f"deleting from {kind}")

    def all_entries(self, kind: str) -> tuple[list[str], list[str], list[dict]]:
        """Every entry of a kind (ids, texts, metadatas), for building the lexical index."""
        col = self.collection(kind, create=False)
        if col is None:
            return [], [], []
        ids: list[str] = []
        texts: list[str] = []
        metas: list[dict] = []
        total = self._wrap(col.count, "counting")
        for offset in range(0, total, 5000):
            got = self._wrap(partial(col.get, include=["documents", "metadatas"], limit=5000, offset=offset), "listing")
            ids += got["ids"]
            texts += [t or "" for t in got["documents"]]
            metas += got["metadatas"]
        return ids, texts, metas

    def query(self, kind: str, vector: np.ndarray, n: int, where: dict | None = None) -> list[DenseHit]:
        """Nearest entries of a kind; cosine similarity in [−1, 1]."""
        col = self.collection(kind, create=False)
        if col is None:
            return []
        got = self._wrap(lambda: col.query(query_embeddings=[vector.tolist()], n_results=n, where=where or None,
                                           include=["metadatas", "distances", "documents"]), f"searching {kind}")
        hits = []
        for eid, dist, meta, text in zip(got["ids"][0], got["distances"][0], got["metadatas"][0], got["documents"][0]):
            hits.append(DenseHit(eid, meta.get("doc_id", eid.split("#")[0]), 1.0 - float(dist), meta, text or ""))
        return hits

    def query_ids(self, kind: str, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """Nearest entry ids of a kind with cosine similarity, without their metadata and text
        (fetching those is most of a query's cost; the search reads them from its BM25 index)."""
        col = self.collection(kind, create=False)
        if col is None:
            return []
        got = self._wrap(lambda: col.query(query_embeddings=[vector.tolist()], n_results=n, where=where or None,
                                           include=["distances"]), f"searching {kind}")
        return [(eid, 1.0 - float(dist)) for eid, dist in zip(got["ids"][0], got["distances"][0])]

    def get_docs(self, kind: str, doc_ids: list[str]) -> dict[str, dict]:
        """Title-entry metadata and text for given doc ids (for citations and details)."""
        col = self.collection(kind, create=False)
        if col is None or not doc_ids:
            return {}
        got = self._wrap(lambda: col.get(where={"doc_id": {"$in": list(doc_ids)}}, include=["metadatas", "documents"]),
                         f"reading {kind}")
        out: dict[str, dict] = {}
        for meta, text in zip(got["metadatas"], got["documents"]):
            rec = out.setdefault(meta["doc_id"], {"metadata": meta, "text": ""})
            if meta.get("part") == "text":
                rec["text"] = text or ""
        return out

    def kinds_present(self) -> list[str]:
        return [k.value for k in Kind if self.count(k.value) > 0]

    def reset(self) -> None:
        """Drop every collection of this prefix (used by `ingest --reset`)."""
        for col in self._wrap(self._client.list_collections, "listing collections"):
            name = col if isinstance(col, str) else col.name
            if name.startswith(self._prefix + "-"):
                self._wrap(partial(self._client.delete_collection, name), "dropping")
        self._collections.clear()
