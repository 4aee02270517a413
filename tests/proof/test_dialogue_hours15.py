"""Working hours asked of an occupation, and every part of a two-part question answered (hours15; the independent
counsellor's 28th rating, class 4, the rest).

- "And do they work daytime?" beside a pay question is answered too, from what the sources hold of the work's hours,
  or that they hold nothing and whom to ask (rater28 sv c07: «Vad tjänar en arbetsledare på lager? Och jobbar de
  dagtid?» got the pay alone).
- "Can I do that work without nights?" in elderly care names the trade's workplaces the sources tell apart: those whose
  sources state work round the clock and those whose sources state no night or shift work, cited, and says to ask
  employers about day posts (rater28 ti c11 got only "the sources don't say").
- "Where can I study it near Västerås, and do I need good Swedish?" gets both halves: places to study and the Swedish
  (rater28 so c10 got only the Swedish half).
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_hours15.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, said_all

(SUPERVISOR, PAY_AND_DAY, ELDERCARE, WITHOUT_NIGHTS, IT_WISH, WHERE_AND_SWEDISH) = said_all(
    "hours15_supervisor", "hours15_pay_and_daytime", "hours15_eldercare", "hours15_without_nights", "hours15_it_wish",
    "hours15_where_and_swedish")
#: The assistant nurses' and care aides' groups (SSYK 5321, 5323, 5330).
_CARE = ("5321", "5323", "5330")


def _occupations_cited(body: dict, rt) -> dict[str, str]:
    """The occupations the answer cites: id -> SSYK code."""
    out = {}
    for c in cited(body, "occupation"):
        occ = rt.relations.occupation(c["id"].rsplit(":", 1)[-1])
        if occ is not None:
            out[occ.id] = occ.ssyk_code or ""
    return out


@pytest.mark.parametrize("locale", ALL)
def test_daytime_beside_pay_gets_both_answers(person, locale):
    person.say(SUPERVISOR[locale])
    body = person.say(PAY_AND_DAY[locale])
    assert "salary" in body["parts"] and "conditions" in body["parts"], (locale, body["parts"], body["answer"][:700])
    assert any(c["id"].startswith("stats:salary:") for c in cited(body, "statistics")), (locale, body["answer"][:500])


#: Not yet: the Somali wish «undersköterska (kalkaaliso)» is read as Sjuksköterska, grundutbildad («kalkaaliso» is the
#: nurse's own word), so the nights question is about the nurse, whose group's sources do not tell workplaces apart
#: (a wish-reading fault, rater28 class 1, not the hours answer).
_NOT_YET = {"so": "the wish «undersköterska (kalkaaliso)» is read as the nurse (Sjuksköterska, grundutbildad)"}


@pytest.mark.parametrize("locale", [pytest.param(x, marks=pytest.mark.xfail(reason=_NOT_YET[x], strict=False))
                                    if x in _NOT_YET else x for x in ALL])
def test_without_nights_in_elderly_care_names_the_workplaces_the_sources_tell_apart(person, locale, real_runtime):
    person.say(ELDERCARE[locale])
    body = person.say(WITHOUT_NIGHTS[locale])
    assert body["action"] == "conditions", (locale, body["action"], body["answer"][:700])
    care = [i for i, code in _occupations_cited(body, real_runtime).items() if code in _CARE]
    # more than one workplace of the trade, each cited with what its sources hold of the hours
    assert len(care) >= 2, (locale, care, body["answer"][:900])


@pytest.mark.parametrize("locale", ALL)
def test_where_to_study_and_swedish_are_both_answered(person, locale):
    person.say(IT_WISH[locale])
    body = person.say(WHERE_AND_SWEDISH[locale])
    assert "swedish" in body["parts"], (locale, body["parts"], body["answer"][:700])
    assert "courses" in body["parts"] and cited(body, "course", "programme", "education_route"), (
        locale, body["parts"], body["answer"][:900])
