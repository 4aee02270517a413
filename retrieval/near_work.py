"""Work near a person's own work that shares what the work asks: the taxonomy's neighbours that have skills in common
with it, and, where the taxonomy's field is too broad to tell, the occupations that ask most of the same skills.

JobTech lists "similar occupations" within an occupation field. For most work they share much of what it asks (a
mason's carpenters and concrete workers: a dozen or more ESCO skills in common), but a broad field puts unrelated work
side by side: industrial sewing's first neighbours are paper-process operators and plastics or wood assemblers, which
share no skill with it, and a seamstress was told «Processoperatör, papper» is "close to your experience" (rater23 fa
T1). A listed neighbour is kept when it shares a skill with the work that is not one every job asks for, or when the
skills of either are unknown (nothing to judge by: the taxonomy's word stands). When fewer than :data:`MIN_KEPT` are
kept, the field is too broad to tell and the occupations whose essential skills the work covers best
(retrieval/change_paths.TransferIndex.carry) take their place, best covered first, the kept ones among them by their
cover: a tailor's alteration tailors and dressmakers, not a florist; industrial sewing's dressmakers before packers.
"""
from __future__ import annotations

from collections.abc import Sequence

from retrieval.change_paths import REUSE_WEIGHT, transfer_index

#: Fewer listed neighbours kept than this: the work nearest by skills takes their place.
MIN_KEPT = 3


def near_work(occ_id: str, rel, kinds: Sequence[str] = ("within_field",), cap: int = 8) -> list[str]:
    """Occupation ids near ``occ_id``, nearest first: the taxonomy's neighbours of ``kinds`` (in that order) that share
    its skills, or (when few do) the occupations sharing most of its skills; at most ``cap`` per kind."""
    sims = rel.similar_occupations(occ_id)
    listed = [x.id for k in kinds for x in sims if x.kind == k]
    limit = cap * len(kinds)
    idx = transfer_index(rel)
    mine = idx.skills.get(occ_id)
    if not mine:  # the work's own skills are unknown: the taxonomy's neighbours as they are
        return listed[:limit]
    # (a neighbour no longer in the taxonomy, without an SSYK group, cannot be suggested and keeps no place)
    kept = [o for o in listed if idx.code.get(o) and _shares(idx, mine, o)]
    if len(kept) < MIN_KEPT:  # (the field too broad to tell: what the work shares decides, listed or not)
        nearest = _nearest_by_skills(idx, mine, occ_id)
        kept = nearest + [o for o in kept if o not in nearest]
    return kept[:limit]


def _shares(idx, mine: dict[str, float], other: str) -> bool:
    """``other`` asks a skill of ``mine`` that not every job asks for, or its skills are unknown."""
    theirs = idx.skills.get(other)
    if not theirs:
        return True
    return any(u in mine and idx.reuse.get(u, 0.7) > REUSE_WEIGHT["transversal"] for u in theirs)


def _nearest_by_skills(idx, mine: dict[str, float], occ_id: str) -> list[str]:
    """Occupations of the taxonomy (with an SSYK group) whose essential skills ``mine`` covers, best covered first."""
    reach: set[str] = set()
    for uri in mine:
        reach |= idx.by_skill.get(uri, set())
    scored = [(cover, o) for o in reach if o != occ_id and idx.code.get(o)
              for cover, _ in (idx.carry(mine, o),) if cover > 0]
    return [o for _, o in sorted(scored, key=lambda x: (-x[0], x[1]))]
