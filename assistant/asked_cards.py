"""Supports and facts a counsellor knows, asked by name, each answered from its curated card (know24).

rater34 class 6: "what is nystartsjobb?" got «Personlig tränare/PT» in Swedish and "my sources say nothing" in Somali;
"how long does UHR take?" got the length of Komvux's vocational training. Each topic here is answered by
:mod:`assistant.rights` from curated route documents (``ingest/data/education_routes.yaml``, kind ``support``), cited:

- ``hire_support``: Arbetsförmedlingen's supports to an employer who hires someone long out of work or newly arrived
  (nystartsjobb, introduktionsjobb): the one named, or both when such support is asked without a name ("can an
  employer get money to hire me?"). The wage subsidy for reduced working capacity (lönebidrag) stays with the
  rehabilitation topic;
- ``uhr_time``: how long UHR's assessment of a foreign education takes: UHR states its current processing time on its
  page; it varies with the level of the education and starts once every document is in, and no statement is needed to
  apply for jobs. No number: the page's figure changes.
"""
from __future__ import annotations

from assistant.intent_cues import has

#: Topic -> its route keys, in the order said.
CARDS: dict[str, tuple[str, ...]] = {
    "hire_support": ("nystartsjobb", "introduktionsjobb"),
    "uhr_time": ("uhr_handlaggningstid",),
}
#: A hire_support route key -> the cue group that names it (assistant/locales/intents.yaml).
_NAMED = {"nystartsjobb": "nystartsjobb_name", "introduktionsjobb": "introjobb_name"}


#: A question of at most this many words asks of what the sentence before it named ("I sent my papers to UHR. How
#: long does it take?"); a longer one names its own subject ("… how long does the nursing programme take?").
_SHORT_QUESTION = 6


def card_topics(asked: str, text: str) -> list[str]:
    """The topics of :data:`CARDS` the question part ``asked`` of the message ``text`` asks."""
    found = []
    if has("hire_support_ask", asked) or any(has(group, asked) for group in _NAMED.values()):
        found.append("hire_support")
    uhr = has("uhr_named", asked) or has("uhr_named", text) and len(asked.split()) <= _SHORT_QUESTION
    if uhr and (has("duration", asked) or has("processing_time", asked)):
        found.append("uhr_time")
    return found


def card_skip(topic: str, asked: str) -> set[str]:
    """Routes of ``topic`` not asked: the support not named when the question names the other ("what is
    nystartsjobb?" is not asked of introduktionsjobb)."""
    if topic != "hire_support":
        return set()
    named = {key for key, group in _NAMED.items() if has(group, asked)}
    return set(CARDS[topic]) - named if named else set()
