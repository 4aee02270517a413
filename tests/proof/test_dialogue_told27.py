"""Facts told in the first message are honoured (rater36 class 3: new01 T1, new02 T1; issue 10).

The counsellor's finding, as kinds of failure: two people who wrote that they had finished SFI D ("SFI D waan
dhameeyay", «SFI D تموم کردم») were told to "go on with SFI until you have passed course D"; a man with ten years'
work as an electrician abroad and no papers at all was told to apply for the authorisation "with the education you
have – do it now"; a dental nurse (tandsköterska) named in Swedish beside the Somali words became a nurse
(«Sjuksköterska, grundutbildad»). Now, in all 8 languages:
- SFI finished, however it is said, is a level past SFI: no "go on with SFI"/"sign up for SFI" step;
- no papers told: no "apply with the education you have" step;
- tandsköterska named is Tandsköterska (SSYK 5350), never a nurse (2221).
Through the real app over the shared test store; the sentences live in phrases/dialogue_told27.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_literal, wording_start

SFI_DONE_DENTAL, ELECTRICIAN = said_all("told27_sfi_done_dental", "told27_electrician_no_papers")
#: The steps that send a person to SFI (sign up, or go on until course D).
_SFI_STEPS = ("steps.sfi", "steps.sfi_place", "steps.sfi_continue", "steps.sfi_continue_place")


def _sv_levels(body: dict) -> list[str]:
    return [str(lang.get("level")) for lang in (body.get("profile") or {}).get("languages") or []
            if lang.get("code") == "sv"]


def _no_sfi_step(locale: str, body: dict) -> None:
    """No step sends the person to SFI: SFI is not cited, no "until you have passed course D"."""
    answer = body["answer"]
    assert "route:sfi" not in route_ids(body), (locale, route_ids(body), answer)
    for key in _SFI_STEPS:
        assert wording_literal(locale, key) not in answer, (locale, key, answer)
    assert _sv_levels(body) == ["sfi_done"], (locale, _sv_levels(body))


@pytest.mark.parametrize("locale", ALL)
def test_sfi_d_finished_gets_no_sfi_step_and_tandskoterska_is_itself(person, locale):
    body = person.say(SFI_DONE_DENTAL[locale])
    assert body["action"] == "steps", (locale, body["action"], body["answer"])
    _no_sfi_step(locale, body)
    codes = [o.get("ssyk_code") for o in body["occupations"]]
    assert "5350" in codes and "2221" not in codes, (locale, body["occupations"])
    wished = [w.get("ssyk_code") for w in (body.get("profile") or {}).get("wishes") or []]
    assert "2221" not in wished, (locale, wished)


@pytest.mark.parametrize("locale", ALL)
def test_electrician_without_papers_is_not_told_to_apply_with_his_education(person, locale):
    body = person.say(ELECTRICIAN[locale])
    assert body["action"] == "steps", (locale, body["action"], body["answer"])
    assert wording_start(locale, "steps.apply", 12) not in body["answer"], (locale, body["answer"])
    assert [g for g in (o.get("ssyk_code") or "" for o in body["occupations"]) if g.startswith("741")], \
        (locale, body["occupations"])
    _no_sfi_step(locale, body)
