"""The widget renders what an answer presents from its structured fields (the SSE `done` event's
`occupations` and `action`), not from its text: occupation cards with the SSYK code, questions that
name their occupation, and a panel that speaks the language the answer came in. Real uvicorn, real
service over the shared test store, headless Chromium."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

MESSAGE = "Jag jobbade som kock i sex år i Aleppo. Jag pratar arabiska och vill jobba i Skåne."
ARABIC = "عملت طباخاً لمدة ست سنوات في حلب. ماذا يمكنني أن أعمل في السويد؟"


def done_of(body: str) -> dict:
    """The `done` event's data in one SSE response body."""
    for block in body.replace("\r\n", "\n").split("\n\n"):
        lines = block.split("\n")
        if "event: done" in lines:
            return json.loads("\n".join(line[6:] for line in lines if line.startswith("data: ")))
    raise AssertionError("no done event")


def turn(page, action) -> dict:
    """Do ``action`` (which sends one message), wait for the answer; returns its `done` event."""
    with page.expect_response(lambda r: r.url.endswith("/v1/chat")) as info:
        action()
    done = done_of(info.value.text())
    page.locator(".msg.bot[aria-busy=false]").last.wait_for(timeout=30_000)
    return done


def type_message(page, text: str):
    def go():
        page.locator(".vg-panel textarea").fill(text)
        page.locator(".vg-panel textarea").press("Enter")
    return go


def cards(page) -> list[dict]:
    return page.locator(".msg.bot").last.locator(".occ").evaluate_all(
        """els => els.map(li => ({id: li.dataset.occupationId, ssyk: li.dataset.ssyk,
             label: li.querySelector('.occ-label').textContent,
             code: (li.querySelector('.occ-code') || {textContent: ''}).textContent,
             aspects: [...li.querySelectorAll('.occ-q')].map(b => b.dataset.aspect)}))""")


def test_cards_come_from_the_structured_fields_and_ask_about_their_occupation(page, browser_env, artifacts):
    page.goto(browser_env.api + "/")
    done = turn(page, type_message(page, MESSAGE))
    assert done["action"] in ("suggest", "explore") and len(done["occupations"]) >= 2
    shown = cards(page)
    # One card per presented occupation, in the answer's order, with its SSYK code.
    assert [c["id"] for c in shown] == [o["id"] for o in done["occupations"]]
    assert [c["label"] for c in shown] == [o["label"] for o in done["occupations"]]
    for c, o in zip(shown, done["occupations"], strict=True):
        if o["ssyk_code"]:
            assert c["ssyk"] == o["ssyk_code"] and c["code"].endswith(o["ssyk_code"]) and "SSYK" in c["code"]
        assert {"salary", "demand", "courses", "licence"} <= set(c["aspects"])
    assert page.locator(".msg.bot").last.get_attribute("data-action") == done["action"]
    # The cards carry the follow-ups: no generic quick reply that could be about any of them; after a
    # list, one quick reply asks for other occupations.
    assert page.locator(".sugg button").all_inner_texts() == ["Visa fler yrken"]

    # The salary question of the SECOND card is about the second occupation, not the first.
    second = shown[1]
    sent: list[dict] = []
    page.on("request", lambda r: sent.append(json.loads(r.post_data)) if r.url.endswith("/v1/chat") else None)
    button = page.locator(".msg.bot").last.locator(".occ").nth(1).locator(".occ-q[data-aspect=salary]")
    salary = turn(page, button.click)
    assert f"«{second['label']}»" in sent[-1]["messages"][-1]["content"]
    assert salary["action"] == "salary"
    assert [o["id"] for o in salary["occupations"]] == [second["id"]]
    after = cards(page)
    assert [c["id"] for c in after] == [second["id"]] and "salary" not in after[0]["aspects"]
    page.screenshot(path=str(artifacts / "widget-cards.png"), full_page=True)
    assert page.errors == []


UKRAINIAN = "Я працювала бухгалтеркою дванадцять років у Києві. Яку роботу я можу знайти в Уппсалі?"


def panel_texts(page) -> dict:
    """What the panel itself says: its language and direction, buttons, placeholder, sources heading."""
    return page.locator(".vg-panel").evaluate("""p => ({lang: p.getAttribute('lang'), dir: p.getAttribute('dir'),
        send: p.querySelector('.send').textContent, clear: p.querySelector('.clear').textContent,
        ph: p.querySelector('textarea').getAttribute('placeholder'), select: p.querySelector('.vg-lang').value,
        sources: [...p.querySelectorAll('.msg.bot .cites .lbl')].map(e => e.textContent)})""")


@pytest.mark.parametrize("message, lang, dir_", [(ARABIC, "ar", "rtl"), (UKRAINIAN, "uk", "ltr")])
def test_the_panel_speaks_the_language_the_answer_came_in(page, browser_env, artifacts, message, lang, dir_):
    """The selector says Swedish; the person writes another language: from that answer on, the panel's own
    texts are in the answer's language (no click needed), the first answer's sources heading included; one
    button offers the way back to Swedish, and a person who takes it keeps Swedish."""
    page.goto(browser_env.api + "/")
    ui = json.loads(Path("api/static/widget-texts.json").read_text(encoding="utf-8"))
    assert panel_texts(page)["send"] == ui["sv"]["ui"]["send"]
    done = turn(page, type_message(page, message))
    assert done["language"] == lang
    answer = page.locator(".msg.bot").last
    assert answer.get_attribute("lang") == lang
    assert answer.evaluate("el => getComputedStyle(el).direction") == dir_
    shown = panel_texts(page)
    assert (shown["lang"], shown["dir"], shown["select"]) == (lang, dir_, lang)
    assert shown["send"] == ui[lang]["ui"]["send"] and shown["clear"] == ui[lang]["ui"]["clear"]
    assert shown["ph"] == ui[lang]["ui"]["ph"]
    assert shown["sources"] and set(shown["sources"]) == {ui[lang]["ui"]["sources"] + ":"}, shown
    if done["occupations"]:
        buttons = answer.locator(".occ-q").all_inner_texts()
        assert set(buttons) <= {q[0] for q in ui[lang]["cards"]["q"].values()}, buttons
        # other occupations are offered after any answer with cards, one card included
        assert page.locator(".sugg button.more").all_inner_texts() == [ui[lang]["cards"]["more"]]
    back = page.locator(".lang-offer")
    assert back.count() == 1 and back.get_attribute("data-lang") == "sv"
    assert back.inner_text() == ui["sv"]["cards"]["switchTo"]
    page.screenshot(path=str(artifacts / f"widget-follows-{lang}.png"), full_page=True)

    back.click()
    assert panel_texts(page)["select"] == "sv" and page.locator(".lang-offer").count() == 0
    turn(page, type_message(page, message))
    assert panel_texts(page)["select"] == "sv"                   # taken back once: the person's choice holds
    assert page.errors == []
