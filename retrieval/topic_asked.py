"""A question for work with a topic of interest ("which jobs are there with animals?", «شو في شغل مع الحيوانات؟»).

rater20 conv4 (easy Swedish, Umeå): asked after a first round of suggestions, the animals were lost – a question adds
nothing to the profile – and more gardening followed. A counsellor hears a liking in such a question: the
interpreter keeps it as an interest marked TOPIC_ASKED, the profile keeps it, the turn answers with that topic's
work (assistant/policy.py), and the interest route reads that question alone, by the topic's own occupations
(retrieval/interests.py).
"""
from __future__ import annotations

import re

#: A word for work, jobs or occupations (8 languages; Arabic-script and Ge'ez also inside a word).
_WORK = re.compile(
    r"\b(jobb\w*|arbete\w*|arbeta|yrke\w*|jobs?|work|careers?|occupations?|professions?|shaqo\w*|"
    r"робот\w*|працю\w*|професі\w*)\b|شغل|وظائف|وظيفة|مهن|کار|ስራሕ|ሞያ",
    re.IGNORECASE)


#: The confidence of a liking read from a question for work with a topic ("which jobs with animals?"): it marks the
#: interest the turn answers with that topic's work (assistant.policy, assistant.profile_update, interest_text).
TOPIC_ASKED = 0.55


def asks_work_with_topic(text: str, lang: str | None = None) -> bool:
    """"Which jobs are there with animals?", «شو في شغل مع الحيوانات؟»: the words ask for work and name a topic of
    interest (rater20 conv4: the animals of such a question were lost and gardening followed). A counsellor hears
    a liking in it; the interpreter keeps it as an interest, the turn answers with that topic's work."""
    if not _WORK.search(text or ""):
        return False
    from retrieval.interests import cue_scores  # (interests.py imports this module)

    return bool(cue_scores(text, lang)[1])


def topic_asked_now(profile) -> list:
    """The interests of the newest message that ask for work with a topic (TOPIC_ASKED)."""
    latest = max((i.span.message for i in profile.interests if i.span is not None), default=None)
    return [i for i in profile.interests if i.span is not None and i.span.message == latest
            and i.confidence == TOPIC_ASKED]


