"""A Swedish town named in the person's own script is a place, never a word of their work; IT support is the support
technician; a refusal said back names what the person refused or was shown (place15).

Dari «من در لوله‌او زندگی می‌کنم» (I live in Luleå, the name written as «لوله»+«او» with a ZWNJ or a space) was no
place: «لوله» (pipe) was linked and VVS-montör led the answer. A town whose name is also a word (Boden: the shed in
Swedish, «بودن» "to be" in Dari) counts where it is written as a name or after "in". «کمپیوتر سپورت» (computer support)
was read as Teletekniker. rater28 so c10 T2: after "no, not electricity and machines" the answer said "I won't suggest
«Trycksvarvare» and «Verktygsmakare»", two occupations the person neither saw nor named, linked from the refused words.

Through the real app over the shared test store, in all 8 languages; the sentences live in phrases/dialogue_place15.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, constraints, said_all, wording_start

LULEA, BODEN, REPAIRER, NOT_MACHINES = said_all("place15_lulea_mechanic", "place15_boden_it_support",
                                               "place15_phone_repairer", "place15_not_machines")
PLUMBING = "7125"            # VVS-montörer m.fl. («لوله», pipe)
CAR_MECHANICS = "7231"       # Motorfordonsmekaniker och fordonsreparatörer
IT_SUPPORT = ("3511", "3512")  # Drifttekniker, IT; Supporttekniker, IT
TITLE = re.compile(r"«([^»]+)»")


def _places(body: dict) -> list[str]:
    return [c.get("label") or c["value"] for c in constraints(body, "municipality")]


def _done_groups(body: dict) -> list[str]:
    return [e.get("ssyk_code") or "" for e in body["profile"]["experiences"]]


def _shown_labels(body: dict) -> list[str]:
    return [o.get("label") or o.get("title") or "" for o in body["occupations"]]


@pytest.mark.parametrize("locale", ALL)
def test_lulea_is_where_one_lives_not_a_pipe(person, locale):
    body = person.say(LULEA[locale])
    assert "Luleå" in _places(body), (locale, constraints(body, "municipality"))
    assert PLUMBING not in _done_groups(body) + [o.get("ssyk_code") for o in body["occupations"]], \
        (locale, body["profile"]["experiences"], _shown_labels(body))
    assert CAR_MECHANICS in _done_groups(body), (locale, body["profile"]["experiences"])


@pytest.mark.parametrize("locale", ALL)
def test_boden_is_a_place_and_it_support_the_support_technician(person, locale):
    body = person.say(BODEN[locale])
    assert "Boden" in _places(body), (locale, constraints(body, "municipality"))
    assert any(g in IT_SUPPORT for g in _done_groups(body)), (locale, body["profile"]["experiences"])


#: Levantine «لا، مو كهربا ومكنات» ("no, not electricity and machines") records no refusal: a bare «مو» (not) is no
#: Arabic negation cue, since it is Dari for hair («رنگ مو», cues.yaml reject14), so nothing is said back.
BARE_MO = pytest.mark.xfail(strict=False, reason="ar: a bare «مو» (not) before nouns is no refusal cue (Dari «مو», "
                                                 "hair; cues.yaml reject14): the refusal is not read, nothing said back")


@pytest.mark.parametrize("locale", [pytest.param(loc, marks=BARE_MO) if loc == "ar" else loc for loc in ALL])
def test_a_refusal_said_back_names_what_was_refused_or_shown(person, locale):
    shown = _shown_labels(person.say(REPAIRER[locale]))
    body = person.say(NOT_MACHINES[locale])
    told = NOT_MACHINES[locale].casefold()
    starts = [wording_start(locale, k) for k in ("heard.avoid", "heard.avoid_words", "heard.leave_own", "constraint.avoided")
              if _has_wording(locale, k)]
    lines = [ln for ln in body["answer"].splitlines() if any(s and s in ln for s in starts)]
    assert lines, (locale, body["answer"][:400])  # the refusal is said back
    unseen = [t for ln in lines for t in TITLE.findall(ln) if t not in shown and t.casefold() not in told]
    assert not unseen, (locale, unseen, shown, lines)
    assert any(g in IT_SUPPORT for g in [o.get("ssyk_code") for o in body["occupations"]][:3]), \
        (locale, _shown_labels(body))


def _has_wording(locale: str, key: str) -> bool:
    from assistant.composers.grounded import locale_has

    return locale_has(locale, key)
