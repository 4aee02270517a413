"""Evidence for one occupation: description, demand, outlook, salary, education, ads.

Every item names a document that exists in the store (so it can be cited and checked):
``jobtech:occupation-name:…``, ``af:description:…``, ``stats:ssyk:…``, ``course:…``, ``yh:…``, ``ad:…``.
"""
from __future__ import annotations

import json
import re

from retrieval.relations_regulated import regulated_evidence
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

SWEDEN_ID = "i46j_HmG_v64"
_RECOGNITION = re.compile(r"legitimation|behörighet|auktorisation|certifikat|licens", re.I)
MAX_COURSES = 4
MAX_PROGRAMMES = 3
MIN_PROGRAMME_SIMILARITY = 0.80
STRONG_PROGRAMME_SIMILARITY = 0.885


def _stems(text: str) -> set[str]:
    from retrieval.lexical import tokenize

    return {t for t in tokenize(text) if not t.startswith("#") and len(t) >= 4}


def related_programmes(hits: list, label: str, group_label: str | None = None, *,
                       limit: int = MAX_PROGRAMMES) -> list:
    """THE rule for which YH programmes relate to an occupation (match evidence and chat answers).

    A programme counts only when it shares a word stem with the occupation (``label``) or its
    SSYK group (``group_label``), or is a very close semantic match: dense similarity alone lets
    unrelated programmes through. At most ``limit``, in the order found."""
    wanted = _stems(label) | _stems(group_label or "")
    out = []
    for hit in hits:
        if hit.similarity < MIN_PROGRAMME_SIMILARITY:
            continue
        have = _stems(hit.title) | _stems(str(hit.metadata.get("sun5_name", "")))
        if hit.similarity >= STRONG_PROGRAMME_SIMILARITY or wanted & have:
            out.append(hit)
    return out[:limit]


def _doc(rt: Runtime, kind: str, doc_id: str) -> dict | None:
    return rt.store.get_docs(kind, [doc_id]).get(doc_id)


def _item(type_: str, kind: str, doc: dict, doc_id: str, *, snippet: str | None = None, **facts) -> Evidence:
    meta = doc["metadata"]
    text = snippet if snippet is not None else (doc.get("text") or meta.get("title", ""))
    return Evidence(type=type_, doc_id=doc_id, kind=kind, title=meta.get("title", ""), url=meta.get("url") or None,
                    snippet=text[:400], facts={k: v for k, v in facts.items() if v is not None})


def _sentence_with(text: str, pattern: re.Pattern) -> str | None:
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if pattern.search(sentence):
            return sentence.strip()
    return None


_CACHE_MAX = 4096


def occupation_evidence(occupation_id: str, rt: Runtime, *, region: str | None = None,
                        missing_skills: list[str] | None = None, ads: bool = True) -> list[Evidence]:
    """All evidence we have for an occupation, region-specific where the data allows.

    Evidence depends only on source data (occupation, region), never on what a person wrote, so it
    is cached per runtime: follow-up turns and other sessions asking about the same occupation
    reuse it (the store only changes through ingest, which restarts the service's runtime)."""
    key = (occupation_id, region, tuple(missing_skills or ()), ads)
    cache = rt.evidence_cache
    hit = cache.get(key)
    if hit is None:
        hit = _occupation_evidence(occupation_id, rt, region=region, missing_skills=missing_skills, ads=ads)
        if len(cache) >= _CACHE_MAX:
            cache.clear()
        cache[key] = hit
    return [item.model_copy(deep=True) for item in hit]


def _occupation_evidence(occupation_id: str, rt: Runtime, *, region: str | None = None,
                         missing_skills: list[str] | None = None, ads: bool = True) -> list[Evidence]:
    rel = rt.relations
    occ = rel.occupation(occupation_id)
    if occ is None:
        return []
    items: list[Evidence] = []
    occ_doc_id = f"jobtech:occupation-name:{occ.id}"
    doc = _doc(rt, "occupation", occ_doc_id)
    if doc:
        items.append(_item("occupation", "occupation", doc, occ_doc_id, label=occ.label, ssyk_code=occ.ssyk_code))
    # Recognition: the curated regulated-profession source (authority, licence, steps) first;
    # a licence sentence from the AF description only when the occupation is not in it.
    regulated = regulated_evidence(occ.id, rt)
    items.extend(regulated)
    desc = rel.description_doc(occ.id)
    if desc:
        ddoc = _doc(rt, "description", desc.doc_id)
        if ddoc:
            items.append(_item("description", "description", ddoc, desc.doc_id))
            sentence = _sentence_with(ddoc.get("text", ""), _RECOGNITION)
            requirement = rel.education_requirement(occ.id)
            if requirement:
                items.append(_item("education_requirement", "description", ddoc, desc.doc_id, snippet=requirement,
                                   requirement=requirement))
            if sentence and not regulated:
                items.append(_item("recognition", "description", ddoc, desc.doc_id, snippet=sentence,
                                   recognition=sentence))
    if occ.ssyk_id:
        stats_id = f"stats:ssyk:{occ.ssyk_id}"
        sdoc = _doc(rt, "statistics", stats_id)
        if sdoc:
            meta = sdoc["metadata"]
            per_region = json.loads(meta.get("ad_counts_json", "{}"))
            if "ads_2024_national" in meta:
                regional = per_region.get(region) if region else None
                region_name = next((p.label for p in rel.regions() if p.id == region), None) if region else None
                items.append(_item("demand", "statistics", sdoc, stats_id, snippet=sdoc.get("text", "")[:400],
                                   year=2024, national=meta["ads_2024_national"], region_id=region,
                                   region_name=region_name, regional=regional, ssyk_code=meta.get("ssyk_code")))
            if meta.get("salary_median"):
                items.append(_item("salary", "statistics", sdoc, stats_id, snippet=sdoc.get("text", "")[-200:],
                                   low=meta.get("salary_low"), median=meta["salary_median"], high=meta.get("salary_high"),
                                   currency="SEK/month", ssyk_code=meta.get("ssyk_code")))
        forecasts = rel.forecasts_for_ssyk(occ.ssyk_id)
        if forecasts:
            for fid in forecasts[:1]:
                for b in rel.barometer(fid):
                    if b.region_id in (region, SWEDEN_ID):
                        items.append(Evidence(type="outlook", doc_id=stats_id, kind="statistics",
                                              title=f"Yrkesbarometer: {occ.ssyk_label}", url=None,
                                              snippet=f"{b.competition} chanser; {b.outlook}",
                                              facts={"region_id": b.region_id, "competition": b.competition,
                                                     "outlook": b.outlook}))
    # Education: labour-market courses for the SSYK group (region first), then YH programmes.
    if occ.ssyk_code:
        courses = rel.courses_for_ssyk(occ.ssyk_code, region) if region else []
        if len(courses) < MAX_COURSES:
            seen = {c.doc_id for c in courses}
            courses += [c for c in rel.courses_for_ssyk(occ.ssyk_code) if c.doc_id not in seen]
        docs = rt.store.get_docs("course", [c.doc_id for c in courses[:MAX_COURSES]])
        for c in courses[:MAX_COURSES]:
            if c.doc_id in docs:
                items.append(_item("course", "course", docs[c.doc_id], c.doc_id, place=c.place,
                                   in_region=bool(region and c.region_id == region), url=c.url))
    query = f"{occ.label} {occ.ssyk_label or ''}"
    hits = rt.search.search(query, "programme", MAX_PROGRAMMES, region=region)
    for hit in related_programmes(hits, occ.label, occ.ssyk_label):
        m = hit.metadata
        items.append(Evidence(type="programme", doc_id=hit.doc_id, kind="programme", title=hit.title,
                              url=hit.url or None, snippet=hit.snippet,
                              facts={k: m.get(k) for k in ("provider", "yh_points", "pace_percent", "seqf",
                                                           "study_form") if m.get(k) is not None}))
    if ads and occ.ssyk_code:
        for hit in rt.search.search(occ.label, "ad", 2, ssyk=occ.ssyk_code):
            items.append(Evidence(type="ad", doc_id=hit.doc_id, kind="ad", title=hit.title, url=hit.url or None,
                                  snippet=hit.snippet, facts={"date": hit.metadata.get("date")}))
    if missing_skills:
        items.append(Evidence(type="skills", doc_id=occ_doc_id, kind="occupation", title=occ.label,
                              url=f"https://atlas.jobtechdev.se/taxonomy/{occ.id}",
                              snippet=", ".join(missing_skills), facts={"demanded": missing_skills}))
    return items
