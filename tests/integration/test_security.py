"""Security basics: the admin endpoint's token gate, the CORS allow-list, and secrets
(LLM API key, admin token) never appearing in logs or error bodies."""
from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.api_support import make_app
from tests.harness import start_server
from tests.llm_server import Hang, HttpError
from tests.service_double import ServiceDouble

ADMIN_TOKEN = "adm-CANARY-7f3a9c1e55d04b"
LLM_KEY = "sk-CANARY-0b9e2d7c4a118f"


def test_admin_is_absent_without_a_token():
    client = TestClient(make_app(ServiceDouble()))
    for path in ("/v1/admin/status", "/v1/admin/nothing"):
        r = client.get(path, headers={"Authorization": "Bearer anything"})
        assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
    assert "/v1/admin/status" not in client.get("/openapi.json").json()["paths"]


def test_admin_needs_the_bearer_token():
    client = TestClient(make_app(ServiceDouble(), admin_token=ADMIN_TOKEN))
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {ADMIN_TOKEN}"},
                    {"Authorization": f"Bearer {ADMIN_TOKEN}x"}, {"Authorization": "Bearer "}):
        r = client.get("/v1/admin/status", headers=headers)
        assert r.status_code == 401, headers
        assert ADMIN_TOKEN not in r.text
    r = client.get("/v1/admin/status", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
    assert r.status_code == 200 and r.json()["ready"] is True
    assert ADMIN_TOKEN not in r.text
    assert "/v1/admin/status" not in client.get("/openapi.json").json()["paths"]


def test_cors_disallowed_origin_gets_no_allow_origin_header():
    client = TestClient(make_app(ServiceDouble(), cors_origins=["https://good.example"]))
    body = {"messages": [{"role": "user", "content": "hej"}]}
    bad = {"Origin": "https://evil.example"}
    pre = client.options("/v1/chat", headers={**bad, "Access-Control-Request-Method": "POST",
                                              "Access-Control-Request-Headers": "content-type"})
    assert "access-control-allow-origin" not in pre.headers
    r = client.post("/v1/chat?stream=false", json=body, headers=bad)
    assert "access-control-allow-origin" not in r.headers
    good = client.post("/v1/chat?stream=false", json=body, headers={"Origin": "https://good.example"})
    assert good.headers.get("access-control-allow-origin") == "https://good.example"
    # A wildcard in the configuration is ignored rather than opening the API to every site.
    open_client = TestClient(make_app(ServiceDouble(), cors_origins=["*"]))
    assert "access-control-allow-origin" not in open_client.post("/v1/chat?stream=false", json=body,
                                                                 headers=bad).headers


@pytest.mark.slow  # a whole `vagledning serve` process and an LLM hang to time out: ~20 s on 2 cores
def test_secrets_never_in_logs_or_error_bodies(fake_store, data_dir, tmp_path, llm_server):
    llm_server.script(HttpError(500, message=f"upstream says {LLM_KEY}"), Hang(10), HttpError(401))
    server = start_server({
        "VAGLEDNING_DATA_DIR": str(data_dir), "VAGLEDNING_STORE_DIR": str(fake_store), "VAGLEDNING_EMBEDDER": "fake",
        "VAGLEDNING_LLM_BASE_URL": llm_server.base_url, "VAGLEDNING_LLM_API_KEY": LLM_KEY,
        "VAGLEDNING_ADMIN_TOKEN": ADMIN_TOKEN, "VAGLEDNING_LLM_TIMEOUT_S": "1.5",
        "VAGLEDNING_RATE_LIMIT": "100000/minute", "TMPDIR": str(tmp_path),
    }, tmp_path / "server.log")
    seen: list[str] = []
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            chat = {"messages": [{"role": "user", "content": "Jag har jobbat som kock i sex år."}]}
            for _ in range(3):  # LLM: 500 (its message holds the key), hang → timeout, 401
                r = c.post("/v1/chat", json=chat)
                seen.append(r.text + str(r.headers))
                assert r.status_code == 200 and "event: done" in r.text
            attempts = [
                c.get("/v1/admin/status", headers={"Authorization": "Bearer nope"}),
                c.get(f"/v1/admin/status?token={ADMIN_TOKEN}"),
                c.post("/v1/nothing-here", json={"token": ADMIN_TOKEN}),
                c.post("/v1/chat", content=f'{{"messages": "{LLM_KEY}"', headers={"Content-Type": "application/json"}),
                c.post("/v1/chat", json={"messages": [{"role": "system", "content": LLM_KEY}]}),
                c.post("/v1/interpret", json={"text": LLM_KEY * 2000}),
                c.get("/v1/search", params={"q": ADMIN_TOKEN, "kind": "nope"}),
                c.get("/readyz"),
                c.get("/v1/admin/status", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}),
            ]
            for r in attempts:
                assert r.status_code < 500, (r.request.url.path, r.status_code)
                seen.append(r.text + str(r.headers))
            assert [r.status_code for r in attempts[:4]] == [401, 401, 404, 422]
    finally:
        server.stop()
    logs = server.output()
    assert "chat" in logs  # the server did log
    for secret in (LLM_KEY, ADMIN_TOKEN):
        assert secret not in logs, "secret in the service's logs"
        assert not [s for s in seen if secret in s], "secret in a response"
    # The key went where it belongs: the LLM endpoint's Authorization header.
    assert any(r.headers.get("authorization") == f"Bearer {LLM_KEY}" for r in llm_server.requests) or \
        any(r.headers.get("Authorization") == f"Bearer {LLM_KEY}" for r in llm_server.requests)


@pytest.mark.parametrize("value", ["", None])
def test_empty_admin_token_means_disabled(value):
    client = TestClient(make_app(ServiceDouble(), admin_token=value))
    assert client.get("/v1/admin/status", headers={"Authorization": "Bearer "}).status_code == 404
