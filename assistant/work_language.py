"""Work in English asked for (lang20; rater18 conv2 T5-T7: "what work can I do in English meanwhile?", "I speak good
English but little Swedish", "an accounting job in English at an international firm – any in Jönköping?" were met
with other occupations and then a canned "no more occupations").

When THIS message asks for work in English (interpretation/work_language.yaml ``asked``, 8 languages), or names
English beside little Swedish, the working language is kept in the profile (``Constraint(kind="other",
value="work_language:en")``) and the answer first says, honestly:

- most jobs in Sweden ask for Swedish; English is used more often in IT, at international companies, in hotels and
  tourism, in research and in some logistics (general guidance, said as such, no source claimed);
- the job ads of the sources written in English (their ``language`` is ``en``, or they name English): those of the
  person's län, or, when it has none, a plain sentence saying so and two from elsewhere, cited;
- the way to the Swedish of the trade: Swedish as a second language at Komvux after SFI, or for a trade of upper-
  secondary level the combined training of Komvux (the trade with SFI), cited to its curated page.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.state import Fact, TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.profile import Constraint, Span
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

PREFIX = "work_language:"
_PATH = Path(__file__).with_name("interpretation") / "work_language.yaml"
#: The query that finds ads written in English (the dense and BM25 rankings both favour English text).
_QUERY = "English-speaking workplace, the job is in English, we are an international company, our team"
_NAMES_ENGLISH = re.compile(r"\b(english|engelska)\b", re.I)
MAX_ADS = 2
#: Actions that answer nothing about work: a greeting, a question to the person.
_NOT_HERE = ("greet", "ask", "courses")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, dict[str, tuple[re.Pattern[str], ...]]]:
    doc = load_yaml(_PATH.read_text(encoding="utf-8")) or {}
    return {code: {part: tuple(re.compile(p) for items in by_lang.values() for p in items)
                   for part, by_lang in parts.items()} for code, parts in doc.items() if code != "version"}


def asked_language(state: TurnState) -> tuple[str, re.Match[str]] | None:
    """The working language this message asks for, with the words that say it (None when it asks none)."""
    from assistant.interpretation.constraints import fold
    from assistant.little_swedish_answer import says_little_swedish_now

    folded = fold(state.text)
    told = state.message_profile.constraints if state.message_profile is not None else []
    weak = any(c.kind == "limitation" and c.value == "languages" for c in told)
    for code, parts in _patterns().items():
        if weak and code == "en":  # ("af-ingiriisiga ma aqaan", "my English is bad": no work in English; limits21)
            continue
        m = next((m for p in parts.get("asked", ()) if (m := p.search(folded))), None)
        if m is None and says_little_swedish_now(state):
            m = next((m for p in parts.get("named", ()) if (m := p.search(folded))), None)
        if m is not None:
            return code, m
    return None


def names_working_language(text: str) -> bool:
    """The words name a working language other than Swedish (work_language.yaml ``named``/``asked``, 8 languages):
    "is English enough?" asks whether that language will do (second21)."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    return any(p.search(folded) for parts in _patterns().values() for ps in parts.values() for p in ps)


def working_language(state: TurnState) -> str | None:
    """The working language the profile keeps (None: Swedish, nothing said)."""
    return next((c.value.removeprefix(PREFIX) for c in state.profile.constraints
                 if c.kind == "other" and c.value.startswith(PREFIX)), None)


def say_work_language(state: TurnState, rt: Runtime | None) -> None:
    """Keep the working language this message asks for, and answer it first (module docstring)."""
    from assistant.own_language_work import say_own_language

    # (one's own language, not English: its own answer, also before a question to the person; limits21)
    if state.action not in ("greet", "courses") and say_own_language(state, rt):
        return
    asked = asked_language(state)
    if asked is None or state.action in _NOT_HERE:
        return
    code, m = asked
    if working_language(state) != code:
        state.profile.constraints = [c for c in state.profile.constraints if not c.value.startswith(PREFIX)]
        quote = state.text[m.start():m.end()] if len(state.text) == len(m.string) else m.group(0)
        state.profile.constraints.append(Constraint(kind="other", value=f"{PREFIX}{code}", label=quote, confidence=0.8,
                                                    span=Span(start=m.start(), end=m.end(), quote=quote,
                                                              message=state.user_index)))
    if rt is None or any(f.key.startswith("work_language.") for f in state.facts):
        return
    if _said_before(state):  # asked again: what is new is the person's own field in the ads, or that it has none
        facts = _field_ads(state, rt)
    else:
        facts = [Fact(key="work_language.honest"), *_ads(state, rt), *swedish_route(state, rt)]
    if state.action == "nothing_more":  # ("no other occupations to suggest" answers another question)
        state.action = "more"
        state.facts[:] = [f for f in state.facts if not f.key.startswith("followup.")]
    if facts and state.facts and not state.facts[0].bullet:  # (the rest of the answer: a paragraph of its own)
        state.facts[0] = state.facts[0].model_copy(update={"paragraph": True})
    state.facts[0:0] = facts


def _said_before(state: TurnState) -> bool:
    from assistant.composers.grounded import render_fact, said_as

    said = said_as("\n".join(m.content for m in state.history if m.role == "assistant"))
    return said_as(render_fact(state.locale, Fact(key="work_language.honest"))) in said


def _english_ads(rt: Runtime) -> list[Any]:
    try:
        hits = rt.search.search(_QUERY, "ad", 100, depth=400)
    except Exception:  # noqa: BLE001 - no ad search: nothing said about ads
        return []
    return [h for h in hits if h.metadata.get("language") == "en" or _NAMES_ENGLISH.search(h.snippet or "")]


def _field_ads(state: TurnState, rt: Runtime) -> list[Fact]:
    """The ads written in English of the person's own field not cited before; else that there are none."""
    own = _own_groups(state)
    cited = {e.doc_id for e in state.evidence}
    said = "\n".join(m.content for m in state.history if m.role == "assistant")
    fits = [h for h in _english_ads(rt) if str(h.metadata.get("ssyk_code") or "")[:2] in own
            and h.doc_id not in cited and h.title not in said]
    if not fits:
        return [*_field_none(state, "work_language.none_more"), Fact(key="work_language.search_tip")]
    facts = [Fact(key="work_language.field_ads")]
    return facts + [ad_fact(state, hit) for hit in fits[:MAX_ADS]]


def _ads(state: TurnState, rt: Runtime) -> list[Fact]:
    """The ads of the sources written in English: the person's län's, or the län's none and two from elsewhere."""
    from assistant.places import region_label

    region = state.profile.region_id()
    english = _english_ads(rt)
    own = _own_groups(state)
    facts: list[Fact] = []
    if own:  # an ad for other work is no evidence for this person's (filler24, rater34 class 8: an accountant was
        # shown «APP DEVELOPER» and «Intern 2020 - Stockholm office»): their own field's ads, or plainly that none is –
        # and other work in English only when the message asks what work ("what can I do in English meanwhile?")
        fits = [h for h in english if str(h.metadata.get("ssyk_code") or "")[:2] in own]
        if not fits:
            facts = _field_none(state)
            if not _asks_any_work(state):
                return facts
        english = fits or english
    english.sort(key=lambda h: not h.metadata.get("place"))
    local = [h for h in english if region and region in (h.metadata.get("region_ids") or ())]
    if region and not local:
        facts.append(Fact(key="work_language.none_here", params={"region": region_label(region, rt) or region}))
    chosen = (local or english)[:MAX_ADS]
    if not chosen:
        return facts
    facts.append(Fact(key="work_language.ads_here" if local else "work_language.ads"))
    return facts + [ad_fact(state, hit) for hit in chosen]


def _asks_any_work(state: TurnState) -> bool:
    """The message asks what work there is ("what work can I do in English?"), not about the person's own work."""
    from assistant.intent_cues import has
    from assistant.intents import question_part

    return has("wh_work", question_part(state.text))


def _field_none(state: TurnState, otherwise: str | None = None) -> list[Fact]:
    """None of the ads in English is for the person's own work (or, with no work told, ``otherwise``)."""
    from assistant.evidence import sv_title

    work = next((e.occupation.label for e in state.profile.experiences if e.occupation is not None), None)
    if work is None and state.focus is not None:
        work = state.focus.label
    if work is None:
        return [Fact(key=otherwise)] if otherwise else []
    return [Fact(key="work_language.field_none", params={"occupation": sv_title(work, "occupation")})]


def ad_fact(state: TurnState, hit: Any) -> Fact:
    """One ad as a cited list line, with its place when it has one."""
    from assistant.evidence import sv_title

    place = hit.metadata.get("place")
    facts = {"place": place, "region_ids": hit.metadata.get("region_ids"), "date": hit.metadata.get("date")}
    ev = state.add_evidence(Evidence(type="ad", doc_id=hit.doc_id, kind="ad", title=hit.title, url=hit.url or None,
                                     snippet=hit.snippet, facts={k: v for k, v in facts.items() if v}))
    return Fact(key="work_language.ad_place" if place else "work_language.ad", source=ev.doc_id, bullet=True,
                params={"title": sv_title(hit.title, "ad"), "place": place or ""})


def _own_groups(state: TurnState) -> set[str]:
    """The SSYK-2 groups of the person's work done and wishes (their ads in English first)."""
    p = state.profile
    codes = [e.ssyk_code for e in p.experiences] + [w.ssyk_code for w in p.wishes]
    return {c[:2] for c in codes if c}


def swedish_route(state: TurnState, rt: Runtime) -> list[Fact]:
    """The way to the Swedish of the trade: Komvux's combined training for a trade of upper-secondary level, else
    Swedish as a second language after SFI; cited to its curated page."""
    from assistant.routes import evidence_of, routes

    table = routes(rt)
    trade = any((e.ssyk_code or "")[:1] in "456789" for e in state.profile.experiences if e.ssyk_code)
    degree = any((e.ssyk_code or "")[:1] in "123" for e in state.profile.experiences if e.ssyk_code)
    key = "kombinationsutbildning" if trade and not degree else "komvux_sas"
    route = table.get(key)
    if route is None:
        return []
    ev = state.add_evidence(evidence_of(route))
    return [Fact(key=f"work_language.swedish_{'trade' if key == 'kombinationsutbildning' else 'sas'}", source=ev.doc_id,
                 params={"title": {"sv_title": ev.title, "kind": "route"}})]
