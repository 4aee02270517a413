"""A question for work with a topic of interest ("which jobs are there with animals?", «شو في شغل مع الحيوانات؟»).

rater20 conv4: asked after a first round of suggestions, the animals were lost (a question adds nothing to the
profile). The interpreter keeps such a liking as an interest marked TOPIC_ASKED (retrieval/topic_asked.py); this
module tells the question: a word for work (the ``work_word`` cues of assistant/locales/intents.yaml, the one list of
those words) beside an interest topic's cue (retrieval/interests.py).
"""
from __future__ import annotations

import re

from assistant.intent_cues import has
from retrieval.interests import cue_scores


def asks_work_with_topic(text: str, lang: str | None = None, question: bool = False) -> bool:
    """"Which jobs are there with animals?", «شو في شغل مع الحيوانات؟»: the words ask for work and name a topic of
    interest. A counsellor hears a liking in it; the interpreter keeps it as an interest, the turn answers with that
    topic's work. ``question``: the words are a question whose mark the statement left out («وكرة القدم» of
    «وكرة القدم؟»)."""
    said = (text or "") + ("?" if question else "")
    # (an elliptic follow-up only as a question: "I like football and computers" tells two likings)
    asked = any(mark in said for mark in _MARKS)
    # (one's own going to school names no topic: "can you work at 17 or do you have to go to school" is no liking for
    # teaching; circumstances.py, circum25)
    from assistant.interpretation.circumstances import blank_circumstances

    # (nor does a question whether something is needed for the work: "do I need a paper to work with kids?" asks the
    # requirement, no liking; need_asked.py, profile29)
    from assistant.interpretation.need_asked import asks_need

    return (has("work_word", said) or asked and _elliptic(said)) and bool(cue_scores(blank_circumstances(text), lang)[1]) \
        and not asks_need(text)


#: The question marks of every script (vagledning/domain/marks.py).
_MARKS = ("?", "؟", "፧")


def _elliptic(text: str) -> bool:
    """"And football?", «وكرة القدم؟», "а футбол?": a short follow-up with no cue of its own that names a topic asks for
    that topic's work as "and electrician?" asks about electricians (ellipsis8, rater23 conv 4: after a list of
    computer work it got "I'm not sure what you are asking"; sport7 left it open). The same reading as
    ``asked_parts.elliptic``, the one rule for a clause that goes on from what came before."""
    from assistant.asked_parts import elliptic  # (asked_parts reads intents, which read the interpreter's cues)
    from assistant.interpretation.questions import opens_question
    from retrieval.lexicon.normalize import normalize, tokens

    # (a question word of its own is no going on: «شو برنامج الرعاية الصحية والاجتماعية؟», "what is the health and
    # social care programme?", asks what the programme is, edu20)
    words = [t for t, _, _ in tokens(normalize(text).text)]
    return elliptic(text) and not opens_question(words)


# What a question asks about work (8 languages each, assistant/locales/intents.yaml): only then does an activity it
# names stand for that activity's occupation.
# (a correction, "no, I asked about / I meant taxi", names what the question was about, and "what does it take to
# drive a taxi?" asks the work's requirements: ask2)
# (a course or training of an activity, «دورة لحام», «курс зварювання», "koorsada alxanka", asks for the training of
# its trade: compound13)
_ASKS_ABOUT_WORK = ("work_word", "wage_word", "salary", "demand", "become", "describe", "is_there_work", "get_work", "licence",
                    "work_kind", "correction", "meant", "requirements", "courses")


def task_beside_the_question(role: str, text: str) -> bool:
    """An activity named in a question that asks nothing about work (mendB21, rater21 conv 4: «ترجمه لازم است؟», is a
    translation of my papers needed?, added a translator card). A title named in a question asks about that
    occupation; an activity ("translation", ``role`` task in the lexicon) does so only beside a word for work, pay,
    demand or what the work is ("is there work in translation?", "what do you earn cleaning?")."""
    # (an activity word said alone, one side of "taxi or bus?" split by both_named, asks nothing else: it names the
    # work, as it did before mendB21 – ask15's licence for «таксі чи автобус?»)
    alone = len(re.findall(r"\w+", text or "")) <= 1
    return role == "task" and not alone and not any(has(g, text or "") for g in _ASKS_ABOUT_WORK)
