"""The API-backed sources yield the same Document shapes as the file sources (MockTransport only)."""
from __future__ import annotations

import sqlite3

import httpx
import pytest

from ingest.connectors.jobsearch_api import JobSearchClient
from ingest.connectors.susa_api import SusaClient
from ingest.connectors.taxonomy_api import TaxonomyClient
from ingest.sources_api import ApiJobSearchSource, ApiSusaSource, ApiTaxonomySource, api_sources
from tests.api_mock import Recorder, Sleeps, shared_fixture
from tests.unit.test_connectors_jobsearch import envelope, numbered_ads
from tests.unit.test_connectors_susa import susa_handler
from tests.unit.test_connectors_taxonomy import taxonomy_handler
from vagledning.domain.documents import Document, Kind, MalformedRecord


class FakeRelations:
    """Records replace_<table>(rows) calls like retrieval.relations' writer."""

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple]] = {}

    def __getattr__(self, name: str):
        if not name.startswith("replace_"):
            raise AttributeError(name)
        return lambda rows: self.tables.__setitem__(name[len("replace_"):], [tuple(r) for r in rows])


def taxonomy_source() -> ApiTaxonomySource:
    rec = Recorder(taxonomy_handler)
    client = TaxonomyClient("https://tax.test", http_client=rec.client("https://tax.test"), api_key="", sleep=Sleeps())
    return ApiTaxonomySource(client)


def docs_of(source) -> tuple[list[Document], list[MalformedRecord]]:
    items = list(source.documents(None))
    return [d for d in items if isinstance(d, Document)], [m for m in items if isinstance(m, MalformedRecord)]


def test_taxonomy_documents():
    docs, bad = docs_of(taxonomy_source())
    assert bad == []
    by_id = {d.id: d for d in docs}
    occ = by_id["jobtech:occupation-name:32bC_YdL_JtU"]
    assert occ.kind is Kind.occupation and occ.concept_id == "32bC_YdL_JtU" and occ.title == "Produktutvecklare"
    assert occ.metadata["ssyk_id"] == "mp2Y_vyC_RFV" and occ.metadata["ssyk_code"] == "2149"
    assert occ.metadata["field_id"] == "6Hq3_tKo_V57" and occ.metadata["definition_source"] == "esco-sv"
    assert "Produktutvecklingsingenjör" in occ.aliases and "Produktutvecklare" not in occ.aliases
    assert not occ.text.startswith("Yrkesbeskrivning som följer")
    assert occ.url.endswith("32bC_YdL_JtU")
    # ssyk code filled from the group when the occupation's nested ssyk has none
    welder = by_id["jobtech:occupation-name:wf1E_nWA_EJp"]
    assert welder.metadata["ssyk_id"] == "wQ1E_Bzk_ZyA" and "ssyk_code" not in welder.metadata
    group = by_id["jobtech:ssyk-level-4:mp2Y_vyC_RFV"]
    assert group.kind is Kind.ssyk and group.metadata == {"ssyk_code": "2149", "field_ids": ["6Hq3_tKo_V57"]}
    assert "Produktutvecklare" in group.aliases
    skills = [d for d in docs if d.kind is Kind.skill]
    assert len(skills) == 14 and skills[0].id == "jobtech:skill:ynW8_Jr4_5tT"
    assert {d.kind for d in docs} == {Kind.occupation, Kind.ssyk, Kind.skill}


def test_taxonomy_relations_forecast_and_codes():
    source = taxonomy_source()
    db = FakeRelations()
    source.write_relations(None, db)
    assert sorted(db.tables["forecast_ssyk"]) == [("fixt_frc_001", "mp2Y_vyC_RFV"), ("fixt_frc_002", "wQ1E_Bzk_ZyA")]
    assert db.tables["ssyk_codes"] == [("mp2Y_vyC_RFV", "2149", "jobtech_taxonomy_api")]


def test_relations_rows_fit_the_real_writer(tmp_path):
    relations = pytest.importorskip("retrieval.relations_schema")
    with relations.RelationsWriter(tmp_path / "r.sqlite") as db:
        taxonomy_source().write_relations(None, db)
        susa = SusaClient("https://susa.test/api/1.1", http_client=Recorder(susa_handler).client("https://susa.test/api/1.1/"),
                          sleep=Sleeps(), page_size=2)
        ApiSusaSource(susa).write_relations(None, db)
    conn = sqlite3.connect(tmp_path / "r.sqlite")
    assert conn.execute("SELECT count(*) FROM forecast_ssyk").fetchone()[0] == 2
    assert conn.execute("SELECT ssyk_code FROM course_ssyk WHERE doc_id='course:fixture.info.1'").fetchall() == [("8332",)]
    conn.close()


def test_jobsearch_documents_from_the_real_ad():
    ad = shared_fixture("jobsearch_ad_2024.json")
    removed = {**ad, "id": "999", "removed": True}
    rec = Recorder(lambda r: httpx.Response(200, json=envelope([ad, removed, {"headline": None, "id": "5"}], 3)))
    source = ApiJobSearchSource(JobSearchClient("https://js.test", http_client=rec.client("https://js.test"), api_key="",
                                                sleep=Sleeps()))
    docs, bad = docs_of(source)
    assert [d.id for d in docs] == ["ad:28746073"] and len(bad) == 1  # removed ad skipped, headline-less reported
    doc = docs[0]
    assert doc.kind is Kind.ad and doc.concept_id == "28746073"
    assert doc.title == "Group Product Manager - Customer Care" and doc.language == "en"
    assert doc.url == "https://arbetsformedlingen.se/platsbanken/annonser/28746073"
    m = doc.metadata
    assert m["occupation_ids"] == ["32bC_YdL_JtU"] and m["ssyk_id"] == "mp2Y_vyC_RFV" and m["ssyk_code"] == "2149"
    assert m["field_id"] == "6Hq3_tKo_V57" and m["region_ids"] == ["CifL_Rzy_Mku"] and m["municipality_ids"] == ["AvNB_uwa_6n6"]
    assert m["date"] == "2024-04-24" and m["employer"] == "Volvo Personvagnar AB"
    assert "<redacted>" not in doc.text  # application contacts never enter the text


def test_jobsearch_source_fallback_url_dedupe_and_cap():
    rec = Recorder(numbered_ads(30))
    client = JobSearchClient("https://js.test", http_client=rec.client("https://js.test"), api_key="", sleep=Sleeps())
    source = ApiJobSearchSource(client, queries=[{"region": ["CifL_Rzy_Mku"]}, {}], max_ads=4)
    docs, _ = docs_of(source)
    assert [d.id for d in docs] == ["ad:1", "ad:2", "ad:3", "ad:4"]  # second query repeats the same ads
    assert docs[0].url == "https://arbetsformedlingen.se/platsbanken/annonser/1"
    assert rec.requests[0].url.params["region"] == "CifL_Rzy_Mku"


def test_susa_documents():
    client = SusaClient("https://susa.test/api/1.1", http_client=Recorder(susa_handler).client("https://susa.test/api/1.1/"),
                        sleep=Sleeps(), page_size=2)
    docs, bad = docs_of(ApiSusaSource(client))
    assert bad == []
    by_id = {d.id: d for d in docs}
    assert set(by_id) == {"course:fixture.info.1", "course:fixture.info.2"}
    lorry = by_id["course:fixture.info.1"]
    assert lorry.kind is Kind.course and lorry.concept_id == "fixture.info.1"
    assert lorry.url.startswith("https://arbetsformedlingen.se/") and lorry.text
    assert lorry.metadata["ssyk_code"] == "8332" and lorry.metadata["place"] == "Bromma"
    assert lorry.metadata["municipality_codes"] == ["0180"] and lorry.metadata["date"] == "2025-04-07"


def test_api_sources_from_settings_make_no_request():
    from vagledning.settings import Settings

    sources = api_sources(Settings(http_retries=1, http_timeout_s=3))
    assert [s.name for s in sources] == ["jobtech_taxonomy_api", "susa_api", "jobsearch_api"]
    assert {k for s in sources for k in s.kinds} == {Kind.occupation, Kind.ssyk, Kind.skill, Kind.course, Kind.ad}
    for s in sources:
        s.client.close()
