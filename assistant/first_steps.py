""""What do I do first?": ordered first steps for this person, never another list (rater16, fault 2).

"vad gör ja först, ringer ja nån?", "what do I do tomorrow?", "از کجا شروع کنم؟ کی کمکم میکنه؟", "з чого почати?"
(``first_step`` in assistant/locales/intents.yaml, 8 languages) got three more occupations 8 times in 5
conversations. A counsellor answers with 2–4 steps in order: whom to contact, where, and what to apply for. The steps
are built from what the turn knows, each cited to its curated page (ingest/data/education_routes.yaml and
regulated_professions.yaml):

- the occupation the steps lead to: the one the message names, else the one the conversation is on, else the
  person's own wish or work (:func:`assistant.focus.own_way`); none known: the steps that fit anyone, then the
  question what they want to aim for;
- a regulated profession the person did abroad: the application to its authority first (it takes time);
- little Swedish (said): SFI, or Swedish as a second language at Komvux for someone who has some, in their town;
- the way into the work (the first education route for this person, :func:`assistant.routes.routes_for`) for
  someone who has not done it;
- the study and career counsellor at Komvux in their town (a pupil: the school's counsellor);
- Arbetsförmedlingen: the introduction programme for the newly arrived, or its labour-market training for a trade;
- a regulated profession the person is training for: the licence later, from its authority.

A job loss told in the same message has its own first steps (assistant/job_loss.py): they are the answer then.
"""
from __future__ import annotations

import re
from typing import Any

from assistant.evidence import sv_title
from assistant.intent_cues import cues, has, normalize
from assistant.intents import question_part
from assistant.next_steps import PROFESSIONALS
from assistant.regulated import licence_route_or_none
from assistant.state import Fact, Focus, TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: At most this many steps (the licence "later" and the question about the aim come after them).
MAX_STEPS = 4
#: SSYK major groups of trades and other work Arbetsförmedlingen's labour-market training leads to.
_TRAINED_FOR = "456789"
#: Route kinds that come after the training, never its first step (the trade's certificate: ECY, BYN's yrkesbevis).
_LATER = frozenset({"trade_certificate"})
#: Routes said as steps of their own (not again as "the way into the work").
_OWN_STEPS = frozenset({"sfi", "komvux_sas", "kombinationsutbildning", "studie_och_yrkesvagledare", "syv_elev",
                        "etableringsprogrammet", "arbetsmarknadsutbildning"})


def asks_first_step(state: TurnState) -> bool:
    """The message asks what to do first, where to start or who helps ("what is my first step?", "ringer ja nån?");
    not "what do I work as meanwhile?" nor beside a limitation or refusal told now (other work), help beside a health
    complaint, nor a job loss told now (its own first steps)."""
    from assistant.job_loss import told_job_loss_now

    asked = question_part(state.text)
    # "I can't drive any more, what do I do now?": a limitation or a refusal told with it asks for other work
    mp = state.message_profile
    if mp is not None and any(c.kind == "limitation" or c.kind == "avoid" and c.concept is not None
                              for c in mp.constraints):
        return False
    # ("My knees are bad, who can help me?" asks for the support there is: assistant/scope.py)
    # ("I want to become X. How do I start?": the steps towards X; not how to start a business, ask20)
    starts = has("how_start", asked) and not has("business_start", asked)
    return (has("first_step", asked) or asks_on_its_own(asked) or starts) and not has("meanwhile", asked) \
        and not has("health", _without_work(state)) and not told_job_loss_now(state)


def _without_work(state: TurnState) -> str:
    """The message without the words it names work by: "kalkaaliso caafimaad" (a health assistant, a nurse, in
    Somali) tells work done, no health complaint (fit24)."""
    text = state.text
    mp = state.message_profile
    for item in [*(mp.experiences if mp is not None else []), *(mp.wishes if mp is not None else [])]:
        if item.span is not None and item.span.quote:
            text = text.replace(item.span.quote, " ")
    return text


def asks_on_its_own(asked: str) -> bool:
    """"What should I do?", «що мені робити?», «چی کنم؟», «maxaan sameeyaa?» asked with nothing beside it but "ok",
    "now", "then" (``first_step_bare`` and ``first_step_filler`` in intents.yaml, read19): the next steps. Not within
    a longer question ("what should I do for work?" asks for work)."""
    bare, filler = cues().get("first_step_bare"), cues().get("first_step_filler")
    said = normalize(asked)
    found = bare.search(said) if bare is not None else None
    if bare is None or filler is None or found is None:
        return False
    rest = f"{said[:found.start()]} {said[found.end():]}"
    # (the first cue found may hold a filler of a longer one: «حالا چی کنم» is «حالا» and «چی کنم»)
    return not re.search(r"\w", filler.sub(" ", rest)) or bool(bare.fullmatch(
        re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", filler.sub(" ", said))).strip()))


def _aim(state: TurnState, rt: Runtime) -> Focus | None:
    """The occupation the steps lead to: named now, the conversation's, else the person's own way."""
    from assistant.focus import named_in_message, own_way, refused_now, topic

    # ("شو لازم اعمل؟", what should I do?, names no work: read as a name it found «Inspicient»; read19)
    named = None if asks_on_its_own(question_part(state.text)) else named_in_message(state, rt, guess=False)
    # "I ran a restaurant; now I want a hospital kitchen, how do I start?": the goal the message names, not the work
    # it tells (rater40 new01 T1: the steps to Restaurangbiträde for a cook aiming at a large kitchen; unknown33)
    named = _goal_told(state, rt) or named
    # The conversation's occupation only when the person took it up (asked about it by name, or it is their own
    # wish or work): a suggestion merely shown last is not their aim. After "I have 3 kids", «Förskollärare» shown
    # beside it led "what do I do first this week?" away from the nurse she is (licence21).
    shown = topic(state, rt)
    found = named or _taken_up(state, shown) or own_way(state, rt) or shown
    found = None if found is None or refused_now(state, found.id) else found
    if found is not None and licence_route_or_none(found.id, rt) is not None:
        return found
    # "I was a teacher in Syria and want to teach here" read as «Folkhögskolelärare»: the regulated profession done
    # abroad in the same field (SSYK sub-major group) is where the steps lead – its licence is the first of them.
    own = next((e for e in state.profile.experiences
                if e.abroad and e.ssyk_code and licence_route_or_none(e.occupation.id, rt)
                and (found is None or (found.ssyk_code or "")[:2] == e.ssyk_code[:2])), None)
    if own is None:
        return found
    return Focus(id=own.occupation.id, label=own.occupation.label, ssyk_id=own.ssyk_id, ssyk_code=own.ssyk_code)


def _goal_told(state: TurnState, rt: Runtime) -> Focus | None:
    """The most confident occupation this message wishes for by name (a guess for an unknown word is no goal)."""
    from assistant.earlier_answers import focus_of
    from assistant.goal_named import GOAL_CONFIDENCE

    mp = state.message_profile
    wishes = [w for w in (mp.wishes if mp is not None else []) if w.concept is not None
              and w.concept.kind == "occupation" and w.confidence >= GOAL_CONFIDENCE]
    best = max(wishes, key=lambda w: w.confidence, default=None)
    return focus_of(best.concept.id, best.concept.label, rt, named=True) if best and best.concept else None


def _taken_up(state: TurnState, shown: Focus | None) -> Focus | None:
    """``shown`` when the person took it up: it is an occupation of their profile, or a message of theirs names it."""
    if shown is None:
        return None
    p = state.profile
    own = ({e.occupation.id for e in p.experiences} | {w.concept.id for w in p.wishes if w.concept is not None}
           | {i.concept.id for i in p.interests if i.concept is not None})
    if shown.id in own:
        return shown
    label = normalize(shown.label)
    said = [normalize(m.content) for m in state.history if m.role == "user"] + [normalize(state.text)]
    return shown if any(label in s for s in said) else None


def town_of(state: TurnState) -> str | None:
    """The municipality (else the region) the person lives in, as told."""
    if state.place is not None and state.place.kind == "municipality":
        return state.place.label
    places = [c for c in state.profile.constraints if c.kind in ("municipality", "region")]
    places.sort(key=lambda c: c.kind != "municipality")
    return places[0].label if places else None


def done_abroad(state: TurnState, rt: Runtime, route: Any) -> bool:
    """The person did this regulated profession abroad (work under the same licence route): they apply with it. A
    newcomer's degree profession (SSYK major group 2) is taken as done abroad when no country was read, unless it was
    Sweden (as assistant/routes.py does); a driver's or a tradesman's work is not: their licence follows a training."""
    from assistant.education import audience

    newcomer = audience(state) == "newcomer"
    return any((e.abroad or newcomer and (e.ssyk_code or "")[:1] == PROFESSIONALS and (e.country or "").upper() != "SE")
               and (r := licence_route_or_none(e.occupation.id, rt)) is not None and r.doc_id == route.doc_id
               for e in state.profile.experiences)


def papers_missing_told(state: TurnState) -> bool:
    """The person told that the papers of their education or trade are missing ("no papers, only experience"), or that
    they have no education at all."""
    from assistant.interpretation.no_papers import NO_PAPERS, education_told_none

    told = [state.text] + [m.content or "" for m in state.request.messages if m.role == "user"]
    # (no education at all told is none to apply with either: "ingen utbildning här", contra30 – rater38)
    return any(c.kind == "other" and c.value == NO_PAPERS for c in state.profile.constraints) \
        or education_told_none(told)


def _licence_evidence(state: TurnState, route: Any, trained: str) -> Evidence:
    return state.add_evidence(Evidence(
        type="recognition", doc_id=route.doc_id, kind="regulated_profession",
        title=f"{route.profession} – {route.licence} ({route.authority})", url=route.url_for(trained),
        snippet=f"{route.licence} beviljas av {route.authority}.",
        facts={"authority": route.authority, "licence": route.licence, "requirement": route.requirement}))


#: Swedish levels at which no Swedish step is said (the person works or studies in Swedish already).
_GOOD_SWEDISH = frozenset({"b2", "c1", "c2", "good", "fluent", "native", "flytande", "modersmål", "sas_3"})
#: Levels within SFI's first courses (or none): SFI is the Swedish step.
_AT_SFI = frozenset({"", "none", "beginner", "a1", "a2"})


def _swedish_route(state: TurnState) -> str | None:
    """The Swedish step for someone who said they know little Swedish, or who just arrived and writes another
    language: SFI, or Swedish as a second language at Komvux for someone past SFI (None: nothing said about Swedish,
    or it is good)."""
    from assistant.residence import newly_arrived
    from assistant.routes import has_some_swedish

    levels = [(lang.level or "").casefold() for lang in state.profile.languages if lang.code == "sv"]
    if any(level in _GOOD_SWEDISH for level in levels):
        return None
    # (just arrived, writing another language or saying they have no Swedish: Swedish comes first)
    if not levels and not (newly_arrived(state) and (state.language != "sv" or has("swedish", state.text))):
        return None
    # ("no Swedish at all" read as A1, SFI's first courses: SFI is the step; past SFI, Swedish as a second language)
    return "sfi" if not has_some_swedish(state) or all(level in _AT_SFI for level in levels) else "komvux_sas"


def _at_sfi(state: TurnState) -> bool:
    """The person studies at SFI already: the level read is SFI's ("läser sfi"), or a message names a course of it
    ("SFI C", "sfi-kurs B")."""
    levels = [(lang.level or "").casefold() for lang in state.profile.languages if lang.code == "sv"]
    if any(level not in _AT_SFI | {"sfi"} for level in levels):  # (past SFI: "SFI D klar", B1 …)
        return False
    if "sfi" in levels:
        return True
    said = [m.content for m in state.history if m.role == "user"] + [state.text]
    return any(_SFI_COURSE.search(t or "") for t in said)


#: A course of SFI named: "SFI C", "sfi-kurs B", and with the word for course or level in any language between
#: ("SFI course C", «sfi كورس C», «SFI کورس C», «SFI, курс C», "SFI koorsada C": fit24, rater34 replay03/08).
_SFI_COURSE = re.compile(r"(?<!\w)sfi[\s\-,]*(?:(?:kurs|course|level|nivå|koorsada|koorso|heerka|كورس|دوره|کورس|"
                         r"سطح|مستوى|курс|рівень|ኮርስ|ደረጃ)\w*[\s\-,]*)?[bcd](?!\w)", re.IGNORECASE)


class Steps:
    """The numbered steps of one answer, each a cited route or licence sentence (at most ``limit``)."""

    def __init__(self, state: TurnState, rt: Runtime, limit: int = MAX_STEPS) -> None:
        from assistant.routes import routes

        self.state, self.table, self.limit = state, routes(rt), limit
        self.facts: list[Fact] = []
        self.used: set[str] = set()

    def route(self, key: str, wording: str, **params: Any) -> bool:
        from assistant.routes import evidence_of, route_gloss

        route = self.table.get(key)
        if route is None or key in self.used or len(self.facts) >= self.limit:
            return False
        self.used.add(key)
        ev = self.state.add_evidence(evidence_of(route))
        self.add(wording, ev.doc_id, title=sv_title(ev.title, route_gloss(ev)), **params)
        return True

    def add(self, wording: str, source: str | None, **params: Any) -> None:
        self.facts.append(Fact(key=wording, source=source, bullet=True, params=params))


def _town_wording(steps: Steps, key: str, wording: str, town: str | None) -> None:
    if town:
        steps.route(key, f"{wording}_place", place=town)
    else:
        steps.route(key, wording)


def plan_first_steps(state: TurnState, rt: Runtime) -> None:
    """The ordered first steps for this person (see the module docstring), cited; no list of occupations. "How do I
    get a job here?" from someone who has done the work is the job search instead (assistant/job_search.py)."""
    from assistant.job_search import asks_job_search, plan_job_search
    from assistant.licence_answer import trained_route

    if asks_job_search(state) and plan_job_search(state, rt):
        return
    from assistant.residence import introduction_programme_fits
    from assistant.routes import occupation_routes, routes_for

    state.facts.clear()
    state.presented.clear()
    state.unresolved = None
    focus = _aim(state, rt)
    town = town_of(state)
    steps = Steps(state, rt)
    code = focus.ssyk_code if focus is not None else None
    licence = licence_route_or_none(focus.id, rt) if focus is not None else None
    # (no papers told: nothing to apply with now, the way in and the licence later – told27, rater36 new02 T1 got
    # "apply with the education you have – now" after "10 years an electrician, no papers, only experience")
    abroad = licence is not None and done_abroad(state, rt, licence) and not papers_missing_told(state)
    youth = state.profile.is_youth()
    if licence is not None and abroad and not youth:  # trained abroad: apply now, it takes months
        ev = _licence_evidence(state, licence, trained_route(state, code))
        steps.add("steps.apply", ev.doc_id, authority=licence.authority,
                  licence=sv_title(licence.licence, "default"), url=ev.url or licence.url)
    swedish = _swedish_route(state) if not youth else None
    if swedish is not None:  # (someone who said they study at SFI goes on there, never "sign up": ask20)
        if _at_sfi(state):
            swedish = "sfi_continue"
        _town_wording(steps, "sfi" if swedish == "sfi_continue" else swedish, f"steps.{swedish}", town)
    if focus is not None and not abroad:
        for ev in [*occupation_routes(state, rt, code, focus.label), *routes_for(state, rt, code)]:
            key = str(ev.facts.get("route", ""))
            if key and key not in _OWN_STEPS and key in steps.table and steps.table[key].kind not in _LATER:
                steps.route(key, "steps.route")
                break
    if youth:
        from assistant.youth_routes import youth_counsellor

        key = youth_counsellor(state)  # (one who left school: the municipality's follow-up, no school's; contra31)
        steps.route(key, "steps.pupil" if key == "syv_elev" else "steps.pupil_left")
    else:
        _town_wording(steps, "studie_och_yrkesvagledare", "steps.counsellor", town)
        if introduction_programme_fits(state):
            steps.route("etableringsprogrammet", "steps.af_newcomer")
        elif code and code[:1] in _TRAINED_FOR and not abroad:
            steps.route("arbetsmarknadsutbildning", "steps.af_training")
    state.action = "steps"
    if focus is not None:
        state.focus = focus
        state.present(focus)
        state.say("steps.intro_focus", occupation=sv_title(focus.label, "occupation"))
    else:
        state.say("steps.intro")
    state.facts.extend(steps.facts)
    if licence is not None and not abroad and not youth:  # training for it: the licence is the last step
        ev = _licence_evidence(state, licence, "sweden")
        state.facts.append(Fact(key="steps.later", source=ev.doc_id, bullet=True, params={
            "authority": licence.authority, "licence": sv_title(licence.licence, "default"), "url": ev.url or ""}))
    if focus is None:
        state.facts.append(Fact(key="steps.aim", paragraph=True))
