"""Demands on the knees and on the shoulders, from data we can cite (read by :func:`retrieval.constraints.demand_of`).

Bad knees are not "heavy lifting" (rater11 conv5: a carpenter with bad knees was offered Hästskötare and Växtskötare,
and his knees were recorded as heavy lifting), and worn shoulders are not only lifting (conv3: a nurse whose shoulders
are worn out was offered a massage programme). Each is its own limitation:

- ``knees``: kneeling, squatting, climbing and walking on rough ground: planting and clearing forest, tending horses
  and livestock, laying floors and tiles; and everything a standing limitation rules out (knees carry standing too);
- ``shoulders``: arms raised or used over and over (massage, hairdressing, overhead building work); and everything a
  lifting limitation rules out;
- ``hands``: hands and wrists used over and over (chopping, kneading, scrubbing, hair, sewing, carrying trays: body16);
  and everything a lifting limitation rules out.

The evidence is the occupation's own data: JobTech's demanded competences (Swedish labels, the same the answers cite as
"Arbetsgivare efterfrågar ofta"), its essential ESCO skills, JobTech's definition or Arbetsförmedlingen's description.
"""
from __future__ import annotations

import re

from retrieval.constraints import Exclusion, esco_doc, sentence_of, texts_of
from retrieval.demand_sources import exact_essentials

#: Each body limitation also rules out what the wider limitation does (knees: standing; shoulders: lifting).
BODY: dict[str, str] = {"knees": "standing", "shoulders": "lifting", "hands": "lifting"}

#: JobTech demanded competences (Swedish) whose work is done kneeling, squatting, climbing or on rough ground.
_JT_KNEES = (r"skogsplantering|skogsröjning|plantering(?!smaskin)|(?<!snö)röjning(?!smaskin)|motorsåg|trädfällning|bärplockning|"
             r"hästskötsel|djurskötsel|stallarbete|mjölkning|golvläggning|mattläggning|plattsättning|kakel och klinker|"
             r"takläggning|murning|stenläggning|plattläggning|trädgårdsskötsel|trädgårdsanläggning|"
             r"växter, skötselvana")
#: ... whose work raises the arms or uses them over and over (massage is done with the shoulders and arms).
_JT_SHOULDERS = (r"massage|frisering|hårklippning|klippning, (?:dam|herr)|takmålning|takläggning|spackling|"
                 r"tapetsering|målning, (?:inomhus|utomhus|byggnad)|montering av (?:tak|undertak)|personlig omvårdnad")
#: body16 (rater29 c09: a chef with wrist tendinitis got Bagare/Konditor, Städare and Servitör): work done with the
#: hands and wrists over and over (chopping, kneading, scrubbing, cutting hair, sewing, massage, carrying trays).
_JT_HANDS = (r"bageriarbete|degberedning|bärtekniker|styckning|slakt|filetering|städning|städvana|diskning|frisering|"
             r"hårklippning|klippning, (?:dam|herr)|massage|sömnad|syarbete|montering|packning|plockning")
#: Essential ESCO skills (English, v1.1.1).
_ESCO_KNEES = (r"\bclean horse's legs\b|\bclean stalls\b|\bcare for horses\b|\blay (?:\w+ )*(?:tiles|flooring|bricks|"
               r"paving)|\binstall (?:laminate )?floor|\bplace carpet\b|\bscreed concrete\b|\bplant (?:trees|seedlings|"
               r"green plants)\b|\bfell trees\b|\bclimb trees\b|\bmaintain pastures\b")
# (not ESCO's "operate chainsaw": v1.1.1 makes it essential for "warehouse order picker" and a fish-processing machine
# operator, so a warehouse worker with bad knees heard "the sources say: operate chainsaw"; forest work keeps its
# chainsaw through JobTech's «motorsåg» and the texts, arborists through "fell / climb trees")
_ESCO_SHOULDERS = (r"\bgive massages\b|\bapply massage\b|\bcut hair\b|\bstyle hair\b|\bpaint ceilings\b|"
                   r"\bhang wallpaper\b|\binstall (?:ceiling|suspended ceiling)|\bapply plaster\b|"
                   # personal care: helping people to move, wash and dress is done with the arms and shoulders
                   r"\bassist social service users with physical disabilities\b")
_ESCO_HANDS = (r"\bknead\b|\buse food cutting tools\b|\bcut (?:hair|meat|fish|vegetables)|\bcarve\b|\bfillet\b|"
               r"\bstyle hair\b|\bgive massages\b|\bapply massage\b|\bsew\b|\bsewing\b|\bclean (?:rooms|surfaces|"
               r"kitchen equipment)\b|\bserve food in table service\b|\bcarry (?:plates|trays)\b|\bassemble\b")
#: Definitions and descriptions (Swedish).
_TEXT_KNEES = (r"på knä|knäst|på huk|\bkrypa\b|klättra|ojämn mark|planterar|röjer|motorsåg|golvläggning|lägger golv")
_TEXT_SHOULDERS = (r"massage|masserar|armarna (?:över|ovanför) huvudet|över axelhöjd|ovanför axelhöjd|"
                   r"upprepade (?:arm)?rörelser|ensidigt (?:upprepat )?arbete|klipper hår")
_TEXT_HANDS = (r"knådar|knåda\b|hackar|skär (?:upp )?(?:kött|fisk|grönsaker)|styckar|filéar|städar|skurar|diskar|"
               r"klipper hår|masserar|massage|syr\b|upprepade (?:hand|arm)?rörelser|ensidigt (?:upprepat )?arbete|bär (?:ut )?"
               r"(?:tallrikar|brickor)")

JOBTECH: dict[str, re.Pattern[str]] = {"knees": re.compile(_JT_KNEES, re.I), "shoulders": re.compile(_JT_SHOULDERS, re.I),
                                       "hands": re.compile(_JT_HANDS, re.I)}
ESCO: dict[str, re.Pattern[str]] = {"knees": re.compile(_ESCO_KNEES, re.I), "shoulders": re.compile(_ESCO_SHOULDERS, re.I),
                                    "hands": re.compile(_ESCO_HANDS, re.I)}
TEXT: dict[str, re.Pattern[str]] = {"knees": re.compile(_TEXT_KNEES, re.I), "shoulders": re.compile(_TEXT_SHOULDERS, re.I),
                                    "hands": re.compile(_TEXT_HANDS, re.I)}


def body_demand(occupation_id: str, label: str, what: str, rt) -> Exclusion | None:
    """The first source that says ``occupation_id`` makes body demand ``what`` (knees, shoulders), else the wider
    limitation's demand (:data:`BODY`) given as this one; None when no source says either."""
    from retrieval.constraints import demand_of

    rel = rt.relations
    doc = f"jobtech:occupation-name:{occupation_id}"
    for d in rel.demanded_skills(occupation_id):
        if d.label and JOBTECH[what].search(d.label):
            return Exclusion(occupation_id, label, what, doc, d.label.rstrip("✓ ").strip())
    for s in exact_essentials(occupation_id, rel):  # (essential skills of an exactly mapped ESCO occupation)
        if s.label and ESCO[what].search(s.label):
            return Exclusion(occupation_id, label, what, esco_doc(s.skill_uri), s.label)
    for doc_id, text in texts_of(occupation_id, rt):
        m = TEXT[what].search(text)
        if m:
            return Exclusion(occupation_id, label, what, doc_id, sentence_of(text, m))
    from retrieval.group_demands import group_demand

    group = group_demand(occupation_id, label, what, rel)  # (cleaning and kitchen work for the shoulders)
    if group is not None:
        return Exclusion(occupation_id, label, what, *group)
    wider = demand_of(occupation_id, label, BODY[what], rt, told=False)
    if wider is None:
        return None
    return Exclusion(occupation_id, label, what, wider.doc_id, wider.evidence)


def title_demands(title: str, what: str) -> bool:
    """A course or programme title names work that makes body demand ``what`` ("Medicinsk Massageterapeut" for worn
    shoulders): the same vocabulary as the occupations' data."""
    return what in BODY and bool(JOBTECH[what].search(title) or TEXT[what].search(title))
