"""honest12's rules without the store (the proof conversations are tests/proof/test_dialogue_honest12.py):

- a trade's own age rule (a curated support route ``*_alder`` with SSYK codes) is found for the occupation in view only;
- "my sources say nothing more" goes when a later step of the turn cites a source the plan did not;
- "it is what you want to work with" is said only of work the profile wishes for;
- the curated age rule of the bus and lorry licence is there, cited to Transportstyrelsen, worded in every locale;
- "am I too old to become a bus driver?" and "is it too late for me?" are read as such in every language.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.age_worry import age_intent
from assistant.contract import ChatMessage, ChatRequest
from assistant.intent_cues import normalize
from assistant.intents import detect_intent, question_part
from assistant.locales import lookup
from assistant.said_more import cited_sources, unsay_nothing_more
from assistant.spoken_reasons import spoken_reasons
from assistant.state import LOCALES, Fact, Focus, TurnState
from assistant.trade_age import trade_age_rules
from ingest.sources.routes import load
from tests.dialogue_support import said
from vagledning.domain.profile import ConceptRef, Profile, Span, Wish

HEAVY_AGE = "hogre_behorighet_alder"


def _state(**fields) -> TurnState:
    return TurnState(request=ChatRequest(messages=[ChatMessage(role="user", content="x")], language="sv"), **fields)


def _route(key: str, kind: str = "support", ssyk: tuple[str, ...] = ()) -> SimpleNamespace:
    return SimpleNamespace(key=key, kind=kind, ssyk=ssyk)


def _table() -> dict:
    return {r.key: r for r in (_route(HEAVY_AGE, ssyk=("8331", "8332")), _route("komvux_alder"),
                               _route("gy_fordon_transport", kind="gymnasium_programme", ssyk=("833",)))}


@pytest.mark.parametrize(("code", "found"), [("8331", [HEAVY_AGE]), ("8332", [HEAVY_AGE]), ("5321", []), (None, [])])
def test_a_trades_age_rule_is_found_for_the_occupation_in_view(code, found):
    focus = Focus(id="x", label="Bussförare", ssyk_code=code) if code else None
    assert [r.key for r in trade_age_rules(_state(focus=focus), _table())] == found


def test_the_heavy_licence_age_rule_is_curated_cited_and_worded_in_every_locale():
    route = next(r for r in load().routes if r.key == HEAVY_AGE)
    assert route.kind == "support" and set(route.ssyk) == {"8331", "8332"}
    assert "transportstyrelsen.se" in str(route.url) and "45" in route.summary_sv
    for locale in LOCALES:
        text = str(lookup(locale, f"age.{HEAVY_AGE}"))
        assert "45" in text and "Transportstyrelsen" in text, locale


def test_nothing_more_goes_when_a_later_step_cites_a_new_source():
    state = _state(facts=[Fact(key="followup.beyond_sources")])
    before = cited_sources(state)
    state.facts.insert(0, Fact(key=f"age.{HEAVY_AGE}", source=f"route:{HEAVY_AGE}"))
    unsay_nothing_more(state, before)
    assert [f.key for f in state.facts] == [f"age.{HEAVY_AGE}"]


def test_nothing_more_stays_beside_only_what_the_plan_cited():
    state = _state(facts=[Fact(key="occ.salary", source="stat:1"), Fact(key="followup.beyond_sources")])
    unsay_nothing_more(state, cited_sources(state))
    assert [f.key for f in state.facts] == ["occ.salary", "followup.beyond_sources"]


def _wish(oid: str, code: str) -> Wish:
    return Wish(kind="occupation", label=oid, ssyk_code=code, confidence=0.9,
                concept=ConceptRef(id=oid, kind="occupation", label=oid), span=Span(start=0, end=1, quote="x", message=0))


def test_what_you_want_only_of_work_wished():
    office = SimpleNamespace(id="office", ssyk_id="s4", ssyk_code="4112")
    nurse_aide = SimpleNamespace(id="aide2", ssyk_id="s5", ssyk_code="5321")
    profile = Profile(wishes=[_wish("aide1", "5321")])
    assert spoken_reasons(["wish"], profile, office) == ["default"]
    assert spoken_reasons(["wish", "similar"], Profile(), office) == ["default", "similar"]
    assert spoken_reasons(["wish"], profile, nurse_aide) == ["wish"]
    assert spoken_reasons(["wish"], profile) == ["wish"]  # (no match given: as before)


@pytest.mark.parametrize("locale", LOCALES)
def test_too_old_and_too_late_are_read_in_every_language(locale):
    asked = said("honest12_bus_too_old")[locale]
    assert age_intent(normalize(question_part(asked))) == "courses", (locale, asked)
    assert detect_intent(said("honest12_age_after")[locale]) == "courses", locale


class _Rel:
    def occupation(self, oid):
        return SimpleNamespace(id=oid, ssyk_code={"care": "5321"}.get(oid, "4112"), ssyk_id=None, label=oid)


class _Search:
    def search(self, phrase, kind, n, bridges=False):
        return [SimpleNamespace(concept_id="care", title="Undersköterska")] if "vård" in phrase else []


def _lighter_state(text: str, wishes: list | None = None) -> TurnState:
    from vagledning.domain.profile import Constraint, Experience

    builder = Experience(occupation=ConceptRef(id="b", kind="occupation", label="Byggnadsarbetare"), ssyk_code="7114",
                         confidence=0.9, span=Span(start=0, end=1, quote="x", message=0))
    back = Constraint(kind="limitation", value="back", label="back", confidence=0.9, span=Span(start=0, end=1, quote="x", message=0))
    return _state(text=text, intent="suggest",
                  profile=Profile(experiences=[builder], constraints=[back], wishes=wishes or []))


def test_lighter_work_stood_in_is_the_kind_wanted_only_near_a_wish(monkeypatch):
    import retrieval.limit_fit as limit_fit
    from assistant.lighter import as_lighter

    monkeypatch.setattr(limit_fit, "fits", lambda *a, **k: None)  # (no source says the work is seated)
    rt = SimpleNamespace(relations=_Rel(), search=_Search())
    office = SimpleNamespace(id="office", label="Kontorsassistent", reasons=["wish"], ssyk_code="4112", ssyk_id="s4")
    # a builder with a bad back who asks for lighter work wished for none of it (rater27 C4 ti)
    assert as_lighter(_lighter_state("is there lighter work for me?"), rt, [office])[0].reasons == ["default"]
    # work near what the person said they want is of the kind they want
    care = SimpleNamespace(id="care2", label="Vårdbiträde", reasons=["wish"], ssyk_code="5322", ssyk_id="s5")
    wished = _lighter_state("is there lighter work for me?", [_wish("care", "5321")])
    assert as_lighter(wished, rt, [care])[0].reasons == ["field"]
