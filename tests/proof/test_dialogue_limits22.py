"""A limit told filters every list shown after it, in all 8 languages (rater22 class 6, issue 7/8 "refusals and physical
limits are ignored").

rater22: "I can't work nights" (ti) was followed by restaurant work, "back pain" (sv-easy) by a manual welder, and "I have
no driving licence" was understood in 4 of 8 languages and left no work out (the copilot's "Inget körkort" client got
Vägassistansförare second). Now "no driving licence" is the limitation ``driving_licence`` in every language
(assistant/interpretation/cues.yaml), and every list — the first, "more" and the list after a refusal — goes through the
matcher's one filter (retrieval/matching.honour_constraints), which leaves out work whose sources state the demand:
the night, the back or lifting, or a driving licence (retrieval/licence_demands.py: a Transportstyrelsen licence route,
ESCO's essential driving skills, JobTech's "Körkort B", a description saying the licence is needed).
Through the real app over the shared test store; the sentences live in phrases/dialogue_limits22.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraints, said_all

NO_LICENCE, NO_NIGHTS, BAD_BACK, NO_KITCHEN = said_all(
    "limits22_no_licence", "limits22_no_nights", "limits22_bad_back", "limits22_no_kitchen")
#: The story told, and the limitations it must leave in the profile (any one of them: "back pain, can't lift" is both).
STORIES = {"no_licence": (NO_LICENCE, {"driving_licence"}), "no_nights": (NO_NIGHTS, {"night", "daytime"}),
           "bad_back": (BAD_BACK, {"back", "lifting"})}


def _limits(body: dict) -> set[str]:
    return {c["value"] for c in constraints(body, "limitation")}


def _against(body: dict, limits: set[str], rt) -> list[tuple[str, str, str]]:
    """The occupations shown whose sources state a demand one of ``limits`` rules out, with the evidence."""
    from retrieval.constraints import demand_of

    return [(o["label"], what, x.evidence) for o in body.get("occupations", []) for what in sorted(limits)
            if (x := demand_of(o["id"], o["label"], what, rt)) is not None]


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_limit_told_filters_the_first_list_more_and_the_list_after_a_refusal(person, locale, story, real_runtime):
    text, wanted = STORIES[story]
    first = person.say(text[locale])
    held = _limits(first) & wanted
    assert held, (locale, story, first["profile"]["constraints"])
    assert first["occupations"], (locale, story, first["action"], first["answer"][:300])
    assert not _against(first, held, real_runtime), (locale, story, "first", _against(first, held, real_runtime))
    more = person.press("more")
    assert _limits(more) >= held, (locale, story, more["profile"]["constraints"])
    assert not _against(more, held, real_runtime), (locale, story, "more", _against(more, held, real_runtime))
    after = person.say(NO_KITCHEN[locale])
    assert _limits(after) >= held, (locale, story, after["profile"]["constraints"])
    assert not _against(after, held, real_runtime), (locale, story, "refusal", _against(after, held, real_runtime))


@pytest.mark.parametrize("locale", ALL)
def test_no_driving_licence_leaves_out_work_that_needs_one_and_says_so(person, locale, real_runtime):
    """Work whose sources say it needs a driving licence (lorry, delivery and taxi drivers …) is never shown, and the
    answer says such work was left out when it was (constraint.excluded with the licence's wording)."""
    from assistant.locales import lookup

    body = person.say(NO_LICENCE[locale])
    assert "driving_licence" in _limits(body), (locale, body["profile"]["constraints"])
    assert not [o["label"] for o in body["occupations"] if "förare" in o["label"].lower()
                and _against({"occupations": [o]}, {"driving_licence"}, real_runtime)], (locale, body["occupations"])
    left = [x for x in body.get("excluded", []) if x.get("reason") == "driving_licence"]
    if left:
        assert str(lookup(locale, "limitation.driving_licence")) in body["answer"], (locale, left, body["answer"][:600])
