"""retrieval/mixed_interests.keep_interests: work and interests told together both lead the first suggestions."""
from __future__ import annotations

from retrieval.match_models import OccupationMatch
from retrieval.mixed_interests import keep_interests
from vagledning.domain.profile import ConceptRef, Experience, Interest, Profile, Span

SPAN = Span(start=0, end=5, quote="x")
WORK = Experience(occupation=ConceptRef(id="w1", kind="occupation", label="Städare"), span=SPAN, confidence=0.9)
LIKES = Interest(label="drawing and computers", span=SPAN, confidence=0.6)
DIRS = {"i1": (None, None)}


def _m(oid: str, *reasons: str, score: float = 1.0) -> OccupationMatch:
    return OccupationMatch(id=oid, label=oid, score=score, reasons=list(reasons))


def _ranked() -> list[OccupationMatch]:
    return [_m("w1", "experience"), _m("w2", "experience"), _m("w3", "similar"), _m("i1", "interest"),
            _m("i2", "interest"), _m("i3", "interest")]


def test_the_best_work_then_two_interests_then_the_rest():
    out = keep_interests(Profile(experiences=[WORK], interests=[LIKES]), _ranked(), set(), DIRS)
    assert [m.id for m in out] == ["w1", "i1", "i2", "w2", "w3", "i3"]


def test_an_interest_already_shown_keeps_its_place_and_one_more_joins_it():
    ranked = [_m("w1", "experience"), _m("w2", "experience"), _m("i1", "interest"), _m("w3", "similar"),
              _m("i2", "interest")]
    out = keep_interests(Profile(experiences=[WORK], interests=[LIKES]), ranked, set(), DIRS)
    assert [m.id for m in out] == ["w1", "i1", "i2", "w2", "w3"]


def test_nothing_moves_without_both_work_and_interests_or_with_a_wish_filling_the_places():
    ranked = _ranked()
    assert keep_interests(Profile(experiences=[WORK]), ranked, set(), DIRS) == ranked
    assert keep_interests(Profile(interests=[LIKES]), ranked, set(), DIRS) == ranked
    assert keep_interests(Profile(experiences=[WORK], interests=[LIKES]), ranked, {"w1", "w2", "w3"}, DIRS) == ranked


def test_a_wish_keeps_its_lead_and_the_work_and_an_interest_share_the_other_places():
    ranked = [_m("x1", "wish"), *_ranked()]
    out = keep_interests(Profile(experiences=[WORK], interests=[LIKES]), ranked, {"x1"}, DIRS)
    assert [m.id for m in out][:3] == ["x1", "w1", "i1"]


def test_someone_turning_away_from_their_work_gets_the_field_they_like_first():
    """"Jag vill bort från butiken, jag gillar barn" (rater27): the work left leads on only after the field liked."""
    ranked = [_m("t1", "transfer"), _m("i1", "interest"), _m("t2", "transfer"), _m("t3", "transfer"),
              _m("i2", "interest")]
    out = keep_interests(Profile(experiences=[WORK], interests=[LIKES]), ranked, set(), DIRS, away=True)
    assert [m.id for m in out] == ["i1", "i2", "t1", "t2", "t3"]
    ranked = [_m("t1", "transfer"), _m("i1", "interest"), _m("t2", "transfer")]
    assert [m.id for m in keep_interests(Profile(experiences=[WORK], interests=[LIKES]), ranked, set(), DIRS,
                                         away=True)] == ["i1", "t1", "t2"]
    assert keep_interests(Profile(experiences=[WORK], interests=[LIKES]), ranked, {"t1"}, DIRS, away=True)[0].id == "t1"
