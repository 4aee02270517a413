"""A direct question whose answer was given earlier is answered again, briefly (issue 10, counsellor).

"Is there demand for this job?" typed after the demand figures were already shown got "nothing more
to add" — dismissive, and it reads as a refusal. A typed question is answered with the key sentence
(cited) again; only a quick reply pressed again for the same thing gets "nothing more". Through the
real FastAPI app over the shared test store.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import said

WAREHOUSE = said("warehouse_forklift")
DEMAND_TYPED = said("demand_typed")


@pytest.mark.parametrize("locale", list(WAREHOUSE))
def test_a_typed_question_answered_before_gets_the_key_sentence_again(person, locale):
    first = person.tell(WAREHOUSE[locale])
    person.press("demand")
    body = person.say(DEMAND_TYPED[locale])
    assert body["action"] == "demand", body["answer"]
    assert body["citations"] and [o["id"] for o in body["occupations"]] == [first["occupations"][0]["id"]]
    again = person.press("demand")          # the quick reply pressed again
    assert again["action"] == "nothing_more", again["answer"]
