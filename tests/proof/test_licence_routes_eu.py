"""The licence route follows where the person trained (issue 10, "no route into regulated professions"):
a nurse who worked in Poland and writes English, Ukrainian or Arabic gets the EU/EEA steps, not the
outside-EU ones (before, anyone writing another language than Swedish got the outside-EU route); a
nurse from Syria still gets the outside-EU steps. "Do I need Swedish?" about a licensed profession
quotes the step about the Swedish language level, never one that only names a Swedish degree (a
pharmacist in easy Swedish was told "finish the degree at a Swedish university")."""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import Person, cited, said

POLAND = said("nurse_poland_licence")
PHARMACIST = {k: v for k, v in said("pharmacist_licence").items() if k in ("sv", "sv-easy", "ar")}
#: The Swedish language-level wording in the quoted step (Svenska 3, C1 …).
LEVEL = re.compile(r"Svenska 3|andraspråk 3|C1", re.I)


def _steps_heading(locale: str, route: str) -> str:
    return str(lookup(locale, f"licence.steps_{route}"))


@pytest.mark.parametrize("locale", list(POLAND))
def test_nurse_trained_in_poland_gets_the_eu_route(client, locale):
    body = Person(client, locale).say(POLAND[locale])
    answer = body["answer"]
    assert body["action"] == "licence", answer
    assert [c["title"] for c in cited(body, "regulated_profession")][0].startswith("Sjuksköterska"), body["citations"]
    assert _steps_heading(locale, "eu") in answer, answer
    assert _steps_heading(locale, "outside_eu") not in answer, answer
    assert (body.get("profile") or {}).get("experiences", [{}])[0].get("country") == "PL", body.get("profile")
    # The page cited is Socialstyrelsen's for those trained in the EU/EEA, not the outside-EU page (rater 3).
    url = cited(body, "regulated_profession")[0]["url"]
    assert "inom-eu" in url and "utanfor-eu" not in url, url


def test_nurse_trained_in_syria_keeps_the_outside_eu_route(client):
    body = Person(client, "en").say(said("nurse_syria_licence")["en"])
    assert body["action"] == "licence", body["answer"]
    assert _steps_heading("en", "outside_eu") in body["answer"], body["answer"]
    assert _steps_heading("en", "eu") not in body["answer"], body["answer"]
    assert "utanfor-eu" in cited(body, "regulated_profession")[0]["url"], body["citations"]


@pytest.mark.parametrize("locale", list(PHARMACIST))
def test_do_i_need_swedish_quotes_the_language_step(client, locale):
    person = Person(client, locale)
    person.say(PHARMACIST[locale])
    body = person.press("swedish")
    quoted = [c for c in cited(body, "regulated_profession") if c.get("snippet")]
    assert quoted, (body["answer"], body["citations"])
    step = quoted[0]["snippet"]
    assert LEVEL.search(step), step
    assert not re.search(r"universitet|högskol|examen från", step, re.I), step


OTHER_EU = said("nurse_other_eu_licence")


@pytest.mark.parametrize("locale", list(OTHER_EU))
def test_nurse_trained_elsewhere_in_the_eu_gets_the_eu_route(client, locale):
    """Germany and Finland are EU countries the story names like Poland (the form helper found only Poland known)."""
    body = Person(client, locale).say(OTHER_EU[locale])
    assert body["action"] == "licence", body["answer"]
    assert _steps_heading(locale, "eu") in body["answer"], body["answer"]
