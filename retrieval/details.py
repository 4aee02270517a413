"""Everything we know about one occupation, with the sources to cite."""
from __future__ import annotations

from typing import Any

from retrieval.errors import UnknownOccupation
from retrieval.evidence import occupation_evidence
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.runtime import Runtime


def _first(items: list[dict] | None) -> dict | None:
    return items[0] if items else None


def occupation_details(occupation_id: str, rt: Runtime, *, region: str | None = None) -> dict[str, Any]:
    """Description, skills, SSYK, demand, outlook, salary, courses, programmes, similar occupations.

    Source data only, so cached per runtime like the evidence (copies are returned)."""
    import copy

    cache = rt.details_cache
    key = (occupation_id, region)
    if key not in cache:
        if len(cache) >= 2048:
            cache.clear()
        cache[key] = _occupation_details(occupation_id, rt, region=region)
    return copy.deepcopy(cache[key])


def _occupation_details(occupation_id: str, rt: Runtime, *, region: str | None = None) -> dict[str, Any]:
    rel = rt.relations
    occ = rel.occupation(occupation_id)
    if occ is None:
        raise UnknownOccupation(f"No occupation with id {occupation_id!r} in the taxonomy.")
    evidence = occupation_evidence(occ.id, rt, region=region, ads=True)
    by_type: dict[str, list[dict]] = {}
    for item in evidence:
        by_type.setdefault(item.type, []).append(item.model_dump(mode="json"))
    description = next((e["snippet"] for e in by_type.get("description", [])), None) or occ.definition
    similar = []
    for s in rel.similar_occupations(occ.id)[:10]:
        ref = rel.occupation(s.id)
        if ref:
            similar.append({"id": ref.id, "label": ref.label, "relation": s.kind, "ssyk_code": ref.ssyk_code})
    outlook = by_type.get("outlook", [])
    return {
        "id": occ.id,
        "label": occ.label,
        "url": ATLAS_URL.format(id=occ.id),
        "titles": occ.titles[:30],
        "ssyk": {"id": occ.ssyk_id, "code": occ.ssyk_code, "label": occ.ssyk_label},
        "field": {"id": occ.field_id, "label": occ.field_label},
        "description": description,
        "skills": [{"label": d.label, "id": d.skill_id} for d in rel.demanded_skills(occ.id)[:20]],
        "esco": [{"uri": m.esco_uri, "relation": m.relation} for m in rel.esco_matches(occ.id)],
        "demand": _first(by_type.get("demand")),
        "outlook": outlook[0] if outlook else {"available": False,
                                               "note": "No forecast is linked to this SSYK group in the offline data."},
        "salary": _first(by_type.get("salary")),
        "education_requirement": _first(by_type.get("education_requirement")),
        "recognition": _first(by_type.get("recognition")),
        "courses": by_type.get("course", []),
        "programmes": by_type.get("programme", []),
        "ads": by_type.get("ad", []),
        "similar": similar,
        "sources": sorted({e.doc_id for e in evidence}),
    }
