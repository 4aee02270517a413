"""Helpers shared by the file sources: reading files, cleaning text, URLs, licences.

Nothing here touches the disk at import time.
"""
from __future__ import annotations

import csv
import hashlib
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.errors import DataDirMissing
from vagledning.domain.links import ATLAS_URL

SWEDEN_ID = "i46j_HmG_v64"  # JobTech concept id of the country Sweden (used as "national" region)

# The Atlas concept-page format is the one androjon's demos link to (the authors of our taxonomy files).

LICENCE_JOBTECH = "JobTech Taxonomy open data (Arbetsförmedlingen); via androjon/taxonomy, repository licence: none stated"
LICENCE_JOBTECH_2019 = "JobTech Taxonomy 2019 dump (JobtechSwe/jobtech-taxonomy-database, EPL-1.0)"
LICENCE_ESCO = "© European Union, ESCO v1.1.1 (CC BY 4.0 per tabiya; Decision 2011/833/EU)"
LICENCE_AF_TEXT = "Arbetsförmedlingen 'Hitta yrken' texts (open data); via androjon/taxonomy, repository licence: none stated"

LLM_DESCRIPTION_NOTE = "llm-generated, unverified (androjon/yrkesinfo)"


def atlas_url(concept_id: str) -> str:
    """Public JobTech Atlas page where a user can check a taxonomy concept."""
    return ATLAS_URL.format(id=concept_id)


def require(path: Path) -> Path:
    """Return ``path`` or raise :class:`DataDirMissing` naming it."""
    if not path.exists():
        raise DataDirMissing(f"Required data file not found: {path} (check VAGLEDNING_DATA_DIR)")
    return path


def require_dir(data_dir: Path) -> Path:
    """Raise :class:`DataDirMissing` if the data directory itself is missing."""
    if not Path(data_dir).is_dir():
        raise DataDirMissing(f"Data directory not found: {data_dir} (set VAGLEDNING_DATA_DIR)")
    return Path(data_dir)


def load_json(path: Path) -> Any:
    """Load a required JSON file (missing file -> DataDirMissing)."""
    with require(path).open(encoding="utf-8") as fh:
        return json.load(fh)


def load_json_optional(path: Path, default: Any) -> Any:
    """Load an optional JSON file; a missing or unreadable file gives ``default``."""
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return default


def read_csv(path: Path, delimiter: str = ",") -> Iterator[tuple[int, dict[str, str] | None, str]]:
    """Yield ``(line_no, row, error)`` for each record; row is None when the record is broken.

    Quoted multi-line cells are supported (ESCO). A row with the wrong number of cells is reported
    as broken rather than silently padded.
    """
    with require(path).open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield 1, None, f"bad header: {exc}"
            return
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield reader.line_num, None, f"csv error: {exc}"
                continue
            if not cells:
                continue
            if len(cells) != len(header):
                yield reader.line_num, None, f"expected {len(header)} cells, got {len(cells)}"
                continue
            yield reader.line_num, dict(zip(header, cells, strict=True)), ""


def concepts(payload: Any) -> list[dict[str, Any]]:
    """The concept list of a GraphQL ``{"data":{"concepts":[...]}}`` response."""
    try:
        items = payload["data"]["concepts"]
    except (KeyError, TypeError):
        return []
    return items if isinstance(items, list) else []


def ids_of(value: Any) -> list[str]:
    """Ids of a GraphQL relation list ``[{"id": ...}]`` (tolerates junk)."""
    if not isinstance(value, list):
        return []
    return [v["id"] for v in value if isinstance(v, dict) and isinstance(v.get("id"), str)]


def first_id(value: Any, default: str | None = None) -> str | None:
    """The first id of a relation list, or ``default`` when it names none."""
    ids = ids_of(value)
    return ids[0] if ids else default


_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|br|li|ul|ol|div|h\d|paragraph|item|list)\b[^>]*>", re.I)
_WS = re.compile(r"\s+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Swedish phone numbers: 070-123 45 67, 08-744 55 49, 087445549, +46 70 123 45 67, 0046...
_DATE = re.compile(r"\d{2}[-./]\d{2}[-./]\d{4}")  # 08-05-2020 is a date, not a phone number
_PHONE = re.compile(r"(?<![\d/])(?:\+46|0046|0)[\s-]?\(?\d{1,3}\)?(?:[\s-]?\d){5,9}(?![\d/])")


def clean_text(text: Any, max_chars: int | None = None) -> str:
    """Plain text: HTML stripped and unescaped, whitespace collapsed, optionally truncated."""
    if not isinstance(text, str):
        return ""
    text = _BLOCK.sub(" ", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = _WS.sub(" ", text).strip()
    if max_chars and len(text) > max_chars:
        cut = text[:max_chars].rsplit(" ", 1)[0]
        text = cut.rstrip(" ,.;:") + " …"
    return text


def redact_contacts(text: str) -> str:
    """Remove e-mail addresses and phone numbers (recruiters' personal contact details)."""
    text = _EMAIL.sub("[e-post borttagen]", text)
    return _PHONE.sub(lambda m: m.group(0) if _DATE.fullmatch(m.group(0).strip()) else "[telefon borttagen]", text)


def stable_hash(*parts: str, length: int = 16) -> str:
    """Short stable hex id from the given parts."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def slug(text: str) -> str:
    """Lower-case ASCII-ish slug (``MYH 2024/3852`` -> ``myh-2024-3852``)."""
    out = re.sub(r"[^0-9a-zåäöéü]+", "-", text.lower()).strip("-")
    return out.translate(str.maketrans("åäöéü", "aaoeu"))


_SV_WORDS = frozenset("och att som för med är på du vi av till har en ett det inom oss vår dina".split())
_EN_WORDS = frozenset("and the to of with you we for our your is are in a as be will".split())


def guess_language(text: str) -> str:
    """'sv' or 'en' by common-word counts (ads come in both); defaults to 'sv'."""
    words = re.findall(r"[a-zåäö]+", text.lower()[:3000])
    sv = sum(w in _SV_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "en" if en > sv * 1.5 and en >= 5 else "sv"


def observed_ssyk_codes(data_dir: Path) -> dict[str, str]:
    """ssyk-level-4 concept id -> SSYK-2012 code, as seen in the ad files.

    None of the taxonomy files holds SSYK codes: the 2019 dump's ``legacyAmsTaxonomyId`` of
    ssyk-level-4 is an AMS id (mp2Y_vyC_RFV -> 1474), not the SSYK code (2149). Only ads carry
    the code (JobSearch ``occupation_group.legacy_ams_taxonomy_id``, Platsbanken 2019
    ``yrkesgrupp.taxonomi-kod``), so this covers only the groups that occur in those few ads.
    """
    codes: dict[str, str] = {}
    ad = load_json_optional(data_dir / "api_fixtures" / "jobsearch_ad_2024.json", {})
    group = ad.get("occupation_group") if isinstance(ad, dict) else None
    if isinstance(group, dict) and _is_code(group.get("legacy_ams_taxonomy_id")) and group.get("concept_id"):
        codes[group["concept_id"]] = group["legacy_ams_taxonomy_id"]
    legacy = load_json_optional(data_dir / "ads" / "legacy" / "platsbanken_ads_2019_es_response_sv_schema.json", {})
    for hit in (legacy.get("hits", {}) or {}).get("hits", []) if isinstance(legacy, dict) else []:
        group = (hit.get("_source") or {}).get("yrkesgrupp") if isinstance(hit, dict) else None
        if isinstance(group, dict) and _is_code(group.get("taxonomi-kod")) and group.get("kod"):
            codes[group["kod"]] = group["taxonomi-kod"]
    return codes


def ssyk_codes(data_dir: Path) -> dict[str, tuple[str, str]]:
    """ssyk-level-4 concept id -> (SSYK-2012 code, how it was found: 'ads' or 'scb-label').

    Codes seen in ads win; the others come from matching the concept label against the SCB
    SSYK-2012 table in :mod:`retrieval.ssyk_codes` (all 400 labels of the 2024 snapshot match).
    """
    from retrieval.ssyk_codes import code_for_label  # local import: keeps module import light

    out: dict[str, tuple[str, str]] = {}
    for c in concepts(load_json_optional(data_dir / "taxonomy" / "ssyk_level_4.json", {})):
        if isinstance(c.get("id"), str) and isinstance(c.get("preferred_label"), str):
            code = code_for_label(c["preferred_label"])
            if code:
                out[c["id"]] = (code, "scb-label")
    for sid, code in observed_ssyk_codes(data_dir).items():
        out[sid] = (code, "ads")
    return out


def _is_code(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 4 and value.isdigit()

