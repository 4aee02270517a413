""""Is warehouse or cleaning OK for my hands?": whether named work suits the person's stated limitation (skin13).

rater13 conv2 turn 5: a hairdresser with hand eczema asked «واذا اشتغل بالمخزن او تنظيف مو مشكلة للايدين؟ لان
الاكزيما» ("is warehouse or cleaning a problem for my hands, because of the eczema?") and got three warehouse jobs, no
word about her hands, and no warning that cleaning is wet work with detergents. A counsellor answers per kind of work
named: what its cited demands say about the limitation (cleaning: «handle chemical cleaning agents» → it conflicts),
that the sources say nothing where they say nothing (never "it is fine"), and who can judge the person's own case
(the doctor, the occupational health service, Arbets- och miljömedicin on referral: a curated page, cited).

A question is such a question when it is marked as one, has a word asking whether work suits ("ok", "a problem",
"مشكلة", "dhib", "ጸገም", "مشکل", "підходить") and a body word of a limitation the person has stated (hands, skin,
eczema; back, lifting; knees; shoulders), and asks for no list of work ("what jobs are OK for my back?" is a list:
``assistant/locales/fit_cues.yaml``, intents.yaml). The demands are read as the matcher reads them
(:func:`retrieval.constraints.demand_of`), so a list and this answer never disagree.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from assistant.esco_words import skill_said
from assistant.evidence import sv_text, sv_title, term
from assistant.limits_answer import worded
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

_CUES = Path(__file__).resolve().parent / "locales" / "fit_cues.yaml"
#: Which body words ask about each of the person's limitations.
_BODY_OF = {"skin": "skin", "allergy": "skin", "back": "back", "lifting": "back", "knees": "knees",
            "standing": "standing", "shoulders": "shoulders", "hands": "hands", "sitting": "sitting"}
#: Bodily limitations whose clash aids and lighter parts of the same field can ease (said as general advice).
_EASED = ("back", "lifting", "shoulders", "knees", "standing", "hands")
#: The curated page of who assesses work and health (ingest/data/education_routes.yaml).
ASSESS_ROUTE = "amm_bedomning"
#: ... and the regions' own clinics, each for the regions it serves (person17, rater16: Stockholm's for Dalarna).
ASSESS_ROUTES = (ASSESS_ROUTE, "amm_uppsala")
#: Kinds of work answered per question, limitations per kind of work.
MAX_NAMED = 3
MAX_LIMITS = 2
#: A bare word for jobs or work, no kind of work named.
_GENERIC = re.compile(r"\b(?:jobs?|work|jobb|jobben|arbeten?|yrken?|الشغل|شغل|عمل|الاعمال|وظائف|وظيفة|shaqo|shaqooyin|"
                      r"ስራሕ|ስራሓት|کار|کارها|робот\w*|професі\w*)\b")


@functools.cache
def _cues() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]], re.Pattern[str]]:
    doc = load_yaml(_CUES.read_text(encoding="utf-8")) or {}
    fit = re.compile("|".join(f"(?:{p})" for p in doc["fit"]))
    body = {k: re.compile("|".join(f"(?:{p})" for p in pats)) for k, pats in doc["body"].items()}
    return fit, body, re.compile(doc["joiners"])


def body_patterns() -> list[re.Pattern[str]]:
    """The body words of a fit question, one pattern per limitation, in 8 languages (also read by
    assistant/interpretation/field_asked.py: a field asked beside the body is the lighter work of that field)."""
    return list(_cues()[1].values())


@functools.cache
def _can() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"Can I still do it?" (back17) and the words asking what or which, which make it a question for a list."""
    doc = load_yaml(_CUES.read_text(encoding="utf-8")) or {}
    return re.compile("|".join(f"(?:{p})" for p in doc["can"])), re.compile(doc["wh"])


def _asks_fit(low: str) -> bool:
    """A word asking whether work suits, or whether one can (still) do it, asked of no list of work."""
    fit, _, _ = _cues()
    can, wh = _can()
    return bool(fit.search(low)) or (bool(can.search(low)) and not wh.search(low))


def _limits(state: TurnState) -> list[str]:
    return [v for v in dict.fromkeys(c.value for c in state.profile.constraints if c.kind == "limitation")
            if v in _BODY_OF]


#: Questions for work of a kind ("what lighter work?", "is there work where I can sit?"): a list, not this answer;
#: so is "what suits me" beside a bare word for jobs ("what jobs are OK for my back?", "vilka jobb passar min rygg?").
_LIST_ASKS = ("wh_work", "other_work", "what_work_there", "lighter_ask", "seated_ask", "is_there_work")


def asked_limits(state: TurnState) -> list[str]:
    """The person's limitations the question asks about: a question with a word asking whether work suits and a body
    word of a limitation the person has stated, that asks for no list of work ([] otherwise)."""
    from assistant.intent_cues import has
    from assistant.intents import question_part, without_strain

    asked = question_part(state.text)
    fit, body, _ = _cues()
    low = asked.lower()
    # ("… and I don't know how long I can manage it" tells strain, it asks nothing: intent17)
    if not (asked.rstrip().endswith(("?", "؟")) or has("question", without_strain(asked))) \
            or any(has(g, asked) for g in _LIST_ASKS) \
            or (has("suggest", asked) and _GENERIC.search(low)):
        return []
    if not _asks_fit(low):
        return []
    # (the body word in the question or the sentence before it: "my back hurts. is that a problem for X?", limits18)
    whole = state.text.lower()
    named = [c for c in _limits(state) if body[_BODY_OF[c]].search(low) or body[_BODY_OF[c]].search(whole)]
    # (one limitation per body part: eczema recorded as both skin and allergy is asked about once, as the skin)
    part = {**_BODY_OF, "standing": "knees"}  # (bad knees and standing long are asked about once, as before: sit18)
    return [c for i, c in enumerate(named) if part[c] not in {part[x] for x in named[:i]}][:MAX_LIMITS]


def asks_fit(state: TurnState) -> bool:
    """Whether the question asks if named work suits the person's stated limitation (see the module docstring)."""
    return bool(_limits(state)) and bool(asked_limits(state))


def named_work(state: TurnState, rt: Runtime) -> list[Focus]:
    """The kinds of work the question names, each resolved on its own ("lager eller städ": two)."""
    from assistant.focus import named_in_message
    from assistant.intent_cues import cue_words, normalize
    from assistant.intents import question_part

    fit, body, joiners = _cues()
    refer = cue_words().get("refer")
    out: list[Focus] = []
    for chunk in joiners.split(question_part(state.text)):
        words = _can()[0].sub(" ", fit.sub(" ", chunk.lower()))
        if refer is not None:  # ("can i still do it?": "it" points back, it names no IT job: rater31 en c09, parity18)
            words = refer.sub(" ", normalize(words))
        for pat in body.values():
            words = pat.sub(" ", words)
        if len(words.strip()) < 3:
            continue
        sub = state.model_copy(update={"text": words.strip(), "message_profile": None})
        found = named_in_message(sub, rt) or _of_field(words, rt)
        if found is not None and all(f.id != found.id for f in out):
            out.append(found)
    return out[:MAX_NAMED]


def _of_field(words: str, rt: Runtime) -> Focus | None:
    """The first occupation of the field the words name ("cleaning", "städ": the interest topics' cue words and their
    curated search phrase, retrieval/interest_cues.yaml), when no occupation's name was found in them."""
    from retrieval.interests import cue_scores, load_topics

    _, keys = cue_scores(words, None)
    phrase = next((t.search for t in load_topics() if t.key in keys and t.search), None)
    if phrase is None:
        return None
    try:
        hits = rt.search.search(phrase, "occupation", 1, bridges=False)
    except Exception:  # noqa: BLE001 - no occupation index: nothing named
        return None
    occ = rt.relations.occupation(hits[0].concept_id) if hits else None
    return Focus(id=occ.id, label=occ.label, ssyk_id=occ.ssyk_id, ssyk_code=occ.ssyk_code, named=True) if occ else None


def plan_fit(state: TurnState, rt: Runtime, focus: Focus | None) -> bool:
    """Per kind of work named: the cited demand that meets the person's limitation, or that the sources say nothing
    of it; then who can assess the person's own case. False when the question asks no such thing."""
    from retrieval.constraints import demand_of
    from retrieval.limit_fit import statement_evidence

    limits = asked_limits(state)
    work = named_work(state, rt) if limits else []
    if focus is not None and not work:
        work = [focus]
    elif focus is not None:
        work = [_as_focus(w, focus, state) for w in work]
    if not limits or not work:
        return False
    state.action = "conditions"
    state.focus = work[0]
    eased = False
    clashed: list[Focus] = []
    for occ in work:
        state.present(occ)
        title = sv_title(occ.label, "occupation")
        conflict = False
        unknown: list[str] = []
        for code in limits:
            hit = demand_of(occ.id, occ.label, code, rt)
            ev = statement_evidence(hit, rt) if hit is not None else None
            if hit is None or ev is None:
                seated = hit is None and ("seated" in unknown or _seated(state, rt, occ, code, title))
                unknown.append("seated" if seated else code)
                continue
            ev = state.add_evidence(ev)
            said = skill_said(state.locale, ev.doc_id, hit.evidence, rt) if ev.kind == "esco_skill" \
                else sv_text(hit.evidence)  # (ESCO's English label in English only: assistant/esco_words.py)
            state.say("conditions.found" if said is not None else "conditions.found_skill", ev.doc_id,
                      occupation=title, what=term("limitation", worded(state, code, hit.evidence)), quote=said)
            conflict = True
        if conflict:
            state.say("fit.conflict", occupation=title)
            eased = eased or any(c in _EASED for c in limits)
            clashed.append(occ)
        else:  # (what the sources do not say is said only where they say no conflict either)
            for code in (c for c in unknown if c != "seated"):
                state.say("conditions.unknown", occupation=title, what=term("limitation", code))
    adapted = False
    if any(c in ("sitting", "standing") for c in limits):  # the same work at an adapted workplace, cited (sit18)
        from assistant.posture_adapt import say_adapted
        adapted = say_adapted(state, rt)
    if clashed and any(c in _EASED for c in limits):  # lighter work of the person's own list or field (back17)
        from assistant.fit_lighter import say_lighter
        say_lighter(state, rt, clashed + [w for w in work if w not in clashed], limits)
    if eased and not adapted:  # (aids and lighter parts of the field: general advice, once, limits18)
        state.say("fit.eases")
    _assess(state, rt)
    return True


def _as_focus(found: Focus, focus: Focus, state: TurnState) -> Focus:
    """The turn's focus when the question names the work only by a head word both titles share ("kan jag ändå bli
    undersköterska?" after «Undersköterska, vård- och specialavdelning och mottagning» was shown first): which of the
    titles the search ranks first for the bare word is no reason to answer for another one than the conversation's."""
    from assistant.intents import question_part
    from assistant.title_context import generic_word

    asked = question_part(state.text)
    word = generic_word(found.label, asked)
    if word is None or generic_word(focus.label, asked) != word:
        return found
    said = set(re.findall(r"\w{4,}", asked.lower()))  # ("undersköterska, hemtjänst?": its own qualifier names it)
    own = set(re.findall(r"\w{4,}", found.label.lower())) - set(re.findall(r"\w{4,}", focus.label.lower()))
    return found if said & own else focus


def _seated(state: TurnState, rt: Runtime, occ: Focus, code: str, title: dict[str, str]) -> bool:
    """Work its own sources describe as seated or office work is said so, cited (demand17: bus driving for a bad
    knee, where no source says it is done standing or kneeling); False when no source describes it so."""
    from retrieval.limit_fit import fits, statement_evidence

    found = fits(occ.id, occ.label, code, rt)  # (None for a limitation seated work does not meet: nights, allergy)
    ev = statement_evidence(found, rt) if found is not None else None
    if ev is None:
        return False
    state.say("constraint.fits", state.add_evidence(ev).doc_id, occupation=title)
    return True


def _assess(state: TurnState, rt: Runtime) -> None:
    """Who can judge the person's own case, from the curated page (nothing is said without it)."""
    from assistant.route_conditions import applies
    from assistant.routes import evidence_of, routes

    # the clinic of the person's region (a region with no curated clinic: who can assess, with no other region's page)
    route = next((r for key in ASSESS_ROUTES if (r := routes(rt).get(key)) is not None and applies(state, key)), None)
    if route is None:
        state.say("conditions.who")
        return
    ev = state.add_evidence(evidence_of(route))
    state.say("fit.assess", ev.doc_id)
