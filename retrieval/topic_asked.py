"""A question for work with a topic of interest ("which jobs are there with animals?", «شو في شغل مع الحيوانات؟»).

rater20 conv4 (easy Swedish, Umeå): asked after a first round of suggestions, the animals were lost – a question adds
nothing to the profile – and more gardening followed. A counsellor hears a liking in such a question: the
interpreter keeps it as an interest marked TOPIC_ASKED (the question is told by
assistant/interpretation/work_topic.py), the profile keeps it, the turn answers with that topic's work
(assistant/policy.py), and the interest route reads that question alone, by the topic's own occupations
(retrieval/interests.py).
"""
from __future__ import annotations

#: The confidence of a liking read from a question for work with a topic ("which jobs with animals?"): it marks the
#: interest the turn answers with that topic's work (assistant.policy, assistant.profile_update, interest_text).
TOPIC_ASKED = 0.55


def topic_asked_now(profile) -> list:
    """The interests of the newest message that ask for work with a topic (TOPIC_ASKED)."""
    latest = max((i.span.message for i in profile.interests if i.span is not None), default=None)
    return [i for i in profile.interests if i.span is not None and i.span.message == latest
            and i.confidence == TOPIC_ASKED]


