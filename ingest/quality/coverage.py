"""Coverage: how many occupations (and SSYK groups, courses, programmes) carry each field an answer
uses — description, demanded skills, ESCO mapping, education, salary, demand, outlook."""
from __future__ import annotations

from ingest.quality.gather import Snapshot
from ingest.quality.model import CoverageRow, Example, Finding
from vagledning.domain.links import link_note, link_verdict

_OCC_SSYK_CODE = ("SELECT o.id, o.label, c.code FROM occupations o "
                  "LEFT JOIN ssyk_codes c ON c.ssyk_id = o.ssyk_id")


def _occ_sets(snap: Snapshot) -> dict[str, set[str]]:
    """occupation id sets per field (one query each; the relations DB is small)."""
    occ = snap.rows(_OCC_SSYK_CODE)
    code_of = {r["id"]: r["code"] for r in occ}
    ssyk_of = {r["id"]: r["ssyk_id"] for r in snap.rows("SELECT id, ssyk_id FROM occupations")}
    salary_codes = {r[0] for r in snap.rows("SELECT ssyk_code FROM salaries WHERE median IS NOT NULL")}
    ad_ssyk = {r[0] for r in snap.rows("SELECT DISTINCT ssyk_id FROM ad_counts WHERE count > 0")}
    fc_ssyk = {r[0] for r in snap.rows("SELECT DISTINCT ssyk_id FROM forecast_ssyk")}
    course_codes = {r[0] for r in snap.rows("SELECT DISTINCT ssyk_code FROM course_ssyk")}
    return {
        "all": set(code_of),
        "ssyk": {o for o, s in ssyk_of.items() if s and code_of.get(o)},
        "definition": {r[0] for r in snap.rows("SELECT id FROM occupations WHERE COALESCE(definition,'') <> ''")},
        "description": {r[0] for r in snap.rows("SELECT occupation_id FROM descriptions")},
        "education_requirement": {r[0] for r in snap.rows("SELECT occupation_id FROM education_requirements")},
        "demanded_skills": {r[0] for r in snap.rows("SELECT DISTINCT occupation_id FROM demanded_skills")},
        "esco_occupation": {r[0] for r in snap.rows(
            "SELECT DISTINCT jobtech_id FROM esco_crosswalk WHERE concept_type = 'occupation'")},
        "esco_any": {r[0] for r in snap.rows("SELECT DISTINCT jobtech_id FROM esco_crosswalk")},
        "salary": {o for o, c in code_of.items() if c and c in salary_codes},
        "demand": {o for o, s in ssyk_of.items() if s in ad_ssyk},
        "outlook": {o for o, s in ssyk_of.items() if s in fc_ssyk},
        "course": {o for o, c in code_of.items() if c and c in course_codes},
        "interest_profile": {r[0] for r in snap.rows("SELECT occupation_id FROM occupation_interests")},
        "regulated": {r[0] for r in snap.rows("SELECT DISTINCT occupation_id FROM regulated_occupations")},
    }


#: (owner, source, set key, field shown) per occupation-level row, in table order
_OCC_ROWS = (
    ("JobTech", "JobTech Taxonomy", "ssyk", "SSYK-4 group with a code"),
    ("JobTech", "JobTech Taxonomy", "definition", "definition"),
    ("JobTech", "JobTech Taxonomy", "demanded_skills", "demanded skills"),
    ("Arbetsförmedlingen", "Hitta yrken", "description", "description (Hitta yrken)"),
    ("Arbetsförmedlingen", "Hitta yrken", "education_requirement", "education requirement"),
    ("ESCO", "ESCO ↔ JobTech mapping", "esco_occupation", "ESCO occupation mapping"),
    ("ESCO", "ESCO ↔ JobTech mapping", "esco_any", "ESCO occupation or ISCO-group mapping"),
    ("SCB", "salary statistics", "salary", "salary (SSYK group)"),
    ("JobTech", "historical ads 2024", "demand", "demand: ad counts (SSYK group)"),
    ("Arbetsförmedlingen", "Yrkesprognoser/Yrkesbarometer", "outlook", "outlook: linked forecast"),
    ("Skolverket/Susa-navet", "labour-market courses", "course", "a course for the SSYK group"),
)


def coverage(snap: Snapshot) -> tuple[list[CoverageRow], list[Finding], dict[str, set[str]]]:
    sets = _occ_sets(snap)
    total = len(sets["all"])
    rows = [CoverageRow(owner=o, source=s, field=f, unit="occupations", have=len(sets[k] & sets["all"]), total=total)
            for o, s, k, f in _OCC_ROWS]
    if snap.scalar("SELECT COUNT(*) FROM occupation_interests"):
        rows.append(CoverageRow(owner="O*NET", source="O*NET interests via ESCO", field="interest profile",
                                unit="occupations", have=len(sets["interest_profile"] & sets["all"]), total=total))
    n_ssyk = snap.scalar("SELECT COUNT(*) FROM ssyk")
    rows.append(CoverageRow(owner="SCB", source="salary statistics", field="salary", unit="SSYK groups",
                            have=snap.scalar("SELECT COUNT(*) FROM ssyk_codes c JOIN salaries s ON s.ssyk_code = c.code "
                                             "WHERE s.median IS NOT NULL"),
                            total=n_ssyk))
    rows.append(CoverageRow(owner="JobTech", source="historical ads 2024", field="ad counts", unit="SSYK groups",
                            have=snap.scalar("SELECT COUNT(DISTINCT a.ssyk_id) FROM ad_counts a JOIN ssyk s ON s.id = a.ssyk_id"),
                            total=n_ssyk))
    rows += _education_rows(snap)
    labels = {r["id"]: r["label"] for r in snap.rows("SELECT id, label FROM occupations")}
    findings = []
    for key, owner, source, code, what, effect in (
        ("esco_occupation", "ESCO", "ESCO ↔ JobTech mapping", "esco_unmapped", "occupation names the official ESCO "
         "mapping does not cover", "These occupations reach ESCO skills only through the coarser ISCO group route."),
        ("description", "Arbetsförmedlingen", "Hitta yrken", "no_description", "occupation names without a Hitta "
         "yrken description", "Answers about these occupations fall back to the taxonomy definition (often a "
         "machine-translated ESCO text) or say that no description exists."),
        ("salary", "SCB", "salary statistics", "no_salary", "occupation names whose SSYK group has no salary "
         "figure", "Answers about pay for these occupations say the sources have no salary statistics."),
        ("outlook", "Arbetsförmedlingen", "Yrkesprognoser/Yrkesbarometer", "no_outlook", "occupation names with "
         "no linked forecast", "Answers say that no forecast is linked to the occupation."),
    ):
        missing = sorted(sets["all"] - sets[key])
        if missing:
            findings.append(Finding(code=code, owner=owner, source=source, category="coverage", title=what,
                                    count=len(missing), total=total, effect=effect,
                                    examples=[Example(id=o, label=labels.get(o, "")) for o in missing[:5]]))
    return rows, findings, sets


def _education_rows(snap: Snapshot) -> list[CoverageRow]:
    courses = snap.rows("SELECT doc_id, url, municipality_id FROM courses")
    n = len(courses)
    with_ssyk = snap.scalar("SELECT COUNT(DISTINCT doc_id) FROM course_ssyk")
    rows = [
        CoverageRow(owner="Skolverket/Susa-navet", source="labour-market courses", field="SSYK code", unit="courses",
                    have=with_ssyk, total=n),
        CoverageRow(owner="Skolverket/Susa-navet", source="labour-market courses", field="municipality resolved",
                    unit="courses", have=sum(1 for c in courses if c["municipality_id"]), total=n),
        CoverageRow(owner="Skolverket/Susa-navet", source="labour-market courses", field="citable link", unit="courses",
                    have=sum(1 for c in courses if c["url"] and link_verdict(c["url"])[0]), total=n),
    ]
    progs = snap.rows("SELECT doc_id FROM programmes")
    placed = snap.scalar("SELECT COUNT(DISTINCT doc_id) FROM programme_places WHERE municipality_id IS NOT NULL")
    own_page = sum(1 for d in snap.docs.get("programme", []) if d.get("url") and not link_note(d["url"]))
    rows += [
        CoverageRow(owner="MYH", source="Yrkeshögskolan programmes", field="municipality resolved", unit="programmes",
                    have=placed, total=len(progs)),
        CoverageRow(owner="MYH", source="Yrkeshögskolan programmes", field="page of its own", unit="programmes",
                    have=own_page, total=len(progs)),
    ]
    return [r for r in rows if r.total]
