"""Constraints a person states about themselves: limitations, age/school, "no education now",
and what a refusal refers to.

Cue patterns per language are in ``cues.yaml`` (section ``constraints``). A refusal ("I don't
want kitchen work") is already a negation statement with an ``avoid`` constraint; here its text
is linked to occupations, so matching can leave out that family of occupations
(:mod:`retrieval.constraints`). Every constraint carries the span of the text that supports it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.interpretation.examples import example_spans
from assistant.interpretation.need_asked import example_of_need
from assistant.interpretation.past_age import told_then
from assistant.interpretation.pending_licence import pending_licences
from assistant.interpretation.sentences import sentence_bounds
from assistant.interpretation.swedish_level import read_swedish_level
from assistant.interpretation.whole_words import whole_matches, whole_search
from assistant.interpretation.wishes import field_wishes, proposal_wishes
from assistant.interpretation.work_content import names_no_work_content
from assistant.interpretation.worn_out import worn_out_patterns
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.profile import NO_UNIVERSITY, Constraint, Profile, Span
from vagledning.yaml_data import load_yaml

#: ``Constraint(kind="other", value=FAMILY)``: the person supports a family (cues.yaml ``family``).
FAMILY = "family"
#: ``Constraint(kind="other", value=EXPECTING / MONEY_SOON)``: a baby is expected, money is needed now (cues.yaml
#: ``expecting``, ``money_soon``; the answer's block: assistant/life_needs.py, life16).
EXPECTING, MONEY_SOON = "expecting", "money_soon"

CUES_PATH = Path(__file__).resolve().parent / "cues.yaml"
_SENTENCE_END = re.compile(r"[.!?؟።፧\n]")
_ZW = re.compile(r"[\u200b-\u200f\u2066-\u2069]")
_APOS = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
ATLAS = ATLAS_URL
#: Knees and shoulders named in any of our languages (the words of the knees' and shoulders' limitations, cues.yaml).
_BODY = re.compile(r"kn[äe]|ركب|jil[ie]?b|ብር[ኪከካኩ]|زانو|колін|axl|axel|shoulder|[كچ]تف|gar(a)?b|መንኲ|شانه|плеч")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    doc = (load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}).get("constraints") or {}
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {"limitation": []}
    for code, pats in (doc.get("limitation") or {}).items():
        out["limitation"] += [(code, re.compile(p)) for p in pats]
    out["lighter_work"] = [("lifting", re.compile(p)) for p in doc.get("lighter_work") or []]
    out["limitation"] += out["lighter_work"]
    for key in ("youth", "no_study", "no_university", "licence_pending", "licence_abroad",
                "change_field", "option_refused", "other_than", "proposal", "dont_know",
                "remark", "body_gives_out", "family", "example_opener", EXPECTING, MONEY_SOON, "little_study",
                "study_hard"):
        out[key] = [(key, re.compile(p)) for p in doc.get(key) or []]
    return out


def fold(text: str) -> str:
    # Same length as the input (case folding of our scripts keeps lengths), so spans stay valid.
    folded = _ZW.sub(" ", text.translate(_APOS).translate(_DIGITS)).lower()
    return folded if len(folded) == len(text) else text.lower()


def is_remark(text: str) -> bool:
    """A remark on a licence, health, a fear or working hours (cues.yaml ``remark``): it says nothing
    about what the person likes, so it is never read as an interest for want of anything else."""
    folded = fold(text)
    return any(pat.search(folded) for _, pat in _patterns()["remark"])


def refuses_university(text: str) -> bool:
    """"Without university", "I don't want to go to university", «بدون جامعة», «без університету» (cues.yaml
    ``no_university``): a university education refused, in any of our languages."""
    folded = fold(text)
    return any(pat.search(folded) for _, pat in _patterns()["no_university"])


def _sentence_end(folded: str, at: int) -> int:
    """Where the sentence that goes on at ``at`` ends, or where a "but" opens a clause of its own ("studying is hard
    for me, but I want to be a nurse": the wish after it is kept)."""
    from assistant.interpretation.segment import _CONTRAST

    m = re.compile(r"[.!?؟።\n]").search(folded, at)
    end = m.start() if m else len(folded)
    for w in re.finditer(r"\w+", folded[at:end]):
        if w.group() in _CONTRAST:
            return at + w.start()
    return end


def asks_little_study(text: str) -> bool:
    """Work that needs little or no study ("a job where you don't need much school", «کاری … که زیاد درس نخواهد»,
    cues.yaml ``little_study``: the work word is in the pattern), in any of our languages (little17)."""
    folded = fold(text)
    return any(pat.search(folded) for _, pat in _patterns()["little_study"])


def finds_study_hard(text: str) -> bool:
    """Studying said to be hard for the person ("skolan var alltid svår", «الدراسة صعبة علي», cues.yaml
    ``study_hard``; little17)."""
    folded = fold(text)
    return any(pat.search(folded) for _, pat in _patterns()["study_hard"])


def body_gives_out(text: str) -> bool:
    """"My body can't take it any more" (cues.yaml ``body_gives_out``): health, not a refusal of anything."""
    folded = fold(text)
    return any(pat.search(folded) for _, pat in _patterns()["body_gives_out"])


def tells_limitation(text: str) -> bool:
    """A limitation of the body or health (cues.yaml ``limitation``: "my back can't take it", "ryggen värker")."""
    folded = fold(text)
    return any(whole_search(pat, folded) for _, pat in _patterns()["limitation"])


def told_young_age(text: str) -> tuple[int, int, int] | None:
    """(age, start, end) of a young person's age in years that ``text`` tells (cues.yaml ``youth`` with a number:
    "jag är 17", «۱۹ سالمه», "waxaan ahay 16"), else None."""
    folded = fold(text)
    for _, pat in _patterns()["youth"]:
        for m in pat.finditer(folded):
            at = next((i for i, g in enumerate(m.groups(), 1) if g and g.isdigit()), None)
            if at is not None and not told_then(folded, m.start(), m.end(), m.start(at)):  # (not "when I was 16")
                return int(m.group(at)), m.start(), m.end()
    return None


def tells_youth(text: str) -> bool:
    """The text tells a pupil or a young person (cues.yaml ``youth``: "I go to school", "I am 16", the gymnasium choice)."""
    folded = fold(text)
    return any(p.search(folded) for _, p in _patterns()["youth"])


def knows_not(text: str) -> bool:
    """"I don't know (what it is)" (cues.yaml ``dont_know``)."""
    folded = fold(text)
    return any(pat.search(folded) for _, pat in _patterns()["dont_know"])


def _licence_abroad(folded: str, m: re.Match[str], pats: list[tuple[str, re.Pattern[str]]]) -> bool:
    """The sentence of a lack of a driving licence names Sweden or "yet" (cues.yaml ``licence_abroad``): a licence
    held abroad and not valid here yet, no lack of one (limits22)."""
    a, b = sentence_bounds(folded, m.start(), m.end())
    return any(p.search(folded[a:b]) for _, p in pats)


def _span(text: str, m: re.Match[str], message: int) -> Span:
    return Span.of(text, m.start(), m.end(), message)


def _add(profile: Profile, c: Constraint) -> None:
    if not any(x.kind == c.kind and x.value == c.value for x in profile.constraints):
        profile.constraints.append(c)


def add_constraints(profile: Profile, text: str, rt, message: int = 0) -> None:
    """Limitations, youth and "no education now" found in ``text`` (redacted), and the occupation
    each refusal refers to."""
    folded = fold(text)
    pats = _patterns()
    limited: list[tuple[int, int]] = []
    for code, pat in pats["limitation"]:
        m = whole_search(pat, folded)  # (a cue never matches inside another word: «السويدية ضعيفة»; words17)
        if m and code == "driving_licence" and _licence_abroad(folded, m, pats["licence_abroad"]):
            # ("no Swedish licence yet": a licence from abroad, no lack of one; limits22) – but no licence valid here
            # either: kept as the licence not valid yet, so no list offers driving work meanwhile (hard24; rater34
            # replay_new01: «Vägassistansförare» for a mechanic who has no Swedish licence)
            from assistant.interpretation.pending_licence import PENDING_PREFIX

            _add(profile, Constraint(kind="other", value=f"{PENDING_PREFIX}B", label=text[m.start():m.end()],
                                     span=_span(text, m, message), confidence=0.8))
            limited += [(m.start(), m.end())]  # (its words name no work: «لایسنس رانندگی» is no driver's work done)
            continue
        if m:
            limited += [(x.start(), x.end()) for x in whole_matches(pat, folded)]
            _add(profile, Constraint(kind="limitation", value=code, label=text[m.start():m.end()],
                                     span=_span(text, m, message), confidence=0.8))
            if code == "languages":  # (the languages it tells are kept: never asked again; limits21)
                from assistant.interpretation.weak_languages import read_weak_languages
                read_weak_languages(profile, text, folded, m, message)
    _drop_said_in(profile, limited, message)
    from assistant.interpretation.allergens import read_allergens  # (what the allergy is to: clash18)

    read_allergens(profile, text, folded, message, [(c.span.start, c.span.end) for c in profile.constraints
                                                    if c.kind == "limitation" and c.value == "allergy"])
    if (_BODY.search(folded) or any(c.kind == "limitation" and c.value in ("knees", "shoulders", "hands") for c in profile.constraints)) \
            and not any(p.search(folded) for code, p in pats["limitation"] if code == "lifting" and (code, p) not in pats["lighter_work"]):
        # "lighter work bc of my knees": lighter work for the knees or shoulders is no lifting limit (rater11 conv5)
        profile.constraints = [c for c in profile.constraints if not (
            c.kind == "limitation" and c.value == "lifting" and c.span.message == message)]
    school: list[tuple[int, int]] = []
    for _, pat in pats["youth"]:
        for m in pat.finditer(folded):
            at = next((i for i, g in enumerate(m.groups(), 1) if g and g.isdigit()), None)
            if at is not None and told_then(folded, m.start(), m.end(), m.start(at)):
                continue  # an age of an earlier time ("markaan 16 jiray", when I was 16): not who the person is now
            school.append((m.start(), m.end()))
            age = m.group(at) if at is not None else None
            # "I go to school": a pupil, whatever the age said; the age told stays beside it (pupil15: a pupil of 19
            # at språkintro is a pupil, and the gymnasium's age limit and the rules for minors read her age)
            if not any(c.kind == "age" and (c.value == "pupil" if age is None else c.value.isdigit())
                       for c in profile.constraints):
                _add(profile, Constraint(kind="age", value=age or "pupil", label=text[m.start():m.end()],
                                         span=_span(text, m, message), confidence=0.8))
    if school:
        # "I go to school" says who the person is, not work they have done (not "teacher").
        profile.experiences = [e for e in profile.experiences
                               if not any(a < e.span.end and e.span.start < b for a, b in school)]
    for _, pat in pats["no_study"] + pats["little_study"] + pats["study_hard"]:
        m = pat.search(folded)
        if m:
            _add(profile, Constraint(kind="no_study", value="true", label=text[m.start():m.end()],
                                     span=_span(text, m, message), confidence=0.8))
            break
    # little17: "school was never my thing tbh", "a job where you don't need much school": the sentence refuses no work
    # (the refusals "plugg" and "tbh" its negation made are dropped)
    _drop_said_in(profile, [(m.start(), _sentence_end(folded, m.end())) for _, pat in pats["little_study"]
                            + pats["study_hard"] for m in pat.finditer(folded)], message)
    _no_university(profile, text, folded, pats["no_university"], message)
    _family(profile, text, folded, pats["family"], message)
    for told in (EXPECTING, MONEY_SOON):  # "I'm pregnant", "rent to pay": a life situation, no work (life16)
        _family(profile, text, folded, pats[told], message, told)
    if profile.wants_no_study():  # "find work soon, no studies now" is no wish to study
        profile.wishes = [w for w in profile.wishes if w.kind != "study"]
    pending_licences(profile, text, folded, pats["licence_pending"], message)
    read_swedish_level(profile, text, message)
    _not_knowing(profile, folded, pats["dont_know"])
    from assistant.interpretation.turning_away import other_than, turning_away  # (it reads this module's helpers)

    refused = other_than(profile, text, folded, pats["other_than"], message)
    from assistant.interpretation.echo_refusal import echo_refusals  # ("Ingenjör? Nej": refused, refuse14)

    refused += echo_refusals(profile, text, message)
    # ("I'm burnt out", "something completely different": a turn away too; worn_out.py, leave18)
    turning_away(profile, text, folded, pats["change_field"] + pats["lighter_work"] + list(worn_out_patterns()), message,
                 pats["option_refused"])
    # ("یک کار کاملاً دیگه", something completely different, is no wish for «Fullstack-utvecklare»)
    worn = [(m.start(), m.end()) for _, p in worn_out_patterns() for m in p.finditer(folded)]
    profile.wishes = [w for w in profile.wishes if not (w.span.message == message and any(
        2 * (min(b, w.span.end) - max(a, w.span.start)) >= w.span.end - w.span.start for a, b in worn))]
    from assistant.interpretation.refusal_links import link_refusals  # (it reads this module's cues)

    link_refusals(profile, rt)
    drop_generic_wishes(profile)
    field_wishes(profile, text, rt, message)  # "I want to work with children" -> that field's occupations
    _drop_within(profile, refused)  # (also what the field wishes read from the refused words)
    proposed = [_group_span(m) for _, pat in pats["proposal"] for m in pat.finditer(folded)]
    # (an option asked and turned down at once, «ምትካል ማሽን ንፋስ ሓይሊከ? ኣይፋል», "what about X? no", is no wish: heights8)
    # (an example of a paper asked to be needed, "do I need a paper, e.g. from the police?", is no work wished:
    # need_asked.py, profile29)
    proposal_wishes(profile, text, [s for s in proposed if s is not None
                                    and not _turned_down(folded, s[1], pats["option_refused"])
                                    and not example_of_need(text, *s)], rt, message)
    # ("what can I study? like programming or repairing computers": examples of what is asked, never work done)
    proposal_wishes(profile, text, [s for s in examples_asked(text) if not example_of_need(text, *s)], rt, message)


def examples_asked(text: str) -> list[tuple[int, int]]:
    """What the examples given with a question name ("what can I study? like programming …"; examples.py)."""
    return example_spans(text, fold(text), [p for _, p in _patterns()["example_opener"]])


def drop_generic_wishes(profile: Profile) -> None:
    """A wish that only says "a job" (or "another job") is not a direction: the pivot otherwise links
    "ha ett jobb" to Jobbcoach or Socionom. One list of such words: segment.names_no_work_content."""
    profile.wishes = [w for w in profile.wishes if not names_no_work_content(w.span.quote)]


def _group_span(m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the named group ("x" or "y") a cue pattern captured."""
    for g in ("x", "y"):
        if g in m.re.groupindex and m.group(g) and m.group(g).strip():
            return m.start(g), m.end(g)
    return None


def _overlaps(span: Span, spans: list[tuple[int, int]], message: int | None = None) -> bool:
    return any(span.start < b and a < span.end for a, b in spans) and (message is None or span.message == message)


def _not_knowing(profile: Profile, folded: str, pats: list[tuple[str, re.Pattern[str]]]) -> None:
    """"I don't know what I want to be" is no refusal of "what I want to be"."""
    spans = [(m.start(), m.end()) for _, pat in pats for m in pat.finditer(folded)]
    if spans:
        profile.constraints = [c for c in profile.constraints
                               if not (c.kind == "avoid" and c.concept is None and _overlaps(c.span, spans))]


def _drop_said_in(profile: Profile, spans: list[tuple[int, int]], message: int) -> None:
    """Work, wishes, skills and refusals read from the words of a limitation ("while my kids are in school" is no
    teacher, "my knees hurt" no knee surgeon): those words say what the person cannot do."""
    if spans:
        # (and the refusal its negation made: "ولا أعمل في المساء", not in the evenings, refuses no work)
        profile.constraints = [c for c in profile.constraints if not (
            c.kind == "avoid" and c.concept is None and _overlaps(c.span, spans, message))]
        profile.wishes = [w for w in profile.wishes if not _overlaps(w.span, spans, message)]
        profile.interests = [i for i in profile.interests if not _overlaps(i.span, spans, message)]
        profile.skills = [s for s in profile.skills if not _overlaps(s.span, spans, message)]
        profile.experiences = [e for e in profile.experiences if not _overlaps(e.span, spans, message)]


def _no_university(profile: Profile, text: str, folded: str, pats: list[tuple[str, re.Pattern[str]]],
                   message: int) -> None:
    """"I don't want university": that education level is refused, not an occupation («Universitetslektor») nor
    all study; what its words gave (the refusal its negation made, a wish) is dropped."""
    for _, pat in pats:
        m = pat.search(folded)
        if m:
            _add(profile, Constraint(kind="other", value=NO_UNIVERSITY, label=text[m.start():m.end()],
                                     span=_span(text, m, message), confidence=0.8))
            _drop_said_in(profile, [(m.start(), m.end())], message)
            return


def _family(profile: Profile, text: str, folded: str, pats: list[tuple[str, re.Pattern[str]]], message: int,
            value: str = FAMILY) -> None:
    """"I have a wife and three kids": a family the person supports (kept, for the ways to learn with pay); the words
    name no work ("kids" is no childcare, "wife" no occupation). So is ``value`` EXPECTING or MONEY_SOON (life16)."""
    spans = [(m.start(), m.end()) for _, pat in pats for m in pat.finditer(folded)]
    if spans:
        a, b = min(spans)
        _add(profile, Constraint(kind="other", value=value, label=text[a:b], span=Span.of(text, a, b, message),
                                 confidence=0.8))
        _drop_said_in(profile, spans, message)


def life_told(profile: Profile, text: str, message: int = 0) -> None:
    """A baby on the way, money needed now, told anywhere in the message – also inside a question ("my wife is seven
    months pregnant, how do I live while I study?"), whose clauses the interpreter reads apart (life16)."""
    folded, pats = fold(text), _patterns()
    for told in (EXPECTING, MONEY_SOON):
        _family(profile, text, folded, pats[told], message, told)


def _drop_within(profile: Profile, spans: list[tuple[int, int]]) -> None:
    """Wishes, interests, skills and work read from words the person refused ("something other than cooking")."""
    if spans:
        profile.wishes = [w for w in profile.wishes if not _overlaps(w.span, spans)]
        profile.interests = [i for i in profile.interests if not _overlaps(i.span, spans)]
        profile.skills = [s for s in profile.skills if not _overlaps(s.span, spans)]
        profile.experiences = [e for e in profile.experiences if not _overlaps(e.span, spans)]


def other_than_asked(text: str) -> bool:
    """"Wind turbines? No, that's heights… something else": an option asked and refused (cues.yaml ``option_refused``),
    then something else asked for (a ``change_field`` cue after it): the next ones, not a turn away (heights8)."""
    folded = fold(text)
    pats = _patterns()
    return any(_after_refused_option(folded, m.start(), pats["option_refused"])
               for _, pat in pats["change_field"] for m in pat.finditer(folded))


def _turned_down(folded: str, end: int, option: list[tuple[str, re.Pattern[str]]]) -> bool:
    """The question that ends after ``end`` is answered "no" at once (cues.yaml ``option_refused``, which starts at
    the question mark: "X? no", «X? ኣይፋል»)."""
    return any(o.start() >= end and not _SENTENCE_END.search(folded, end, o.start())
               for _, p in option for o in p.finditer(folded))


def _after_refused_option(folded: str, at: int, option: list[tuple[str, re.Pattern[str]]]) -> bool:
    return any(o.end() <= at for _, p in option for o in p.finditer(folded))
