"""SusaClient: HAL paging over infos/events and the AUB course join."""
from __future__ import annotations

import httpx
import pytest

from ingest.connectors.susa_api import SusaClient
from ingest.errors import SourceError
from tests.api_mock import Recorder, Sleeps, fixture, sequence

BASE = "https://susa.example.test/api/1.1"


def susa_handler(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params["page"])
    if request.url.path.endswith("/infos"):
        return httpx.Response(200, json=fixture(f"susa_infos_page{page}.json"))
    if request.url.path.endswith("/events"):
        return httpx.Response(200, json=fixture("susa_events_page0.json"))
    return httpx.Response(404)


def make(handler=susa_handler) -> tuple[SusaClient, Recorder]:
    rec = Recorder(handler)
    return SusaClient(BASE, http_client=rec.client(BASE + "/"), sleep=Sleeps(), page_size=2), rec


def test_infos_pages_through_total_pages():
    client, rec = make()
    infos = list(client.infos(vocational=True))
    assert [i.identifier for i in infos] == ["fixture.info.1", "fixture.info.2", "fixture.info.3", "fixture.info.4"]
    assert [r.url.params["page"] for r in rec.requests] == ["0", "1"]
    assert rec.requests[0].url.path == "/api/1.1/infos"
    assert rec.requests[0].url.params["vocational"] == "true" and rec.requests[0].url.params["size"] == "2"
    assert infos[0].subject[0].type == "AUB_Subject" and infos[0].subject[0].code == "8332"
    assert not infos[0].description.text().startswith("<![CDATA[")


def test_events_filters():
    client, rec = make()
    events = list(client.events(starts_after="2025-01-01", organisation_form=["vuxenutbildning", "folkhögskola"]))
    assert len(events) == 3 and events[2].isCancelled
    params = rec.requests[0].url.params
    assert params["startsAfter"] == "2025-01-01" and params["organisationForm"] == "vuxenutbildning,folkhögskola"


def test_labour_market_courses_join():
    client, _ = make()
    courses = {c.id: c for c in client.labour_market_courses()}
    # info.3 has no AUB subject, info.4 only a cancelled event
    assert set(courses) == {"fixture.info.1", "fixture.info.2"}
    lorry = courses["fixture.info.1"]
    assert lorry.title.startswith("Yrkesförare Lastbil 2024")
    assert lorry.ssyk_codes == ["8332"] and lorry.towns == ["Bromma"] and lorry.municipality_codes == ["0180"]
    assert lorry.url.startswith("https://arbetsformedlingen.se/")
    assert "CDATA" not in lorry.description and lorry.description
    assert courses["fixture.info.2"].municipality_codes == []


def test_empty_content_ends_paging_and_bad_envelope_fails():
    client, rec = make(sequence(httpx.Response(200, json={"content": [], "page": {"totalPages": 99, "number": 0}})))
    assert list(client.infos()) == []
    assert len(rec.requests) == 1
    client, _ = make(sequence(httpx.Response(200, json={"_embedded": {}})))
    with pytest.raises(SourceError, match="no content list"):
        list(client.infos())


def test_broken_wrapper_is_reported():
    client, _ = make(sequence(httpx.Response(200, json={"content": [{"content": {}}, {"content": {"educationInfo": {"title": {}}}}],
                                                        "page": {"totalPages": 1}})))
    assert list(client.infos()) == []
    assert len(client.malformed) == 2
