"""Which rights topic a pupil's question reads as (pupil15, rater15)."""
from __future__ import annotations

import pytest

from assistant.contract import ChatRequest
from assistant.rights import rights_topics
from assistant.state import TurnState
from tests.dialogue_support import said_all
from vagledning.domain.profile import Constraint, Profile, Span

WORK, PROGRAMME = said_all("pupil15_intro_work", "pupil15_national_programme")
_SPAN = Span(start=0, end=1, quote="x", message=0)


def _profile(*ages: str) -> Profile:
    return Profile(constraints=[Constraint(kind="age", value=a, label=a, span=_SPAN, confidence=0.8) for a in ages])


def _state(text: str, profile: Profile) -> TurnState:
    return TurnState(request=ChatRequest(messages=[{"role": "user", "content": text}]), text=text, profile=profile)


@pytest.mark.parametrize("locale", list(WORK))
def test_a_pupils_work_question_is_the_pupils_topic_and_a_programme_question_the_national_one(locale):
    pupil = _profile("19", "pupil")
    assert rights_topics(_state(WORK[locale], pupil)) == ["pupil_work"]
    assert rights_topics(_state(PROGRAMME[locale], pupil)) == ["national_programme"]


def test_an_employee_asking_to_study_beside_the_job_still_hears_of_study_leave():
    adult = _profile("34")
    assert rights_topics(_state("kan jag plugga på deltid och jobba samtidigt?", adult)) == ["study_work"]
    assert "pupil_work" not in rights_topics(_state("can I get a part time job?", adult))

