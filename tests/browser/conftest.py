"""Browser fixtures: Debian's Chromium (headless) via Playwright, a real uvicorn serving the app,
and "third-party" static sites on other 127.0.0.1 ports that embed the widget by script tag."""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.api_support import bound_socket, make_app, start_app, static_site

playwright_api = pytest.importorskip("playwright.sync_api")

#: Debian's Chromium (CI installs it); VAGLEDNING_CHROMIUM points a local run at another binary.
CHROMIUM = os.environ.get("VAGLEDNING_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

HOSTILE_CSS = """<style>
  * { font-size: 40px !important; color: red !important; letter-spacing: 3px !important; }
  div, section, button { direction: ltr !important; display: block; border: 5px dashed lime !important; }
</style>"""


def widget_page(api: str, *, position: str = "bottom-right", lang: str = "sv", theme: str = "light",
                hostile: bool = False) -> str:
    """A third-party page embedding the widget with one script tag."""
    target = ' data-target="#here"' if position == "inline" else ""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Third-party site</title>
{HOSTILE_CSS if hostile else ""}</head><body>
<h1>Some municipality's site</h1><p><a href="#top">A link before the widget</a></p><div id="here"></div>
<script src="{api}/widget.js" data-api-base="{api}" data-lang="{lang}" data-theme="{theme}"
 data-position="{position}"{target}></script>
</body></html>"""


@dataclass
class BrowserEnv:
    """Where things are: the API/app origin, an allowed third-party site and a disallowed one."""

    api: str
    site: str
    blocked_site: str


@pytest.fixture(scope="session")
def browser_env(service, tmp_path_factory) -> Iterator[BrowserEnv]:
    """App on one port; an allowed and a not-allowed static site on two others."""
    sock = bound_socket()
    api = f"http://127.0.0.1:{sock.getsockname()[1]}"

    def pages(origin: str) -> dict[str, str]:
        return {
            "float.html": widget_page(api),
            "left-dark.html": widget_page(api, position="bottom-left", theme="dark"),
            "inline.html": widget_page(api, position="inline"),
            "hostile.html": widget_page(api, hostile=True),
        }

    with static_site(pages, str(tmp_path_factory.mktemp("site"))) as site, \
            static_site(pages, str(tmp_path_factory.mktemp("blocked"))) as blocked:
        live = start_app(make_app(service, cors_origins=[site]), sock)
        try:
            yield BrowserEnv(api=live.url, site=site, blocked_site=blocked)
        finally:
            live.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the session."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium, or set VAGLEDNING_CHROMIUM)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, request) -> Iterator[object]:
    """A fresh context (no shared storage) and page; console errors are collected on ``page.errors``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/ (gitignored) for screenshots and downloads."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
