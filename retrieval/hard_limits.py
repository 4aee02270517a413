"""Hard limits a counsellor holds where the sources are silent (hard24; rater34 class 4, issue 10).

The cited demands (retrieval/constraints.py) leave out work a source says breaks a limit; most sources say nothing,
so work that breaks it plainly still came in the "more" lists: after "max 10 kilos" a miner got Bussmekaniker,
Lastbilsmekaniker and «Maskinförare, träfiberskivor" (rater34 replay01 T3), and a woman who never went to school got
«Förskollärare», a university degree (replay06 T5). What a counsellor knows of the work's kind decides here, from the
taxonomy's own grouping (SSYK 2012, SCB's skill levels):

- a limit of the body's load (lifting, back, shoulders, vibration): farming, craft, machine and elementary work (SSYK
  major groups 6-9) that no source describes as seated, office or control-room work (retrieval/limit_fit.fits) is the
  manual handling Arbetsmiljöverket's rules on load ergonomics are about (AFS 2012:2 Belastningsergonomi,
  https://www.av.se/), so it is left out, not listed with "the sources say nothing about heavy lifting";
- no schooling told (SUN 1, assistant/interpretation/no_schooling.py) and no higher level or work: managers' posts and
  work of SSYK major group 2, "yrken med krav på fördjupad högskolekompetens" (SCB, SSYK 2012: skill level 4, a
  university degree of three years or more; https://www.scb.se/dokumentation/klassifikationer-och-standarder/
  standard-for-svensk-yrkesklassificering-ssyk/), are no next job; they are a long route, said when asked about.

Work the person wished for or asked about by name is never left out here: its clash is said instead
(assistant/wish_limit.py). A field's or a kind of work's occupations read from general words are no such wish (level26,
rater35 class 5: "work near children" kept «Förskollärare» for a woman who never went to school, and "isn't there
control-room work?" after "max 10 kilos" let the machine field's Bussmekaniker and Lastbilsmekaniker through).
"""
from __future__ import annotations

from retrieval.constraints import Exclusion
from retrieval.limit_fit import FIT_LIMITS, LOAD_LIMITS, SILENT_MANUAL_GROUPS, fits, statement_evidence
from vagledning.domain.profile import Profile

SILENT_LOAD = "silent_load"
SILENT_LOAD_MEANING = "kroppsarbete i jord- och skogsbruk, hantverk, maskinskötsel eller enklare arbete, oftast med lyft"
#: SSYK 2012 major groups no one reaches without a university degree or a manager's experience.
DEGREE_GROUPS = ("1", "2")
DEGREE_MEANING = "yrken med krav på fördjupad högskolekompetens eller chefserfarenhet"
#: SUN 2000 level 1: förgymnasial utbildning kortare än 9 år (no or little schooling).
NO_SCHOOL_LEVEL = "1"


def silent_load(m, limits: list[str], rt) -> Exclusion | None:
    """``m`` is farming, craft, machine or elementary work no source describes as fitting a told limit of the load."""
    load = [w for w in limits if w in LOAD_LIMITS and w in FIT_LIMITS]
    code = getattr(m, "ssyk_code", None) or ""
    if not load or not code.startswith(SILENT_MANUAL_GROUPS):
        return None
    fit = fits(m.id, m.label, load[0], rt)
    if fit is not None and statement_evidence(fit, rt) is not None:
        return None  # (a fit only the answer can cite counts: what it cannot cite, it would call silent)
    return Exclusion(m.id, m.label, SILENT_LOAD, None, f"SSYK {code}: {SILENT_LOAD_MEANING}")


def told_by_name(profile: Profile) -> set[str]:
    """The occupations the person wished for by their name: one occupation read from the words of the person
    (retrieval/constraints.named_wishes), not a field's ("jobba med barn": Lärarassistent, Förskollärare …) nor the
    stand-in wishes a list asked for in a field is matched from (assistant/lighter.field_profile: no words of their own)."""
    from retrieval.constraints import named_wishes

    named = named_wishes(profile)
    return {w.concept.id for w in profile.wishes if w.concept is not None and w.concept.id in named
            and w.kind == "occupation" and w.span is not None and w.span.quote.strip()}


def no_schooling(profile: Profile) -> bool:
    """The person told no schooling (SUN 1) and neither a higher level nor work of SSYK major groups 1-3."""
    done = [e for e in profile.education if not e.in_progress]
    return (any(e.sun_level == NO_SCHOOL_LEVEL for e in done)
            and all((e.sun_level or NO_SCHOOL_LEVEL) <= NO_SCHOOL_LEVEL for e in done)
            and not any((e.ssyk_code or "")[:1] in ("1", "2", "3") for e in profile.experiences))


def degree_demand(m) -> Exclusion | None:
    """``m`` asks a university degree or a manager's experience by its SSYK major group (for :func:`no_schooling`)."""
    code = getattr(m, "ssyk_code", None) or ""
    if not code.startswith(DEGREE_GROUPS):
        return None
    return Exclusion(m.id, m.label, "schooling", f"jobtech:occupation-name:{m.id}", f"SSYK {code}: {DEGREE_MEANING}")
