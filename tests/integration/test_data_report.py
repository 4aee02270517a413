"""`vagledning data-report` on a small real store (real data, fake embedder, real Chroma and relations
DB): coverage, consistency, freshness and link health per owner; the HTTP link check only through
httpx.MockTransport; the shared link verdict keeps bad links out of evidence (issue 14)."""
from __future__ import annotations

import json
import time

import httpx
import pytest
from typer.testing import CliRunner

from ingest.quality import build_report
from ingest.quality.linkhealth import http_check
from ingest.quality.model import OWNERS, DataReport
from ingest.quality.render import to_json, to_markdown
from tests.harness import small_store
from vagledning.domain.documents import Kind
from vagledning.domain.evidence import Evidence
from vagledning.domain.links import link_verdict
from vagledning.settings import Settings

EDIT_LINK_COURSE = "course:290eb532291a2a93"  # Susa-navet: a course linked into regionvarmland.se/edit/…


@pytest.fixture(scope="module")
def report_settings(data_dir, relations_db, tmp_path_factory):
    store = small_store(data_dir, relations_db, {Kind.course, Kind.programme, Kind.description, Kind.statistics,
                                                 Kind.ad}, tmp_path_factory.mktemp("report") / "store")
    return Settings(data_dir=data_dir, store_dir=store, embedder="fake")


@pytest.fixture(scope="module")
def report(report_settings) -> DataReport:
    return build_report(report_settings)


def _finding(report: DataReport, code: str, owner: str | None = None):
    got = [f for f in report.findings if f.code == code and (owner is None or f.owner == owner)]
    assert got, f"no finding {code} ({owner}) in {[f.code for f in report.findings]}"
    return got[0]


def test_coverage_per_source_counts_the_relations(report, report_settings):
    import sqlite3

    db = sqlite3.connect(report_settings.store_dir / "relations.sqlite")
    n_occ = db.execute("SELECT COUNT(*) FROM occupations").fetchone()[0]
    n_desc = db.execute("SELECT COUNT(*) FROM descriptions d JOIN occupations o ON o.id = d.occupation_id").fetchone()[0]
    n_courses = db.execute("SELECT COUNT(*) FROM courses").fetchone()[0]
    rows = {(r.owner, r.field, r.unit): r for r in report.coverage}
    desc = rows[("Arbetsförmedlingen", "description (Hitta yrken)", "occupations")]
    assert (desc.have, desc.total) == (n_desc, n_occ) and 0 < desc.have < n_occ
    assert rows[("Skolverket/Susa-navet", "SSYK code", "courses")].total == n_courses
    outlook = rows[("Arbetsförmedlingen", "outlook: linked forecast", "occupations")]
    assert outlook.have == 0  # offline, forecast ids reach SSYK only through the live Taxonomy API
    assert {r.owner for r in report.coverage} >= set(OWNERS)


def test_every_issue_class_is_counted_with_examples(report):
    edit = _finding(report, "link_bad", "Skolverket/Susa-navet")
    assert EDIT_LINK_COURSE in [e.id for e in edit.examples] and "/edit/" in edit.examples[0].detail
    unlinked = _finding(report, "forecast_unlinked", "Arbetsförmedlingen")
    assert unlinked.count == unlinked.total > 100 and unlinked.examples
    assert _finding(report, "salary_percentiles_undocumented", "SCB").count > 300
    assert _finding(report, "link_generic", "MYH").count == report.coverage[-1].total  # YH: search pages only
    assert _finding(report, "esco_unmapped", "ESCO").count > 0
    site = _finding(report, "course_place_site_disagree")
    assert all("links to" in e.detail for e in site.examples)
    for f in report.findings:
        assert f.count > 0 and f.effect and f.examples, f.code
    assert any("course_without_ssyk" in c for c in report.clean_checks)  # checked, none in this data
    assert not {f.code for f in report.findings} & {c.rsplit("`", 2)[1] for c in report.clean_checks}
    assert report.freshness and all(r.oldest and r.newest and r.oldest <= r.newest for r in report.freshness)
    course_links = next(r for r in report.links if r.kind == "course")
    assert course_links.bad == 1 and course_links.with_url == course_links.documents


def test_markdown_has_a_pasteable_section_per_owner_and_json_round_trips(report):
    md = to_markdown(report)
    for owner in OWNERS:
        assert f"\n## {owner}\n" in md
    assert "| owner | source | field | have | of | coverage |" in md
    assert EDIT_LINK_COURSE in md and "Effect on answers:" in md
    assert DataReport.model_validate_json(to_json(report)) == report


def test_the_report_is_fast(report_settings):
    t0 = time.perf_counter()
    build_report(report_settings)
    assert time.perf_counter() - t0 < 60


def test_cli_writes_json_and_refuses_a_bad_format_or_empty_store(report_settings, tmp_path, monkeypatch):
    from vagledning.cli import app
    from vagledning.settings import get_settings

    monkeypatch.setenv("VAGLEDNING_STORE_DIR", str(report_settings.store_dir))
    monkeypatch.setenv("VAGLEDNING_DATA_DIR", str(report_settings.data_dir))
    monkeypatch.setenv("VAGLEDNING_EMBEDDER", "fake")
    get_settings.cache_clear()
    out = tmp_path / "report.json"
    res = CliRunner().invoke(app, ["data-report", "--format", "json", "--out", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    assert data["coverage"] and data["findings"] and data["links_checked_over_http"] is False
    res = CliRunner().invoke(app, ["data-report", "--format", "xml"])
    assert res.exit_code == 2 and "md or json" in res.output
    monkeypatch.setenv("VAGLEDNING_STORE_DIR", str(tmp_path / "empty"))
    get_settings.cache_clear()
    res = CliRunner().invoke(app, ["data-report"])
    assert res.exit_code == 2 and "vagledning ingest" in res.output
    get_settings.cache_clear()


def test_http_check_is_bounded_polite_and_reports_broken_links():
    seen: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, str(request.url)))
        if request.url.host == "gone.example":
            return httpx.Response(404)
        if request.url.host == "nohead.example" and request.method == "HEAD":
            return httpx.Response(405)
        if request.url.host == "down.example":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    urls = ["https://ok.example/a", "https://gone.example/b", "https://nohead.example/c", "https://down.example/d",
            "https://ok.example/e"]
    got = http_check(urls, client=client, limit=4, per_host_delay=0.0)
    assert got == {"https://ok.example/a": None, "https://gone.example/b": "HTTP 404",
                   "https://nohead.example/c": None, "https://down.example/d": "ConnectError"}
    assert ("GET", "https://nohead.example/c") in seen and len({u for _m, u in seen}) == 4  # the cap holds


def test_report_with_http_check_uses_the_injected_client(report_settings):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404 if "arbetsformedlingen" in request.url.host else 200)

    rep = build_report(report_settings, check_links=True, link_limit=30,
                       http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert rep.links_checked_over_http and sum(r.http_checked for r in rep.links) >= 1
    assert all(EDIT_LINK_COURSE not in e.id for f in rep.findings if f.code == "link_broken" for e in f.examples)
    saved = json.loads((report_settings.store_dir / "link-health.json").read_text())
    broken = [u for u in saved["broken"] if "arbetsformedlingen" in u]
    assert broken and all("arbetsformedlingen" in u for u in saved["broken"]) and saved["checked"] <= 30
    from retrieval.link_health import apply_link_health
    from vagledning.domain.links import remember_broken

    try:
        assert apply_link_health(report_settings.store_dir) == len(saved["broken"])
        ok, why = link_verdict(broken[0])
        assert not ok and "HTTP 404" in why
        ev = Evidence(type="course", doc_id="course:x", kind="course", title="t", url=broken[0])
        assert ev.url is None  # an answer never cites a link the check found broken
    finally:
        remember_broken({})
    assert link_verdict(broken[0]) == (True, None)


def test_evidence_never_carries_a_link_the_report_marks_bad():
    bad = "https://regionvarmland.se/edit/4.27ee0f6c19400d2243ee5bf"
    assert link_verdict(bad) == (False, "editing or admin path") and link_verdict("https://www.lulea.se/") == (True, None)
    ev = Evidence(type="course", doc_id=EDIT_LINK_COURSE, kind="course", title="Game Programmer", url=bad)
    assert ev.url is None and ev.facts["link_withheld"] == "editing or admin path"
    again = Evidence.coerce(ev.model_dump())
    assert again.url is None


@pytest.mark.parametrize("lang", ["sv", "sv-easy", "en", "ar", "so", "ti", "fa", "uk"])
def test_salary_answer_states_the_undocumented_percentiles(lang):
    from assistant.contract import ChatMessage, ChatRequest
    from assistant.evidence import say_salary
    from assistant.locales import text
    from assistant.state import TurnState

    state = TurnState(request=ChatRequest(messages=[ChatMessage(role="user", content="lön?")]), language=lang)
    ev = Evidence(type="salary", doc_id="stats:ssyk:x", kind="statistics", title="Arbetsmarknad: Kockar",
                  facts={"low": 25000, "median": 30000, "high": 38000, "caveat": "salary_percentiles_undocumented"})
    say_salary(state, ev)
    keys = [f.key for f in state.facts]
    assert keys == ["occ.salary", "occ.salary_caveat"] and state.facts[1].source == "stats:ssyk:x"
    assert text(lang, "occ.salary_caveat").strip()
    assert "salary.caveat: The source does not document which percentiles" in ev.prompt_text()  # what an LLM reads
