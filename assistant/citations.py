"""Step 7: the citation check.

- Citations whose document id was not in the evidence given to the composer are removed;
  so are markers ``[n]`` that point at no citation (both counted in ``removed``).
- The remaining citations are renumbered 1, 2, … in order of first appearance in the text.
- Sentences that look factual (a number, a «quoted» source title, or the title of an evidence
  document) but carry no marker are counted in ``uncited``. Sentences a composer declares
  non-factual (greetings, questions, general guidance) are exempt.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, Field

from assistant.contract import Citation
from vagledning.domain.evidence import Evidence

MARKER = re.compile(r"\[(\d{1,3})\]")
_LIST_MARKER = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})+)\]")
_SENTENCE_END = re.compile(r"(?<=[.!?؟።])\s+")
_DIGIT = re.compile(r"\d")


class CheckResult(BaseModel):
    text: str
    citations: list[Citation] = Field(default_factory=list)
    removed: int = 0
    uncited: int = 0


def _expand_lists(text: str) -> str:
    # "[1, 2]" -> "[1][2]": one marker per source.
    return _LIST_MARKER.sub(lambda m: "".join(f"[{n.strip()}]" for n in m.group(1).split(",")), text)


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+([.,;:!?؟።])", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text)


_QUOTED = re.compile(r"«[^»\n]*»")
_HIDE = str.maketrans({".": "\x01", "!": "\x02", "?": "\x03", "؟": "\x04", "።": "\x05"})
_SHOW = str.maketrans({"\x01": ".", "\x02": "!", "\x03": "?", "\x04": "؟", "\x05": "።"})


#: Abbreviations our languages write inside a sentence, also before a capital ("t.ex. CPL", "e.g. SFI").
_ABBREVIATION = re.compile(r"(?:\b(?:t\.ex|e\.g|i\.e|z\.B|bl\.a|m\.fl|d\.v\.s|s\.k|dvs|ca|jfr|inkl|resp|etc)|"
                           r"(?<!\w)(?:т\.е|т\.д|див|напр|тощо|ін))\.$", re.I)


def _split_line(line: str) -> list[str]:
    # A full stop followed by a lower-case word ends an abbreviation, not a sentence ("див. джерело",
    # "t.ex. en kurs", "e.g. a course"): the marker of the sentence goes after the whole of it.
    parts, start = [], 0
    for m in _SENTENCE_END.finditer(line):
        if line[m.start() - 1] == "." and (line[m.end():m.end() + 1].islower()
                                           or _ABBREVIATION.search(line, 0, m.start())):
            continue
        parts.append(line[start:m.start()])
        start = m.end()
    return [*parts, line[start:]]


def sentences(text: str) -> list[str]:
    """Sentences and list items of an answer (a «quotation» never ends a sentence inside, nor does an
    abbreviation's full stop)."""
    masked = _QUOTED.sub(lambda m: m.group(0).translate(_HIDE), text)
    return [s.strip().translate(_SHOW) for line in masked.split("\n") for s in _split_line(line) if s.strip()]


def _bare(sentence: str) -> str:
    return " ".join(MARKER.sub("", sentence).removeprefix("- ").split()).casefold().rstrip(" .!?؟።")


def said_once(text: str) -> str:
    """``text`` without a sentence or list line it already said (citation markers aside): the last step of
    every composition, so no plan, template or model can print a line twice (rater 7: the SFI line, "what you
    ask is not in my sources" twice). Lines that lose nothing are kept as they were written."""
    seen: set[str] = set()
    lines: list[str | None] = []
    for line in text.split("\n"):
        masked = _QUOTED.sub(lambda m: m.group(0).translate(_HIDE), line)
        parts = [p.translate(_SHOW) for p in _split_line(masked)]
        kept = []
        for part in parts:
            bare = _bare(part)
            if len(bare) > 3 and bare in seen:
                continue
            if bare:
                seen.add(bare)
            kept.append(part)
        if len(kept) == len(parts):
            lines.append(line)
        elif any(p.strip() for p in kept):
            lead = "- " if line.lstrip().startswith("- ") and not kept[0].lstrip().startswith("- ") else ""
            lines.append(lead + " ".join(p.strip() for p in kept if p.strip()))
        else:
            lines.append(None)  # the whole line was said before
    out = "\n".join(x for x in lines if x is not None)
    return re.sub(r"\n{3,}", "\n\n", out).strip("\n") if any(x is None for x in lines) else out


def looks_factual(sentence: str, titles: Iterable[str]) -> bool:
    """A number, a «quoted» title, or the title of an evidence document."""
    bare = MARKER.sub("", sentence)
    if _DIGIT.search(bare) or "«" in bare:
        return True
    folded = bare.casefold()
    return any(t in folded for t in titles)


def check(text: str, citations: list[Citation], evidence: list[Evidence], *,
          exempt: Iterable[str] = ()) -> CheckResult:
    """Validate and renumber the citations of ``text`` against the evidence given to the composer."""
    text = said_once(_expand_lists(text))
    allowed = {e.doc_id for e in evidence}
    by_n = {c.n: c for c in citations}
    valid = {n: c for n, c in by_n.items() if c.id in allowed}
    removed = len(by_n) - len(valid)
    used = [int(m.group(1)) for m in MARKER.finditer(text)]
    removed += len({n for n in used if n not in by_n})
    mapping: dict[int, int] = {}
    new_of_id: dict[str, int] = {}
    for n in used:
        if n in valid and n not in mapping:
            doc = valid[n].id
            # Two numbers for one document collapse into one citation.
            mapping[n] = new_of_id.setdefault(doc, len(new_of_id) + 1)
    out = MARKER.sub(lambda m: f"[{mapping[int(m.group(1))]}]" if int(m.group(1)) in mapping else "", text)
    out = re.sub(r"(\[\d+\])(\1)+", r"\1", out)
    out = _tidy(out)
    cits: dict[int, Citation] = {}
    for n, new in mapping.items():
        cits.setdefault(new, valid[n].model_copy(update={"n": new}))
    titles = [e.title.casefold() for e in evidence if len(e.title.strip()) >= 4]
    exempt_set = {_tidy(s.strip()) for s in exempt}
    uncited = sum(1 for s in sentences(out)
                  if s not in exempt_set and not MARKER.search(s) and looks_factual(s, titles))
    return CheckResult(text=out, citations=[cits[k] for k in sorted(cits)], removed=removed, uncited=uncited)


def citation_for(n: int, ev: Evidence) -> Citation:
    """The citation of evidence ``ev`` under number ``n``."""
    return Citation(n=n, id=ev.doc_id, kind=ev.kind, title=ev.title, url=ev.url,
                    snippet=" ".join(ev.snippet.split())[:240])
