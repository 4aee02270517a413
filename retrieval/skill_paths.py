"""From what someone did to occupations: ESCO skills -> occupations by essential-skill coverage.

A statement that describes tasks ("I drove a forklift and loaded trucks", "I sewed for the
neighbours") names no title. Its ESCO skills (hybrid search over kind esco_skill) lead to the
ESCO occupations that list them, scored by how much of each occupation's essential skills they
cover (optional skills count half), and through the official ESCO -> JobTech mapping to JobTech
occupations (the route Tabiya Compass takes: responsibilities -> skills -> occupations).
The reverse index (skill -> occupations) is source data, loaded once per relations DB.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from retrieval.per_relations import per_relations

ESSENTIAL, OPTIONAL = 1.0, 0.5
MAPPING_WEIGHT = {"exact-match": 1.0, "close-match": 0.9, "narrow-match": 0.8, "broad-match": 0.6}


@dataclass
class SkillPath:
    """A JobTech occupation reached from skills, with the skills that led there."""

    occupation_id: str
    score: float                                  # 0..1
    esco_occupation: str
    skills: list[str] = field(default_factory=list)   # ESCO skill URIs that matched


class SkillGraph:
    """ESCO skill -> (ESCO occupation, relation) and each occupation's essential-skill count."""

    def __init__(self, rel) -> None:
        self.rel = rel
        self.by_skill: dict[str, list[tuple[str, float]]] = defaultdict(list)
        self.size: dict[str, float] = defaultdict(float)
        try:
            rows = rel._all("SELECT occupation_uri, skill_uri, relation FROM esco_occupation_skills")
        except Exception:  # noqa: BLE001 - a relations DB without ESCO
            rows = []
        for r in rows:
            w = ESSENTIAL if r["relation"] == "essential" else OPTIONAL
            self.by_skill[r["skill_uri"]].append((r["occupation_uri"], w))
            self.size[r["occupation_uri"]] += w
        self._mapped: dict[str, list] = {}

    def mapped(self, esco_uri: str) -> list:
        if esco_uri not in self._mapped:
            try:
                links = [l for l in self.rel.jobtech_for_esco(esco_uri) if l.concept_type == "occupation"]
            except Exception:  # noqa: BLE001 - a relations DB without the ESCO mapping
                links = []
            self._mapped[esco_uri] = links
        return self._mapped[esco_uri]

    def occupations(self, skills: dict[str, float], top: int = 3) -> list[SkillPath]:
        """JobTech occupations for ESCO skills weighted 0..1 (best first).

        Coverage = matched weight / sqrt(the occupation's skill weight): an occupation whose few
        essential skills are all matched beats one with hundreds where a few happen to match.
        At least two matched skills, or one that is essential to a small occupation."""
        acc: dict[str, float] = defaultdict(float)
        hits: dict[str, list[str]] = defaultdict(list)
        for uri, sw in skills.items():
            for occ, w in self.by_skill.get(uri, ()):
                acc[occ] += sw * w
                hits[occ].append(uri)
        scored = []
        for occ, a in acc.items():
            cov = a / math.sqrt(max(self.size[occ], 1.0))
            scored.append((cov, occ))
        scored.sort(key=lambda x: (-x[0], x[1]))
        out: list[SkillPath] = []
        seen: set[str] = set()
        best = scored[0][0] if scored else 1.0
        for cov, occ in scored[: top * 4]:
            for link in self.mapped(occ)[:2]:
                if link.jobtech_id in seen:
                    continue
                seen.add(link.jobtech_id)
                score = min(1.0, cov / best) * MAPPING_WEIGHT.get(link.relation, 0.5)
                out.append(SkillPath(link.jobtech_id, round(score, 3), occ, hits[occ]))
            if len(out) >= top:
                break
        out.sort(key=lambda p: -p.score)
        return out[:top]


#: The skill graph of a relations DB (built once per DB).
skill_graph = per_relations(SkillGraph)


def esco_skill_links(text: str, rt, *, top: int = 6, vector=None, min_similarity: float = 0.855) -> dict[str, float]:
    """ESCO skills a task statement describes: URI -> weight 0..1. Both routes must agree (a close
    embedding and a BM25 word match): cross-lingual embeddings alone drift to generic skills."""
    out: dict[str, float] = {}
    # (the search's own depth for ESCO skills, 800, is for ranking a job-ad sentence's skills; here only skills
    # both routes find near the top count, and the shallow depth keeps a first message fast: skills32)
    depth = max(50, top * 8)
    for rank, hit in enumerate(rt.search.search(text, "esco_skill", top, query_vector=vector, depth=depth)):
        if hit.similarity < min_similarity or hit.lexical <= 0:
            continue
        out[hit.concept_id] = round(1.0 / (1 + 0.3 * rank), 3)
    return out
