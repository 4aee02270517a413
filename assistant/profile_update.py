"""Step 3: interpret the NEW user message and merge it into the profile the client sent.

Merging is the core rule (:func:`vagledning.domain.profile.merge_profiles`): dedupe by concept
id, never re-add a removed skill, a newly stated region/municipality replaces the old one.
Questions about an occupation ("what does a welder earn?") do not turn that occupation into an
experience or wish: only statements update the profile. The interpreter leaves questions out
(segment.is_question), so a message with a story AND a question ("I drove a forklift for 18 years,
my knees hurt. What courses are there?") still adds the story; a one-sentence question adds nothing.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from assistant.corrected import drop_others_work
from assistant.disliked_shown import refuse_disliked
from assistant.goal_named import keep_goal_asked
from assistant.intent_cues import has
from assistant.intents import detect_intent
from assistant.interpretation.allergens import refusal_allergens
from assistant.interpretation.constraints import EXPECTING, FAMILY, MONEY_SOON, life_told
from assistant.interpretation.generic_title import own_family
from assistant.interpretation.introduced_work import redact_keeping_work
from assistant.interpretation.lifted import lift_limitations
from assistant.interpretation.no_work_after import drop_untold_before, keep_told_work
from assistant.interpretation.own_pay import remember_pay
from assistant.interpretation.places import mentioned_only
from assistant.interpretation.refused_form import NO_FORM, refuse_forms
from assistant.interpretation.schooling import attained_only_at_school
from assistant.interpretation.segment import split_statements
from assistant.interpretation.stopgap import avoid_stopgap
from assistant.leave_own import drop_empty_refusals, refuse_own_work
from assistant.places import remember_place
from assistant.residence import drop_status_words
from assistant.state import TurnState
from assistant.undo_refusal import undo_refusals
from assistant.unknown_shown import refuse_unknown_shown
from assistant.weighed_work import weighs_other_work
from assistant.workplace import read_workplace
from retrieval.refused_family import CHANGE_FIELD
from vagledning.domain.profile import LIST_FIELDS, NO_UNIVERSITY, Profile, merge_profiles
from vagledning.domain.runtime import Runtime

InterpretFn = Callable[..., Profile]
_PLACES = ("region", "municipality")
QUESTION_INTENTS = {"describe", "salary", "courses", "swedish", "demand", "licence", "more"}


def _stamp(profile: Profile, index: int) -> None:
    """Point every span of a single-message profile at the user message it came from."""
    for name in LIST_FIELDS:
        for item in getattr(profile, name):
            span = getattr(item, "span", None)
            if span is not None:
                span.message = index


def update_profile(state: TurnState, rt: Runtime, interpret: InterpretFn | None) -> None:
    """Fill ``state.message_profile`` and ``state.profile`` (needs ``state.intent``)."""
    base = state.request.profile or Profile()
    message = Profile(language=state.language)
    asked = Profile(language=state.language)
    if interpret is not None and state.text.strip():
        if "asked" in inspect.signature(interpret).parameters:
            message = interpret(state.text, rt, language=state.language, asked=asked)
        else:  # a stand-in interpreter (tests) reads the message as one
            message = interpret(state.text, rt, language=state.language)
        _asked_clauses(state.text, message, asked)
        # ("ok forget YH. how long …?": the form turned down is an aside the turn's text leaves out; read from the
        # message as written, redacted – rights20)
        refuse_forms(message, redact_keeping_work(state.request.messages[-1].content or "").text, 0)
        # (after "I have never worked", a question or remark misread as an occupation is no work done; rater24 c4 T6)
        keep_told_work(message, state.text, [m.content or "" for m in state.request.messages[:-1] if m.role == "user"],
                       state.language)
        _drop_fallback_interests(base, message)
        drop_others_work(base, message, state.text)  # "that one is for people who are already X": not their work (facts15)
        drop_status_words(message, state.text)  # «ግዝያዊ ሓለዋ» (temporary protection) is no guard's work (mend21)
        read_workplace(state.text, message, state.user_index)  # "I worked at a hospital": no role guessed (lang20)
        _stamp(message, state.user_index)
        _stamp(asked, state.user_index)
        # ("too late at 42? or another job?": nothing left, refuse20; "if they don't accept me, which other job?":
        # a fallback weighed, the goal kept, rater22)
        if weighs_other_work(state.text, base, message) or has("if_not", state.text):
            message.constraints = [c for c in message.constraints if not (c.kind == "other" and c.value == CHANGE_FIELD)]
    # ("my wife is seven months pregnant, how do I live while I study?": a life situation told inside a question is
    # the person's; life16)
    life_told(message, state.text, state.user_index)
    # What the turn answers about: the statements and what the questions name; only the
    # statements go into the person's profile.
    state.message_profile = merge_profiles(message, asked, language=state.language) if not asked.is_empty() \
        else message
    # ("other jobs, but not in a kitchen", "what about a shop?": a request for more that says something new
    # about the person is kept.)
    if state.intent in QUESTION_INTENTS and not (tells_a_story(message) and (
            len(split_statements(state.text)) > 1 or state.intent == "more")):
        # Keep what the person told us; a question only changes the language.
        state.profile = base.model_copy(update={"language": state.language}, deep=True)
        # ... and where they are, told beside it ("I'm in Jönköping, not Luleå!! how do I get a licence?"), is theirs
        # at once (rater26 c5: the correction was read and dropped as part of a question, twice)
        told_places = [c for c in message.constraints if c.kind in _PLACES]
        if told_places and not mentioned_only(message):
            state.profile = merge_profiles(state.profile, Profile(constraints=told_places), language=state.language)
        # ... and so is a university turned down beside it ("I don't want university. Which short trainings are
        # there?": the short ways in answer it, and the next question's list leaves long university work out; compound13)
        # ... and a life situation told beside it ("how long does it take? I need money soon": life16)
        # ... and an education form turned down beside it ("ok forget YH. how long does UHR take?": rights20)
        no_uni = [c for c in message.constraints if c.kind == "other" and (c.value in (NO_UNIVERSITY, EXPECTING, MONEY_SOON)
                                                                            or c.value.startswith(NO_FORM))]
        if no_uni:
            state.profile = merge_profiles(state.profile, Profile(constraints=no_uni), language=state.language)
        # ... and the Swedish level told inside the question whether it is enough ("my swedish is A2, is that ok?",
        # «jag läser sfi kurs C, funkar det?»: the verdict follows the level; slips17), or inside any other question
        # ("I speak a little Swedish, can I work as a cleaner?": swedish19, rater31 saw it lost in the next turn)
        _keep_swedish_told(state, message)
        _keep_age_told(state)
    else:
        # ("Bromma is Stockholm, too far", "courses in Uppsala?": a place only mentioned never replaces the one kept)
        told = message
        if mentioned_only(message) and any(c.kind in _PLACES for c in base.constraints):
            told = message.model_copy(update={"constraints": [c for c in message.constraints if c.kind not in _PLACES]})
        state.profile = merge_profiles(base, told, language=state.language)
    _keep_topic_asked(state)
    keep_goal_asked(state, asked)  # "I want to become X, is it possible?": X is the person's wish (focus31)
    _rewished_after_refusal(state.profile, message)  # "not trucks, cars" … "I want to be a car mechanic" (correct33)
    # ("lager, mcdonalds, whatever" read as work done, then "I have never worked": it was none; profile26)
    drop_untold_before(state.profile, state.text, [m.content or "" for m in state.request.messages[:-1]
                                                   if m.role == "user"], state.language)
    lift_limitations(state.profile, message, state.text, state.user_index)  # "sitting is no problem" (mend21)
    refusal_allergens(state.profile, message, state.text, state.user_index)  # "no kitchen, flour everywhere" (clash18)
    refuse_unknown_shown(state, message, rt)  # "xisaabta ma aqaan" of the field just shown: refused (turndown15)
    refuse_disliked(state, message, rt)  # "vet stuff sounds bloody", "that's not my thing": refused (leave18)
    drop_refused_wishes(state.profile, message)
    drop_corrected_wishes(state.profile, message, state.text, rt)  # "not the army, I mean …" (subject2)
    remember_pay(state.profile, state.text, state.user_index)  # "I earned 34 000": the person's own figure (laidoff15)
    refuse_own_work(state.profile, message, state.text, rt)  # "not X again" of work told: that work refused (refuse15)
    avoid_stopgap(state.profile, message, state.text)  # "I drive a bus because I found nothing in my field" (profile26)
    drop_empty_refusals(state.profile)  # "vill inte mer" names nothing to keep in the profile (profile16)
    # ("why did you remove X?", "I did not say no to X", a later wish for X: the refusals that left X out go; correct10)
    undo_refusals(state.profile, state.message_profile, message, state.text, state.user_index, rt)
    state.profile = attained_only_at_school(state.profile)
    # ("civil engineer … I want to work as an engineer again": the bare title is his own field, not a narrower branch
    # of it; generic_title.py, profile29)
    own_family(state.profile)
    if state.message_profile is not None:
        own_family(state.message_profile, state.profile)
    remember_place(state, rt)


def _rewished_after_refusal(profile: Profile, message: Profile) -> None:
    """A wish held since before a refusal and told again in this message is wished since it: its span moves to this
    message (merge_profiles keeps the first span of an item told twice). A car mechanic's "not trucks, normal cars"
    refuses the vehicle field, which holds his own car repairs; "I want to be a car mechanic" said after it lets his
    goal through again (retrieval/refused_family: wanted_since_refusal, _wished_after_naming; correct33)."""
    refused = [c.span.message for c in profile.constraints if c.kind == "avoid" and c.span is not None]
    told = {w.concept.id: w.span for w in message.wishes
            if w.concept is not None and w.concept.kind == "occupation" and w.span is not None}
    if not refused or not told:
        return
    last = max(refused)
    for w in profile.wishes:
        span = told.get(w.concept.id) if w.concept is not None else None
        if span is not None and w.span is not None and w.span.message <= last < span.message:
            w.span = span.model_copy()


def _keep_swedish_told(state: TurnState, message: Profile) -> None:
    """The Swedish the person tells in a question is theirs: the level read in the message when none is kept (a
    level asked about or required is none: swedish_level._NEED), else an SFI finished or an SvA course moves the kept
    one on (swedish_level.read_swedish_level)."""
    from assistant.interpretation.swedish_level import read_swedish_level

    told = [lang for lang in message.languages if lang.code == "sv" and lang.level]
    if told and not any(lang.code == "sv" and lang.level for lang in state.profile.languages):
        state.profile.languages = [lang for lang in state.profile.languages if lang.code != "sv"] + told[:1]
        return
    read_swedish_level(state.profile, state.text, state.user_index)


def _keep_age_told(state: TurnState) -> None:
    """An age told inside a question is the person's when none is kept ("I'm 19 and in the gymnasium, do I get CSN?"
    written as one question in Persian or Arabic: the CSN answer follows the age; know24)."""
    from assistant.child_school import names_child
    from assistant.interpretation.adult_age import age_told_in

    if any(c.kind == "age" and c.value.isdigit() for c in state.profile.constraints) or names_child(state.text):
        return  # ("min son … han är 16 år, …?": the child's age, not the parent's; child12)
    told = age_told_in(state.text, state.user_index)
    if told is not None:
        state.profile.constraints.append(told)


def _keep_topic_asked(state: TurnState) -> None:
    """"Which jobs are there with animals?" is a liking told as a question (retrieval.topic_asked):
    kept in the profile although a question otherwise changes nothing in it (rater20 conv4: the animals were lost)."""
    from retrieval.topic_asked import TOPIC_ASKED

    said = state.message_profile
    if said is None or said.experiences or any(w.concept for w in said.wishes):
        return
    quotes = {i.span.quote for i in state.profile.interests if i.span is not None}
    for i in said.interests:
        if i.confidence == TOPIC_ASKED and i.span is not None and i.span.quote not in quotes:
            state.profile.interests.append(i.model_copy(deep=True))


# Clauses that ask about one occupation even without a question mark ("I mean the salary for a
# software tester"): what they name is what is asked about, not work the person did.
OCCUPATION_QUESTIONS = {"describe", "salary", "demand", "licence", "swedish"}
_OCCUPATION_FIELDS = ("experiences", "wishes", "interests")


def _asked_clauses(text: str, message: Profile, asked: Profile) -> None:
    """Move the occupations read from a clause whose own intent is an occupation question into ``asked``."""
    spans = [(a, b) for a, b in split_statements(text) if detect_intent(text[a:b]) in OCCUPATION_QUESTIONS]
    if not spans:
        return
    for name in _OCCUPATION_FIELDS:
        kept: list[Any] = []
        moved: list[Any] = []
        for item in getattr(message, name):
            span = getattr(item, "span", None)
            inside = span is not None and any(a <= span.start and span.end <= b for a, b in spans)
            (moved if inside else kept).append(item)
        setattr(message, name, kept)
        getattr(asked, name).extend(moved)


def _drop_fallback_interests(base: Profile, message: Profile) -> None:
    """A statement read as an interest only because the message held nothing else
    (wishes.FALLBACK_INTEREST) is no interest once the conversation has a direction (work done,
    a wish, an interest): a follow-up remark ("I am afraid of heights", "I have no Swedish licence")
    then led to suggestions "matching your interests" such as mime teaching or forensic analysis."""
    from assistant.interpretation.wishes import FALLBACK_INTEREST

    if base.experiences or any(w.concept for w in base.wishes) or any(
            i.confidence != FALLBACK_INTEREST for i in base.interests) or message.experiences or any(
            w.concept for w in message.wishes):
        message.interests = [i for i in message.interests if i.confidence != FALLBACK_INTEREST]


def drop_refused_wishes(profile: Profile, message: Profile) -> None:
    """A suggestion the person turns down is no longer a wish ("i dont want drive truck" after a misread "food
    truck" kept «Distributionsförare» and «Tank- och bulkbilsförare» as wishes, rater11 conv2): the refused
    occupation goes, and so do the wishes read from the same words as it (one misreading, one refusal)."""
    from retrieval.refused_titles import ends_in, refused_heads

    refused = {c.concept.id for c in message.constraints if c.kind == "avoid" and c.concept is not None}
    if not refused:
        return
    # A trade refused by its word alone ("no mechanics") ends every earlier wish of its titles (rater26 C5 T6: a
    # «Maskinmekaniker» read from "something about cars" stayed the wish that the next answer was about).
    heads = refused_heads(message)
    now = max((c.span.message for c in message.constraints if c.kind == "avoid" and c.span is not None), default=0)
    refused |= {w.concept.id for w in profile.wishes if heads and w.concept is not None and w.span is not None
                and w.span.message < now and any(ends_in(w.concept.label, h) for h in heads)}
    spans = [(w.span.message, w.span.start, w.span.end) for w in profile.wishes
             if w.concept is not None and w.concept.id in refused and w.span is not None]

    def same_words(w) -> bool:
        return w.span is not None and any(m == w.span.message and a < w.span.end and w.span.start < b
                                          for m, a, b in spans)

    profile.wishes = [w for w in profile.wishes
                      if not (w.concept is not None and (w.concept.id in refused or same_words(w)))]


#: A correction's refused words name a wish when that wish is among the occupations they search nearest to,
#: this close: "army" -> Officer 0.84, «الجيش» 0.67, «ارتش» 0.69; a looser name stays under it ("kitchen" ->
#: Kökschef 0.43, "armén" -> Betongarbetare 0.17: not taken).
CORRECTED_FLOOR = 0.5
CORRECTED_TOP = 3


def drop_corrected_wishes(profile: Profile, message: Profile, text: str, rt) -> None:
    """"Not X, I mean Y" corrects what was read (rater22 class 1: "I want office work" was read as Officer, and
    "Haha no, not the army :) I mean invoicing" kept Officer as "what you want to work with"): the wish the refused
    words X name, by another word than its title, goes. Only in a correction (an "I mean" cue after the refusal,
    refused_thing.meant_at): a plain "not the army" refuses work without saying we misread a wish."""
    from assistant.interpretation.refused_thing import meant_at

    refused = [c.value for c in message.constraints if c.kind == "avoid" and c.concept is None and c.value]
    if not refused or not profile.wishes or meant_at(text, 0, len(text)) >= len(text):
        return
    named: set[str] = set()
    for value in refused:
        try:
            hits = rt.search.search(str(value), "occupation", CORRECTED_TOP)
        except Exception:  # noqa: BLE001 - no occupation index: the wishes stay as read
            hits = []
        named |= {h.concept_id for h in hits if h.score >= CORRECTED_FLOOR}
    profile.wishes = [w for w in profile.wishes if w.concept is None or w.concept.id not in named]


def tells_a_story(message: Profile) -> bool:
    """The message states something about the person besides asking (work done, a wish, a skill,
    a limitation): then it is merged even when the turn answers a question."""
    return bool(message.experiences or message.skills or message.interests or message.education
                or message.languages or any(w.concept for w in message.wishes)
                or any(c.kind in ("limitation", "avoid", "age", "no_study") or c.kind == "other" and c.value == FAMILY
                       for c in message.constraints))  # (csn20: "money while studying? I have three kids" keeps them)


def is_empty(profile: Profile | None) -> bool:
    """True when a profile holds no items at all."""
    return profile is None or profile.is_empty()
