"""What the person told is stored right, and nothing they did not tell (profile31; rater38 class 5, issue 10).

The counsellor's findings, as kinds of sentence (own sentences, not theirs): "I finished SFI D" was kept as an
education; "I study Swedish ٢ at Komvux" kept no Swedish level past SFI; a gymnasium left with no grade in maths and
English stored English as a language spoken; "repairing watches" wished a repair carpenter; "I had my own shop … now I
want to work in a shop" wished nothing; "my boss says I must have undersköterska" stored undersköterska as work done
abroad. Now, in all 8 languages, through the real app over the shared test store, asserting on the returned profile;
the sentences live in phrases/dialogue_profile31.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

SFI_FINISHED, SWEDISH_2, SCHOOL_LEFT, WATCHES, HAD_SHOP, REQUIRED = said_all(
    "prof31_sfi_finished", "prof31_swedish_course_number", "prof31_school_left_no_grades", "prof31_watch_repair",
    "prof31_had_shop_work_in_shop", "prof31_required_not_done")
#: Shop sellers (SSYK 2012 522x, Butikssäljare).
SHOP_SELLER = "522"


def _swedish(prof: dict) -> str | None:
    return next((lang.get("level") for lang in prof["languages"] if lang["code"] == "sv"), None)


@pytest.mark.parametrize("locale", ALL)
def test_sfi_finished_is_a_swedish_level_not_an_education(person, locale):
    prof = person.say(SFI_FINISHED[locale])["profile"]
    assert not [e for e in prof["education"] if "sfi" in e["span"]["quote"].casefold() + e["label"].casefold()
                or not e.get("sun_level")], (locale, prof["education"])
    assert _swedish(prof) == "sfi_done", (locale, prof["languages"])
    assert not prof["grades"], (locale, "the SFI course's letter is no grade", prof["grades"])


@pytest.mark.parametrize("locale", ALL)
def test_a_swedish_course_number_after_sfi_is_sva(person, locale):
    prof = person.say(SWEDISH_2[locale])["profile"]
    assert _swedish(prof) == "sas_gy", (locale, prof["languages"])
    assert not prof["education"], (locale, prof["education"])


@pytest.mark.parametrize("locale", ALL)
def test_no_grade_in_english_is_no_english_spoken(person, locale):
    prof = person.say(SCHOOL_LEFT[locale])["profile"]
    assert not [lang for lang in prof["languages"] if lang["code"] == "en" and lang.get("level") is None], \
        (locale, prof["languages"])
    assert prof["education"], (locale, "the gymnasium left is schooling told")


@pytest.mark.parametrize("locale", ALL)
def test_repairing_watches_wishes_the_watchmaker(person, locale):
    prof = person.say(WATCHES[locale])["profile"]
    labels = [w["label"] for w in prof["wishes"]]
    assert "Urmakare" in labels, (locale, labels)
    assert not [x for x in labels if "snickare" in x.casefold()], (locale, labels)


@pytest.mark.parametrize("locale", ALL)
def test_work_in_a_shop_after_a_shop_one_had_is_a_wish(person, locale):
    prof = person.say(HAD_SHOP[locale])["profile"]
    assert [w for w in prof["wishes"] if (w.get("ssyk_code") or "").startswith(SHOP_SELLER)], (locale, prof["wishes"])


@pytest.mark.parametrize("locale", ALL)
def test_a_title_the_boss_requires_is_no_experience(person, locale):
    prof = person.say(REQUIRED[locale])["profile"]
    assert prof["experiences"], (locale, "the home care told is work done")
    assert not [e for e in prof["experiences"] if "underskö" in e["span"]["quote"].casefold()], \
        (locale, [(e["occupation"]["label"], e["span"]["quote"], e["abroad"]) for e in prof["experiences"]])
