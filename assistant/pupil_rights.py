"""A pupil's questions about work and school, answered for a pupil (pupil15, rater15; rated 2/5).

The counsellor's findings: a 19-year-old on the language introduction programme asked "can I work part-time beside
school?" and got study leave (an employee's right: a pupil is on leave from nothing); "what do I need for a national
programme?" got neither the grades nor the age limit. Two rights topics (:mod:`assistant.rights`), each from curated
pages (``ingest/data/education_routes.yaml``, kind ``support``):

- ``pupil_work``: a pupil (:meth:`Profile.is_youth`) asking to work beside school, or to study and work at once: yes,
  the school comes first; the municipalities' summer jobs (SKR); under 18 Arbetsmiljöverket's rules for minors (its
  ``age_max`` condition keeps it from a pupil of 18 or more). Never study leave, never the employment service;
- ``national_programme``: the grades a national programme needs and the Education Act's age limit (after it, Komvux),
  with the school's counsellor, for whoever asks; an adult of 20 or more hears only the age limit and Komvux.
  know24 (rater34 new02: «I heard after 20 I can't study at the gymnasium, true?» went unanswered beside a wish): the
  gymnasium named with starting or studying there, or with "too late", asks it too, in every language; when the age
  is what it asks (too late, or an age of 18 or more told) the age limit comes first and the merit rating is left out.
"""
from __future__ import annotations

import re

from assistant.intent_cues import has
from assistant.state import TurnState
from assistant.study_money import asks_study_work

#: The routes of each topic, in the order said.
PUPIL_WORK_ROUTES = ("feriejobb_kommun", "minderarig_arbete")
NATIONAL_ROUTES = ("gy_behorighet", "gy_meritvarde", "gy_aldersgrans", "syv_elev", "komvux")
#: routes (rater22 conv5): from the year one turns 20 no national programme can be started (skollagen 15 kap. 5 §), so
#: an adult who asks "can he go to gymnasiet?" hears the age limit and Komvux, never a pupil's entry grades, merit
#: rating or "the counsellor at your school" as if they were his own route.
ADULT_AGE = 20
PUPIL_ONLY = ("gy_behorighet", "gy_meritvarde", "syv_elev")
ADULT_ONLY = ("komvux",)
#: The gymnasium's age limit (20), not said to a pupil still in grundskolan (pupil19: a 15-year-old in year 9).
AGE_LIMIT = "gy_aldersgrans"


def _asked(asked: str) -> bool:
    return "?" in asked or "؟" in asked or has("question", asked)


def asks_pupil_work(state: TurnState, asked: str) -> bool:
    """A pupil asks whether they may work beside school (not "what summer job suits me?": that asks for work)."""
    if not state.profile.is_youth() or has("wh_work", asked):
        return False
    return asks_study_work(asked) or (has("pupil_work_ask", asked) and _asked(asked))


def asks_young_work(state: TurnState, asked: str) -> bool:
    """A young person asks whether they may work at all, in or out of school ("får man jobba när man e 17?", "is it
    even allowed?" after "I want to work"; youth25): the rules for minors' work, never "which occupation?"."""
    if not state.profile.is_youth() or not _asked(asked) or has("wh_work", asked):
        return False
    if any(_WHAT.match(s.casefold()) for s in _sentences(asked)):
        return False  # («እንታይ ክሰርሕ እኽእል?», "what can I work as?", asks for work, not whether it is allowed: fits9)
    if has("can_work_as", asked) and not has("young_allowed_ask", asked):  # ("kan jag jobba som elektriker?")
        return False
    return has("work_allowed", asked) or (has("young_allowed_ask", asked) and has("work_word", state.text))


def young_work_topic(state: TurnState, asked: str) -> str | None:
    """The rights topic of a young person's question about work: beside school (``pupil_work``), or at all
    (``young_work``); None when it asks neither."""
    return "pupil_work" if asks_pupil_work(state, asked) else "young_work" if asks_young_work(state, asked) else None


def asks_national_programme(asked: str, text: str = "") -> bool:
    """The question asks what a national programme of the gymnasium needs, or whether one is too old for it; or it
    names the gymnasium with starting or studying there ("can I still start gymnasiet?", «در گیمنازیوم بخوانم؟») or
    asks whether it is too late with the gymnasium named in it or in the rest of the message ``text`` («… вступити в
    гімназію, чи вже пізно?»: the question part is its last clause; know24)."""
    if has("national_programme_ask", asked):
        return True
    late = has("too_late", asked) and (has("gymnasium_named", asked) or _enters_gymnasium(text))
    return _asked(asked) and (_enters_gymnasium(asked) or late)


def _enters_gymnasium(text: str) -> bool:
    """Starting or studying at the gymnasium said within one sentence: the cue's gap never spans two ("vad krävs för
    att komma in på yh? räcker mitt gymnasium …" asks about YH with the gymnasium one has; level11)."""
    return _said_not_as_what("gymnasium_enter", text)


#: "What should I study at the gymnasium?" asks which programme (courses), not whether one may start (xfail9).
_WHAT = re.compile(r"(?:vad|vilk\w*|what|which|شو|ماذا|چی|چه|maxaa\w*|እንታይ|що|який|яку|які)\b")


#: An age written in the gymnasium question itself (18-29, in Latin, Arabic-Indic or Persian digits): the age limit is
#: what it asks about, whether or not the profile read the age.
_AGE_IN_QUESTION = re.compile(r"(?<!\d)(?:1[89]|2\d|[١۱][٨۸٩۹]|[٢۲][٠-٩۰-۹])(?!\d)")


def age_asked(state: TurnState, asked: str) -> bool:
    """The age is what the gymnasium question asks: "too late / too old", or an age of 18 or more told (know24)."""
    ages = [int(c.value) for c in state.profile.constraints if c.kind == "age" and c.value.isdigit()]
    return has("too_late", asked) or bool(ages) and max(ages) >= 18 or bool(_AGE_IN_QUESTION.search(asked))


def asks_pupil_grades(state: TurnState, asked: str) -> bool:
    """A young person asks about grades or the merit rating ("vilka betyg behöver jag för elprogrammet?", "vad är
    meritvärde?"; pupil19): the grades a national programme needs and how the merit rating is counted."""
    return state.profile.is_youth() and _asked(asked) and (has("pupil_grades_ask", asked) or asks_must_school(asked))


def asks_must_school(asked: str) -> bool:
    """"Must I go to school?" ("måste jag gå i skolan?", «мушу ходити до школи?»; youth25): the gymnasium's routes with
    its age limit (one can start it until the year one turns 20), never "which occupation?"."""
    # ("what must I study?", «شو لازم ادرس؟», asks which programme, not whether school is compulsory: xfail9)
    return _asked(asked) and _said_not_as_what("school_must_ask", asked)


def national_skip(state: TurnState, asked: str) -> set[str]:
    """Routes of ``national_programme`` not said to this person: the age limit to a pupil under 18 or in grundskolan
    with no age told, unless the question itself is about the programme or the age ("am I too old?")."""
    ages = [int(c.value) for c in state.profile.constraints if c.kind == "age" and c.value.isdigit()]
    if ages and max(ages) >= ADULT_AGE:
        return set(PUPIL_ONLY)
    if asks_must_school(asked):  # (youth25: the age limit answers "must I?", the merit rating does not)
        return {*ADULT_ONLY, "gy_meritvarde"}
    if asks_national_programme(asked, state.text):  # (the merit rating is no answer to "am I too old?": know24)
        return {*ADULT_ONLY, "gy_meritvarde"} if age_asked(state, state.text) else set(ADULT_ONLY)
    in_school = any(e.label == "grundskola" and e.in_progress for e in state.profile.education)
    return {AGE_LIMIT, *ADULT_ONLY} if (ages and max(ages) < 18) or (in_school and not ages) else set(ADULT_ONLY)


def limit_first(state: TurnState, found: list) -> str | None:
    """Put the gymnasium's age limit first in ``found`` (curated routes) when the age is what is asked ("too late?",
    an adult's age) or whether school is compulsory; the lead said before it: "No, the gymnasium is voluntary" to
    "must I go to school?" (the lead's widget run: a dropout of 17 got the entry grades first), else None."""
    must = asks_must_school(state.text)
    if must or age_asked(state, state.text):
        found.sort(key=lambda r: r.key != AGE_LIMIT)
    return "rights.school_voluntary" if must else None


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"[.!?؟።\n]+", text) if s.strip()]


def _said_not_as_what(cue: str, text: str) -> bool:
    """The cue within one sentence that no "what/which" opens (a cue's gap never spans two sentences, and "what must I
    study?" asks which programme: level11, xfail9)."""
    return any(has(cue, s) and not _WHAT.match(s.casefold()) for s in _sentences(text))
