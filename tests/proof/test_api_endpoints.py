"""Every endpoint against a real uvicorn on 127.0.0.1."""
from __future__ import annotations

import httpx
import pytest

PROBLEM_KEYS = {"type", "title", "status", "detail", "code"}
TEXT = "Jag jobbade som kock i sex år i Aleppo. Jag har truckkort och kan svetsa. Jag pratar arabiska och vill jobba i Skåne."


@pytest.fixture()
def client(live_api):
    with httpx.Client(base_url=live_api.url, timeout=60) as c:
        yield c


def assert_problem(r: httpx.Response, status: int, code: str | None = None) -> dict:
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert PROBLEM_KEYS <= set(body)
    assert body["status"] == status
    if code:
        assert body["code"] == code
    return body


def test_healthz_and_readyz(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    r = client.get("/readyz")
    assert r.status_code == 200 and r.json()["status"] == "ready"


def test_interpret_returns_profile_with_spans(client):
    r = client.post("/v1/interpret", json={"text": TEXT, "language": "sv"})
    assert r.status_code == 200
    profile = r.json()
    assert {"skills", "experiences", "languages", "removed_skill_ids"} <= set(profile)
    for item in profile["skills"] + profile["experiences"] + profile["languages"]:
        span = item["span"]
        assert TEXT[span["start"]:span["end"]] == span["quote"]


def test_match_by_text_and_by_edited_profile(client):
    by_text = client.post("/v1/match", json={"text": TEXT, "top": 2})
    assert by_text.status_code == 200
    occupations = by_text.json()["occupations"]
    assert 1 <= len(occupations) <= 2
    assert {"id", "label", "score", "matched_skills", "missing_skills"} <= set(occupations[0])
    profile = client.post("/v1/interpret", json={"text": TEXT}).json()
    removed = profile["skills"].pop(0)["id"]
    profile["removed_skill_ids"].append(removed)
    by_profile = client.post("/v1/match", json={"profile": profile, "region": "CaRE_1nn_cSU"})
    assert by_profile.status_code == 200
    assert removed in by_profile.json()["profile"]["removed_skill_ids"]
    assert_problem(client.post("/v1/match", json={"top": 3}), 422, "bad_input")
    assert_problem(client.post("/v1/match", json={"text": TEXT, "top": 0}), 422, "validation_error")


def test_occupation_details_and_unknown_id(client):
    occ_id = client.post("/v1/match", json={"text": TEXT, "top": 1}).json()["occupations"][0]["id"]
    r = client.get(f"/v1/occupations/{occ_id}", params={"region": "CaRE_1nn_cSU"})
    assert r.status_code == 200
    assert r.json()["id"] == occ_id and "sources" in r.json()
    assert_problem(client.get("/v1/occupations/no_such_id_x"), 404)


def test_search(client):
    r = client.get("/v1/search", params={"q": "kock", "kind": "occupation", "top": 5})
    assert r.status_code == 200
    hits = r.json()
    assert isinstance(hits, list) and len(hits) <= 5
    if hits:
        assert {"id", "kind", "title", "score"} <= set(hits[0])
    assert_problem(client.get("/v1/search", params={"q": "kock", "kind": "nonsense"}), 422, "validation_error")
    assert_problem(client.get("/v1/search", params={"kind": "occupation"}), 422, "validation_error")


def test_regions(client):
    regions = client.get("/v1/regions").json()
    assert regions and all(set(r) == {"id", "name"} for r in regions)
    names = [r["name"] for r in regions]
    assert any("Skåne" in n for n in names)


def test_chat_json_mode(client):
    body = {"messages": [{"role": "user", "content": TEXT}], "language": "sv"}
    for r in (client.post("/v1/chat", params={"stream": "false"}, json=body),
              client.post("/v1/chat", json=body, headers={"Accept": "application/json"})):
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
        data = r.json()
        assert data["answer"] and "profile" in data and isinstance(data["citations"], list)


def test_unknown_route_and_method_are_problems(client):
    assert_problem(client.get("/v1/nothing-here"), 404, "not_found")
    assert_problem(client.get("/v1/chat"), 405, "method_not_allowed")


def test_pages_and_assets(client):
    index = client.get("/")
    assert index.status_code == 200 and "text/html" in index.headers["content-type"]
    assert '<script src="/widget.js"' in index.text
    assert "Content-Security-Policy" in index.headers
    widget = client.get("/widget.js")
    assert widget.status_code == 200 and "javascript" in widget.headers["content-type"]
    assert widget.headers["cross-origin-resource-policy"] == "cross-origin"
    # One script built from the modules: the embed instructions first, every module inside it.
    assert widget.text.startswith("/*! Vägledning chat widget") and "VG.installChat = " in widget.text
    for path, kind in (("/copilot", "text/html"), ("/copilot.js", "javascript"), ("/copilot.css", "text/css"),
                       ("/copilot-text.js", "javascript"), ("/copilot-profile.js", "javascript"),
                       ("/copilot-ask.js", "javascript")):
        r = client.get(path)
        assert r.status_code == 200 and kind in r.headers["content-type"]
    # Each page is one document: the shared start (api/static/page-head.html), then the page's own head.
    for path, title in (("/", "<title>Vägledning"), ("/copilot", "<title>Vägledarstöd")):
        page = client.get(path).text
        assert page.startswith('<!doctype html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">'), page[:200]
        assert page.count("<head>") == 1 and page.index('name="viewport"') < page.index(title) < page.index("</head>")


def test_openapi_has_examples_and_all_paths(client):
    spec = client.get("/openapi.json").json()
    for path in ("/v1/chat", "/v1/interpret", "/v1/match", "/v1/occupations/{occupation_id}", "/v1/search",
                 "/v1/regions", "/healthz", "/readyz"):
        assert path in spec["paths"], path
    chat_body = spec["paths"]["/v1/chat"]["post"]["requestBody"]["content"]["application/json"]
    assert "examples" in chat_body
    assert spec["components"]["schemas"]["InterpretRequest"]["examples"]
    assert spec["components"]["schemas"]["MatchRequest"]["examples"]


def test_widget_is_under_60_kb_gzipped_and_its_modules_under_400_lines():
    import gzip
    from importlib import resources

    from api.routers.pages import WIDGET_MODULES, widget_bundle

    assert len(gzip.compress(widget_bundle(), 9)) < 60 * 1024
    for name in WIDGET_MODULES:
        assert resources.files("api").joinpath("static", name).read_text("utf-8").count("\n") < 400, name
