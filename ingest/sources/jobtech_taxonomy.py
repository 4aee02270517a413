"""JobTech Taxonomy files: occupations, SSYK groups, occupation fields, skills, skill headlines.

Sources (see PROVENANCE.md, section A): androjon/taxonomy GraphQL snapshots (October 2024) for
occupation-names, job titles, ssyk-level-4 and occupation fields, definitions, demanded
competences and similarity lists; the 2019 legacy dump for **skills and skill headlines** (it is
the only file here with skill ids; it has no relations and is a 2019 state); androjon/yrkesinfo
for skill descriptions, which look LLM-generated and are marked unverified.

SSYK codes: no taxonomy file holds them (the 2019 dump's ssyk-level-4 ``legacyAmsTaxonomyId`` is
an AMS id, not the SSYK code: mp2Y_vyC_RFV has 1474 but is SSYK 2149). Codes come from the ads
where seen, else from matching the label against SCB's SSYK-2012 table (:func:`ssyk_codes`).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.sources import esco_mappings
from ingest.sources._common import (
    LICENCE_JOBTECH,
    LICENCE_JOBTECH_2019,
    LLM_DESCRIPTION_NOTE,
    atlas_url,
    clean_text,
    concepts,
    first_id,
    ids_of,
    load_json,
    load_json_optional,
    require_dir,
    ssyk_codes,
)
from ingest.sources.geography import load_geography
from vagledning.domain.documents import Document, Kind, MalformedRecord, jsonable_meta

ESCO_PREFIX = "Yrkesbeskrivning som följer är hämtad från relaterat ESCO-yrke:"
NO_INFO = "Ingen information tillgänglig"
LEGACY_DUMP = Path("taxonomy/legacy/taxonomy_legacy_id_dump_2019-12-02.json")


def clean_definition(text: Any) -> tuple[str, str | None]:
    """(definition without the ESCO prefix, source) — source is 'esco-sv', 'jobtech' or None."""
    if not isinstance(text, str):
        return "", None
    text = text.strip()
    if not text or text.startswith(NO_INFO):
        return "", None
    if text.startswith(ESCO_PREFIX):
        return clean_text(text[len(ESCO_PREFIX):]), "esco-sv"
    return clean_text(text), "jobtech"


@dataclass
class TaxonomyData:
    """All taxonomy files, parsed once per call."""

    occupations: list[dict[str, Any]]
    job_titles: list[dict[str, Any]]
    ssyk: list[dict[str, Any]]
    fields: list[dict[str, Any]]
    definitions: dict[str, str]
    demanded: dict[str, list[str]]
    similar: dict[str, dict[str, list[str]]]
    similar_ssyk: dict[str, dict[str, list[str]]]
    occ_to_ssyk: dict[str, dict[str, str]]
    legacy: dict[str, dict[str, Any]]
    skill_descriptions: dict[str, str]
    green: set[str]
    digital: set[str]
    ssyk_codes: dict[str, str]
    titles_by_occupation: dict[str, list[str]] = field(default_factory=dict)
    # Swedish ESCO labels of the mapped ESCO occupations (official mapping; extra aliases)
    esco_labels: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> TaxonomyData:
        """Read every taxonomy file (missing required file -> DataDirMissing)."""
        tax = require_dir(data_dir) / "taxonomy"
        data = cls(
            occupations=concepts(load_json(tax / "occupation_names.json")),
            job_titles=concepts(load_json(tax / "job_titles.json")),
            ssyk=concepts(load_json(tax / "ssyk_level_4.json")),
            fields=concepts(load_json(tax / "occupation_fields.json")),
            definitions=_dict(load_json(tax / "occupation_definitions.json")),
            demanded=_dict(load_json(tax / "occupation_demanded_competences.json")),
            similar=_dict(load_json(tax / "similar_occupations.json")),
            similar_ssyk=_dict(load_json(tax / "similar_ssyk_occupations.json")),
            occ_to_ssyk=_dict(load_json(tax / "occupation_to_ssyk_level_4.json")),
            legacy=_dict(load_json(data_dir / LEGACY_DUMP)),
            skill_descriptions=_dict(load_json_optional(tax / "skill_descriptions.json", {})),
            green={s.casefold() for s in load_json_optional(tax / "green_skills.json", []) if isinstance(s, str)},
            digital={s.casefold() for s in load_json_optional(tax / "digital_skills.json", []) if isinstance(s, str)},
            ssyk_codes={sid: code for sid, (code, _how) in ssyk_codes(data_dir).items()},
            esco_labels=esco_mappings.occupation_alias_labels(data_dir),
        )
        for jt in data.job_titles:
            label = jt.get("preferred_label")
            if isinstance(label, str):
                for oid in ids_of(jt.get("related")):
                    data.titles_by_occupation.setdefault(oid, []).append(label)
        return data

    def legacy_items(self, type_: str) -> Iterator[tuple[str, dict[str, Any] | None]]:
        """(legacy key, record or None) of one type in the 2019 dump."""
        section = self.legacy.get(type_)
        if isinstance(section, dict):
            yield from section.items()


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


class JobTechTaxonomySource:
    """Occupations, SSYK groups, fields, skills and skill headlines from the JobTech Taxonomy files."""

    name = "jobtech_taxonomy"
    kinds = (Kind.occupation, Kind.ssyk, Kind.occupation_field, Kind.skill, Kind.skill_headline)

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        """Yield one document per occupation-name, ssyk-level-4, field, skill and skill headline."""
        data = TaxonomyData.load(Path(data_dir))
        ssyk_by_id = {c["id"]: c for c in data.ssyk if isinstance(c.get("id"), str)}
        field_by_id = {c["id"]: c for c in data.fields if isinstance(c.get("id"), str)}
        field_of_ssyk = {sid: first_id(c.get("broader")) for sid, c in ssyk_by_id.items()}
        occ_labels: dict[str, str] = {}

        for i, occ in enumerate(data.occupations):
            oid, label = occ.get("id"), occ.get("preferred_label")
            if not isinstance(oid, str) or not isinstance(label, str) or not label.strip():
                yield MalformedRecord(source=self.name, locator=f"occupation_names.json#{i}",
                                      reason="occupation concept without id or preferred_label")
                continue
            occ_labels[oid] = label
            ssyk_id = first_id(occ.get("ssyk"), data.occ_to_ssyk.get(oid, {}).get("ssyk_id"))
            field_id = first_id(occ.get("area"), field_of_ssyk.get(ssyk_id or ""))
            titles = [t["preferred_label"] for t in occ.get("title") or []
                      if isinstance(t, dict) and isinstance(t.get("preferred_label"), str)]
            titles += data.titles_by_occupation.get(oid, [])
            titles += data.esco_labels.get(oid, [])
            text, def_source = clean_definition(data.definitions.get(oid))
            yield Document(
                id=f"jobtech:occupation-name:{oid}", kind=Kind.occupation, concept_id=oid, title=label,
                text=text, aliases=_dedupe(titles, drop=label), url=atlas_url(oid),
                source=self.name, licence=LICENCE_JOBTECH,
                metadata=jsonable_meta({
                    "ssyk_id": ssyk_id, "ssyk_code": data.ssyk_codes.get(ssyk_id or ""),
                    "ssyk_label": (ssyk_by_id.get(ssyk_id or "") or {}).get("preferred_label"),
                    "field_id": field_id, "field_label": (field_by_id.get(field_id or "") or {}).get("preferred_label"),
                    "definition_source": def_source,
                }),
            )

        for i, (sid, c) in enumerate(ssyk_by_id.items()):
            label = c.get("preferred_label")
            if not isinstance(label, str):
                yield MalformedRecord(source=self.name, locator=f"ssyk_level_4.json#{i}", reason="no preferred_label")
                continue
            names = [occ_labels[o] for o in ids_of(c.get("narrower")) if o in occ_labels]
            field_ids = ids_of(c.get("broader"))
            field_labels = [field_by_id[f]["preferred_label"] for f in field_ids if f in field_by_id]
            text = f"Yrkesgrupp (SSYK nivå 4): {label}."
            if field_labels:
                text += f" Yrkesområde: {', '.join(field_labels)}."
            if names:
                text += f" Yrkesbenämningar: {', '.join(sorted(names))}."
            yield Document(
                id=f"jobtech:ssyk-level-4:{sid}", kind=Kind.ssyk, concept_id=sid, title=label, text=text,
                aliases=_dedupe(names, drop=label), url=atlas_url(sid), source=self.name, licence=LICENCE_JOBTECH,
                metadata=jsonable_meta({"ssyk_code": data.ssyk_codes.get(sid), "field_ids": field_ids}),
            )

        for i, (fid, c) in enumerate(field_by_id.items()):
            label = c.get("preferred_label")
            if not isinstance(label, str):
                yield MalformedRecord(source=self.name, locator=f"occupation_fields.json#{i}", reason="no preferred_label")
                continue
            groups = [ssyk_by_id[s]["preferred_label"] for s in ids_of(c.get("narrower")) if s in ssyk_by_id]
            text = f"Yrkesområde: {label}. Yrkesgrupper: {', '.join(sorted(groups))}." if groups else f"Yrkesområde: {label}."
            yield Document(
                id=f"jobtech:occupation-field:{fid}", kind=Kind.occupation_field, concept_id=fid, title=label,
                text=text, url=atlas_url(fid), source=self.name, licence=LICENCE_JOBTECH,
                metadata=jsonable_meta({"ssyk_ids": ids_of(c.get("narrower"))}),
            )

        yield from self._skill_documents(data)
        # The ESCO mapping tables feed these documents (and relations-only esco_mappings): report here.
        yield from esco_mappings.malformed_records(Path(data_dir))

    def _skill_documents(self, data: TaxonomyData) -> Iterator[Document | MalformedRecord]:
        for type_, kind, prefix in (("skill", Kind.skill, "skill"), ("skill-headline", Kind.skill_headline, "skill-headline")):
            for key, rec in data.legacy_items(type_):
                cid = rec.get("conceptId") if isinstance(rec, dict) else None
                label = rec.get("preferredLabel") if isinstance(rec, dict) else None
                if (not isinstance(rec, dict) or not isinstance(cid, str) or not isinstance(label, str)
                        or not label.strip()):
                    yield MalformedRecord(source=self.name, locator=f"{LEGACY_DUMP.name}#{type_}/{key}",
                                          reason="record without conceptId or preferredLabel")
                    continue
                meta: dict[str, Any] = {"legacy_id": rec.get("legacyAmsTaxonomyId"), "taxonomy_version": "2019-12-02"}
                text = ""
                if kind is Kind.skill:
                    desc = data.skill_descriptions.get(label)
                    if isinstance(desc, str) and desc.strip():
                        text = clean_text(desc)
                        meta["description_source"] = LLM_DESCRIPTION_NOTE
                    meta["green"] = label.casefold() in data.green
                    meta["digital"] = label.casefold() in data.digital
                yield Document(
                    id=f"jobtech:{prefix}:{cid}", kind=kind, concept_id=cid, title=label, text=text,
                    url=atlas_url(cid), source=self.name, licence=LICENCE_JOBTECH_2019, metadata=jsonable_meta(meta),
                )

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """Occupations, titles, SSYK, fields, demanded skills, skills, similarity, geography (the ESCO
        crosswalk is written by ``esco_mappings``)."""
        data_dir = Path(data_dir)
        data = TaxonomyData.load(data_dir)
        ssyk_field = {c["id"]: first_id(c.get("broader")) for c in data.ssyk if isinstance(c.get("id"), str)}
        occ_rows, title_rows = [], []
        for occ in data.occupations:
            oid, label = occ.get("id"), occ.get("preferred_label")
            if not isinstance(oid, str) or not isinstance(label, str):
                continue
            ssyk_id = first_id(occ.get("ssyk"), data.occ_to_ssyk.get(oid, {}).get("ssyk_id"))
            definition, def_source = clean_definition(data.definitions.get(oid))
            occ_rows.append({"id": oid, "label": label, "ssyk_id": ssyk_id,
                             "field_id": first_id(occ.get("area"), ssyk_field.get(ssyk_id or "")),
                             "definition": definition or None, "definition_source": def_source})
            titles = [t.get("preferred_label") for t in occ.get("title") or [] if isinstance(t, dict)]
            titles += data.titles_by_occupation.get(oid, [])
            title_rows += [(oid, t) for t in _dedupe([t for t in titles if isinstance(t, str)], drop=label)]
        db.replace_occupations(occ_rows)
        db.replace_occupation_titles(title_rows)
        db.replace_ssyk((c["id"], c.get("preferred_label") or "", ssyk_field.get(c["id"]))
                        for c in data.ssyk if isinstance(c.get("id"), str))
        db.replace_ssyk_codes((sid, code, how) for sid, (code, how) in ssyk_codes(data_dir).items())
        db.replace_fields((c["id"], c.get("preferred_label") or "") for c in data.fields if isinstance(c.get("id"), str))
        db.replace_demanded_skills((oid, rank, label) for oid, labels in data.demanded.items()
                                   if isinstance(labels, list) for rank, label in enumerate(labels) if isinstance(label, str))
        db.replace_skills(self._skill_rows(data))
        db.replace_skill_headlines((r["conceptId"], r["preferredLabel"], r.get("legacyAmsTaxonomyId"))
                                   for _, r in data.legacy_items("skill-headline") if isinstance(r, dict) and r.get("conceptId"))
        db.replace_similar_occupations(_similar_rows(data.similar))
        db.replace_similar_ssyk(_similar_rows(data.similar_ssyk))
        geo = load_geography(data_dir)
        db.replace_regions(geo.regions.items())
        db.replace_municipalities((mid, name, geo.region_of.get(mid)) for mid, name in geo.municipalities.items())

    @staticmethod
    def _skill_rows(data: TaxonomyData) -> Iterator[dict[str, Any]]:
        for _, rec in data.legacy_items("skill"):
            if not isinstance(rec, dict) or not rec.get("conceptId") or not rec.get("preferredLabel"):
                continue
            label = rec["preferredLabel"]
            desc = data.skill_descriptions.get(label)
            yield {"id": rec["conceptId"], "label": label, "legacy_id": rec.get("legacyAmsTaxonomyId"),
                   "green": int(label.casefold() in data.green), "digital": int(label.casefold() in data.digital),
                   "description": clean_text(desc) or None if isinstance(desc, str) else None,
                   "description_source": LLM_DESCRIPTION_NOTE if isinstance(desc, str) and desc.strip() else None}


def _similar_rows(similar: dict[str, Any]) -> Iterator[tuple[str, str, str, int]]:
    for key, groups in similar.items():
        if not isinstance(groups, dict):
            continue
        for kind in ("within_field", "similar_field"):
            for rank, other in enumerate(groups.get(kind) or []):
                if isinstance(other, str):
                    yield key, other, kind, rank


def _dedupe(values: list[str], drop: str | None = None) -> list[str]:
    """Order-preserving, case-insensitive de-duplication; ``drop`` (the title) is removed."""
    seen = {drop.casefold()} if drop else set()
    out = []
    for v in values:
        v = v.strip()
        if v and v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return out
