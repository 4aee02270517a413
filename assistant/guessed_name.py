"""A guess for a question's words never replaces the occupation the person set (focus17, rater16 fault 1).

"liisan noocee ah ayaan u baahanahay si aan bas u wado?" (which licence do I need to drive a bus?) from a minibus
driver was answered for «Arbetsmiljöingenjör»: its alias "Bas-U" is spelt by "bas u" (bus, to). "شهادتي من جامعة حلب …
شو لازم اعمل؟" (my degree … what must I do?) from a teacher was answered for «Inspicient» and «Stand-up-komiker»: the
ESCO pivot's nearest English labels for "what must I do". An occupation a question names is evidenced by a name:

- a title or alias of it written out in the question (a word of four letters or more, up to an inflection ending);
- a curated term of the lexicon that links it (also inflected);
- its own label close in meaning (dense similarity at the acceptance threshold).

Anything else is a guess; when the person has set an occupation (the one the conversation is on, else their own
wish or work, :func:`assistant.focus.topic` and :func:`assistant.focus.own_way`), the question is about that one.
With nothing set the guess stands (what to do with a guess alone is the named-occupation path's call).
"""
from __future__ import annotations

import re

from assistant.intent_cues import normalize, strip_cues
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

#: Letters a word of a name needs to count as written out ("bas", "u" spell no «Bas-U»).
_WORD = 4
#: Letters a head word needs to name the compound titles ending in it ("inspektör" -> «Byggnadsinspektör»).
_HEAD = 5


def over_guess(found: Focus, state: TurnState, rt: Runtime) -> Focus:
    """``found`` when the question names it (module docstring), else the occupation the person set, if any."""
    from assistant.earlier_answers import earlier_occupations
    from assistant.focus import own_way, topic

    held = topic(state, rt) or own_way(state, rt)
    if held is None or held.id == found.id:
        return found
    # (a curated term that names the person's own work among its titles is theirs: a maths teacher's "how do I become
    # a teacher?" is about Ämneslärare, not the class teacher the term also names, reading21)
    from assistant.intents import question_part

    if held.id in _curated_ids(question_part(state.text or "")) and not _label_written(found, state.text or ""):
        return held.model_copy(update={"named": False})
    if named(found, state, rt):
        return found
    # (an occupation an earlier answer was about is no guess: "No, I was asking about the taxi" after the taxi driver's
    # licence and a tailor's pay goes back to the taxi driver)
    if any(found.id == o.id for occs in earlier_occupations(state, rt) for o in occs):
        return found
    return held.model_copy(update={"named": False})


def named_now(state: TurnState, rt: Runtime) -> Focus | None:
    """The occupation this message names by a title or a confident link ("how long until I can work as an electrician?"
    after a list of other work), a guess giving way to the person's own occupation; None when it names none."""
    from assistant.focus import named_in_message

    found = named_in_message(state, rt, guess=False)
    return over_guess(found, state, rt) if found is not None else None


def named(found: Focus, state: TurnState, rt: Runtime) -> bool:
    """The question names ``found``: its title or an alias written out, a curated term, or its label close in meaning."""
    from assistant.interpretation import linking

    # (the whole message: the interpreter reads a name also outside the question clause, "o undersköterska då, hur
    # länge pluggar man till det?")
    asked = state.text or ""
    text = normalize(asked)
    if _label_written(found, asked):
        return True
    if _curated(found, asked):
        return True
    rest = strip_cues(asked)
    try:
        hits = rt.search.search(rest, "occupation", 5) if rest.strip() else []
        links = linking.link_occupations(asked, asked, rt, question=True)
    except Exception:  # noqa: BLE001 - no occupation index: nothing to weigh, the found one stays
        return True
    if any(h.concept_id == found.id and h.matched_part != "text" and _written(h.matched, text) for h in hits):
        return True
    return any(l.concept_id == found.id and (l.route == "lexicon" or l.extra.get("similarity", 0.0) >= linking.DENSE_ACCEPT
                                             or _written(l.extra.get("matched") or "", text)) for l in links)


def _label_written(found: Focus, asked: str) -> bool:
    """The question writes out a title of ``found`` (or its head word): «Kock, storhushåll» quoted by a card."""
    text = normalize(asked)
    return any(_written(part, text) or _head_written(part, text) for part in re.split(r"[/,]", found.label))


def _curated(found: Focus, text: str) -> bool:
    """A curated term of the question names ``found`` among its titles («آموزش برقکاری»: برقکار is
    Installationselektriker and Industrielektriker alike). Read from the lexicon alone, since the link the search picks
    among such titles differs from one built store to another (CI's read the driver the licence sentence told)."""
    return found.id in _curated_ids(text)


def _curated_ids(text: str) -> set[str]:
    """The occupations the curated title terms of ``text`` name (each term's first title and its other senses)."""
    from retrieval.lexicon import match
    from retrieval.lexicon.training_compound import written_apart

    return {i for h in match(written_apart(text), kinds=("occupation",)) if h.role == "title" and h.score >= 0.9
            for i in (h.concept_id, *(h.alt_ids or ()))}


def _head_written(part: str, text: str) -> bool:
    """A compound title of the label ends in a word of the question: "inspektör" read in context as «Byggnadsinspektör»
    (assistant/title_context.py), a head word named, not a guess."""
    said = [w for w in re.findall(r"\w+", text) if len(w) >= _HEAD]
    return any(t.endswith(w) for t in re.findall(r"\w+", part.casefold()) if len(t) > _HEAD for w in said)


def _written(name: str, text: str) -> bool:
    """Every long word of ``name`` is a word of ``text`` (up to an inflection ending), and it has one."""
    from assistant.interpretation.linking import written_out

    return any(len(w) >= _WORD for w in re.findall(r"\w+", name.casefold())) and written_out(name, text)
