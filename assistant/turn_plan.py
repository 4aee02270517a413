"""What a turn answers: the facts (and evidence) for the action policy chose, before composition.

:func:`plan` is step 6 of :func:`assistant.turn.prepare`. A message asking several things is answered
part by part (``_plan_parts``); a follow-up about one occupation needs it in focus (``_plan_focus``,
``_plan_about``); the same thing asked again never gets the same answer (``_never_twice``).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.answer_repeats import asked_anew, repeats_earlier, restate_key_sentence
from assistant.answers import field_more, honour_person, note_national_salary, nothing_more, plan_more, swedish_first
from assistant.apply_directly import no_licence_first
from assistant.apply_where import answer_where_to_apply
from assistant.asked_beside import answer_driving_licence
from assistant.beside_rights import other_question, rights_span
from assistant.both_named import named_parts
from assistant.can_work_as import verdict_first
from assistant.child_school import answer_for_child
from assistant.compare import plan_compare
from assistant.conditions import plan_conditions
from assistant.course_plan import course_place, plan_courses
from assistant.course_unplaced import ask_place
from assistant.demand import plan_demand
from assistant.durations import answer_duration
from assistant.evidence import plan_describe, plan_salary, plan_suggest, region_of
from assistant.first_steps import plan_first_steps
from assistant.focus import find_focus, how_to_study, names_occupation, refused_now, waves_away
from assistant.goal_named import citizenship_condition, goal_named
from assistant.home_town import name_home_town
from assistant.intent_cues import has
from assistant.licence_answer import plan_licence
from assistant.life_needs import say_life_needs
from assistant.little_study import say_little_study
from assistant.locales import lookup
from assistant.nearer import nearer_again
from assistant.next_steps import unfit_offers
from assistant.no_repeat import never_word_for_word
from assistant.no_university_ways import say_ways_without_university
from assistant.ordinary_words import names_no_occupation
from assistant.parts import about_of, merge, named_beside, own_asked, part_state
from assistant.policy import asked_before, topic_instead
from assistant.profile_update import is_empty
from assistant.programme_entry import plan_programme_question, programme_asked
from assistant.programmes import asks as asks_programmes
from assistant.programmes import named_programmes, plan_pupil_question
from assistant.refer_back import hear_complaint
from assistant.restate_asked import restate_asked
from assistant.route_choice import plan_route_choice
from assistant.route_places import say_route_places
from assistant.said_more import cited_sources, unsay_nothing_more
from assistant.scope import answer_outside_scope, plan_recognition
from assistant.second_asked import say_employers, say_substitute
from assistant.state import Focus, Intent, TurnState
from assistant.studies_abroad import answer_university_swedish, studies_asked
from assistant.study_or_work import plan_study_or_work
from assistant.swedish_answer import plan_swedish
from assistant.term_beside import say_term_beside
from assistant.terms import plan_what_is
from assistant.turn_deps import Deps
from assistant.which_shown import ask_which_shown
from vagledning.domain.runtime import Runtime
from vagledning.errors import VagledningError

EVIDENCE_ACTIONS = {"suggest", "more", "describe", "salary", "demand", "licence", "courses", "swedish", "explore",
                    "recognition"}
#: Follow-up questions about one occupation (they need it in focus).
FOCUS_ACTIONS = ("describe", "salary", "demand", "licence", "swedish", "conditions")
#: Quick replies the UI may offer after an answer, in this order (the one just answered is left out).
QUICK_ORDER = ("describe", "salary", "demand", "licence", "courses", "swedish", "more")


def _ask(state: TurnState) -> None:
    if state.ask:
        state.say(f"ask.{state.ask}")


def _explore_question(state: TurnState) -> None:
    questions = lookup(state.locale, "explore.questions")
    said = " ".join(m.content for m in state.history if m.role == "assistant")
    fresh = [i for i, q in enumerate(questions) if q not in said]
    i = fresh[0] if fresh else 0
    state.say(f"explore.questions.{i}")


def _details(state: TurnState, rt: Runtime, deps: Deps, focus) -> dict[str, Any] | None:
    try:
        return deps.details(focus.id, rt, region=region_of(state))
    except VagledningError as exc:
        if exc.status == 404:
            return None
        raise


class _Recorder:
    """The matcher, remembering its last result (what it left out is said in the answer)."""

    def __init__(self, match: Callable[..., Any]) -> None:
        self.match, self.last = match, None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        result = self.match(*args, **kwargs)
        if kwargs.get("with_evidence", True) or self.last is None:
            self.last = result
        return result


def plan(state: TurnState, rt: Runtime, deps: Deps) -> None:
    """Fill ``state.facts`` (and evidence) for ``state.action``."""
    match = _Recorder(deps.match)
    if answer_for_child(state, rt):  # "my son is 17, what can he study?": for the child, not the parent (son11)
        _quick_replies(state, unfit_offers(state, rt))
        return
    if hear_complaint(state):  # "this is useless" alone: heard, and what the person needs asked (refer20)
        _quick_replies(state)
        return
    if ask_which_shown(state, rt):  # "what about that one?" after a list: which of them, never the first (other19)
        _quick_replies(state)
        return
    # "a programme or work directly?": both ways weighed (boiler29); a choice between occupations is compare26's
    if plan_study_or_work(state, rt, deps.details) or plan_route_choice(state, rt, deps.details):
        no_licence_first(state, rt)  # "study first, or can I just apply?": no licence is needed, first (cards34)
        _quick_replies(state)
        return
    # "What is X? Not for me. I want electrical work. The salary?": a question waved away is not asked.
    # (edu20: a programme's question is whole; recog10: so is one about studies from abroad, whose «حقوق» is no salary)
    # (routes20: so is "what is a gesällbrev and how do I get it?", the what and the how of one term: assistant/terms.py)
    whole = waves_away(state, rt) or programme_asked(state) or studies_asked(state) or bool(state.term)
    if not whole and answer_where_to_apply(state, rt):  # "where do I register?": what earlier answers named (where8)
        pass
    elif whole or not plan_compare(state, rt, deps.details):  # "buss eller lastbil?": side by side (compare21)
        parts = named_parts(state, rt) if not whole else []
        other = other_question(state) if len(parts) < 2 and not whole else None
        if len(parts) > 1 or own_asked(state, rt, parts):  # (one question beside another occupation named: route11)
            _plan_parts(state, rt, deps, match, parts)
            rights_span(state)  # (second26: a rights question beside the parts is one of its own)
        elif other is not None:  # "which office jobs? and a-kassa part time?": that question beside the right (second26)
            _plan_parts(state, rt, deps, match, [other])
            rights_span(state)
        else:
            _plan(state, rt, deps, match)
            _never_twice(state, rt, match)
    planned = cited_sources(state)  # (what the plan cites, before the steps that answer the question's own parts)
    answer_duration(state, rt)  # "how long does it take?": the lengths the cited education states
    say_route_places(state, rt)  # "is it in Malmö or Lund? I can't move": the towns its passage names (partial14)
    say_ways_without_university(state, rt)  # university turned down: the ways in without it, cited (compound13)
    verdict_first(state, rt)  # "can I work as X here?": yes, no or "it depends" before the list
    no_licence_first(state, rt)  # "do I need papers, or can I just apply?" about unregulated work: yes, first (cards34)
    answer_outside_scope(state, rt)  # permits, CSN, SFI times: the authority to ask
    say_employers(state, rt)  # "… and which companies hire engineers in Sundsvall?": the ads' employers (second29)
    say_substitute(state, rt)  # "can I work as a substitute in a preschool meanwhile?": the way in (second29)
    say_term_beside(state, rt)  # "what is gesällbrev? and the hairdresser's pay?": the term too (cards29)
    say_life_needs(state, rt)  # a baby on the way, money needed now: what it changes, cited, once (life16)
    say_little_study(state, rt)  # "is there work that needs little study?": the work-first ways in, first (little17)
    answer_university_swedish(state, rt)  # "which Swedish level for university?": Svenska 3 / SvA 3 (recog10)
    note_national_salary(state, rt)
    swedish_first(state, rt)
    honour_person(state, match.last, rt)
    name_home_town(state, rt)  # Swedish at the Komvux of the person's municipality, by name (near9)
    ask_place(state)  # a course said whose nearness is not known: where do you live? (courses18)
    unsay_nothing_more(state, planned)  # "nothing more" beside what a later step cites is false (honest12)
    never_word_for_word(state, rt)  # a follow-up never gets the previous answer again, word for word
    _quick_replies(state, unfit_offers(state, rt))  # "do I need a licence?" only beside a regulated occupation


def _quick_replies(state: TurnState, unfit: set[str] | frozenset[str] = frozenset()) -> None:
    quick = {k: v for k, v in (lookup(state.locale, "quick") or {}).items() if k not in unfit}
    # Every answer ends with something to press, also one that found nothing to answer ("which occupation?",
    # an unknown name): only the first questions about the person wait for their answer.
    state.suggestions = [quick[k] for k in QUICK_ORDER if k in quick and k != state.action] \
        if state.action not in ("greet", "ask") else []


def _never_twice(state: TurnState, rt: Runtime, match: Callable[..., Any]) -> None:
    """Never the same answer twice: other suggestions, the key sentence again, or "nothing more" — only when
    the same thing is asked again (a quick reply pressed again): a question asked anew is answered."""
    if state.action in EVIDENCE_ACTIONS and state.user_index > 0 and (repeats_earlier(state) or _not_answered_list(
            state)) and not restate_key_sentence(state):
        if state.action in ("suggest", "explore"):
            state.facts.clear()
            state.presented.clear()
            # "I don't know what I want" stays an exploration (its question about interests is new) with other
            # suggestions; a repeated suggestion request becomes "more".
            explore = state.action == "explore"
            if explore:
                state.say("explore.intro")
            else:
                state.action = "more"
            plan_more(state, rt, match, region_of(state))
            if explore:
                _explore_question(state)
        elif not asked_anew(state):
            nothing_more(state)
        elif not nearer_again(state, rt) and _beyond(state) and not restate_asked(state, list(state.facts)):
            # (repeat31: the key fact of the question asked, said again, is the answer; the pointer only without one)
            state.facts.clear()
            state.say("followup.beyond_sources")


def _not_answered_list(state: TurnState) -> bool:
    """"You didn't really answer – what suits me?": the list asked for again after a complaint is other suggestions,
    never the same list cut to its first line and "nothing more" (the lead's widget run, a mechanic told max 10 kg)."""
    from assistant.refer_back import says

    return state.action in ("suggest", "explore") and (says("again", state.text) or has("not_answered", state.text))


def _beyond(state: TurnState) -> bool:
    """A question asked anew that the repeated answer cannot answer: how long, from what age ("how many years?
    can I get in at 19?"), or a course in a town the answer had none in. The sources say no more; sending the
    same answer again would pretend it answers."""
    from assistant.intents import question_part

    return has("beyond_answer", question_part(state.text)) or (state.action == "courses" and state.place is not None)


def _plan_parts(state: TurnState, rt: Runtime, deps: Deps, match: Callable[..., Any],
                parts: list[tuple[Intent, str]]) -> None:
    """A message that asks several things ("what does a programmer earn? and an IT technician?", "do I need
    a licence? is there work in Västerås?"): each question is answered in turn from its own words, in the
    order asked; the turn's action is the first one answered. A part naming no occupation is about the one
    the part before was about."""
    # "And tandsköterska? Do I need a licence?": the occupation named beside is what questions naming none are about
    # (focus31: "… nights in a warehouse. I want to become a police officer, is that possible?": the goal, not the job told)
    whole = goal_named(state, rt) or named_beside(state, rt, parts)
    if whole is not None and refused_now(state, whole.id):  # "no lorries any more; what other work?"
        whole = None
    done: list[TurnState] = []
    for intent, words in parts:
        sub = part_state(state, intent, words)
        names_none = names_no_occupation(sub, rt)
        earlier = tuple(d.focus for d in done if d.focus is not None)
        about = about_of(sub, rt, whole, done[-1].focus if done else None, names_none, earlier)
        # "barnskötare: what is the work? how long is the training?"; not "…, in a classroom with a teacher" (asked16)
        if intent == "courses" and about is not None and not how_to_study(sub):
            sub.focus = about  # the training for the one named, never the previous answer's card (rater10 conv2)
        if intent not in FOCUS_ACTIONS or about is None or not _plan_about(sub, rt, deps, about):
            _plan(sub, rt, deps, match)
        if sub.action == "which_occupation" and done and done[-1].focus is not None and intent != "courses":
            sub = sub.model_copy(update={"facts": [], "action": intent})
            _plan_about(sub, rt, deps, done[-1].focus)
        # "Do I need to have my diploma recognised? Where do I apply?", "… IT technician? Which programme in
        # Luleå?": the same question again, about nothing new named, or with nothing new to say
        said = {f.source for d in done for f in d.facts if d.action == sub.action}
        # (not a pupil's "must I go to university after?" beside "is Teknikprogrammet in Umeå?": its eligibility is new;
        # youth10 sv-easy lost it once little17 made the question a courses part of its own)
        further = sub.profile.is_youth() and asks_programmes(sub, "university")
        if any(d.action == sub.action for d in done) and ({f.source for f in sub.facts} <= said or (
                names_none and not named_programmes(sub, rt) and not further)):
            continue
        answer_driving_licence(sub, rt, done[-1].focus if done else None)  # "… and do I need a driving licence?" (parts19)
        _never_twice(sub, rt, match)
        done.append(sub)
    merge(state, done)


def _plan_focus(state: TurnState, rt: Runtime, deps: Deps, match: Callable[..., Any]) -> None:
    focus = find_focus(state, rt, match)
    if focus is None and topic_instead(state):  # "is there work with animals?": that topic's work (policy)
        plan_more(state, rt, match, region_of(state))
    elif focus is not None and _plan_about(state, rt, deps, focus):
        return
    elif state.unresolved:
        state.action = "unknown_occupation"
        state.say("unknown_occupation", name=state.unresolved)
    else:
        state.action = "which_occupation"
        state.say("which_occupation")


def _plan(state: TurnState, rt: Runtime, deps: Deps, match: Callable[..., Any]) -> None:
    a = state.action
    if state.term:
        plan_what_is(state, rt, state.term)
    elif plan_programme_question(state, rt) or plan_pupil_question(state, rt):  # a programme's entry; a pupil's
        return
    elif a == "greet":
        state.say("greeting")
        state.say("privacy")
        _ask(state)
    elif a == "ask":
        if not is_empty(state.message_profile):
            state.say("thanks")
        _ask(state)
    elif a == "suggest" and not field_more(state, rt):  # (other work in a field, after a list: "more")
        if plan_suggest(state, rt, match):
            _ask(state)
    elif a in ("more", "suggest"):
        plan_more(state, rt, match, region_of(state))
    elif a in FOCUS_ACTIONS:
        _plan_focus(state, rt, deps, match)
    elif a == "recognition":
        plan_recognition(state, rt, find_focus(state, rt, match, strict=False))
    elif a == "steps":  # "what do I do first?": ordered first steps, never another list (assistant/first_steps.py)
        plan_first_steps(state, rt)
    elif a == "courses":
        state.place = course_place(state, rt)
        # ("not online, in a classroom with a teacher": the way of studying names no occupation; asked16)
        focus = (None if how_to_study(state) else state.focus) or find_focus(state, rt, match,
                                                                            strict=names_occupation(state.text))
        if focus is None and state.unresolved:  # "what education does a <unknown> need?": said plainly
            state.action = "unknown_occupation"
            state.say("unknown_occupation", name=state.unresolved)
            return
        state.focus = focus
        if focus is not None:
            state.present(focus)
        plan_courses(state, rt, focus)
        citizenship_condition(state)  # "not a citizen yet, a problem for it?": its own condition (focus31)
        if state.place is None and not state.request.region and "region" not in asked_before(state):
            state.say("ask.region")  # once: a question asked before is not asked again
    elif a == "explore":
        state.say("explore.intro")
        p = state.profile
        if (p.skills or p.interests or p.experiences or p.wishes):
            plan_suggest(state, rt, match, brief=True)
        _explore_question(state)


def _plan_about(state: TurnState, rt: Runtime, deps: Deps, focus: Focus) -> bool:
    """Answer the follow-up question ``state.action`` about ``focus``; False when it has no details."""
    details = _details(state, rt, deps, focus)
    if details is None:
        return False
    a = state.action
    state.focus = focus
    state.present(focus)
    if a == "describe":
        plan_describe(state, rt, focus, details)
    elif a == "salary":
        plan_salary(state, focus, details, rt)
    elif a == "demand":
        plan_demand(state, focus, details, rt)
    elif a == "licence":
        plan_licence(state, rt, focus, details)
    elif a == "conditions":
        plan_conditions(state, rt, focus)
    else:
        plan_swedish(state, rt, focus, details)
    return True
