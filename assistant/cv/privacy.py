"""Personal identifiers out of a CV's text, before anything else reads it.

A CV states who the person is without the cues a chat message has ("jag heter …"): the name is
the first line, contact details sit behind labels ("Telefon:", "البريد الإلكتروني:"), and the
references name other people. So, in this order:

1. the references section is dropped whole (other people's names and numbers);
2. the value of every personal field label is replaced (name, address, phone, e-mail,
   personnummer, date of birth, profile links), whatever the value looks like;
3. the first name-like line of the header (before the first section heading) is the person's
   name: it is replaced, and each of its words is replaced wherever else it occurs;
4. the core redaction (vagledning/domain/redaction.py) then removes personnummer, phone numbers,
   e-mail, street addresses and introduced names anywhere in the text.

Images (photos) are never read by the extractor. Fails closed like the core: an internal error
leaves no text at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.cv.vocab import fold, vocab
from vagledning.domain.redaction import redact

_DIGIT = re.compile(r"\d")
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’\-.]*[^\W\d_]?\.?$")
_SEPARATORS = re.compile(r"\s+(?:\||•|·|▪|/|;)\s+")
_CV_WORDS = re.compile(r"(?i)^(?:curriculum\s+vitae|cv|resume|résumé|meritförteckning|السيرة الذاتية|سيرة ذاتية|"
                       r"رزومه|резюме|cv-ga|ሲቪ)\s*[:\-–—|]?\s*")
HEADER_LINES = 8


@dataclass
class CVRedaction:
    """The redacted CV text and how many of each kind were replaced."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, n: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + n


def heading_of(line: str) -> str | None:
    """The section a heading line opens, or None (a heading is short and is, or starts with, a known word)."""
    bare = fold(re.sub(r"^[\W_]+|[\W_]+$", "", line))
    if not bare or len(bare) > 60 or _DIGIT.search(bare):
        return None
    headings = vocab().headings
    if bare in headings:
        return headings[bare]
    words = bare.split()
    if len(words) <= 5:
        for n in range(min(4, len(words)), 0, -1):
            head = " ".join(words[:n])
            if head in headings:
                return headings[head]
    return None


def redact_cv(text: str) -> CVRedaction:
    """``text`` without personal identifiers (see module docstring); never raises."""
    try:
        return _redact(text)
    except Exception:  # noqa: BLE001 - fail closed: losing the CV is better than leaking it
        return CVRedaction(text="[text borttagen]", counts={"fel": 1})


def _redact(text: str) -> CVRedaction:
    out = CVRedaction(text="")
    lines = text.split("\n")
    section: str | None = None
    first_heading = None
    name_tokens: set[str] = set()
    expect_value: str | None = None
    for i, line in enumerate(lines):
        head = heading_of(line)
        if head is not None:
            section = head
            first_heading = i if first_heading is None else first_heading
            expect_value = None
            continue
        if section == "references" and line.strip():
            lines[i] = "[referens]"
            out.add("referens")
            continue
        if expect_value and line.strip():
            lines[i] = f"[{expect_value}]"
            out.add(expect_value)
            if expect_value == "namn":
                name_tokens.update(_tokens(line))
            expect_value = None
            continue
        lines[i], alone = _labelled(line, out, name_tokens)
        expect_value = alone
    header_end = first_heading if first_heading is not None else min(len(lines), HEADER_LINES)
    seen = 0
    for i in range(min(header_end, len(lines))):
        if not lines[i].strip() or lines[i].startswith("["):
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        candidate = _CV_WORDS.sub("", lines[i]).strip()
        if _looks_like_name(candidate):
            name_tokens.update(_tokens(candidate))
            lines[i] = lines[i][: len(lines[i]) - len(candidate)] + "[namn]" if candidate != lines[i] else "[namn]"
            out.add("namn")
            break
    body = "\n".join(lines)
    for token in sorted(name_tokens, key=len, reverse=True):
        body, n = re.subn(rf"(?<![^\W_]){re.escape(token)}(?![^\W_])", "[namn]", body, flags=re.IGNORECASE)
        if n:
            out.add("namn", n)
    core = redact(body)
    for kind, n in core.counts.items():
        out.add(kind, n)
    out.text = core.text
    return out


def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    kinds = {label: kind for label, kind in vocab().labels}
    alts = "|".join(re.escape(label) for label, _ in vocab().labels)
    with_value = re.compile(rf"^(\s*(?:{alts}))\s*(?:[:：]|\s[-–—])\s*(\S.*)$", re.IGNORECASE)
    alone = re.compile(rf"^\s*({alts})\s*[:：]?\s*$", re.IGNORECASE)
    return with_value, alone, kinds


def _labelled(line: str, out: CVRedaction, name_tokens: set[str]) -> tuple[str, str | None]:
    """``line`` with the values of personal labels replaced; second item: the placeholder kind when the
    line is a label alone (its value is on the next line)."""
    with_value, alone, kinds = _label_patterns()
    m = alone.match(line)
    if m:
        return line, kinds.get(fold(m.group(1)))
    parts = _SEPARATORS.split(line)
    changed = False
    for j, part in enumerate(parts):
        m = with_value.match(part)
        if not m:
            continue
        kind = kinds.get(fold(m.group(1)))
        if kind is None:
            continue
        if kind == "namn":
            name_tokens.update(_tokens(m.group(2)))
        parts[j] = f"{m.group(1)}: [{kind}]"
        out.add(kind)
        changed = True
    return (" | ".join(parts) if changed else line), None


def _tokens(value: str) -> set[str]:
    return {t.strip(".,;:()'’\"") for t in value.split() if len(t.strip(".,;:()'’\"")) >= 2 and not _DIGIT.search(t)}


def _looks_like_name(line: str) -> bool:
    """2-4 words of letters, capitalised where the script has case, none a CV word we know."""
    words = line.replace(",", " ").split()
    if not 2 <= len(words) <= 4 or heading_of(line) is not None or "@" in line or _DIGIT.search(line):
        return False
    if not all(_NAME_TOKEN.match(w) for w in words):
        return False
    cased = [w for w in words if w[0].upper() != w[0].lower()]
    if cased and not all(w[0].isupper() for w in cased):
        return False
    # A job title in the header ("Warehouse Worker", "Registered Nurse") is not a name: titles
    # contain words the occupation vocabulary knows; names rarely do.
    return not any(fold(w) in _title_words() for w in words)


def _title_words() -> frozenset[str]:
    from assistant.cv.vocab import interpretation_cues

    words: set[str] = set()
    for terms in vocab().raw["headings"].values():
        words.update(fold(t) for t in terms)
    for level in interpretation_cues()["education_levels"]:
        words.update(fold(t) for t in level["terms"])
    words.update(TITLE_WORDS)
    return frozenset(words)


#: Common words of job titles in CV headers, in the CV languages (a header title line is kept).
TITLE_WORDS = {
    "worker", "assistant", "nurse", "driver", "engineer", "manager", "developer", "teacher", "cook", "chef",
    "accountant", "technician", "operator", "cleaner", "electrician", "mechanic", "consultant", "specialist",
    "registered", "senior", "junior", "warehouse", "sales", "care", "undersköterska", "sjuksköterska", "lärare",
    "ingenjör", "kock", "elektriker", "förare", "lagerarbetare", "ekonom", "tekniker", "säljare", "städare",
    "snickare", "målare", "svetsare", "barnskötare", "vårdbiträde", "personlig", "assistent", "ممرضة", "ممرض",
    "مهندس", "مهندسة", "سائق", "طباخ", "محاسب", "محاسبة", "معلم", "معلمة", "فني", "مدير", "عامل", "кухар",
    "водій", "інженер", "медсестра", "вчитель", "бухгалтер", "менеджер", "پرستار", "راننده", "آشپز",
    "حسابدار",
}
