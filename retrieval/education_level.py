"""What a course or programme presupposes: THE text rule for "this education is for people already in the trade".

The sources have no entry-requirement field for the labour-market courses (Susa-navet, as published in
``aub_courses_by_ssyk.json``: title, description, type, place) nor for the YH decisions (title, SUN5
orientation name, SeQF level), so the rule reads what they do say (``../shared/data/API_SHAPES.md``):

- the title names a further step of a trade: a Swedish compound that puts a level word before the trade
  (``Specialistundersköterska``, ``Specialistutbildad undersköterska``), or the words fördjupning,
  påbyggnad, vidareutbildning, fortbildning (``Yrkeskompetensbevis fortbildning`` renews a licence one
  must already hold), or a supervisor's role (``Handledare inom LSS``) — unless the title also offers the
  base (``grund``: "Byggnadsplåtslagare, grund, fördjupning") or the occupation itself carries the word;
- the title names a later part of a course (``Undersköterskeutbildning - år 2``, ``del 2``, ``termin 2``, a
  closing ``II``: "Vårdbiträdesutbildning II"): its first part comes before it (courses19);
- the SUN5 orientation says it continues an education ("Vidareutbildningar för undersköterskor");
- the description addresses people already working or trained in the field ("för dig som arbetar inom",
  "för yrkesverksamma", "för dig som har minst tre års yrkeserfarenhet"), or its entry requirement asks
  for a degree or experience ("Förkunskapskrav: undersköterskeexamen").

A job title that ends in a level word is a trade of its own, not a further step: "Lönespecialist",
"Cloud-specialist" and "Fritidsledare" are entry programmes. Source text only; never user text.
"""
from __future__ import annotations

import html
import re
import unicodedata

#: A level word first in a compound (or alone) in a title: the step after the trade's basic training.
_TITLE_STEP = re.compile(
    r"\b(specialist(?!kompetens)(?=[a-zåäö]{4,}|\s+[a-zåäö]*sköterska)|"
    r"fördjupning\w*|påbyggnad\w*|vidareutbildning\w*|fortbildning\w*|\w*handledare|handledarutbildning)",
    re.I)
_BASE = re.compile(r"\bgrund", re.I)
#: A later part of a course in its title: its second year, part or term, or a closing roman numeral.
_LATER_PART = re.compile(r"\b(?:år|termin|del|steg|etapp)\s*(?:[2-9]|två|tre)\b|\b(?:ii|iii|iv)\s*$", re.I)
_SUN_STEP = re.compile(r"\b(vidareutbildning\w*|påbyggnad\w*|fördjupning\w*) för\b", re.I)
_TEXT_STEP = re.compile(
    r"för dig som (?:redan )?(?:arbetar|jobbar|är verksam|är yrkesverksam|har arbetat|är utbildad|är legitimerad)"
    r"(?: som| inom| med| i)\b"
    r"|\bför (?:redan )?yrkesverksamma\b"
    r"|för dig som har (?:minst \w+ års? )?(?:yrkes)?erfarenhet"
    r"|förkunskapskrav[^.]{0,80}?(?:examen|yrkeserfarenhet|erfarenhet av|arbetat som|utbildad|legitimation)",
    re.I)
_TAGS = re.compile(r"<[^>]*>")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(_TAGS.sub(" ", text or "")).casefold())


def _in_labels(word: str, labels: list[str]) -> bool:
    """The occupation itself carries the level word ("Handledare …" for a supervisor): no further step."""
    stem = re.sub(r"(?:ar|er|are|ning\w*)$", "", word)[:9]
    return any(stem and stem in _fold(label) for label in labels)


def step_in_title(title: str, labels: list[str] | None = None) -> str | None:
    """The level word that makes the title a further step of the trade (None: an entry to it)."""
    t = _fold(title)
    if _BASE.search(t):
        return None
    for m in _TITLE_STEP.finditer(t):
        if not _in_labels(m.group(0), labels or []):
            return m.group(0)
    later = _LATER_PART.search(t)
    if later:
        return later.group(0)
    return None


def presupposes(title: str, text: str = "", orientation: str = "", labels: list[str] | None = None) -> str | None:
    """Why the course or programme is for people already trained or working in the trade (the words of
    its title, orientation or description that say so), or None when a beginner can start it."""
    step = step_in_title(title, labels)
    if step:
        return step
    m = _SUN_STEP.search(_fold(orientation))
    if m:
        return m.group(0)
    m = _TEXT_STEP.search(" ".join(_fold(text).split()))
    return m.group(0) if m else None


#: A title that begins with a base or introductory step: "Grund restaurang & storhushåll", "Grundkurs svets",
#: "Introduktion till vården", "Förberedande utbildning …".
_ENTRY_TITLE = re.compile(r"^\W*(grund(?:kurs|läggande|utbildning)?|introduktion\w*|intro|förberedande|bas(?:kurs)?)\b", re.I)


def entry_in_title(title: str) -> str | None:
    """The word that makes the title a first step into a trade (None: not said to be one): a course for
    beginners, not for someone who has done the work for years."""
    m = _ENTRY_TITLE.search(_fold(title))
    return m.group(1) if m else None

