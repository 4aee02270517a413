"""The translated licence steps (assistant/locales/licence_steps.yaml) match curated steps and cover every locale,
and every step the assistant can show a reader (issue 10) has a faithful translation in all 8 locales."""
from __future__ import annotations

import re

import pytest

from assistant.licence_answer import step_in, step_translations
from assistant.state import LOCALES
from ingest.sources.regulated import load

#: assistant/licence_answer.plan_licence shows ``steps[:4]`` of the route that fits the person.
SHOWN = 4
#: Persian (۰-۹) and Arabic-Indic (٠-٩) digits, compared as ASCII digits.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
#: A number with optional thousands groups ("1 240", "1,240", "1 240", "1٬240").
_NUMBER = re.compile(r"\d+(?:[ ,\u00a0\u202f\u066c]\d{3}(?!\d))*")


def _norm(step: str) -> str:
    return " ".join(step.split())


def _showable() -> set[str]:
    """Every step a reader can be shown: the first four of each route (outside EU/EES, EU/EES, Sweden), and
    any step that mentions Swedish (licence_answer.swedish_for_licence quotes the route's language step, wherever
    it stands in the route)."""
    steps: set[str] = set()
    for p in load().professions:
        for route in p.routes.values():
            steps.update(_norm(s) for s in route[:SHOWN])
            steps.update(_norm(s) for s in route if re.search(r"svensk", s, re.I))
    return steps


def _numbers(text: str) -> set[str]:
    text = text.translate(_DIGITS)
    return {re.sub(r"\D", "", m) for m in _NUMBER.findall(text)}


def test_every_translated_step_is_a_curated_step_in_every_locale():
    curated = {_norm(s) for p in load().professions for steps in p.routes.values() for s in steps}
    table = step_translations()
    assert len(table) >= 8
    for sv, per_locale in table.items():
        assert sv in curated, sv
        assert set(LOCALES) <= set(per_locale), (sv, set(LOCALES) - set(per_locale))


def test_every_showable_step_is_translated_into_every_locale():
    table = step_translations()
    missing = sorted(s for s in _showable() if s not in table)
    assert not missing, f"{len(missing)} showable steps without a translation, e.g. {missing[:3]}"
    for sv in _showable():
        for loc in LOCALES:
            assert str(table[sv].get(loc) or "").strip(), (loc, sv)


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc != "sv"])
def test_numbers_in_a_step_survive_translation(locale):
    # Ages, years, fees, hours and levels (Svenska 3, C1) are the facts a reader acts on: each number in the
    # Swedish step must appear in the translation (Persian/Arabic digits and thousands separators normalised).
    table = step_translations()
    wrong = [(sv, _numbers(sv) - _numbers(t[locale])) for sv, t in table.items() if _numbers(sv) - _numbers(t[locale])]
    assert not wrong, wrong[:3]


def test_number_normalisation():
    assert _numbers("Ansökan kostar 1 500 kronor; 8–16 veckor; nivå C1") == {"1500", "8", "16", "1"}
    assert _numbers("هزینه ۱۵۰۰ کرون") == {"1500"}
    assert _numbers("costs 1,500 kronor, 2 km in 12 minutes") == {"1500", "2", "12"}


def test_a_translated_step_is_shown_in_the_readers_language_and_others_quoted_in_swedish():
    step = next(iter(step_translations()))
    assert step_in("ar", step) == step_translations()[step]["ar"]
    assert step_in("sv", step) == {"sv_text": step}
    assert step_in("so", "Ett steg utan översättning.") == {"sv_text": "Ett steg utan översättning."}
