"""Alternatives that honour what was said (alt13; rater13 faults 1, 5 and 6).

- "What else can I work with?" ("شنو اكدر اشتغل غير شي؟", "maxaan kale ka shaqeyn karaa?") and "which daytime job
  is better?" ("کدام کار روزانه بهتر است؟") ask for other occupations: suggestions (cues ``other_work_ask`` and
  ``day_work_ask`` in locales/intents.yaml, read by assistant/intents.py), never the Swedish or the working
  conditions of the work one leaves; the turn away is a ``change_field`` constraint (interpretation/cues.yaml).
- "What can I work as meanwhile?" asks for work reachable now, while a licence or Swedish is pending: an army
  officer or a security adviser (long training first) was suggested to a nurse on her way to the licence.
  The SSYK 2012 major group (its first digit) carries the skill level the work asks for (SCB, MIS 2012:1, after
  ISCO-08): 1 managers, 2 long university studies, 3 shorter higher education, 4-8 upper-secondary level,
  9 short training at work, 0 the armed forces. Meanwhile work is of groups 4-9.
"""
from __future__ import annotations

from typing import TypeVar

from assistant.state import TurnState

T = TypeVar("T")

#: SSYK 2012 major groups whose work asks at most upper-secondary education (skill levels 1-2): reachable now.
REACHABLE_NOW = ("4", "5", "6", "7", "8", "9")


def reachable_now(state: TurnState, occupations: list[T]) -> list[T]:
    """For a "what can I work as meanwhile?" question, ``occupations`` (matches with an ``ssyk_code``) without those
    whose SSYK major group asks for higher education, military training or a manager's experience (module
    docstring); unchanged for any other question, or when none would remain (then the match order is all we have)."""
    from assistant.policy import meanwhile

    if not meanwhile(state):
        return occupations
    kept = [m for m in occupations if (getattr(m, "ssyk_code", None) or "")[:1] in REACHABLE_NOW]
    return kept or occupations


def short_ways_in(state: TurnState, occupations: list[T], *, fallback: bool = True) -> list[T]:
    """For a person who will not study long (``short_study``), ``occupations`` without those whose SSYK major group
    asks for higher education or a manager's experience (module docstring); for one who turned university down
    (``no_university``), without those of long university studies; an occupation wished for kept;
    unchanged otherwise, or when none would remain and ``fallback`` (a first suggestion; "more" then says so)."""
    lacked = unfinished_degrees(state)
    if lacked:  # (the work of a degree said unfinished is out, the "wish" read from that sentence too)
        codes = [getattr(m, "ssyk_code", None) or "" for m in occupations]
        occupations = [m for m, c in zip(occupations, codes) if not c.startswith(lacked)] or \
            (occupations if fallback else [])
    if short_study(state):
        def near(code: str) -> bool:
            return code[:1] in REACHABLE_NOW
    elif no_university(state):  # (qual6: only the long university studies are turned down, not YH or Komvux)
        def near(code: str) -> bool:
            return code[:1] != UNIVERSITY_LEVEL
    else:
        return occupations
    # (a field's stand-ins give way to a university turned down: "IT … which jobs need NO university?" named no
    # developer; an occupation named stays, wishnot12)
    wished = {w.concept.id for w in state.profile.wishes if w.concept is not None
              and not (w.kind == "field" and not short_study(state))}
    kept = [m for m in occupations if near(getattr(m, "ssyk_code", None) or "") or getattr(m, "id", None) in wished]
    return kept or (occupations if fallback else [])


#: The SSYK 2012 major group whose work asks for long university studies (skill level 4; module docstring).
UNIVERSITY_LEVEL = "2"


def no_university(state: TurnState) -> bool:
    """The person turned university down ("without university", «بدون جامعة», "don't want to go to university":
    ``no_university``) and holds no degree: work whose way in is long university studies (SSYK major group 2) is no
    suggestion (rater23 ar T4: «Gameplay programmer» offered to a 19-year-old asking for computer work without
    university); the ways in through gymnasium, Komvux or yrkeshögskola stay. An occupation wished for stays."""
    p = state.profile
    degree = any((e.seqf or 0) >= 6 and not e.in_progress for e in p.education)
    return p.wants_no_university() and not degree


def unfinished_degrees(state: TurnState) -> tuple[str, ...]:
    """The SSYK sub-major groups (two digits, major group 2: work whose way in is a university degree) of the work whose
    studies the person said were not finished, for someone who holds no degree: all of them when studies after school
    are told unfinished ("I studied nursing but never finished", «shahaadada kalkaalinta ma dhameystirin»:
    assistant/interpretation/unfinished.py), else the group of a wish read from such a sentence; the degree they
    lack, not work they can take. rater27 C1 T3: a
    maternity-ward assistant without the nursing degree was offered Akutsjuksköterska, Sjuksköterska BVC and
    Sjuksköterska grundutbildad."""
    from assistant.interpretation.unfinished import told_unfinished

    p = state.profile
    if any((e.seqf or 0) >= 6 and not e.in_progress for e in p.education):
        return ()
    texts = [m.content for m in state.history if m.role == "user"] + [state.text]

    def unfinished(span) -> bool:
        return span is not None and span.message < len(texts) and told_unfinished(texts[span.message], span.start)

    # (studies after school told unfinished, no level or a post-secondary one: a school left has its own rule)
    if any((e.unfinished or unfinished(e.span)) and (e.sun_level or "4") >= "4" for e in p.education):
        return (UNIVERSITY_LEVEL,)
    out = [(w.ssyk_code or "")[:2] for w in p.wishes if w.concept is not None
           and (w.ssyk_code or "").startswith(UNIVERSITY_LEVEL) and unfinished(w.span)]
    return tuple(dict.fromkeys(out))


def short_study(state: TurnState) -> bool:
    """The person will not study long ("vill inte plugga länge", "engineer is too much study": ``no_study``) and
    holds no degree: work whose usual way in is higher education (SSYK major groups 1-3) is no suggestion; the ways
    in are gymnasium, Komvux, apprenticeship or on the job (youth14, rater14 conv4: Byggnadsingenjör, Elingenjör
    and Fordonsingenjör for a 19-year-old without a finished gymnasium). An occupation wished for stays."""
    p = state.profile
    degree = any((e.seqf or 0) >= 6 and not e.in_progress for e in p.education)
    return p.wants_no_study() and not degree


#: SSYK 2012 major groups reached from the gymnasium, Komvux or yrkeshögskola (upper-secondary level or shorter
#: post-secondary education): a young person's first suggestions.
SCHOOL_REACH = ("3", *REACHABLE_NOW)
#: A young person: a pupil or under 18 (``Profile.is_youth``), or a told age up to this.
YOUNG_UNTIL = 20
#: How many matches a young person's first suggestions are chosen from.
YOUTH_POOL = 8


def below_gymnasium(state: TurnState) -> bool:
    """The schooling told is compulsory school's at most ("SFI finished but not gymnasiet", "hoppade av gymnasiet":
    SUN level 2 or lower) and no higher level is told (rater24 c4 T4: the next list then began with Speciallärare,
    a second university degree, for a 24-year-old without a gymnasium)."""
    p = state.profile
    # (work done that asks for higher education says more than a school word: "a primary school teacher for 15
    # years" also reads as compulsory school, focus17)
    if any((e.ssyk_code or "")[:1] in ("1", "2", "3") for e in p.experiences):
        return False
    levels = [str(e.sun_level or "") for e in p.education if not e.in_progress]
    return bool(levels) and all(lv[:1] in ("1", "2") for lv in levels if lv) and any(levels)


def youth_pool(state: TurnState) -> bool:
    """A young person (a pupil, under 18, or a told age of 20 or less), or one whose schooling stops below the
    gymnasium (:func:`below_gymnasium`), who did not turn long study down (then :func:`short_ways_in` leaves the
    long routes out): suggestions from a wider pool, reachable work first."""
    from assistant.education import age

    years = age(state)
    young = state.profile.is_youth() or (years is not None and years <= YOUNG_UNTIL) or below_gymnasium(state)
    return young and not short_study(state)


def young_first(state: TurnState, occupations: list[T], top: int) -> list[T]:
    """For a young person (:func:`youth_pool`), work reached from the gymnasium, Komvux or yrkeshögskola first (SSYK
    major groups 3-9, :data:`SCHOOL_REACH`), an occupation wished for kept with them; of ``top`` places one stays for
    the best of the rest, a long university route, when there is one (youth16 after pupil15, rater15: preschool and
    primary teacher came first to a pupil of 17-19 who likes helping children). Unchanged for anyone else."""
    if not youth_pool(state):
        return occupations
    wished = {w.concept.id for w in state.profile.wishes if w.concept is not None}
    near = [m for m in occupations if (getattr(m, "ssyk_code", None) or "")[:1] in SCHOOL_REACH
            or getattr(m, "id", None) in wished]
    if not near:
        return occupations
    head = near[:top - 1] if len(near) < len(occupations) else near[:top]
    return head + [m for m in occupations if m not in head]
