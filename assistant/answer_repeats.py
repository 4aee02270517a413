"""Never the same answer twice: whether a planned answer repeats an earlier one, a question asked anew, and the key
sentence said again instead of "nothing more" (issue 10: a follow-up never resends a previous answer). Kept apart from
:mod:`assistant.answers`."""
from __future__ import annotations

import re

from assistant.state import TurnState

__all__ = ["NEW_ANYWAY", "REPEAT_SHARE", "TOPICS", "asked_anew", "repeats_earlier", "restate_key_sentence"]

_PLAIN = re.compile(r"\s*\[\d+\]|\s*\([^()]*\)")


#: Share of the planned factual sentences already said that makes an answer a repeat (a few new
#: course places do not make an answer new).
REPEAT_SHARE = 0.7
#: A figure of two digits or more (a count of ads, a salary, a length): a sentence with one not said before is new.
_FIGURE = re.compile(r"\d{2,}")
#: Facts that count even when short (an example ad is a title only).
NEW_ANYWAY = {"demand.ad", "work_before.role"}  # (an occupation named for meanwhile is a title only: waitwork8)
#: Verdicts with no source of their own that answer a new question: an answer saying one not said before is new (asked16:
#: "not at a distance, in a classroom" → "none of them is given on site" beside the Komvux to ask, said before).
NEW_VERDICTS = {"study_reach.none_on_site", "study_reach.only_on_site"}


def repeats_earlier(state: TurnState) -> bool:
    """True when (nearly) all of the planned answer's factual sentences are already in an earlier answer."""
    from assistant.composers.grounded import render_fact
    from assistant.composers.variety import vary

    # Compared without citation marks and glosses: a gloss ("(Swedish name)") is written only at a term's first
    # mention in a conversation, so the same sentence said again reads without it.
    said = "\n".join(_PLAIN.sub("", m.content) for m in state.history if m.role == "assistant")
    if not said:
        return False
    # Example ads are new content however short their titles ("Redovisningsekonom"); other short
    # fragments are not counted.
    # (worded as the composer words them: the suggestions' wording varies by position, assistant/composers/variety.py)
    if any(f.key in NEW_VERDICTS and _PLAIN.sub("", render_fact(state.locale, f)).strip() not in said
           for f in state.facts):
        return False
    factual = [(_PLAIN.sub("", render_fact(state.locale, f)).strip(), f.key in NEW_ANYWAY)
               for f in vary(state.locale, state.facts) if f.source]
    factual = [(s, new) for s, new in factual if len(s) > 20 or new]
    if not factual:
        return False
    old = sum(1 for s, _ in factual if s in said)
    # a figure not said before is what was asked, however many caveats around it read as before (rater25 c4 T4: "is
    # there taxi work?" after the bus's demand shared its licence line and ad caveats; the taxi's 23 ads were cut and
    # the licence line pointed back to "my earlier answer")
    if any(_FIGURE.search(s) and s not in said for s, _ in factual):
        return False
    return old >= REPEAT_SHARE * len(factual)


TOPICS = ("describe", "salary", "demand", "licence", "swedish", "courses")


def restate_key_sentence(state: TurnState) -> bool:
    """A typed question about one occupation whose answer was given before is answered with its key
    (first cited) sentence again instead of "nothing more": only a quick reply pressed again for the
    same thing is a request for more. True when the plan was cut to that sentence."""
    from assistant.intent_cues import normalize
    from assistant.locales import lookup

    topic = state.action
    if topic not in TOPICS or topic == "courses" or state.focus is None:
        return False
    if normalize(state.text) == normalize(str(lookup(state.locale, f"quick.{topic}") or "")):
        return False
    from assistant.licence_exam import wants_whole_route

    if topic == "licence" and wants_whole_route(state):  # "what is lärarlegitimation, how do I get it?": the way is
        return False  # the answer, said again (rater24 c3 T3 got one line; assistant/composers/once.py keeps its lines)
    from assistant.lead_ins import is_verdict, key_sentence

    # the key of the topic asked, not the licence line a demand or salary answer opens with (rater25 c4 T4: "is there
    # taxi work?" asked again was cut to the taxi licence's line, which then pointed back to "my earlier answer")
    # a yes/no question asked again ("so yes or no?", refer20) keeps its verdict first, then the key as its reason
    verdicts = [f for f in state.facts if is_verdict(f)]
    own = [f for f in state.facts if (topic == "licence" or not f.key.startswith("licence.")) and f not in verdicts]
    key = key_sentence(own) or key_sentence(state.facts)  # never a lead-in ("… is below:") alone (ask15)
    if key is None:
        return False
    state.facts[:] = [*verdicts, *([key] if key not in verdicts else [])]
    return True


def asked_anew(state: TurnState) -> bool:
    """The message asks in its own words, not a quick reply pressed again nor a message sent before: a
    question asked anew is answered even when the answer was given before ("nothing more" is no answer)."""
    from assistant.focus import is_quick_reply
    from assistant.intent_cues import normalize

    # (the person's own message: "you didn't answer" is answered with the question before as its text, insist24)
    own = state.request.messages[-1].content if state.request.messages else state.text
    t = normalize(own)
    return not is_quick_reply(own) and all(normalize(m.content) != t for m in state.history if m.role == "user")
