"""The embeddable widget in headless Chromium, loaded by a third-party page on another origin."""
from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

MESSAGE = "Jag jobbade som kock i sex år i Aleppo. Jag pratar arabiska och vill jobba i Skåne."
ARABIC = "عملت طباخاً لمدة ست سنوات في حلب. ماذا يمكنني أن أعمل في السويد؟"

DEEP_ACTIVE = """() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement)
  a = a.shadowRoot.activeElement; return a ? (a.className || a.tagName) : null; }"""


def open_widget(page, url: str) -> None:
    page.goto(url)
    page.locator(".launcher").click()
    page.locator(".vg-panel textarea").wait_for()


def send_and_wait(page, text: str) -> object:
    """Type, press Enter, wait until the answer has finished streaming; returns the answer locator."""
    page.locator(".vg-panel textarea").fill(text)
    page.locator(".vg-panel textarea").press("Enter")
    answer = page.locator(".msg.bot[aria-busy=false]").last
    answer.wait_for(timeout=30_000)
    return answer


def test_streamed_answer_with_citation_chips(page, browser_env, artifacts):
    open_widget(page, browser_env.site + "/float.html")
    # Count DOM updates of the answer while it streams: many small updates = rendered incrementally.
    page.evaluate("""() => { const root = document.querySelector('[data-vagledning-widget]').shadowRoot;
      window.__mutations = 0; new MutationObserver(m => window.__mutations += m.length)
        .observe(root.querySelector('.log'), {subtree: true, childList: true, characterData: true}); }""")
    answer = send_and_wait(page, MESSAGE)
    assert len(answer.locator(".body").inner_text().strip()) > 20
    assert page.evaluate("window.__mutations") > 5
    assert page.locator(".alert").inner_text() == ""

    chips = answer.locator("a.cite")
    assert chips.count() >= 1
    for i in range(chips.count()):
        chip = chips.nth(i)
        assert chip.get_attribute("href").startswith("https://")
        assert chip.get_attribute("target") == "_blank"
        assert "noopener" in chip.get_attribute("rel")
    chips.first.focus()
    tip = page.locator("#vg-tip")
    assert tip.is_visible()
    snippet = chips.first.evaluate("el => el._cite.snippet")
    assert snippet and snippet in tip.inner_text()
    page.mouse.move(0, 0)
    chips.first.blur()
    assert not tip.is_visible()
    answer.locator("a.src").first.hover()
    assert tip.is_visible()
    page.screenshot(path=str(artifacts / "widget-answer.png"))

    # Nothing persisted by the widget.
    assert page.evaluate("document.cookie") == ""
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert page.context.cookies() == []
    assert page.errors == []


def test_profile_is_sent_back_and_clear_resets(page, browser_env):
    open_widget(page, browser_env.site + "/float.html")
    bodies: list[dict] = []
    page.on("request", lambda r: bodies.append(json.loads(r.post_data)) if r.url.endswith("/v1/chat") else None)
    send_and_wait(page, MESSAGE)
    send_and_wait(page, "Vilka utbildningar finns?")
    assert bodies[0]["profile"] is None and bodies[0]["language"] == "sv"
    assert bodies[1]["profile"] is not None                       # from the `profile` event
    assert [m["role"] for m in bodies[1]["messages"]] == ["user", "assistant", "user"]

    page.locator(".vg-panel .clear").click()
    assert page.locator(".msg").count() == 1                      # the welcome message only
    send_and_wait(page, "Hej")
    assert bodies[2]["profile"] is None and len(bodies[2]["messages"]) == 1


def test_arabic_is_right_to_left(page, browser_env, artifacts):
    open_widget(page, browser_env.site + "/float.html")
    page.locator(".vg-lang").select_option("ar")
    panel = page.locator(".vg-panel")
    assert panel.get_attribute("dir") == "rtl"
    assert panel.get_attribute("lang") == "ar"
    assert panel.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.locator(".vg-panel .send").inner_text() == "إرسال"
    sent: list[dict] = []
    page.on("request", lambda r: sent.append(json.loads(r.post_data)) if r.url.endswith("/v1/chat") else None)
    answer = send_and_wait(page, ARABIC)
    assert sent[0]["language"] == "ar"
    assert answer.get_attribute("dir") == "rtl"                   # from the answer's language, not its first letter
    assert answer.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # Swedish titles inside Arabic text are isolated.
    assert answer.locator("a.src bdi").count() >= 1
    page.screenshot(path=str(artifacts / "widget-arabic.png"))
    page.locator(".vg-lang").select_option("fa")
    assert panel.get_attribute("dir") == "rtl"
    page.locator(".vg-lang").select_option("uk")
    assert panel.get_attribute("dir") == "ltr"


def test_keyboard_only(page, browser_env, artifacts):
    page.goto(browser_env.site + "/float.html")
    for _ in range(6):                                            # the page's own link, then the launcher
        page.keyboard.press("Tab")
        if page.evaluate(DEEP_ACTIVE) == "launcher":
            break
    assert page.evaluate(DEEP_ACTIVE) == "launcher"
    page.keyboard.press("Enter")
    assert page.evaluate(DEEP_ACTIVE) == "input"                  # focus moves into the panel
    page.keyboard.type("Jag har jobbat som kock")
    page.keyboard.press("Enter")
    page.locator(".msg.bot[aria-busy=false] a.cite").first.wait_for(timeout=30_000)
    # The focused element gets a visible outline.
    for _ in range(30):
        page.keyboard.press("Shift+Tab")
        if page.evaluate(DEEP_ACTIVE) in ("cite", "src"):
            break
    assert page.evaluate(DEEP_ACTIVE) in ("cite", "src")
    assert page.locator("#vg-tip").is_visible()
    outline = page.evaluate("""() => { let a = document.activeElement; while (a.shadowRoot && a.shadowRoot.activeElement)
        a = a.shadowRoot.activeElement; return getComputedStyle(a).outlineStyle; }""")
    assert outline == "solid"
    page.screenshot(path=str(artifacts / "widget-keyboard.png"))
    page.keyboard.press("Escape")                                 # first Escape: dismiss the tooltip
    assert not page.locator("#vg-tip").is_visible()
    page.keyboard.press("Escape")                                 # second: close the panel
    assert page.locator(".vg-panel").is_hidden()
    assert page.evaluate(DEEP_ACTIVE) == "launcher"


@pytest.mark.parametrize("path", ["/float.html", "/left-dark.html", "/inline.html"])
def test_small_viewport_has_no_horizontal_overflow(browser, browser_env, artifacts, path):
    context = browser.new_context(viewport={"width": 360, "height": 640}, device_scale_factor=1)
    page = context.new_page()
    page.goto(browser_env.site + path)
    if path != "/inline.html":
        page.locator(".launcher").click()
    send_and_wait(page, MESSAGE)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    box = page.locator(".vg-panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert page.locator(".vg-panel .send").bounding_box()["x"] + 10 <= 360
    assert page.locator(".vg-panel textarea").bounding_box()["width"] >= 150    # room to write on a phone
    page.screenshot(path=str(artifacts / f"widget-360{path.replace('/', '-').replace('.html', '')}.png"))
    context.close()


def test_host_css_cannot_break_the_widget(page, browser_env):
    open_widget(page, browser_env.site + "/hostile.html")
    send_and_wait(page, MESSAGE)
    size = page.locator(".msg.bot .body").last.evaluate("el => getComputedStyle(el).fontSize")
    assert size == "15px"
    color = page.locator(".vg-panel h2").evaluate("el => getComputedStyle(el).color")
    assert color != "rgb(255, 0, 0)"


def test_disallowed_origin_is_refused_by_cors(page, browser_env):
    open_widget(page, browser_env.blocked_site + "/float.html")
    page.locator(".vg-panel textarea").fill(MESSAGE)
    page.locator(".vg-panel textarea").press("Enter")
    alert = page.locator(".alert")
    alert.wait_for(timeout=10_000)
    page.wait_for_function("""() => document.querySelector('[data-vagledning-widget]').shadowRoot
        .querySelector('.alert').textContent.length > 0""")
    assert "nå tjänsten" in alert.inner_text()


def test_demo_page_embeds_the_widget(page, browser_env, artifacts):
    page.goto(browser_env.api + "/")
    assert page.locator("script[src='/widget.js']").count() == 1
    text = page.locator("main").inner_text()
    assert "Om tjänsten" in text and "About the service" in text
    answer = send_and_wait(page, MESSAGE)                         # inline widget, same origin
    assert answer.locator("a.cite").count() >= 1
    page.screenshot(path=str(artifacts / "demo-page.png"), full_page=True)
    assert page.errors == []
