"""What an answer says about the person's limitations (knees, lifting, hours …), from what the sources say.

For the occupations an answer presents: those a source says make the demand were left out (said once per
reason); those a source describes as seated or office work fit a limitation such work meets (said and cited);
for the others the sources say nothing, and the answer names them in one sentence instead of claiming the
limitation was honoured (the counsellor's finding: "I took long standing into account", then CNC operators).
A limitation said with a question about one occupation ("is there demand? I can only work daytime") is
acknowledged and checked for that occupation the same way.
What the sources do not say about a limitation is said once per conversation: a later list names its new
occupations in one short sentence (``constraint.unknown_again``) for all such limitations together (rater5:
"the sources say nothing about heavy lifting for X, Y, Z" each turn made every answer longer, no wiser).
"""
from __future__ import annotations

import re
from typing import Any

from assistant.evidence import sv_title, term
from assistant.state import Fact, Focus, TurnState
from vagledning.domain.runtime import Runtime

#: Limitations the locales name (``limitation.<code>``); other exclusions (a licence only adults hold) are not
#: limitations the person stated.
LIMITATIONS = ("lifting", "back", "standing", "knees", "shoulders", "hands", "sitting", "allergy", "skin", "night", "daytime", "part_time",
               "reading", "hearing", "sight", "maths", "office", "outdoors", "languages", "driving_licence", "heights",
               "vibration", "calm")
LIST_ACTIONS = ("suggest", "more", "explore")
#: Limitations the data classifies every occupation for, by its SSYK group (retrieval/subject_demands.yaml: much maths,
#: office work): an occupation no source names is not such work, and no silence of the sources is reported (pupil20).
CLASSIFIED = ("maths", "office", "outdoors", "languages", "calm")
#: Limitations most work's sources are silent on because the work asks nothing of the kind: no driving licence (limits22;
#: the employer's ad says when a licence is asked, assistant/asked_beside.py), so no silence is reported for them either.
UNSPOKEN = ("driving_licence",)
#: Limitations of working hours: an occupation left out for them is named with its source (:func:`_name_left_out`).
HOURS = ("daytime", "night")
#: A standing limitation said of the knees ("dåligt knä", "bad knee", "ركبتي", "jilibka", "ብርከይ", "زانو", "коліно") is
#: worded as the knees (``limitation.knees``), not as "standing for long periods" (rater8 conv1); the filter is the same.
_KNEES = re.compile(r"kn[äe]|ركب|jil[ie]?b|ብር[ኪከካኩ]|زانو|колін", re.I)
#: Limitations spoken of per answer (back and lifting, standing and back: two sentences are enough).
MAX_SPOKEN = 2


def say_limits(state: TurnState, rt: Runtime | None, excluded: list[dict[str, Any]]) -> None:
    """The sentences on the person's limitations for this answer (see the module docstring)."""
    if state.action in LIST_ACTIONS and state.presented:
        reasons = _spoken([r for r in dict.fromkeys(e["reason"] for e in excluded) if r in LIMITATIONS])
        for reason in reasons[:MAX_SPOKEN]:
            # (said again with each list: it answers "is there removal work?" after a bad back, as a list)
            insert_before_next(state, Fact(key="constraint.excluded", params={"what": term("limitation", worded(state, reason))}))
        limits = _spoken([v for v in dict.fromkeys(c.value for c in state.profile.constraints if c.kind == "limitation")
                          if v in LIMITATIONS])
        if rt is not None:
            _cover(state, rt, list(state.presented) + _wished_beside(state, rt), limits[:MAX_SPOKEN])
            # (one such sentence a list: the hours first; "I removed jobs that …" is never said without one of them
            # named from its source, rater23 copilot T3)
            named = sorted(reasons[:MAX_SPOKEN], key=lambda r: r not in HOURS)
            if named and not any(f.key == "constraint.demands" for f in state.facts):
                _name_left_out(state, rt, sorted((e for e in excluded if e["reason"] in named),
                                                 key=lambda e: named.index(e["reason"])))
            from assistant.wish_limit import say_wish_conflicts  # (the wished work itself clashes: limit15)
            say_wish_conflicts(state, rt)
        say_silent_left(state, excluded)
        return
    said = [c.value for c in (state.message_profile.constraints if state.message_profile is not None else [])
            if c.kind == "limitation" and c.value in LIMITATIONS]
    if said and state.focus is not None and state.action not in ("nothing_more", "ask", "greet") and rt is not None:
        new = new_limitations(state)
        if new:
            state.facts.insert(0, Fact(key="heard.limitation", params={"what": term("limitation", worded(state, new[0]))}))
        if state.action == "conditions":  # (it read the hours of the work asked about itself: never said twice, limits10)
            said = [c for c in said if c not in HOURS]
        if not any(f.key == "fit.conflict" for f in state.facts):  # (the fit answer said the demand: limits18)
            _cover(state, rt, [state.focus], _spoken(list(dict.fromkeys(said)))[:MAX_SPOKEN])
    elif state.focus is not None and state.action not in ("nothing_more", "ask", "greet") and rt is not None:
        _warn(state, rt, state.focus)


#: Limitations of the body whose demands are warned of when the person asks about one occupation they rule out
#: (rater11 conv5: "forest work with a chainsaw?" from a man with bad knees got no word about his knees).
BODY_WARNED = ("knees", "shoulders", "hands")


def _warn(state: TurnState, rt: Runtime, occ: Focus) -> None:
    """The occupation asked about makes a demand the person's knees or shoulders rule out: said with its source, once
    a conversation per occupation and limitation."""
    from assistant.locales import lookup
    from retrieval.constraints import demand_of
    from retrieval.limit_fit import statement_evidence

    limits = [v for v in dict.fromkeys(c.value for c in state.profile.constraints if c.kind == "limitation")
              if v in BODY_WARNED]
    for what in limits[:MAX_SPOKEN]:
        named = str(lookup(state.locale, f"limitation.{what}"))
        title = sv_title(occ.label, "occupation")
        if any(m.role == "assistant" and named in m.content and occ.label.split("/")[0] in m.content
               for m in state.history):
            continue
        found = demand_of(occ.id, occ.label, what, rt)
        ev = statement_evidence(found, rt) if found is not None else None
        if ev is None:
            continue
        ev = state.add_evidence(ev)
        insert_before_next(state, Fact(key="constraint.demands", source=ev.doc_id, params={
            "occupation": title, "what": term("limitation", what)}))


def _wished_beside(state: TurnState, rt: Runtime) -> list[Focus]:
    """The wished work a list does not show again ("is there daytime care work?" read as "what else?") when this
    message limits the hours and its sources state evening, night or shift work: its hours are said with the list and
    that it stays the wish (limits10; rater26 C1 T4: the limit was turned against the wished assistant nurse)."""
    from retrieval.constraints import demand_of, named_wishes

    hours = [h for h in new_limitations(state) if h in HOURS]
    shown = {o.id for o in state.presented}
    if not hours:
        return []
    named = named_wishes(state.profile)  # (not what a general word gave: "a driving job"; limits19)
    return [Focus(id=w.concept.id, label=w.concept.label, ssyk_code=w.ssyk_code) for w in state.profile.wishes
            if w.concept is not None and w.concept.kind == "occupation" and w.concept.id not in shown
            and w.concept.id in named
            and any(demand_of(w.concept.id, w.concept.label, h, rt) is not None for h in hours)][:1]


def _spoken(codes: list[str]) -> list[str]:
    """The limitations to speak of: the knees' own (retrieval/body_demands.py) covers standing, and daytime work
    covers nights (limits18: "no nights or weekends, only days" was heard as night work only), each said once."""
    return [c for c in codes if not (c == "standing" and "knees" in codes) and not (c == "night" and "daytime" in codes)]


def _name_left_out(state: TurnState, rt: Runtime, left: list[dict[str, Any]]) -> None:
    """One occupation left out for a limitation, named with the source that says its demand (life10: rater9 conv4,
    "daytime only" never used; rater23: "I removed jobs that strain the knees" with no job named): the person's own
    work first (a waitress who can only work days hears why waiting is not suggested), else the first left out that
    a source speaks of."""
    from retrieval.constraints import Exclusion
    from retrieval.limit_fit import statement_evidence

    own = {e.occupation.id for e in state.profile.experiences} | {
        w.concept.id for w in state.profile.wishes if w.concept is not None}
    for e in sorted(left, key=lambda e: e["id"] not in own):
        ev = statement_evidence(Exclusion(occupation_id=e["id"], label=e["label"], reason=e["reason"],
                                          doc_id=e.get("doc_id"), evidence=e.get("evidence") or ""), rt)
        if ev is not None:
            ev = state.add_evidence(ev)
            fact = Fact(key="constraint.demands", source=ev.doc_id, params={
                "occupation": sv_title(e["label"], "occupation"),
                "what": term("limitation", worded(state, e["reason"], e.get("evidence") or ""))})
            # (right after "I have left out work that …", which it gives an example of)
            at = next((i + 1 for i in range(len(state.facts) - 1, -1, -1) if state.facts[i].key == "constraint.excluded"),
                      None)
            if at is None:
                insert_before_next(state, fact)
            else:
                state.facts.insert(at, fact)
            return


#: A source's words that speak of the back itself (back17: "God fysik (tunga lyft)" is heavy lifting, not a strain on
#: the back; rater29 c01 was told a taxi driver's work "requires heavy strain on the back").
_BACK_WORDS = re.compile(r"rygg|\bback\b|\bspine\b|\bbend|\bböj|framåtböj", re.I)
#: ... and words of lifting without a word of standing, walking or kneeling.
_LIFT_WORDS = re.compile(r"\blyft|\bbär(?:a|ande)?\b|\blift|\bcarry|manual handling|god fysik", re.I)
_FEET_WORDS = re.compile(r"stå|\bgå|gående|knä|\bhuk|trapp|stand|walk|kneel|feet|on foot", re.I)


def worded(state: TurnState, what: str, evidence: str | None = None) -> str:
    """The locale code that names limitation ``what`` for this person: ``knees`` for standing said of the knees; a back
    demand whose ``evidence`` speaks of lifting and not of the back is said as the lifting it is (back17)."""
    if what == "allergy":  # (the allergen told is named: "flour", not "things people are often allergic to"; clash18)
        from assistant.interpretation.allergens import allergens

        told = allergens(state.profile)
        return f"allergen_{told[0]}" if told else what
    if what == "back" and evidence is not None and not _BACK_WORDS.search(evidence):
        return "lifting"
    # (the same for standing or the knees: Lagerarbetare's «God fysik (tunga lyft)» is lifting, no standing)
    if what in ("standing", "knees") and evidence is not None and _LIFT_WORDS.search(evidence) \
            and not _FEET_WORDS.search(evidence):
        return "lifting"
    if what == "standing" and any(c.kind == "limitation" and c.value == "standing" and _KNEES.search(c.label or "")
                                  for c in state.profile.constraints):
        return "knees"
    return what


def new_limitations(state: TurnState) -> list[str]:
    """The limitations this message states that the conversation had not: acknowledged once, not again each
    time the person repeats them (what the sources say about the new suggestions is said every time)."""
    before = state.request.profile.constraints if state.request.profile is not None else []
    known = {c.value for c in before if c.kind == "limitation"}
    said = state.message_profile.constraints if state.message_profile is not None else []
    return _spoken([v for v in dict.fromkeys(c.value for c in said if c.kind == "limitation")
                    if v in LIMITATIONS and v not in known])


def _cover(state: TurnState, rt: Runtime, occupations: list[Focus], limits: list[str]) -> None:
    """Per limitation: a cited sentence for each occupation a source says demands it or fits it, one sentence
    naming the occupations no source speaks of."""
    from retrieval.constraints import demand_of
    from retrieval.limit_fit import fits, statement_evidence

    said_fit: set[str] = set()
    sitting = any(c.kind == "limitation" and c.value == "sitting" for c in state.profile.constraints)
    wished = {w.concept.id for w in state.profile.wishes if w.concept is not None}
    kept_wished: list[str] = []  # wished work a list keeps though its sources state evening, night or shift hours
    again: list[str] = []  # occupations of limitations whose silence in the sources was said before
    again_what: list[str] = []  # ... and those limitations: named again (rater23 fa T6, "nothing about *this topic*")
    for what in limits:
        unknown: list[str] = []
        for occ in occupations:
            found = next((x for x in (demand_of(occ.id, occ.label, w, rt) for w in _codes(state, what)) if x), None)
            key = "constraint.demands"
            if found is None:
                found, key = fits(occ.id, occ.label, what, rt), "constraint.fits"
            ev = statement_evidence(found, rt) if found is not None else None
            if ev is None:
                if what not in CLASSIFIED + UNSPOKEN:
                    unknown.append(occ.label)
                continue
            if key == "constraint.fits" and (occ.id in said_fit or sitting):
                continue  # (seated work fits standing and back alike: said once; never to one who cannot sit, sit18)
            said_fit.add(occ.id)
            ev = state.add_evidence(ev)
            said = worded(state, what, found.evidence if key == "constraint.demands" and found is not None else None)
            insert_before_next(state, Fact(key=key, source=ev.doc_id, params={
                "occupation": sv_title(occ.label, "occupation"), "what": term("limitation", said)}))
            if key == "constraint.demands" and what in HOURS and occ.id in wished:
                kept_wished.append(occ.label)
        if unknown and _said_before(state, "constraint.unknown", what):
            again += [label for label in unknown if label not in again]
            again_what.append(worded(state, what))
        elif unknown:
            insert_before_next(state, Fact(key="constraint.unknown", params={
                "label": {"list": unknown}, "what": term("limitation", worded(state, what))}))
        if unknown and what in ASSESSED:
            _who_can_tell(state, rt)
    # Why the wished work stays in spite of its hours, and whom to ask about day posts (limits10): in a list, that it
    # was kept; in an answer about it, that hours differ between workplaces (the conditions answer's own sentence).
    if kept_wished and state.action in LIST_ACTIONS:
        insert_before_next(state, Fact(key="constraint.hours_vary", params={
            "occupation": {"list": list(dict.fromkeys(kept_wished))}}))
    elif kept_wished and not any(f.key == "conditions.who" for f in state.facts):
        insert_before_next(state, Fact(key="conditions.who"))
    if again:
        insert_before_next(state, Fact(key="constraint.unknown_again", params={
            "label": {"list": again}, "what": {"items": [term("limitation", w) for w in dict.fromkeys(again_what)]}}))


def _codes(state: TurnState, what: str) -> list[str]:
    """The demand codes of limitation ``what``: an allergy whose allergen was told is that exposure (clash18)."""
    from assistant.interpretation.allergens import allergens

    told = allergens(state.profile) if what == "allergy" else []
    return [f"allergen:{a}" for a in told] or [what]


#: Limitations of the body the sources seldom speak of: where they cannot tell for work shown, the answer names who can
#: assess the person's own case (rater23 copilot T3: "can't stand all day (knee)" got three occupations "the sources say
#: nothing about" and no word of Arbetsförmedlingen's support for a reduced working capacity).
ASSESSED = ("standing", "knees", "lifting", "back", "shoulders", "hands", "vibration")


def _who_can_tell(state: TurnState, rt: Runtime) -> None:
    """Arbetsförmedlingen's assessment of work that suits the person's health (its curated page, cited), once a
    conversation: the sources cannot tell whether the work shown suits this body."""
    from assistant.locales import text
    from assistant.routes import evidence_of, routes

    route = routes(rt).get("af_lonebidrag")
    lead = text(state.locale, "fit.af_assess")[:40]
    if route is None or any(f.key == "fit.af_assess" for f in state.facts) or any(
            m.role == "assistant" and lead in m.content for m in state.history):
        return
    ev = state.add_evidence(evidence_of(route))
    insert_before_next(state, Fact(key="fit.af_assess", source=ev.doc_id))


def _said_before(state: TurnState, key: str, what: str) -> bool:
    """Whether an earlier answer already said sentence ``key`` about limitation ``what``: a sentence with the
    wording's words before the limitation and the limitation named after them (one sentence may name several
    limitations: "… about heavy lifting and a heavy load on the back …", assistant/composers/merge.py)."""
    from assistant.citations import sentences
    from assistant.locales import lookup, text

    named = str(lookup(state.locale, f"limitation.{worded(state, what)}"))
    lead = text(state.locale, key).split("{what}")[0]
    lead = re.split(r"\{[^}]*\}", lead)[-1].strip()  # the words just before the limitation (none in some)
    for m in state.history:
        if m.role != "assistant":
            continue
        for sentence in sentences(m.content):
            at = sentence.find(lead)
            if at >= 0 and named in sentence[at + len(lead):]:
                return True
    return False


def say_silent_left(state: TurnState, excluded: list[dict[str, Any]], *, again: bool = False) -> None:
    """Craft, machine and manual work left out after a limit of the load where the sources are silent
    (retrieval/hard_limits.silent_load): said plainly once a conversation, and again (``again``) when nothing else is
    left to list, instead of listing it (hard24; rater34 replay01 T3: Bussmekaniker after "max 10 kilos")."""
    from assistant.locales import text

    if not any(e.get("reason") == "silent_load" for e in excluded) or any(
            f.key == "constraint.silent_left" for f in state.facts):
        return
    lead = text(state.locale, "constraint.silent_left")[:40]
    if not again and any(m.role == "assistant" and lead in m.content for m in state.history):
        return
    fact = Fact(key="constraint.silent_left")
    at = next((i + 1 for i in range(len(state.facts) - 1, -1, -1) if state.facts[i].key == "constraint.excluded"), None)
    if again:  # (before "I have no other occupations to suggest")
        state.facts.append(fact)
    elif at is None:
        insert_before_next(state, fact)
    else:
        state.facts.insert(at, fact)  # (right after "I have left out work that involves heavy lifting")


def insert_before_next(state: TurnState, fact: Fact) -> None:
    """Put ``fact`` before the general next steps (or at the end when there are none)."""
    i = next((i for i, f in enumerate(state.facts) if f.key == "next.heading"), len(state.facts))
    state.facts.insert(i, fact)
