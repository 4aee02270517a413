"""Work that needs a driving licence, from data we can cite (read by :func:`retrieval.constraints.demand_of` for the
limitation ``driving_licence``: "I have no driving licence", assistant/interpretation/cues.yaml).

limits22 (rater22 conv5: a counsellor wrote "Inget körkort" for a 23-year-old, and Vägassistansförare, whose work is
driving to broken-down vehicles, was ranked second; "I have no driving licence" was understood in 4 of 8 languages and
never left any work out). An occupation needs a licence only when a source says so; never from its name alone:

- an authority's licence route of the occupation (Transportstyrelsen: taxi driver's licence, the professional driver's
  YKB) whose steps name the driving licence ("ha haft körkort med behörighet B i minst två år", "Skaffa ett körkort
  med rätt behörighet (C/CE …, D/DE …)"): the regulated-profession document is cited;
- an **essential** ESCO skill of an exactly mapped ESCO occupation that is driving a road vehicle ("drive vehicles":
  "have the appropriate type of driving license"; "drive in urban areas", "perform defensive driving"; ESCO v1.1.1);
- a driving-licence competence JobTech's occupation demands ("Körkort B✓", "Körkort C✓");
- JobTech's definition or Arbetsförmedlingen's description naming the licence ("kräver körkort", "B-körkort").

Driving machines off the road (a forklift's truckkort, a crane, an excavator on site) is not a driving licence: ESCO's
"operate forklift" or "drive mobile heavy construction equipment" are not read.
"""
from __future__ import annotations

import re

#: ESCO essential skills (English labels, v1.1.1) that are driving a road vehicle, which needs a driving licence.
ESCO_DRIVING = re.compile(r"^(?:drive (?:vehicles|in urban areas|trucks|heavy duty trucks|buses|"
                          r"taxi|ambulance|waste collection vehicle|automatic car|chipper truck|firetruck|"
                          r"vehicles in processions)|perform defensive driving|apply advanced driving techniques)\b", re.I)
#: JobTech demanded competences that are a driving-licence category ("Körkort B✓", "Körkort CE✓").
JOBTECH_LICENCE = re.compile(r"^körkort\b", re.I)
#: Swedish texts (a licence route's steps, a definition, a description) that name a driving licence as needed.
TEXT_LICENCE = re.compile(r"\b(?:[A-D]E?-)?körkort(?:et)?\b(?!sutbildning)(?:[^.]{0,40}\bbehörighet\b)?", re.I)
#: ... said as a need ("Du behöver B-körkort", "Många arbetsgivare kräver B-körkort", "ha haft körkort", "Skaffa ett
#: körkort"), not as a merit or a course ("körkort är meriterande").
TEXT_NEED = re.compile(r"\b(?:kräv\w*|krav|behöv\w*|måste ha|ska ha|ha haft|skaffa)\b", re.I)
#: body16 (rater29 c01: a bus driver whose licence is not valid here got Paketbilsförare for the meantime; no text of
#: it names the licence): the taxonomy's car, taxi, van, lorry and bus drivers (SSYK 2012 832, 833) whose name is a
#: motor road vehicle drive on the road, which a driving licence is needed for; not the cycle couriers of 8329.
ROAD_DRIVER_GROUPS = ("832", "833")
ROAD_VEHICLE = re.compile(r"bil|buss|taxi|chaufför|motorcykel|lastvagn|ambulans", re.I)
ROAD_DRIVING = "förare av motorfordon på väg, arbete som kräver körkort"
#: silent20 (rater33 new01: a mechanic without a Swedish licence was offered «Vägassistansförare», whose name holds no
#: vehicle): every occupation of the lorry drivers' group (SSYK 2012 8332 Lastbilsförare m.fl.: distribution, long-haul,
#: refuse, crane, tank, timber lorries and road assistance trucks) drives a heavy lorry on the road, which needs a
#: driving licence of category C (Körkortslagen 1998:488, 2 kap. 2 §, https://www.riksdagen.se/sv/dokument-och-lagar/
#: dokument/svensk-forfattningssamling/korkortslag-1998488_sfs-1998-488/), whatever its name says.
LORRY_GROUP = ("8332",)
#: Authorities whose licence to practise rests on a driving licence (taxi, bus and lorry drivers).
DRIVING_AUTHORITIES = ("Transportstyrelsen",)


def licence_demand(occupation_id: str, label: str, rt):
    """The first source that says ``occupation_id`` needs a driving licence (an Exclusion), or None."""
    from retrieval.constraints import Exclusion, esco_doc, sentence_of, texts_of
    from retrieval.demand_sources import exact_essentials
    from retrieval.relations_regulated import licence_routes

    rel = rt.relations
    what = "driving_licence"
    try:
        routes = licence_routes(occupation_id, rt)
    except Exception:  # noqa: BLE001 - no regulated-profession tables or documents: the other sources can tell
        routes = []
    for route in routes:
        if route.authority in DRIVING_AUTHORITIES:
            said = next((s for s in route.steps_for(None) + route.steps_for("sweden")
                         if TEXT_LICENCE.search(s) and TEXT_NEED.search(s)), "")
            if said:
                return Exclusion(occupation_id, label, what, route.doc_id, said)
    for s in exact_essentials(occupation_id, rel):
        if s.label and ESCO_DRIVING.search(s.label):
            return Exclusion(occupation_id, label, what, esco_doc(s.skill_uri), s.label)
    for d in rel.demanded_skills(occupation_id):
        if d.label and JOBTECH_LICENCE.search(d.label):
            return Exclusion(occupation_id, label, what, f"jobtech:occupation-name:{occupation_id}", d.label.rstrip("✓ "))
    for doc_id, text in texts_of(occupation_id, rt):
        for m in TEXT_LICENCE.finditer(text):
            said = sentence_of(text, m)
            if TEXT_NEED.search(said):
                return Exclusion(occupation_id, label, what, doc_id, said)
    occ = rel.occupation(occupation_id)
    code = getattr(occ, "ssyk_code", None) or ""
    if code.startswith(ROAD_DRIVER_GROUPS) and (ROAD_VEHICLE.search(label) or code.startswith(LORRY_GROUP)):
        # (body16: Paketbilsförare, no text says so; silent20: Vägassistansförare, a lorry driver by its group)
        return Exclusion(occupation_id, label, what, f"jobtech:occupation-name:{occupation_id}",
                         f"SSYK {code} {getattr(occ, 'ssyk_label', '') or ''}: {ROAD_DRIVING}")
    return None

