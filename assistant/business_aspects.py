"""One aspect of one's own business asked about: the tax and the bookkeeping, the language, the money, the permits
(shop17; rater29 so c04).

Someone who asked how to open a shop here went on: "how do I learn tax and business accounts?" (answered with the job
titles Redovisningsassistent, Charkuteriarbetare and Bilförsäljare) and "do I need good Swedish to open a shop?"
(answered with the same start-up answer again, and no word on the language). A counsellor answers the aspect asked,
for the business the person wants, from the business routes :mod:`assistant.business` already cites:

- ``books`` (``business_books``: tax, bookkeeping, VAT, accounts): the sources name no course in it, and say so;
  verksamt.se (Bolagsverket and Skatteverket: registering, F-skatt and VAT) and Nyföretagarcentrum's free advice on
  budget and financing, cited; where else to ask, labelled general guidance;
- ``language`` (``swedish`` or ``business_language``): the sources name no Swedish required to register a business
  (verksamt.se, cited); that customers and authorities mostly use Swedish is general guidance, said as such; SFI,
  cited, beside the business;
- ``money`` (``business_money``): Arbetsförmedlingen's start-up support, Almi's microloan and Nyföretagarcentrum's
  advice on financing, cited;
- ``permit`` (``business_permit``): that it depends on what is sold, then registering at verksamt.se, a food
  business's registration or the Police's permit for public space when food or street selling was named, and
  Migrationsverket for someone from abroad.

A follow-up names no business of its own: it is one when an earlier message of the conversation asked to start one
(:func:`assistant.business.asks_business` on that message), or when this one does. A question to work as or become
something ("do I need Swedish to work as a cashier?"), or one that names work and not the business ("… to work in a
warehouse?"), is about that work, never this.
"""
from __future__ import annotations

from assistant.business import asks_business, business_skip, say_permit_note
from assistant.evidence import sv_title
from assistant.focus import question_part
from assistant.intent_cues import has
from assistant.routes import Route, evidence_of, route_gloss, routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: Aspect -> the cue groups that ask it (locales/intents.yaml), in the order answered.
CUES: dict[str, tuple[str, ...]] = {"books": ("business_books",), "language": ("swedish", "business_language"),
                                    "money": ("business_money",), "permit": ("business_permit",)}
#: Aspect -> (the sentence that answers it first, or None; (route key, its sentence) in order; the sentence after).
PLAN: dict[str, tuple[str | None, tuple[tuple[str, str], ...], str | None]] = {
    "books": ("business.learn_books", (("verksamt", "rights.verksamt"), ("nyforetagarcentrum", "rights.nyforetagarcentrum")),
              "business.learn_ask"),
    "language": (None, (("verksamt", "business.language_none"),), "business.language_use"),
    "money": ("business.money_lead", (("starta_eget", "rights.starta_eget"), ("almi_mikrolan", "business.almi_mikrolan"),
                                      ("nyforetagarcentrum", "rights.nyforetagarcentrum")), None),
    "permit": ("business.permit_lead", (("verksamt", "rights.verksamt"),
                                        ("livsmedel_registrering", "rights.livsmedel_registrering"),
                                        ("offentlig_plats", "rights.offentlig_plats")), None),
}


def aspects_asked(asked: str) -> list[str]:
    """The aspects of a business the question part ``asked`` names, in the order of :data:`CUES`."""
    return [a for a, groups in CUES.items() if any(has(g, asked) for g in groups)]


def aspects_of(text: str, asked: str) -> list[str]:
    """The aspects the question part ``asked`` of the message ``text`` names; when it names none but points back
    ("Jag kan inte skatt och bokföring. Var kan jag lära mig det?"), the ones the rest of the message names."""
    found = aspects_asked(asked)
    if not found and asked != text and has("refer_back", asked):
        found = aspects_asked(text)
    return found


def business_before(state: TurnState) -> bool:
    """An earlier message of the conversation asked to start a business of one's own (not a shop one worked in)."""
    return any(m.role == "user" and asks_business(question_part(m.content), m.content) for m in state.history)


def asks_aspect(state: TurnState, asked: str) -> bool:
    """A follow-up that asks an aspect of the business asked about before ("how do I learn the tax and the books?",
    "do I need good Swedish for it?"), and no way into work ("… to work as a cashier?", "… to work in a warehouse?")."""
    work = has("become_verb", asked) or has("work_word", asked) and not has("business_noun", asked)
    return bool(aspects_of(state.text, asked)) and not work and business_before(state)


def say_aspects(state: TurnState, rt: Runtime, asked: str) -> bool:
    """Answer each aspect ``asked`` names (module doc), each route sentence cited; False when none is named or the
    store has none of its routes (the whole business answer then, as before). Only in a follow-up: a first question
    ("how do I open a shop, what permits?") gets the whole business answer, the aspect's routes among it."""
    if not business_before(state):
        return False
    aspects = aspects_of(state.text, asked)
    table = routes(rt)
    skip = business_skip(state)
    plans = [(a, [(table[k], s) for k, s in PLAN[a][1] if k in table and k not in skip]) for a in aspects]
    plans = [(a, found) for a, found in plans if found]
    if not plans:
        return False
    said: set[str] = set()
    for aspect, found in plans:
        lead, _, after = PLAN[aspect]
        if lead:
            state.say(lead)
        for route, sentence in found:
            if route.key in said:
                continue
            said.add(route.key)
            _say_route(state, route, sentence)
        if after:
            state.say(after)
        if aspect == "language" and "sfi" in table:  # (Swedish learnt beside the business: SFI, cited)
            _say_route(state, table["sfi"], "business.language_sfi")
    if {"permit", "money"} & {a for a, _ in plans}:  # (whether the residence permit allows a business: once)
        say_permit_note(state)
    return True


def _say_route(state: TurnState, route: Route, sentence: str) -> None:
    ev = state.add_evidence(evidence_of(route))
    state.say(sentence, ev.doc_id, title=sv_title(ev.title, route_gloss(ev)))
