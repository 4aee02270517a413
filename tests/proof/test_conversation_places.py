"""Memory of place through the real API, in all 8 languages (issue 10 item 3).

Each conversation goes through the real FastAPI app (``POST /v1/chat?stream=false``) over the
real service and the shared test store, the client carrying messages and profile as the widget
does. Turn 1 names the place, in that language's script (lower case, no diacritics, a case
ending...); turns 2 and 3 must not ask for it again, and their demand sentence must be the
regional one for that county.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup, text
from tests.api_support import WidgetClient

pytestmark = pytest.mark.slow

REGION = {"Uppsala län": "zBon_eET_fFU", "Östergötlands län": "oLT3_Q9p_3nn", "Västra Götalands län": "zdoY_6u5_Krt",
          "Skåne län": "CaRE_1nn_cSU", "Stockholms län": "CifL_Rzy_Mku"}

# language: (turn 1: the place, turn 2: work done, expected county)
CONVERSATIONS = {
    "sv": ("Hej! Jag bor i uppsala.", "Jag har jobbat som kock i sex år.", "Uppsala län"),
    "sv-easy": ("hej jag bo i linkoping", "Jag jobba som kock förut.", "Östergötlands län"),
    "en": ("Hi, I live in gothenburg.", "I worked as a cook for six years.", "Västra Götalands län"),
    "ar": ("مرحبا، أسكن في مالمو", "عملت طباخ في سوريا لمدة خمس سنوات", "Skåne län"),
    "so": ("Waxaan ku noolahay Göteborg", "Waxaan ahaa cunto karis Soomaaliya", "Västra Götalands län"),
    "ti": ("ኣብ ስቶክሆልም እየ ዝነብር", "ኣብ ሆቴል ከም ከሻኒ ሰሪሐ", "Stockholms län"),
    "fa": ("من در اوپسالا زندگی می‌کنم", "من پنج سال آشپز بودم", "Uppsala län"),
    "uk": ("Я живу в Мальме", "Я працював кухарем в Україні", "Skåne län"),
}



def regional_demand(locale: str, region: str) -> re.Pattern[str]:
    """The locale's regional demand sentence for ``region``, numbers left open."""
    template = lookup(locale, "occ.demand_region").rstrip(".。።۔")   # the citation marker goes before the stop
    parts = re.split(r"(\{\w+\})", template)
    number = r"[\d\s\u00a0\u202f.,'٬٫٠-٩۰-۹]+"
    return re.compile("".join(re.escape(region) if p == "{region}" else number if p.startswith("{") else re.escape(p)
                              for p in parts))


def says_regional_demand(locale: str, region: str, answer: str) -> bool:
    """True when the answer states the ad count in ``region`` (citation markers aside)."""
    return bool(regional_demand(locale, region).search(re.sub(r"\s*\[\d+\]", "", answer)))


def place_of(profile: dict) -> str | None:
    return next((c["value"] for c in profile["constraints"] if c["kind"] == "region"), None)


@pytest.mark.parametrize("language", list(CONVERSATIONS))
def test_place_given_once_is_kept_and_used(client, language):
    first, work, county = CONVERSATIONS[language]
    ask_region = text(language, "ask.region")
    conv = WidgetClient(client, language)

    body = conv.say(first)
    assert place_of(body["profile"]) == REGION[county], (language, body["profile"]["constraints"])
    assert ask_region not in body["answer"]

    body = conv.say(work)                                    # suggestions: demand in the county
    assert body["profile"]["experiences"], body["profile"]
    assert place_of(body["profile"]) == REGION[county]
    assert ask_region not in body["answer"]
    assert says_regional_demand(language, county, body["answer"]), body["answer"]
    assert any(c["kind"] == "statistics" for c in body["citations"])

    body = conv.say(lookup(language, "quick.describe"))      # the widget's quick reply
    assert place_of(body["profile"]) == REGION[county]
    assert ask_region not in body["answer"]
    assert says_regional_demand(language, county, body["answer"]), body["answer"]
    assert ask_region not in " ".join(m["content"] for m in conv.messages if m["role"] == "assistant")


def test_place_named_in_a_question_is_kept(client):
    conv = WidgetClient(client, "sv")
    conv.say("Jag har jobbat som kock i sex år.")
    body = conv.say("Vilka kurser finns i uppsala?")
    assert place_of(body["profile"]) == REGION["Uppsala län"]
    body = conv.say(lookup("sv", "quick.describe"))
    assert says_regional_demand("sv", "Uppsala län", body["answer"]), body["answer"]


def test_place_from_an_earlier_message_is_recovered_when_the_profile_is_lost(client):
    conv = WidgetClient(client, "en")
    conv.say("I live in malmo")
    conv.profile = None                                      # e.g. a client that lost its state
    body = conv.say("I worked as a cook for six years.")
    assert place_of(body["profile"]) == REGION["Skåne län"]
    assert text("en", "ask.region") not in body["answer"]
    assert says_regional_demand("en", "Skåne län", body["answer"]), body["answer"]
