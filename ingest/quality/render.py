"""The report as Markdown (a figure table, then one section per owner that can be pasted into an
issue or forum post) or JSON (the DataReport model)."""
from __future__ import annotations

from ingest.quality.model import OWNERS, DataReport, Finding


def _pct(have: int, total: int) -> str:
    return f"{100.0 * have / total:.1f} %" if total else "–"


def coverage_table(report: DataReport) -> str:
    """The coverage figure table (also what the README shows)."""
    lines = ["| owner | source | field | have | of | coverage |", "|---|---|---|---:|---:|---:|"]
    for r in report.coverage:
        lines.append(f"| {r.owner} | {r.source} | {r.field} | {r.have} | {r.total} {r.unit} | {_pct(r.have, r.total)} |")
    return "\n".join(lines)


def _finding_md(f: Finding) -> list[str]:
    of = f" of {f.total}" if f.total is not None else ""
    out = [f"- **{f.title}** ({f.category}, `{f.code}`): **{f.count}**{of}.", f"  Effect on answers: {f.effect}"]
    for ex in f.examples:
        bits = " — ".join(x for x in (ex.label, ex.detail) if x)
        out.append(f"  - `{ex.id}`" + (f" {bits}" if bits else ""))
    return out


def owner_section(report: DataReport, owner: str) -> str:
    findings = [f for f in report.findings if f.owner == owner]
    cov = [r for r in report.coverage if r.owner == owner]
    fresh = [r for r in report.freshness if r.owner == owner]
    links = [r for r in report.links if r.owner == owner]
    lines = [f"## {owner}", "", f"Measured on the ingested data by `vagledning data-report` ({report.generated_at})."]
    if cov:
        lines += ["", "Coverage:", ""] + [f"- {r.field} ({r.source}): {r.have} of {r.total} {r.unit} "
                                           f"({_pct(r.have, r.total)})" for r in cov]
    if fresh:
        lines += ["", "Data dates:", ""] + [f"- {r.source}: {r.oldest} – {r.newest} ({r.detail})" for r in fresh]
    if links:
        lines += ["", "Links:", ""]
        for r in links:
            http = f", HTTP-checked {r.http_checked}, broken {r.http_broken}" if report.links_checked_over_http else ""
            lines.append(f"- {r.kind}: {r.with_url} of {r.documents} documents have a link ({r.distinct_urls} distinct); "
                         f"{r.bad} bad, {r.generic} generic pages{http}")
    lines += ["", "What is missing or wrong:", ""]
    lines += [x for f in findings for x in _finding_md(f)] or ["- nothing found"]
    clean = [c.split(": ", 1)[1] for c in report.clean_checks if c.startswith(f"{owner}: ")]
    if clean:
        lines += ["", "Checked and found clean: " + "; ".join(clean) + "."]
    return "\n".join(lines)


def to_markdown(report: DataReport) -> str:
    head = [f"# Data-quality report ({report.generated_at})", "",
            f"Store `{report.store_dir}`, relations built {report.relations_built_at or 'unknown'}; measured in "
            f"{report.seconds} s. Links checked over HTTP: {'yes' if report.links_checked_over_http else 'no'}.", "",
            "Documents per kind: " + ", ".join(f"{k} {v}" for k, v in sorted(report.documents.items())) + ".", "",
            "## Coverage per source", "", coverage_table(report), "",
            "## Issues found (all owners)", "", "| owner | issue | count |", "|---|---|---:|"]
    head += [f"| {f.owner} | {f.title} (`{f.code}`) | {f.count}{' of ' + str(f.total) if f.total is not None else ''} |"
             for f in report.findings]
    if report.clean_checks:
        head += ["", "Checked and found clean: " + "; ".join(report.clean_checks) + "."]
    owners = list(OWNERS) + sorted({f.owner for f in report.findings} - set(OWNERS))
    return "\n".join(head) + "\n\n" + "\n\n".join(owner_section(report, o) for o in owners) + "\n"


def to_json(report: DataReport) -> str:
    return report.model_dump_json(indent=2)
