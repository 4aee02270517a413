"""TaxonomyClient over GraphQL, served by MockTransport from recorded-shape fixtures."""
from __future__ import annotations

import httpx
import pytest

from ingest.connectors.taxonomy_api import GRAPHQL_PATH, OccupationName, TaxonomyClient, build_concepts_query
from ingest.errors import SourceError
from tests.api_mock import Recorder, Sleeps, fixture, graphql_args, sequence, shared_fixture

BASE = "https://taxonomy.example.test"


def _skill_concepts() -> list[dict]:
    # The real recorded autocomplete answer (REST, namespaced keys) as GraphQL concepts.
    return [{"id": c["taxonomy/id"], "type": c["taxonomy/type"], "preferred_label": c["taxonomy/preferred-label"]}
            for c in shared_fixture("taxonomy_autocomplete_svetsning_skill.json")]


def taxonomy_handler(request: httpx.Request) -> httpx.Response:
    """Serve concepts(type, limit, offset) by slicing per-type fixtures, like the real API pages."""
    assert request.url.path == GRAPHQL_PATH
    args = graphql_args(request)
    ctype, limit, offset = args["type"], int(args["limit"]), int(args["offset"])
    if ctype == "occupation-name":
        items = (fixture("taxonomy_occupation_names_offset0.json")["data"]["concepts"]
                 + fixture("taxonomy_occupation_names_offset2.json")["data"]["concepts"])
    elif ctype == "ssyk-level-4":
        items = fixture("taxonomy_ssyk_level_4.json")["data"]["concepts"]
    elif ctype == "skill":
        items = _skill_concepts()
    elif ctype == "forecast-occupation":
        items = fixture("taxonomy_forecast_occupation.json")["data"]["concepts"]
    else:
        items = []
    return httpx.Response(200, json={"data": {"concepts": items[offset:offset + limit]}})


def make_taxonomy(handler=taxonomy_handler, **kw) -> tuple[TaxonomyClient, Recorder]:
    rec = Recorder(handler)
    kw.setdefault("sleep", Sleeps())
    return TaxonomyClient(BASE, http_client=rec.client(BASE), api_key="", **kw), rec


def test_two_recorded_pages_are_served_as_they_are():
    pages = {0: "taxonomy_occupation_names_offset0.json", 2: "taxonomy_occupation_names_offset2.json"}

    def handler(request):
        return httpx.Response(200, json=fixture(pages[int(graphql_args(request)["offset"])]))

    client, rec = make_taxonomy(handler, page_size=2)
    occs = client.occupation_names()
    assert [o.id for o in occs] == ["32bC_YdL_JtU", "wf1E_nWA_EJp", "ghs4_JXU_BYt"]
    assert [graphql_args(r)["offset"] for r in rec.requests] == ["0", "2"]  # short page 2 ends paging
    first = occs[0]
    assert isinstance(first, OccupationName)
    assert first.ssyk[0].id == "mp2Y_vyC_RFV" and first.ssyk[0].ssyk_code_2012 == "2149"
    assert first.ssyk[0].occupation_field[0].id == "6Hq3_tKo_V57"
    assert "Produktutvecklingsingenjör" in [t.preferred_label for t in first.job_titles]


def test_paging_stops_on_empty_page_when_total_is_a_multiple_of_the_page_size():
    client, rec = make_taxonomy(page_size=7)
    skills = client.skills()
    assert len(skills) == 14 and skills[0].id == "ynW8_Jr4_5tT"
    assert [graphql_args(r)["offset"] for r in rec.requests] == ["0", "7", "14"]


def test_paging_stops_when_server_ignores_offset():
    def handler(request):  # always the same page
        return httpx.Response(200, json=fixture("taxonomy_occupation_names_offset0.json"))

    client, rec = make_taxonomy(handler, page_size=2)
    assert len(client.occupation_names()) == 2
    assert len(rec.requests) == 2


def test_query_text_and_version():
    q = build_concepts_query("skill", fields="id preferred_label", limit=50, offset=100, version="next")
    assert q == 'query Concepts { concepts(type: "skill", version: "next", limit: 50, offset: 100) { id preferred_label } }'
    with pytest.raises(ValueError):
        build_concepts_query('skill") { id } x: concepts(type: "a', fields="id", limit=1, offset=0)
    client, rec = make_taxonomy()
    client.ssyk_level_4(version=29)
    assert graphql_args(rec.requests[0])["version"] == "29"


def test_ssyk_level_4_models():
    client, _ = make_taxonomy()
    groups = {g.id: g for g in client.ssyk_level_4()}
    assert groups["mp2Y_vyC_RFV"].ssyk_code_2012 == "2149"
    assert groups["mp2Y_vyC_RFV"].occupations[0].id == "32bC_YdL_JtU"
    assert groups["wQ1E_Bzk_ZyA"].occupation_field[0].id == "wTEr_CBC_bqh"


def test_forecast_occupation_links_to_ssyk_only():
    client, rec = make_taxonomy()
    links = client.forecast_occupation_ssyk()
    assert {(l.forecast_id, l.ssyk_id) for l in links} == {("fixt_frc_001", "mp2Y_vyC_RFV"), ("fixt_frc_002", "wQ1E_Bzk_ZyA")}
    assert {graphql_args(r)["type"] for r in rec.requests} == {"forecast-occupation", "barometer-occupation"}
    assert "related { id type preferred_label ssyk_code_2012 }" in rec.requests[0].url.params["query"]


def test_graphql_errors_and_bad_shapes_are_source_errors():
    client, _ = make_taxonomy(sequence(httpx.Response(200, json={"errors": [{"message": "Unknown type"}]})))
    with pytest.raises(SourceError, match="GraphQL error: Unknown type"):
        client.skills()
    client, _ = make_taxonomy(sequence(httpx.Response(200, json={"data": None})))
    with pytest.raises(SourceError, match="no data.concepts"):
        client.skills()


def test_malformed_concepts_are_reported_not_fatal():
    def handler(request):
        return httpx.Response(200, json={"data": {"concepts": [{"preferred_label": "utan id"}, {"id": "x1", "preferred_label": "ok"}]}})

    client, _ = make_taxonomy(handler)
    assert [c.id for c in client.skills()] == ["x1"]
    assert len(client.malformed) == 1 and client.malformed[0].source == "api:taxonomy"


def test_api_key_header_sent_when_configured():
    rec = Recorder(taxonomy_handler)
    client = TaxonomyClient(BASE, http_client=rec.client(BASE), api_key="k-123", sleep=Sleeps())
    client.ssyk_level_4()
    assert rec.requests[0].headers["api-key"] == "k-123"
