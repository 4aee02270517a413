"""What a person told of an a-kassa membership and their work, read in the 8 languages (akassa29:
assistant/told_terms.py), the 12 months' figure is the curated card's, and every locale says each verdict with its
figures."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.locales import lookup
from assistant.state import LOCALES
from assistant.told_terms import MEMBER_MONTHS, akassa_verdict, told
from ingest.sources.routes import load


def _state(*messages: str) -> SimpleNamespace:
    request = SimpleNamespace(messages=[SimpleNamespace(role="user", content=m) for m in messages])
    return SimpleNamespace(request=request, profile=SimpleNamespace(experiences=[]))


@pytest.mark.parametrize(("text", "member", "work", "full"), [
    ("member of the a-kassa 14 months and worked full time 2 years", 14, 24, True),
    ("joined the a-kassa fourteen months ago. worked there full time for two years", 14, 24, True),
    ("jag har varit med i a-kassan i fjorton månader och jobbat heltid i två år", 14, 24, True),
    ("انا عضو بال a-kassa من ١٤ شهر واشتغلت دوام كامل هون سنتين", 14, 24, True),
    ("14 bilood ayaan xubin ka ahaa a-kassa, laba sano ayaan shaqeeyay waqti buuxa", 14, 24, True),
    ("ን14 ወርሒ ኣባል a-kassa እየ፡ ክልተ ዓመት ምሉእ ግዜ ሰሪሐ", 14, 24, True),
    ("۱۴ ماهه عضو a-kassa هستم و ۲ ساله اینجا تمام وقت کار کردم", 14, 24, True),
    ("я 14 місяців член a-kassa і два роки працював на повну ставку", 14, 24, True),
    ("har bara varit med i a-kassan i 5 månader", 5, None, False),
])
def test_membership_and_work_are_read(text, member, work, full):
    t = told(_state(text))
    assert (t.member_months, t.work_months, t.full_time) == (member, work, full)


def test_facts_told_in_an_earlier_message_count():
    assert akassa_verdict(_state("I worked full time for 2 years", "member of the a-kassa 14 months. yes or no?")) \
        == ("told_terms.akassa_yes", {"months": 14, "years": 2})


def test_nothing_told_gives_no_verdict_and_a_short_membership_is_no_plain_yes():
    assert akassa_verdict(_state("can I get a-kassa?")) is None
    assert akassa_verdict(_state("member of the a-kassa 5 months, worked full time 3 years"))[0] == \
        "told_terms.akassa_short"


def test_the_months_are_the_cards():
    summary = next(r for r in load().routes if r.key == "akassa_villkor").summary_sv
    assert f"minst {MEMBER_MONTHS} månader" in summary


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_says_each_verdict_with_its_figures(locale):
    for key in ("akassa_yes", "akassa_income_open", "akassa_short", "akassa_member_open", "omstallning_yes"):
        text = str(lookup(locale, f"told_terms.{key}")).format(months=14, years=2, age=47)
        assert "14" in text or "2" in text, (locale, key)
