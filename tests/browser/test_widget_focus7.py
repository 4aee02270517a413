"""The widget's text in Tigrinya (Ethiopic script) and Arabic script asks first for a font that real devices have
(rater8 conv1: the Tigrinya answer showed as empty boxes; the widget downloads no web font): the panel in Tigrinya
names Noto Sans Ethiopic, Abyssinica SIL, Ebrima, Nyala and Kefa before the system font, in Arabic and Dari an
Arabic-script font, and in Swedish neither leads. Real uvicorn, headless Chromium; no message is sent."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

ETHIOPIC = ("Noto Sans Ethiopic", "Abyssinica SIL", "Ebrima", "Nyala", "Kefa")


def _fonts(page, code: str) -> list[str]:
    page.locator(".vg-panel .vg-lang").select_option(code)
    family = page.locator(".vg-panel").evaluate("el => getComputedStyle(el).fontFamily")
    return [f.strip().strip('"') for f in family.split(",")]


def test_the_panel_asks_for_an_ethiopic_or_arabic_script_font_first(page, browser_env):
    page.goto(browser_env.api + "/")
    ti = _fonts(page, "ti")
    assert all(f in ti for f in ETHIOPIC), ti
    assert ti.index("Noto Sans Ethiopic") < ti.index("system-ui"), ti
    for code in ("ar", "fa"):
        arabic = _fonts(page, code)
        assert arabic[0] == "Noto Sans Arabic" and "Tahoma" in arabic, (code, arabic)
    assert _fonts(page, "sv")[0] == "system-ui"
