""""Can I still do it with my back / knees?" answered about that work, with lighter work beside it (rater29 class 4).

rater29 c03 (so): a would-be assistant nurse said her back hurts and she cannot lift heavy things, "can I still do
it?", and got an untranslated Swedish source sentence, the verdict that the job is heavy, and no lighter work, though
boendestödjare was on her own first list. Now, in all 8 languages: such a question is answered about the work it
names or points at, from that work's cited demand; when the demand clashes, work from the person's own earlier list
(else the same field) whose sources state no such demand is named, each with its reason; a Swedish source sentence in
another language's answer is glossed (assistant/fit_question.py, assistant/fit_lighter.py).
Through the real app over the shared test store; the sentences live in phrases/dialogue_back17.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, said_all, untranslated_swedish

START, BACK_STILL, KNEES_OWN = said_all("back17_care_start", "back17_back_still", "back17_knees_own_work")
#: Assistant nurses and care aides (patient transfers, heavy for the back: retrieval/group_demands._TRANSFERS).
TRANSFERS = ("5321", "5323", "5330")
#: Cleaning and home service, window cleaning, kitchen help, home care and care aides (done standing and walking:
#: retrieval/group_demands._ON_FEET).
ON_FEET = ("911", "912", "9412", "5321", "5330")


def _answered_for(body: dict, locale: str, asked: tuple[str, ...], clash: tuple[str, ...]) -> None:
    shown = groups(body)
    assert body["action"] == "conditions", (locale, body["action"], body["answer"])
    assert shown and shown[0].startswith(asked), (locale, body["occupations"], body["answer"])
    first = body["occupations"][0]["id"]
    assert f"jobtech:occupation-name:{first}" in {c["id"] for c in body["citations"]}, (locale, body["answer"])
    # the clash said: work from the person's own list or field whose sources state no such demand, beside it
    assert [g for g in shown[1:] if g and not g.startswith(clash)], (locale, body["occupations"], body["answer"])
    assert not untranslated_swedish(body["answer"], locale), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_can_i_still_do_it_with_my_back_is_answered_for_that_work_with_lighter_work_from_the_list(person, locale):
    body = person.say(START[locale], BACK_STILL[locale])
    _answered_for(body, locale, TRANSFERS, TRANSFERS)


@pytest.mark.parametrize("locale", ALL)
def test_can_i_keep_my_own_work_with_bad_knees_is_answered_for_it_with_lighter_work_of_the_field(person, locale):
    body = person.say(KNEES_OWN[locale])
    _answered_for(body, locale, ("911", "912"), ON_FEET)
