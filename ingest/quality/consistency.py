"""Consistency: ids that do not resolve, SSYK codes that disagree between sources, places whose
municipality and website disagree — each a Finding with a count, examples and the effect on answers."""
from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

from ingest.quality.gather import Snapshot
from ingest.quality.model import Example, Finding


def _finding(code: str, owner: str, source: str, title: str, items: list[Example], effect: str,
             total: int | None = None) -> Finding:
    # an empty check is kept (count 0): the report lists what was checked and found clean
    return Finding(code=code, owner=owner, source=source, category="consistency", title=title, count=len(items),
                   total=total, examples=items[:5], effect=effect)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


def _taxonomy(snap: Snapshot) -> list[Finding]:
    ssyk_ids = {r[0] for r in snap.rows("SELECT id FROM ssyk")}
    occ = snap.rows("SELECT id, label, ssyk_id FROM occupations")
    occ_ids = {r["id"] for r in occ}
    no_code = snap.rows("SELECT s.id, s.label FROM ssyk s LEFT JOIN ssyk_codes c ON c.ssyk_id = s.id "
                        "WHERE c.code IS NULL ORDER BY s.label")
    skill_labels = {r[0].casefold() for r in snap.rows("SELECT label FROM skills")}
    demanded = snap.rows("SELECT label, COUNT(*) AS n FROM demanded_skills GROUP BY label ORDER BY n DESC")
    unlinked = [r for r in demanded if r["label"].casefold() not in skill_labels]
    similar = snap.rows("SELECT occupation_id, similar_id FROM similar_occupations")
    dangling = [r for r in similar if r["similar_id"] not in occ_ids]
    ads_bad = snap.rows("SELECT a.ssyk_id, SUM(a.count) AS n FROM ad_counts a LEFT JOIN ssyk s ON s.id = a.ssyk_id "
                        "WHERE s.id IS NULL GROUP BY a.ssyk_id ORDER BY n DESC")
    return [
        _finding("occupation_ssyk_unresolved", "JobTech", "JobTech Taxonomy", "occupation names whose SSYK-4 id "
                 "is not an SSYK-4 concept", [Example(id=r["id"], label=r["label"], detail=f"ssyk_id {r['ssyk_id']}")
                                              for r in occ if r["ssyk_id"] not in ssyk_ids],
                 "These occupations get no group figures (salary, demand, courses).", len(occ)),
        _finding("ssyk_without_code", "JobTech", "JobTech Taxonomy", "SSYK-4 concepts without a 4-digit code in "
                 "the taxonomy files", [Example(id=r["id"], label=r["label"]) for r in no_code],
                 "Without the code a group cannot be joined with SCB salaries or course SSYK codes.",
                 len(ssyk_ids)),
        _finding("demanded_skill_unlinked", "JobTech", "JobTech Taxonomy", "demanded competences (labels) that are "
                 "no skill concept", [Example(id=r["label"], detail=f"{r['n']} occupations") for r in unlinked],
                 "Matched as text only: no skill id, so no ESCO link and no skill-overlap score.", len(demanded)),
        _finding("similar_occupation_dangling", "JobTech", "JobTech Taxonomy", "similar-occupation links to ids "
                 "that are no occupation name", [Example(id=r["similar_id"], detail=f"from {r['occupation_id']}")
                                                 for r in dangling],
                 "Those suggestions are dropped.", len(similar)),
        _finding("ad_counts_ssyk_unresolved", "JobTech", "historical ads 2024", "ad counts under SSYK ids that are no "
                 "SSYK-4 concept", [Example(id=r["ssyk_id"], detail=f"{r['n']} ads") for r in ads_bad],
                 "Those ads count towards no occupation's demand."),
    ]


def _cross_source(snap: Snapshot) -> list[Finding]:
    code_of_occ = {r["id"]: r["code"] for r in snap.rows(
        "SELECT o.id, c.code FROM occupations o JOIN ssyk_codes c ON c.ssyk_id = o.ssyk_id")}
    out: list[Finding] = []
    for kind, owner, source in (("ad", "JobTech", "job ads"), ("description", "Arbetsförmedlingen", "Hitta yrken")):
        bad = []
        for d in snap.docs.get(kind, []):
            occ_ids = d.get("occupation_ids") or []
            code = d.get("ssyk_code")
            tax = next((code_of_occ[o] for o in occ_ids if o in code_of_occ), None)
            if code and tax and str(code) != tax:
                bad.append(Example(id=d.get("doc_id", ""), label=d.get("title", ""),
                                   detail=f"record says SSYK {code}, taxonomy says {tax} for {occ_ids[0]}"))
        out.append(_finding(f"{kind}_ssyk_disagrees", owner, source, f"{kind} records whose SSYK code disagrees with "
                            "the taxonomy's group for their occupation", bad,
                            "The record is filed under another group than the occupation it names.",
                            len(snap.docs.get(kind, []))))
    ssyk_codes = {r[0] for r in snap.rows("SELECT code FROM ssyk_codes")}
    sal = snap.rows("SELECT ssyk_code, median FROM salaries ORDER BY ssyk_code")
    out.append(_finding("salary_code_unknown", "SCB", "salary statistics", "salary rows under codes that are no "
                        "SSYK-4 group of the taxonomy", [Example(id=r["ssyk_code"], detail=f"median {r['median']}")
                                                         for r in sal if r["ssyk_code"] not in ssyk_codes],
                        "Those figures are never shown.", len(sal)))
    fids = {r[0] for r in snap.rows("SELECT forecast_id FROM forecasts UNION SELECT forecast_id FROM barometer")}
    linked = {r[0] for r in snap.rows("SELECT forecast_id FROM forecast_ssyk")}
    out.append(_finding("forecast_unlinked", "Arbetsförmedlingen", "Yrkesprognoser/Yrkesbarometer", "forecast "
                        "occupations that cannot be linked to an SSYK group offline",
                        [Example(id=f) for f in sorted(fids - linked)],
                        "No answer can state an outlook: the forecast-occupation ids link to SSYK only through the "
                        "live Taxonomy API; offline answers say that no forecast is linked.", len(fids)))
    occ_ids = {r[0] for r in snap.rows("SELECT id FROM occupations UNION SELECT id FROM skills UNION SELECT id FROM ssyk")}
    esco_uris = {r[0] for r in snap.rows("SELECT uri FROM esco_occupations UNION SELECT uri FROM esco_skills")}
    cw = snap.rows("SELECT jobtech_id, esco_uri, concept_type, jobtech_label FROM esco_crosswalk")
    for ctype in sorted({r["concept_type"] for r in cw}):
        rows = [r for r in cw if r["concept_type"] == ctype]
        out.append(_finding(f"esco_mapping_unresolved_{ctype}", "ESCO", "ESCO ↔ JobTech mapping", f"{ctype} mapping "
                            "rows whose JobTech id or ESCO URI is not in the ingested data",
                            [Example(id=r["jobtech_id"], label=r["jobtech_label"] or "", detail=r["esco_uri"])
                             for r in rows if r["jobtech_id"] not in occ_ids
                             or (ctype != "isco" and r["esco_uri"] not in esco_uris)],
                            "Those mappings are unused (JobTech ids of another taxonomy version than the ingested "
                            "files, e.g. skills that carry 2019 ids here).", len(rows)))
    return out


def _places(snap: Snapshot) -> list[Finding]:
    munis = snap.rows("SELECT id, label, region_id FROM municipalities")
    regions = snap.rows("SELECT id, label FROM regions")
    muni_by_fold = {_fold(r["label"]): r for r in munis}
    region_by_fold = {_fold(r["label"]).removesuffix("slan").removesuffix("lan"): r for r in regions}
    region_of = {r["id"]: r["region_id"] for r in munis}
    courses = snap.rows("SELECT doc_id, title, place, url, municipality_id, region_id FROM courses")
    mismatch, unresolved = [], []
    for c in courses:
        if c["place"] and not c["municipality_id"] and _fold(c["place"]) not in ("distans", "flexibel", ""):
            unresolved.append(Example(id=c["doc_id"], label=c["title"], detail=f"place {c['place']!r}"))
        site = _site_place(c["url"], muni_by_fold, region_by_fold)
        if not site or not c["municipality_id"]:
            continue
        kind, rec = site
        if kind == "municipality" and rec["id"] != c["municipality_id"] or \
                kind == "region" and rec["id"] != (c["region_id"] or region_of.get(c["municipality_id"])):
            mismatch.append(Example(id=c["doc_id"], label=c["title"],
                                    detail=f"placed in {c['place']}, links to {kind} site of {rec['label']}: {c['url']}"))
    prog = snap.rows("SELECT p.doc_id, p.municipality, g.title FROM programme_places p JOIN programmes g "
                     "ON g.doc_id = p.doc_id WHERE p.municipality_id IS NULL AND COALESCE(p.municipality,'') <> ''")
    return [
        _finding("course_place_site_disagree", "Skolverket/Susa-navet", "labour-market courses", "courses placed in "
                 "one municipality with a link to another municipality's or region's website", mismatch,
                 "The person may be sent to the wrong place's page.", len(courses)),
        _finding("course_place_unresolved", "Skolverket/Susa-navet", "labour-market courses", "courses whose place "
                 "is no Swedish municipality name", unresolved,
                 "These courses are never offered as 'in your region'.", len(courses)),
        _finding("programme_place_unresolved", "MYH", "Yrkeshögskolan programmes", "programme places that are no "
                 "municipality name", [Example(id=r["doc_id"], label=r["title"], detail=f"place {r['municipality']!r}")
                                       for r in prog],
                 "These programmes are never offered as 'in your region'."),
    ]


def _site_place(url: str | None, munis: dict, regions: dict):
    """('municipality'|'region', row) when the URL's host is a municipality's or region's own site."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [x for x in host.split(".")[:-1] if x != "www"]
    for label in labels:
        f = _fold(label)
        if f.startswith("region") and f[6:] in regions:
            return "region", regions[f[6:]]
        if f in munis and len(f) > 3:
            return "municipality", munis[f]
        if f.endswith("kommun") and f[:-6] in munis:
            return "municipality", munis[f[:-6]]
    return None


def course_coverage_findings(snap: Snapshot) -> list[Finding]:
    """Courses that are never offered: no SSYK code, or only codes no SSYK group has."""
    ssyk_codes = {r[0] for r in snap.rows("SELECT code FROM ssyk_codes")}
    courses = snap.rows("SELECT c.doc_id, c.title, GROUP_CONCAT(s.ssyk_code) AS codes FROM courses c "
                        "LEFT JOIN course_ssyk s ON s.doc_id = c.doc_id GROUP BY c.doc_id")
    none = [Example(id=r["doc_id"], label=r["title"]) for r in courses if not r["codes"]]
    unknown = [Example(id=r["doc_id"], label=r["title"], detail=f"SSYK {r['codes']}") for r in courses
               if r["codes"] and not set(r["codes"].split(",")) & ssyk_codes]
    return [
        _finding("course_without_ssyk", "Skolverket/Susa-navet", "labour-market courses", "courses without an SSYK "
                 "code", none, "Courses without an SSYK code are never offered.", len(courses)),
        _finding("course_ssyk_unknown", "Skolverket/Susa-navet", "labour-market courses", "courses whose SSYK codes "
                 "are no SSYK-4 group", unknown, "Never offered: no occupation group reaches them.", len(courses)),
    ]


def consistency(snap: Snapshot) -> list[Finding]:
    return [*_taxonomy(snap), *_cross_source(snap), *_places(snap), *course_coverage_findings(snap)]
