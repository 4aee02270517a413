"""Multi-turn conversations on the GroundedComposer over the real ingested store (slow).

Every cited id must exist in the store, and every number the answer states (ad counts,
salaries) must equal the evidence it cites. Everything is real: interpreter, matching,
occupation details, search and relations (the interpreter is deterministic).
"""
from __future__ import annotations

import re

import pytest

from assistant.citations import check
from assistant.composers.grounded import GroundedComposer, format_number
from assistant.contract import ChatMessage, ChatRequest
from assistant.turn import prepare

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def deps():
    from assistant.turn import default_deps

    return default_deps()


class Conversation:
    """Client side of a stateless conversation: keeps messages and profile, sends them each turn."""

    def __init__(self, rt, deps, language: str | None) -> None:
        self.rt, self.deps, self.language = rt, deps, language
        self.messages: list[ChatMessage] = []
        self.profile = None

    def say(self, text: str):
        self.messages.append(ChatMessage(role="user", content=text))
        state = prepare(ChatRequest(messages=list(self.messages), profile=self.profile, language=self.language),
                        self.rt, self.deps)
        comp = GroundedComposer().compose(state).run()
        result = check(comp.text, comp.citations, state.evidence, exempt=comp.exempt)
        self.messages.append(ChatMessage(role="assistant", content=result.text))
        self.profile = state.profile
        assert_grounded(self.rt, state, result)
        return state, result


def assert_grounded(rt, state, result) -> None:
    """Cited ids exist in the store; numbers equal the evidence; nothing uncited or removed."""
    assert result.removed == 0 and result.uncited == 0, result.text
    for c in result.citations:
        assert rt.store.get_docs(c.kind, [c.id]).get(c.id), f"{c.id} is not in the store"
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", result.text)}
    assert markers == {c.n for c in result.citations}
    loc = state.locale
    for fact in state.facts:
        if fact.key in ("occ.salary", "occ.salary_median", "occ.demand_region", "occ.demand_national"):
            ev_types = {"salary"} if "salary" in fact.key else {"demand"}
            ev = next(e for e in state.evidence if e.doc_id == fact.source and e.type in ev_types)
            names = ("low", "median", "high") if "salary" in fact.key else ("regional", "national")
            for name in names:
                if name in fact.params and fact.params[name] is not None:
                    assert int(str(ev.facts[name]).replace(" ", "")) == fact.params[name]
                    assert format_number(loc, fact.params[name]) in result.text


def cited_kinds(result) -> set[str]:
    return {c.kind for c in result.citations}


def test_swedish_conversation(real_runtime, deps):
    conv = Conversation(real_runtime, deps, None)
    state, r = conv.say("Hej")
    assert state.language == "sv" and state.action == "greet" and r.citations == []
    state, r = conv.say("Jag har jobbat som kock i sex år i Syrien och bor i Malmö")
    assert state.action == "suggest"
    assert "Kock, à la carte" in r.text and "Platsbanken" in r.text
    assert "UHR" not in r.text  # a cook who named no education: nothing for UHR to assess (assistant/next_steps.py)
    assert "occupation" in cited_kinds(r)
    state, r = conv.say("Vad tjänar man?")
    assert state.action == "salary" and state.focus is not None
    assert [c.kind for c in r.citations] == ["statistics"]
    assert "kronor" in r.text
    state, r = conv.say("Vilka kurser finns i Malmö?")
    assert state.action == "courses" and state.place is not None
    for c in r.citations:
        if c.kind == "education_route":
            continue  # a route (SFI, Komvux …) is offered everywhere: no place to check
        meta = real_runtime.store.get_docs(c.kind, [c.id])[c.id]["metadata"]
        assert state.place.region_id in (meta.get("region_ids") or []), c.id
    state, r = conv.say("Behöver jag kunna svenska?")
    assert state.action == "swedish"
    # A cook: Swedish at Komvux and Komvux's vocational training (taken with Swedish), cited; SFX (for people
    # with a degree) is not for him.
    assert {"route:komvux_sas", "route:komvux_yrke"} <= {c.id for c in r.citations} and "SFX" not in r.text
    # stateless: the profile the client holds carries the experience and the place
    assert conv.profile.experiences and conv.profile.region_id() == "CaRE_1nn_cSU"


def test_english_conversation(real_runtime, deps):
    conv = Conversation(real_runtime, deps, "en")
    state, r = conv.say("I worked as a nursing assistant in Somalia for ten years")
    assert state.action == "suggest" and "Undersköterska" in r.text and "Swedish occupation name" in r.text
    state, r = conv.say("What does a nursing assistant do?")
    assert state.action == "describe"
    assert {"description"} & cited_kinds(r) or {"occupation"} & cited_kinds(r)
    state, r = conv.say("What does it pay?")
    assert state.action == "salary" and "Swedish kronor" in r.text


@pytest.mark.parametrize("chosen,language,experience,named,salary,currency,then", [
    (None, "ar", "عملت طباخ في سوريا لمدة خمس سنوات", "«Kock, à la carte» (طباخ/ة؛ اسم مهنة سويدي)", "كم الراتب؟", "كرونة", []),
    ("so", "so", "Waxaan ahaa cunto karis Soomaaliya", "magaca shaqada", "Immisa lacag ayay bixisaa?", "karoon", []),
    (None, "uk", "Я працював кухарем в Україні", "шведська назва професії", "Яка зарплата?", "крон",
     [("Не знаю, ким хочу працювати", "explore")]),
], ids=["ar", "so", "uk"])
def test_experience_then_salary(real_runtime, deps, chosen, language, experience, named, salary, currency, then):
    """A cook's experience is answered with Swedish occupation names (the language detected when not
    chosen), the salary question in that language with the currency, then any follow-ups."""
    conv = Conversation(real_runtime, deps, chosen)
    state, r = conv.say(experience)
    assert state.language == language and state.action == "suggest" and named in r.text
    state, r = conv.say(salary)
    assert state.action == "salary" and currency in r.text
    for message, action in then:
        state, r = conv.say(message)
        assert state.action == action


def test_tigrinya_and_persian_greetings_and_easy_swedish(real_runtime, deps):
    for lang, text in (("ti", "ሰላም"), ("fa", "سلام"), ("sv-easy", "Hej")):
        conv = Conversation(real_runtime, deps, lang)
        state, r = conv.say(text)
        assert state.action == "greet" and r.citations == []
    conv = Conversation(real_runtime, deps, "sv-easy")
    state, r = conv.say("Jag har jobbat som kock")
    assert state.locale == "sv-easy" and "De här jobben kan passa dig." in r.text


def test_engine_ready_and_unknown_occupation(real_runtime, deps):
    from assistant.engine import Engine
    from vagledning.errors import VagledningError

    eng = Engine(real_runtime.settings, runtime_factory=lambda: real_runtime, deps=deps)
    info = eng.ready()
    assert info["store"] and info["kinds"]["occupation"] > 2000
    with pytest.raises(VagledningError) as err:
        eng.occupation("no_such_id")
    assert err.value.status == 404
    assert eng.occupation("JbJw_as4_S93")["label"] == "Kock, à la carte"
