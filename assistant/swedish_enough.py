"""Is my Swedish enough? (swedish18, rater17 conv2 T5, conv3 T4, conv5): a direct answer first, from the curated
entry requirements (ingest/data/education_routes.yaml, cited), then the next step from the level the person told.

- a licence or protected title whose Swedish step the answer quotes (Socialstyrelsen: Svenska 3/SvA 3, C1): not yet,
  for someone at or just past SFI;
- university work (SSYK 2): not yet; Swedish as a second language 3 at Komvux gives what it asks (komvux_sas);
- yrkeshögskolan (SSYK 3): it depends, upper secondary school or the same knowledge, the school decides;
- entry work (SSYK 9, a short training or an introduction at the workplace, SCB): yes, the work is learnt on the
  job, with Swedish studied beside it (SFI, or SvA past it) – also to "I speak a little Swedish, can I work as a
  cleaner?", which is this question, never a list (swedish19);
- a trade Komvux trains for (SSYK 5–8): yes, the training can be taken together with SFI or Swedish as a second
  language (the kombinationsutbildning, Skolverket);
- office work (SSYK 4: clerks, assistants, customer service; rater35 replay08 T5 "А2 вистачить?" for Ekonomiassistent
  got "yes, you can start"): for the work itself, at SFI level probably not yet, else it depends on the employer –
  most ask for good Swedish, the sources state no level (general guidance) – and the training can start now, with SFI;
- no occupation named: what each of these asks, never "which occupation?".
The next step follows the level kept in the profile (:mod:`assistant.interpretation.swedish_level`): after SFI D,
Swedish as a second language at Komvux from its basic level; still at SFI, SFI first; unknown, said conditionally.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from assistant.intent_cues import has, strip_cues
from assistant.intents import detect_intent, level_can_ask, question_part
from assistant.state import Fact, Focus, TurnState
from vagledning.domain.runtime import Runtime

#: The person's level, grouped as the answer needs it (levels of assistant/interpretation/swedish_level.py).
_AT_SFI = {"sfi", "a1", "a2"}
_AFTER_SFI = {"sfi_done"}
_SOME = {"b1", "b2", "intermediate", "good", "sas_grund", "sas_gy"}  # (SvA courses: swedish19)
_HIGH = {"c1", "c2", "fluent", "native", "flytande", "modersmål", "sas_3"}
#: The curated routes cited (keys of education_routes.yaml).
SVA, COMBINED, YH = "komvux_sas", "kombinationsutbildning", "yrkeshogskola"
#: SCB's page on SSYK 2012 major group 9 (work entered after a short training or an introduction) and SFI.
ENTRY, SFI = "ssyk_kortare_utbildning", "sfi"
#: Answers of another question beside which "is my Swedish enough?" is asked and answered first (swedish19: "can I
#: study to be an electrician at Komvux, is my Swedish enough?" was the courses answer, with no verdict).
_BESIDE = ("courses", "outside_scope")
#: Verdicts that are the answer: "the sources say nothing of Swedish for X" beside them only contradicts.
_ANSWERED = ("trade", "entry", "general", "office_training")
_LICENCE_KEYS = ("swedish.licence", "swedish.title")


def asks_enough(text: str) -> bool:
    """The message asks whether the person's Swedish (a level, SFI, SvA) is enough, or a problem."""
    asked = question_part(text)
    return detect_intent(text) == "swedish" and (
        has("enough", asked) or has("swedish_problem", asked) or has("enough", text) or has("swedish_problem", text)
        or level_can_ask(asked, text))  # ("SFI B. Can I?", "A2, is that ok?": slips17)


def enough_beside(text: str) -> bool:
    """A sentence of the question asks whether the person's Swedish is enough, beside another question."""
    return any(has("enough", s) and has("swedish", s) for s in re.split(r"[.!?؟።,،;]", question_part(text)) if s.strip())


def level_group(state: TurnState) -> str:
    """at_sfi | after_sfi | some | high | unknown: the Swedish the person told, kept in the profile."""
    levels = [(lang.level or "").casefold() for lang in state.profile.languages if lang.code == "sv"]
    level = levels[-1] if levels else ""
    for group, members in (("after_sfi", _AFTER_SFI), ("at_sfi", _AT_SFI), ("some", _SOME), ("high", _HIGH)):
        if level in members:
            return group
    return "unknown"


def answer_enough(state: TurnState, rt: Runtime) -> None:
    """Before the Swedish answer (or instead of "which occupation?"): whether the level is enough, then the next
    step; nothing when the message asks no such question."""
    from assistant.routes import evidence_of, route_gloss, routes
    from assistant.swedish_entry import may_work_with_little_swedish

    table = routes(rt)
    if SVA not in table:
        return
    if not may_work_with_little_swedish(state, rt):
        beside = state.action in _BESIDE and enough_beside(state.text)
        if not beside and (state.action not in ("swedish", "which_occupation") or not asks_enough(state.text)):
            return
        if beside:  # the answer is about the work the question names: it is the occupation shown
            state.action = "swedish"
            if state.focus is not None:
                state.present(state.focus)
    if state.action == "which_occupation" or (state.focus is not None and not _known(state, rt, state.focus)):
        # no occupation named (or only a guess from the question's words): what each kind of education asks
        state.facts.clear()
        state.evidence.clear()
        state.presented.clear()
        state.focus = None
        state.action = "swedish"
    group = level_group(state)
    lead: list[Fact] = []

    def cite(key: str) -> str | None:
        if key not in table:
            return None
        return state.add_evidence(evidence_of(table[key])).doc_id

    def title(ev_key: str) -> dict:
        return {"sv_title": table[ev_key].title, "kind": route_gloss(evidence_of(table[ev_key]))}

    verdict = _verdict(state, group)
    if verdict is not None:
        key, route = verdict
        source = cite(route) if route else None
        params = {"title": title(route)} if route else {}
        if state.focus is not None:
            from assistant.evidence import sv_title

            params["occupation"] = sv_title(state.focus.label, "occupation")
        if key == "office":  # (the work's verdict first, general guidance; then the training, which can start now)
            lead.append(Fact(key="swedish_enough.office_" + ("not_yet" if group == "at_sfi" else "depends"),
                             params={"occupation": params.get("occupation")}))
            key = "office_training"
        lead.append(Fact(key=f"swedish_enough.{key}", source=source, params=params))
        if key == "entry":  # the Swedish studied beside the job: SFI, or SvA for someone past it
            from assistant.youth_routes import swedish_key

            study = swedish_key(state, SFI) if group in ("at_sfi", "unknown") else SVA
            if study in table:
                lead.append(Fact(key="swedish_enough.entry_swedish", source=cite(study), params={"title": title(study)}))
        if key in _ANSWERED:
            state.facts[:] = [f for f in state.facts if f.key != "swedish.none"]
        if key == "general" and COMBINED in table:
            lead.append(Fact(key="swedish_enough.general_trade", source=cite(COMBINED), params={"title": title(COMBINED)}))
    lead += _licence_beside(state, rt, group, verdict, lambda: cite(COMBINED) if COMBINED in table else None,
                            title(COMBINED) if COMBINED in table else {})
    combined = table[COMBINED].doc_id if COMBINED in table else None
    said_here = [f for f in lead + state.facts if f.source == combined and f.key.startswith("swedish_enough.")]
    if combined and said_here:  # (said by the verdict: not once more among the routes)
        state.facts[:] = [f for f in state.facts if f.source != combined or f in said_here]
    if group != "high" and (verdict is None or verdict[0] != "entry"):  # (entry: its Swedish step is said with it)
        lead.append(Fact(key=f"swedish_enough.next_{group}", source=cite(SVA), params={"title": title(SVA)}))
        # the general "after SFI you can study SvA" and "start with SFI" of the routes are said by the step above
        drop = {"route.swedish_second_language"} | ({"route.sfi"} if group in ("after_sfi", "some") else set())
        state.facts[:] = [f for f in state.facts if f.key not in drop]
    state.facts[:0] = lead


def _licence_beside(state: TurnState, rt: Runtime, group: str, verdict: tuple[str, str | None] | None,
                    cite_combined: Callable[[], str | None], combined_title: dict) -> list[Fact]:
    """The level against both things the person aims at (slips17, rater29 uk c08 T3: a nurse shown work for meanwhile
    asked "A2, is it enough?" and heard only "yes, you can start"): beside a yes for the work in focus, the licence of
    their own profession, not yet, with the Swedish its source asks (Svenska 3 / C1, cited); beside the licence's not
    yet, the training they can start now with Swedish alongside (the kombinationsutbildning). Nothing for someone
    whose Swedish is high, or unknown."""
    if group in ("high", "unknown"):
        return []
    licensed_focus = verdict is None or verdict[0] == "licence_not_yet"
    if licensed_focus:
        if verdict is None or not combined_title:
            return []
        at = next((i for i, f in enumerate(state.facts) if f.key.startswith(_LICENCE_KEYS)), len(state.facts) - 1)
        state.facts.insert(at + 1, Fact(key="swedish_enough.general_trade", source=cite_combined(),
                                        params={"title": combined_title}))
        return []
    from assistant.licence_answer import swedish_for_licence
    from assistant.meanwhile_study import licensed_goal_focus

    goal = licensed_goal_focus(state, rt)
    if goal is None or state.focus is not None and goal.id == state.focus.id:
        return []
    from assistant.evidence import sv_title

    n = len(state.facts)
    if not swedish_for_licence(state, rt, goal):
        return []
    quote = state.facts[n:]
    del state.facts[n:]
    return [Fact(key="swedish_enough.goal_not_yet", params={"occupation": sv_title(goal.label, "occupation")}),
            *quote]


def sfi_if_unknown(state: TurnState) -> None:
    """"Start with Swedish: SFI" only to someone who said they are at its start: with no level told (and SFI not
    named in the message), the step is said conditionally, "if you have not studied Swedish yet" (rater17 conv3 T3,
    conv5 T4: said to people who had said nothing of their Swedish). Never to one past SFI, nor to one who said they
    study it now ("SFI course B": rater35 replay03 T2 heard "start with SFI"; level26): their next step is said instead."""
    from assistant.scope import topics

    group = level_group(state)
    if "sfi" in topics(state.text):  # "is SFI free, evenings?": the route is the answer asked, whatever the level (the
        return  # bare "SFI" of the question reads as level sfi, scope's test)
    if group in ("after_sfi", "some", "high") or group == "at_sfi" and _in_course(state):
        state.facts[:] = [f for f in state.facts if f.key != "route.sfi"]
        return
    if group != "unknown" or any(lang.code == "sv" for lang in state.profile.languages) \
            or has("swedish_step", state.text):
        return
    for i, f in enumerate(state.facts):
        if f.key == "route.sfi":
            state.facts[i] = f.model_copy(update={"key": "swedish_enough.sfi_if"})


#: The "after SFI you can study Swedish as a second language at Komvux" sentence (as planned, and named for the town).
_SVA_PREAMBLE = ("route.swedish_second_language", "route.swedish_second_language_place")


def sva_only_if_asked(state: TurnState) -> None:
    """"After SFI you can study SvA at Komvux" only where it fits the person: their Swedish level unknown, or below
    what the route needs and the question about the route or the language (boiler29, rater36 class 7). Past SFI (SFI D
    done, SvA, Swedish 3) it is no news: a course, money or experience question gets its answer without it (new01 T2,
    past SFI D, asked for a dental-nurse course and heard it first); at SFI it stays beside a course or steps question
    (the next step after SFI, facts3/edu4) – after the course asked for, not before it (boiler31) – never before a
    question of another kind (replay11 T3 at SFI C asked whether her years abroad count). A question about Swedish
    keeps it: it is then the step asked for."""
    group = level_group(state)
    if state.action == "swedish":
        return
    asked = question_part(state.text)
    swedish_asked = detect_intent(asked) == "swedish" or asks_enough(state.text)  # (a course "with SFI" asks of it)
    course = state.action in ("courses", "steps") and not swedish_asked
    if group == "unknown":
        # one who writes Swedish hears no SFI, only this step: after the course asked for, not before (boiler31,
        # rater38 replay37_new03 T3); a newcomer's SFI-then-SvA start stays whole
        if course and state.language == "sv":
            _after_the_answer(state)
        return
    if group == "at_sfi" and state.action in ("courses", "steps"):
        if course:
            _after_the_answer(state)  # the next step after SFI, said after the course asked for (boiler31)
        return
    if swedish_asked:
        return
    state.facts[:] = [f for f in state.facts if f.key not in _SVA_PREAMBLE]


#: Where the step after SFI goes in a course answer: beside the trade learnt together with Swedish, else before the
#: general next steps and questions.
_BEFORE = ("route.combination",)
_AFTER_ALL = ("next.", "ask.", "followup.")


def _after_the_answer(state: TurnState) -> None:
    """Someone at SFI who asks for a course hears the course first and "after SFI, SvA" after it (rater36 35_new01 T4,
    rater38 replay37_new03 T3: «Efter SFI kan du läsa Svenska som andraspråk» opened an answer about an evening or
    distance course): the sentence moves to just before the combined training (the trade with SFI or SvA), or else
    to the end of the answer's facts."""
    moved = [f for f in state.facts if f.key in _SVA_PREAMBLE]
    if not moved:
        return
    rest = [f for f in state.facts if f.key not in _SVA_PREAMBLE]
    at = next((i for i, f in enumerate(rest) if f.key in _BEFORE), None)
    if at is None:
        at = next((i for i, f in enumerate(rest) if i and f.key.startswith(_AFTER_ALL)), len(rest))
    moved = [f.model_copy(update={"bullet": False, "paragraph": True}) for f in moved]
    state.facts[:] = rest[:at] + moved + rest[at:]


def _in_course(state: TurnState) -> bool:
    """The Swedish level was told as a course the person is in or has taken (SFI, SvA), not as a CEFR level alone."""
    return any(lang.code == "sv" and lang.span is not None and re.search(r"(?i)\b(sfi|sas|sva)\b", lang.span.quote or "")
               for lang in state.profile.languages)


def _known(state: TurnState, rt: Runtime, focus: Focus) -> bool:
    """The occupation was told (a wish, work done), shown in an earlier answer, or its name is in the message:
    never a guess from the words of a question about Swedish ("… e det problem för utbildningen?")."""
    p = state.profile
    told = [w.concept.id for w in p.wishes if w.concept is not None] + [e.occupation.id for e in p.experiences]
    if focus.id in told:
        return True
    label = focus.label.casefold()
    if any(label in m.content.casefold() for m in state.history if m.role == "assistant"):
        return True
    head = re.split(r"[\s,/(]", label)[0]
    if len(head) >= 4 and head in state.text.casefold():
        return True
    from assistant.focus import named_in_message

    try:
        named = named_in_message(state, rt, guess=False)  # a title or a confident link ("… work as a baker?")
    except Exception:  # noqa: BLE001 - no occupation index: only what was told counts
        named = None
    if named is not None and named.id == focus.id:
        return True
    # an inflected name the search read ("للعمل كخباز", "працювати пекарем"): a word of the question beyond its cues
    rest = [w for w in strip_cues(question_part(state.text)).split() if len(w) >= 5 and not has("not_names", w)]
    return bool(rest)


def _verdict(state: TurnState, group: str) -> tuple[str, str | None] | None:
    """The verdict's key and the route it cites (None: the licence's own step, quoted after it)."""
    focus = state.focus
    if focus is None:
        return ("general", SVA)
    if any(f.key.startswith(_LICENCE_KEYS) for f in state.facts):
        return None if group in ("high", "unknown") else ("licence_not_yet", None)
    code = focus.ssyk_code or ""
    if code.startswith("2"):
        return None if group == "high" else ("university_not_yet", SVA)
    if code.startswith("3"):
        return ("higher_vocational", YH)
    if code.startswith("9"):
        return ("entry", ENTRY)
    if code.startswith("4"):  # (office work: "yes, you can start" answered the training, not the job; level26)
        return None if group == "high" else ("office", COMBINED)
    if code[:1] in "5678" and code:
        return ("trade", COMBINED)
    return None
