"""Widget size and demo-page first paint on loopback.

Prints widget.js raw and gzipped size (budget: 60 kB gzipped) and the demo page's first paint /
first contentful paint (performance.getEntriesByType('paint')), median of 5 cold loads in
headless Chromium against a real uvicorn on 127.0.0.1 with the test double as service.

    python benchmarks/bench_widget.py
"""
from __future__ import annotations

import gzip
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from api.routers.pages import widget_bundle
from tests.api_support import make_app, start_app
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.service_double import ServiceDouble

BUDGET_GZ = 60 * 1024
RUNS = 5


def widget_size() -> tuple[int, int]:
    """(raw bytes, gzipped bytes at level 9) of /widget.js (the bundle of api/static/widget*.js)."""
    raw = widget_bundle()
    return len(raw), len(gzip.compress(raw, compresslevel=9))


def first_paint_ms(url: str, runs: int = RUNS) -> dict[str, float]:
    """Median first-paint and first-contentful-paint over ``runs`` fresh browser contexts."""
    from playwright.sync_api import sync_playwright

    fp, fcp = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(runs):
            context = browser.new_context()
            page = context.new_page()
            page.goto(url, wait_until="load")
            page.wait_for_function("performance.getEntriesByType('paint').length >= 2", timeout=10_000)
            entries = {e["name"]: e["startTime"] for e in
                       page.evaluate("performance.getEntriesByType('paint').map(e => e.toJSON())")}
            fp.append(entries["first-paint"])
            fcp.append(entries["first-contentful-paint"])
            context.close()
        browser.close()
    return {"first_paint_ms": statistics.median(fp), "first_contentful_paint_ms": statistics.median(fcp)}


def main() -> None:
    raw, gz = widget_size()
    print(f"widget.js: {raw} bytes raw, {gz} bytes gzipped ({gz / 1024:.1f} kB; budget {BUDGET_GZ // 1024} kB) "
          f"{'OK' if gz <= BUDGET_GZ else 'OVER BUDGET'}")
    live = start_app(make_app(ServiceDouble()))
    try:
        paint = first_paint_ms(live.url + "/")
    finally:
        live.stop()
    print(f"demo page (/), loopback, median of {RUNS}: first paint {paint['first_paint_ms']:.1f} ms, "
          f"first contentful paint {paint['first_contentful_paint_ms']:.1f} ms")


if __name__ == "__main__":
    main()
