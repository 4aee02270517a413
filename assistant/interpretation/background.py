"""What a self-assessment tells beside the work it links: where each statement's work was done, the education and
languages named, the years of work carried over from another clause, and the interest fallback for a text that
names nothing leading to an occupation (and its undoing where the text states a limitation instead).

Split out of assistant/interpretation/interpreter.py (issue 10: modules under ~400 lines), which segments, links and
assembles the Profile; the spans helpers live here because both read statements with them.
"""
from __future__ import annotations

import re

from assistant.interpretation.circumstances import attending_school
from assistant.interpretation.constraints import is_remark
from assistant.interpretation.corrections import correction
from assistant.interpretation.schooling import finishing_school, studying_now, trained, wished
from assistant.interpretation.segment import about_language
from assistant.interpretation.swedish_level import names_swedish_study
from assistant.interpretation.unfinished import as_done, told_studies
from assistant.interpretation.wishes import FALLBACK_INTEREST, topics
from assistant.interpretation.work_content import names_no_work_content
from vagledning.domain.profile import EducationItem, Interest, LanguageItem, Profile, Span

FALLBACK_WORDS = 4
_HAS_LETTER_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def statement_span(text: str, start: int, end: int, message: int) -> Span:
    """The span of ``text`` from ``start`` to ``end`` (clipped to the text) in message ``message``."""
    start, end = max(0, start), min(len(text), max(start, end))
    return Span(start=start, end=end, quote=text[start:end], message=message)


def in_statement(items, st) -> bool:
    """Some item's span lies within the statement."""
    return any(i.span.start >= st.start and i.span.end <= st.end for i in items)


def origins_of(sa) -> dict:
    """The place of each statement: a country abroad it names wins over "here" in the same statement (mendF21,
    rater22 conv2: «12 years a dental assistant in Iraq, no job here» read the Iraqi work as done in Sweden)."""
    out: dict = {}
    for o in sa.carried + sa.origins:
        if o.statement not in out or out[o.statement].country == "SE":
            out[o.statement] = o
    return out


def add_background(profile: Profile, sa, statements, red: str, message_index: int) -> None:
    """Education and languages the statements name, and the interest fallback (not from questions)."""
    questions = {i for i, st in enumerate(sa.statements) if st.question}
    origins = origins_of(sa)
    for edu in sa.education:
        if edu.statement in questions or wished(sa.statements[edu.statement].text):
            continue
        if "komvux" in red[edu.start:edu.end].casefold() and names_swedish_study(sa.statements[edu.statement].text):
            continue  # ("nu läser jag svenska 2 på komvux": Swedish studied at Komvux, no gymnasium had; profile31)
        origin = origins.get(edu.statement)
        band, sun, seqf = as_done(edu.band, edu.sun_level, edu.seqf, red, edu.start)  # ("… but not finished": abroad10)
        profile.education.append(EducationItem(label=band, sun_level=sun, seqf=seqf,
                                               abroad=bool(origin and origin.country != "SE"),
                                               in_progress=studying_now(sa.statements[edu.statement].text),
                                               span=statement_span(red, edu.start, edu.end, message_index), confidence=0.8))
    abroad = {s for s, o in origins.items() if o.country != "SE"}
    trained(profile, sa, red, message_index, abroad)
    told_studies(profile, sa, red, message_index, abroad)  # (studies told unfinished, of any degree: nursing12)
    for spoken in sa.languages:
        if spoken.statement in questions:
            continue
        code = "fa" if spoken.code == "prs" else spoken.code
        if not any(l.code == code for l in profile.languages):
            profile.languages.append(LanguageItem(code=code, span=statement_span(red, spoken.start, spoken.end, message_index),
                                                  confidence=0.9))
    if not (profile.experiences or profile.interests or any(w.concept for w in profile.wishes)):
        # Nothing that leads to an occupation: what the person said about themselves is read as
        # what they like, so the interest route (retrieval/interests) can still suggest directions.
        for si, st in enumerate(statements):
            if in_statement([w for w in profile.wishes if w.kind == "study"], st) and not topics(st.text, None):
                continue  # ("I want to learn something new" names no field: no teachers by its meaning; read19)
            # (a greeting or a few words say nothing about the person: at least FALLBACK_WORDS words)
            # (nor does a question, or a statement about a language: "I know a little Swedish", nor a
            # remark on a licence, health, a fear or hours: "I have no Swedish B licence" led to analysts)
            # (nor where one lives: "I live in Linköping with my two kids" led to preschool teachers)
            # (nor going to school, told or asked: "may one work at 17 or must one go to school"; circum25)
            if st.kind in ("other", "experience", "interest", "wish", "education") and not st.question \
                    and not names_no_work_content(st.text) and not finishing_school(st.text) \
                    and not attending_school(st.text) \
                    and not any(sp.statement == si for sp in sa.languages) and not about_language(st.text) \
                    and not is_remark(st.text) and correction(st.text) is None \
                    and len(_HAS_LETTER_WORD.findall(st.text)) >= FALLBACK_WORDS:
                profile.interests.append(Interest(label=st.text.strip()[:120],
                                                  span=statement_span(red, st.start, st.end, message_index),
                                                  confidence=FALLBACK_INTEREST))


def carry_years(profile: Profile, sa, message: int) -> None:
    """Years said in another clause than the title ("I am an accountant from Kyiv, I worked 12 years in
    a company", "طبيبة أسنان من سوريا، عملت ١٢ سنة"): when the message states one number of years,
    it is the years of the work it names (two different numbers stay with their own clauses). Years
    already held by the work of their own clause stay there: "I drove buses 15 years and later ran a
    bakery" gives the bakery no years."""
    asked = {i for i, st in enumerate(sa.statements) if st.question}
    said = {y.years for y in sa.years if y.statement not in asked}
    if len(said) != 1:
        return
    years = said.pop()
    if any(e.years == years and e.span and e.span.message == message for e in profile.experiences):
        return
    for e in profile.experiences:
        if e.years is None:
            e.years = years


def drop_fallback_on_constraints(profile: Profile) -> None:
    """A statement read as an interest only because nothing else was found is no interest when it
    states a limitation, a refusal or an age ("my back hurts" led to therapists' jobs "that match
    your interests")."""
    said = [c.span for c in profile.constraints if c.span and c.kind not in ("region", "municipality")]
    profile.interests = [i for i in profile.interests if i.confidence != FALLBACK_INTEREST or not i.span or not any(
        s.message == i.span.message and s.start < i.span.end and i.span.start < s.end for s in said)]
