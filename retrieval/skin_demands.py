"""Demands on the skin of the hands, from data we can cite (read by :func:`retrieval.constraints.demand_of`).

skin13 (rater13 conv2: a hairdresser with hand eczema from hair chemicals, whose doctor told her to stop, was offered
Dekorsnickare/Teatersnickare with the skill «arbeta säkert med kemikalier», and cleaning was never flagged): hand
eczema, a contact allergy to chemicals or hair dye, or a doctor's "no wet work, no chemicals" is the limitation
``skin``. Wet work (hands in water, soap and detergents for much of the day) and handling chemicals, cleaning agents
and hair dye are what it rules out. The evidence is the occupation's own data:

- its essential ESCO skills ("work safely with chemicals", "handle chemical cleaning agents", "dye hair",
  "wash the dishes" …);
- JobTech's demanded competences (Swedish labels the answers cite: "Kontorsstädning", "Frisörkemi", "Städning och
  diskning, restaurangkök" …);
- JobTech's definition or Arbetsförmedlingen's description ("rengöringsmedel", "färgning, blekning, permanentning");
- the SSYK group whose work itself is wet work with detergents or hair chemicals though its data may not say so:
  cleaners and home-service staff (911), vehicle washers and window cleaners (912), restaurant and kitchen assistants
  who wash up (9412), hairdressers (5141): Arbetsmiljöverket names frisörer, hemhjälp, lokalvårdare and köksbiträden
  among the occupations most exposed to hand eczema, from water and the substances handled (av.se, press release
  "Handeksem i arbetet är vanligast bland unga kvinnor", https://www.av.se/press/handeksem-i-arbetet-ar-vanligast-bland-
  unga-kvinnor--kunskaperna-om-hur-eksem-forhindras-maste-oka/).
"""
from __future__ import annotations

import re

from retrieval.constraints import Exclusion
from retrieval.demand_sources import first_source

SKIN = "skin"
#: Essential ESCO skills (English, v1.1.1): chemicals handled by hand, cleaning agents, hair dye, wet work.
#: (Not the laboratory's "test chemical samples" or "chemical processes": analysis and process control, not handling.)
_ESCO = re.compile(r"\bwork (?:safely )?with chemicals\b|\bhandle (?:chemical cleaning agents|chemicals)\b|"
                   r"\bmix chemicals\b|\btransfer chemicals\b|\bcleaning agents\b|\bdetergents?\b|\bdye hair\b|"
                   r"\bhair colouring\b|\bwash (?:hair|the dishes|the laundry|vehicles)\b|\bdisinfect surfaces\b|"
                   r"\bclean in place\b|\bswimming pool chemicals\b", re.I)
#: JobTech demanded competences (Swedish). (Not "Städbesiktning", an inspection, nor "Diskning, laboratorium"'s lab.)
_JOBTECH = re.compile(r"städning|städvana|städtjänst|städmaterial|diskning(?!, laboratorium)|frisörkemi|"
                      r"hårfärgning|färgning, hår|tvätteri|kemtvätt|fordonstvätt|högtrycksrengöring|möbelrengöring|"
                      r"cip-rengöring|tvätta kläder", re.I)
#: Definitions and descriptions (Swedish).
_TEXT = re.compile(r"våtarbete|våt miljö|rengöringsmedel|kemikalier|hårfärg|färgning, blekning|permanentning|"
                   r"diskar (?:disk|porslin|kärl)|\bstädar\b", re.I)
#: SSYK 2012 groups whose work is wet work with detergents or hair chemicals (see the module docstring).
GROUPS = ("911", "912", "9412", "5141")
GROUP_MEANING = "våtarbete med vatten, rengöringsmedel eller hårkemikalier"


def skin_demand(occupation_id: str, label: str, rt) -> Exclusion | None:
    """The first source that says ``occupation_id`` is wet work or handling of chemicals (None when none does)."""
    return first_source(occupation_id, label, rt, SKIN, jobtech=_JOBTECH, esco=_ESCO, text=_TEXT, group=_in_group)


def _in_group(occupation_id: str, label: str, rel) -> Exclusion | None:
    """The curated SSYK groups of wet work (:data:`GROUPS`), cited to the occupation's own taxonomy entry."""
    occ = rel.occupation(occupation_id)
    code = getattr(occ, "ssyk_code", None) or ""
    if code.startswith(GROUPS):
        return Exclusion(occupation_id, label, SKIN, f"jobtech:occupation-name:{occupation_id}",
                         f"SSYK {code} {getattr(occ, 'ssyk_label', '') or ''}: {GROUP_MEANING}")
    return None
