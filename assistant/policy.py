"""Step 4: the dialogue policy — what to do with this turn.

- An empty or greeting first message is answered with a greeting and ONE question.
- Follow-up questions (describe, salary, demand, licence, courses, swedish) are answered from the
  sources; all but courses need an occupation in focus, otherwise we ask which one (or say that
  the occupation named is not in the sources). "More" shows suggestions not shown before.
- "I don't know what I want" → interest questions plus suggestions from skills/interests.
- Otherwise: with an experience, a wish or an interest in the profile we suggest occupations (with demand,
  outlook, salary, education and next steps); without, we ask ONE question for what is
  missing, in the order experience → wish → region → education → language.
"""
from __future__ import annotations

from typing import TypeVar

from assistant.first_steps import asks_first_step, asks_on_its_own
from assistant.fit_question import asks_fit
from assistant.job_search import asks_job_search
from assistant.lighter import asks_lighter_only
from assistant.locales import locale
from assistant.state import TurnState
from vagledning.domain.profile import SLOT_ORDER, Profile, Slot
from vagledning.domain.runtime import Runtime

T = TypeVar("T")
#: Intents a question for the first steps is read over ("vad gör ja först?" read as describe, "what is my first step?"
#: as "more"): a question with a topic of its own (salary, licence, courses …) is answered as asked.
_STEPS_OVER = ("provide", "suggest", "more", "describe", "explore", "greeting")
#: How many matches a "what can I work as meanwhile?" answer chooses its suggestions from.
MEANWHILE_POOL = 15


def asked_before(state: TurnState) -> set[Slot]:
    """Slots whose question (in this locale) an earlier assistant turn already asked."""
    questions = locale(state.locale).get("ask", {})
    said = " ".join(m.content for m in state.history if m.role == "assistant")
    return {slot for slot, q in questions.items() if q and q in said}


def told(state: TurnState) -> set[Slot]:
    """Slots the person answered in words the profile cannot hold ("I have no education",
    "освіти немає"): never asked again (cues ``told_<slot>`` in locales/intents.yaml)."""
    from assistant.intent_cues import has

    said = " ".join([m.content for m in state.history if m.role == "user"] + [state.text])
    out = {slot for slot in SLOT_ORDER if has(f"told_{slot}", said)}
    from assistant.languages_told import languages_told

    if not state.profile.languages and languages_told(state):  # ("Swedish 3 from Komvux": told, never asked; boiler29)
        out.add("language")
    return out


def next_question(state: TurnState, among: tuple[Slot, ...] = SLOT_ORDER) -> Slot | None:
    """The ONE slot to ask about now: the first missing one (of ``among``) not asked before."""
    answered = told(state)
    # Work described is the background a counsellor asks about: "what education do you have?" after a story of
    # work makes people feel unheard (rater7, fault 12); education is asked only of someone who told no work.
    if state.profile.experiences:
        answered.add("education")
    # ("I have never worked, here or at home": asking what work they did before is not listening; the lead's widget run)
    from assistant.interpretation.no_work import never_worked

    if any(never_worked(m.content or "") for m in state.request.messages if m.role == "user"):
        answered.add("experience")
    missing = [s for s in state.profile.missing(region_chosen=bool(state.request.region))
               if s in among and s not in answered]
    if state.profile.is_youth() and "wish" in missing:
        missing.sort(key=lambda s: s != "wish")  # a pupil is asked what they like before what they did
    if not missing:
        return None
    asked = asked_before(state)
    fresh = [s for s in missing if s not in asked]
    return fresh[0] if fresh else None


def has_direction(profile: Profile) -> bool:
    """True when we know something the person has done or wants."""
    return bool(profile.experiences or profile.wishes)


def _steps_over(state: TurnState) -> bool:
    """The message's question is read as no topic of its own ("no Swedish at all. Where do I start?" is no question
    about Swedish)."""
    from assistant.intent_cues import has
    from assistant.intents import detect_intent, question_part

    asked = question_part(state.text)
    # ("شو لازم اعمل؟" read as a requirement: asked on its own, "what should I do?" has no topic of its own; read19)
    # ("شو لازم اعمل اول شي هالاسبوع؟": a need word with no licence word beside "first" is no licence question; foreign19)
    need_only = detect_intent(asked) == "licence" and not has("licence", asked)
    return state.intent in _STEPS_OVER or detect_intent(asked) in _STEPS_OVER or asks_on_its_own(asked) or need_only


def _asks_topic_work(state: TurnState) -> bool:
    """The new message asks for work with a topic and the interpreter kept it as an interest (no occupation named)."""
    from retrieval.topic_asked import TOPIC_ASKED

    said = state.message_profile
    if said is None or said.experiences or any(w.concept for w in said.wishes):
        return False
    return any(i.confidence == TOPIC_ASKED for i in said.interests)


def topic_instead(state: TurnState) -> bool:
    """"Which jobs are there with animals?": that topic's work (more of it after a list), not «animals» as an
    occupation nor the next of every liking told (rater20 conv4); sets the action. A describe or demand question
    takes this only when it names no occupation the turn can find ("work for a lorry driver here?" stays demand)."""
    if not _asks_topic_work(state):
        return False
    state.action = "more" if any(m.role == "assistant" for m in state.history) else "suggest"
    return True


def decide(state: TurnState) -> None:
    """Set ``state.action`` and ``state.ask`` from the intent and the profile."""
    intent = state.intent
    state.ask = None
    if asks_fit(state):  # "is cleaning OK for my hands?" beside eczema: the named work's demands (skin13)
        state.action = "conditions"
        return
    # "what do I do first?": ordered steps (steps17); "how do I get hired here?" after years of the work: the job search
    # (firstjob10: it was read as a course question and got the programmes of the work he had done for 12 years)
    if asks_first_step(state) and _steps_over(state) or asks_job_search(state):
        state.action = "steps"
        return
    if intent in (None, "provide", "more", "suggest", "explore") and topic_instead(state):
        return  # ("is there work with animals?", asked as a describe/demand question: turn_plan.py, when no occupation)
    if intent == "greeting" and not has_direction(state.profile):
        state.action = "greet"
        state.ask = next_question(state)
        return
    from assistant.entry_work import asks_entry  # (no work, no wish, little schooling: entry work, never a dead end)

    if asks_entry(state):
        state.action = "more" if any(m.role == "assistant" for m in state.history) and intent in ("more", "demand") \
            else "suggest"  # ("only while the children are at school – is there such work?" after a list: the next)
        state.ask = None
        return
    from assistant.active_list import asks_active_list  # ("lighter than cleaning?", "where I can move": a list, move19)

    if asks_active_list(state):
        state.action = "more" if any(m.role == "assistant" for m in state.history) else "suggest"
        state.ask = None
        return
    if intent in ("describe", "salary", "swedish", "courses", "demand", "licence", "recognition", "conditions"):
        state.action = intent
        return
    # ("maxaan kale ka shaqeyn karaa?", what else can I work with?, as the first turn: nothing was listed to go on from,
    # so it asks for other work than one's own, a first list – alt13 so listed the taxi driver's own group as "more")
    if intent == "more" and not any(m.role == "assistant" for m in state.history) and has_direction(state.profile):
        intent = "suggest"
    if intent == "more":
        state.action = "more" if has_direction(state.profile) or state.profile.skills or state.profile.interests \
            else "explore"
        return
    if intent == "explore":
        state.action = "explore"
        return
    if has_direction(state.profile) or state.profile.interests or (intent == "suggest" and state.profile.skills):
        state.action = "suggest"
        # After suggestions, only ask for what changes them: place, education, languages.
        state.ask = next_question(state, among=("region", "education", "language"))
        return
    if asks_lighter_only(state):  # "any lighter jobs?" first: seated office work and one question (assistant/lighter)
        state.action = "suggest"
        state.ask = next_question(state, among=("experience", "wish")) or "experience"
        return
    state.action = "ask"
    state.ask = next_question(state) or "experience"
    if state.ask == "experience" and state.profile.is_empty() and "start" not in asked_before(state):
        state.say("ask.start")  # nothing known yet: what was done and what is liked, asked warmly at once (pupil20)
        state.ask = None


def meanwhile(state: TurnState) -> bool:
    """The question asks what to work as meanwhile ("in the meantime", "under tiden", "тим часом"):
    while a licence or Swedish is pending, work that needs no licence is what helps."""
    from assistant.intent_cues import has
    from assistant.intents import question_part
    from assistant.interpretation.negation_scope import defers

    # ("What can I work with now? Not pharmacist for now.": the goal put off, work meanwhile is asked; wishnot12)
    return has("meanwhile", question_part(state.text)) or defers(state.text)


def told_meanwhile(state: TurnState, message: int) -> bool:
    """The user message ``message`` (its index among the user messages) asked about work meanwhile: what it wishes
    for is work until the goal, never the goal ("until the licence I want to be in health care", rater17 conv1 T4)."""
    from assistant.intent_cues import has

    told = [m.content for m in state.history if m.role == "user"]
    said = state.text if message == state.user_index or message >= len(told) else told[message]
    return has("meanwhile", said)


def goal_wishes(state: TurnState) -> list:
    """The occupations the person wishes for as their goal: not those wished for in a message about work meanwhile."""
    return [w for w in state.profile.wishes if w.concept is not None and w.concept.kind == "occupation"
            and not told_meanwhile(state, w.span.message)]


def unlicensed_first(state: TurnState, rt: Runtime, occupations: list[T]) -> list[T]:
    """``occupations`` (matches with an ``id``) with those that need no licence or protected title first
    (the regulated-profession data tells), for a "what can I work as meanwhile?" question; unchanged otherwise."""
    if not meanwhile(state):
        return occupations
    from retrieval.relations_regulated import licence_route

    def licensed(m: T) -> bool:
        try:
            return licence_route(getattr(m, "id", ""), rt) is not None
        except Exception:  # noqa: BLE001 - no regulated-profession tables: nothing is known to be licensed
            return False

    return sorted(occupations, key=licensed)  # stable: the match order holds within each part
