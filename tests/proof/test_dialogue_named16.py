"""A follow-up that names an occupation is answered about THAT occupation (rater29 class 3).

A hairdresser asked «ኣብ ሽወደን ፀጉሪ ንምስራሕ … ፍቓድ የድልየኒ ድዩ?» (do I need a licence to do hair in Sweden?) and was told
no licence is named for «Ledsagare», the top card; "how much does a kitchen manager earn compared to a regular cook?"
got "no salary statistics for «Livsmedelskontrollant»". A question that names the work, by its title or by the trade's
activity ("to do hair", "klippa hår"), is answered about the work named, before the top card; "X compared to Y"
answers both. Through the real app over the shared test store, in all 8 languages; the sentences live in
phrases/dialogue_named16.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, said_all

CLEANER, HAIR_LICENCE, COOK, KITCHEN_PAY = said_all(
    "named16_cleaner_story", "named16_licence_to_do_hair", "named16_cook_story", "named16_kitchen_manager_pay")
HAIRDRESSERS = "5141"  # Frisörer
#: A kitchen manager: «Köksmästare» (3451 Köksmästare och souschefer) or «Kökschef» (1720 Restaurang- och kökschefer).
HEAD_CHEFS = ("3451", "1720")
COOKS = "5120"  # Kockar och kallskänkor


@pytest.mark.parametrize("locale", ALL)
def test_a_licence_to_do_hair_is_the_hairdressers(person, locale):
    person.tell(CLEANER[locale])
    body = person.say(HAIR_LICENCE[locale])
    assert groups(body) and groups(body)[0] == HAIRDRESSERS, (locale, body["action"], groups(body), body["answer"][:400])


@pytest.mark.parametrize("locale", ALL)
def test_a_kitchen_managers_pay_beside_a_cooks_answers_both(person, locale):
    person.tell(COOK[locale])
    body = person.say(KITCHEN_PAY[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"][:400])
    assert groups(body) and groups(body)[0] in HEAD_CHEFS, (locale, groups(body), body["answer"][:400])
    # the cook's pay beside it: presented side by side, or told as the person's own work's («Kock, à la carte»)
    assert COOKS in groups(body) or "«Kock" in body["answer"], (locale, groups(body), body["answer"][:600])
