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

#: JobTech Development (Arbetsförmedlingen) on the Yrkesbarometer: current assessments of the chances of work and
#: the recruitment situation per occupation, by län and nationally, and a five-year forecast of demand. The snippet
#: is the page's own wording (stored copy read 2026-12-03).
FORECAST_PAGE = Evidence(
    type="outlook", doc_id="af:yrkesbarometer", kind="statistics",
    title="Yrkesbarometern – nulägesbedömningar och prognoser för yrken (Arbetsförmedlingen/JobTech)",
    url="https://www.jobtechdev.se/sv/nyheter/yrkesbarometern",
    snippet=("Arbetsförmedlingen har gjort om metoden för att ta fram yrkesprognoser. Med den nya metoden erbjuds data "
             "avseende nulägesbedömningar av möjligheter till arbete samt rekryteringssituationen inom olika yrken, "
             "såväl på länsnivå som nationellt. Förutom en nulägesbild finns även en prognos över hur efterfrågan på "
             "arbetskraft inom respektive yrke förväntas utvecklas på fem års sikt."),
    facts={"forecast_page": True})
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


def say_forecast_where(state: TurnState) -> None:
    """No forecast linked: where Arbetsförmedlingen judges the job prospects (cited)."""
    page = state.add_evidence(FORECAST_PAGE)
    state.say("demand_view.forecast_where", page.doc_id)
