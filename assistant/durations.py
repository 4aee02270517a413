"""How long an education takes, answered from the lengths the cited data states (rater 8, conv 1 and 2).

"How long does it take?", "hur lång tid tar utbildningen", "ክንደይ ግዜ ይወስድ", "چقدر وقت میگیره" after a route, an
education or a licence, or beside an occupation, was answered with "my sources say nothing more", the same courses
again, salary statistics (Dari "چقدر" is "how much"), "no more suggestions" or "I could not find «long»". The answer is
now the education the courses answer would give this person for the occupation, each with the length its own source
states:

- a curated route with credits and full-time terms (a degree programme: 210 hp, 7 terms = 3.5 years) or full-time years
  (a national gymnasium programme: 3 years), cited to its page;
- a YH programme with its YH points in MYH's records, in years at its pace, with Skolverket's rule that 200 YH points
  are a year of full-time study (curated route ``studietid_poang``), both cited;
- a labour-market course whose description states a guide time ("Rikttid: 30 dagar"), cited;
- for the others, said plainly: the sources state no length (it depends on the courses one needs and the pace), and
  who to ask — the school that gives it, or a study and careers counsellor; for a licence, the authority that decides.

No figure is said that the cited source does not hold.
"""
from __future__ import annotations

import re
from typing import Any

from assistant.asked_parts import PART_INTENTS, elliptic
from assistant.course_plan import course_place, plan_courses
from assistant.evidence import edu_kind, sv_title
from assistant.focus import question_part
from assistant.guessed_name import named_now
from assistant.intent_cues import has
from assistant.intents import asks_pay_per_period, without_strain
from assistant.places import place_in_text
from assistant.regulated import licence_route_or_none
from assistant.routes import evidence_of, route_gloss, routes
from assistant.state import Fact, Focus, TurnState
from assistant.study_reach import length_where
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: The curated route (ingest/data/education_routes.yaml) with Skolverket's rule for YH points and credits.
POINTS_RULE = "studietid_poang"
#: The curated route with the whole way to a health licence for someone trained outside the EU/EES, as a range (time15).
RANGE_ROUTE = "legitimation_tid_utanfor_eu"
#: The authority of the licences that range is about.
_HEALTH_AUTHORITY = "Socialstyrelsen"
#: YH points in one year of full-time study (Skolverket, :data:`POINTS_RULE`).
YH_POINTS_PER_YEAR = 200
#: Answers a duration question replaces: it was read as something it is not, or found nothing to say. Other answers
#: ("I want to be a nurse – what does she do, and how long is the education?") keep theirs, the lengths follow.
_MISREAD = ("unknown_occupation", "which_occupation", "more", "nothing_more")
#: Locales that write a decimal comma.
_COMMA = {"sv", "sv-easy", "uk", "so"}
#: A labour-market course's guide time in its description: "Rikttid: 30 dagar", "Rikttid 12 veckor".
_GUIDE_TIME = re.compile(r"rikttid\s*:?\s*(?:ca\.?\s*|cirka\s*)?(\d{1,3})\s*(dagar|dag|veckor|vecka)", re.IGNORECASE)
#: Education evidence types a length can be told of.
_EDUCATION = ("education_route", "course", "programme")
#: Routes that are no education into the occupation (support, a counsellor, an assessment, eligibility, the language
#: first): their length is not what is asked, and "no length stated" for them would only be noise.
#: Swedish levels of someone still learning the language (the profile's ``languages``).
_LEARNING = {"sfi", "a1", "a2"}
_NOT_TRAINING = {"introduction_newcomers", "temporary_protection", "study_support", "counsellor", "foreign_education",
                 "support", "campus", "sfi", "swedish_second_language", "higher_education", "validation"}


def asks_duration(state: TurnState) -> bool:
    """The question part of the message asks how long something takes ("I looked after children for several years"
    tells, it asks nothing)."""
    asked = without_strain(question_part(state.text))  # ("I don't know how long I can keep going" tells, intent17)
    # (an amount with a pay period is the salary: «قديش بياخد الطباخ بالشهر؟», askD21)
    return has("duration", asked) and ("?" in asked or "؟" in asked or has("question", asked)) \
        and not asks_pay_per_period(asked)


def number(value: float, locale: str) -> str:
    """``value`` with at most one decimal, written as the locale writes it (3,5 in Swedish, 3.5 in English)."""
    text = f"{round(value * 2) / 2:g}" if value >= 1 else f"{round(value, 1):g}"
    return text.replace(".", ",") if locale in _COMMA else text


def _curated(key: str) -> Any | None:
    from ingest.sources.routes import load

    return next((r for r in load().routes if r.key == key), None)


def _store_doc(rt: Runtime, kind: str, doc_id: str) -> dict[str, Any]:
    try:
        return rt.store.get_docs(kind, [doc_id]).get(doc_id) or {}
    except Exception:  # noqa: BLE001 - the store cannot give the document: no length read from it
        return {}


def _route_length(state: TurnState, ev: Evidence) -> tuple[str, dict[str, Any]] | None:
    """(locale key, params) of a curated route's stated length, or None."""
    route = _curated(str(ev.facts.get("route") or ""))
    if route is None:
        return None
    if route.hp and route.terms:  # (two terms: "about one year", never "1 years")
        key = "duration.credits_year" if route.terms == 2 else "duration.credits"
        return key, {"hp": route.hp, "years": number(route.terms / 2, state.locale)}
    if route.years:
        return "duration.years", {"years": number(route.years, state.locale)}
    if route.weeks:  # a Komvux vocational training: the full-time weeks its cited page states (ask10)
        return "duration.weeks", {"weeks": route.weeks}
    if route.points:  # time15: a Komvux package's points; its weeks depend on the municipality and the pace
        return "duration.points", {"points": route.points}
    if route.apprentice_hours:  # routes18: a trade certificate's apprenticeship after the training (ECY: 1 600 hours)
        return "duration.apprentice_hours", {"hours": number(route.apprentice_hours, state.locale)}
    return None


def _programme_length(state: TurnState, rt: Runtime, ev: Evidence) -> tuple[str, dict[str, Any]] | None:
    """(locale key, params) of a YH programme's length from its points and pace in MYH's records, or None."""
    meta = _store_doc(rt, ev.kind, ev.doc_id).get("metadata") or {}
    points, pace = meta.get("yh_points"), meta.get("pace_percent") or 100
    if not isinstance(points, int) or points <= 0 or not isinstance(pace, int) or pace <= 0:
        return None
    years = points / YH_POINTS_PER_YEAR * 100 / pace
    key = "duration.yh_points" if pace == 100 else "duration.yh_points_pace"
    return key, {"points": points, "pace": pace, "years": number(years, state.locale)}


def _course_length(rt: Runtime, ev: Evidence) -> tuple[str, dict[str, Any]] | None:
    """(locale key, params) of a course's guide time stated in its description, or None."""
    text = _store_doc(rt, ev.kind, ev.doc_id).get("text") or ev.snippet
    found = _GUIDE_TIME.search(text or "")
    if found is None:
        return None
    unit = "days" if found.group(2).lower().startswith("dag") else "weeks"
    return f"duration.guide_{unit}", {"n": int(found.group(1))}


def _length(state: TurnState, rt: Runtime, ev: Evidence) -> tuple[str, dict[str, Any]] | None:
    if ev.type == "education_route":
        return _route_length(state, ev)
    if ev.type == "programme" or ev.kind == "programme":
        return _programme_length(state, rt, ev)
    return _course_length(rt, ev)


def _title(ev: Evidence) -> dict[str, str]:
    return sv_title(ev.title, route_gloss(ev) if ev.type == "education_route" else edu_kind(ev))


def answer_duration(state: TurnState, rt: Runtime) -> None:
    """Say how long the education towards the turn's occupation takes (see the module docstring), when the message
    asks it. After an answer about the route ("how do I become X? how long does it take?") the lengths follow it; a
    question misread, or answered with nothing new, is replaced by them."""
    if not asks_duration(state):
        return
    # The occupation the question names before the one another part was about or a list's first card ("how long
    # until I can work as an electrician?" after other suggestions, read as a wish told: the lengths answer it).
    named = named_now(_duration_asked(state), rt)
    focus = named or state.focus or (state.presented[0] if state.presented else None)
    scratch = state.model_copy(update={"facts": [], "evidence": [], "presented": [], "action": "courses",
                                       "place": state.place or course_place(state, rt)})
    plan_courses(scratch, rt, focus)
    others = _for_others(scratch)
    items = [ev for ev in scratch.evidence if ev.type in _EDUCATION and ev.facts.get("route_kind") not in _NOT_TRAINING
             and ev.doc_id not in others]
    licence = next((ev for ev in scratch.evidence if ev.type not in _EDUCATION), None)
    asked = question_part(_duration_asked(state).text)  # (a place in another part asks that part's work: c4 T2)
    # a place named in the question ("where can I study it in Norrköping?") asks for its courses too (rater17 conv2)
    asked_route = has("courses", asked.replace("?", " ")) or place_in_text(asked, rt) is not None
    kept: list[Fact] = []
    if state.action in _MISREAD or (state.action == "courses" and not asked_route) or _only_nothing_new(state) \
            or (state.action == "suggest" and named is not None):
        kept = _other_parts(state)  # "how long does it take, and is Swedish needed?": that answer stays (where8)
        state.facts.clear()
        state.presented.clear()  # (the cards of the answer replaced are not what the lengths are about)
        state.action = "courses"
    if focus is not None:
        state.focus = focus
        state.present(focus)
    # the question to the person ("where do you live?") stays the last thing said
    asks = [f for f in state.facts if f.key.startswith("ask.")]
    state.facts[:] = [f for f in state.facts if f not in asks]
    _say_lengths(state, rt, focus, items, licence)
    state.facts.extend(kept)
    state.facts.extend(asks)


def _for_others(scratch: TurnState) -> set[str]:
    """The courses the courses answer named for another occupation suggested before (assistant/earlier_courses.py):
    never a length "to become" the one in focus (named16, rater29 c11: "Så lång tid tar det att bli «Verktygssmed»:
    «Yrkesförare Lastbil … C-behörighet»: ungefär 96 dagar", the lorry course named for «Vägassistansförare»)."""
    other: set[str] = set()
    after_other = False
    for f in scratch.facts:
        if f.key == "course_place.earlier_other":
            after_other = True
        elif after_other and f.key.startswith("courses.item") and f.source:
            other.add(f.source)
        else:
            after_other = False
    return other


def _duration_asked(state: TurnState) -> TurnState:
    """The turn read from the words of the parts that ask how long, when the message asks other things beside
    (rater25 c4 T3: «IMISA BILOOD … liisanka D iyo YKB? oo taxi shaqo ma ku jirtaa eskilstuna?» – how many months for
    the bus licence, and is there taxi work – got the taxi's lengths: the other part's name was read as the one the
    length is asked of). One question alone is read whole (its name may stand outside the question clause)."""
    asked = [words for words, _, _ in state.part_spans if _asks_length(state, words)]
    if not asked or len(asked) == len(state.part_spans):
        return state
    # Only beside a part that asks something of its own (demand, salary, courses …: rater25 c4 T3's "is there taxi
    # work?"); "how long" cut off from its own "until I can work as an electrician?" («قديش بياخد وقت | لحتى اقدر
    # اشتغل كهربجي؟», focus17 ar) is one question, read whole.
    others = [words for words, _, _ in state.part_spans if words not in asked]
    if not any(has(group, words) for group in (*PART_INTENTS, "is_there_work") for words in others):
        return state
    return state.model_copy(update={"text": " ".join(asked), "message_profile": None})


#: A side this short after a part asking how long ("and YKB?", «iyo YKB?») asks the same of what it names.
_SHORT_SIDE = 3


def _asks_length(state: TurnState, words: str) -> bool:
    """The part asks how long: its own duration words, or a short "and X?" after a part that asks it («imisa waqti …
    liisanka D iyo YKB?»: "and the YKB?" asks its length too, not an answer of its own to keep beside the lengths)."""
    if has("duration", words):
        return True
    spans = [w for w, _, _ in state.part_spans]
    at = spans.index(words) if words in spans else 0
    short = elliptic(words) or len(words.split()) <= _SHORT_SIDE  # («iyo YKB?» reads as a courses question of its own)
    return at > 0 and short and _asks_length(state, spans[at - 1])


def _other_parts(state: TurnState) -> list[Fact]:
    """The answers of the message's other questions, which do not ask how long (assistant/parts.py keeps each part's
    span): replacing a misread or repeated answer by the lengths must not drop a question asked beside them (rater24
    c5 T2: «скільки це триває і чи треба шведська мова?» got the lengths and no word on Swedish)."""
    out = [f for words, start, end in state.part_spans if not _asks_length(state, words)
           for f in state.facts[start:end]]
    if out:
        out[0] = out[0].model_copy(update={"paragraph": True})
    return out


def learning_swedish(profile: Any) -> bool:
    """The person is still learning Swedish (at SFI, or A1/A2): a vocational training taken with it takes longer."""
    return any(lang.code == "sv" and (lang.level or "") in _LEARNING for lang in profile.languages)


def _only_nothing_new(state: TurnState) -> bool:
    return all(f.key.startswith(("followup.", "nothing_more")) for f in state.facts)


def _say_lengths(state: TurnState, rt: Runtime, focus: Focus | None, items: list[Evidence],
                 licence: Evidence | None) -> None:
    if focus is not None:
        state.say("duration.intro", occupation=sv_title(focus.label, "occupation"))
    unknown: list[str] = []
    rule_needed = weeks = depends = False
    for ev in items:
        found = _length(state, rt, ev)
        if found is None:
            unknown.append(ev.title)
            continue
        key, params = found
        ev = state.add_evidence(ev)
        if key == "duration.points" and str(params["points"]) not in ev.snippet:
            # the snippet shown is the passage of the route's text that states the points (also when cited before)
            ev.snippet = f"Utbildningen omfattar {params['points']} gymnasiepoäng. {ev.snippet}"[:400]
        key = length_where(state, ev, key, params)  # "(on site in Skövde)": the listed programme's own facts
        state.say(key, ev.doc_id, bullet=True, title=_title(ev), **params)
        rule_needed = rule_needed or key.startswith("duration.yh_points")
        weeks = weeks or key in ("duration.weeks", "duration.points")
        depends = depends or key == "duration.points"  # its weeks are the municipality's: who to ask follows
    if rule_needed and (rule := routes(rt).get(POINTS_RULE)) is not None:
        ev = state.add_evidence(evidence_of(rule))
        state.say("duration.points_rule", ev.doc_id)
    if weeks and learning_swedish(state.profile):  # at SFI: the same training with Swedish takes longer (rater10)
        state.say("duration.with_swedish")
    if (unknown or not items) and focus is not None and licence is not None \
            and licence.facts.get("requirement") == "licence_required":  # (a protected title: the work is open)
        _say_steps(state, rt, focus)  # costtime13: the steps with the times their authority states, not only "none"
    if unknown:
        state.say("duration.unknown", titles=", ".join(f"«{t}»" for t in unknown))
    if licence is not None and licence.facts.get("authority"):
        ev = state.add_evidence(licence)
        # route11: beside the licence steps just listed (their own times), not "my sources say nothing"
        shown = any(f.key == "licence.step" for f in state.facts)
        key = "duration.licence_steps" if _route_has_test(rt, focus) else "duration.licence_steps_no_test"
        state.say(key if shown else "duration.licence", ev.doc_id, authority=str(licence.facts["authority"]))
        if shown and str(licence.facts["authority"]) == _HEALTH_AUTHORITY \
                and any(f.key == "licence.steps_outside_eu" for f in state.facts):
            _say_range(state, rt)
    if unknown or not items or depends:
        state.say("duration.ask")


def _route_has_test(rt: Runtime, focus: Focus | None) -> bool:
    """Whether any route to the focus's licence has a test: the whole way "depends on passing the test" only then
    (rater20: an electrician's authorisation, which has none, was told to pass "the test")."""
    from assistant.licence_exam import test_step

    route = licence_route_or_none(focus.id, rt) if focus is not None else None
    if route is None:  # (no licence route, or no regulated-profession tables: the general wording)
        return True
    return any(test_step(steps) for steps in route.steps.values())


def _say_range(state: TurnState, rt: Runtime) -> None:
    """time15: the whole way to a health licence for someone trained outside the EU/EES as a range, as the region that
    supports them on it states (rater15: a pharmacist got no time at all), cited to its page."""
    route = routes(rt).get(RANGE_ROUTE)
    if route is not None:
        ev = state.add_evidence(evidence_of(route))
        state.say("duration.licence_range", ev.doc_id, title=_title(ev))


def _say_steps(state: TurnState, rt: Runtime, focus: Focus) -> None:
    """The steps of the licence route in focus, each with the time its authority states where it states one (rater13
    conv5 T2 "what are the steps, how long? explain simple": only "my sources state no length"; conv4 T2 "what is YKB,
    how long?": YKB's 140/280 hours are a step of its route) – unless this answer already lists them."""
    from assistant.licence_answer import plan_licence

    if any(f.key == "licence.step" for f in state.facts):
        return
    scratch = state.model_copy(update={"facts": [], "evidence": [], "presented": [], "action": "licence"})
    plan_licence(scratch, rt, focus, {})
    steps = [f for f in scratch.facts if f.key == "licence.step" or f.key.startswith("licence.steps_")]
    if not any(f.key == "licence.step" for f in steps):
        return
    for ev in scratch.evidence:
        if any(f.source == ev.doc_id for f in steps):
            state.add_evidence(ev)
    state.facts.extend(steps)
