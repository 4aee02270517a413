"""Several questions in one message are each answered, in the order asked (rater22 class 1; issue 10 "the question
asked is the question answered").

"What does a dental nurse earn, and how long is the training?", «ما الدورات المتاحة … في لوند وهل يوجد عمل هناك؟»,
"Shaqo … ma ka jirtaa Västerås, oo ma u baahanahay af Iswiidhish?": each question of the message gets its own answer
with its own cited evidence, the first first. The response keeps one ``action`` (the first question's) and lists
every question answered in ``parts``, the first one first. Five kinds of pairs in every locale: pay and training,
work in a place and the Swedish it needs, a licence and the pay, courses in a place and work there, what the work is
and whether there is work. A question joined by "and" («و», "oo", "і") carries the sentence's question mark on both
sides: the first one's words have none of their own (so/ar lost their first question to the second before).
Through the real FastAPI app over the shared test store, as the widget sends it.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said

SALARY = ("statistics", "Lönestatistik")
ADS = ("statistics", "Platsannonser")


def _education(c: dict) -> bool:
    return c["kind"] in ("course", "programme", "education_route")


def _is(kind: str, prefix: str = ""):
    return lambda c: c["kind"] == kind and c["title"].startswith(prefix)


#: situation -> (first question's action, second's, the first's own evidence, the second's or None when its answer
#: may state that the sources set nothing, as the Swedish of an occupation with no set level)
PAIRS = {
    "multiq22_pay_and_training": ("salary", "courses", _is(*SALARY), _education),
    "multiq22_demand_and_swedish": ("demand", "swedish", _is(*ADS), None),
    "multiq22_licence_and_pay": ("licence", "salary", lambda c: not c["title"].startswith("Lönestatistik"),
                                 _is(*SALARY)),
    "multiq22_courses_and_place": ("courses", "demand", _education, _is(*ADS)),
    "multiq22_what_and_demand": ("describe", "demand", lambda c: c["kind"] == "occupation", _is(*ADS)),
}


def _first_mark(body: dict, own) -> int:
    """Where the answer first cites evidence ``own`` accepts (-1: nowhere)."""
    marks = [body["answer"].find(f"[{c['n']}]") for c in body["citations"] if own(c)]
    marks = [m for m in marks if m >= 0]
    return min(marks) if marks else -1


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("situation", list(PAIRS))
def test_each_question_of_a_message_is_answered_in_order_with_its_own_evidence(person, locale, situation):
    first, second, first_own, second_own = PAIRS[situation]
    body = person.say(said(situation)[locale])
    assert body["action"] == first, body["answer"]
    assert body["parts"] == [first, second], body["answer"]
    start = _first_mark(body, first_own)
    assert start >= 0, (body["citations"], body["answer"])
    if second_own is not None:
        then = _first_mark(body, second_own)
        assert then > start, (body["citations"], body["answer"])


@pytest.mark.parametrize("locale", ["sv", "en"])
def test_a_message_asking_one_thing_has_one_part(person, locale):
    body = person.say(said("multiq22_pay_alone")[locale])
    assert body["parts"] == [body["action"]] == ["salary"], body["answer"]


#: Tigrinya «ብሓንሳብ ክሰርሕን ክመሃርን ይኽእል ድየ?» beside a pay question is not read as the study-and-work question
#: (assistant/rights.asks_study_work is false for it here), so only the pay is answered: left for the rights cues, not
#: for the parts. (Somali «ma shaqeyn karaa oo wax baran karaa isku mar?» is read since partial14's study_work cues.)
_STUDY_WORK_UNREAD = ("ti",)


@pytest.mark.parametrize("locale", [pytest.param(x, marks=pytest.mark.xfail(
    reason="ti study-and-work question beside another is not read by rights.asks_study_work", strict=False))
    if x in _STUDY_WORK_UNREAD else x for x in ALL])
def test_a_rights_question_beside_another_question_keeps_the_other_answer(person, locale):
    """"What does a dental nurse earn? And can I work and study at the same time?": the study-and-work answer (CSN's
    and the schools' pages) is a whole question of its own, and it used to replace the pay answered before it."""
    body = person.say(said("multiq22_pay_and_work_while_studying")[locale])
    assert body["action"] == "salary" and body["parts"] == ["salary", "rights"], body["answer"]
    pay = _first_mark(body, _is(*SALARY))
    rights = _first_mark(body, lambda c: c["kind"] not in ("statistics", "occupation"))
    assert 0 <= pay < rights, (body["citations"], body["answer"])
    assert [o["label"] for o in body["occupations"]] == ["Tandsköterska"], body["answer"]
