"""The licence answer: the regulated-profession route that fits the person (licence, authority, steps, the
authority's page), cited, and the Swedish-language requirement quoted from such a route.

Like :mod:`assistant.evidence`, every factual sentence names the store document it comes from.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from assistant.evidence import sv_text, sv_title
from assistant.regulated import licence_evidence
from assistant.state import Focus, TurnState
from assistant.yes_no import say_verdict
from vagledning.domain.countries import trained_in
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml


def trained_route(state: TurnState, code: str | None = None) -> str:
    """The licence route for where the person did the work: the country of their experience in occupation
    group ``code`` first, then of any work abroad, then in Sweden (EU/EEA/CH -> "eu", elsewhere ->
    "outside_eu", Sweden -> "sweden"). With no country known: abroad, or writing in another language,
    is taken as trained outside the EU (the route that asks the most), else trained in Sweden. Someone schooled
    here (:mod:`assistant.degree_routes`), or who holds a Swedish licence or degree (:mod:`assistant.held_swedish`),
    takes the Swedish route, whatever language they write."""
    from assistant.degree_routes import schooled_here
    from assistant.held_swedish import says_holds_swedish

    if schooled_here(state, code, young=False) or says_holds_swedish(state, code):  # "I have a Swedish B licence"
        return "sweden"
    p = state.profile
    known = sorted((e for e in p.experiences if e.country),
                   key=lambda e: (not code or e.ssyk_code != code, trained_in(e.country) == "sweden"))
    route = trained_in(known[0].country) if known else None
    if route is not None:
        return route
    # "My bus licence is from Iraq, is it valid here?": the country the question itself names (the licence or
    # training is from there), when the profile knows none.
    from assistant.cv.sections import country_of
    from assistant.intents import question_part

    route = trained_in(country_of([question_part(state.text)]))
    if route is not None:
        return route
    # "Polish electrician … EU certificate from Poland" told in an earlier message, about no single job:
    # the country the person named most recently is where their training is from.
    for said in reversed([m.content for m in state.request.messages if m.role == "user"]):
        route = trained_in(country_of([said]))
        if route is not None and route != "sweden":
            return route
    abroad = any(e.abroad for e in p.experiences) or any(e.abroad for e in p.education)
    if not abroad and schooled_here(state, code):  # too young for a degree from abroad
        return "sweden"
    return "outside_eu" if abroad or state.language != "sv" else "sweden"


#: A licence step that speaks only of a licence or training from outside the EU/EEA.
OUTSIDE_EU = re.compile(r"från ett land utanför (?:EU/)?EES", re.I)
#: A step about a driving licence from outside the EEA (whether it can be exchanged, how long it is valid here).
_SWAP_STEP = re.compile(r"körkort från ett land utanför (?:EU/)?EES", re.I)


@lru_cache(maxsize=1)
def step_translations() -> dict[str, dict[str, str]]:
    raw = resources.files("assistant").joinpath("locales/licence_steps.yaml").read_text(encoding="utf-8")
    return {" ".join(str(t["sv"]).split()): {k: str(v) for k, v in t.items()} for t in
            (load_yaml(raw) or {}).get("steps") or []}


def step_in(locale: str, step: str) -> Any:
    """A licence step in the reader's language when it is translated (locales/licence_steps.yaml), else the
    Swedish step quoted as such."""
    if locale == "sv":
        return sv_text(step)
    translated = step_translations().get(" ".join(step.split()), {}).get(locale)
    return translated if translated else sv_text(step)


def plan_licence(state: TurnState, rt: Runtime, focus: Focus, details: dict[str, Any]) -> None:
    """The regulated-profession route (licence, authority, steps, the authority's page), cited;
    then what Arbetsförmedlingen writes about requirements. Says plainly when no licence is listed."""
    from assistant.licence_asked import licence_focus
    from retrieval.relations_regulated import licence_route

    asked = licence_focus(state, rt, focus)  # "bus or warehouse? and does taxi need a licence?": taxi is asked
    if asked.id != focus.id:
        focus, details = asked, {}
        state.focus = asked
        state.present(asked)
    occ = sv_title(focus.label, "occupation")
    route = None
    try:
        route = licence_route(focus.id, rt)
    except Exception:  # noqa: BLE001 - no regulated-profession tables: treated as not regulated
        route = None
    if route is not None:
        trained = trained_route(state, focus.ssyk_code)
        ev = licence_evidence(state, route, trained)
        steps = route.steps_for(trained)  # type: ignore[arg-type]
        if trained != "outside_eu":  # (a route's steps shared by all: the one for a licence from outside the EEA
            steps = [s for s in steps if not OUTSIDE_EU.search(s)]  # is not for a Swedish licence: person17)
        from assistant.driving_licence import no_licence_told

        heading = trained
        if trained == "outside_eu" and no_licence_told(state) and any(_SWAP_STEP.search(s) for s in steps):
            # no driving licence at all told: none to exchange, and the way is taken here (consist32, rater37-1 T2)
            steps, heading = [s for s in steps if not _SWAP_STEP.search(s)], "sweden"
        from assistant.licence_exam import say_exam, wants_whole_route
        from assistant.work_before_licence import asks_work_before, bridge_step, say_bridge, say_field_work

        if not say_exam(state, route, steps, ev.doc_id):  # "is there an exam?": yes or no first (route11)
            # "yes or no?": the verdict from the data first; "may I work meanwhile?": the route's own rule for it
            bridge = asks_work_before(state) and bridge_step(steps) is not None
            say_verdict(state, route, occ, ev.doc_id, bridge=bridge)
            steps = say_bridge(state, steps, ev.doc_id)
        state.say(f"licence.{route.requirement}", ev.doc_id, occupation=occ,
                  licence=sv_title(route.licence, "default"), authority=route.authority)
        if trained == "eu":  # a driving licence from an EEA country is valid here: said instead of "get one" (eukort10)
            from assistant.b_licence import eea_licence_first
            steps = eea_licence_first(state, rt, steps)
        if asks_work_before(state):  # the steps said before are not said again beside "may I work meanwhile?"
            from assistant.said_before import said_before

            steps = [s for s in steps if not said_before(state, _step_fact(state, s, ev.doc_id))]
        if steps:
            state.say(f"licence.steps_{heading}")
            # "what must I do, how long, is there an exam?" asks for the whole way (praktisk tjänstgöring, the
            # other routes); a plain "do I need a licence?" gets its first steps
            for step in steps if wants_whole_route(state) else steps[:4]:
                state.say("licence.step", ev.doc_id, bullet=True, step=step_in(state.locale, step))
        if ev.url:  # the evidence's link: withheld when the link verdict marks it bad (issue 14)
            state.say("licence.page", ev.doc_id, authority=route.authority, url=ev.url)
        say_siblings(state, rt, route, trained)  # a pharmacist also hears of the receptarie's licence (licence21)
        if trained == "sweden":  # the Swedish programme: its length, and where it is given near them
            from assistant.degree_routes import say_programme

            say_programme(state, rt, focus.ssyk_code)
        if trained == "outside_eu":  # the other way to the licence: a university's supplementary programme
            from assistant.licence_routes import say_bridging

            say_bridging(state, rt, focus.ssyk_code, focus.label)
        from assistant.licence_routes import say_status

        say_status(state, rt)  # temporary protection: work is allowed, the introduction programme is not for them
        say_field_work(state, rt, focus)  # "may I work meanwhile?": work of the field that needs no licence
    else:
        from assistant.certificates import say_rules, work_rules

        rules = work_rules(rt, focus.ssyk_code)  # a chainsaw or food-hygiene rule: "it depends" (trade11)
        say_verdict(state, None, occ, certificate=bool(rules))
        state.say("licence.none", occupation=occ)
        say_rules(state, rules)
        # No authority's licence, but the trade's own certificate (BYN's yrkesbevis …), the training to a
        # protected title or a validation is what "do I need a certificate?" asks for.
        from assistant.licence_routes import say_routes

        say_routes(state, rt, focus.ssyk_code, focus.label)
    req = Evidence.coerce(details.get("education_requirement"))
    if req is not None:
        from assistant.requirement_text import requirement_in

        req = state.add_evidence(req)  # in the reader's language (a translation, or a pointer to the cited page)
        state.say("licence.requirement", req.doc_id, quote=requirement_in(state.locale, req.facts.get("requirement")
                                                                           or req.snippet))
        from assistant.papers_validation import say_validation

        say_validation(state, rt)  # no papers: what one knows can be validated (read18)


def _step_fact(state: TurnState, step: str, doc_id: str) -> Any:
    from assistant.state import Fact

    return Fact(key="licence.step", params={"step": step_in(state.locale, step)}, source=doc_id, bullet=True)


def say_siblings(state: TurnState, rt: Runtime, route: Any, trained: str) -> None:
    """The licences the authority describes on the same page as this one (retrieval.relations_regulated.sibling_routes:
    apotekare and receptarie), each cited to its own profession's document: a related way in the person may not know."""
    from retrieval.relations_regulated import sibling_routes

    try:
        siblings = sibling_routes(route, rt)
    except Exception:  # noqa: BLE001 - no regulated-profession tables or documents: no siblings to name
        siblings = []
    for sib in siblings:
        ev = state.add_evidence(Evidence(
            type="recognition", doc_id=sib.doc_id, kind="regulated_profession",
            title=f"{sib.profession} – {sib.licence} ({sib.authority})", url=sib.url_for(trained),  # type: ignore[arg-type]
            snippet=f"{sib.licence} beviljas av {sib.authority}.",
            facts={"authority": sib.authority, "licence": sib.licence, "requirement": sib.requirement}))
        state.say("licence.sibling", ev.doc_id, authority=sib.authority, licence=sv_title(sib.licence, "default"),
                  profession=sv_title(sib.profession, "occupation"))


#: (also a level in upper-secondary points: "svenska eller svenska som andraspråk (minst 80 gymnasiepoäng)"; level11)
_LEVEL = re.compile(r"svenska 3|andraspråk 3|nivå [abc][12]|\b[abc][12]\b|svensk[^.;]{0,60}\d+ gymnasiepoäng", re.I)
#: A step about the Swedish language itself (a level, a course, a certificate), not one that only names a
#: Swedish university, degree or law ("Ta examen vid ett svenskt universitet" answers nothing about Swedish).
_LANGUAGE = re.compile(r"svenska 3|andraspråk 3|\bsfi\b|språkkrav|lär dig svenska|kunskaper i svenska|svensk[^.;]{0,60}\d+ gymnasiepoäng|"
                       r"kunna svenska|svenska, danska|intyg om svenska|svenska på nivå", re.I)
_NOT_NEEDED = re.compile(r"inte kunna svenska", re.I)


def _language_step(steps: list[str]) -> str | None:
    """The step that states the level asked for (Svenska 3, C1 …), else one about the language."""
    about = [s for s in steps if _LANGUAGE.search(s) and not _NOT_NEEDED.search(s)]
    return next((s for s in about if _LEVEL.search(s)), None) or next(iter(about), None)


def swedish_for_licence(state: TurnState, rt: Runtime, focus: Focus) -> bool:
    """The language requirement of a regulated profession's route (Swedish 3 / C1 …), cited; False when
    the occupation is not regulated or no route of it says anything about the Swedish language. The
    person's own route first; a route that says nothing about it (trained in Sweden: the degree) gives
    way to the others, since the person asking may be trained elsewhere."""
    from retrieval.relations_regulated import ROUTE_ORDER, licence_route

    try:
        route = licence_route(focus.id, rt)
    except Exception:  # noqa: BLE001 - no regulated-profession tables: nothing to say
        route = None
    if route is None:
        return False
    own = trained_route(state, focus.ssyk_code)
    step, on = next(((s, t) for s, t in ((_language_step(route.steps_for(t)), t)  # type: ignore[arg-type]
                                         for t in (own, *(t for t in ROUTE_ORDER if t != own))) if s), (None, own))
    if step is None:
        return False
    ev = state.add_evidence(Evidence(  # the page of the route the step is from (EU/EES page for the EU route)
        type="recognition", doc_id=route.doc_id, kind="regulated_profession",
        title=f"{route.profession} – {route.licence} ({route.authority})", url=route.url_for(on),  # type: ignore[arg-type]
        snippet=step,
        facts={"authority": route.authority, "licence": route.licence, "requirement": route.requirement}))
    kind = "title" if route.requirement == "title_protected" else "licence"  # a protected title is no licence
    state.say(f"swedish.{kind}", ev.doc_id, occupation=sv_title(focus.label, "occupation"),
              authority=route.authority, quote=step_in(state.locale, step))
    _level_elsewhere(state, route, step, on)
    return True


def _level_elsewhere(state: TurnState, route: Any, step: str, on: Any) -> None:
    """The person's own route asks Swedish without a level ("a certificate of your Swedish"): the level another route
    of the same profession states is said beside it, cited from that route's page (rater27 C1 T2: an undersköterska
    trained abroad asked the level three times; the Swedish-training route states it, 80 upper-secondary points)."""
    from retrieval.relations_regulated import ROUTE_ORDER

    if _LEVEL.search(step):
        return
    other = next(((s, t) for t in ROUTE_ORDER if t != on
                  for s in [_language_step(route.steps_for(t))] if s and _LEVEL.search(s)), None)
    if other is None:
        return
    ev = state.add_evidence(Evidence(
        type="recognition", doc_id=route.doc_id, kind="regulated_profession",
        title=f"{route.profession} – {route.licence} ({route.authority})", url=route.url_for(other[1]),
        snippet=other[0], facts={"authority": route.authority, "licence": route.licence,
                                 "requirement": route.requirement}))
    key = "swedish.level_sweden" if other[1] == "sweden" else "swedish.level_elsewhere"  # (where the level is from)
    state.say(key, ev.doc_id, quote=step_in(state.locale, other[0]))
