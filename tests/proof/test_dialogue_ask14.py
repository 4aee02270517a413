"""The question asked is answered, not a generic rights block (rater14, 2.0/5: faults 3 and 8).

The counsellor's findings: a 19-year-old in Gävle who likes cars asked "is there an apprenticeship as a mechanic in
Gävle? what do you do at work?", then "what does an apprentice earn? do you need a körkort?", and got the same
"paid while learning" block (action rights) three times: the job was never described. Now, in all 8 languages:

- a message that asks about an apprenticeship and what the job involves gets both: the occupation's description
  (cited from its JobTech document) and the apprenticeship route at Komvux (lärlingsvux, cited);
- the paid-learning block said once is not said again; "do you need a driving licence?" is answered, never with
  the support routes again, and never crashes.
Through the real app over the shared test store; the sentences live in phrases/dialogue_ask14.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

CARS, APPRENTICE_WHAT, KORKORT = said_all("ask14_cars_town", "ask14_apprentice_and_what", "ask14_need_korkort")
#: The generic paid-learning block: Arbetsförmedlingen's yrkesintroduktion and its programme allowance.
PAID_BLOCK = {"route:yrkesintroduktion", "route:af_program_ersattning"}
APPRENTICE = "route:komvux_larling"


def _described(body: dict) -> list[str]:
    """The cited descriptions of the job (Arbetsförmedlingen's text, or the occupation's JobTech definition)."""
    return [c["id"] for c in body["citations"] if c["id"].startswith(("af:description:", "jobtech:occupation-name:"))]


@pytest.mark.parametrize("locale", ALL)
def test_apprenticeship_and_what_the_job_is_are_both_answered_and_nothing_is_repeated(person, locale):
    person.say(CARS[locale])
    body = person.say(APPRENTICE_WHAT[locale])
    assert _described(body), (locale, body["action"], [c["id"] for c in body["citations"]], body["answer"])
    assert APPRENTICE in route_ids(body), (locale, route_ids(body), body["answer"])
    body = person.say(KORKORT[locale])
    assert not PAID_BLOCK & set(route_ids(body)), (locale, route_ids(body), body["answer"])
    assert body["action"] != "rights", (locale, body["answer"])
