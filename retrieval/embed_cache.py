"""Content-hash cache of passage embeddings, so unchanged texts are never embedded twice.

Only source texts (documents we ingest) go in here, never user text: queries are not cached.
"""
from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import numpy as np

from retrieval.embeddings import Embedder


def _key(embedder_name: str, text: str) -> bytes:
    return hashlib.sha256(f"{embedder_name}\x00passage\x00{text}".encode()).digest()


class EmbeddingCache:
    """SQLite table key -> float32 blob, keyed by embedder name + text hash."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS emb (k BLOB PRIMARY KEY, v BLOB NOT NULL)")
        self._lock = threading.Lock()

    def embed_passages(self, embedder: Embedder, texts: list[str], batch_size: int = 64) -> tuple[np.ndarray, int]:
        """Vectors for ``texts`` (cached ones read, the rest embedded and stored); returns (vectors, n_embedded)."""
        keys = [_key(embedder.name, t) for t in texts]
        found: dict[bytes, np.ndarray] = {}
        with self._lock:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                q = f"SELECT k, v FROM emb WHERE k IN ({','.join('?' * len(chunk))})"
                for k, v in self._db.execute(q, chunk):
                    found[k] = np.frombuffer(v, dtype=np.float32)
        missing = [i for i, k in enumerate(keys) if k not in found]
        # dedupe identical texts within the request
        uniq: dict[bytes, str] = {}
        for i in missing:
            uniq.setdefault(keys[i], texts[i])
        todo = list(uniq.items())
        for i in range(0, len(todo), batch_size):
            part = todo[i:i + batch_size]
            vecs = embedder.embed_passages([t for _, t in part])
            with self._lock:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT OR REPLACE INTO emb (k, v) VALUES (?, ?)",
                                     [(k, vecs[j].astype(np.float32).tobytes()) for j, (k, _) in enumerate(part)])
                self._db.execute("COMMIT")
            for j, (k, _) in enumerate(part):
                found[k] = vecs[j].astype(np.float32)
        if not texts:
            return np.zeros((0, embedder.dim), dtype=np.float32), 0
        return np.stack([found[k] for k in keys]), len(todo)

    def close(self) -> None:
        self._db.close()
