"""Work in one's own language asked for (limits21; issue 10 items 3-4: "I want to work in Arabic" was answered as if
nothing had been said, or as work in English).

When THIS message asks for work in the person's own language, not English (interpretation/own_language.yaml: the
language, or "my own language", with a work word; 8 languages), the language is kept in the profile
(``Constraint(kind="other", value="work_language:<code>")``, as English is: assistant/work_language.py) and the
answer first says, honestly:

- that in Sweden one's own language is above all an asset where the work is helping people who speak it (general
  guidance, said as such), with the occupations of the taxonomy whose work is one's own language (mother-tongue
  teachers, community and health-care interpreters), each cited to its taxonomy entry and presented;
- the job ads of the sources that ask for that language: those of the person's län, else two from elsewhere, or,
  when none does, a plain sentence saying so;
- the way to the Swedish that most of these jobs also ask for (work_language's Swedish route), cited.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.state import Fact, TurnState
from vagledning.domain.profile import Constraint, LanguageItem, Span
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).with_name("interpretation") / "own_language.yaml"
PREFIX = "work_language:"
MAX_OCCUPATIONS = 3
MAX_ADS = 2
#: Actions (and their sentences) that read the words of the language as an occupation asked about, or found none.
_MISREAD = ("unknown_occupation", "which_occupation", "nothing_more", "clarify", "clarify.unread")


@lru_cache(maxsize=1)
def _doc() -> dict[str, Any]:
    return load_yaml(_PATH.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def parts() -> dict[str, tuple[re.Pattern[str], ...]]:
    return {part: tuple(re.compile(p) for items in (_doc().get(part) or {}).values() for p in items)
            for part in ("asked", "work")}


def asked_own(state: TurnState) -> tuple[str | None, re.Match[str]] | None:
    """(the language's code, or None for "my own language" unnamed; the words) when this message asks for work in
    the person's own language; None when it does not."""
    from assistant.interpretation.constraints import fold

    folded = fold(state.text)
    told = state.message_profile.constraints if state.message_profile is not None else []
    only = [c.span for c in told if c.kind == "limitation" and c.value == "languages" and c.span is not None]
    # (a language named as the only one spoken, "af soomaali keliya ayaan ku hadlaa", asks for no work in it)
    m = next((m for p in parts()["asked"] for m in p.finditer(folded)
              if not any(s.start < m.end() and m.start() < s.end for s in only)), None)
    if m is None or not any(p.search(folded) for p in parts()["work"]):
        return None
    said = m.group(0)
    code = next((c for c, spec in (_doc().get("languages") or {}).items() if re.search(spec["words"], said)), None)
    if code is None:  # ("my own language": the language the person has besides Swedish and English, or writes)
        code = next((lang.code for lang in state.profile.languages if lang.code not in ("sv", "en")), None) \
            or (state.profile.language if state.profile.language not in (None, "sv", "en") else None)
    return code, m


def say_own_language(state: TurnState, rt: Runtime | None) -> bool:
    """Keep the own working language this message asks for and answer it first; False when none is asked."""
    asked = asked_own(state)
    if asked is None:
        return False
    code, m = asked
    value = f"{PREFIX}{code or 'own'}"
    if not any(c.value == value for c in state.profile.constraints):
        state.profile.constraints = [c for c in state.profile.constraints if not c.value.startswith(PREFIX)]
        quote = state.text[m.start():m.end()] if len(state.text) == len(m.string) else m.group(0)
        state.profile.constraints.append(Constraint(kind="other", value=value, label=quote, confidence=0.8,
                                                    span=Span(start=m.start(), end=m.end(), quote=quote,
                                                              message=state.user_index)))
    if code and not any(lang.code == code for lang in state.profile.languages):  # (spoken: never asked again)
        state.profile.languages.append(LanguageItem(code=code, confidence=0.8, span=Span(
            start=m.start(), end=m.end(), quote=m.group(0), message=state.user_index)))
    if rt is None or any(f.key.startswith("own_language.") for f in state.facts):
        return True
    if state.action in _MISREAD:  # (its words were no occupation to look for: «بلغتي» was "not found")
        state.action = "suggest"
        state.facts[:] = [f for f in state.facts if f.key not in _MISREAD and not f.key.startswith("followup.")]
    elif state.action == "demand":  # ("is there work in Somali?" asks no demand of the work told before)
        state.action = "suggest"
        state.facts.clear()
        state.presented.clear()
    from assistant.work_language import swedish_route

    facts = [Fact(key="own_language.honest"), *_occupations(state, rt), *_ads(state, rt, code), *swedish_route(state, rt)]
    if state.facts and not state.facts[0].bullet:  # (the rest of the answer: a paragraph of its own)
        state.facts[0] = state.facts[0].model_copy(update={"paragraph": True})
    state.facts[0:0] = facts
    return True


def _occupations(state: TurnState, rt: Runtime) -> list[Fact]:
    """The taxonomy's occupations whose work is one's own language, cited to their entries and presented."""
    from assistant.evidence import store_doc, sv_title

    out: list[Fact] = []
    for concept_id in _doc().get("occupations") or []:
        occ = rt.relations.occupation(str(concept_id))
        ev = store_doc(rt, "occupation", f"jobtech:occupation-name:{occ.id}", "occupation") if occ else None
        if occ is None or ev is None:
            continue
        state.add_evidence(ev)
        state.present(occ)
        out.append(Fact(key="own_language.occupation", source=ev.doc_id, bullet=True,
                        params={"title": sv_title(occ.label, "occupation")}))
        if len(out) == MAX_OCCUPATIONS:
            break
    return [Fact(key="own_language.occupations"), *out] if out else []


def _ads(state: TurnState, rt: Runtime, code: str | None) -> list[Fact]:
    """The job ads of the sources that ask for the language (the län's first), or that none does."""
    from assistant.places import region_label
    from assistant.work_language import ad_fact

    spec = (_doc().get("languages") or {}).get(code or "")
    if not spec:
        return []
    name = spec["sv"]
    try:
        hits = rt.search.search(f"{name} språkkunskaper meriterande", "ad", 50, depth=200)
    except Exception:  # noqa: BLE001 - no ad search: nothing said about ads
        hits = []
    asking = [h for h in hits if re.search(rf"\b{name}\b", f"{h.title} {h.snippet}", re.I)]
    region = state.profile.region_id()
    local = [h for h in asking if region and region in (h.metadata.get("region_ids") or ())]
    language = {"list": [name]}  # (the language as the ads name it: «arabiska»)
    if not asking:
        return [Fact(key="own_language.ads_none", params={"language": language})]
    facts: list[Fact] = []
    if region and not local:
        facts.append(Fact(key="own_language.ads_none_here", params={"language": language,
                                                                      "region": region_label(region, rt) or region}))
    facts.append(Fact(key="own_language.ads", params={"language": language}))
    return facts + [ad_fact(state, h) for h in (local or asking)[:MAX_ADS]]
