"""Form and fitting education from the person's side, in all 8 languages (issue 10 items 5 and 7).

Real FastAPI app, real service over the shared test store, conversation and profile carried
client-side as the widget does. Turn 1: work done and a place; turn 2: the widget's course quick
reply. Checked: at most three occupations and about 1,200 characters before the next steps; no
sentence pattern repeated for every occupation; at most three education items, each linked to a
presented occupation's SSYK group (courses) and in the person's county or at a distance; no link
into an editing/admin view; the numbers of every sentence citing a statistics document are in the
snippet shown with that citation; the reply is in the language written; Swedish terms are glossed.
"""
from __future__ import annotations

import re

import pytest

from assistant.interpretation.language import detect_language
from assistant.locales import lookup, text
from tests.dialogue_support import Person as Widget
from tests.dialogue_support import cited, numbers_outside_snippets, wording_start
from vagledning.domain.links import link_problem

pytestmark = pytest.mark.slow

SKANE, UPPSALA, VG, STHLM = "CaRE_1nn_cSU", "zBon_eET_fFU", "zdoY_6u5_Krt", "CifL_Rzy_Mku"
CONVERSATIONS = {
    "sv": ("Jag har jobbat som undersköterska i tio år och bor i Uppsala.", UPPSALA),
    "sv-easy": ("Jag jobba som kock fem år. Jag bor i Malmö.", SKANE),
    "en": ("I worked as a cook for six years in Syria. I live in Malmö.", SKANE),
    "ar": ("عملت طباخ في سوريا لمدة خمس سنوات. أسكن في مالمو", SKANE),
    "so": ("Waxaan ahaa cunto karis Soomaaliya shan sano. Waxaan ku noolahay Göteborg.", VG),
    "ti": ("ኣብ ሆቴል ከም ከሻኒ ሰሪሐ። ኣብ ስቶክሆልም እየ ዝነብር።", STHLM),
    "fa": ("من پنج سال آشپز بودم. در مالمو زندگی می‌کنم.", SKANE),
    "uk": ("Я працював кухарем в Україні п'ять років. Живу в Мальме.", SKANE),
}
MAX_BEFORE_NEXT = 1400          # "about 1,200 characters" (glosses in parentheses included)
SCRIPT = {"ar": "Arabic", "fa": "Arabic", "ti": "Ethiopic", "uk": "Cyrillic"}



def before_next_steps(locale: str, answer: str) -> str:
    heading = text(locale, "next.heading")
    return answer.split(heading)[0].strip()


def education_problems(service, body: dict, region: str) -> list[str]:
    rt = service.rt
    groups = {o["ssyk_code"] for o in body["occupations"] if o.get("ssyk_code")}
    out = []
    for c in body["citations"]:
        if c["kind"] not in ("course", "programme"):
            continue
        doc = rt.store.get_docs(c["kind"], [c["id"]])[c["id"]]
        meta = doc["metadata"]
        if c["kind"] == "course" and not groups & set(meta.get("ssyk_codes") or []):
            out.append(f"course not linked to {groups}: {c['title']}")
        distance = "distans" in (c["title"] + " " + str(meta.get("study_form", "")) + doc.get("text", "")[:200]).lower()
        # Elsewhere is allowed only in a course answer with nothing near, which names the place (assistant/evidence.py).
        named = (meta.get("place") or next(iter(meta.get("municipalities") or []), "-")) in body["answer"]
        if region not in (meta.get("region_ids") or []) and not distance and not (body["action"] == "courses" and named):
            out.append(f"not in region and not at a distance: {c['title']} {meta.get('region_ids')}")
    return out


@pytest.mark.parametrize("language", list(CONVERSATIONS))
def test_first_answer_form_and_education(client, service, language):
    message, region = CONVERSATIONS[language]
    conv = Widget(client, language)
    body = conv.say(message)
    locale = body["language"]
    assert locale == language
    answer = body["answer"]
    head = before_next_steps(locale, answer)
    print(f"{language}: {len(head)} characters before the next steps, {len(answer)} in all, "
          f"{len(body['occupations'])} occupations, {len(body['citations'])} sources")
    assert 1 <= len(body["occupations"]) <= 3
    assert len(head) <= MAX_BEFORE_NEXT, head
    # Varied: the occupations are not introduced by the same sentence pattern.
    starts = [p.split("«")[0] for p in head.split("\n\n") if "«" in p]
    assert len(starts) == len(set(starts)) or len(starts) < 2, starts
    edu = cited(body, "course", "programme")
    assert len(edu) <= 3
    assert not education_problems(service, body, region)
    assert not [c["url"] for c in body["citations"] if link_problem(c["url"])]
    assert not numbers_outside_snippets(body)
    # The reply is in the language written (script for non-Latin languages).
    plain = re.sub(r"«[^»]*»|\([^)]*\)|\[\d+\]|https?://\S+", " ", head)
    guess = detect_language(plain)
    if language in SCRIPT:
        assert guess.script == SCRIPT[language]
    else:
        assert guess.code == ("sv" if language == "sv-easy" else language), (guess, plain[:200])
    # Swedish terms are explained in the reader's language.
    if locale not in ("sv", "sv-easy") and "Arbetsförmedlingen" in answer:
        gloss = lookup(locale, "gloss.terms")["Arbetsförmedlingen"]
        assert gloss.casefold() in answer.casefold()

    body = conv.press("courses")
    edu = cited(body, "course", "programme")
    assert len(edu) <= 3
    assert not education_problems(service, body | {"occupations": body["occupations"] or []}, region) \
        or not body["occupations"]
    assert not [c["url"] for c in body["citations"] if link_problem(c["url"])]


def test_no_education_when_the_person_wants_a_job_now(client):
    conv = Widget(client, "sv")
    body = conv.say("Jag har jobbat som kock i fem år och bor i Malmö. Jag vill inte studera nu, jag vill ha jobb.")
    assert body["occupations"]
    assert not cited(body, "course", "programme")


def test_reply_follows_the_language_written_and_offers_to_switch(client):
    conv = Widget(client, "sv")
    body = conv.say("عملت طباخ في سوريا لمدة خمس سنوات. أسكن في مالمو")
    assert body["language"] == "ar"
    switch = wording_start("ar", "language.switch")
    assert body["answer"].startswith(switch)
    first = body["answer"].split("\n")[0]                  # the selector's language named in Arabic
    assert lookup("ar", "language.called.sv") in first and "svenska" not in first.casefold()
    body = conv.say("ok")                                     # says nothing about its language
    assert body["language"] == "ar"
    assert switch not in body["answer"]                       # the offer is made once


def test_a_maths_teacher_gets_no_film_course(client):
    conv = Widget(client, "sv")
    body = conv.say("Jag är mattelärare från Syrien och bor i Uppsala. Vad kan jag jobba med?")
    titles = " ".join(c["title"] for c in body["citations"])
    assert "Dokumentärfilm" not in titles and "Mission" not in titles
