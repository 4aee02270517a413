"""Language form in every locale (rater15, Arabic and Dari conversations):

- one name, one occupation: «Apotekare» and «Receptarie» were both glossed «صيدلي», and a pharmacist trained abroad
  took two professions with different licences for one. The occupations an answer presents never share the name
  in the reader's language that follows their Swedish title (assistant/occupation_names.py; the curated lexicon
  names Receptarie on its own);
- no English source words in an answer of another language: ESCO's "lift heavy weights" was said inside a Dari
  answer. A working-conditions answer, and any other, in sv, sv-easy, ar, so, ti, fa and uk holds no run of English
  words and no English title of a cited source outside a «quote» (assistant/esco_words.py; snippets stay the
  source's own words).

Through the real app over the shared test store; the sentences live in phrases/dialogue_lang15.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from assistant.occupation_names import own_name
from tests.dialogue_support import ALL, said_all

PHARMACIST, WAREHOUSE_BACK, IS_IT_HEAVY = said_all("lang15_pharmacist_abroad", "lang15_warehouse_back",
                                                   "lang15_is_it_heavy")
PHARMACY = ("Apotekare", "Receptarie", "Apoteksassistent", "Apotekstekniker")
#: English function words no other locale's answer uses as words of its own (not "in", "is", "an": Somali words).
ENGLISH = frozenset("the and with of for from your their this that to on by are you".split())


def _names(body: dict, locale: str) -> dict[str, str]:
    """Presented occupation -> the name in the reader's language written after its Swedish title, if any."""
    generic = str(lookup(locale, "gloss.occupation"))
    out = {}
    for o in body["occupations"]:
        m = re.search(re.escape(f"«{o['label']}» (") + r"([^()]*)\)", body["answer"])
        if m and m.group(1).strip() != generic:
            out[o["label"]] = re.split(r"[;؛፤]\s*", m.group(1))[0].strip()
    return out


def english_runs(answer: str) -> list[str]:
    """Runs of three or more Latin words, two of them English function words, outside «quotes» and addresses."""
    bare = re.sub(r"«[^»]*»|https?://\S+", " | ", answer)
    found, run = [], []
    for token in bare.split() + ["|"]:
        word = token.strip(".,:;!?()[]\"'–-").casefold()
        if word.isascii() and word.isalpha():
            run.append(word)
            continue
        if len(run) >= 3 and sum(w in ENGLISH for w in run) >= 2:
            found.append(" ".join(run))
        run = []
    return found


@pytest.mark.parametrize("locale", ALL)
def test_occupations_shown_together_never_share_a_name(person, locale):
    body = person.say(PHARMACIST[locale])
    labels = [o["label"] for o in body["occupations"]]
    assert any(label in PHARMACY for label in labels), (locale, labels, body["answer"])
    if body["action"] in ("suggest", "explore") and "Receptarie" not in labels:
        body = person.press("more")  # (the pharmacy occupations the first answer left for later)
    names = _names(body, locale)
    assert len(set(names.values())) == len(names), (locale, names)
    for label, name in names.items():  # the lexicon's own name, the one given to that occupation alone
        assert name == own_name(locale, label) or str(own_name(locale, label)).startswith(name), (locale, label, name)
    if locale in ("sv", "sv-easy"):
        assert not names, names
    elif "Receptarie" in names and "Apotekare" in names:
        assert names["Receptarie"] != names["Apotekare"]


@pytest.mark.parametrize("locale", [x for x in ALL if x != "en"])
def test_no_english_source_words_in_another_language(person, locale):
    answers = [person.say(WAREHOUSE_BACK[locale]), person.say(IS_IT_HEAVY[locale])]
    for body in answers:
        assert not english_runs(body["answer"]), (locale, english_runs(body["answer"]), body["answer"])
        for c in body["citations"]:
            if c["kind"] == "esco_skill":  # (ESCO's English label: its snippet may say it, the answer never)
                assert c["title"].casefold() not in body["answer"].casefold(), (locale, c["title"], body["answer"])
