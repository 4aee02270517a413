"""THE rule for whether a YH programme's education area trains for an occupation group.

Myndigheten för yrkeshögskolan files every programme under an education area (``Utbildningsområde`` in the MYH
decision tables, kept as the programme's ``area``; ../shared/data/API_SHAPES.md). For some groups a programme of
another area is easily found by a similar name: "Drifttekniker/Processoperatör" (Teknik och tillverkning: the
process industry) is no training for an IT technician, though the Swedish group "Drifttekniker, IT" shares its first
word (rater 8, conv 4). A YH programme found by search (no SSYK link) is offered for a group listed in
:data:`AREAS` only when its area is listed for the group; groups not listed keep every area. Source metadata only.
"""
from __future__ import annotations

_IT = ("Data/IT",)
_CARE = ("Hälso- och sjukvård samt socialt arbete",)
#: SSYK 2012 code prefix -> the MYH areas that train for it (the longest listed prefix decides); written by hand from
#: the area names of the 2024 decisions.
AREAS: dict[str, tuple[str, ...]] = {
    "251": _IT,  # IT architects, developers, testers
    "252": _IT,  # system administrators, security specialists
    "351": _IT,  # IT operations, support and network technicians
    "221": _CARE,  # doctors
    "222": _CARE,  # nurses
    "532": _CARE,  # assistant nurses, care workers
    "534": _CARE,  # personal assistants
}


def area_fits(ssyk_code: str | None, area: str | None) -> bool:
    """The programme's area trains for the group: True when the group has no areas listed, when the programme has
    no area, or when its area is among the group's."""
    if not ssyk_code or not area:
        return True
    prefix = next((ssyk_code[:n] for n in range(len(ssyk_code), 0, -1) if ssyk_code[:n] in AREAS), None)
    return prefix is None or area in AREAS[prefix]
