"""A web address in a right-to-left answer is one left-to-right unit (rater18 conv1, ``ar_6_crop.png``).

Split run by run in an Arabic or Dari bubble, Socialstyrelsen's long address broke across lines in bidi order
("…/utbildad- … utanfor-eu-och-ees/…") and could neither be read nor copied. The widget now shows an address in
an answer as a link isolated with dir="ltr", in its own order, wrapping inside the bubble; the full stop after it
stays in the sentence. Scripted answers per locale, headless Chromium, at three widths.
"""
from __future__ import annotations

import pytest

from tests.browser.test_widget_llm import cite
from tests.browser.test_widget_widget10 import ask_rtl, serve_widget

pytestmark = pytest.mark.browser

URL = ("https://www.socialstyrelsen.se/kunskapsstod-och-regler/regler-och-riktlinjer/legitimationer/"
       "utbildad-utanfor-eu-och-ees/apotekare?sida=2&x_y=1")
ANSWERS = {
    "ar": f"قدّموا طلب الترخيص «Legitimation som apotekare» إلى Socialstyrelsen: {URL}. هل هذا يناسبكم [1]؟",
    "fa": f"درخواست «Legitimation som apotekare» را به Socialstyrelsen بدهید: {URL}. آیا این مناسب است [1]؟",
}

SHOWN = """el => [...el.querySelectorAll('.body .url')].map(a => {
  const r = a.getBoundingClientRect(), b = el.getBoundingClientRect();
  return {text: a.textContent, href: a.getAttribute('href'), dir: getComputedStyle(a).direction,
          bidi: getComputedStyle(a).unicodeBidi, left: r.left, right: r.right, bl: b.left, br: b.right,
          after: (a.nextSibling && a.nextSibling.textContent || '').charAt(0)};
})"""


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_rtl_answer_shows_a_web_address_whole_left_to_right(page, lang, artifacts):
    serve_widget(page, [("profile", {"profile": {"language": lang}}), ("token", {"text": ANSWERS[lang]}),
                        ("citations", {"citations": [cite(1, "Legitimation (Socialstyrelsen)")]}),
                        ("done", {"answer": ANSWERS[lang], "language": lang, "action": "licence",
                                  "suggestions": [], "occupations": []})])
    answer = ask_rtl(page, lang, "كيف اعادل شهادة الصيدلة" if lang == "ar" else "مدرک دواسازی را چطور معادل کنم")
    for width in (1100, 600, 360):
        page.set_viewport_size({"width": width, "height": 900})
        urls = answer.evaluate(SHOWN)
        assert len(urls) == 1, (width, urls)
        u = urls[0]
        assert u["text"] == URL and u["href"] == URL, u            # whole, in its own order, the stop left out
        assert u["dir"] == "ltr" and "isolate" in u["bidi"], u
        assert u["after"] == ".", u                               # the full stop stays in the sentence
        assert u["bl"] - 1 <= u["left"] and u["right"] <= u["br"] + 1, (width, u)  # wraps inside the bubble
    page.set_viewport_size({"width": 400, "height": 900})
    answer.screenshot(path=str(artifacts / f"copilot19-{lang}-url.png"))
    assert page.errors == []


def test_copilot_region_list_is_tried_again_after_a_failed_load(page, browser_env):
    """The region list that failed once on load (rater18 conv5) is fetched again; no error stays on the page."""
    failed = []

    def once(route):
        if not failed:
            failed.append(route.request.url)
            route.fulfill(status=503, content_type="application/json", body='{"detail": "busy"}')
        else:
            route.continue_()
    page.route("**/v1/regions", once)
    page.goto(browser_env.api + "/copilot")
    page.locator("#region option").nth(1).wait_for(state="attached", timeout=15_000)
    assert failed and page.locator("#region option").count() > 10
    assert "regioner" not in page.locator("body").inner_text()
