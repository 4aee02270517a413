"""What a person tells about their life is no wish, interest or language (circum25; rater35 class 2, issue 10).

The counsellor's findings, as kinds of sentence (own sentences, not theirs): "3 children, so daytime only" became the
wishes Lärarassistent/Förskollärare; "I don't want SFI" became the language "SFI" and the next answer said "start with
SFI"; "may one work at 17 or must one go to school" became an interest and led to «Lärarassistent» "for your interest in
children and teaching". Now, in all 8 languages, on the profile: children at home are a family circumstance (no wish
or interest for child work, and no child work in the list unless wished), a refused SFI is a refusal (no_form:sfi)
and no Swedish level, and a question about the rules for young workers is no interest.
Through the real app over the shared test store; the sentences live in phrases/dialogue_circum25.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, groups, route_ids, said_all

KIDS_DAYS, NO_SFI, RULES_17 = said_all("circ25_kids_days", "circ25_no_sfi", "circ25_rules_17")
#: Work with children (SSYK 2012): teachers of compulsory school, preschool teachers, leisure-time teachers,
#: child minders, pupil assistants.
CHILD_WORK = {"2341", "2342", "2343", "5311", "5312"}


def _child_wishes(body: dict) -> list[str]:
    return [w["label"] for w in body["profile"]["wishes"] if (w.get("ssyk_code") or "") in CHILD_WORK]


@pytest.mark.parametrize("locale", ALL)
def test_children_at_home_are_no_wish_for_child_work(person, locale):
    body = person.say(KIDS_DAYS[locale])
    profile = body["profile"]
    assert _child_wishes(body) == [], (locale, profile["wishes"])
    assert not any("barn" in (i.get("label") or "").casefold() for i in profile["interests"]), (locale, profile["interests"])
    assert not CHILD_WORK & set(groups(body)), (locale, [o["label"] for o in body["occupations"]])


@pytest.mark.parametrize("locale", ALL)
def test_refused_sfi_is_a_refusal_not_a_language(person, locale):
    body = person.say(NO_SFI[locale])
    profile = body["profile"]
    levels = [(lang.get("code"), lang.get("level")) for lang in profile["languages"]]
    assert ("sv", "sfi") not in levels, (locale, profile["languages"])
    assert not any("sfi" in ((lang.get("span") or {}).get("quote") or "").casefold() for lang in profile["languages"]), \
        (locale, profile["languages"])
    assert "no_form:sfi" in constraint_values(body, "other"), (locale, profile["constraints"])
    assert "route:sfi" not in route_ids(body), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_rules_question_is_no_interest(person, locale):
    body = person.say(RULES_17[locale])
    profile = body["profile"]
    assert profile["interests"] == [], (locale, profile["interests"])
    assert _child_wishes(body) == [], (locale, profile["wishes"])
    assert not CHILD_WORK & set(groups(body)), (locale, [o["label"] for o in body["occupations"]])
