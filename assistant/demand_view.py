"""Demand is judged by Arbetsförmedlingen's forecast, not by a year's ad count (rater13, fault 11: "bus driving is
rare in Södermanland" was said from 11 ads, for an occupation Arbetsförmedlingen rates a shortage occupation).

- A forecast linked to the occupation (the Yrkesbarometer, by län) leads the answer; the ad counts follow it.
- The ad counts are said to be a snapshot: one year's ads, which show neither how many are needed nor how many
  apply. When the forecast gives good chances, no reading of the ads says the opposite ("openings come up less
  often", "less common in the län").
- With no forecast linked (the offline data has none: forecast ids link to SSYK only through the live Taxonomy
  API), the answer names where Arbetsförmedlingen judges the job prospects of each occupation, by län and five
  years ahead, and cites that page, instead of leaving the ad count as the only measure.
"""
from __future__ import annotations

from assistant.state import TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: The curated page on the Yrkesbarometer (ingest/data/education_routes.yaml): JobTech Development (Arbetsförmedlingen)
#: on its assessments of the chances of work per occupation, by län and nationally, and its five-year forecast.
FORECAST_ROUTE = "yrkesbarometer"
#: The Yrkesbarometer's competition levels that mean good chances of work ("stora" chanser).
GOOD_CHANCES = {"stora", "goda", "mycket goda"}
#: Readings of the ads that say work is scarce: left out when the forecast says the chances are good.
SCARCE = {"demand.rank_few", "demand.region_less"}


def good_chances(outlook: Evidence | None) -> bool:
    """The linked forecast says the chances of work are good."""
    return outlook is not None and str(outlook.facts.get("competition") or "").casefold() in GOOD_CHANCES


def say_snapshot(state: TurnState, demand: Evidence) -> None:
    """The ad counts are one year's ads: a snapshot, not how many are needed (cites the ads data)."""
    state.say("demand_view.snapshot", demand.doc_id)


def say_forecast_where(state: TurnState, rt: Runtime) -> None:
    """No forecast linked: where Arbetsförmedlingen judges the job prospects, cited from the store (nothing is
    said without the curated page)."""
    from assistant.routes import evidence_of, routes

    route = routes(rt).get(FORECAST_ROUTE)
    if route is None:
        return
    page = state.add_evidence(evidence_of(route))
    state.say("demand_view.forecast_where", page.doc_id)
