"""JobSearchClient: typed search results and ads from the real 2024 ad, paging with the offset cap."""
from __future__ import annotations

import httpx
import pytest

from ingest.connectors.jobsearch_api import JobAd, JobSearchClient
from ingest.errors import SourceError
from tests.api_mock import Recorder, Sleeps, fixture, sequence, shared_fixture

BASE = "https://jobsearch.example.test"


def envelope(hits: list[dict], total: int) -> dict:
    env = fixture("jobsearch_search_envelope.json")
    env["hits"] = hits
    env["total"] = {"value": total}
    return env


def numbered_ads(total: int):
    """A handler serving ``total`` copies of the real ad (ids 1..total) with offset/limit."""
    ad = shared_fixture("jobsearch_ad_2024.json")

    def handler(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        hits = [{**ad, "id": str(i + 1), "webpage_url": None, "relevance": 0.5}
                for i in range(offset, min(offset + limit, total))]
        return httpx.Response(200, json=envelope(hits, total))

    return handler


def make(handler, **kw) -> tuple[JobSearchClient, Recorder]:
    rec = Recorder(handler)
    return JobSearchClient(BASE, http_client=rec.client(BASE), api_key="", sleep=Sleeps(), **kw), rec


def test_search_parses_the_real_ad_and_sends_repeatable_filters():
    ad = shared_fixture("jobsearch_ad_2024.json")
    client, rec = make(sequence(httpx.Response(200, json=envelope([{**ad, "relevance": 0.9}], 1))))
    result = client.search("produktutvecklare", occupation_name=["32bC_YdL_JtU"], occupation_group=["mp2Y_vyC_RFV"],
                           region=["CifL_Rzy_Mku", "zdoY_6u5_Krt"], municipality=["AvNB_uwa_6n6"], limit=10)
    assert result.total == 1 and result.positions == 1
    hit = result.hits[0]
    assert isinstance(hit, JobAd) and hit.id == "28746073" and hit.relevance == 0.9
    assert hit.occupation_group.legacy_ams_taxonomy_id == "2149"
    assert hit.workplace_address.region_concept_id == "CifL_Rzy_Mku"
    assert hit.employer.name == "Volvo Personvagnar AB"
    assert hit.must_have.work_experiences[0].weight == 10
    params = rec.requests[0].url.params
    assert params.get_list("region") == ["CifL_Rzy_Mku", "zdoY_6u5_Krt"]
    assert params["occupation-name"] == "32bC_YdL_JtU" and params["occupation-group"] == "mp2Y_vyC_RFV"
    assert params["offset"] == "0" and params["limit"] == "10" and params["q"] == "produktutvecklare"


def test_ad_by_id_and_public_url():
    ad = shared_fixture("jobsearch_ad_2024.json")
    client, rec = make(sequence(httpx.Response(200, json=ad)))
    parsed = client.ad("28746073")
    assert rec.requests[0].url.path == "/ad/28746073"
    assert parsed.public_url() == "https://arbetsformedlingen.se/platsbanken/annonser/28746073"
    assert JobAd(id="9").public_url() == "https://arbetsformedlingen.se/platsbanken/annonser/9"


def test_iter_ads_pages_until_total():
    client, rec = make(numbered_ads(5))
    ids = [a.id for a in client.iter_ads(page_size=2)]
    assert ids == ["1", "2", "3", "4", "5"]
    assert [(r.url.params["offset"], r.url.params["limit"]) for r in rec.requests] == [("0", "2"), ("2", "2"), ("4", "2")]


def test_iter_ads_respects_max_ads():
    client, rec = make(numbered_ads(50))
    assert len(list(client.iter_ads(max_ads=5, page_size=2))) == 5
    assert rec.requests[-1].url.params["limit"] == "1"


def test_iter_ads_respects_the_offset_cap():
    client, rec = make(numbered_ads(10_000), max_offset=4)
    ads = list(client.iter_ads(page_size=2))
    assert len(ads) == 6  # offsets 0, 2, 4; offset 6 would exceed the cap
    assert max(int(r.url.params["offset"]) for r in rec.requests) == 4


def test_default_caps_match_jobsearch():
    client, _ = make(numbered_ads(1))
    with pytest.raises(ValueError):
        client.search(offset=2001)
    with pytest.raises(ValueError):
        client.search(limit=101)


def test_bad_envelope_and_404():
    client, _ = make(sequence(httpx.Response(200, json={"hits": "nope"})))
    with pytest.raises(SourceError, match="no hits list"):
        client.search()
    client, rec = make(sequence(httpx.Response(404)))
    with pytest.raises(SourceError, match="HTTP 404"):
        client.ad("1")
    assert len(rec.requests) == 1


def test_malformed_hit_is_reported():
    ad = shared_fixture("jobsearch_ad_2024.json")
    client, _ = make(sequence(httpx.Response(200, json=envelope([{"headline": "utan id"}, ad], 2))))
    result = client.search()
    assert [h.id for h in result.hits] == ["28746073"]
    assert len(result.malformed) == 1
