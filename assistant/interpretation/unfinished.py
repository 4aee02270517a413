"""Higher studies told as not finished are kept as what was done, never as the degree (abroad10, nursing12).

The counsellor's finding (rater26 C3 fa): "I studied two years of law but did not finish" ended as a finished
eftergymnasial ≥ 3 years (SeQF 6), so every rule that weighs a degree (studiestartsstöd's short education, UHR's
evaluation of a degree, the level of suggestions) took her for a graduate. Where the sentence that names higher
studies says they were not finished (unfinished.yaml, 8 languages), the education is kept one band lower – the
studies done, as SCB counts post-secondary studies by their length – with no qualification level (SeQF unset).
A gymnasium left unfinished has its own rule (school_gaps.yaml: compulsory school's level).

rater27 C1 (nursing12): "jag blev inte klar med sjuksköterskeutbildningen", «ትምህርቲ ነርስ ኣየዛዘምኩን» and «вчилася на
медсестру, але не закінчила» named no school level and were negated clauses, so no education was kept at all and the
nurses (the degree she lacks) came back. Studies named in a statement told unfinished (``studies`` in the YAML: a
programme, a degree, "I studied", a faculty …) are an education of their own, marked ``unfinished``; every education
item told unfinished is marked so, whatever level it names (never a school's).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.domain.profile import EducationItem, Profile, Span
from vagledning.yaml_data import load_yaml

_PATH = Path(__file__).resolve().parent / "unfinished.yaml"
_SENTENCE_END = re.compile(r"[.!?;؟؛።፧\n]")
#: Words a "not finished" may have after it in its clause ("didn't finish it yet", «ኣየዛዘምኩዎን»).
MAX_AFTER = 2
#: A higher band told unfinished -> the band of the studies done (SUN level-1 code beside it).
LOWER = {"forskarutbildning": ("eftergymnasial_ge3", "5"), "eftergymnasial_ge3": ("eftergymnasial_lt3", "4")}
#: The bands of studies after school (a school left unfinished keeps its own rule, school_gaps).
POST_SCHOOL = ("forskarutbildning", "eftergymnasial_ge3", "eftergymnasial_lt3")
#: Keys of unfinished.yaml that are no language's remarks.
_OTHER_KEYS = ("studies", "reasons", "other_thing", "part_done")


@functools.cache
def _doc() -> dict:
    return load_yaml(_PATH.read_text(encoding="utf-8")) or {}


@functools.cache
def _pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for k, ps in _doc().items() if k not in _OTHER_KEYS for p in ps))


@functools.cache
def _key(name: str, words: bool = False) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in _doc().get(name) or [])
    return re.compile(rf"(?:^|\s)(?:{body})(?=\s|$)" if words else body)


def _fold(text: str) -> str:
    from assistant.interpretation.constraints import fold

    return fold(text)


def _closes(words: str) -> bool:
    """A remark found in ``words`` closes its clause: at most MAX_AFTER words follow it before a comma or a reason
    ("… had to stop when we fled"), and those name no language course or licence ("inte klar med sfi"); or part of a
    programme's years is told done ("två år av tre")."""
    if _key("part_done").search(words):
        return True
    for m in _pattern().finditer(words):
        after = re.split(r"[,،፣]", words[m.end():])[0]
        reason = _key("reasons", words=True).search(after)
        clause = after[:reason.start()] if reason else after
        if len(clause.split()) <= MAX_AFTER and not _key("other_thing").search(clause):
            return True
    return False


def told_unfinished(text: str, start: int) -> bool:
    """The sentence of ``text`` that holds offset ``start``, or the one after it ("I studied law. I took no degree."),
    says the studies were not finished."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    ends = [m.start() for m in _SENTENCE_END.finditer(text, start)] + [len(text), len(text)]
    for a, b in ((before, ends[0]), (ends[0] + 1, ends[1])):
        # (the remark closes its clause, "… but did not finish (it)": "did not finish my Swedish course yet" beside
        # a degree names another course)
        if _closes(" ".join(_fold(text[a:b]).split())):
            return True
    return False


def _sentence(text: str, at: int) -> int:
    """The index of the sentence of ``text`` that holds offset ``at``."""
    return len(_SENTENCE_END.findall(text, 0, at))


def as_done(band: str, sun: str | None, seqf: int | None, text: str, start: int) -> tuple[str, str | None, int | None]:
    """(band, sun level, SeQF) of an education hint, one band lower and without SeQF when told unfinished."""
    if band in LOWER and told_unfinished(text, start):
        lower, lower_sun = LOWER[band]
        return lower, lower_sun, None
    return band, sun, seqf


def names_studies(text: str) -> bool:
    """``text`` names higher or vocational studies (``studies`` in unfinished.yaml: a programme, a degree, "I studied",
    a faculty …), never school alone."""
    return bool(_key("studies").search(_fold(text)))


def told_studies(profile: Profile, sa, red: str, message: int, abroad: set[int]) -> None:
    """Mark the education items of message ``message`` told unfinished (studies after school, or of no level), and
    keep as an education of its own, marked unfinished, the studies named in a statement told unfinished that holds
    no education item yet ("jag blev inte klar med sjuksköterskeutbildningen", «вчилася на медсестру, але не
    закінчила»); not from questions, wishes, studies going on now or a statement naming a school's level."""
    from assistant.interpretation.schooling import studying_now, wished

    school = {h.statement for h in sa.education if h.band not in POST_SCHOOL}
    bands = {b for b, _ in LOWER.values()} | set(POST_SCHOOL)
    for e in profile.education:
        if e.span.message == message and not e.in_progress and (e.sun_level is None or e.label in bands) \
                and told_unfinished(red, e.span.start):
            e.unfinished, e.seqf = True, None
    for si, st in enumerate(sa.statements):
        if st.question or si in school or wished(st.text) or studying_now(st.text):
            continue
        # (one education a story: none beside an item in this statement, or one told unfinished in this sentence or
        # the one before: "I studied engineering. The war interrupted my studies. I never got my degree.")
        if any(e.span.message == message and (st.start <= e.span.start < st.end or e.unfinished and _sentence(
                red, e.span.start) in (_sentence(red, st.start), _sentence(red, st.start) - 1)) for e in profile.education):
            continue
        m = _key("studies").search(_fold(st.text))
        if m is None or not told_unfinished(red, st.start):
            continue
        a, b = st.start + m.start(), st.start + m.end()
        profile.education.append(EducationItem(label=red[st.start:st.end].strip()[:120], abroad=si in abroad,
                                               unfinished=True, span=Span(start=a, end=b, quote=red[a:b], message=message),
                                               confidence=0.7))
    not_done(profile, sa, red, message)


def not_done(profile: Profile, sa, red: str, message: int) -> None:
    """The profession of studies told unfinished is no work done: an occupation read from a statement that names the
    studies, is told unfinished and has no work cue of its own ("Jag studerade till sjuksköterska i två år. Jag tog
    inte examen.", «ትምህርቲ ነርስ ኣየዛዘምኩን», «вчилася на медсестру, але не закінчила») leaves the experiences (an
    education statement's profession is otherwise read as a qualification held), and what such a statement negates
    is no refusal ("Jag tog inte examen som sjuksköterska")."""
    def unfinished_studies(st) -> bool:
        return not (st.kind == "experience" and st.cue) and not st.question and names_studies(st.text) \
            and told_unfinished(red, st.start)

    told = [st for st in sa.statements if unfinished_studies(st)]

    def inside(span) -> bool:
        return span is not None and span.message == message and any(st.start <= span.start < st.end for st in told)

    if told:  # (nor is "I did not finish the nursing degree" a refusal of nurses' work)
        profile.experiences = [e for e in profile.experiences if not inside(e.span)]
        profile.constraints = [c for c in profile.constraints if c.kind != "avoid" or not inside(c.span)]
