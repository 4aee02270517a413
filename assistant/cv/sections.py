"""The structure of a (redacted) CV text: sections, and in them positions, education, languages,
licences, certificates and skills — each with its offsets in the text.

Entries of the experience and education sections are anchored on the line that holds their years
("2015–2020", "2019 – nu", "mars 2018 - present", "٢٠١٠ - ٢٠١٦" after digit folding). A CV lays its
entries out one way throughout, so the layout is read once per section from the first entry: the
title on the year line ("2015–2020 Undersköterska, Hemtjänsten, Malmö") or on the line(s) above it
("Undersköterska" / "Hemtjänsten, Malmö | 2015–2020"). What follows, up to the next entry, is the
entry's duties.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.cv.privacy import heading_of
from assistant.cv.vocab import fold, interpretation_cues, vocab

YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MONTH = (r"(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zé]*\.?|"
          r"(?:januari|februari|mars|april|juni|juli|augusti|september|oktober|november|december)")
_DATE = rf"(?:(?:{_MONTH})\s+|\d{{1,2}}\s*[/.]\s*)?{YEAR}(?:\s*[-/.]\s*\d{{1,2}}(?!\d))?"
_YEAR_RE = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_BULLET = re.compile(r"^\s*(?:[-•*▪◦●·–—>]|\d{1,2}[.)])\s+")
_SPLIT = re.compile(r"\s*(?:\||,|،|;|\s[-–—]\s|\bpå\b|\bhos\b|\bat\b|\bvid\b|\bin\b|لدى|في|\bв\b|\bу\b|\bна\b)\s*",
                    re.IGNORECASE)
# Education titles keep their "in"/"i"/"في" ("Kandidatexamen i biologi", "بكالوريوس في التمريض").
_SPLIT_EDU = re.compile(r"\s*(?:\||,|،|;|\s[-–—]\s)\s*")
SECTIONS = ("experience", "education", "languages", "licences", "certificates", "skills", "profile", "interests")


@dataclass
class Line:
    """One line of the CV text and where it is."""

    text: str
    start: int
    end: int


@dataclass
class Entry:
    """One position or one education: its header lines, its years, and the lines under it."""

    header: list[Line]
    title: Line                       # the part of the header that names the job / the degree
    details: list[str] = field(default_factory=list)   # employer / institution / place chunks
    start_year: int | None = None
    end_year: int | None = None
    current: bool = False
    body: list[Line] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.header[0].start

    @property
    def end(self) -> int:
        return (self.body[-1] if self.body else self.header[-1]).end

    @property
    def years(self) -> float | None:
        """Length of the period in years (a running one until ``this_year``), at least 0.5 when stated."""
        if self.start_year is None:
            return None
        end = self.end_year if self.end_year is not None else (THIS_YEAR if self.current else self.start_year)
        return max(0.5, float(end - self.start_year))


THIS_YEAR = 2026


@dataclass
class CVSections:
    """Lines of a CV per section; ``other`` holds lines before any heading (after the header)."""

    lines: dict[str, list[Line]] = field(default_factory=dict)
    positions: list[Entry] = field(default_factory=list)
    education: list[Entry] = field(default_factory=list)


def lines_of(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(raw, pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def split_sections(text: str) -> CVSections:
    """Lines by section, and the entries of the experience and education sections."""
    result = CVSections()
    section = "other"
    for line in lines_of(text):
        if not line.text.strip() or line.text.strip().startswith("[") and line.text.strip().endswith("]"):
            continue
        head = heading_of(line.text)
        if head is not None:
            section = head
            continue
        result.lines.setdefault(section, []).append(line)
    result.positions = entries(result.lines.get("experience", []))
    result.education = entries(result.lines.get("education", []), split=_SPLIT_EDU)
    return result


def has_year(text: str) -> bool:
    return bool(_YEAR_RE.search(text))


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def entries(lines: list[Line], split: re.Pattern[str] = _SPLIT) -> list[Entry]:
    """Entries anchored on year lines (see module docstring); a section without years is one entry per line."""
    anchors = [i for i, l in enumerate(lines) if has_year(l.text) and not is_bullet(l.text)]
    if not anchors:
        return [_entry([l], l, [], split) for l in lines if not is_bullet(l.text)]
    above = 0
    for j in range(anchors[0] - 1, max(-1, anchors[0] - 3), -1):
        if is_bullet(lines[j].text) or has_year(lines[j].text):
            break
        above += 1
    out: list[Entry] = []
    starts = [max(0, a - above) for a in anchors]
    for n, a in enumerate(anchors):
        head_start = starts[n]
        if n > 0:
            head_start = max(head_start, anchors[n - 1] + 1)
        header = lines[head_start:a + 1]
        body_end = starts[n + 1] if n + 1 < len(anchors) else len(lines)
        body = lines[a + 1:body_end]
        title = _title_line(header)
        out.append(_entry(header, title, body, split))
    return out


def _title_line(header: list[Line]) -> Line:
    """The header line that names the job: the first one with words once its dates are taken out."""
    for line in header:
        if _letters(_strip_dates(line.text)) >= 2:
            return line
    return header[-1]


def _entry(header: list[Line], title: Line, body: list[Line], split: re.Pattern[str]) -> Entry:
    entry = Entry(header=header, title=title, body=body)
    years_line = next((l.text for l in header if has_year(l.text)), "")
    ys = [int(y) for y in _YEAR_RE.findall(years_line)]
    if ys:
        entry.start_year = min(ys)
        entry.end_year = max(ys) if len(ys) > 1 else None
        entry.current = bool(vocab().present.search(fold(years_line)))
        if entry.end_year is None and not entry.current and re.search(rf"{YEAR}\s*[-–—]\s*$", years_line.strip()):
            entry.current = True  # "2019 –" runs on
    chunks: list[str] = []
    for line in header:
        rest = _strip_dates(line.text)
        chunks.extend(c.strip(" .:") for c in split.split(rest) if _letters(c) >= 2)
    # The title span: the first chunk of the title line, found again in the line.
    first = next((c.strip(" .:") for c in split.split(_strip_dates(title.text)) if _letters(c) >= 2), "")
    at = title.text.find(first) if first else -1
    if at >= 0:
        entry.title = Line(first, title.start + at, title.start + at + len(first))
        if chunks and chunks[0] == first:
            chunks = chunks[1:]
        else:
            chunks = [c for c in chunks if c != first]
    entry.details = chunks
    return entry


def _strip_dates(text: str) -> str:
    out = re.sub(rf"{_DATE}(?:\s*[-–—]+\s*(?:{_DATE}|{vocab().present.pattern}))?", " ", text, flags=re.IGNORECASE)
    out = vocab().present.sub(" ", out)
    return re.sub(r"^[\s\-–—|:,()]+|[\s\-–—|:,()]+$", "", _BULLET.sub("", out))


def _letters(s: str) -> int:
    return sum(ch.isalpha() for ch in s)


def country_of(texts: list[str]) -> str | None:
    """ISO code of a country named in ``texts`` (the interpreter's multilingual country names)."""
    blob = fold(" ".join(texts))
    for code, names in interpretation_cues()["countries"].items():
        for name in names:
            n = fold(str(name))
            if re.search(rf"(?<![^\W_]){re.escape(n)}", blob):
                return str(code)
    return None


def employer_type(texts: list[str]) -> str | None:
    """public | healthcare | education | private | non_profit | self_employed, from the employer words."""
    blob = fold(" ".join(texts))
    for kind, pattern in vocab().employer_types:
        if pattern.search(blob):
            return kind
    return None
