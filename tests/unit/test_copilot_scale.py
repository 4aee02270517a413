"""The copilot's 0–100 fit scale is explained from the matcher's weights: the legend must say what
retrieval/matching.py does, so the weights written in copilot-text.js must be the matcher's."""
from __future__ import annotations

import json
import re
from pathlib import Path

from retrieval import matching

TEXT_JS = Path(__file__).resolve().parents[2] / "api" / "static" / "copilot-text.js"


def _js_object(name: str) -> dict[str, float]:
    src = TEXT_JS.read_text(encoding="utf-8")
    m = re.search(r"var " + name + r" = (\{[^}]*\});", src)
    assert m, f"{name} not found in copilot-text.js"
    return json.loads(re.sub(r"(\w+):", r'"\1":', m.group(1)))


def _js_number(name: str) -> float:
    m = re.search(r"var " + name + r" = ([0-9.]+);", TEXT_JS.read_text(encoding="utf-8"))
    assert m, f"{name} not found in copilot-text.js"
    return float(m.group(1))


def test_legend_weights_are_the_matchers():
    weights = _js_object("WEIGHTS")
    assert weights == {
        "experience": matching.W_EXPERIENCE,
        "wish": matching.W_WISH,
        "similar": matching.W_SIMILAR,
        "skills": matching.W_SKILLS,
        # both interest routes feed one signal; the strongest counts
        "interest": max(matching.W_INTEREST, matching.W_INTEREST_DIRECTION),
        "esco_skills": matching.W_ESCO,
    }
    assert _js_number("AVOID_FACTOR") == matching.AVOID_FACTOR


def test_full_fit_is_reachable_and_not_trivial():
    full = _js_number("FIT_FULL")
    # A full fit needs more than one signal: experience alone is not 100, experience + wish is.
    assert matching.W_EXPERIENCE < full <= matching.W_EXPERIENCE + matching.W_WISH
