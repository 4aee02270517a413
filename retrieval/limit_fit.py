"""What the sources say about a suggested occupation and a person's limitation, besides a demand that leaves it
out (:mod:`retrieval.constraints`): that it is seated or office work (so it fits "my knees hurt, I need to sit"),
and the evidence an answer cites for either statement.

The sources seldom say an occupation is done standing or at night, so an answer must tell which suggestions they
describe as fitting and which they do not cover, never that a limitation was honoured where no source speaks.
"""
from __future__ import annotations

import re

from retrieval.constraints import LABEL_DEMANDS, Exclusion, esco_doc, sentence_of, texts_of
from vagledning.domain.evidence import Evidence, EvidenceType

#: Limitations that seated or office work meets ("my knees hurt, I need to sit"): for these, an occupation a source
#: describes that way is preferred and said to fit. Working hours (night, daytime, part-time) are described by none.
#: limits19: vibration too (a miner told to avoid vibration asked for control-room work: rater32 conv01), but never
#: from a seat alone: a driver's seat is where whole-body vibration is felt (:data:`SEATED_ONLY_NOT`).
FIT_LIMITS = ("standing", "lifting", "back", "knees", "shoulders", "vibration")
SEATED_ONLY_NOT = ("vibration",)
#: Limitations a seat alone meets, so a driver's name ("-förare", "chaufför") says the work fits them: the knees and
#: standing (demand17: the bus for a bad knee). Not lifting, the back or the shoulders: a driver loads too (heavy
#: trucks, tank and crane trucks are loaded by hand; change4's warehouse worker with a bad back was offered them).
SEATED_BY_NAME = ("standing", "knees")
#: ... and only where the taxonomy files the occupation among the drivers of vehicles and mobile machines (SSYK 2012
#: group 83) or the pilots (3153): rater21 found «Attraktionsförare» (a ride operator, 9629, who stands) and
#: «Maskinförare, träfiberskivor» (a process operator, 8173) called seated work because of the ending "-förare".
DRIVER_GROUPS = ("83", "3153")
#: SSYK 2012 groups of office work (major group 4, "yrken inom administration och kundtjänst": office assistants,
#: customer service, telephonists, office receptionists, transport planners, archive assistants); not its
#: warehouse and terminal staff (432[12]), postmen (4420), croupiers (4211) or hotel receptionists (4224), who stand.
OFFICE_GROUPS = ("41", "4221", "4222", "4223", "4225", "4226", "4323", "4410")
OFFICE_GROUP_NAME = "yrken inom administration och kundtjänst"
#: ESCO essential skills (English, v1.1.1) that say the work is done sitting.
_ESCO_SITTING = re.compile(r"\btolerate sitting\b", re.I)
#: ESCO essential skills (English, v1.1.1) of office tasks: two of them say the work is office work; one alone is a
#: task beside other work (rater21: "perform clerical duties" is essential for tour guides and currency sellers, who
#: stand). (Not "office software": ESCO makes it essential for shop sellers too, who stand.)
_ESCO_OFFICE = re.compile(r"\bperform clerical duties\b|\bperform office routine activities\b|"
                          r"\buse office systems\b|\btype (?:at speed|on electronic devices)\b|\buse word processing\b", re.I)
#: JobTech definitions and Arbetsförmedlingen's descriptions (Swedish) of seated or office work, and of work run from a
#: control room (rater23: a paper-mill operator who cannot stand was offered maintenance fitters, while his own trade's
#: definition says "övervakar och styr tillverkning från ett kontrollrum": work at a control desk).
_TEXT_SEATED = re.compile(r"kontorsarbete|på (?:ett )?kontor\b|stillasittande|sittande arbete|vid (?:en )?dator|"
                          r"framför (?:en |datorn)|vid (?:ett )?skrivbord|(?:från|i) (?:ett )?kontrollrum", re.I)
#: ... said of a task beside the work, or of one place among others, in the sentence: no statement that the work is
#: seated (rater21: «Lärarassistent» was called seated work for "De utför **även** grundläggande kontorsarbete";
#: "förutom fältarbetet … även … på kontor", "på kontor eller i laboratorium").
_SIDE_TASK = re.compile(r"\b(?:även|också|förutom|dessutom|ibland|delvis|bland annat|till exempel)\b|"
                        r"\ben del\b|\bviss[at]?\b|(?:kontor|kontrollrum)\w* eller\b|"
                        r"\beller (?:på|i|vid|från) (?:ett |en )?(?:kontor|kontrollrum)", re.I)


def fits(occupation_id: str, label: str, what: str, rt) -> Exclusion | None:
    """The first source that describes ``occupation_id`` as seated or office work, when limitation ``what`` is one
    such work meets (None otherwise): the ``Exclusion`` record names that source instead of a demand. Only a
    statement counts (an office group of the taxonomy, a driver's group and name, ESCO's "tolerate sitting" or two
    office skills, a sentence that says so of the work itself); never a name's ending or a task done beside other
    work (rater21: a ride operator and a teacher's assistant were said to fit a bad knee)."""
    if what not in FIT_LIMITS:
        return None
    occ = rt.relations.occupation(occupation_id)
    code = getattr(occ, "ssyk_code", None) or ""
    if code.startswith(OFFICE_GROUPS):
        return Exclusion(occupation_id, label, what, f"jobtech:occupation-name:{occupation_id}",
                         f"SSYK {code} {getattr(occ, 'ssyk_label', '') or ''}: {OFFICE_GROUP_NAME}")
    if what in SEATED_BY_NAME and code.startswith(DRIVER_GROUPS) and LABEL_DEMANDS["sitting"].search(label):
        return Exclusion(occupation_id, label, what, f"jobtech:occupation-name:{occupation_id}", label)  # (demand17)
    try:
        skills = rt.relations.esco_skills_for_occupation(occupation_id, essential_only=True)
    except Exception:  # noqa: BLE001 - no ESCO tables: only the texts can tell
        skills = []
    sitting = next((s for s in skills if s.label and _ESCO_SITTING.search(s.label) and what not in SEATED_ONLY_NOT), None)
    office = [s for s in skills if s.label and _ESCO_OFFICE.search(s.label)]
    if sitting is not None or len({s.label for s in office}) >= 2:
        s = sitting or office[0]
        return Exclusion(occupation_id, label, what, esco_doc(s.skill_uri), s.label)
    for doc_id, text in texts_of(occupation_id, rt):
        for m in _TEXT_SEATED.finditer(text):
            said = sentence_of(text, m)
            if what in SEATED_ONLY_NOT and "sittande" in m.group().lower():
                continue  # (seated work alone may be at the wheel: no statement that it is free of vibration)
            if not _SIDE_TASK.search(said):
                return Exclusion(occupation_id, label, what, doc_id, said)
    return None


#: ... of those, the statements of office, desk or screen work (not a control room, not "stillasittande" alone).
_TEXT_DESK = re.compile(r"kontorsarbete|på (?:ett )?kontor\b|vid (?:en )?dator|framför (?:en |datorn)|vid (?:ett )?skrivbord",
                        re.I)


def desk_work(occupation_id: str, label: str, rt) -> Exclusion | None:
    """The first source that describes ``occupation_id`` as office, desk or computer work, for someone who does not
    want an office or a computer all day (limits6, rater23 copilot T4: "not at a computer all day either" got
    Oddssättare and Prissättare, which :func:`fits` had preferred as seated work for his knee): the office groups of
    the taxonomy, two ESCO office skills, or a sentence that says so of the work itself (the same evidence as
    :func:`fits`, without a driver's seat or a control room)."""
    occ = rt.relations.occupation(occupation_id)
    code = getattr(occ, "ssyk_code", None) or ""
    if code.startswith(OFFICE_GROUPS):
        return Exclusion(occupation_id, label, "office", f"jobtech:occupation-name:{occupation_id}",
                         f"SSYK {code} {getattr(occ, 'ssyk_label', '') or ''}: {OFFICE_GROUP_NAME}")
    try:
        skills = rt.relations.esco_skills_for_occupation(occupation_id, essential_only=True)
    except Exception:  # noqa: BLE001 - no ESCO tables: only the texts can tell
        skills = []
    office = [s for s in skills if s.label and _ESCO_OFFICE.search(s.label)]
    if len({s.label for s in office}) >= 2:
        return Exclusion(occupation_id, label, "office", esco_doc(office[0].skill_uri), office[0].label)
    for doc_id, text in texts_of(occupation_id, rt):
        for m in _TEXT_DESK.finditer(text):
            said = sentence_of(text, m)
            if not _SIDE_TASK.search(said):
                return Exclusion(occupation_id, label, "office", doc_id, said)
    return None


#: How many candidates beyond those asked for are looked at for one a source describes as seated or office work.
FIT_WINDOW = 30


def fit_window(limits: list[str]) -> int:
    """Extra candidates to look at for ``limits`` (none when no limitation is met by seated or office work)."""
    return FIT_WINDOW if any(w in FIT_LIMITS for w in limits) else 0


#: silent20 (rater33 replay01: after "I can't lift more than 10 kilos" a miner got Bussmekaniker, Lastbilsmekaniker
#: and Fordonsmontör, "the sources say nothing about heavy lifting"): for a limitation of the body's load, craft,
#: machine-operator and elementary work (SSYK 2012 major groups 6-9) that no source describes either way is the work
#: most likely to break it, so it comes after any work no source describes outside those groups, and is left out
#: when enough of that work is found. (Not for the knees or standing: a carpenter with bad knees is offered bench
#: and machine woodwork as easier on them, limits11.)
LOAD_LIMITS = ("lifting", "back", "shoulders", "vibration")
SILENT_MANUAL_GROUPS = ("6", "7", "8", "9")


def silent_manual(m, limits: list[str], fit: set[str]) -> bool:
    """``m`` is craft, machine or elementary work no source describes as fitting, for a limitation of the load."""
    return (any(w in LOAD_LIMITS for w in limits) and m.id not in fit
            and (getattr(m, "ssyk_code", None) or "").startswith(SILENT_MANUAL_GROUPS))


def fitting_first(matches: list, limits: list[str], rt, wished: set[str]) -> list:
    """Occupations a source describes as seated or office work before those no source describes, for a limitation
    such work meets ("my knees hurt": the sources seldom say an occupation is done standing, so the fitting ones
    lead), and silent craft, machine and elementary work last for a limitation of the load (:func:`silent_manual`);
    the wished ones stay first, the order is kept otherwise."""
    want = [w for w in limits if w in FIT_LIMITS]
    if not want:
        return matches
    fit = {m.id for m in matches if fits(m.id, m.label, want[0], rt) is not None}  # (the same sources for each)
    return sorted(matches, key=lambda m: (m.id not in wished, m.id not in fit, silent_manual(m, want, fit)))


#: SSYK 2012 major groups of bodily work (service and care, farming, crafts, machine operators, elementary work): a
#: back, lifting or standing limitation said by someone from this work is said of it (not of an engineer's desk work).
MANUAL_MAJOR_GROUPS = ("5", "6", "7", "8", "9")


def own_work_out(m, profile, limits: list[str], rt) -> Exclusion | None:
    """The person's own work, or work of its SSYK-4 group, for a limitation that seated or office work meets (rater8:
    a packer with a bad back, "no heavy lifting", asking for lighter work, was offered Packare after "I removed jobs
    with heavy lifting"): the limitation is said of that work, so it is left out unless a source describes it as
    seated or office work. No source is cited for it (``doc_id`` None): the person's own account is the reason."""
    want = [w for w in limits if w in FIT_LIMITS]
    own = [e for e in profile.experiences if e.occupation.kind == "occupation"
           and (e.ssyk_code or "").startswith(MANUAL_MAJOR_GROUPS)]
    if not want or not own or any(w.concept is not None and w.concept.id == m.id for w in profile.wishes):
        return None  # (work the person asks about by name is answered, not withheld)
    code = (getattr(m, "ssyk_code", None) or "")[:4]
    groups = {(e.ssyk_code or "")[:4] for e in own}
    mine = next((e for e in own if e.occupation.id == m.id or (len(code) == 4 and code in groups
                                                                 and (e.ssyk_code or "")[:4] == code)), None)
    if mine is None or fits(m.id, m.label, want[0], rt) is not None:
        return None
    return Exclusion(m.id, m.label, want[0], None, mine.occupation.label)


def own_work_limited(profile, limits: list[str], rt) -> set[str]:
    """The person's own bodily work that :func:`own_work_out` leaves out for ``limits`` (no source describes it as
    fitting): it leads on to where its skills carry over, as work a source rules out does (silent20: a car mechanic
    who may lift 10 kg got three more mechanics' trades, as no path led away from his own). Only for a limitation of
    the load (:data:`LOAD_LIMITS`): bad knees still lead to the own trade's easier work (limits11)."""
    want = [w for w in limits if w in LOAD_LIMITS]
    if not want:
        return set()
    return {e.occupation.id for e in profile.experiences if e.occupation.kind == "occupation"
            and (e.ssyk_code or "").startswith(MANUAL_MAJOR_GROUPS)
            and not any(w.concept is not None and w.concept.id == e.occupation.id for w in profile.wishes)
            and fits(e.occupation.id, e.occupation.label, want[0], rt) is None}


#: Citable documents by id prefix: (store kind, evidence type); an Arbetsförmedlingen description otherwise.
_DOC_KINDS: dict[str, tuple[str, EvidenceType]] = {"esco:skill:": ("esco_skill", "esco_skill"),
                                                    "jobtech:occupation-name:": ("occupation", "occupation"),
                                                    # (a driver's licence route names the driving licence: limits22)
                                                    "regulated:": ("regulated_profession", "recognition")}


def statement_evidence(x: Exclusion, rt) -> Evidence | None:
    """The evidence an answer cites for ``x`` (a demand or a fit): its document, with the words that say it
    (None when the document is not in the store: then nothing is claimed)."""
    if not x.doc_id:
        return None
    default: tuple[str, EvidenceType] = ("description", "description")
    kind, type_ = next((v for k, v in _DOC_KINDS.items() if x.doc_id.startswith(k)), default)
    try:
        doc = rt.store.get_docs(kind, [x.doc_id]).get(x.doc_id)
    except Exception:  # noqa: BLE001 - no such index: nothing to cite
        doc = None
    if not doc:
        return None
    meta = doc.get("metadata") or {}
    return Evidence(type=type_, doc_id=x.doc_id, kind=kind, title=meta.get("title") or x.label,
                    url=meta.get("url") or None, snippet=x.evidence[:400])
