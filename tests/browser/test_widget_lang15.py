"""Swedish «terms» and quotes in a right-to-left answer, as an Arabic or Dari reader sees them (rater15): the
guillemets land on the wrong side and the quote's punctuation jumps. Every «…» of left-to-right text in an Arabic
or Dari answer is one isolate: its opening mark stands where the reader meets it (to the right of the quoted text,
on the line of its first word), its closing mark to the left of the quoted text's last word, and the quoted
Swedish words keep their own order, brackets and commas in place — a long quote as well as a short title (a
description quoted whole, «…» of 300 characters and more, came apart word run by word run).

Scripted answers in the composer's own shapes (describe.text with Arbetsförmedlingen's description, a title with
its gloss, a title before a marker and a question mark), served by serve_widget; headless Chromium."""
from __future__ import annotations

import pytest

from tests.browser.test_widget_llm import cite
from tests.browser.test_widget_widget10 import ask_rtl, serve_widget

pytestmark = pytest.mark.browser

#: Arbetsförmedlingen's description of an occupation, as describe.text quotes it (up to 320 characters).
DESCRIPTION = ("Som receptarie arbetar du med läkemedel (receptbelagda och receptfria), ger råd till kunder om hur "
               "läkemedlen ska användas, och expedierar recept på apotek. Du kan också arbeta på sjukhus, i "
               "läkemedelsindustrin eller på en myndighet – ofta tillsammans med apotekare och apotekstekniker.")
ANSWERS = {
    "ar": (f"«Receptarie» (صيدلي/ة بدرجة بكالوريوس؛ اسم مهنة سويدي): هكذا يصف مكتب العمل Arbetsförmedlingen مهنة "
           f"«Receptarie»: «{DESCRIPTION}» (بالسويدية) [1]. هل تريد أن تعرف الطريق إلى «Legitimation som receptarie» "
           f"[2]؟ راجع «Socialstyrelsen» (اسم سويدي) [2]."),
    "fa": (f"«Receptarie» (فارمسیست درجه لیسانس؛ نام سویدنی شغل): Arbetsförmedlingen شغل «Receptarie» را این‌طور "
           f"شرح می‌دهد: «{DESCRIPTION}» (به زبان سویدنی) [1]. راه رسیدن به «Legitimation som receptarie» را "
           f"می‌خواهید بدانید [2]؟ به «Socialstyrelsen» (نام سویدنی) مراجعه کنید [2]."),
}

#: Per «…» of the answer: where its marks and its words are drawn (per character boxes over the rendered text).
QUOTED = """el => {
  const body = el.querySelector('.body'), nodes = []; let all = '';
  const walk = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (n.parentElement.closest('.cite')) continue;
    nodes.push([n, all.length]); all += n.textContent;
  }
  const box = i => {
    let k = nodes.length - 1; while (nodes[k][1] > i) k--;
    const r = document.createRange(); r.setStart(nodes[k][0], i - nodes[k][1]); r.setEnd(nodes[k][0], i - nodes[k][1] + 1);
    const b = r.getBoundingClientRect(); return {left: b.left, right: b.right, mid: (b.top + b.bottom) / 2, ch: all[i]};
  };
  const out = [], re = /«([^«»]*)»/g; let m;
  while ((m = re.exec(all))) {
    const start = m.index + 1, words = [], w = /\\S+/g; let x;
    while ((x = w.exec(m[1]))) words.push([...x[0]].map((_, j) => box(start + x.index + j)));
    out.push({text: m[1], open: box(m.index), close: box(m.index + m[0].length - 1), words});
  }
  return out;
}"""


def _scripted(page, lang: str) -> None:
    titles = ["Receptarie (Arbetsförmedlingen)", "Receptarie – legitimation (Socialstyrelsen)"]
    serve_widget(page, [("profile", {"profile": {"language": lang}}), ("token", {"text": ANSWERS[lang]}),
                        ("citations", {"citations": [cite(n + 1, t) for n, t in enumerate(titles)]}),
                        ("done", {"answer": ANSWERS[lang], "language": lang, "action": "describe",
                                  "suggestions": [], "occupations": []})])


def _misplaced(quoted: list[dict], width: int) -> list[str]:
    """What is drawn out of place: a mark away from its word's line or on the wrong side, words out of order."""
    bad = []
    same = lambda a, b: abs(a["mid"] - b["mid"]) < 4  # noqa: E731 - one line
    for q in quoted:
        if not q["words"] or not any(c["ch"].isalpha() and c["ch"].isascii() for w in q["words"] for c in w):
            continue  # (an Arabic or Dari phrase in guillemets keeps the sentence's direction)
        chars = [c for w in q["words"] for c in w]
        first, last = q["words"][0][0], q["words"][-1][-1]
        on_open = [c for c in chars if same(c, first)]
        on_close = [c for c in chars if same(c, last)]
        if not same(q["open"], first) or q["open"]["left"] < max(c["right"] for c in on_open) - 2:
            bad.append(f"{width}: opening mark of «{q['text'][:40]}» is not to the right of its first line")
        if not same(q["close"], last) or q["close"]["right"] > min(c["left"] for c in on_close) + 2:
            bad.append(f"{width}: closing mark of «{q['text'][-40:]}» is not to the left of its last line")
        for a, b in zip(q["words"], q["words"][1:], strict=False):
            if same(a[-1], b[0]) and b[0]["left"] < a[-1]["right"] - 2:
                bad.append(f"{width}: «…{''.join(c['ch'] for c in a)} {''.join(c['ch'] for c in b)}…» drawn backwards")
    return bad


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_swedish_quotes_keep_their_marks_and_order_right_to_left(page, lang, artifacts):
    _scripted(page, lang)
    answer = ask_rtl(page, lang, "شنو يسوي الreceptarie؟" if lang == "ar" else "receptarie چی کار میکنه؟")
    quoted = answer.evaluate(QUOTED)
    assert [q["text"] for q in quoted if q["text"] == DESCRIPTION], [q["text"] for q in quoted]
    bad: list[str] = []
    for width in (1100, 700, 520, 420, 360):
        page.set_viewport_size({"width": width, "height": 900})
        bad += _misplaced(answer.evaluate(QUOTED), width)
    page.set_viewport_size({"width": 700, "height": 900})
    answer.screenshot(path=str(artifacts / f"widget-lang15-{lang}.png"))
    assert bad == [], bad
    assert page.errors == []
