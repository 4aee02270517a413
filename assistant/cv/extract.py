"""A CV file (PDF, DOCX or plain text, as bytes in memory) → its text, one line per line of the CV.

Nothing is written anywhere: the bytes are read from memory (``io.BytesIO``) and only the text
leaves this module. Metadata (PDF author, DOCX core properties), page headers/footers and images
are never read — they are where names and photos sit. The type is decided by the bytes, not by
the file name. Every refusal is a :class:`CVRefused` with a message in the person's language.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from assistant.cv.errors import CVRefused

#: A DOCX whose parts unpack to more than this is refused (zip bombs).
MAX_UNPACKED_BYTES = 40_000_000
#: Fewer letters than this in the whole file = no text layer (a scan, a photo in a PDF).
MIN_LETTERS = 30

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Arabic-Indic and Persian digits read as the years and numbers they are.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")


@dataclass(frozen=True)
class Extracted:
    """The text of a CV and what it was read from."""

    text: str
    kind: str           # "pdf" | "docx" | "text"
    pages: int | None   # PDF pages (None for DOCX/text)


def sniff(data: bytes) -> str:
    """"pdf", "docx", "text" or "other" from the first bytes (the file name is not trusted)."""
    head = data[:1024]
    if head.lstrip(b"\r\n\t \x00\xef\xbb\xbf")[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return "docx"  # confirmed (or refused) when opened
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or head[:4] in (b"\x89PNG", b"GIF8", b"RIFF") \
            or head[:3] == b"\xff\xd8\xff" or head[:2] in (b"MZ", b"\x1f\x8b") or head[:5] == b"{\\rtf":
        return "other"  # old .doc, images, executables, archives, RTF
    return "text"


def extract(data: bytes, *, language: str | None, max_bytes: int, max_pages: int, max_chars: int) -> Extracted:
    """The CV's text, normalised (NFKC, one space between words, no empty runs of lines)."""
    if len(data) > max_bytes:
        raise CVRefused("too_large", language, limit=_mb(max_bytes))
    if not data.strip():
        raise CVRefused("empty", language)
    kind = sniff(data)
    pages: int | None = None
    if kind == "pdf":
        text, pages = _pdf(data, language, max_pages)
        text = logical_order(unicodedata.normalize("NFKC", text))
    elif kind == "docx":
        text = _docx(data, language)
    elif kind == "text":
        text = _plain(data, language)
    else:
        raise CVRefused("unsupported_type", language)
    text = normalise(text)
    if len(_LETTER.findall(text)) < MIN_LETTERS:
        raise CVRefused("no_text" if kind == "pdf" else "empty", language)
    if len(text) > max_chars:
        raise CVRefused("too_much_text", language, chars=max_chars)
    return Extracted(text=text, kind=kind, pages=pages)


def normalise(text: str) -> str:
    """NFKC (Arabic presentation forms and ligatures from PDFs become letters), one space, ≤1 blank line."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub(" ", text).translate(_DIGITS)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


_AR = "\u0600-\u06ff\u0750-\u077f"
_RTL_RUN = re.compile(rf"[:،؛.\-]*[{_AR}](?:[{_AR}:،؛.\-\s]*[{_AR}])?[:،؛.\-\s]*")
_AR_WORD = re.compile(rf"[{_AR}]+")


def logical_order(text: str) -> str:
    """Arabic-script runs a PDF producer stored in visual order come out of pypdf reversed
    ("ةضرمم" for "ممرضة"); detected by the Arabic article at word ends ("…لا") instead of starts,
    they are turned back. Text already in logical order is returned as it is."""
    words = _AR_WORD.findall(text)
    starts = sum(1 for w in words if len(w) > 3 and w.startswith("ال"))
    ends = sum(1 for w in words if len(w) > 3 and w.endswith("لا"))
    if ends < 2 or ends <= starts:
        return text
    return "\n".join(_RTL_RUN.sub(lambda m: m.group(0)[::-1], line) for line in text.split("\n"))


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".")


# ------------------------------------------------------------------ PDF

def _pdf(data: bytes, language: str | None, max_pages: int) -> tuple[str, int]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    # pypdf reports damaged structure through logging; those lines are about the file, and the
    # person's file must not reach our logs at all.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):  # an owner-only password still opens; a user password does not
                    raise CVRefused("encrypted", language)
            except (FileNotDecryptedError, DependencyError, NotImplementedError):
                raise CVRefused("encrypted", language) from None
        n = len(reader.pages)
        if n > max_pages:
            raise CVRefused("too_many_pages", language, pages=max_pages)
        if n == 0:
            raise CVRefused("corrupt", language)
        return "\n\n".join((page.extract_text() or "") for page in reader.pages), n
    except CVRefused:
        raise
    except FileNotDecryptedError:
        raise CVRefused("encrypted", language) from None
    except Exception:  # noqa: BLE001 - a damaged PDF makes pypdf raise almost anything; all of it means "corrupt"
        raise CVRefused("corrupt", language) from None


# ------------------------------------------------------------------ DOCX

def _docx(data: bytes, language: str | None) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" not in names:
                raise CVRefused("unsupported_type", language)  # another zip (xlsx, odt, an archive)
            if sum(i.file_size for i in zf.infolist()) > MAX_UNPACKED_BYTES:
                raise CVRefused("too_large", language, limit=_mb(MAX_UNPACKED_BYTES))
    except zipfile.BadZipFile:
        raise CVRefused("corrupt", language) from None
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        _blocks(document, lines)
        return "\n".join(lines)
    except CVRefused:
        raise
    except Exception:  # noqa: BLE001 - lxml/zip/python-docx raise many types for a broken file; all mean "corrupt"
        raise CVRefused("corrupt", language) from None


def _blocks(container, lines: list[str], depth: int = 0) -> None:
    """Paragraphs and tables in document order (body only: headers and footers are never read)."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            if depth < 4:
                _table(block, lines, depth)
        else:
            lines.append(block.text)


def _table(table, lines: list[str], depth: int) -> None:
    """A table row of short cells is one line ("2015–2020 | Undersköterska | Malmö"); a layout table
    (cells holding whole sections, as in two-column CVs) is read cell by cell, column by column."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            cells.append(cell)
        rows.append(cells)
    layout = any(sum(1 for p in c.paragraphs if p.text.strip()) > 2 or c.tables for r in rows for c in r)
    if layout:
        width = max((len(r) for r in rows), default=0)
        for col in range(width):
            for r in rows:
                if col < len(r):
                    _blocks(r[col], lines, depth + 1)
                    lines.append("")
        return
    for r in rows:
        texts = [" ".join(c.text.split()) for c in r]
        line = " | ".join(t for t in texts if t)
        if line:
            lines.append(line)
    lines.append("")


# ------------------------------------------------------------------ plain text

def _plain(data: bytes, language: str | None) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8-sig", "cp1252"]
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL.findall(text)) > max(3, len(text) // 200):
            break  # binary that happened to decode
        return text
    raise CVRefused("unsupported_type", language)
