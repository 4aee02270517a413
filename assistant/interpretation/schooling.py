"""Education a person is in now, not education they have: a pupil in year 9 ("går i nian", "in grade 8",
"في الصف التاسع", "в 9 класі") is in compulsory school, and the gymnasium or university they name is
what they will choose; a student ("jag pluggar ekonomi på universitetet", "навчаюся в університеті")
has that level in progress. Patterns: ``cues.yaml`` (``studying_now``; the school-year ones are the
``youth`` constraints that make a person a pupil).
"""
from __future__ import annotations

import functools
import re

from assistant.interpretation.cues import CUES_PATH
from assistant.interpretation.swedish_level import names_swedish_study
from vagledning.domain.marks import FULL_STOPS
from vagledning.domain.profile import Constraint, EducationItem, Profile, Span
from vagledning.yaml_data import load_yaml

#: SUN 2000 level of compulsory school (grundskola); above it is what a pupil has not reached yet.
COMPULSORY = "2"
_LEVELS = {"grundskola": ("2", 2), "gymnasium": ("3", 4)}
#: A qualification named by its paper (a diploma, a degree), not only by a verb of studying or finishing.
_PAPER = re.compile(r"examen|diplom|certifi|yrkesbevis|gesällbrev|degree|qualification|شهاد|دبلوم|shahaad|ዲፕሎማ|ሰርቲፊኬት"
                    r"|ምስክር|مدرک|دیپلم|диплом|кваліфікац|сертифікат|училищ", re.IGNORECASE)


@functools.cache
def _studying() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for p in doc.get("studying_now") or [])


@functools.cache
def _qualification(key: str = "qualification") -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for p in doc.get(key) or [])


def trained(profile: Profile, sa, red: str, message: int, abroad: set[int]) -> None:
    """A training, degree or diploma told without a school level ("I studied nursing", "диплом професійного
    училища", "shahaado kalkaalinimo") is education of an unknown level: the person has told it, so the
    education question is not asked (rater 5: a nurse and an electrician who named theirs were asked).
    Not from questions, wishes, negated clauses or a clause whose level was read already; ``abroad``: the
    statements told of another country."""
    from assistant.interpretation.constraints import fold

    levelled = {h.statement for h in sa.education}
    for si, st in enumerate(sa.statements):
        if st.question or st.negated or si in levelled or wished(st.text) or studying_now(st.text):
            continue
        folded = fold(st.text)
        m = next((m for p in _qualification() if (m := p.search(folded))), None)
        if m is None or any(p.search(folded) for p in _qualification("qualification_none")):
            continue
        if not _PAPER.search(m.group(0)) and names_swedish_study(st.text):
            continue  # ("SFI D я закінчила": the course finished is Swedish, no training of its own; profile31)
        a, b = st.start + m.start(), st.start + m.end()
        profile.education.append(EducationItem(label=red[st.start:st.end].strip()[:120], abroad=si in abroad,
                                               span=Span(start=a, end=b, quote=red[a:b], message=message),
                                               confidence=0.7))


def studying_now(text: str) -> bool:
    """The clause says the person studies now ("I'm studying", "pluggar", "أدرس", "навчаюся")."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    return any(p.search(folded) for p in _studying())


def wished(text: str) -> bool:
    """The clause wishes ("I want to study at university", "vill plugga på högskolan"): the education
    it names is a plan, not a level the person has."""
    from assistant.interpretation.cues import load_cues, toks_of

    toks = list(toks_of(text))
    index = load_cues().kinds
    return any(payload[0] == "wish" for i in range(len(toks)) for _, payload, _ in index.find(toks, i))


#: Words that make a school named in a refusal a workplace ("vill inte jobba på gymnasiet", "no teaching").
_WORK = re.compile(r"jobb|arbet|lärar|undervis|work|job|teach|شغل|اشتغل|عمل|معلم|تدريس|shaqo|macalin|macallin|"
                   r"ስራሕ|ምምህር|መምህር|کار|معلم|تدریس|працю|робот|вчител|виклада")


def own_schooling(focus: str) -> bool:
    """A refusal's words name a school level and no work ("gick aldrig ut gymnasiet", "never finished high
    school", "ثانوية ما كملت"): the person tells their own schooling, which is no occupation to avoid
    (rater12 conv3: upper-secondary teachers were left out for a man who never finished gymnasium)."""
    from assistant.interpretation.cues import load_cues, toks_of

    toks = list(toks_of(focus))
    index = load_cues().education
    named = any(index.find(toks, i) for i in range(len(toks)))
    return named and not _WORK.search(focus.casefold())


#: Finishing (or leaving) school, in every language: "gick ut", "klart", "finish", "كمل/خلص", "dhameyn", "ወዳእ",
#: "خلاص/تمام", "закінч".
_FINISH = re.compile(r"gick ut|klar|färdig|slutför|avslut|finish|complet|graduat|كمل|كمّل|خلص|تخرج|dham|ውድእ|ወዳእ|"
                     r"خلاص|تمام|закінч|кінчи|кончи")


def finishing_school(text: str) -> bool:
    """The clause tells whether the person finished a school level ("dugsiga sare ma dhameyn", "لیسه را خلاص
    نکردم"): their schooling, never what they like (it led to teachers as an interest)."""
    return own_schooling(text) and bool(_FINISH.search(text.casefold()))


def _band(phrase: str) -> str:
    """The school level a school-year phrase names: gymnasium when it names one, else compulsory school."""
    from assistant.interpretation.cues import load_cues, toks_of

    toks = list(toks_of(phrase))
    index = load_cues().education
    bands = {payload["band"] for i in range(len(toks)) for _, payload, _ in index.find(toks, i)}
    return "gymnasium" if "gymnasium" in bands else "grundskola"


def school_now(profile: Profile, text: str, message: int) -> None:
    """A pupil's message: the school they are in becomes their education, in progress, and the higher
    levels the message names (the gymnasium they will choose) are dropped."""
    choosing = choosing_gymnasium(profile, text, message)
    _no_work_of_a_pupil(profile, text, message)
    pupil = [c for c in profile.constraints if c.kind == "age" and c.value == "pupil" and c.span.message == message]
    if not pupil:
        return
    span = pupil[0].span
    band = "grundskola" if choosing else _band(text[span.start:span.end])
    sun, seqf = _LEVELS[band]
    profile.education = [e for e in profile.education if e.span.message != message]
    profile.education.append(EducationItem(label=band, sun_level=sun, seqf=seqf, in_progress=True,
                                           span=Span(start=span.start, end=span.end, quote=text[span.start:span.end],
                                                     message=message), confidence=0.8))


#: Adult education or work named beside the choice: an adult's gymnasium studies, not a pupil's choice.
_ADULT = re.compile(r"komvux|vuxenutbildning|\badult education|\bsfi\b|jobbat|arbetat|worked|اشتغلت|عملت|працював|працювала", re.I)


def chooses_gymnasium(text: str) -> bool:
    """The text tells a gymnasium programme to choose (cues.yaml ``choosing_gymnasium``), whatever else it says."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    return any(p.search(folded) for p in _qualification("choosing_gymnasium"))


def choosing_gymnasium(profile: Profile, text: str, message: int) -> bool:
    """Choosing a gymnasium programme ("fattar inte vilket gymnasieprogram ja ska välja", "gotta pick a gymnasium
    program") makes a pupil in compulsory school when the message tells no age, no work and no adult education
    (rater 10 conv 4: a boy in year 9 whose year was missed got Arbetsförmedlingen and courses for adults)."""
    from assistant.interpretation.constraints import fold

    if any(c.kind == "age" for c in profile.constraints) or profile.experiences or _ADULT.search(text):
        return False
    folded = fold(text)
    m = next((m for p in _qualification("choosing_gymnasium") if (m := p.search(folded))), None)
    if m is None:
        return False
    profile.constraints.append(Constraint(kind="age", value="pupil", label=text[m.start():m.end()], confidence=0.7,
                                          span=Span.of(text, m.start(), m.end(), message)))
    return True


def attained_only_at_school(profile: Profile) -> Profile:
    """A young person's profile keeps no attained level above the school they are in: "gymnasiet" in a
    pupil's later message is the programme to choose, not one finished."""
    if not profile.is_youth():
        return profile
    kept = [e for e in profile.education
            if e.in_progress or not e.sun_level or not e.sun_level.isdigit() or e.sun_level <= COMPULSORY]
    return profile if len(kept) == len(profile.education) else profile.model_copy(update={"education": kept})


_SENTENCE = re.compile(rf"[^{FULL_STOPS}\n]+")
#: Higher education named by a young person is a study to come (besides ``cues.yaml`` study_stems).
_UNIVERSITY = re.compile(r"universit|högskol|college|جامع|jaamacad|ዩኒቨርሲቲ|دانشگاه|університет|вуз", re.I)


def _no_work_of_a_pupil(profile: Profile, text: str, message: int) -> None:
    """A young person's studies to come are no work done (rater 7: "mina föräldrar vill att jag ska plugga på
    universitet sen" was read as work as a school education consultant, "like work you have done"): an occupation
    read from a sentence of this message that speaks of studying is dropped; and when a young person says they
    never worked ("jag har inte jobbat nånstans jag e 15"), the work read from their earlier messages goes too
    (this message's own is made an interest by ``no_work.no_work_done``)."""
    if not profile.is_youth():
        return
    from assistant.interpretation.cues import load_cues
    from assistant.interpretation.no_work import never_worked

    cues = load_cues()
    study = [m.span() for m in _SENTENCE.finditer(text)
             if cues.mentions_study(m.group()) or _UNIVERSITY.search(m.group())]
    never = never_worked(text) is not None

    def keep(e) -> bool:
        if e.span is None:
            return True
        if e.span.message == message:
            return not any(a <= e.span.start < b for a, b in study)
        return not never
    profile.experiences = [e for e in profile.experiences if keep(e)]
