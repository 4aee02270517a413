"""The translated licence steps (assistant/locales/licence_steps.yaml) match curated steps and cover every locale."""
from __future__ import annotations

from assistant.answers import _step_translations, step_in
from assistant.state import LOCALES
from ingest.sources.regulated import load


def test_every_translated_step_is_a_curated_step_in_every_locale():
    curated = {" ".join(s.split()) for p in load().professions for steps in p.routes.values() for s in steps}
    table = _step_translations()
    assert len(table) >= 8
    for sv, per_locale in table.items():
        assert sv in curated, sv
        assert set(LOCALES) <= set(per_locale), (sv, set(LOCALES) - set(per_locale))


def test_a_translated_step_is_shown_in_the_readers_language_and_others_quoted_in_swedish():
    step = next(iter(_step_translations()))
    assert step_in("ar", step) == _step_translations()[step]["ar"]
    assert step_in("sv", step) == {"sv_text": step}
    assert step_in("so", "Ett steg utan översättning.") == {"sv_text": "Ett steg utan översättning."}
