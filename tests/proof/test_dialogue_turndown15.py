"""A field turned down in other words is never shown again, and the question beside it is answered (rater28 class 2).

- "I don't know X" of the field the answer just showed (rater28 c01 so T2: "Maya, xisaabta ma aqaan" – no, I don't
  know accounting – and Ekonomiassistent stayed first): X is refused, as "I don't want X" would be.
- "X is nothing for me" said flat, with no "?" ("Ingenjör är inget för mig", "Engineering isn't for me"): a refusal.
- "One more, not Y" (rater28 c04 fa T4 «یک کار دیگر هم بگویید …، نه بسته‌بندی»): the tailoring wanted is kept, and
  only the packing is refused.

Through the real app over the shared test store, in all 8 languages; the sentences live in
phrases/dialogue_turndown15.yaml (the warehouse worker and the tailor are refuse14's).
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, cited, constraints, groups, said_all, wording_literal

(OFFICE, DONT_KNOW, NOTHING_FOR_ME, ONE_MORE_NOT, WAREHOUSE, TAILOR) = said_all(
    "turndown15_office", "turndown15_dont_know_shown", "turndown15_nothing_for_me", "turndown15_one_more_not",
    "refuse14_warehouse", "refuse14_tailor")
#: Accounting: Ekonomiassistenter m.fl. (4111), Redovisningsekonomer (3313).
ACCOUNTING_GROUPS = ("4111", "3313")
ACCOUNTING = re.compile(r"redovisning|ekonomiassistent|bokför|revision", re.I)
RECEPTIONISTS = ("422",)  # (Hotell-, Kontors-, Receptionist …)
#: Engineers: civilingenjörsyrken (214x) and ingenjörer och tekniker (311x).
ENGINEER_GROUPS = ("214", "311")
WAREHOUSE_SUPERVISORS = {"aquM_nAF_dtw", "xrfp_Jx6_8pZ", "bCsy_iwx_LsH"}
#: Handpaketerare och andra fabriksarbetare (Packare).
PACKING_GROUPS = ("9321",)
PACKING = re.compile(r"pack|paket", re.I)
TAILORS = {"ras1_rJP_9UX", "eNuV_KQ1_n3y", "9X5m_3HX_xv5"}

#: Measured once the fix was in (17 of 24 passed); each gap left with its reason.
_ASKED = ("the refusal is honoured (the field is refused and not shown), but the question beside it is not read as "
          "a question about the {what}: the answer is a new list without it")
_GAPS: dict[tuple[str, str], str] = {
    ("dont_know", "so"): _ASKED.format(what="receptionist ('Ma noqon karaa receptionist?')"),
    ("dont_know", "ti"): _ASKED.format(what="receptionist ('ከም ረሰፕሽኒስት ክሰርሕ ይኽእል ድየ?')"),
    ("dont_know", "fa"): _ASKED.format(what="receptionist ('می‌توانم رسپشنیست شوم؟')"),
    ("nothing_for_me", "en"): _ASKED.format(what="warehouse supervisor ('Could I become a warehouse supervisor?')"),
    ("nothing_for_me", "fa"): _ASKED.format(what="warehouse supervisor ('میتوانم سرپرست گدام شوم؟')"),
    ("nothing_for_me", "uk"): "'Інженерія — це не моє' is a refusal of «Інженерія» now, but the word links to no "
                              "occupation: the lexicon's stem tolerance does not reach 'інженерія' from the title "
                              "'інженер' (the terms added to engineer_generic are not matched); the engineers are "
                              "not shown",
    ("one_more_not", "so"): "'Ii sheeg hal shaqo …, baakadeyn maya' is one clause that starts with a request ('tell "
                            "me'), so it is read as a question and its refusal of the packing is not kept (the "
                            "tailoring is kept, no turn away)",
}


def _locales(case: str) -> list:
    return [pytest.param(loc, marks=pytest.mark.xfail(strict=False, reason=_GAPS[(case, loc)]))
            if (case, loc) in _GAPS else loc for loc in ALL]


def _refused(body: dict, titles: re.Pattern[str]) -> list[str]:
    """The labels of the refused occupations whose titles ``titles`` finds."""
    return [c["concept"]["label"] for c in constraints(body, "avoid") if c.get("concept")
            and titles.search(c["concept"].get("label") or "")]


def _refused_ids(body: dict) -> set[str]:
    return {str((c.get("concept") or {}).get("id")) for c in constraints(body, "avoid") if c.get("concept")}


def _shown_ids(body: dict) -> set[str]:
    return {o["id"] for o in body["occupations"]} | {c["id"].rsplit(":", 1)[-1] for c in cited(body, "occupation")}


@pytest.mark.parametrize("locale", _locales("dont_know"))
def test_not_knowing_the_field_just_shown_refuses_it(person, locale):
    first = person.say(OFFICE[locale])
    assert [g for g in groups(first) if g.startswith(ACCOUNTING_GROUPS)], (locale, groups(first))  # (the scene)
    body = person.say(DONT_KNOW[locale])
    assert not [g for g in groups(body) if g.startswith(ACCOUNTING_GROUPS)], (locale, groups(body), body["answer"][:400])
    assert _refused(body, ACCOUNTING), (locale, constraints(body, "avoid"))
    assert [g for g in groups(body) if g.startswith(RECEPTIONISTS)], (locale, body["action"], groups(body),
                                                                       body["answer"][:400])


@pytest.mark.parametrize("locale", _locales("nothing_for_me"))
def test_x_is_nothing_for_me_said_flat_refuses_x(person, locale):
    person.say(WAREHOUSE[locale])
    body = person.say(NOTHING_FOR_ME[locale])
    assert not [g for g in groups(body) if g.startswith(ENGINEER_GROUPS)], (locale, groups(body), body["answer"][:400])
    assert [c for c in constraints(body, "avoid") if c.get("concept")], (locale, body["profile"]["constraints"])
    assert not [w for w in body["profile"]["wishes"] if (w.get("ssyk_code") or "").startswith(ENGINEER_GROUPS)], (
        locale, body["profile"]["wishes"])
    assert "4321" in groups(body) or _shown_ids(body) & WAREHOUSE_SUPERVISORS, (locale, body["action"], groups(body),
                                                                                body["answer"][:400])


@pytest.mark.parametrize("locale", _locales("one_more_not"))
def test_one_more_but_not_y_keeps_the_trade_and_refuses_y(person, locale):
    person.say(TAILOR[locale])
    body = person.say(ONE_MORE_NOT[locale])
    assert not _refused_ids(body) & TAILORS, (locale, constraints(body, "avoid"))
    assert not any(c["value"] == "change_field" for c in constraints(body, "other")), (locale, body["profile"]["constraints"])
    for key in ("heard.leave_own", "heard.change"):  # ("you want to put tailoring aside", "… something different")
        assert wording_literal(locale, key) not in body["answer"], (locale, key, body["answer"][:400])
    assert body["occupations"], (locale, body["action"], body["answer"][:400])
    assert not [g for g in groups(body) if g.startswith(PACKING_GROUPS)], (locale, groups(body), body["answer"][:400])
    assert _refused(body, PACKING), (locale, constraints(body, "avoid"))
