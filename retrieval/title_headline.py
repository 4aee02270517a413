"""An ad's headline around its title: recruiter frames, plural forms and the workplace as weak context.

Real ad headlines wrap the title in words that are no part of it: a recruiter's frame ("Vi söker en
driven elektriker!", "Är du vår nya ekonomiassistent?", "Skolan söker lärare till …", "We are hiring:
…", "Join us as a …"), a period or extent before a colon ("Sommarjobb: diskare"), an aside in brackets
("Backend developer (Java)"), praise ("Noggrann", "Engagerad") and the plural of the post
("Undersköterskor", "Kockar", "Montörer"). :func:`unframed` reads those away before the title search
(retrieval/title_query.read) and keeps what it took off; the plural is read as the singular only when that
singular is a title of the index (taxonomy titles, Swedish ESCO labels).

The words around the title that are not the title ("till storkök", "hotell", "gymnasiet", "F-3") are weak
context: when several occupations share the title, :func:`context_first` puts first the one whose own titles
name a context word ("storkökskock", "hotellstädare", "f-3-lärare"), only when the first hit names none.
Everything is compared against the title index, so nothing here is tuned on a headline.
"""
from __future__ import annotations

import re

from retrieval.titles import TitleIndex, fold, words

WINDOW = 10          # only hits near the top are weighed by context: the title decided the ranking
MIN_CONTEXT = 4      # a context word shorter than this is no evidence ("av", "ny")
MIN_STEM = 6         # a context word's stem ("gymnasie|t", "hemtjänst|en"), never a shorter root ("ortop|edi")
MIN_INSIDE = 5       # a context word found inside a title word must be this long ("boende" in "äldreboende")
# A recruiter's frame before the title, Swedish and English ("X AB söker en", "Är du vår nya", "Join us as a").
_FRAME = re.compile(
    r"^(?:.{0,60}?\bsöker\s+(?:nu\s+)?(?:fler\s+|flera\s+|nya\s+|en\s+ny\s+|ett\s+nytt\s+)?"
    r"|(?:är|vill)\s+du\s+(?:bli\s+)?(?:vår|våran|vårt|våra|min|den|en)\s+(?:nya|nye|nästa|blivande)?\s*"
    r"|bli\s+(?:vår|våran|en\s+av\s+oss\s*[-–—:,]?)\s*(?:nya|nye)?\s*"
    r"|we\s*(?:'re|\s+are)\s+(?:hiring|looking\s+for|recruiting|seeking)\s*:?\s*"
    r"|join\s+(?:us|our\s+team)\s+as\s+|are\s+you\s+our\s+(?:new|next)\s+)"
    r"(?:(?:en|ett|a|an)\s+)?", re.IGNORECASE)
# A trailing question mark or exclamation of a frame ("… ekonomiassistent?", "… sökes!").
_END = re.compile(r"\s*[!?.؟]+\s*$")
_PERSON = re.compile(r"(?i)\b(?:till|åt|för|hos)\s+(?:en\s+|ung\s+|äldre\s+)?(?:kvinna|man|kille|tjej|pojke|flicka|"
                     r"dam|herre|barn|brukare|familj)\b|\b\d{1,2}-årig\s+(?:kvinna|man|kille|tjej|pojke|flicka)\b")
_BRACKETS = re.compile(r"\s*\(([^)]*)\)?")
_NUMBERED = re.compile(r"^\d+([,.]\d+)?\s*%?$|^\d+-\d+%$|^(ii|iii|iv)$", re.IGNORECASE)
# Praise and seniority words of a headline: they describe the person wanted, never the occupation.
PRAISE = frozenset("""driven drivna noggrann noggranna engagerad engagerade ambitiös ambitiösa serviceinriktad
serviceinriktade positiv positiva glad glada social sociala självgående flexibel flexibla erfaren erfarna
rutinerad rutinerade duktig duktiga skicklig skickliga strukturerad strukturerade nyfiken nyfikna motiverad
motiverade lyhörd lyhörda ansvarsfull ansvarsfulla pålitlig pålitliga kreativ kreativa initiativrik
initiativrika utåtriktad utåtriktade stjärna stjärnor passionate motivated experienced skilled driven
ambitious dedicated""".split())
# English praise: read away before any head ("Experienced Cleaner").
_PRAISE_EN = frozenset("passionate motivated experienced skilled driven ambitious dedicated".split())
_STOP = frozenset("""till i på hos för med och vid inom av som mot samt eller från the at in of for a an and to with
en ett vår vårt våra vi du din er ert nya ny nytt our your new söker sökes vill bli är oss join us are we
hiring start omgående""".split())
_PUNCT = ",.!:;?()[]|–—"
MAX_HEADLINE = 14    # words; a longer text is a story or a question, never a headline
_SELF = frozenset("jag du han hon de man i we he she they my min mitt mina me".split())
# A workplace says where the post is, never that it is a manager's or a specialist's with further education
# ("Sjuksköterska till akutmottagning" is a nurse, "Customer service-medarbetare" no customer service manager).
_SPECIALIST = re.compile(r"specialist|\bspec\.|chef\b|chef,|manager|director|föreståndare", re.IGNORECASE)


def _tokens(text: str) -> list[str]:
    """Folded tokens with their inner hyphens and digits ("f-3", "7-9", "lss-boende")."""
    return [t for t in (fold(w).strip(_PUNCT) for w in (text or "").split()) if t and t not in "-/&"]


def singular(tidx: TitleIndex, word: str) -> str:
    """The singular title a plural or gender form names ("undersköterskor" -> "undersköterska", "kockar" ->
    "kock", "montörer" -> "montör", "frisörskor" -> "frisör"); "" when the word is a title itself or no
    such singular is a one-word title of the index."""
    w = fold(word).strip()
    if len(w) < 5 or w in tidx.by_alias:
        return ""
    cands = []
    for suf, rep in (("skorna", "ska"), ("skor", "ska"), ("skor", ""), ("orna", "a"), ("or", "a"),
                     ("erna", ""), ("arna", ""), ("arna", "e"), ("er", ""), ("ar", ""), ("ar", "e"), ("na", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            cands.append(w[: len(w) - len(suf)] + rep)
    return next((c for c in cands if c in tidx.by_alias), "") or next((c for c in cands if _heads(tidx, c)), "")


def _heads(tidx: TitleIndex, word: str) -> bool:
    """The word ends the titles of two or more occupations ("kassör": "kontorskassör", "lantbrukskassör")."""
    return len(word) >= 5 and len(getattr(tidx, "_suffix", {}).get(word, ())) >= 2


def _titled(tidx: TitleIndex, token: str) -> bool:
    """A word of a title, the plural of one, or the head of titles ("kassör" ends "kontorskassör")."""
    w = fold(token).strip(_PUNCT)
    return len(w) >= 3 and (w in tidx.vocab or bool(singular(tidx, w)) or _heads(tidx, w))


def _singulars(tidx: TitleIndex, text: str) -> str:
    """The text with each plural title word read as its singular title (the rest as written)."""
    out = []
    for tok in text.split():
        core = tok.strip(",.!:;")
        one = singular(tidx, core) if core[:1].isalpha() and fold(core) not in tidx.vocab else ""
        out.append(tok.replace(core, one if core.islower() else one.capitalize()) if one else tok)
    return " ".join(out)


def unframed(tidx: TitleIndex, query: str) -> tuple[str, tuple[str, ...]]:
    """(the headline without its recruiter frame, asides, praise and plural forms; the words taken off).
    A text whose frame would leave nothing, or no frame at all, keeps its words (plural forms read)."""
    q = " ".join((query or "").split())
    first = fold(q.split()[0]) if q else ""
    if len(q.split()) > MAX_HEADLINE or first in _SELF:
        return q, ()       # a sentence about oneself ("jag söker jobb som kock") is no ad headline
    taken: list[str] = []
    m = _FRAME.match(q)
    framed = False
    if m and m.end() < len(q):
        rest = q[m.end():]
        # a frame is read away only when a title follows it ("Vi söker en driven elektriker"), never from a
        # question about oneself ("vill du bli … ?" with no title after it stays as it is)
        if any(_titled(tidx, w) for w in rest.split()[:4]):
            taken += words(q[: m.end()])
            q, framed = _END.sub("", rest), True
    # "Sommarjobb: diskare …", "Vikariat: …": a colon after words that name no title ends a prefix
    head, colon, tail = q.partition(": ")
    if colon and tail and not any(w in tidx.vocab for w in words(head)) and len(words(head)) <= 3:
        taken += words(head)
        q = tail
    outside = words(_BRACKETS.sub(" ", q))
    # an English title of several words keeps its aside for the modifier reading ("… Engineer (Azure)")
    if not (len(outside) > 1 and _BRACKETS.sub(" ", q).isascii()):
        taken += [w for b in _BRACKETS.finditer(q) for w in words(b.group(1))]
        q = " ".join(_BRACKETS.sub(" ", q).split()) or q
    ws = q.split()
    # A Swedish praise word goes when a title word follows it ("noggrann ekonomiassistent"), not before an English
    # head ("social worker"); English praise always goes.
    kept = [w for i, w in enumerate(ws) if not (i + 1 < len(ws) and (fold(w).strip(",.!:;") in _PRAISE_EN or (
        fold(w).strip(",.!:;") in PRAISE and any(_titled(tidx, x) for x in ws[i + 1:]))))]
    taken += [fold(w).strip(",.!:;") for w in ws if w not in kept]
    q = _END.sub("", " ".join(kept)) if framed or len(kept) < len(ws) else " ".join(kept)
    q = _singulars(tidx, q)
    # "Assistent till kvinna i Huddinge", "29-årig kille söker assistent": an assistant to a person is the
    # personal assistant of the taxonomy (the person is the workplace, not an employer or a field)
    if _PERSON.search(query) and re.search(r"(?i)(?<!\w)assistent(?!\w)", q) and "personlig" not in fold(q):
        q = re.sub(r"(?i)(?<!\w)assistent(?!\w)", "personlig assistent", q, count=1)
    return q, tuple(taken)


def context_words(query: str, core: str) -> tuple[str, ...]:
    """The words of the headline that are not the searched title: the workplace, the field, the level."""
    own = set(_tokens(core))
    return tuple(w for w in _tokens(query) if w not in own and w not in _STOP and w not in PRAISE
                 and (len(w) >= MIN_CONTEXT - 1 or "-" in w) and not _NUMBERED.match(w))


def _names(word: str, alias_words: list[str]) -> bool:
    """A context word ("hotell", "gymnasiet", "f-3") named by a title's words ("hotellstädare",
    "gymnasielärare", "f-3-lärare"): a word, a stem ("gymnasie"), or a part inside a compound."""
    stems = {word, *(word[: len(word) - n] for n in (1, 2) if len(word) - n >= MIN_STEM)}
    if len(word) < MIN_CONTEXT:   # a short level code ("f-3", "7-9") names a title only as its own part
        return any(a == word or a.startswith(word + "-") or a.endswith("-" + word) for a in alias_words)
    for a in alias_words:
        if a == word or any(a.startswith(s) for s in stems if len(s) >= MIN_CONTEXT) \
                or (len(word) >= MIN_INSIDE and word in a) or (len(a) >= MIN_INSIDE and word.startswith(a)):
            return True
    return False


def context_first(tidx: TitleIndex, core: str, context: tuple[str, ...], hits: list, window: int = WINDOW) -> list:
    """Among the top hits titled by the core's head word, the one whose own titles name most context words
    comes first, when the first hit names none (fused order breaks ties); scores follow the new order."""
    ws = _tokens(core)
    # An English title of several words is read by its modifiers (retrieval/title_modifier), not by an aside.
    if not ws or not hits or (len(ws) > 1 and all(w.isascii() and w.isalpha() for w in ws)):
        return hits
    head = singular(tidx, ws[-1]) or ws[-1]
    if len(ws) > 1 and ws[0] in tidx.vocab:   # "Grundlärare F-3": the title word leads, its level is evidence
        head, context = ws[0], (*(w for w in ws[1:] if any(ch.isdigit() for ch in w)), *context)
    # the title's own forms ("Kockar", a misspelt "Elektrikr") are no context
    context = tuple(c for c in context if c != head and singular(tidx, c) not in ws
                    and c[:MIN_INSIDE] != head[:MIN_INSIDE])
    if not context:
        return hits

    def evidence(h) -> int:
        own = tidx.occupation_aliases(h.concept_id)
        if not any(w.endswith(head) for a in own for w in words(a)) or _SPECIALIST.search(h.title):
            return -1          # not titled by the headline's head word: context decides nothing for it
        aw = [w for a in own for w in _tokens(a) if w not in ws] + _tokens(h.title)
        return sum(1 for c in dict.fromkeys(context) if _names(c, aw))

    top = hits[:window]
    ev = [evidence(h) for h in top]
    if ev[0] != 0 or max(ev) <= 0:
        return hits
    return promoted(hits, max(range(len(top)), key=lambda i: (ev[i], -i)), window)


def promoted(hits: list, best: int, window: int = WINDOW) -> list:
    """``hits`` with the one at ``best`` (within the first ``window``) moved first; the window's scores keep their
    descending ladder, so a promoted hit takes the top score and the others follow in their order."""
    top = hits[:window]
    order = [best] + [i for i in range(len(top)) if i != best]
    scores = sorted((h.score for h in top), reverse=True)
    out = [top[i] for i in order]
    for h, sc in zip(out, scores):
        h.score = sc
    return out + hits[window:]
