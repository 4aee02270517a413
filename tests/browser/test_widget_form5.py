"""The widget's form in a right-to-left answer and over a conversation (rater 7, issue 10 item 1):

- in an Arabic answer (and an Arabic message of the person's) every run of Latin script or digits («titles», "(studie- och yrkesvägledare)",
  "Örebro län", "306") is isolated in a <bdi>, so it keeps its order beside Arabic letters; the API text
  itself carries no isolation marks;
- occupation cards belong to the answer that presents them: a later answer about the same occupations
  shows none (one card trailed under every later answer);
- the log pane of the inline widget takes most of the window (every answer needed scrolling).

Real uvicorn, real service over the shared test store, headless Chromium."""
from __future__ import annotations

import pytest

from tests.browser.test_widget_structured import turn, type_message

pytestmark = pytest.mark.browser

STORY = "اشتغلت طباخاً ست سنوات وأسكن في Örebro. ماذا يمكنني أن أعمل؟"
#: What the answer's text nodes outside an isolate hold in Latin script or ASCII digits.
LOOSE_LATIN = """el => {
  const out = [], walk = document.createTreeWalker(el.querySelector('.body'), NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (n.parentElement.closest('bdi, .cite')) continue;
    const m = n.textContent.match(/[A-Za-z\\u00C0-\\u024F0-9]+/g);
    if (m) out.push(...m);
  }
  return out;
}"""


def test_latin_runs_in_an_arabic_answer_are_isolated_and_cards_do_not_trail(page, browser_env, artifacts):
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(browser_env.api + "/")
    page.locator(".vg-panel .vg-lang").select_option("ar")
    first = turn(page, type_message(page, STORY))
    assert first["language"] == "ar" and first["occupations"], first["answer"]
    assert "\u2068" not in first["answer"] and "\u2069" not in first["answer"]  # isolation is the widget's
    answer = page.locator(".msg.bot").last
    assert answer.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert answer.evaluate(LOOSE_LATIN) == [], answer.inner_text()
    assert answer.locator("bdi").count() >= 1
    assert page.locator(".msg.user").last.evaluate(LOOSE_LATIN) == []  # "Örebro" in the person's own words

    # The first card's salary question: an answer about that one occupation (its card shown once) …
    button = answer.locator(".occ").first.locator(".occ-q[data-aspect=salary]")
    salary = turn(page, button.click)
    one = [o["id"] for o in salary["occupations"]]
    assert page.locator(".msg.bot").last.evaluate(LOOSE_LATIN) == []
    # … and another question about the same occupation shows no card again under the next answer.
    demand = turn(page, page.locator(".msg.bot").last.locator(".occ-q[data-aspect=demand]").first.click
                  if page.locator(".msg.bot").last.locator(".occ-q[data-aspect=demand]").count()
                  else type_message(page, "وهل يوجد طلب على هذه المهنة؟"))
    if [o["id"] for o in demand["occupations"]] == one:
        assert page.locator(".msg.bot").last.locator(".occ").count() == 0
    assert page.locator(".msg.bot").last.evaluate(LOOSE_LATIN) == []

    log = page.locator(".vg-panel .log").evaluate("el => el.getBoundingClientRect().height")
    assert log >= 0.5 * 900, log
    page.screenshot(path=str(artifacts / "widget-rtl-form5.png"), full_page=True)
    assert page.errors == []
