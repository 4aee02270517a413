"""Fear of heights read in 8 languages, the sources that say work is done at heights, and an option asked and refused
("wind turbines? no … something else") that turns away from nothing (heights8, rater24 c5)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.interpretation.constraints import _group_span, _patterns, _turned_down, fold, other_than_asked
from retrieval.height_demands import height_demand

SAID = ["jag är höjdrädd", "Jag har höjdskräck", "kan inte jobba på höjd", "jag är rädd för höga höjder",
        "I'm afraid of heights", "i cant work at heights", "scared of high places",
        "أخاف من المرتفعات", "ما بقدر اشتغل على ارتفاع", "waxaan ka baqaa meelaha sare", "ብራኸ እፈርህ",
        "ኣብ ብራኸ ክሰርሕ ኣይክእልን", "از ارتفاع می‌ترسم", "نمی‌توانم در ارتفاع کار کنم", "боюся висоти",
        "не можу працювати на висоті"]
#: Heights told of, not feared; a height measured.
NOT_SAID = ["jag jobbade på höjd i tio år", "i worked at heights for years", "the height of the building",
            "دوست دارم در ارتفاع کار کنم", "я працював на висоті"]


def _codes(text: str) -> set[str]:
    return {code for code, pat in _patterns()["limitation"] if pat.search(fold(text))}


@pytest.mark.parametrize("text", SAID)
def test_fear_of_heights_is_the_heights_limitation(text):
    assert "heights" in _codes(text), (text, _codes(text))


@pytest.mark.parametrize("text", NOT_SAID)
def test_heights_told_is_no_limitation(text):
    assert "heights" not in _codes(text), (text, _codes(text))


@pytest.mark.parametrize("text,asked", [
    ("а монтаж на вітряках? ні, це висота... щось інше", True), ("Lager? Nej, något annat.", True),
    ("وتركيب توربينات الرياح؟ لا، هذا ارتفاع... شي ثاني", True), ("I want something else", False),
    ("Jag vill göra något annat. Finns det jobb?", False), ("What is it? No idea, something else", True)])
def test_an_option_asked_and_refused_then_something_else(text, asked):
    assert other_than_asked(text) is asked, text


def _proposals(text: str) -> list[tuple[str, bool]]:
    """(the option proposed, whether it is turned down at once) for each proposal cue of ``text``."""
    folded = fold(text)
    return [(folded[s[0]:s[1]].strip(), _turned_down(folded, s[1], _patterns()["option_refused"]))
            for _, pat in _patterns()["proposal"] for m in pat.finditer(folded) if (s := _group_span(m)) is not None]


@pytest.mark.parametrize("text,down", [
    ("ምትካል ማሽን ንፋስ ሓይሊከ? ኣይፋል፡ እዚ ብራኸ እዩ... ካልእ ነገር", True), ("ምትካል ማሽን ንፋስ ሓይሊከ፧ ኣይፋል", True),
    ("what about a shop? no, something else", True), ("نصب توربین بادی چطور؟ نه، آن ارتفاع است", True),
    ("what about a shop? I like people", False), ("ምትካል ማሽን ንፋስ ሓይሊከ?", False),
    ("kanske butik. Nej, jag vet inte", False)])
def test_an_option_turned_down_at_once_is_no_wish(text, down):
    found = _proposals(text)
    assert found and all(d is down for _, d in found), (text, found)


def _rt(demanded=(), essentials=(), definition=""):
    occ = SimpleNamespace(definition=definition)
    rel = SimpleNamespace(
        demanded_skills=lambda _id: [SimpleNamespace(label=x) for x in demanded],
        esco_skills_for_occupation=lambda *a, **k: [SimpleNamespace(label=x, skill_uri=f"http://e/skill/{i}", weight=1.0)
                                                   for i, x in enumerate(essentials)],
        occupation=lambda _id: occ, description_doc=lambda _id: None)
    return SimpleNamespace(relations=rel, store=None)


@pytest.mark.parametrize("rt,doc", [
    (_rt(demanded=["Höghöjdsarbete"]), "jobtech:occupation-name:x"),
    (_rt(essentials=["follow safety procedures when working at heights"]), "esco:skill:0"),
    (_rt(definition="Monterar och underhåller skyltar, exempelvis på fasader och tak."), "jobtech:occupation-name:x"),
])
def test_the_sources_that_say_work_at_heights(rt, doc):
    found = height_demand("x", "Yrke", rt)
    assert found is not None and found.doc_id == doc and found.reason == "heights", found


def test_a_ladder_to_a_shelf_is_no_work_at_heights():
    rt = _rt(demanded=["Kassaarbete"], essentials=["assist customers"],
             definition="De använder stegar för att nå höga hyllor.")
    assert height_demand("x", "Butikssäljare", rt) is None
