"""What the person told of their situation that decides which rights and support are said (assistant/rights.py): no
job here, a pupil's age, laid off earlier in the conversation, the years of work CSN's transition support asks for.
Kept apart from :mod:`assistant.rights`, which chooses and says the topics."""
from __future__ import annotations

from assistant.intent_cues import has
from assistant.state import TurnState

__all__ = ["OMSTALLNING", "WORKED_YEARS", "no_job_here", "pupil_age", "told_laid_off", "worked_years"]

OMSTALLNING = "omstallningsstudiestod"
#: CSN's work requirement for transition study support: at least 8 of the last 14 years in work (its ages: the
#: curated route omstallningsstudiestod's conditions, from CSN's page: :func:`assistant.route_conditions.within_ages`).
WORKED_YEARS = 8


def no_job_here(state: TurnState) -> bool:
    """The person is known to have no job in Sweden: all the work they told was abroad, they never worked (here), or
    they say they lost their job (mendF21). Unknown is not "no" (study18: "I have a job now" told alone keeps study
    leave): it stays said to whoever may have an employer."""
    from assistant.interpretation.no_work import never_worked
    from assistant.route_conditions import says_no_work_here

    work = state.profile.experiences
    if work and all(e.abroad for e in work) or says_no_work_here(state):
        return True
    told = [m.content or "" for m in state.request.messages if m.role == "user"]
    return any(never_worked(t) for t in told) or has("laid_off", state.text) or told_laid_off(state)


def pupil_age(state: TurnState) -> bool:
    """A pupil (``Profile.is_youth``, or at the gymnasium now with no told age of 20 or more) or a told age under 20:
    CSN's studiehjälp is theirs (:data:`PUPIL_GRANT`)."""
    from assistant.education import GYMNASIUM_BEFORE, age

    years = age(state)
    at_school = any(e.in_progress and e.label == "gymnasium" for e in state.profile.education)
    return state.profile.is_youth() or (at_school if years is None else years < GYMNASIUM_BEFORE)


def told_laid_off(state: TurnState) -> bool:
    """Laid off or given notice, told in an earlier message of the conversation."""
    return any(m.role == "user" and has("laid_off", m.content) for m in state.request.messages)


def worked_years(state: TurnState) -> int | None:
    """The years of work the person told, when they meet CSN's work requirement for transition study support
    (at least :data:`WORKED_YEARS`) and no told age is outside the support's ages; None when not known to."""
    from assistant.education import age
    from assistant.route_conditions import within_ages

    told = [e.years for e in state.profile.experiences if e.years and not e.abroad]  # (work abroad: not CSN's)
    years = int(max(told)) if told else 0
    old = age(state)
    if years < WORKED_YEARS or old is not None and not within_ages(OMSTALLNING, old):
        return None
    return years
