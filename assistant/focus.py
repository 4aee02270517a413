"""Which occupation a follow-up question is about.

In order: a Swedish title quoted in «…» (a card); an occupation the interpreter found in the new message; an
occupation whose title (or job-title alias) is written in the message, found by a search in the occupation kind; the
interpreter's link for the question (a curated term in any language, also inflected); one a sentence beside a question
naming none names (told_beside.py); an occupation of the previous answer the message points at ("the second", "den
första"); a name the message gives that we cannot resolve (then we say so instead of answering about another
occupation); the occupation the previous answer was about when the message refers to it ("it", "that job", a quick
reply); for a question about oneself ("what training do I need?") the occupation the conversation is on, else the
person's own wish or experience; then the previous answer's first occupation; the first suggestion for the profile.

No conversation state is kept: earlier answers' occupations are read back from their «…» titles."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from assistant.earlier_answers import (
    TITLE,
    earlier_occupations,
    focus_of,
    occupation_by_label,
    previous_focus,
    referred,
)
from assistant.focus_level import above_the_person
from assistant.goal_named import goal_named
from assistant.guessed_name import over_guess
from assistant.intent_cues import cues, has, normalize, strip_cues, without_possessive
from assistant.intents import question_part
from assistant.licence_asked import licence_named, licence_words_last, vehicle_named
from assistant.nation_words import without_nation_words
from assistant.occupation_names import in_longer_name, may_be_name, shadowed
from assistant.ordinary_words import alias_named, reportable
from assistant.state import SUPPORTED, Focus, TurnState
from assistant.study_manner import asked_before, how_to_study
from assistant.title_context import goal_reading, head_named, in_context, own_of_entry
from assistant.told_beside import told_beside
from retrieval.lexicon.training_compound import written_apart
from retrieval.title_query import clipped_titles
from vagledning.domain.runtime import Runtime

MatchFn = Callable[..., object]
NAMED_CONFIDENCE = 0.8
NAMED_WISH = 0.9  # a wish named outright (wishes.NAMED), above a field's occupations (wishes.FIELD_CONFIDENCE)


def named_in_message(state: TurnState, rt: Runtime, *, guess: bool = True) -> Focus | None:
    """An occupation the person named in this message, if any (``guess=False``: only a title or a confident
    link, never the interpreter's guess for the words)."""
    # A Swedish title quoted in «…» (what the widget's occupation cards send) names exactly that
    # occupation; the interpreter's link for one of its words ("Kock") must not replace it.
    for m in TITLE.finditer(state.text or ""):
        quoted = occupation_by_label(m.group(1).strip(), rt)
        if quoted is not None:
            return quoted.model_copy(update={"named": True})
    # A Swedish title written out in the question is that occupation, before any curated term read in it
    # ("the Sjukvårdsbiträde job" is «Sjukvårdsbiträde/Servicevärd inom vården», not the assistant nurse
    # the lexicon also reads "sjukvårdsbiträde" as).
    # ("a plumber's salary": the plumber; «elektrikerutbildningen»: the trade apart from its training, compound13)
    # ("I'm Polish, can I work as a welder?": a nationality or language is no name, never «Polisaspirant»: other19)
    asked = without_nation_words(without_possessive(written_apart(question_part(state.text))))
    rest = strip_cues(asked)
    hits: list = []
    if len(rest.replace(" ", "")) >= 3:
        try:
            hits = rt.search.search(rest, "occupation", 5)
        except Exception:  # noqa: BLE001 - no occupation index: no title found
            hits = []
    literal = _literal(hits, normalize(asked), rt)
    if literal is not None or (hits and (literal := head_named(rest, state, rt)) is not None):
        return in_context(literal, asked, state, rt)  # a head many titles share ("arbetsledare") read in context
    mp = state.message_profile
    if mp is not None:
        # A question is not a self-description: only a confident link is a named occupation
        # (a curated or literal name scores >= 0.9; a guess for an unknown word ~0.7).
        for exp in licence_words_last(mp.experiences, state.text, state.language):  # (parts19: «رخصة سواقة»)
            if exp.occupation.kind == "occupation" and exp.confidence >= NAMED_CONFIDENCE:
                exp = goal_reading(state, mp.experiences, exp, NAMED_CONFIDENCE)
                beside = _asked_title(state, rt, exp.span)  # (the question sentence decides: compound13)
                return beside or focus_of(exp.occupation.id, exp.occupation.label, rt, named=True)
        wished = _wished(state, rt)
        if wished is not None:
            return wished
    # then the interpreter's link for the question (a generic name of the person's own work is theirs: title_context)
    return own_of_entry(_linked(asked, rt), asked, state, rt) if hits and guess else None


def _asked_title(state: TurnState, rt: Runtime, told: Any) -> Focus | None:
    """The occupation the question sentence names by a curated title, when the work found stands in a statement
    beside it ("I have a driving licence from Iraq. How long is the electrical training?", «… لایسنس رانندگی دارم.
    آموزش برقکاری چقدر وقت میگیرد؟»: the electrician asked, not the driver the licence sentence reads)."""
    from retrieval.lexicon import match

    text = state.text or ""
    asked = question_part(text)
    at = text.find(asked)
    if not asked or at < 0 or len(asked.strip()) == len(text.strip()) or told is None \
            or at <= told.start < at + len(asked) or not (has("courses", asked) or has("duration", asked)):
        return None  # (only a question about a training: "how long / which course"; the reach kept small)
    hits = [h for h in match(written_apart(asked), kinds=("occupation",)) if h.role == "title" and h.score >= 0.9]
    return focus_of(hits[0].concept_id, hits[0].label_sv, rt, named=True) if hits else None


def _wished(state: TurnState, rt: Runtime) -> Focus | None:
    """The occupation this message wishes for by a confident name: one named outright (a curated term
    or a title, NAMED_WISH) before one read from a field ("darawal bas" before the mechanics its
    vehicle field also suggests)."""
    mp = state.message_profile
    wishes = [w for w in (mp.wishes if mp is not None else [])
              if w.concept is not None and w.concept.kind == "occupation" and w.confidence >= NAMED_CONFIDENCE]
    for w in sorted(wishes, key=lambda w: w.confidence < NAMED_WISH):
        if w.concept is not None:
            return focus_of(w.concept.id, w.concept.label, rt, named=True)
    return None


def waves_away(state: TurnState, rt: Runtime) -> bool:
    """"What is X? Not for me. I want electrical work. The salary?": the message turns something down and
    wishes for an occupation instead (a question before the refusal is withdrawn)."""
    return turns_down(state.text) and _wished(state, rt) is not None


def turns_down(text: str) -> bool:
    """The message refuses or waves something away: a negation cue ("ma rabo", "not", "نه") or "I don't
    know (it)" (cues.yaml, the interpreter's own lists)."""
    from assistant.interpretation.constraints import knows_not
    from assistant.interpretation.cues import load_cues, toks_of

    cues, toks = load_cues(), list(toks_of(text or ""))
    return knows_not(text or "") or any(payload[0] == "negation" for i in range(len(toks))
                                         for _, payload, _ in cues.kinds.find(toks, i))


def _literal(hits: list, text: str, rt: Runtime) -> Focus | None:
    """The first search hit whose title or alias the (normalised) question writes out."""
    for hit in hits:
        # Only a hit whose title or alias the message writes out (up to an agent or inflection ending: "grafisk design"
        # names «Grafisk designer»); a title of several names ("Sjukvårdsbiträde/Servicevärd inom vården") by each.
        names = [hit.title, *(p for p in hit.title.split("/") if "/" in hit.title and len(p.strip()) >= 6)]
        for name in (*names, hit.matched if hit.matched_part != "text" else ""):
            n = normalize(name)
            if len(n) >= 3 and (n in text or any(re.search(rf"(?<!\w){re.escape(n[:k])}(?!\w)", text) for k in range(
                    len(n) - 1, max(len(n) - 4, 9), -1))) and not shadowed(n, hit.concept_id, text):  # read18
                return focus_of(hit.concept_id, hit.title, rt, named=True)
        # A title qualified after a comma is named by its head: "undersköterska" names
        # «Undersköterska, hemtjänst, äldreboende och habilitering» (the best-ranked such title).
        head = normalize(hit.title.split(",")[0]) if "," in hit.title else ""
        if len(head) >= 4 and re.search(rf"(?<!\w){re.escape(head)}(?!\w)", text) and not in_longer_name(head, text):
            return focus_of(hit.concept_id, hit.title, rt, named=True)
    return None


def _clipped(name: str, rt: Runtime) -> Focus | None:
    """A one-word name we could not resolve that clips or misspells a title word, as an ad writes it ("fysio",
    "lagerarb", "elektrikr"), is the occupation that title word names (the title index reads the word: the one title
    word it begins or is one letter from; retrieval/title_spelling). Only for a name that is otherwise unknown:
    ordinary words of a question begin titles too ("vill", "bara")."""
    clips = clipped_titles(rt.search, name) if len(name.split()) == 1 else {}
    if len(clips) != 1:
        return None
    word = next(iter(clips.values()))
    try:
        hits = rt.search.search(word, "occupation", 5)
    except Exception:  # noqa: BLE001 - no occupation index: nothing found
        return None
    # (a title word many titles end in, "elektriker", is named as the question would name it written out)
    return _literal(hits, word, rt) or _linked(word, rt)


def _linked(asked: str, rt: Runtime) -> Focus | None:
    """The occupation the interpreter's linking finds in the question itself, when the link is
    evidence of a name (a curated term in any language, or the label close in meaning or named):
    "bricklayer", "سائق الباص", "darawal". The asked profile's confidence is scaled by how the
    statement reads ("what education does a bricklayer need?" reads as education), so it is read
    here from the link; a guess for an unknown word is no name."""
    from assistant.interpretation import linking

    try:
        links = linking.link_occupations(asked, asked, rt, question=True)
    except Exception:  # noqa: BLE001 - no occupation index: nothing linked
        return None
    from assistant.interpretation.work_topic import task_beside_the_question

    for link in links:
        if task_beside_the_question(link.extra.get("role", ""), asked):
            continue  # an activity in a question about something else ("is a translation needed?") names no work
        # A curated term is a name also inflected ("молодшою медсестрою" -> "молодша медсестра", scored lower).
        if (link.route == "lexicon" and link.score >= linking.MIN_OCCUPATION) or (
                link.score >= NAMED_CONFIDENCE and (link.extra.get("similarity", 0.0) >= linking.DENSE_ACCEPT or (
                    link.extra.get("lexical", 0.0) >= linking.LEXICAL_ACCEPT  # a word of the alias, not "Bas-U"
                    and alias_named(link.extra.get("matched") or link.label, asked)))):
            return focus_of(link.concept_id, link.label, rt, named=True)
    return None


def first_suggestion(state: TurnState, rt: Runtime, match: MatchFn | None) -> Focus | None:
    """The top occupation suggested for the profile, else its first experience/wish."""
    p = state.profile
    region = state.request.region or p.region_id()
    if match is not None and (p.experiences or p.wishes or p.skills or p.interests):
        try:
            result = match(p, rt, region=region, top=1, with_evidence=False)
        except TypeError:
            result = match(p, rt, region=region, top=1)
        occs = getattr(result, "occupations", [])
        if occs:
            o = occs[0]
            return Focus(id=o.id, label=o.label, ssyk_id=o.ssyk_id, ssyk_code=o.ssyk_code)
    for exp in p.experiences:
        return focus_of(exp.occupation.id, exp.occupation.label, rt, named=False)
    for wish in p.wishes:
        if wish.concept is not None and wish.concept.kind == "occupation":
            return focus_of(wish.concept.id, wish.concept.label, rt, named=False)
    return None


@lru_cache(maxsize=1)
def _quick_words() -> frozenset[str]:
    """Every word of every locale's quick replies: common words, never an occupation's name."""
    from assistant.locales import lookup
    from assistant.state import LOCALES

    words: set[str] = set()
    for loc in LOCALES:
        for reply in (lookup(loc, "quick") or {}).values():
            words |= set(re.findall(r"\w+", normalize(str(reply))))
    return frozenset(words)


def unresolved_name(state: TurnState, rt: Runtime) -> str | None:
    """Words left in a question once cues, filler and places are gone: a name we could not resolve."""
    # Time, language-request and pointing phrases ("in the meantime", "answer in English please", "a job
    # like that") name no occupation: gone whole before the cue words inside them are.
    rest = normalize(without_nation_words(written_apart(question_part(state.text))))  # (compound13; other19)
    for group in ("meanwhile", "language_request", *(f"language_{c}" for c in SUPPORTED), "refer"):
        pat = cues().get(group)
        if pat is not None:
            rest = pat.sub(" ", rest)
    rest = strip_cues(rest)
    # ("my degree … how do I get it recognised?": beside a diploma the recognising word is the question, no name)
    for group in ("filler", "self", "refer", "not_names", *(("recognise",) if has("diploma", state.text) else ())):
        pat = cues().get(group)
        if pat is not None:
            rest = pat.sub(" ", rest)
    common = _quick_words()
    words = [w for w in rest.split() if may_be_name(w) and w not in common and not turns_down(w)]
    if not words:
        return None
    try:
        from assistant.places import place_in_text
        for w in list(words):
            if place_in_text(w, rt) is not None:
                words.remove(w)
    except Exception:  # noqa: BLE001 - no geography: keep the words
        pass
    return " ".join(words) if words else None


#: Ethiopic script writes one syllable per letter: "ነርስ" (nurse), "ሓጋዚ" (helper) are whole words in three letters,
#: shorter than the shortest name :func:`unresolved_name` reports (so are "ሰሪሐ" I worked, "እደሊ" I want).
_ETHIOPIC_SHORT = re.compile(r"^[\u1200-\u137f]{2,3}$")


def _short_ethiopic(state: TurnState) -> bool:
    """The question keeps a short Ge'ez word once its cues are gone: it may name an occupation (looked up, only
    by a title or a confident link), but is never reported as an unknown one (most such words are verbs)."""
    return any(_ETHIOPIC_SHORT.match(w) for w in strip_cues(question_part(state.text)).split())


def _together(words: list[str], asked: str) -> bool:
    """The words stand next to each other in the question: a name is one phrase. Words left here and there
    once the cues are gone ("ካልእ ምስ ቆልዑ ዝስራሕ ስራሕ … ዘይደሊ": "that is worked", "that does not need") are
    verbs and function words the cue lists do not know, never an occupation's name."""
    tokens = re.sub(r"[^\w\s\-]", " ", normalize(asked)).split()
    at = [tokens.index(w) for w in words if w in tokens]
    return len(at) < 2 or max(at) - min(at) + 1 == len(at)


def _may_name(state: TurnState) -> bool:
    """A name may stand only outside a question on Swedish, a licence or the work's conditions (left there: a thing or place
    of the work, "stegar", "kitchen here": titles11) unless "to work as / become" frames it, nor beside an authority."""
    return not has("licence_authority", question_part(state.text)) and (
        state.action not in ("swedish", "licence", "conditions") or names_occupation(state.text))


def own_way(state: TurnState, rt: Runtime) -> Focus | None:
    """The person's own way: the occupation they wish for most recently, else their most confident experience."""
    from assistant.policy import goal_wishes
    p = state.profile
    wishes = goal_wishes(state)  # (not the work wished for meanwhile, until the goal: goal18)
    if wishes:
        # the latest message's most confident wish ("bussförare" before the guess "Bokbussförare" it also made)
        latest = max(w.span.message for w in wishes)
        wish = max((w for w in wishes if w.span.message == latest), key=lambda w: w.confidence)
        if wish.concept is not None:
            return focus_of(wish.concept.id, wish.concept.label, rt, named=False)
    # (work the person turned away from or refused is not their way: "a course near me?" after "I want
    # something else than cleaning" is about the suggestions, never cleaning courses again)
    from retrieval.refused_family import turned_away

    refused = {c.concept.id for c in p.constraints if c.kind == "avoid" and c.concept is not None}
    kept = [] if turned_away(p) else [e for e in p.experiences if e.occupation.id not in refused
                                      and not _limited(p, e.occupation.id, e.occupation.label, rt)]
    if kept:
        best = max(kept, key=lambda e: e.confidence)
        return focus_of(best.occupation.id, best.occupation.label, rt, named=False)
    return None


def _limited(profile, occupation_id: str, label: str, rt: Runtime) -> bool:
    """A source says the work makes a demand the person's limitation rules out ("my back aches, I want lighter work"
    after 12 years of lorry driving): never their way, nor an answer's focus they did not name (rater7: the
    demand for Distributionsförare, citing its heavy back load, to that very man)."""
    from retrieval.constraints import demand_of, limitations

    return any(demand_of(occupation_id, label, w, rt) is not None for w in limitations(profile))


def topic(state: TurnState, rt: Runtime) -> Focus | None:
    """The occupation the conversation is about: the latest answer's when it was about one alone (not a list)."""
    for occs in earlier_occupations(state, rt):
        return occs[0] if len(occs) == 1 else None
    return None


def is_quick_reply(text: str) -> bool:
    """The message is one of the quick replies (of any locale) the previous answer offered: it
    continues with the occupation that answer was about."""
    from assistant.locales import lookup
    from assistant.state import LOCALES

    t = normalize(text)
    return any(normalize(str(r)) == t for loc in LOCALES for r in (lookup(loc, "quick") or {}).values())


def unnamed_focus(state: TurnState, rt: Runtime, match: MatchFn | None) -> Focus | None:
    """The occupation a question that names none is about: the one referred to ("it", "that job",
    a quick reply) is the previous answer's; a question about oneself ("what training do I need?")
    is about the occupation the conversation is on, else the person's own wish or experience, and
    only then the last card shown."""
    from assistant.intent_cues import has

    asked = question_part(state.text)
    if not is_quick_reply(state.text) and not has("refer", asked) and has("self", asked):
        own = topic(state, rt) or own_way(state, rt)
        if own is not None:
            return own
    return previous_focus(state, rt) or first_suggestion(state, rt, match)


def refused_now(state: TurnState, occupation_id: str) -> bool:
    """This message refuses the occupation it names ("I don't want to drive lorries any more, what other light work
    is there?"): the question is about other work, never the refused one (rater7: its demand was the answer)."""
    mp = state.message_profile
    return mp is not None and any(c.kind == "avoid" and c.concept is not None and c.concept.id == occupation_id
                                  for c in mp.constraints)


def names_occupation(text: str) -> bool:
    """The question names the occupation it asks about ("… to become X", "… for X", "… щоб стати X"):
    words left in it that we cannot resolve are an occupation's name, not a kind of course."""
    from assistant.intent_cues import has

    return has("become", question_part(text))


def find_focus(state: TurnState, rt: Runtime, match: MatchFn | None, *, strict: bool = True) -> Focus | None:
    """The occupation in focus for this turn (see module docstring); sets ``state.unresolved``
    (and returns None) when the message names an occupation we cannot find. ``strict=False``
    (a courses question that introduces no occupation): words we cannot resolve are what kind of
    course is meant ("på distans"), so the question is about the occupation it would be without them."""
    # "No, not shoes. I want bus driver — what do I need?", "What is X? Not my field. I want electrical
    # work. The salary?": what is refused or waved away is never the focus; the occupation wished is.
    if how_to_study(state):  # "not online, in a classroom with a teacher": the teacher is no occupation asked
        return previous_focus(state, rt) or asked_before(state, rt) or unnamed_focus(state, rt, match)
    wished = _wished(state, rt)
    if wished is not None and turns_down(state.text):
        return wished
    goal = goal_named(state, rt)  # "I drive a taxi. I want to become a police officer, can I?": the police (focus31)
    if goal is not None and not refused_now(state, goal.id):
        return goal
    name = unresolved_name(state, rt)
    # Only words beyond cues and filler name an occupation ("What does the job involve?": no guess replaces the focus).
    named = named_in_message(state, rt, guess=bool(name)) if name or _short_ethiopic(state) else None
    found = vehicle_named(state, rt) or (named and over_guess(named, state, rt)) or told_beside(state, rt) \
        or referred(state, rt) or licence_named(name, rt)  # ("X sounds fun. How long does it take?": X, ask20)
    above = found is not None and above_the_person(found, state, rt)  # "my IT experience" is no CIO's (focus_level)
    if found is not None and not refused_now(state, found.id) and not above:
        return found
    shown = reportable(name) if strict and not above else None  # ordinary words name no job (ordinary_words)
    if shown and all(_together(n.split(), question_part(state.text)) for n in {shown, name or ""}) and _may_name(state):
        clipped = _clipped(shown, rt)
        if clipped is not None and not refused_now(state, clipped.id):
            return clipped
        state.unresolved = shown
        return None
    return unnamed_focus(state, rt, match)
