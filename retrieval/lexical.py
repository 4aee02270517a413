"""BM25 (bm25s) over store entries, with Swedish stemming and character n-grams.

Word-level BM25 misses Swedish compounds ("truck" in "truckförare"); adding character
4-grams of each word recovers much of that (measured on the taxonomy).
"""
from __future__ import annotations

import pickle
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
NGRAM = 4


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer

    return Stemmer.Stemmer("swedish")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def tokenize(text: str) -> list[str]:
    """Stemmed words plus character n-grams of longer words (marked with '#')."""
    words = _WORD.findall(_fold(text))
    stems = _stemmer().stemWords(words) if words else []
    tokens = list(stems)
    for w in words:
        if len(w) >= NGRAM:
            padded = f"<{w}>"
            tokens.extend("#" + padded[i:i + NGRAM] for i in range(len(padded) - NGRAM + 1))
    return tokens


@dataclass
class LexicalHit:
    entry_index: int
    score: float


class LexicalIndex:
    """BM25 over entries of one kind; entry metadata kept beside it for filtering."""

    def __init__(self, entry_ids: list[str], metadatas: list[dict], texts: list[str]) -> None:
        import bm25s

        self.entry_ids = entry_ids
        self.metadatas = metadatas
        self.texts = texts
        self._retriever = bm25s.BM25()
        corpus = [tokenize(t) or ["\u2205"] for t in texts]
        if corpus:
            self._retriever.index(corpus, show_progress=False)
        self._vocab = set(self._retriever.vocab_dict.keys()) if corpus else set()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.entry_ids)

    def search(self, query: str, k: int) -> list[LexicalHit]:
        """Top-k entries by BM25 (empty when no query token is known)."""
        tokens = [t for t in tokenize(query) if t in self._vocab]
        if not tokens or not self.entry_ids:
            return []
        k = min(k, len(self.entry_ids))
        with self._lock:  # bm25s retrieval is not documented as thread-safe
            docs, scores = self._retriever.retrieve([tokens], k=k, show_progress=False, n_threads=1)
        out = []
        for idx, score in zip(docs[0], scores[0]):
            if score > 0:
                out.append(LexicalHit(int(idx), float(score)))
        return out

    # ---- persistence (a cache; the store is the source of truth)
    def save(self, path: Path, generation: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            pickle.dump({"generation": generation, "index": self}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)

    @staticmethod
    def load(path: Path, generation: str) -> LexicalIndex | None:
        try:
            with open(path, "rb") as fh:
                data = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None
        return data["index"] if data.get("generation") == generation else None

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


def scores_array(hits: list[LexicalHit]) -> np.ndarray:
    return np.array([h.score for h in hits], dtype=np.float32)
