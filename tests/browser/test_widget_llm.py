"""The widget renders what the server decided, not what the model first streamed (issue 11):
``replace`` withdraws a partial LLM answer, ``done.answer`` is the final text, chips follow the final
citation numbers, and a removed citation never shows as a raw "[99]". The chat endpoint is scripted
at the network edge (Playwright route); the widget runs unmodified in headless Chromium."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

WIDGET = (Path(__file__).resolve().parents[2] / "api" / "static" / "widget.js").read_text(encoding="utf-8")
ORIGIN = "http://vg.test"
PAGE = f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>t</title></head><body>
<script src="{ORIGIN}/widget.js" data-api-base="{ORIGIN}" data-lang="sv"></script></body></html>"""


def sse(events: list[tuple[str, dict]]) -> str:
    return "".join(f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n" for name, data in events)


def cite(n: int, title: str) -> dict:
    return {"n": n, "id": f"doc:{title}", "kind": "occupation", "title": title, "url": f"https://src.example/{n}",
            "snippet": f"Utdrag ur {title}"}


def serve(page, script: list[tuple[str, dict]]) -> None:
    def handle(route):
        url = route.request.url
        if url.endswith("/widget.js"):
            route.fulfill(status=200, content_type="application/javascript", body=WIDGET)
        elif url.endswith("/page.html"):
            route.fulfill(status=200, content_type="text/html", body=PAGE)
        elif "/v1/chat" in url:
            route.fulfill(status=200, content_type="text/event-stream", body=sse(script))
        else:
            route.fulfill(status=404, body="")
    page.route(f"{ORIGIN}/**", handle)
    page.goto(f"{ORIGIN}/page.html")
    page.locator(".launcher").click()
    page.locator(".vg-panel textarea").fill("Jag är kock.")
    page.locator(".vg-panel textarea").press("Enter")
    page.locator(".msg.bot[aria-busy=false]").last.wait_for(timeout=15_000)


def test_chips_follow_final_numbers_and_removed_markers_vanish(page):
    serve(page, [
        ("profile", {"profile": {}}),
        ("token", {"text": "Du kan bli kock [3]. "}),
        ("token", {"text": "Lönen står i statistiken [5]. Påhittad källa [99]."}),
        ("citations", {"citations": [cite(1, "Kock, à la carte"), cite(2, "Lönestatistik")]}),
        ("notice", {"code": "citations_removed", "message": "Några källhänvisningar togs bort."}),
        ("done", {"answer": "Du kan bli kock [1]. Lönen står i statistiken [2]. Påhittad källa.",
                  "composer": "llm", "notices": ["Några källhänvisningar togs bort."], "suggestions": []}),
    ])
    answer = page.locator(".msg.bot").last
    body = answer.locator(".body").inner_text()
    assert "[99]" not in body and "[3]" not in body and "[5]" not in body
    chips = answer.locator(".body .cite")
    assert chips.count() == 2
    assert [chips.nth(i).evaluate("el => el._cite.title") for i in range(2)] == ["Kock, à la carte", "Lönestatistik"]
    assert chips.nth(1).inner_text() == "[2]"
    assert "källhänvisningar" in page.locator(".status").inner_text()  # the removal is reported
    assert page.errors == []


def test_replace_withdraws_the_partial_model_text(page):
    serve(page, [
        ("profile", {"profile": {}}),
        ("token", {"text": "Partiell modelltext om lön som "}),
        ("notice", {"code": "llm_unsupported", "message": "Svaret kommer direkt från källorna."}),
        ("token", {"text": "Svar från källorna [1].", "replace": True}),
        ("token", {"text": " Mer fakta [2]."}),
        ("citations", {"citations": [cite(1, "Kock, à la carte"), cite(2, "Lönestatistik")]}),
        ("done", {"answer": "Svar från källorna [1]. Mer fakta [2].", "composer": "grounded",
                  "notices": ["Svaret kommer direkt från källorna."], "suggestions": []}),
    ])
    answer = page.locator(".msg.bot").last
    body = answer.locator(".body").inner_text()
    assert "Partiell" not in body
    assert body.startswith("Svar från källorna")
    assert answer.locator(".body .cite").count() == 2
    assert page.errors == []
