"""Whether there is work for one's occupation is a demand question, however "is there" and "work" are written
(struct21's conversation: «هل يوجد شغل للصيادلة في مالمو؟» after a pharmacist's first message got three other
occupations – the Arabic cues knew «هل يوجد عمل» and «في شغل» but not «هل يوجد شغل»; Somali knew «ma jirtaa shaqo»
but not «ma jiraa shaqo»).

In all 8 languages: a cook asks whether there is work in Malmö; the answer is the ad counts of the cooks' group
(SSYK 5120), cited, never a list of other occupations. Through the real app over the shared test store; the
sentences live in phrases/dialogue_struct21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, groups, said_all

COOK, WORK_IN_MALMO = said_all("struct21_cook", "struct21_work_in_malmo")


@pytest.mark.parametrize("locale", ALL)
def test_is_there_work_for_cooks_in_malmo_is_the_cooks_demand(person, locale):
    person.say(COOK[locale])
    body = person.say(WORK_IN_MALMO[locale])
    assert body["action"] == "demand", (locale, body["action"], groups(body), body["answer"][:300])
    assert groups(body)[:1] == ["5120"], (locale, groups(body))
    assert cited(body, "statistics"), (locale, [c.get("kind") for c in body["citations"]])
