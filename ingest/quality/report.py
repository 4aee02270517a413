"""One pass over the ingested store: gather, measure, and the report model (rendered by render.py)."""
from __future__ import annotations

import re
import time
from datetime import UTC, datetime

from ingest.quality.consistency import consistency
from ingest.quality.coverage import coverage
from ingest.quality.gather import Snapshot, gather
from ingest.quality.linkhealth import citable_urls, http_check, link_health
from ingest.quality.model import DataReport, Example, Finding, FreshnessRow
from retrieval.link_health import save_link_health

#: data file (PROVENANCE.md path) -> (owner, source); first match wins
_FILE_OWNER = (
    (r"^taxonomy/", "JobTech", "JobTech Taxonomy"),
    (r"^ads/", "JobTech", "job ads"),
    (r"^labour_market/.*(ad|annons)", "JobTech", "historical ads 2024"),
    (r"^labour_market/.*salar", "SCB", "salary statistics"),
    (r"^labour_market/.*(prognos|barometer|forecast)", "Arbetsförmedlingen", "Yrkesprognoser/Yrkesbarometer"),
    (r"^occupation_info/", "Arbetsförmedlingen", "Hitta yrken"),
    (r"^education/.*(yh|myh|yrkeshog)", "MYH", "Yrkeshögskolan programmes"),
    (r"^education/", "Skolverket/Susa-navet", "labour-market courses"),
    (r"^esco_mappings/", "ESCO", "ESCO ↔ JobTech mapping"),
    (r"^esco/", "ESCO", "ESCO v1.1.1"),
    (r"^onet/", "O*NET", "O*NET interests"),
)
#: caveats an answer states, listed with their owner (issue 14 item 3)
_CAVEATS = (
    ("SCB", "salary statistics", "salary_percentiles_undocumented", "salary figures whose low/high percentiles and "
     "year are not documented", "Every salary answer states the caveat next to the low–high range."),
)


def freshness(snap: Snapshot) -> list[FreshnessRow]:
    spans: dict[tuple[str, str], list[str]] = {}
    files: dict[tuple[str, str], int] = {}
    for path, dates in snap.provenance.items():
        for pattern, owner, source in _FILE_OWNER:
            if re.search(pattern, path, re.I):
                spans.setdefault((owner, source), []).extend(dates)
                files[(owner, source)] = files.get((owner, source), 0) + 1
                break
    rows = [FreshnessRow(owner=o, source=s, oldest=min(d), newest=max(d), detail=f"{files[(o, s)]} files "
                         "(commit dates of the copies, PROVENANCE.md)") for (o, s), d in sorted(spans.items())]
    ad_dates = sorted(str(d["date"])[:10] for d in snap.docs.get("ad", []) if d.get("date"))
    if ad_dates:
        rows.append(FreshnessRow(owner="JobTech", source="job ads (ingested)", oldest=ad_dates[0], newest=ad_dates[-1],
                                 detail=f"publication dates of {len(ad_dates)} ads"))
    built = snap.meta().get("built_at")
    if built:
        rows.append(FreshnessRow(owner="vagledning", source="relations DB", oldest=built, newest=built,
                                 detail="when the store's relations were last built"))
    return rows


def _caveat_findings(snap: Snapshot) -> list[Finding]:
    out = []
    n_sal = snap.scalar("SELECT COUNT(*) FROM salaries WHERE high IS NOT NULL")
    for owner, source, code, title, effect in _CAVEATS:
        if n_sal:
            ex = snap.rows("SELECT ssyk_code, low, median, high FROM salaries WHERE high IS NOT NULL "
                           "ORDER BY ssyk_code LIMIT 3")
            out.append(Finding(code=code, owner=owner, source=source, category="coverage", title=title, count=n_sal,
                               total=n_sal, effect=effect, examples=[Example(
                                   id=r["ssyk_code"], detail=f"low {r['low']}, median {r['median']}, high {r['high']}")
                                   for r in ex]))
    return out


def build_report(settings, *, check_links: bool = False, http_client=None, link_limit: int = 200,
                 save_links: bool = True) -> DataReport:
    """Measure the store ``settings`` points at (read-only). ``check_links`` adds the HTTP check, whose
    result is saved next to the store (``save_links``) for the link verdict of answers."""
    t0 = time.perf_counter()
    snap = gather(settings)
    try:
        cov_rows, cov_findings, _sets = coverage(snap)
        http = http_check(citable_urls(snap), client=http_client, limit=link_limit) if check_links else None
        if http is not None and save_links:
            save_link_health(settings.store_dir, http)  # answers stop citing what did not open
        link_rows, link_findings = link_health(snap, http)
        checked = [*cov_findings, *_caveat_findings(snap), *consistency(snap), *link_findings]
        findings = [f for f in checked if f.count]
        report = DataReport(generated_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                            store_dir=str(settings.store_dir), relations_built_at=snap.meta().get("built_at"),
                            documents=snap.counts, coverage=cov_rows, freshness=freshness(snap), links=link_rows,
                            findings=findings, links_checked_over_http=http is not None,
                            clean_checks=[f"{f.owner}: {f.title} (`{f.code}`)" for f in checked if not f.count])
    finally:
        snap.db.close()
    report.seconds = round(time.perf_counter() - t0, 2)
    return report
