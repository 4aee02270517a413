"""Fast tests of the turn pipeline's steps: intents, profile merge, policy, citations, templates."""
from __future__ import annotations

import re

import pytest

from assistant.citations import check
from assistant.composers.grounded import GroundedComposer
from assistant.contract import ChatMessage, ChatRequest, Citation
from assistant.engine import Engine
from assistant.intents import detect_intent
from assistant.locales import locale
from assistant.state import LOCALES
from tests.assistant_fakes import KOCK_COURSE, KOCK_DOC, KOCK_STATS, fake_engine, stream_events
from vagledning.domain.evidence import Evidence
from vagledning.domain.profile import ConceptRef, Experience, Profile, SkillItem, Span, merge_profiles

SPAN = Span(start=0, end=1, quote="x")


@pytest.mark.parametrize("text,intent", [
    ("Hej!", "greeting"), ("", "greeting"), ("what does a CNC operator do?", "describe"),
    ("Vad tjänar man?", "salary"), ("Which courses in Malmö?", "courses"), ("Do I need Swedish?", "swedish"),
    ("I don't know what I want", "explore"), ("Jag har jobbat som kock i 6 år", "provide"),
    ("Jag talar svenska och arabiska", "provide"), ("ماذا يفعل مساعد التمريض؟", "describe"),
    ("كم الراتب؟", "salary"), ("هل أحتاج اللغة السويدية؟", "swedish"), ("Koorsooyin Malmö ma jiraan?", "courses"),
    ("Яка зарплата?", "salary"), ("Чи потрібна шведська?", "swedish"), ("دوره‌ها در مالمو کجا هستند؟", "courses"),
    ("ደሞዝ ክንደይ እዩ?", "salary"), ("Привіт", "greeting"), ("Не знаю, ким хочу працювати", "explore"),
])
def test_intents_across_languages(text, intent):
    assert detect_intent(text) == intent


def _skill(sid: str) -> SkillItem:
    return SkillItem(id=sid, label=sid, span=SPAN, confidence=0.9)


def test_merge_dedupes_by_concept_and_keeps_removed_skills_removed():
    occ = ConceptRef(id="JbJw_as4_S93", kind="occupation", label="Kock")
    base = Profile(experiences=[Experience(occupation=occ, span=SPAN, confidence=0.8)], skills=[_skill("a")],
                   removed_skill_ids=["b"])
    new = Profile(experiences=[Experience(occupation=occ, span=SPAN, confidence=0.9)],
                  skills=[_skill("a"), _skill("b"), _skill("c")])
    merged = merge_profiles(base, new, language="sv")
    assert [e.occupation.id for e in merged.experiences] == ["JbJw_as4_S93"]
    assert [s.id for s in merged.skills] == ["a", "c"]
    assert merged.removed_skill_ids == ["b"]
    assert merged.language == "sv"


def test_citation_check_removes_unknown_ids_renumbers_and_counts():
    ev = [Evidence(doc_id="a:1", kind="occupation", type="occupation", title="Kock"),
          Evidence(doc_id="b:2", kind="course", type="course", title="Kockutbildning")]
    cits = [Citation(n=1, id="a:1", kind="occupation", title="Kock"),
            Citation(n=2, id="evil:9", kind="ad", title="x"),
            Citation(n=3, id="b:2", kind="course", title="Kockutbildning")]
    text = "Kock passar dig [1]. Det fanns 900 annonser [2]. Läs Kockutbildning [3]. Lönen är 30 000 kr [7]."
    r = check(text, cits, ev)
    assert r.removed == 2  # evil:9 and the invented [7]
    assert [(c.n, c.id) for c in r.citations] == [(1, "a:1"), (2, "b:2")]
    assert "[3]" not in r.text and "[7]" not in r.text
    assert "Läs Kockutbildning [2]." in r.text
    assert r.uncited == 2  # "900 annonser" and "30 000 kr" lost their sources


def test_every_locale_has_every_template_key():
    def keys(d, p=""):
        out = set()
        for k, v in d.items():
            out |= keys(v, f"{p}{k}.") if isinstance(v, dict) else {f"{p}{k}"}
        return out
    reference = {k for k in keys(locale("en")) if not k.startswith("gloss.")}
    for loc in LOCALES:
        assert reference <= keys(locale(loc)), loc


def _engine() -> Engine:
    from vagledning.settings import Settings

    return fake_engine(Settings(llm_base_url=None))


@pytest.mark.parametrize("lang,greeting", [("sv", "Hej"), ("en", "Hello"), ("ar", "مرحباً"), ("so", "Salaan"),
                                            ("ti", "ሰላም"), ("fa", "سلام"), ("uk", "Вітаю"), ("sv-easy", "Hej")])
def test_greeting_then_one_question_in_the_users_language(lang, greeting):
    r = _engine().turn(ChatRequest(messages=[ChatMessage(role="user", content="")], language=lang))
    assert r.answer.startswith(greeting)
    assert r.answer.strip().endswith(locale(lang)["ask"]["experience"])
    assert r.citations == [] and r.uncited_sentences == 0


def test_suggestions_cite_evidence_and_state_its_numbers():
    eng = _engine()
    req = ChatRequest(messages=[ChatMessage(role="user", content="I worked as a cook for six years in Syria")],
                      language="en")
    r = eng.turn(req)
    assert {c.id for c in r.citations} <= {KOCK_DOC, KOCK_STATS, KOCK_COURSE, "ad:scraped-2020:inj-1"}
    assert "7,813" in r.answer and "30,500" in r.answer  # suggestions give the median; the range is in the salary answer
    assert "no forecast" in r.answer  # no outlook evidence: said plainly
    assert "general guidance" in r.answer and "Platsbanken" in r.answer
    assert "UHR" not in r.answer  # a cook who named no education: nothing for UHR to assess (next_steps.uhr_fits)
    assert r.uncited_sentences == 0 and r.removed_citations == 0
    # every marker points at a citation
    assert {int(n) for n in re.findall(r"\[(\d+)\]", r.answer)} == {c.n for c in r.citations}
    assert r.profile.experiences[0].occupation.id == "JbJw_as4_S93"
    # the follow-up: the salary of the occupation in focus
    msgs = req.messages + [ChatMessage(role="assistant", content=r.answer),
                           ChatMessage(role="user", content="What does it pay?")]
    r2 = eng.turn(ChatRequest(messages=msgs, profile=r.profile, language="en"))
    assert "26,800" in r2.answer and "35,200" in r2.answer
    assert [c.id for c in r2.citations] == [KOCK_STATS]


def test_grounded_composer_marks_each_factual_sentence():
    eng = _engine()
    r = eng.turn(ChatRequest(messages=[ChatMessage(role="user", content="Jag har jobbat som kock")], language="ar"))
    # the Swedish title, the occupation's name in Arabic (the curated lexicon's) and the gloss
    assert "«Kock, à la carte» (طباخ/ة؛ اسم مهنة سويدي)" in r.answer
    assert r.uncited_sentences == 0
    assert GroundedComposer.name == "grounded"


def test_which_occupation_when_nothing_is_in_focus():
    r = _engine().turn(ChatRequest(messages=[ChatMessage(role="user", content="Vad tjänar man?")]))
    assert r.answer == locale("sv")["which_occupation"]
    assert r.citations == []


def test_terminal_chat_streams_and_lists_sources():
    import io

    from rich.console import Console

    from assistant.chat_cli import run_chat

    out = io.StringIO()
    inputs = iter(["Jag har jobbat som kock", "/clear", "/quit"])
    run_chat(None, "sv", False, engine=_engine(), console=Console(file=out, width=120),
             input_fn=lambda: next(inputs))
    text = out.getvalue()
    assert "Kock, à la carte" in text and "Källor" in text and "[1]" in text
    assert "atlas.jobtechdev.se" in text  # sources are listed with their URLs
    assert "Samtalet är rensat" in text


def test_stream_reports_errors_as_an_error_event():
    from vagledning.errors import VagledningError

    def broken(*a, **k):
        raise VagledningError("Store down.", status=503, code="store_unavailable")

    from vagledning.settings import Settings

    eng = fake_engine(Settings(), interpret=broken)
    events = stream_events(eng, ChatRequest(messages=[ChatMessage(role="user", content="kock")]))
    assert [e.event for e in events] == ["error"]
    assert events[0].data == {"code": "store_unavailable", "message": "Store down.", "status": 503}


def test_uhr_is_offered_for_upper_secondary_schooling_abroad_never_for_compulsory_school_alone():
    """rater28 (sv-easy): six years of school in Syria was sent to UHR, which assesses upper-secondary education and
    above (next_steps.uhr_fits by the education's SUN level; an unknown level is still offered)."""
    from assistant.next_steps import uhr_fits
    from vagledning.domain.profile import EducationItem

    def fits(**kw) -> bool:
        said = Span(start=0, end=6, quote="school")
        return uhr_fits(Profile(education=[EducationItem(label="school", abroad=True, span=said, confidence=0.8, **kw)]),
                        None)

    assert not fits(sun_level="2") and not fits(sun_level="1")
    assert fits(sun_level="3") and fits(sun_level="5") and fits()
