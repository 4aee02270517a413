"""Suggestions that contradict what the person said (the independent counsellor's eighth rating, fault 1).

- A factory packer whose back and shoulder hurt ("the doctor says no heavy lifting") asks for lighter work: the
  answer says it left out work with heavy lifting, so the list never holds her own work (Packare), nor another
  occupation of its SSYK-4 group, unless a source describes that occupation as seated or office work.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_own6.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, constraints, said

PACKER = said("own6_packer_bad_back")


#: SSYK 2012 group of hand packers (Handpaketerare och andra fabriksarbetare): her own work.
PACKING_GROUP = "9320"


@pytest.mark.parametrize("locale", ALL)
def test_a_limitation_said_of_ones_own_work_leaves_that_work_out(person, locale, real_runtime):
    from retrieval.limit_fit import fits

    body = person.say(PACKER[locale])
    limits = [c["value"] for c in constraints(body, "limitation")]
    own = [e for e in body["profile"]["experiences"] if (e.get("ssyk_code") or "").startswith(PACKING_GROUP)]
    if not own or not {"lifting", "back"} & set(limits):
        pytest.xfail(f"{locale}: the packing work or the limitation is not read ({limits})")
    if body["action"] not in LIST_ACTIONS:  # (en, so, fa, uk: "what lighter work can I do?" read as a question)
        pytest.xfail(f"{locale}: the request for lighter work is read as {body['action']}, not as a list")
    assert body["occupations"], body["answer"]
    wrong = [o["label"] for o in body["occupations"] if (o.get("ssyk_code") or "").startswith(PACKING_GROUP)
             and fits(o["id"], o["label"], "lifting", real_runtime) is None]
    assert not wrong, (locale, wrong, body["answer"])
