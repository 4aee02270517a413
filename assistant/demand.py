"""The demand answer ("is it easy to get a job?"): the ad counts with a reading the ads data supports,
not a bare count (rater4: "355 ads in the län in 2024" told the person nothing):

- how the group ranks among all occupation groups by its national count (retrieval/ad_market.py);
- whether the work is more or less common in the län than in the country, against all ads;
- the forecast when one is linked, else plainly that none is, and that ad counts say nothing about
  how many apply (the competition the person asks about);
- example ads, the one that fits the person first: an ad that names the person's own occupation ("…
  eller tandläkare under utbildning" for a dentist asking about dental nursing), else one open to
  people new to the work.

Every figure and reading names the statistics document it comes from; an ad's quote names the ad.
"""
from __future__ import annotations

import re
from typing import Any

from assistant.demand_view import SCARCE, good_chances, say_forecast_where, say_snapshot
from assistant.evidence import full_text, quote, say_demand, sv_text, sv_title, term
from assistant.own_business import say_own_business
from assistant.places import region_label
from assistant.state import Focus, TurnState
from retrieval.ad_market import ad_reading
from vagledning.domain.evidence import Evidence
from vagledning.domain.profile import Profile
from vagledning.domain.runtime import Runtime

MAX_ADS = 2
#: Above/below these, the län's share of the group's ads differs from its share of all ads enough to say so.
MORE_COMMON, LESS_COMMON = 1.25, 0.8
#: Fewer ads in the län than this: the comparison is left out (a handful of ads is chance).
MIN_REGIONAL = 10
#: Words in an ad (Swedish, as the ads are written) that open it to people new to the work.
_ENTRY = re.compile(r"ingen (tidigare )?erfarenhet|utan (tidigare )?erfarenhet|inga krav på erfarenhet|nyexaminerad|"
                    r"nyutexaminerad|under utbildning|lärling|trainee|vi lär upp|upplärning|du behöver inte ha", re.I)
# Sentence ends, and sentences the ad data glued together ("… assistentDu kommer att …").
_SENTENCE = re.compile(r"(?<=[.!?])\s*(?=[A-ZÅÄÖ\s])|(?<=[a-zåäö])(?=[A-ZÅÄÖ][a-zåäö])")
QUOTE_CHARS = 200


def plan_demand(state: TurnState, focus: Focus, details: dict[str, Any], rt: Runtime | None = None) -> None:
    """Job ads for the occupation group (regional and national) read against all groups and the country,
    the forecast or its absence, and example ads (the fitting one first); or say there are none."""
    occ = sv_title(focus.label, "occupation")
    demand = Evidence.coerce(details.get("demand"))
    outlook = Evidence.coerce(details.get("outlook")) if isinstance(details.get("outlook"), dict) and \
        details["outlook"].get("doc_id") else None
    if demand is None and outlook is None:
        state.say("demand.none", occupation=occ)
        return
    state.say("demand.intro", occupation=occ)
    if rt is not None:
        _licence_needed(state, rt, focus, occ)
    linked = outlook is not None and bool(outlook.facts.get("competition") or outlook.facts.get("outlook"))
    if outlook is not None and linked:  # the forecast leads; the ads are only a snapshot (assistant/demand_view.py)
        outlook = state.add_evidence(outlook)
        state.say("occ.outlook", outlook.doc_id, chances=term("chances", outlook.facts.get("competition")),
                  trend=term("trend", outlook.facts.get("outlook")))
    if demand is not None:
        demand = state.add_evidence(demand)
        say_demand(state, demand)
        say_snapshot(state, demand)
        if rt is not None:
            _reading(state, rt, demand, good=linked and good_chances(outlook))
    if not linked:
        state.say("demand.no_forecast")  # states an absence: nothing to cite
        if rt is not None:
            say_forecast_where(state, rt)  # where Arbetsförmedlingen judges the prospects (cited)
    if rt is not None and demand is not None:  # one's own trade with few ads here: one's own business (rater9 conv1)
        say_own_business(state, rt, focus, demand.facts.get("region_id"), sv_title)
    _ads(state, rt, focus, [a for a in (Evidence.coerce(x) for x in details.get("ads") or []) if a is not None])


def _licence_needed(state: TurnState, rt: Runtime, focus: Focus, occ: dict[str, str]) -> None:
    """"Can I get taxi work?" from someone trained abroad: the ads say there is work, and a counsellor says at once
    that the work needs a licence, from whom (rater23 so T2: only the demand figures, no word of the taxi licence).
    Only a licence the work requires (a protected title leaves the work open); the steps are the licence answer's."""
    from assistant.licence_answer import trained_route
    from assistant.regulated import licence_evidence, licence_route_or_none

    route = licence_route_or_none(focus.id, rt)
    if route is None or route.requirement != "licence_required":
        return
    ev = licence_evidence(state, route, trained_route(state, focus.ssyk_code))
    state.say("licence.licence_required", ev.doc_id, occupation=occ, licence=sv_title(route.licence, "default"),
              authority=route.authority)


def _reading(state: TurnState, rt: Runtime, demand: Evidence, *, good: bool = False) -> None:
    """The group's rank among all groups and the län against the country (from the same ads data); with a forecast
    of good chances (``good``), no reading that says the work is scarce."""
    ssyk_id = demand.doc_id.rsplit(":", 1)[-1]
    f = demand.facts
    try:
        reading = ad_reading(rt.relations, ssyk_id, f.get("region_id"))
    except Exception:  # noqa: BLE001 - no ad table: the counts stand alone
        reading = None
    if reading is None:
        return
    year = str(f.get("year", 2024))
    # In words, not a percentile: the rank is computed over all groups, and a figure that no cited
    # snippet states would be a number the person cannot check.
    if reading.percent_below >= 50:
        state.say("demand.rank_many", demand.doc_id, year=year)
    elif not good:
        state.say("demand.rank_few", demand.doc_id, year=year)
    ratio, regional = reading.region_ratio, f.get("regional")
    if ratio is None or not f.get("region_name") or not isinstance(regional, int) or regional < MIN_REGIONAL:
        return
    key = "demand.region_more" if ratio >= MORE_COMMON else "demand.region_less" if ratio <= LESS_COMMON \
        else "demand.region_same"
    if not (good and key in SCARCE):
        state.say(key, demand.doc_id, region=f["region_name"])


def _own_words(profile: Profile, focus: Focus) -> list[tuple[str, str]]:
    """(word, occupation label) for the person's own occupations that the asked one does not share: the
    words an ad names them by ("tandläkare" in "Tandläkare", not in "Tandsköterska")."""
    asked = focus.label.casefold()
    out = []
    for e in profile.experiences:
        for word in re.split(r"[\s/,()-]+", e.occupation.label.casefold()):
            if len(word) >= 5 and word not in asked:
                out.append((word, e.occupation.label))
    return out


def _sentences(rt: Runtime | None, ad: Evidence) -> list[str]:
    """The ad's sentences, without the one that only repeats its title."""
    text = " ".join(((full_text(rt, ad) if rt is not None else ad.snippet) or "").split())
    title = ad.title.casefold().strip(" .")
    return [x.strip() for x in _SENTENCE.split(text) if x.strip() and x.casefold().strip(" .") != title]


def _fitting(state: TurnState, rt: Runtime | None, focus: Focus, ads: list[Evidence]) -> tuple[Evidence | None, str, dict, str]:
    """The ad that fits the person, the sentence key, its parameters and the ad's sentence that makes it
    fit ('' when only its title does); (None, …) when none fits."""
    own = _own_words(state.profile, focus)
    new_to_it = not any(e.ssyk_code and e.ssyk_code == focus.ssyk_code for e in state.profile.experiences)
    read = [(ad, _sentences(rt, ad)) for ad in ads]
    for ad, sentences in read:  # an ad that names the person's own work first, in any of the ads
        for word, label in own:
            if word in ad.title.casefold() or any(word in x.casefold() for x in sentences):
                hits = [x for x in sentences if word in x.casefold()]
                # (the sentence that names the person's work and is open to newcomers says the most:
                # "… eller tandläkare under utbildning")
                hit = next((x for x in hits if _ENTRY.search(x)), hits[0] if hits else "")
                return ad, "demand.ad_background", {"own": sv_title(label, "occupation")}, hit
    for ad, sentences in read if new_to_it else []:
        entry = next((x for x in sentences if _ENTRY.search(x)), None)
        if entry:
            return ad, "demand.ad_entry", {}, entry
    return None, "", {}, ""


def _ads(state: TurnState, rt: Runtime | None, focus: Focus, ads: list[Evidence]) -> None:
    """Example ads: the one that fits the person first, with the sentence that makes it fit. With the person's
    län known, only ads from it: an ad elsewhere is no example of work where they live (rater 7: an Örebro ad
    for a Borlänge driver); when none is from there, a plain sentence says so. The one exception is an ad that
    names the person's own work: it tells them their background is asked for, wherever it is."""
    region = state.profile.region_id()
    every = ads
    if region:
        local = [a for a in ads if region in (a.facts.get("region_ids") or ())]
        if ads and not local:
            state.say("demand.no_local_ad", region=(region_label(region, rt) if rt else None) or region)
        ads = local
    fit, key, params, sentence = _fitting(state, rt, focus, ads)
    if fit is None and ads is not every:
        fit, key, params, sentence = _fitting(state, rt, focus, every)
        if key != "demand.ad_background":
            fit = None
    if fit is not None:
        fit = state.add_evidence(fit)
        state.say(key, fit.doc_id, title=sv_title(fit.title, "ad"), **params)
        if sentence:
            state.say("demand.ad_quote", fit.doc_id, quote=sv_text(quote(sentence, QUOTE_CHARS)))
        ads = [a for a in ads if a.doc_id != fit.doc_id]
    ads = ads[:MAX_ADS - (fit is not None)]
    if ads:
        state.say("demand.ads")
        for ad in ads:
            ad = state.add_evidence(ad)
            state.say("demand.ad", ad.doc_id, bullet=True, title=sv_title(ad.title, "ad"))

