"""Evidence for one occupation: description, demand, outlook, salary, education, ads.

Every item names a document that exists in the store (so it can be cited and checked):
``jobtech:occupation-name:…``, ``af:description:…``, ``stats:ssyk:…`` (ads), ``stats:salary:…`` (SCB),
``course:…``, ``yh:…``, ``ad:…``.
"""
from __future__ import annotations

import json
import re

from retrieval.ad_titles import names_the_work
from retrieval.education import education_options, programme_fits
from retrieval.precomputed import example_ads
from retrieval.relations_regulated import regulated_evidence
from retrieval.search import SearchHit
from vagledning.domain.evidence import Evidence, EvidenceType
from vagledning.domain.links import ATLAS_URL, link_verdict
from vagledning.domain.runtime import Runtime

SWEDEN_ID = "i46j_HmG_v64"
RECOGNITION = re.compile(r"legitimation|behörighet|auktorisation|certifikat|licens", re.I)
MAX_PROGRAMMES = 3
#: Fitting courses/programmes kept per occupation (answers show at most three).
MAX_EDUCATION_EVIDENCE = 6


def related_programmes(hits: list, label: str, group_label: str | None = None, *,
                       limit: int = MAX_PROGRAMMES) -> list:
    """Which YH programmes (search hits) relate to an occupation: THE rule of
    :func:`retrieval.education.programme_fits` (a shared trade word and close in meaning, or very
    close), without links into editing views. At most ``limit``, in the order found."""
    labels = [x for x in (label, group_label) if x]
    return [h for h in hits if link_verdict(h.url)[0] and programme_fits(h, labels)][:limit]


def _doc(rt: Runtime, kind: str, doc_id: str) -> dict | None:
    return rt.store.get_docs(kind, [doc_id]).get(doc_id)


def _item(type_: EvidenceType, kind: str, doc: dict, doc_id: str, *, snippet: str | None = None, **facts) -> Evidence:
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


def _demand_passage(text: str, region_name: str | None) -> str:
    """The words of the statistics document that state the ad counts cited (national, and the region's
    entry of the per-county list), so the snippet shown with a citation holds the numbers cited."""
    national = re.search(r"Platsannonser \d{4} i hela Sverige: [\d\s]+\d\.", text)
    parts = [national.group(0)] if national else []
    if region_name:
        regional = re.search(re.escape(region_name) + r": [\d\s]*\d", text)
        if regional:
            parts.append(f"Per län: … {regional.group(0)}.")
    return " ".join(parts) or text[:400]


def _salary_passage(text: str) -> str:
    """The salary sentence of the statistics document."""
    m = re.search(r"(Månadslön|Medianlön):[^.]*\.", text)
    return m.group(0) if m else text[-200:]


def _labour_market(rt: Runtime, ssyk_id: str, region: str | None) -> list[Evidence]:
    """Demand (the ad statistics) and salary (SCB's own document) of an SSYK group: one source per claim."""
    items: list[Evidence] = []
    stats_id = f"stats:ssyk:{ssyk_id}"
    sdoc = _doc(rt, "statistics", stats_id)
    if sdoc:
        meta = sdoc["metadata"]
        per_region = json.loads(meta.get("ad_counts_json", "{}"))
        if "ads_2024_national" in meta:
            regional = per_region.get(region) if region else None
            region_name = next((p.label for p in rt.relations.regions() if p.id == region), None) if region else None
            items.append(_item("demand", "statistics", sdoc, stats_id, snippet=_demand_passage(sdoc.get("text", ""),
                                                                                              region_name),
                               year=2024, national=meta["ads_2024_national"], region_id=region,
                               region_name=region_name, regional=regional, ssyk_code=meta.get("ssyk_code")))
    # A store built before the split holds the salary in the combined statistics document instead.
    salary_id = f"stats:salary:{ssyk_id}"
    pay_doc = _doc(rt, "statistics", salary_id)
    if pay_doc is None and sdoc and sdoc["metadata"].get("salary_median"):
        pay_doc, salary_id = sdoc, stats_id
    if pay_doc and pay_doc["metadata"].get("salary_median"):
        meta = pay_doc["metadata"]
        items.append(_item("salary", "statistics", pay_doc, salary_id, snippet=_salary_passage(pay_doc.get("text", "")),
                           low=meta.get("salary_low"), median=meta["salary_median"], high=meta.get("salary_high"),
                           currency="SEK/month", ssyk_code=meta.get("ssyk_code"),
                           caveat="salary_percentiles_undocumented"))
    return items


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
            sentence = _sentence_with(ddoc.get("text", ""), RECOGNITION)
            requirement = rel.education_requirement(occ.id)
            if requirement:
                items.append(_item("education_requirement", "description", ddoc, desc.doc_id, snippet=requirement,
                                   requirement=requirement))
            if sentence and not regulated:
                items.append(_item("recognition", "description", ddoc, desc.doc_id, snippet=sentence,
                                   recognition=sentence))
    if occ.ssyk_id:
        stats_id = f"stats:ssyk:{occ.ssyk_id}"
        items.extend(_labour_market(rt, occ.ssyk_id, region))
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
    # Education that fits the occupation (retrieval/education.py), best first: in the region, at a
    # distance, then elsewhere (only when no region is known). The composer picks what suits the person.
    for opt in education_options(rt, occ.label, occ.ssyk_label, occ.ssyk_code, region)[:MAX_EDUCATION_EVIDENCE]:
        hit, m = opt.hit, opt.hit.metadata
        facts = {"place": ", ".join(opt.places) or None, "in_region": opt.in_region, "distance": opt.distance,
                 "education_type": opt.education_type, "similarity": round(opt.similarity, 3)}
        if opt.kind == "programme":
            facts.update({k: m.get(k) for k in ("provider", "yh_points", "pace_percent", "seqf", "study_form")})
        items.append(Evidence(type=opt.kind, doc_id=hit.doc_id, kind=opt.kind, title=hit.title, url=hit.url or None,
                              snippet=hit.snippet, facts={k: v for k, v in facts.items() if v is not None}))
    if ads and occ.ssyk_code:
        names = [occ.label, occ.ssyk_label, *_group_names(rt, occ.ssyk_id)]
        examples = [h for h in _example_ads(rt, occ.label, occ.ssyk_code, region)
                    if names_the_work(h.title, *names)]  # ("Intern 2020" is no example of an accountant: place20)
        for hit in sorted(examples, key=_ad_date, reverse=True):
            facts = {"date": hit.metadata.get("date"), "place": hit.metadata.get("place"),
                     "region_ids": hit.metadata.get("region_ids"), "old": ad_is_old(hit.metadata.get("date"))}
            items.append(Evidence(type="ad", doc_id=hit.doc_id, kind="ad", title=hit.title, url=hit.url or None,
                                  snippet=hit.snippet, facts={k: v for k, v in facts.items() if v}))
    if missing_skills:
        items.append(Evidence(type="skills", doc_id=occ_doc_id, kind="occupation", title=occ.label,
                              url=ATLAS_URL.format(id=occ.id),
                              snippet=", ".join(missing_skills), facts={"demanded": missing_skills}))
    return items


#: The year of the data's ad counts (the demand figures above): an example ad published before it is an old ad, no
#: open job – shown after the newer ones and labelled with its date (rater22 conv5: the copilot showed ads of
#: 2018–2020 as evidence for Dalarna beside the 2024 counts).
ADS_YEAR = 2024


def _group_names(rt: Runtime, ssyk_id: str | None) -> list[str]:
    """The occupation names of the SSYK group: an ad titled by any of them is an example of the group's work."""
    try:
        return [o.label for o in rt.relations.occupations_in_ssyk(ssyk_id)] if ssyk_id else []
    except Exception:  # noqa: BLE001 - no relations: the occupation's and group's own names stand
        return []


def _ad_date(hit: SearchHit) -> str:
    return str(hit.metadata.get("date") or "")


def ad_is_old(date: object) -> bool:
    """An ad dated before the year of the data's ad counts (:data:`ADS_YEAR`); an undated ad is not called old."""
    year = str(date or "")[:4]
    return year.isdigit() and int(year) < ADS_YEAR


def _example_ads(rt: Runtime, label: str, ssyk_code: str, region: str | None) -> list[SearchHit]:
    """Example ads of the group (precomputed at ingest when current); with a region, the region's own ads
    when it has any: an ad from another län is no example for a question about this one (rater5: an
    Östersund ad for a Stockholm question). The answer names the place of an ad from elsewhere."""
    hits = example_ads(rt, label, ssyk_code)
    if region is None or all(region in (h.metadata.get("region_ids") or ()) for h in hits):
        return hits
    try:
        local = rt.search.search(label, "ad", 2, ssyk=ssyk_code, region=region)
    except Exception:  # noqa: BLE001 - no regional ad search: the group's examples stand, their place named
        return hits
    local = [h for h in local if region in (h.metadata.get("region_ids") or ())]
    return local or hits
