"""A right-to-left answer ends each sentence with its full stop and then its marker (rater13, Dari in the widget).

The composer writes "… بدهید [1]." (the marker before the full stop, as in every locale). In a right-to-left line the
chip stood between the word and the stop, and the stop after it was read as "[1] ." at the line's end. The widget now
sets it as Arabic and Dari references are set: "بدهید. [1]", the stop with its word and the chip closing the sentence
(display only: the API text is unchanged). Recorded grounded answers (rater13 conv1 turns 2-3 in Dari; the same
shapes in Arabic), one scripted turn per locale, headless Chromium, at three widths.
"""
from __future__ import annotations

import re

import pytest

from tests.browser.test_widget_llm import cite
from tests.browser.test_widget_widget10 import ask_rtl, serve_widget

pytestmark = pytest.mark.browser

ANSWERS = {
    "fa": ("«Taxiförare/Taxichaufför» (دریور تکسی؛ نام سویدنی شغل): برای کار در این حرفه به «Taxiförarlegitimation» "
           "(نام سویدنی) نیاز دارید که Transportstyrelsen (اداره حمل و نقل) صادر می‌کند [1].\n- باید حداقل ۲۱ سال "
           "داشته باشید و دست‌کم دو سال لایسنس پایه B داشته باشید (یا پایه D) [1].\n- امتحان دانش را در Trafikverket "
           "بدهید: سه بخش که همه باید ظرف شش ماه قبول شوند [1].\n- امتحان دریوری برای مجوز دریور تکسی را در "
           "Trafikverket بدهید [1].\n\nمعاش در گروه شغلی «Taxiförare m.fl.» (گروه شغلی سویدنی) حدود 22,300 تا 31,900 "
           "کرون سویدن در ماه است؛ معاش میانه 27,400 کرون است [2]. این ارقام برای کل سویدن است [2][1]."),
    "ar": ("«Frisör» (مصفف/ة شعر؛ اسم مهنة سويدي) – تشبه عملاً قمتم به [1]. في عام 2024 كان هناك 950 إعلان وظيفة "
           "لهذه المجموعة المهنية في كل السويد [2].\n- الطريق إلى هذه المهنة: «Validering av det du redan kan» (اسم "
           "سويدي) [1].\n\nالراتب في المجموعة المهنية «Butikssäljare, fackhandel» حوالي 25,100–40,600 كرونة سويدية في "
           "الشهر، والراتب الوسيط 30,500 كرونة [2]. هل هذا يناسبكم [1]؟"),
}
TITLES = ["Taxiförare – Taxiförarlegitimation (Transportstyrelsen)", "Lönestatistik (SCB)"]
STOPS = ".،؛؟!?:"

#: Each chip with the character shown just before it and just after it (not spaces), and their boxes.
AROUND = """el => {
  const body = el.querySelector('.body'), texts = [];
  const walk = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) if (!n.parentElement.closest('.cite')) texts.push(n);
  const box = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                             const b = r.getBoundingClientRect();
                             return {ch: node.textContent[i], top: b.top, bottom: b.bottom, left: b.left, right: b.right}; };
  const follows = (a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
  return [...body.querySelectorAll('.cite')].map(chip => {
    let before = null, after = null;
    for (const n of texts) {
      if (follows(n, chip)) {
        const m = n.textContent.replace(/[\\s\\u00a0\\u2060]+$/, '');
        if (m.length) before = box(n, m.length - 1);
      } else if (after === null && follows(chip, n)) {
        const at = n.textContent.search(/[^\\s\\u00a0\\u2060]/);
        if (at >= 0) after = box(n, at);
      }
    }
    const c = chip.getBoundingClientRect();
    return {chip: {top: c.top, bottom: c.bottom, left: c.left, right: c.right}, before, after};
  });
}"""


def _scripted(page, lang: str) -> None:
    serve_widget(page, [("profile", {"profile": {"language": lang}}), ("token", {"text": ANSWERS[lang]}),
                        ("citations", {"citations": [cite(n + 1, t) for n, t in enumerate(TITLES)]}),
                        ("done", {"answer": ANSWERS[lang], "language": lang, "action": "licence",
                                  "suggestions": [], "occupations": []})])


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_rtl_sentence_ends_with_its_stop_then_its_marker(page, lang, artifacts):
    _scripted(page, lang)
    answer = ask_rtl(page, lang, "تکسی ران بودم" if lang == "fa" else "كنت كوافيرة")
    # markers whose sentence ends right after them (a run "[2][1]." counts both)
    ended = len(re.findall(r"\[\d+\](?=(?:\[\d+\])*[" + STOPS + "])", ANSWERS[lang]))
    for width in (1100, 600, 360):
        page.set_viewport_size({"width": width, "height": 900})
        chips = answer.evaluate(AROUND)
        assert len(chips) == ANSWERS[lang].count("["), (width, chips)
        # no chip is followed by a stop: "[1] ." never shows
        assert not [c for c in chips if c["after"] and c["after"]["ch"] in STOPS], (width, chips)
        closing = [c for c in chips if c["before"] and c["before"]["ch"] in STOPS]
        assert len(closing) == ended, (width, closing)
        for c in closing:  # the stop stays with its sentence, on the chip's line, and the chip is left of it (RTL)
            mid = (c["chip"]["top"] + c["chip"]["bottom"]) / 2
            assert c["before"]["top"] <= mid <= c["before"]["bottom"], (width, c)
            assert c["chip"]["right"] <= c["before"]["left"] + 1, (width, c)
    # what the answer says is unchanged: the stop and marker are only set in the display
    page.set_viewport_size({"width": 700, "height": 900})
    answer.screenshot(path=str(artifacts / f"lang13-{lang}-markers.png"))
    assert page.errors == []
