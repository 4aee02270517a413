"""Two questions the answer of another question used to drop (second29, rater36 class 6; issue 10).

"Will my 15 years count? And which companies hire civil engineers in Sundsvall?" got the years card alone, asked
twice; "while I study, can I work in a preschool as a substitute? what do I need?" got the general right to work
alone. These questions are asked beside others in every language, so each is answered after whatever the turn
planned, in a paragraph of its own:

- **which employers** hire the work (cue ``employers_ask``): the employers the store's job ads for that occupation
  name, in the person's län when they name any there, said with each ad cited – or plainly that the ads name none
  there – then where the current ads are (Platsbanken). The ads are examples of earlier years: who has hired, not
  open jobs, and the sentence says so.
- **a substitute in a preschool or school** (cues ``substitute_word`` and ``child_workplace``): the concrete entry –
  a child minder's (or, at a school, a pupil assistant's) work, shown and cited, with no licence needed – and the
  police's record extract every preschool and school must see before it employs anyone (skollagen 2 kap. 31 §;
  polisen.se, Skolverket's page on registerkontroll).
"""
from __future__ import annotations

from assistant.earlier_answers import occupation_by_label
from assistant.evidence import region_of, store_doc, sv_title
from assistant.intent_cues import has
from assistant.intents import question_part
from assistant.locales import text
from assistant.places import region_label
from assistant.state import Focus, TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: At most this many employers are named (one bullet each, its ad cited).
MAX_EMPLOYERS = 5
#: The police's register extract for work in a preschool or school (curated route, cards29), cited where the store has it.
_EXTRACT = "route:registerutdrag_skola"
#: The occupation a substitute does the work of: preschool words -> a child minder, school words -> a pupil assistant.
_SUBSTITUTE_WORK = (("child_workplace", "Barnskötare"), ("school_workplace", "Elevassistent"))


def _asked(state: TurnState, group: str) -> bool:
    asked = question_part(state.text or "")
    return any(m in asked for m in "?؟፧") and has(group, asked)


def _paragraph(state: TurnState, start: int) -> None:
    """The sentences from ``start`` on open a paragraph of their own (the second question's answer)."""
    if start < len(state.facts):
        state.facts[start] = state.facts[start].model_copy(update={"paragraph": True})


def _occupation(state: TurnState, rt: Runtime) -> Focus | None:
    """What the employer question is about: the occupation the message names, else the turn's."""
    from assistant.focus import named_in_message

    named = named_in_message(state, rt, guess=False)
    return named or state.focus or (state.presented[0] if state.presented else None) or _told_work(state, rt)


def _told_work(state: TurnState, rt: Runtime) -> Focus | None:
    """The work the person told earlier, when the message asks "which companies hire in Malmö?" naming none and the
    turn's answer shows none (second31, rater38 replay35_new02 T4/T5: the employers asked a third time beside the
    years' card): the occupation wished first, else the one done."""
    from assistant.earlier_answers import focus_of

    wished = [w.concept for w in state.profile.wishes if w.kind == "occupation" and w.concept is not None]
    done = [e.occupation for e in state.profile.experiences if e.occupation is not None]
    for ref in (*wished, *done):
        if getattr(ref, "kind", "occupation") == "occupation":
            return focus_of(ref.id, ref.label, rt, named=False)
    return None


def _employer_ads(rt: Runtime, focus: Focus, region: str | None) -> list[tuple[str, Evidence]]:
    """(employer, ad evidence) of the occupation's group, once per employer, the län's own when a län is given."""
    try:
        hits = rt.search.search(focus.label, "ad", 20, ssyk=focus.ssyk_code or None, region=region)
    except Exception:  # noqa: BLE001 - no ad search in this store: the answer says the ads name none
        return []
    out: list[tuple[str, Evidence]] = []
    for hit in hits:
        meta = hit.metadata or {}
        employer = str(meta.get("employer") or "").strip()
        if not employer or any(e.casefold() == employer.casefold() for e, _ in out):
            continue
        if region and region not in (meta.get("region_ids") or ()):
            continue
        facts = {"date": meta.get("date"), "place": meta.get("place"), "employer": employer}
        out.append((employer, Evidence(type="ad", doc_id=hit.doc_id, kind="ad", title=hit.title, url=hit.url or None,
                                       snippet=hit.snippet, facts={k: v for k, v in facts.items() if v})))
    return out[:MAX_EMPLOYERS]


def say_employers(state: TurnState, rt: Runtime) -> None:
    """"Which companies hire X in <place>?": the employers the ads name (module docstring)."""
    # ("are there workshops in Malmö that hire?": the verb hire with the workplaces, no "which": employers_hire)
    if not (_asked(state, "employers_ask") or _asked(state, "employers_hire")) \
            or any(f.key.startswith("employers.") for f in state.facts):
        return
    focus = _occupation(state, rt)
    if focus is None:
        return
    region = region_of(state)
    county = region_label(region, rt) if region else None
    where = text(state.locale, "employers.in").format(region=county) if county else ""
    found = _employer_ads(rt, focus, region)
    elsewhere = not found and region is not None
    if elsewhere:
        found = _employer_ads(rt, focus, None)
    start = len(state.facts)
    state.present(focus)
    title = sv_title(focus.label, "occupation")
    if not found or elsewhere:
        state.say("employers.none", occupation=title, where=where)
    if found:
        years = sorted({str(ev.facts.get("date") or "")[:4] for _, ev in found} - {""})
        state.say("employers.elsewhere" if elsewhere else "employers.named", occupation=title, where=where,
                  years="–".join(dict.fromkeys((years[0], years[-1]))) if years else "?")
        for employer, ev in found:
            ev = state.add_evidence(ev)
            state.say("employers.item", ev.doc_id, bullet=True, employer=employer,
                      place=str(ev.facts.get("place") or "–"))
    state.say("employers.platsbanken", occupation=title)
    _paragraph(state, start)


def say_substitute(state: TurnState, rt: Runtime) -> None:
    """"Can I work as a substitute in a preschool meanwhile?": the concrete entry, never the right to work alone."""
    if not _asked(state, "substitute_word") or any(f.key.startswith("substitute.") for f in state.facts):
        return
    asked = question_part(state.text or "")
    label = next((work for group, work in _SUBSTITUTE_WORK if has(group, asked)), None)
    focus = occupation_by_label(label, rt) if label else None
    if focus is None:
        return
    doc = store_doc(rt, "occupation", f"jobtech:occupation-name:{focus.id}", "occupation")
    start = len(state.facts)
    state.present(focus)
    if state.focus is None:
        state.focus = focus
    source = state.add_evidence(doc).doc_id if doc is not None else None
    state.say("substitute.entry", source, occupation=sv_title(focus.label, "occupation"))
    if not any(e.doc_id == _EXTRACT for e in state.evidence):  # (said by the police card already: cards29)
        extract = store_doc(rt, "education_route", _EXTRACT, "education_route")
        state.say("substitute.extract", state.add_evidence(extract).doc_id if extract is not None else None)
    _paragraph(state, start)
