"""Work done at heights, from data we can cite (read by :func:`retrieval.constraints.demand_of` for the limitation
``heights``: "I'm afraid of heights", "kan inte jobba på höjd", «боюся висоти», assistant/interpretation/cues.yaml).

heights8 (rater24 c5: an electrician who "can't work at heights, I'm afraid of heights" got Larminstallatör with no
word of the limit, and the limit was recognised in no language). The evidence, first found wins:

- JobTech's demanded competences of the occupation ("Höghöjdsarbete", "Mastcertifikat", "Takläggning", the scaffolding
  certificate "Utbildningsbevis, ställningsbyggnad 2 - 9 meter"), the same the answers cite as "Arbetsgivare efterfrågar";
- the essential ESCO v1.1.1 skills of an exactly mapped ESCO occupation ("follow safety procedures when working at
  heights" of electricians, roofers, painters, bricklayers, wind-turbine technicians, tower-crane operators; "build
  scaffolding", "use rope access techniques", "operate aerial work platforms", "climb trees");
- JobTech's definition or Arbetsförmedlingen's description ("på hög höjd", "höga höjder" of the wind-turbine
  technician, "klättra på byggnader", "rengör högre byggnader", "på fasader och tak").

A ladder to a high shelf (the shop assistant's "stegar för att nå höga hyllor") is no work at heights, nor is a
"beställning" or a "ställning" of a company. Without such a source the occupation is kept and the answer says the
sources do not tell (assistant/limits_answer.py).
"""
from __future__ import annotations

import re

from retrieval.constraints import Exclusion
from retrieval.demand_sources import first_source

#: JobTech demanded competences (Swedish labels).
_JOBTECH = re.compile(r"höghöjd|arbete på höjd|höjdarbete|mastcertifikat|fallskydd|takläggning|takmontering|"
                      r"ställningsbyggnad|luftakrobatik", re.I)
#: Essential ESCO skills (English, v1.1.1).
_ESCO = re.compile(r"\bworking at heights?\b|\bwork(?:ing)? at height\b|\bbuild scaffolding\b|\buse rope access\b|"
                   r"\boperate aerial work platforms\b|\bclimb trees\b|\bevacuate people from heights\b|"
                   r"\bperform roof maintenance\b", re.I)
#: Definitions and descriptions (Swedish).
_TEXT = re.compile(r"på hög höjd|höga höjder|på höjd\b|höjdarbete|klättra (?:på|upp i|upp på) (?:byggnader|master|stolpar|"
                   r"tak)|högre (?:byggnader|platser)|på (?:fasader och )?tak(?:et)?\b", re.I)


def height_demand(occupation_id: str, label: str, rt) -> Exclusion | None:
    """The first source that says ``occupation_id`` is work at heights (None when none does)."""
    return first_source(occupation_id, label, rt, "heights", jobtech=_JOBTECH, esco=_ESCO, text=_TEXT)
