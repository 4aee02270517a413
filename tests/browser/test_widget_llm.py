"""The widget renders what the server decided, not what the model first streamed (issue 11):
``replace`` withdraws a partial LLM answer, ``done.answer`` is the final text, chips follow the final
citation numbers, and a removed citation never shows as a raw "[99]". The chat endpoint is scripted
at the network edge (Playwright route); the widget runs unmodified in headless Chromium."""
from __future__ import annotations

import json

import pytest

from api.routers.pages import widget_bundle

pytestmark = pytest.mark.browser

WIDGET = widget_bundle().decode("utf-8")   # what /widget.js serves: the modules as one script
ORIGIN = "http://vg.test"
PAGE = f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>t</title></head><body>
<script src="{ORIGIN}/widget.js" data-api-base="{ORIGIN}" data-lang="sv"></script></body></html>"""


def sse(events: list[tuple[str, dict]]) -> str:
    return "".join(f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n" for name, data in events)


def cite(n: int, title: str) -> dict:
    return {"n": n, "id": f"doc:{title}", "kind": "occupation", "title": title, "url": f"https://src.example/{n}",
            "snippet": f"Utdrag ur {title}"}


def serve(page, script: list[tuple[str, dict]], sent: list[dict] | None = None) -> None:
    def handle(route):
        url = route.request.url
        if url.endswith("/widget.js"):
            route.fulfill(status=200, content_type="application/javascript", body=WIDGET)
        elif url.endswith("/page.html"):
            route.fulfill(status=200, content_type="text/html", body=PAGE)
        elif "/v1/chat" in url:
            if sent is not None:
                sent.append(json.loads(route.request.post_data))
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


def test_cards_render_from_the_done_fields(page):
    """Cards come from done.occupations (not the text), in the answer's language and direction."""
    occupations = [{"id": "a1", "label": "Kock, à la carte", "ssyk_code": "5120", "ssyk_id": "s1"},
                   {"id": "b2", "label": "Köksbiträde", "ssyk_code": "9412", "ssyk_id": "s2"}]
    sent: list[dict] = []
    serve(page, [
        ("profile", {"profile": {}}),
        ("token", {"text": "«Kock, à la carte» … [1]"}),
        ("citations", {"citations": [cite(1, "Kock, à la carte")]}),
        ("done", {"answer": "«Kock, à la carte» تشبه عملاً قمت به [1].", "composer": "grounded", "language": "ar",
                  "action": "suggest", "occupations": occupations, "suggestions": ["كم الراتب؟"]}),
    ], sent)
    answer = page.locator(".msg.bot").last
    assert answer.get_attribute("dir") == "rtl" and answer.get_attribute("data-action") == "suggest"
    cards = answer.locator(".occ")
    assert cards.evaluate_all("els => els.map(e => e.dataset.occupationId)") == ["a1", "b2"]
    assert cards.nth(1).locator(".occ-code").inner_text() == "رمز المهنة (SSYK) 9412"
    assert answer.locator(".body bdi.term").first.inner_text() == "Kock, à la carte"   # isolated in RTL
    # No generic quick reply next to the cards; one for more occupations; the panel now speaks Arabic and
    # offers the way back to Swedish.
    assert page.locator(".sugg button").all_inner_texts() == ["مهن أخرى"]
    assert page.locator(".vg-panel").get_attribute("lang") == "ar"
    assert page.locator(".lang-offer").get_attribute("data-lang") == "sv"
    cards.nth(1).locator(".occ-q[data-aspect=salary]").click()
    page.locator(".msg.bot[aria-busy=false]").nth(1).wait_for(timeout=15_000)
    assert sent[-1]["messages"][-1]["content"] == "كم الراتب في مهنة «Köksbiträde»؟"
    assert page.locator(".lang-offer").count() == 0            # offered once, not after every answer
    assert sent[-1]["language"] == "ar"
    assert page.errors == []
