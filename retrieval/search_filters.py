"""Search filters on region, municipality and SSYK, read the same way by both routes of the hybrid search:
as a Chroma ``where`` clause for the dense side, and as a metadata test for the BM25 side (whose index
holds every document, so its hits are filtered after ranking)."""
from __future__ import annotations


def filters_for(region: str | None, municipality: str | None, ssyk: str | None) -> list[tuple[str, ...]]:
    """The (metadata field, value) pairs a search is restricted to."""
    out: list[tuple[str, ...]] = []
    if region:
        out.append(("region_ids", region))
    if municipality:
        out.append(("municipality_ids", municipality))
    if ssyk:
        out.append(("ssyk", ssyk))
    return out


def meta_matches(meta: dict, flt: list[tuple[str, ...]]) -> bool:
    """Whether a document's metadata passes every filter (an SSYK filter matches any of its codes)."""
    for name, value in flt:
        if name == "ssyk":
            codes = meta.get("ssyk_codes") or []
            if value not in (meta.get("ssyk_code"), meta.get("ssyk_id")) and value not in codes:
                return False
        else:
            v = meta.get(name)
            if v is None or (value not in v if isinstance(v, list) else v != value):
                return False
    return True


def chroma_where(flt: list[tuple[str, ...]]) -> dict | None:
    """The filters as a Chroma ``where`` clause (None when there are none)."""
    clauses: list[dict] = []
    for name, value in flt:
        if name == "ssyk":
            clauses.append({"$or": [{"ssyk_code": value}, {"ssyk_id": value}, {"ssyk_codes": {"$contains": value}}]})
        else:
            clauses.append({name: {"$contains": value}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
