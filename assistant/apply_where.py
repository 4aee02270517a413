"""A short "where do I apply / register?" answered from what the conversation named (rater24 class 3).

The counsellor's finding: the natural closing question ("ok where do i apply for the proficiency test", «ኣበይ እየ
ዝምዝገብ?», «halkee iska diiwaangeliyaa», "var anmäler jag mig?") fell into "I'm not sure what you are asking" or a
new list of jobs, although the answer before had just named the knowledge test, Arbetsförmedlingen or SFI.

The question (cue groups ``apply_register`` and ``apply_for`` in locales/intents.yaml: where/how + register or
apply, 8 languages) is resolved against the earlier answers, latest first:

- an occupation they presented that is a regulated profession: its licence route, whose own steps say where one
  applies (``Ansök hos Socialstyrelsen …``) and which step is the test;
- a curated route they named by its title («SFI – …», «Svenska som andraspråk på Komvux», …) whose text says how one
  applies or signs up (its own sentence: ``Man anmäler sig hos sin kommun``, ``Man söker på antagning.se``);
- Arbetsförmedlingen named: registering there (the curated route ``af_forsta_dagen``).

Of these, the ones the question's words fit (a test, the licence, a route's or authority's own name) are answered;
else those of the latest answer that named any, registering preferred for "register" and applying for "apply" (each
document's own sentence tells which it is); at most two. Nothing named: what can be answered is said, never a list.
A message that names an occupation ("how do I apply for the nurse licence?") is the licence answer's, not this.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.evidence import sv_title
from assistant.intent_cues import has, normalize
from assistant.intents import question_part
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: A sentence of a document that says how one applies (Swedish: the curated data's own words).
_APPLIES = re.compile(r"\b(?:an)?sök(?:er|a)?\b|\banmäl\w*|\bskriv\w* in\b|\binskriv\w*|\bregistrer\w*", re.I)
#: ... and one that says how one registers or signs up (not an application that is decided on).
_REGISTERS = re.compile(r"\banmäl\w*|\bskriv\w* in\b|\binskriv\w*|\bregistrer\w*", re.I)
#: A licence step that is an application (``Ansök hos Socialstyrelsen …``).
_APPLY_STEP = re.compile(r"^\s*ansök\b", re.I)
#: The curated route of registering with Arbetsförmedlingen, named when an answer names the authority.
AF_REGISTER, AF = "af_forsta_dagen", "Arbetsförmedlingen"
#: At most this many things named are answered.
MAX_TARGETS = 2
#: Words of a route's title that fit no question by themselves.
_COMMON = frozenset({"och", "för", "som", "med", "från", "till", "hos", "dig", "din", "det", "den", "första", "dagen",
                     "du", "är", "att", "ett", "en", "av", "kommunal", "utbildning"})


@dataclass
class _Target:
    """One thing an earlier answer named that has a way to apply: a licence route or a curated route."""
    doc_id: str
    answer: int  # 0: the latest answer
    at: int  # where in that answer it was named
    register: bool
    names: tuple[str, ...] = ()
    route: object | None = None  # the licence route (retrieval.relations_regulated.LicenceRoute)
    key: str = ""  # the curated route's key
    steps: list[str] = field(default_factory=list)


def asks_where_to_apply(text: str) -> bool | None:
    """True for "where do I register / sign up?", False for "where / how do I apply?", None when not asked."""
    asked = question_part(text)
    if has("apply_register", asked):
        return True
    return False if has("apply_for", asked) else None


def _words(title: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[\w.]+", normalize(title)) if len(w) >= 3 and w not in _COMMON)


def _licence_targets(state: TurnState, rt: Runtime, i: int, answer: str) -> list[_Target]:
    from assistant.earlier_answers import presented_in
    from assistant.licence_answer import OUTSIDE_EU, trained_route
    from assistant.regulated import licence_route_or_none

    out = []
    for occ in presented_in(answer, rt):
        route = licence_route_or_none(occ.id, rt)
        if route is None:
            continue
        trained = trained_route(state, occ.ssyk_code)
        steps = [s for s in route.steps_for(trained)  # type: ignore[arg-type]
                 if trained == "outside_eu" or not OUTSIDE_EU.search(s)]
        if not any(_APPLY_STEP.search(s) for s in steps):
            continue
        names = _words(route.authority) + _words(route.licence)
        out.append(_Target(doc_id=route.doc_id, answer=i, at=answer.find(occ.label), register=False, names=names,
                           route=route, steps=steps))
    return out


def _route_targets(rt: Runtime, i: int, answer: str) -> list[_Target]:
    from assistant.routes import routes

    out = []
    for key, route in routes(rt).items():
        at = answer.find(f"«{route.title}")
        if key == AF_REGISTER and at < 0:
            at = answer.find(AF)  # "Register at Arbetsförmedlingen" in the next steps, the authority in a demand answer
        said = [s for s in re.split(r"(?<=[.;])\s+", route.text) if _APPLIES.search(s)]
        if at < 0 or not said:
            continue
        out.append(_Target(doc_id=route.doc_id, answer=i, at=at, register=any(_REGISTERS.search(s) for s in said),
                           names=_words(route.title) + ((normalize(AF),) if key == AF_REGISTER else ()), key=key))
    return out


def _named_now(rt: Runtime, asked: str) -> list[_Target]:
    """Routes the question itself names by their own name ("where do I sign up for SFI?", "… Komvux?")."""
    from assistant.routes import routes

    words = set(re.findall(r"[\w.]+", asked))
    out = []
    for key, route in routes(rt).items():
        first = _words(route.title.split()[0]) if route.title.split() else ()
        if words & {key, *first} and any(_APPLIES.search(s) for s in re.split(r"(?<=[.;])\s+", route.text)):
            out.append(_Target(doc_id=route.doc_id, answer=-1, at=0, register=bool(_REGISTERS.search(route.text)),
                               names=(key, *first), key=key))
    return out


def _targets(state: TurnState, rt: Runtime) -> list[_Target]:
    """What the question names itself, then everything earlier answers named that has a way to apply, latest answer
    first, in the order named."""
    answers = [m.content for m in reversed(state.history) if m.role == "assistant"]
    out: list[_Target] = _named_now(rt, normalize(question_part(state.text)))
    for i, answer in enumerate(answers):
        for t in sorted(_licence_targets(state, rt, i, answer) + _route_targets(rt, i, answer), key=lambda t: t.at):
            if all(t.doc_id != o.doc_id for o in out):
                out.append(t)
    return out


def _fits(t: _Target, asked: str) -> bool:
    """The question's own words name this: a test (a licence route with a test step), the licence, its names."""
    from assistant.licence_exam import test_step

    if t.route is not None and (has("apply_test", asked) and test_step(t.steps) or has("licence", asked)):
        return True
    words = set(re.findall(r"[\w.]+", asked))
    return any(n in words for n in t.names)


def _chosen(targets: list[_Target], asked: str, register: bool) -> list[_Target]:
    fit = [t for t in targets if _fits(t, asked)]
    if fit:
        return fit[:MAX_TARGETS]
    pool = [t for t in targets if t.register == register] or targets
    return [t for t in pool if t.answer == pool[0].answer][:MAX_TARGETS] if pool else []


def _say_licence(state: TurnState, t: _Target, asked: str) -> None:
    from assistant.licence_answer import step_in
    from assistant.licence_exam import test_step
    from assistant.regulated import licence_evidence

    route = t.route
    ev = licence_evidence(state, route, None)  # type: ignore[arg-type]
    state.say("apply.licence", ev.doc_id, authority=route.authority,  # type: ignore[attr-defined]
              licence=sv_title(route.licence, "default"))  # type: ignore[attr-defined]
    state.say("apply.steps")
    test = test_step(t.steps) if has("apply_test", asked) else None
    steps = [s for s in t.steps if _APPLY_STEP.search(s)][:1] + ([test] if test else [])
    for step in steps:
        state.say("licence.step", ev.doc_id, bullet=True, step=step_in(state.locale, step))
    if test:  # the test is taken after the authority's decision on the education: said, not guessed further
        state.say("apply.test_after", ev.doc_id, authority=route.authority)  # type: ignore[attr-defined]
    if ev.url:
        state.say("licence.page", ev.doc_id, authority=route.authority, url=ev.url)  # type: ignore[attr-defined]


def _say_route(state: TurnState, rt: Runtime, t: _Target) -> None:
    from assistant.locales import lookup
    from assistant.routes import evidence_of, route_gloss, routes, say_route

    ev = evidence_of(routes(rt)[t.key])
    if lookup(state.locale, f"apply.{t.key}"):  # a route whose own wording says no way to apply (a support's)
        ev = state.add_evidence(ev)
        state.say(f"apply.{t.key}", ev.doc_id, title={"sv_title": ev.title, "kind": route_gloss(ev)})
    else:
        say_route(state, ev, bullet=False)


def answer_where_to_apply(state: TurnState, rt: Runtime) -> bool:
    """Answer "where do I apply / register?" from what earlier answers named (see the module docstring); False when
    the message asks no such thing or names an occupation of its own."""
    register = asks_where_to_apply(state.text)
    if register is None or _asks_other(state) or _names_own(state, rt):
        return False
    asked = normalize(question_part(state.text))
    chosen = _chosen(_targets(state, rt), asked, register)
    state.action = "steps"
    state.facts.clear()  # (what the policy said first: "tell me about yourself" is no answer to this)
    if not chosen:
        state.say("apply.none")
        return True
    for t in chosen:
        if t.route is not None:
            _say_licence(state, t, asked)
        else:
            _say_route(state, rt, t)
    return True


def answers_where_to_apply(state: TurnState) -> bool:
    """This turn is the answer to "where do I apply?": the steps and routes it says again are what was asked, not
    repeats to cut (assistant/composers/once.py, assistant/said_before.py)."""
    return state.action == "steps" and asks_where_to_apply(state.text) is not None


#: Cue groups (locales/intents.yaml) of things to apply for that other answers give: a diploma's recognition, a
#: business of one's own, a certificate, validation ("where do I apply to get my papers recognised?").
_OTHER_OBJECTS = ("recognise", "diploma", "business_start", "business_how", "cert_word", "validation_asked")


def _asks_other(state: TurnState) -> bool:
    """The question names what it applies for, and another answer gives that: the recognition of papers, a business,
    a certificate (:data:`_OTHER_OBJECTS`), or a right or authority (CSN, a permit: assistant/scope.py)."""
    from assistant.rights import rights_topics
    from assistant.scope import topics

    asked = question_part(state.text)
    return any(has(group, asked) for group in _OTHER_OBJECTS) or bool(topics(state.text) or rights_topics(state))


def _names_own(state: TurnState, rt: Runtime) -> bool:
    """The message names a licensed occupation of its own ("how do I apply for the nurse licence?"): its answer is
    the licence answer's, which gives the same steps. Another occupation read in it is no own question: the words
    of registering themselves link to work («diiwaangelin», registering guests, is a receptionist's task)."""
    from assistant.focus import named_in_message
    from assistant.regulated import licence_route_or_none

    try:
        named = named_in_message(state, rt, guess=False)
    except Exception:  # noqa: BLE001 - reading a name is optional here: the earlier answers decide
        return False
    return named is not None and licence_route_or_none(named.id, rt) is not None
