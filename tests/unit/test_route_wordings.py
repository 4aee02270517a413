"""Every kind of curated route has a sentence in every locale: a route reached by an unforeseen path (route13's
driving routes through a "what is X?" question) crashed with "template key 'route.support' missing"."""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from assistant.routes import route_wording
from ingest.sources.routes import load
from vagledning.domain.evidence import Evidence

LOCALES = ("sv", "sv-easy", "en", "ar", "so", "ti", "fa", "uk")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_curated_route_has_its_wording(locale):
    missing = []
    for route in load().routes:
        ev = Evidence(type="education_route", doc_id=f"route:{route.key}", kind="education", title=route.name_sv,
                      facts={"route": route.key, "route_kind": route.kind})
        key = route_wording(ev)
        try:
            assert isinstance(lookup(locale, key), str)
        except Exception:  # noqa: BLE001 - the missing key is what is collected
            missing.append(key)
    assert not missing, sorted(set(missing))
