"""Which occupations shown earlier the person has since refused (rater14 fault 4).

"ኣነ ጸራቢ ኣይደለኹን! መካኒክ እየ ዝደሊ" ("I'm not a carpenter! I want mechanic") links the word for carpenter to a few
carpentry occupations; the «Reparationssnickare» card an earlier answer showed is another of the same SSYK-4 group and
was read back as what the next question is about. A refusal covers the refused occupations and their SSYK-4 groups, as
it does for new suggestions (``retrieval.refused_family.refused_family``); an occupation wished for by name since the
refusal stays (``wanted_since_refusal``), unless it was refused itself.
"""
from __future__ import annotations

from collections.abc import Callable

from assistant.state import Focus
from vagledning.domain.profile import Profile


def refused_test(profile: Profile, rt) -> Callable[[Focus], bool]:
    """A test: was this earlier-shown occupation refused since (by itself or by its SSYK-4 group)?"""
    from retrieval.refused_family import wanted_since_refusal

    ids = {c.concept.id for c in profile.constraints if c.kind == "avoid" and c.concept is not None}
    if not ids:
        return lambda f: False
    groups: set[str] = set()
    for occ_id in ids:
        try:
            occ = rt.relations.occupation(occ_id)
        except Exception:  # noqa: BLE001 - relations are optional: the refused occupations alone then
            occ = None
        if occ is not None and occ.ssyk_code:
            groups.add(occ.ssyk_code)
    wanted = wanted_since_refusal(profile)

    def refused(f: Focus) -> bool:
        return f.id in ids or (f.id not in wanted and bool(f.ssyk_code) and f.ssyk_code in groups)

    return refused
