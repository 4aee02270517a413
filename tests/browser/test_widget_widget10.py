"""The widget in right-to-left locales, as a Dari or Arabic reader sees it (rater 9, conv 1 in the widget):

- each Swedish «term» sits in an isolate, and a list of them is separated by the script's own comma «،»
  (the Latin comma between «Passagerarservice», «Linjetrafik, körning» read as part of the names);
- each [n] marker stays on the line of the word before it and of the full stop after it, at every width
  (a marker wrapped to the next line alone with its full stop);
- the greeting follows the selector: its text, label and direction (it stayed `ltr` after switching to Dari);
- a message of the person's takes its direction from its own words, not from the label before them;
- an answer has room: the inline panel takes most of the window.

One scripted chat turn per locale (the recorded answer shapes of the grounded composer; Playwright route,
no store) and one real turn in Arabic over the shared test store; headless Chromium."""
from __future__ import annotations

import pytest

from tests.browser.test_widget_form5 import LOOSE_LATIN
from tests.browser.test_widget_llm import WIDGET, cite, sse
from tests.browser.test_widget_structured import turn, type_message

pytestmark = pytest.mark.browser

ORIGIN = "http://vg.test"

#: Recorded grounded answers (rater 9 conv 1 turn 6 in Dari; the same shape in Arabic), their sources' titles.
ANSWERS = {
    "fa": ("«Bussförare/Busschaufför» (راننده اتوبوس؛ نام سوئدی شغل) – به تجربه شما نزدیک است، و همان کاری است که "
           "می‌خواهید انجام دهید [1]. این ارقام مربوط به گروه شغلی است که این شغل در آن است، «Buss- och "
           "spårvagnsförare» (گروه شغلی سوئدی) [2]. در سال 2024، 23 آگهی شغلی برای این گروه شغلی در Västerbottens län "
           "و 950 آگهی در کل سوئد وجود داشت [2]. حقوق میانه در این گروه شغلی 31,300 کرون سوئد در ماه است [3]. "
           "کارفرمایان اغلب این‌ها را هم می‌خواهند: «Passagerarservice», «Linjetrafik, körning», «Kollektivtrafik, "
           "körning» [1].\n- آموزش: «Yrkesförare Buss 2023 D-behörighet med mängdträning» (دوره آموزشی بازار کار، "
           "رایگان از طریق اداره کاریابی)، Umeå [4].\n\nشغل «Taxiförare/Taxichaufför» [5][6]."),
    "ar": ("«Apotekare» (صيدلي؛ اسم مهنة سويدي) – تشبه عملاً قمتم به [1]. في عام 2024 كان هناك 95 إعلان وظيفة لهذه "
           "المجموعة المهنية في Östergötlands län و1,818 في كل السويد [2]. الراتب الوسيط في هذه المجموعة المهنية "
           "42,900 كرونة سويدية في الشهر [3]. كثيراً ما يطلب أصحاب العمل أيضاً: «Receptbelagda läkemedel», «Kassa, "
           "butik», «Farmakologi» [1].\n- الطريق إلى هذه المهنة: «Universitetsutbildning och legitimation från "
           "Socialstyrelsen» (اسم سويدي) [4].\n- دراسة: «Apotekstekniker» (برنامج تعليم مهني عالٍ، اسم سويدي)، عن بُعد "
           "(من Göteborg) [5][6]."),
}
TITLES = ["Bussförare/Busschaufför", "Platsannonser 2024: Buss- och spårvagnsförare", "Lönestatistik (SCB): Buss",
          "Yrkesförare Buss 2023 D-behörighet med mängdträning", "Taxiförare/Taxichaufför", "Transportstyrelsen"]

#: Each marker chip with the last letter before it and the first character after it: their boxes.
MARKERS = """el => {
  const body = el.querySelector('.body'), texts = [];
  const walk = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) if (!n.parentElement.closest('.cite')) texts.push(n);
  const box = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                             const b = r.getBoundingClientRect(); return {top: b.top, bottom: b.bottom, left: b.left,
                             right: b.right, ch: node.textContent[i]}; };
  const follows = (a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
  return [...body.querySelectorAll('.cite')].map(chip => {
    let before = null, after = null;
    for (const n of texts) {
      if (follows(n, chip)) {  // n is before the chip: its last letter (not a space) is the word's end
        const m = n.textContent.replace(/[\\s\\u00a0\\u2060]+$/, '');
        if (m.length) before = box(n, m.length - 1);
      } else if (after === null && follows(chip, n) && n.textContent.replace(/\u2060/g, '').length) {
        const at = n.textContent.search(/[^\u2060]/);
        after = /[.,،:;)]/.test(n.textContent[at]) ? Object.assign(box(n, at), {next: chip.nextSibling === n}) : false;
      }
    }
    const c = chip.getBoundingClientRect();
    return {n: chip.textContent, chip: {top: c.top, bottom: c.bottom, left: c.left, right: c.right}, before, after};
  });
}"""

#: Each isolated «term» whose guillemets are not on the line of its first and last letters.
MARKS_APART = """el => [...el.querySelectorAll('.body bdi.term')].filter(t => {
  const line = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                              const b = r.getBoundingClientRect(); return (b.top + b.bottom) / 2; };
  const inner = t.firstChild, open = t.previousSibling, close = t.nextSibling;
  const near = (a, b) => Math.abs(a - b) < 4;
  return !(near(line(open, open.textContent.length - 1), line(inner, 0))
           && near(line(close, 0), line(inner, inner.textContent.length - 1)));
}).map(t => t.textContent)"""

#: The text shown between two isolated «terms» that follow each other.
SEPARATORS = """el => { const out = [];
  el.querySelectorAll('.body bdi.term').forEach(t => {
    let s = '', n = t.nextSibling;
    for (; n && n.nodeType === Node.TEXT_NODE; n = n.nextSibling) s += n.textContent;
    if (n && n.matches && n.matches('bdi.term')) out.push(s.replace(/[«»]/g, ''));
  });
  return out; }"""


def _page() -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>
<div id="here"></div><script src="{ORIGIN}/widget.js" data-api-base="{ORIGIN}" data-lang="sv"
 data-position="inline" data-target="#here"></script></body></html>"""


def serve_widget(page, events: list) -> None:
    """The widget inline on a page of its own; every chat turn streams the scripted ``events``."""
    def handle(route):
        url = route.request.url
        if url.endswith("/widget.js"):
            route.fulfill(status=200, content_type="application/javascript", body=WIDGET)
        elif url.endswith("/page.html"):
            route.fulfill(status=200, content_type="text/html", body=_page())
        elif "/v1/chat" in url:
            route.fulfill(status=200, content_type="text/event-stream", body=sse(events))
        else:
            route.fulfill(status=404, body="")
    page.route(f"{ORIGIN}/**", handle)
    page.goto(f"{ORIGIN}/page.html")


def ask_rtl(page, lang: str, message: str):
    """Choose ``lang`` in the widget, send ``message`` and return the finished answer, checked to be right-to-left."""
    page.locator(".vg-panel .vg-lang").select_option(lang)
    page.locator(".vg-panel textarea").fill(message)
    page.locator(".vg-panel textarea").press("Enter")
    answer = page.locator(".msg.bot[aria-busy=false]").last
    answer.wait_for(timeout=15_000)
    assert answer.evaluate("el => getComputedStyle(el).direction") == "rtl"
    return answer


def _scripted(page, lang: str) -> None:
    """The widget on a page of its own; the chat answers with the recorded ``lang`` answer."""
    serve_widget(page, [("profile", {"profile": {"language": lang}}), ("token", {"text": ANSWERS[lang]}),
                        ("citations", {"citations": [cite(n + 1, t) for n, t in enumerate(TITLES)]}),
                        ("done", {"answer": ANSWERS[lang], "language": lang, "action": "suggest",
                                  "suggestions": [], "occupations": []})])


def _greeting(page) -> dict:
    return page.locator(".msg.welcome").evaluate(
        "el => ({dir: getComputedStyle(el).direction, who: el.querySelector('.who').textContent,"
        " body: el.querySelector('.body').textContent})")


def _assert_markers_stay(markers: list[dict], width: int) -> None:
    assert markers, "no marker chips"
    for m in markers:
        mid = (m["chip"]["top"] + m["chip"]["bottom"]) / 2
        b = m["before"]
        assert b and b["top"] <= mid <= b["bottom"], (width, m)       # on the line of the word before it
        a = m["after"]
        if a:                                                          # and of the full stop after it
            assert a["top"] <= mid <= a["bottom"], (width, m)
            gap = min(abs(a["right"] - m["chip"]["left"]), abs(m["chip"]["right"] - a["left"]))
            assert gap <= 3 or not a["next"], (width, m)               # beside the chip, not a space apart


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_rtl_answer_isolates_terms_and_keeps_markers_with_their_sentence(page, lang, artifacts):
    _scripted(page, lang)
    answer = ask_rtl(page, lang, "SFI C میخوانم، تکسی هم میراندم" if lang == "fa" else "عندي SFI D")
    # Every «term» of the answer is one isolate with exactly the term; nothing Latin is left loose.
    terms = answer.locator(".body bdi.term").all_text_contents()
    shown = [t.split("»")[0] for t in ANSWERS[lang].split("«")[1:]]
    assert terms == shown
    assert answer.evaluate(LOOSE_LATIN) == []
    # A list of Swedish names is separated by the reader's comma; the names keep their own Latin comma.
    assert answer.evaluate(SEPARATORS) == ["، ", "، "]
    assert any(", " in t for t in terms)
    assert page.locator(".msg.user").last.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # A line in English typed under the right-to-left selector is left-to-right: its own words decide.
    page.locator(".vg-panel textarea").fill("ok but i live in Umeå, is there bus job")
    page.locator(".vg-panel textarea").press("Enter")
    page.locator(".msg.bot[aria-busy=false]").nth(1).wait_for(timeout=15_000)
    assert page.locator(".msg.user").last.evaluate("el => getComputedStyle(el).direction") == "ltr"
    for width in (1100, 860, 700, 600, 520, 460, 420, 360):
        page.set_viewport_size({"width": width, "height": 900})
        _assert_markers_stay(answer.evaluate(MARKERS), width)
        assert answer.evaluate(MARKS_APART) == [], width                 # «term» wraps whole, marks and all
    page.set_viewport_size({"width": 1100, "height": 900})
    answer.screenshot(path=str(artifacts / f"widget10-{lang}-answer.png"))
    assert page.errors == []


def test_greeting_and_own_messages_follow_the_language(page, browser_env):
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(browser_env.api + "/")
    first = _greeting(page)
    panel = page.locator(".vg-panel .vg-lang")
    for lang, direction in (("fa", "rtl"), ("ti", "ltr"), ("ar", "rtl"), ("uk", "ltr")):
        panel.select_option(lang)
        now = _greeting(page)
        assert now["dir"] == direction, (lang, now)
        assert now["body"] != first["body"] and now["who"] != first["who"], (lang, now)
    log = page.locator(".vg-panel .log").evaluate("el => el.getBoundingClientRect().height")
    assert log >= 0.7 * 900, log                                       # a long answer is read, not peeked at
    # A real Arabic turn (the composer's own text): the person's line right-to-left though it starts in Latin
    # script, the answer's terms isolated and its markers on their sentence's line.
    panel.select_option("ar")
    done = turn(page, type_message(page, "SFI D عندي، طباخة ٦ سنين وأسكن في Örebro. شو بقدر أشتغل؟"))
    mine = page.locator(".msg.user").last
    assert mine.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert done["language"] == "ar"
    answer = page.locator(".msg.bot").last
    assert answer.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert answer.evaluate(LOOSE_LATIN) == []
    if answer.locator(".body .cite").count():
        _assert_markers_stay(answer.evaluate(MARKERS), 1100)
    assert page.errors == []
