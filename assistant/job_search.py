"""How someone who has done the work for years gets a job in it here: the job-search path (firstjob10, rater26
classes 2 and 6).

Rater26 c4 (en): a software developer with 12 years' experience asked "how do i actually get my first job here?
applied to like 30 jobs, no calls. any programs for newcomers?" and got the entry-level YH programmes
«Mjukvaruutvecklare» and «Javautvecklare"; "i dont need a java course lol… i need to get hired" got two more. The
question was read as a course question ("programs"), and nothing in the plan knew the job search. A counsellor's
answer to an experienced person looking for work in their own field is the job search, in order, each step a curated
route cited from ingest/data/education_routes.yaml (kind ``support``):

- Arbetsförmedlingen: the introduction programme when it fits the newly arrived (assistant/residence.py), and its
  job-search support (registration, Platsbanken, rusta och matcha);
- the programmes for newcomers in the person's field, each chosen by its route's SSYK codes against the work done and
  only for a newcomer: Jobbsprånget (engineering, IT, science, pharmacy, business), Korta vägen (academics, SSYK major
  group 2), a fast track (snabbspår) for the occupations that had one;
- a Swedish CV and cover letter;
- then general guidance, marked as not from the sources: contacts, the union and networks of the field, LinkedIn,
  recruitment agencies; in IT (SSYK 25) job ads in English too, since many IT workplaces work in English.

No course or programme of the occupation is listed: it trains for work the person has done (the same level rule keeps
such programmes out of a course answer: assistant/education.py ``seasoned_in``). Asked with the ``job_search`` cues
(locales/intents.yaml, 8 languages) by someone who told work of their own; a regulated profession gets its licence
route instead (the first steps of assistant/first_steps.py, which the turn falls back to).
"""
from __future__ import annotations

import re

from assistant.evidence import sv_title
from assistant.intent_cues import has
from assistant.intents import question_part
from assistant.state import Fact, Focus, TurnState
from vagledning.domain.profile import Experience
from vagledning.domain.runtime import Runtime

#: The newcomers' programmes of a field, said when the route's SSYK codes hold the work the person did.
FIELD_ROUTES = ("jobbspranget", "korta_vagen", "snabbspar")
#: SSYK sub-major group of IT work (25): many of its workplaces use English.
IT_GROUP = "25"
#: A question part this short ("How?", «كيف؟», "Hur gör jag?") asks about what the message tells beside it.
_SHORT_ASK = 4
#: At most this many cited steps: Arbetsförmedlingen (two for the newly arrived), three field programmes, the CV.
_MAX_STEPS = 6


def asks_job_search(state: TurnState) -> bool:
    """The message asks how to get a job (hired, a first job, 30 applications and no calls, recruiters, programmes
    for newcomers) and the person told work of their own; not a pupil. A bare "how?" asks about the job search told
    beside it ("I need to get hired. How?")."""
    if state.profile.is_youth() or not state.profile.experiences:
        return False
    asked = question_part(state.text)
    return has("job_search", asked) or has("job_search", state.text) and len(asked.split()) <= _SHORT_ASK


def own_work(state: TurnState) -> Experience | None:
    """The work the job is sought in: the person's occupation with the most years told (the first one told when no
    years were)."""
    done = [e for e in state.profile.experiences if e.ssyk_code]
    return max(done, key=lambda e: e.years or 0.0, default=None)


def plan_job_search(state: TurnState, rt: Runtime) -> bool:
    """The job-search path for this person (module docstring), cited; False (nothing planned) when they told no work
    with an occupation group, or their work is a regulated profession (its licence comes first)."""
    from assistant.education import audience
    from assistant.first_steps import Steps
    from assistant.gymnasium import prefix_len
    from assistant.regulated import licence_route_or_none
    from assistant.residence import introduction_programme_fits

    own = own_work(state)
    if own is None or licence_route_or_none(own.occupation.id, rt) is not None:
        return False
    code = own.ssyk_code or ""
    state.facts.clear()
    state.presented.clear()
    state.unresolved = None
    steps = Steps(state, rt, limit=_MAX_STEPS)
    fields = [key for key in FIELD_ROUTES if audience(state) == "newcomer"
              and (route := steps.table.get(key)) is not None and prefix_len(code, route.ssyk)]
    again = _said_before(state, "job.intro")
    if again:  # asked again ("I need to get hired. How?"): the concrete how, never the same steps
        steps.route("cv_sverige", "job.cv_tailor")
        steps.route("af_rusta_matcha", "job.af_provider")
        if "jobbspranget" in fields:
            steps.route("jobbspranget", "job.jobbspranget_when")
    else:
        if introduction_programme_fits(state):
            steps.route("etableringsprogrammet", "steps.af_newcomer")
        steps.route("af_rusta_matcha", "job.af")
        for key in fields:
            steps.route(key, f"job.{key}")
        steps.route("cv_sverige", "job.cv")
    state.action = "steps"
    focus = Focus(id=own.occupation.id, label=own.occupation.label, ssyk_id=own.ssyk_id, ssyk_code=own.ssyk_code)
    state.focus = focus
    state.present(focus)
    state.say("job.again" if again else "job.intro", occupation=sv_title(focus.label, "occupation"))
    state.facts.extend(steps.facts)
    state.facts.append(Fact(key="job.recruiters" if again else "job.general", paragraph=True))
    if code.startswith(IT_GROUP) and not again:
        state.facts.append(Fact(key="job.english_it", paragraph=True))
    return True


def _said_before(state: TurnState, key: str) -> bool:
    """An earlier answer (the history the client sends) holds the wording ``key``: its longest fixed piece."""
    from assistant.locales import lookup

    piece = max((p.strip() for p in re.split(r"\{[^}]*\}", str(lookup(state.locale, key)))), key=len)
    return bool(piece) and any(piece in (m.content or "") for m in state.history if m.role == "assistant")
