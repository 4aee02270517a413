"""mendD19: the group that stands in when SCB publishes no salary for the person's own (assistant/own_salary.py)."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from assistant import own_salary

GROUPS = {  # code -> (label, median or None)
    "5321": ("Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering", None),
    "5323": ("Undersköterskor, vård- och specialavdelning och mottagning", 31200),
    "5325": ("Barnsköterskor", 29000),
    "5326": ("Undersköterskor, ambulans", 35700),
    "5330": ("Vårdbiträden", 27400),
}


class _Relations:
    def ssyk_by_code(self, code: str) -> Any:
        label = GROUPS.get(code, (None,))[0]
        return SimpleNamespace(id=f"g{code}", label=label, code=code) if label else None

    def occupations_in_ssyk(self, ssyk_id: str) -> list[Any]:
        return [SimpleNamespace(id=f"o{ssyk_id[1:]}", label="x")]


def _details(occupation_id: str, rt: Any) -> dict[str, Any]:
    code = occupation_id[1:]
    median = GROUPS[code][1]
    return {"salary": None if median is None else {
        "type": "salary", "doc_id": f"stats:salary:{code}", "kind": "statistics", "title": f"Lönestatistik (SCB): {code}",
        "url": "https://www.scb.se/", "snippet": "", "facts": {"median": median}}}


@pytest.fixture()
def rt(monkeypatch):
    monkeypatch.setattr(own_salary, "occupation_details", _details)
    return SimpleNamespace(relations=_Relations())


def _near(rt: Any, code: str, asked: str = "2219") -> str | None:
    found = own_salary._nearest_with_salary(rt, {"code": code, "label": GROUPS[code][0]}, asked)
    return found[1].doc_id if found else None


def test_the_closest_group_of_the_same_first_word_with_figures_stands_in(rt):
    assert _near(rt, "5321") == "stats:salary:5323"  # not Vårdbiträden (5330) nor Barnsköterskor (5325)


def test_the_asked_group_never_stands_in(rt):
    assert _near(rt, "5321", asked="5323") == "stats:salary:5326"


def test_no_group_of_the_same_kind_with_figures_is_none(rt, monkeypatch):
    monkeypatch.delitem(GROUPS, "5323")
    monkeypatch.delitem(GROUPS, "5326")
    assert _near(rt, "5321") is None
    assert own_salary._nearest_with_salary(rt, {"code": "", "label": ""}, "5321") is None
