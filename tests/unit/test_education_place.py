"""Where the courses an answer lists are (assistant/education.py, retrieval/education.py): a programme given in
several towns names the person's county's first; another town's Komvux is not offered, also at a distance; courses
elsewhere only when the person asked for courses and nothing is near."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.contract import ChatMessage, ChatRequest
from assistant.education import _county, local_first
from assistant.state import TurnState
from retrieval.education import EducationOption, education_options
from vagledning.domain.evidence import Evidence
from vagledning.domain.geography import Place
from vagledning.domain.profile import Profile


def _state(place: Place) -> TurnState:
    req = ChatRequest(messages=[ChatMessage(role="user", content="x")], language="sv")
    return TurnState(request=req, language="sv", text="x", profile=Profile(), place=place)


def _programme(place: str) -> Evidence:
    return Evidence(type="programme", doc_id="yh:x", kind="programme", title="Mjukvaruutvecklare",
                    facts={"place": place, "in_region": True, "distance": True})


def test_a_programme_in_several_towns_names_the_persons_county_first():
    lulea = _state(Place("CXbY_gui_14v", "Luleå", "municipality", "9hXe_F4g_eTG"))
    assert _county(lulea) == "Norrbottens län"
    ev = local_first(_programme("Göteborg, Karlstad, Luleå, Malmö"), _county(lulea))
    assert ev.facts["place"] == "Luleå, Göteborg, Karlstad, Malmö"
    region = _state(Place("zdoY_6u5_Krt", "Västra Götalands län", "region", "zdoY_6u5_Krt"))
    assert local_first(_programme("Karlstad, Göteborg"), _county(region)).facts["place"] == "Göteborg, Karlstad"
    assert local_first(_programme("Luleå"), "Skåne län").facts["place"] == "Luleå"  # one town: as it is


def _option(title: str, *, region: str | None, distance: bool, kind: str | None) -> tuple[str, SimpleNamespace]:
    hit = SimpleNamespace(title=title, url="https://example.se/" + title, similarity=0.9, snippet="", doc_id=title,
                          metadata={"region_ids": [region] if region else [], "education_type": kind, "place": "X"})
    return "course", hit


def test_another_towns_komvux_never_and_elsewhere_only_when_asked_and_nothing_near(monkeypatch):
    found = [_option("Barnskötare Luleå", region="north", distance=True, kind="gymnasial vuxenutbildning"),
             _option("Barnskötare Vimmerby", region="south", distance=False, kind="folkhögskola")]
    monkeypatch.setattr("retrieval.education.fitting_education", lambda *a, **k: found)
    monkeypatch.setattr("retrieval.education.is_distance", lambda title, *a: "Luleå" in title)
    rt = SimpleNamespace()
    west = "west"
    assert education_options(rt, "Barnskötare", None, "5311", west) == []
    elsewhere = education_options(rt, "Barnskötare", None, "5311", west, elsewhere=True)
    assert [o.hit.title for o in elsewhere] == ["Barnskötare Vimmerby"]
    assert all(isinstance(o, EducationOption) and not o.in_region for o in elsewhere)
    north = education_options(rt, "Barnskötare", None, "5311", "north")
    assert [o.hit.title for o in north] == ["Barnskötare Luleå"]


def test_no_yh_programme_beside_an_occupation_for_someone_schooled_below_the_gymnasium_or_learning_swedish():
    """rater16 conv5: yrkeshögskola asks for upper-secondary school and Swedish at that level (assistant/newcomer_routes.py)."""
    from assistant.newcomer_routes import for_learner
    from vagledning.domain.profile import EducationItem, LanguageItem, Span

    told = {"span": Span.of("x", 0, 1), "confidence": 0.8}
    items = [_programme("Umeå"), Evidence(type="course", doc_id="c", kind="course", title="Yrkesförare Buss")]
    state = _state(Place("x", "Gävle", "municipality", "y"))
    assert [e.type for e in for_learner(state, items)] == ["programme", "course"]  # nothing told: as it is
    state.profile.education.append(EducationItem(label="grundskola", sun_level="2", **told))
    assert [e.type for e in for_learner(state, items)] == ["course"]
    state.profile.education.append(EducationItem(label="gymnasium", sun_level="3", **told))
    assert [e.type for e in for_learner(state, items)] == ["programme", "course"]
    learner = TurnState(request=ChatRequest(messages=[ChatMessage(role="user", content="x")], language="uk"),
                        language="uk", text="x", profile=Profile(languages=[LanguageItem(code="uk", **told)]), place=None)
    learner.profile.education.append(EducationItem(label="вища освіта", sun_level="5", abroad=True, **told))
    assert [e.type for e in for_learner(learner, items)] == ["course"]
