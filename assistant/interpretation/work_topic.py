"""A question for work with a topic of interest ("which jobs are there with animals?", «شو في شغل مع الحيوانات؟»).

rater20 conv4: asked after a first round of suggestions, the animals were lost (a question adds nothing to the
profile). The interpreter keeps such a liking as an interest marked TOPIC_ASKED (retrieval/topic_asked.py); this
module tells the question: a word for work (the ``work_word`` cues of assistant/locales/intents.yaml, the one list of
those words) beside an interest topic's cue (retrieval/interests.py).
"""
from __future__ import annotations

from assistant.intents import has
from retrieval.interests import cue_scores


def asks_work_with_topic(text: str, lang: str | None = None) -> bool:
    """"Which jobs are there with animals?", «شو في شغل مع الحيوانات؟»: the words ask for work and name a topic of
    interest. A counsellor hears a liking in it; the interpreter keeps it as an interest, the turn answers with that
    topic's work."""
    return has("work_word", text or "") and bool(cue_scores(text, lang)[1])
