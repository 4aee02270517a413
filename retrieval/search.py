"""Hybrid search: dense (Chroma) + BM25 (bm25s), fused by reciprocal rank, per document.

Entries (title / alias / text) are ranked separately and folded into their document by
best rank; the two rankings are then fused with RRF. Filters on region, municipality and
SSYK apply to both sides.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retrieval.embeddings import Embedder
from retrieval.errors import UnknownKind
from retrieval.lexical import LexicalIndex
from retrieval.search_filters import chroma_where, filters_for, meta_matches
from retrieval.store import DenseHit, VectorStore
from retrieval.title_query import ordered, title_reading
from vagledning.domain.documents import Kind
from vagledning.domain.marks import COMMAS, SEMICOLONS

log = logging.getLogger("vagledning.search")
RRF_K = 60
# Kinds whose queries are sentences of several things done (ESCO skills): clauses are searched too.
# Off: on the development sentences it changed nothing (RP@5 0.618 either way) at 3x the cost.
CLAUSE_KINDS: tuple[str, ...] = ()
# Kinds whose dense route compares the query with labels (preferred + alternative) only: a description's
# embedding is diluted by everything it explains. BM25 still reads the descriptions' words. Measured on
# the 52 dev ESCO sentences (RP@5): descriptions in both routes 0.721, labels only in both 0.740 (but
# 0.656 -> 0.500 on the last 16 first-person ones), labels only in the dense route 0.740 (never lower).
LABEL_KINDS: tuple[str, ...] = ("esco_skill",)
# The BM25 rank's weight in the fusion, per kind (1.0 elsewhere). An ESCO skill's BM25 entries include
# its long description, so a sentence's context words ("customers", "warehouse", "team") find skills
# that merely mention them; the dense route compares labels only and is the more precise of the two.
# Calibrated on the dev ESCO sentences only (RP@5 0.679 at 1.0; 0.70/0.73/0.74/0.75 at 0.8/0.6/0.5/0.3)
# and kept where a blind batch of 60 job-ad requirements agreed (0.669 -> 0.694 at 0.5; 0.664 at 0.3).
LEXICAL_WEIGHT: dict[str, float] = {"esco_skill": 0.5}
# Candidates each route ranks, per kind (else max(50, top * 8)). RRF adds a document's two ranks, so a
# skill one route ranks 90th got nothing from it at depth 80 and lost to skills only the other route found.
# Measured (RP@5, top 10): dev 0.758 -> 0.774, blind job-ad batches 0.694 -> 0.703 and 0.436 -> 0.482 at
# 800 (400: 0.774 / 0.694 / 0.469; 1,500 as 800); ~50 ms more per query.
KIND_DEPTH: dict[str, int] = {"esco_skill": 800}
CLAUSE_WEIGHT = 1.0
_CLAUSE_SPLIT = re.compile(rf"\s*(?:[{COMMAS}{SEMICOLONS}]|\band then\b|\band\b|\bthen\b|\boch\b|\bsamt\b)\s*", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:i|we|also|jag|vi)\s+", re.IGNORECASE)


def clauses(query: str) -> list[str]:
    """The clauses of a sentence that names several things done, each with at least two words
    ("I dug trenches and laid pipes" -> ["dug trenches", "laid pipes"]); [] for short queries."""
    if len(query.split()) < 5:
        return []
    parts = [_SUBJECT.sub("", p.strip(" .!?")) for p in _CLAUSE_SPLIT.split(query)]
    parts = [p for p in parts if len(p.split()) >= 2]
    return parts if len(parts) > 1 else []


@dataclass
class SearchHit:
    """One document found; ``concept_id`` is the source's own id (JobTech id, ESCO URI …)."""

    doc_id: str
    concept_id: str
    kind: str
    title: str
    url: str
    score: float                 # fused RRF score (rank-based, comparable within one query)
    similarity: float            # best cosine similarity of any entry of this doc (0 if not in dense list)
    lexical: float               # best BM25 score of any entry (0 if none)
    matched: str                 # the entry text that matched best (title, alias or text)
    matched_part: str
    metadata: dict[str, Any] = field(default_factory=dict)
    snippet: str = ""
    bridge: str | None = None        # lexicon | pivot, when a cross-lingual bridge found it
    bridge_confidence: float = 0.0
    bridge_via: str = ""

    def to_contract(self) -> dict[str, Any]:
        """The documented CLI/API hit shape."""
        return {"id": self.concept_id, "doc_id": self.doc_id, "kind": self.kind, "title": self.title,
                "score": round(self.score, 6), "url": self.url or None}


class HybridSearch:
    """Search over the ingested store; lexical indexes are built lazily and cached on disk."""

    def __init__(self, store: VectorStore, embedder: Embedder, cache_dir: Path | None = None, bridges=None) -> None:
        self.store = store
        self.embedder = embedder
        self.cache_dir = cache_dir
        self.bridges = bridges
        self._lexical: dict[str, LexicalIndex] = {}
        self._positions: dict[str, tuple[LexicalIndex, dict[str, int], dict[str, list[int]]]] = {}
        # Folded entry texts left out of both routes: only the reranker's training sets this
        # (leave-one-out: a training title must not find itself as an alias).
        self.exclude: frozenset[str] = frozenset()
        self._locks: dict[str, threading.Lock] = {k.value: threading.Lock() for k in Kind}

    # ---- lexical index management
    def lexical(self, kind: str) -> LexicalIndex:
        """The BM25 index of a kind (from the on-disk cache when its generation matches)."""
        if kind in self._lexical:
            return self._lexical[kind]
        with self._locks[kind]:
            if kind in self._lexical:
                return self._lexical[kind]
            generation = str(self.store.read_meta().get(f"gen_{kind}", "0"))
            path = self.cache_dir / f"lexical-{kind}.pkl" if self.cache_dir else None
            index = LexicalIndex.load(path, generation) if path else None
            if index is None:
                ids, texts, metas = self.store.all_entries(kind)
                index = LexicalIndex(ids, metas, texts)
                if path:
                    try:
                        index.save(path, generation)
                    except OSError:
                        log.warning("lexical_cache_write_failed")
            self._lexical[kind] = index
            return index

    def invalidate(self, kind: str | None = None) -> None:
        if kind:
            self._lexical.pop(kind, None)
            self._positions.pop(kind, None)
        else:
            self._lexical.clear()
            self._positions.clear()

    def _entries(self, kind: str) -> tuple[LexicalIndex, dict[str, int], dict[str, list[int]]]:
        """(BM25 index, entry id -> position, doc id -> positions): every entry's metadata and text in
        memory, so a dense query only asks Chroma for ids and distances."""
        index = self.lexical(kind)
        cached = self._positions.get(kind)
        if cached is None or cached[0] is not index:
            by_doc: dict[str, list[int]] = {}
            for i, m in enumerate(index.metadatas):
                by_doc.setdefault(m.get("doc_id", ""), []).append(i)
            cached = self._positions[kind] = (index, {e: i for i, e in enumerate(index.entry_ids)}, by_doc)
        return cached

    def _dense(self, kind: str, vec: Any, n: int, flt: list[tuple[str, ...]]) -> list[DenseHit]:
        """Dense hits with metadata and text from memory (the store's full query if an id is unknown)."""
        index, pos, _ = self._entries(kind)
        where = chroma_where(flt)
        hits = []
        for eid, sim in self.store.query_ids(kind, vec, n, where=where):
            i = pos.get(eid)
            if i is None:  # the BM25 index is older than the store: ask the store
                return self.store.query(kind, vec, n, where=where)
            meta = index.metadatas[i]
            hits.append(DenseHit(eid, meta.get("doc_id", eid.split("#")[0]), sim, meta, index.texts[i]))
        return hits

    def _docs_from_memory(self, kind: str, doc_ids: list[str]) -> dict[str, dict]:
        """As VectorStore.get_docs (title-entry metadata and text), read from the in-memory entries."""
        index, _, by_doc = self._entries(kind)
        out: dict[str, dict] = {}
        missing = []
        for doc_id in doc_ids:
            idx = by_doc.get(doc_id)
            if not idx:
                missing.append(doc_id)
                continue
            metas = [index.metadatas[i] for i in idx]
            title = next((m for m in metas if m.get("part") == "title"), metas[0])
            text = next((index.texts[i] for i in idx if index.metadatas[i].get("part") == "text"), "")
            out[doc_id] = {"metadata": title, "text": text}
        # The entries are the store's (same generation): a doc id they lack (a lexicon id of another
        # taxonomy version) is not in the store either, so the store is asked only when memory is empty.
        if missing and not by_doc:
            out.update(self.store.get_docs(kind, missing))
        return out

    # ---- search
    def _search_clauses(self, query: str, parts: list[str], kind: str, top: int, depth: int | None) -> list[SearchHit]:
        """A sentence naming several things done ("I dug trenches and laid pipes"): each clause is
        searched too and the rankings fused (RRF), so every skill it names can reach the top."""
        vecs = self.embedder.embed_queries([query, *parts])
        n = max(top, 10)
        lists = [self.search(query, kind, n, query_vector=vecs[0], depth=depth)]
        lists += [self.search(p, kind, n, query_vector=v, depth=depth) for p, v in zip(parts, vecs[1:])]
        fused: dict[str, float] = {}
        best: dict[str, SearchHit] = {}
        for li, hits in enumerate(lists):
            w = 1.0 if li == 0 else CLAUSE_WEIGHT
            for rank, h in enumerate(hits, 1):
                fused[h.doc_id] = fused.get(h.doc_id, 0.0) + w / (RRF_K + rank)
                if h.doc_id not in best or h.similarity > best[h.doc_id].similarity:
                    best[h.doc_id] = h
        out = []
        for doc_id, score in fused.items():
            h = best[doc_id]
            h.score = score
            out.append(h)
        out.sort(key=lambda h: (-h.score, -h.similarity, h.doc_id))
        return out[:top]

    def _dense_docs(self, kind: str, vec: Any, n: int, flt: list[tuple[str, ...]]) -> dict[str, dict[str, Any]]:
        """Dense hits per document, ranked (a title's similarity breaks ties between shared job titles)."""
        docs: dict[str, dict[str, Any]] = {}
        labels_only = kind in LABEL_KINDS
        for hit in self._dense(kind, vec, n * 2 if labels_only else n, flt):  # (descriptions are skipped)
            if self.exclude and _folded(hit.text) in self.exclude:
                continue
            d = docs.get(hit.doc_id)
            part = hit.metadata.get("part", "")
            if labels_only and part == "text":
                continue  # (LABEL_KINDS: the description is not compared densely)
            if d is None:
                d = docs[hit.doc_id] = {"meta": hit.metadata, "dense_rank": None, "sim": hit.similarity,
                                        "matched": hit.text, "part": part, "lex": 0.0, "title_sim": 0.0,
                                        "lex_rank": None, "text": ""}
            if part == "title":
                d["title_sim"] = max(d["title_sim"], hit.similarity)
                d["meta"] = hit.metadata
            if part == "text" and not d["text"]:
                d["text"] = hit.text
        # A job title shared by several occupations ties them; the one whose own name is closer wins.
        order = sorted(docs, key=lambda k: -(docs[k]["sim"] + 0.05 * docs[k]["title_sim"]))
        for rank, doc_id in enumerate(order, 1):
            docs[doc_id]["dense_rank"] = rank
        return docs

    def _add_lexical(self, docs: dict[str, dict[str, Any]], kind: str, query: str, n: int,
                     flt: list[tuple[str, ...]]) -> None:
        """BM25 ranks into ``docs`` (documents only the lexical route found are added)."""
        index = self.lexical(kind)
        rank = 0
        for lh in index.search(query, n * 4 if flt else n):
            meta = index.metadatas[lh.entry_index]
            if flt and not meta_matches(meta, flt):
                continue
            if self.exclude and _folded(index.texts[lh.entry_index]) in self.exclude:
                continue
            doc_id = meta.get("doc_id", "")
            d = docs.get(doc_id)
            if d is None:
                d = docs[doc_id] = {"meta": meta, "dense_rank": None, "sim": 0.0,
                                    "matched": index.texts[lh.entry_index], "part": meta.get("part", ""),
                                    "lex": 0.0, "lex_rank": None, "text": ""}
            if d["lex_rank"] is None:
                rank += 1
                d["lex_rank"] = rank
                d["lex"] = lh.score
                if d["dense_rank"] is None or meta.get("part") != "text":
                    d["matched"], d["part"] = index.texts[lh.entry_index], meta.get("part", "")
            if rank >= n:
                break

    def _bridged(self, docs: dict[str, dict[str, Any]], query: str, kind: str, vec: Any) -> dict[str, tuple[float, Any]]:
        """RRF bonus and best bridge per document from the bridge rankings; bridged-only documents are added."""
        assert self.bridges is not None
        bridged: dict[str, tuple[float, Any]] = {}
        # The pivot is for queries the direct routes can't read (other languages); a strong direct
        # match (near-identical label, or a whole label in BM25) makes it unnecessary.
        strong = any(d["sim"] >= 0.92 or (d["lex"] >= 12 and d["part"] in ("title", "alias")) for d in docs.values())
        routes: dict[str, dict[str, float]] = {}
        for ranking in self.bridges.rankings(self, query, kind, query_vector=vec, pivot=not strong):
            for rank, b in enumerate(ranking, 1):
                r = routes.setdefault(b.doc_id, {})
                r[b.route] = max(r.get(b.route, 0.0), b.confidence)
                weight = 2.0 if b.route == "lexicon" else 1.0  # curated terms outrank guesses
                prev = bridged.get(b.doc_id)
                bonus = weight / (RRF_K + rank) + (prev[0] if prev else 0.0)
                best = b if prev is None or b.confidence > prev[1].confidence else prev[1]
                bridged[b.doc_id] = (bonus, best)
        missing = [d for d in bridged if d not in docs]
        if missing:
            for doc_id, rec in self._docs_from_memory(kind, missing).items():
                docs[doc_id] = {"meta": rec["metadata"], "dense_rank": None, "sim": 0.0, "title_sim": 0.0,
                                "matched": rec["metadata"].get("title", ""), "part": "title", "lex": 0.0,
                                "lex_rank": None, "text": rec.get("text", "")}
        for doc_id, r in routes.items():
            if doc_id in docs:
                docs[doc_id]["routes"] = r
        return bridged

    def search(self, query: str, kind: str, top: int = 10, *, region: str | None = None,
               municipality: str | None = None, ssyk: str | None = None, query_vector=None,
               depth: int | None = None, bridges: bool = True, read_title: bool = True) -> list[SearchHit]:
        """Top documents of ``kind`` for ``query`` (any language), best first."""
        try:
            Kind(kind)
        except ValueError:
            raise UnknownKind(f"Unknown kind {kind!r}. Known kinds: {', '.join(k.value for k in Kind)}.") from None
        query = (query or "").strip()
        if not query:
            return []
        if kind in CLAUSE_KINDS and query_vector is None and bridges and not (region or municipality or ssyk):
            parts = clauses(query)
            if len(parts) > 1:
                return self._search_clauses(query, parts, kind, top, depth)
        reading = title_reading(self, query) if kind == "occupation" and read_title and bridges and query_vector is None \
            and not (region or municipality or ssyk) else None
        if reading is not None and reading.core != query:  # an ad title: search its core (retrieval/title_query)
            return ordered(self, reading, self.search(reading.core, kind, top, depth=depth, read_title=False))
        t0 = time.perf_counter()
        flt = filters_for(region, municipality, ssyk)
        n = depth or max(KIND_DEPTH.get(kind, 50), top * 8)
        vec = query_vector if query_vector is not None else self.embedder.embed_queries([query])[0]
        docs = self._dense_docs(kind, vec, n, flt)
        self._add_lexical(docs, kind, query, n, flt)
        bridging = bool(bridges and self.bridges is not None and not flt)
        bridged = self._bridged(docs, query, kind, vec) if bridging else {}
        hits = _fused_hits(docs, bridged, kind)
        if kind == "occupation" and bridging:
            hits = self._rerank(query, hits, docs)
        log.debug("search kind=%s hits=%d ms=%.1f", kind, len(hits), (time.perf_counter() - t0) * 1000)
        return ordered(self, reading, hits)[:top]

    def _rerank(self, query: str, hits: list[SearchHit], docs: dict[str, dict[str, Any]]) -> list[SearchHit]:
        """The top RERANK_TOP fused occupations of a title-like query, rescored by the title reranker
        (retrieval/title_reranker); score becomes its probability, the tail stays below in fused order."""
        from retrieval.title_reranker import RERANK_TOP, applies, rerank

        if not hits or not applies(query):
            return hits
        head, tail = hits[:RERANK_TOP], hits[RERANK_TOP:]
        cands = [{"occ": h.concept_id, "rrf": h.score, "dense_rank": docs[h.doc_id]["dense_rank"],
                  "sim": h.similarity, "lex_rank": docs[h.doc_id]["lex_rank"], "lex": h.lexical,
                  "routes": docs[h.doc_id].get("routes") or {}} for h in head]
        try:
            rel = self.bridges._relations()
        except Exception:  # noqa: BLE001 - relations not built yet: keep the fused order
            return hits
        probs = rerank(query, cands, rel, self.exclude)
        if probs is None:
            return hits
        for h, p in zip(head, probs):
            h.metadata["rrf"] = h.score
            h.score = p
        head.sort(key=lambda h: (-h.score, -h.metadata["rrf"], h.doc_id))
        if tail:
            floor, top_rrf = head[-1].score, tail[0].score or 1.0
            for h in tail:
                h.metadata["rrf"] = h.score
                h.score = floor * 0.99 * (h.score / top_rrf)
        return head + tail


def _folded(text: str) -> str:
    return " ".join((text or "").casefold().split())


def _fused_hits(docs: dict[str, dict[str, Any]], bridged: dict[str, tuple[float, Any]], kind: str) -> list[SearchHit]:
    """Reciprocal-rank fusion of the dense, lexical and bridge ranks, best first."""
    hits = []
    lex_weight = LEXICAL_WEIGHT.get(kind, 1.0)
    for doc_id, d in docs.items():
        score = 0.0
        if d["dense_rank"] is not None:
            score += 1.0 / (RRF_K + d["dense_rank"])
        if d["lex_rank"] is not None:
            score += lex_weight / (RRF_K + d["lex_rank"])
        b = bridged.get(doc_id)
        if b:
            score += b[0]
        m = d["meta"]
        hits.append(SearchHit(doc_id=doc_id, concept_id=m.get("concept_id", doc_id), kind=kind,
                              title=m.get("title", ""), url=m.get("url", ""), score=score, similarity=d["sim"],
                              lexical=d["lex"], matched=d["matched"], matched_part=d["part"],
                              metadata={k: v for k, v in m.items() if k not in ("doc_hash", "n_entries", "part")},
                              snippet=(d["text"] or d["matched"])[:300],
                              bridge=b[1].route if b else None, bridge_confidence=b[1].confidence if b else 0.0,
                              bridge_via=b[1].via if b else ""))
    hits.sort(key=lambda h: (-h.score, -h.similarity, h.doc_id))
    return hits
