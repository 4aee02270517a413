"""An elliptic "and <interest>? coach or something?" after interests and no work history asks for that field's work
(sport7; rater23 conv 4 T5).

A 19-year-old told «بحب الفوتبول والكمبيوتر» (football and computers), was answered about computers, then asked
«وبالفوتبول؟ مدرب او شي؟» (and football? coach or something?) and got an electronics repairer "like work you have
done" – he has none – with nothing about football. Arabic did not read «الفوتبول» (the colloquial loan word) nor
«وبال…» (and + in + the) glued before it. Now, in all 8 languages:

- the follow-up lists sports work first (SSYK 3422 sports coaches and instructors, 3423 leisure leaders);
- no suggestion claims the person's work history as its reason: they told none.
Through the real app over the shared test store; the sentences live in phrases/dialogue_sport7.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, listed, said_all

SCENE, AND_FOOTBALL = said_all("sport7_scene", "sport7_and_football")
#: sports coaches and instructors (3422), leisure and youth leaders (3423)
SPORTS_WORK = ("3422", "3423")


@pytest.mark.parametrize("locale", ALL)
def test_and_football_or_something_asks_for_sports_work(person, locale):
    body = person.say(SCENE[locale], AND_FOOTBALL[locale])
    shown = listed(body)
    assert shown[0].startswith(SPORTS_WORK), (locale, body["occupations"], body["answer"])
    assert not body["profile"]["experiences"], (locale, body["profile"]["experiences"])


@pytest.mark.parametrize("locale", ALL)
def test_no_work_history_is_never_the_reason(person, locale):
    body = person.say(SCENE[locale], AND_FOOTBALL[locale])
    assert not body["profile"]["experiences"], (locale, body["profile"]["experiences"])
    for key in _work_done_reasons(locale):
        assert key not in body["answer"], (locale, key, body["answer"])


def _work_done_reasons(locale: str) -> list[str]:
    """The wordings that give work done as a suggestion's reason, in ``locale``."""
    return [lookup(locale, k) for k in ("reasons.experience", "reasons.similar")]
