"""Starting one's own business, offered beside the person's own trade when it has few ads where they live.

A counsellor tells a tailor in Umeå, where a year has one tailor's ad, that the realistic way is often an
alterations shop of his own, with the start-up support and advice there is (rater9 conv1: only 'validering' and
"1 ad"). Which trades: decided from data, not a list of titles:

- few ads: the person's own SSYK-4 group had at most :data:`FEW_ADS` ads in their county in the year counted
  (JobTech's historical ads, the same figures the answer cites);
- a trade where one sells one's own work: SSYK major groups 3, 5 and 7 (technicians and creative work, service,
  crafts), and ESCO lists running a small business ("manage a small-to-medium business", "entrepreneurship")
  among the skills of an occupation in the same ISCO-08 minor group (SSYK 2012 follows ISCO-08 to three digits):
  hairdressers and beauty work (514), garment trades with the shoe repairer (753), handicraft (731), photography
  and other artistic technicians (343), electrical repair (741) … ESCO names no such skill for cooks (512).

The routes said are the curated, cited ``own_business``/``business_advice`` documents (ingest/data/
education_routes.yaml): Arbetsförmedlingen's start-up support (Arbetsförmedlingen decides), Nyföretagarcentrum's
free advice, verksamt.se (Bolagsverket, Skatteverket, Tillväxtverket). Once per answer, for adults only.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from assistant.education import audience
from assistant.routes import evidence_of, routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: At most this many ads in a year in the person's county: "few" (a tailor in Västerbotten: 1).
FEW_ADS = 5
#: SSYK major groups of trades where one sells one's own work (technicians/creative, service, crafts).
TRADE_MAJORS = ("3", "5", "7")
_RUNS_BUSINESS = re.compile(r"small-to-medium business|entrepreneurship", re.IGNORECASE)
#: The sentences, in order: the support (the decision is Arbetsförmedlingen's), free advice, registering.
SAID = (("starta_eget", "occ.own_business"), ("nyforetagarcentrum", "occ.business_advice"),
        ("verksamt", "occ.business_register"))


@functools.lru_cache(maxsize=512)
def _minor_runs_business(rel: Any, minor: str) -> bool:
    for digit in "0123456789":
        for occ in rel.esco_occupations_for_isco(f"{minor}{digit}"):
            if any(_RUNS_BUSINESS.search(s.label or "") for s in rel.esco_occupation_skills(occ.uri)):
                return True
    return False


def own_business_trade(rel: Any, code: str | None) -> bool:
    """SSYK-4 group ``code`` is a trade where one may run one's own business (module doc)."""
    if not code or len(code) < 3 or not code.startswith(TRADE_MAJORS):
        return False
    try:
        return _minor_runs_business(rel, code[:3])
    except Exception:  # noqa: BLE001 - a store without ESCO tables: no evidence for it, so not offered
        return False


def few_ads_here(rel: Any, ssyk_id: str | None, region: str | None) -> bool:
    """The group had at most :data:`FEW_ADS` ads in the county (False when the county or the figures are unknown)."""
    if not ssyk_id or not region:
        return False
    try:
        counts = rel.ad_counts(ssyk_id)
    except Exception:  # noqa: BLE001 - no ad figures: nothing to say "few" from
        return False
    return counts is not None and bool(counts.national) and counts.by_region.get(region, 0) <= FEW_ADS


def say_own_business(state: TurnState, rt: Runtime, match: Any, region: str | None, title: Any) -> bool:
    """Beside the person's own trade (work they have done, SSYK-4 ``match.ssyk_code``) with few ads in their county:
    starting their own business, cited; once per answer. ``title`` glosses a route's name (evidence.sv_title)."""
    code = getattr(match, "ssyk_code", None)
    if audience(state) == "youth" or not any(e.ssyk_code == code for e in state.profile.experiences):
        return False
    table = routes(rt)
    if "starta_eget" not in table or any(e.doc_id == table["starta_eget"].doc_id for e in state.evidence):
        return False
    rel = rt.relations
    if not few_ads_here(rel, getattr(match, "ssyk_id", None), region) or not own_business_trade(rel, code):
        return False
    for key, sentence in SAID:
        if key in table:
            ev = state.add_evidence(evidence_of(table[key]))
            state.say(sentence, ev.doc_id, bullet=True, title=title(ev.title, "route"))
    return True
