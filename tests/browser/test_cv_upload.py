"""CV upload in headless Chromium: the widget's "attach CV" (the profile shown item by item, an item
removed, an addition in the person's words, the conversation continuing from the confirmed profile),
a refused file's message in the chosen language, and the copilot's drop zone."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.api_support import bound_socket, start_app, static_site
from tests.browser.conftest import widget_page
from tests.cv_samples import AR, SV, docx_cv, pdf_cv, person

pytestmark = pytest.mark.browser


@dataclass
class Env:
    api: str
    site: str


@pytest.fixture(scope="module")
def browser_env(fake_store, data_dir, tmp_path_factory) -> Iterator[Env]:
    """The real app and engine over the small store (fake embedder: titles link through the lexicon and
    BM25), and a third-party page on another origin embedding the widget."""
    from api.app import create_app
    from vagledning.settings import Settings

    sock = bound_socket()
    api = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with static_site({"float.html": widget_page(api)}, str(tmp_path_factory.mktemp("cv-site"))) as site:
        settings = Settings(data_dir=data_dir, store_dir=fake_store, embedder="fake", cors_origins=[site],
                            rate_limit="100000/minute")
        live = start_app(create_app(settings), sock)
        try:
            yield Env(api=live.url, site=site)
        finally:
            live.stop()


def _open(page, url: str) -> None:
    page.goto(url)
    page.locator(".launcher").click()
    page.locator(".vg-panel textarea").first.wait_for()


def test_widget_attach_cv_confirm_and_continue(page, browser_env, artifacts):
    p = person(77)
    _open(page, browser_env.site + "/float.html")
    assert page.locator(".cv-attach").inner_text().endswith("Bifoga CV")
    chats: list[dict] = []
    page.on("request", lambda r: chats.append(r.post_data_json) if r.url.endswith("/v1/chat") else None)
    page.locator(".cv-file").set_input_files(files=[{
        "name": "cv.docx", "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "buffer": docx_cv(SV, p)}])
    card = page.locator(".cv-card")
    try:
        card.wait_for(timeout=60_000)
    except PlaywrightTimeout:
        raise AssertionError(f"no profile card; alert: {page.locator('.alert').inner_text()!r}") from None
    work = card.locator(".cv-work .cv-item")
    assert work.count() == 2
    labels = work.all_inner_texts()
    assert any("Undersköterska" in t and "10 år" in t for t in labels), labels
    # The second position (Kock, 2012-2016: 4 years) is read too; over the small store it may link to a
    # neighbouring occupation — exactly what the person removes before matching.
    assert "4 år" in labels[1], labels
    removed = labels[1].split(" · ")[0]
    assert card.locator(".cv-edu .cv-item").count() == 2
    assert "kan behöva bedömas" in card.locator(".cv-edu").inner_text()
    assert card.locator(".cv-langs .cv-item").count() == 3
    assert "Körkort B" in card.locator(".cv-skills").inner_text()
    assert not any(c in card.inner_text() for c in p.canaries())
    page.screenshot(path=str(artifacts / "widget-cv-card.png"))

    card.locator(".cv-work .cv-item").nth(1).locator(".cv-remove").click()
    assert card.locator(".cv-work .cv-item").count() == 1
    card.locator(".cv-add").fill("Jag vill jobba i Skåne.")
    card.locator(".cv-ok").click()
    answer = page.locator(".msg.bot[aria-busy=false]").last
    answer.wait_for(timeout=60_000)
    assert len(answer.locator(".body").inner_text().strip()) > 20
    sent = chats[0]
    assert sent["messages"][-1]["content"] == "Jag vill jobba i Skåne."
    occupations = [e["occupation"]["label"] for e in sent["profile"]["experiences"]]
    assert any("Undersköterska" in o for o in occupations) and removed not in occupations
    assert "cv" not in sent["profile"]
    assert page.errors == []


def test_widget_refused_file_is_explained_in_the_chosen_language(page, browser_env):
    _open(page, browser_env.site + "/float.html")
    page.locator(".vg-lang").select_option("ar")
    assert "إرفاق" in page.locator(".cv-attach").inner_text()
    page.locator(".cv-file").set_input_files(files=[{"name": "photo.png", "mimeType": "image/png",
                                                     "buffer": b"\x89PNG\r\n\x1a\n" + b"\x00" * 200}])
    alert = page.locator(".alert")
    alert.wait_for(timeout=20_000)
    page.wait_for_function("() => document.querySelector('[data-vagledning-widget]').shadowRoot"
                           ".querySelector('.alert').textContent.length > 0")
    assert "لا يمكن قراءة هذا النوع" in alert.inner_text()
    assert page.locator(".cv-card").count() == 0


def test_copilot_drop_zone_reads_a_cv_into_the_editable_profile(page, browser_env, artifacts):
    p = person(78)
    page.goto(browser_env.api + "/copilot")
    zone = page.locator("#cv-drop")
    zone.wait_for()
    page.locator("#cv-file").set_input_files(files=[{"name": "cv.pdf", "mimeType": "application/pdf",
                                                      "buffer": pdf_cv(AR, p, columns=2)}])
    page.wait_for_function("() => document.querySelector('#cv-status').dataset.state === 'done'", timeout=60_000)
    assert "2 anställningar" in page.locator("#cv-status").inner_text()
    page.locator("#summary").wait_for(state="visible", timeout=90_000)
    import httpx

    data = pdf_cv(AR, p, columns=2)
    expected = httpx.post(browser_env.api + "/v1/profile/from-cv", files={"file": ("cv.pdf", data)}, timeout=60).json()
    words = [e["occupation"]["label"].split(",")[0].split(" ")[0] for e in expected["experiences"]]
    assert len(words) == 2
    page.wait_for_function("() => document.querySelector('#profile').textContent.length > 20", timeout=90_000)
    profile = page.locator("#profile").inner_text()
    assert all(w in profile for w in words), (words, profile[:500])
    evidence = page.locator("#evidence").inner_text()  # the CV's redacted text, quotes marked
    assert "ممرضة" in evidence and page.locator("#evidence mark").count() >= 2
    text = page.locator("body").inner_text()
    assert not any(c in text for c in p.canaries())
    page.screenshot(path=str(artifacts / "copilot-cv.png"))
    assert page.errors == []
