"""own10: which posts lead staff (retrieval/manager_posts) and which trades hear of their own business
(assistant/own_business), on small stand-ins for the taxonomy and ESCO tables."""
from __future__ import annotations

from types import SimpleNamespace as NS

from assistant.own_business import few_ads_here, own_business_trade
from retrieval.manager_posts import manager_post


def test_managers_and_supervisors_are_read_from_the_ssyk_group():
    assert manager_post(NS(ssyk_code="1730", ssyk_label="Chefer inom handel"))
    assert manager_post(NS(ssyk_code="5221", ssyk_label="Säljande butikschefer och avdelningschefer i butik"))
    assert manager_post(NS(ssyk_code="3451", ssyk_label="Köksmästare och souschefer"))
    assert not manager_post(NS(ssyk_code="4112", ssyk_label="Chefssekreterare och VD-assistenter m.fl."))
    assert not manager_post(NS(ssyk_code="2262", ssyk_label="Apotekare"))


class _Rel:
    """ESCO occupations per ISCO unit group with their skills, and ads per county."""

    ESCO = {"7536": [NS(uri="u:shoe", label="shoe repairer")], "5120": [NS(uri="u:cook", label="cook")],
            "2262": [NS(uri="u:pharm", label="pharmacist")]}
    SKILLS = {"u:shoe": [NS(label="repair shoes"), NS(label="manage a small-to-medium business")],
              "u:cook": [NS(label="order supplies")], "u:pharm": [NS(label="entrepreneurship")]}

    def esco_occupations_for_isco(self, code):
        return self.ESCO.get(code, [])

    def esco_occupation_skills(self, uri):
        return self.SKILLS.get(uri, [])

    def ad_counts(self, ssyk_id):
        return NS(national=137, by_region={"north": 1, "south": 70})


def test_a_trade_runs_its_own_business_when_esco_says_so_in_its_minor_group():
    rel = _Rel()
    assert own_business_trade(rel, "7531")          # a tailor: the shoe repairer in ISCO 753 runs a small business
    assert not own_business_trade(rel, "5120")      # cooks: ESCO names no such skill
    assert not own_business_trade(rel, "2262")      # a profession (major group 2), whatever ESCO lists
    assert few_ads_here(rel, "x", "north") and not few_ads_here(rel, "x", "south") and not few_ads_here(rel, "x", None)
