"""Hold conversations in the widget as people would, and keep what happened for a counsellor to read.

Headless Chromium (Playwright) opens the demo page of a running server (or starts one on a store
copy), chooses the persona's language in the widget's selector, types each message, or clicks what
a person would click: an occupation card's question, a quick reply, the offer to switch language.
Per persona it writes a transcript (Markdown) with what was rendered — answer text, the answer's
action, the occupation cards (label, SSYK code), quick replies, sources — plus the structured `done`
event of each turn (JSON), and a screenshot of the widget after every turn.

    python scripts/converse.py --url http://127.0.0.1:8765 --out /tmp/widget-qa
    python scripts/converse.py --serve --store /tmp/my-store --port 8765 --out /tmp/widget-qa nurse_ar
    python scripts/converse.py --list

The personas (scripts/converse_personas.yaml) are written for reading, not tuned against: do not use
evals/datasets/test texts there.
Transcripts contain only these scripted texts; keep them out of the repository (default: /tmp).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

#: A step is a message to type, or a click (see converse_personas.yaml).
Step = str | dict[str, Any]


@dataclass
class Persona:
    key: str
    who: str
    lang: str                      # the widget's language selector
    steps: list[Step] = field(default_factory=list)


#: The personas, as data beside this script (what they say is content, not code).
PERSONAS_FILE = Path(__file__).with_name("converse_personas.yaml")


def load_personas(path: Path = PERSONAS_FILE) -> list[Persona]:
    return [Persona(**item) for item in yaml.safe_load(path.read_text(encoding="utf-8"))]


PERSONAS = load_personas()

WIDGET = "[data-vagledning-widget]"


def wait_ready(url: str, timeout_s: float = 900) -> None:
    """Until GET /readyz answers 200 (a cold store loads its models first)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/readyz", timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(2)
    raise SystemExit(f"{url}/readyz did not answer 200 within {timeout_s:.0f} s")


def start_server(store: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "VAGLEDNING_STORE_DIR": store, "OPENBLAS_NUM_THREADS": "1"}
    exe = str(Path(sys.executable).with_name("vagledning"))
    return subprocess.Popen([exe, "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def done_event(sse: str) -> dict[str, Any]:
    """The `done` event's data of one SSE response body."""
    for block in sse.replace("\r\n", "\n").split("\n\n"):
        lines = block.split("\n")
        if "event: done" in lines:
            data = "\n".join(line[6:] for line in lines if line.startswith("data: "))
            return json.loads(data)
    return {}


def rendered(page: Any) -> dict[str, Any]:
    """What the person sees of the latest answer: text, cards, quick replies, sources, language offer."""
    return page.evaluate("""(sel) => {
      const root = document.querySelector(sel).shadowRoot;
      const bots = root.querySelectorAll('.msg.bot:not(.welcome):not(.cv-card)');
      const m = bots[bots.length - 1];
      if (!m) return {};
      return {
        text: m.querySelector('.body').innerText,
        action: m.getAttribute('data-action'), lang: m.getAttribute('lang'),
        cards: [...m.querySelectorAll('.occ')].map(li => ({
          id: li.dataset.occupationId, ssyk: li.dataset.ssyk, label: li.querySelector('.occ-label').innerText,
          code: (li.querySelector('.occ-code') || {}).innerText || '',
          ask: [...li.querySelectorAll('.occ-q')].map(b => b.dataset.aspect + '=' + b.title)})),
        quick: [...root.querySelectorAll('.sugg button')].map(b => b.innerText),
        sources: [...m.querySelectorAll('.cites .src')].map(a => a.innerText + ' <' + (a.href || '') + '>'),
        offer: (root.querySelector('.lang-offer') || {}).innerText || '',
        notice: root.querySelector('.status').innerText, error: root.querySelector('.alert').innerText,
        dir: root.querySelector('.vg-panel').getAttribute('dir'),
      };
    }""", WIDGET)


def act(page: Any, step: Step) -> str | None:
    """Perform one step; returns the message sent (None when the step only switched language)."""
    root = page.locator(WIDGET)
    if isinstance(step, str):
        root.locator("textarea.input").fill(step)
        root.locator("textarea.input").press("Enter")
        return step
    if step.get("switch"):
        offer = root.locator(".lang-offer")
        if offer.count() == 0:
            return None
        offer.first.click()
        return None
    if "card" in step:
        # As a person would: the latest answer with that many cards (scrolling back up if need be).
        answers = root.locator(".msg.bot")
        cards = None
        for k in range(answers.count() - 1, -1, -1):
            if answers.nth(k).locator(".occ").count() > step["card"]:
                cards = answers.nth(k).locator(".occ")
                break
        if cards is None:
            return None
        button = cards.nth(step["card"]).locator(f".occ-q[data-aspect={step['aspect']}]")
        if button.count() == 0:
            return None
        question = str(button.get_attribute("title"))
        button.click()
        return question
    quick = root.locator(".sugg button")
    if quick.count() <= step["quick"]:
        return None
    text = quick.nth(step["quick"]).inner_text()
    quick.nth(step["quick"]).click()
    return text


#: --mobile: the floating widget (launcher + panel) on a phone-sized page of the same origin.
FLOAT_PAGE = """<!doctype html><html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Kommunens sida</title></head>
<body><h1>Kommunens sida</h1><script src="/widget.js" data-lang="sv" data-position="bottom-right"></script></body></html>"""


def converse(browser: Any, url: str, persona: Persona, out: Path, *, mobile: bool = False) -> list[dict[str, Any]]:
    size = {"width": 360, "height": 740} if mobile else {"width": 900, "height": 1000}
    context = browser.new_context(viewport=size)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    responses: list[Any] = []
    page.on("response", lambda r: responses.append(r) if r.url.endswith("/v1/chat") else None)
    if mobile:
        page.route(url + "/__qa_float.html", lambda r: r.fulfill(body=FLOAT_PAGE, content_type="text/html"))
        page.goto(url + "/__qa_float.html")
        page.locator(WIDGET).locator(".launcher").click()
    else:
        page.goto(url + "/")
    root = page.locator(WIDGET)
    root.locator("select.vg-lang").select_option(persona.lang)
    turns: list[dict[str, Any]] = []
    sent_count = 0
    for i, step in enumerate(persona.steps):
        before = len(responses)
        started = time.perf_counter()
        sent = act(page, step)
        turn: dict[str, Any] = {"turn": i + 1, "step": step, "sent": sent}
        if sent is None:
            turn["skipped"] = "nothing to click" if not (isinstance(step, dict) and step.get("switch")) else "switched"
            turn["selector"] = root.locator("select.vg-lang").input_value()
            turns.append(turn)
            continue
        sent_count += 1
        page.wait_for_function(
            """([sel, n]) => { const r = document.querySelector(sel).shadowRoot;
               return r.querySelectorAll('.msg.bot[aria-busy=false]').length >= n || r.querySelector('.alert').innerText; }""",
            arg=[WIDGET, sent_count], timeout=120_000)
        turn["seconds"] = round(time.perf_counter() - started, 2)
        turn["rendered"] = rendered(page)
        if len(responses) > before:
            try:
                turn["done"] = done_event(responses[-1].text())
            except Exception as exc:  # noqa: BLE001 - a QA script reports, it does not stop
                turn["done_error"] = type(exc).__name__
        shot = out / f"{persona.key}{'-mobile' if mobile else ''}-{i + 1:02d}.png"
        (page if mobile else page.locator(WIDGET)).screenshot(path=str(shot))
        turns.append(turn)
    if errors:
        turns.append({"page_errors": errors})
    context.close()
    return turns


def markdown(persona: Persona, turns: list[dict[str, Any]]) -> str:
    lines = [f"# {persona.key}: {persona.who} (selector: {persona.lang})", ""]
    for t in turns:
        if "page_errors" in t:
            lines += ["**Page errors:** " + "; ".join(t["page_errors"]), ""]
            continue
        lines.append(f"## Turn {t['turn']}: {json.dumps(t['step'], ensure_ascii=False)}")
        if t.get("skipped"):
            lines += [f"_(skipped: {t['skipped']}; selector now {t.get('selector')})_", ""]
            continue
        r, d = t.get("rendered", {}), t.get("done", {})
        lines += [f"**User:** {t['sent']}", "",
                  f"**Answer** ({len(r.get('text', ''))} chars, {t['seconds']} s, action={d.get('action')}, "
                  f"language={d.get('language')}, composer={d.get('composer')}):", "", r.get("text", ""), ""]
        for c in r.get("cards", []):
            lines.append(f"- card: {c['label']} · {c['code']} · asks: {', '.join(a.split('=')[0] for a in c['ask'])}")
        if r.get("quick"):
            lines.append("- quick replies: " + " | ".join(r["quick"]))
        if r.get("offer"):
            lines.append("- language offer: " + r["offer"])
        if r.get("notice") or r.get("error"):
            lines.append(f"- notice: {r.get('notice')} error: {r.get('error')}")
        lines.append(f"- sources ({len(r.get('sources', []))}): " + "; ".join(r.get("sources", [])[:13]))
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("personas", nargs="*", help="persona keys (default: all)")
    ap.add_argument("--url", default="http://127.0.0.1:8765", help="a running server")
    ap.add_argument("--serve", action="store_true", help="start `vagledning serve` on --store and --port")
    ap.add_argument("--store", help="store directory for --serve (a COPY of var/store)")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--out", default="/tmp/widget-qa", help="transcripts and screenshots")
    ap.add_argument("--mobile", action="store_true", help="360 px wide page with the floating widget")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    if args.list:
        for p in PERSONAS:
            print(f"{p.key:15} {p.lang:8} {p.who}")
        return 0
    chosen = [p for p in PERSONAS if not args.personas or p.key in args.personas]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    server = None
    url = args.url
    if args.serve:
        if not args.store:
            raise SystemExit("--serve needs --store (a copy of var/store)")
        server = start_server(args.store, args.port)
        url = f"http://127.0.0.1:{args.port}"
    try:
        wait_ready(url)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for persona in chosen:
                turns = converse(browser, url, persona, out, mobile=args.mobile)
                (out / f"{persona.key}.json").write_text(json.dumps(turns, ensure_ascii=False, indent=1))
                (out / f"{persona.key}.md").write_text(markdown(persona, turns))
                print(f"{persona.key}: {len(turns)} turns -> {out / (persona.key + '.md')}")
            browser.close()
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
