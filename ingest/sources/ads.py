"""Job ads in their three recorded shapes (PROVENANCE.md, C and D).

- api_fixtures/jobsearch_ad_2024.json: one current JobSearch ad object.
- ads/scraped_jobpostings_2020_sample100.json: schema.org JobPosting records scraped in 2020.
- ads/legacy/*.json: 2019 Elasticsearch responses, the Auranest shape (``header``, ``content``)
  and the Platsbanken Swedish-field shape (``rubrik``, ``beskrivning``, ``yrkesroll`` ...).

Recruiters' e-mail addresses and phone numbers are removed from the stored text. The ad
texts are the advertisers'; the repositories' licences are named per document.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.sources._common import (
    clean_text,
    concepts,
    guess_language,
    load_json,
    load_json_optional,
    redact_contacts,
    require_dir,
    ssyk_codes,
)
from ingest.sources.geography import load_geography
from vagledning.domain.documents import Document, Kind, MalformedRecord, jsonable_meta

MAX_CHARS = 4000
JOBSEARCH = Path("api_fixtures/jobsearch_ad_2024.json")
SCRAPED = Path("ads/scraped_jobpostings_2020_sample100.json")
LEGACY_DIR = Path("ads/legacy")
LIC_JOBSEARCH = "JobTech JobSearch open data (ad text © the advertiser); via rtibell/AF-JobStream, repository licence: none stated"
LIC_SCRAPED = "JobtechSwe/elastic-importers test data, Apache-2.0 (ad text © the advertiser)"
LIC_LEGACY = "JobtechSwe/sokannonser-api test resources, Apache-2.0 (ad text © the advertiser)"


class Resolver:
    """Occupation labels / legacy ids and place names -> concept ids."""

    def __init__(self, data_dir: Path) -> None:
        self.geo = load_geography(data_dir)
        self.ssyk_codes = {sid: code for sid, (code, _how) in ssyk_codes(data_dir).items()}
        tax = data_dir / "taxonomy"
        self.occ_by_label: dict[str, str] = {}
        self.ssyk_of: dict[str, str] = {}
        for c in concepts(load_json_optional(tax / "occupation_names.json", {})):
            if isinstance(c.get("id"), str) and isinstance(c.get("preferred_label"), str):
                self.occ_by_label.setdefault(c["preferred_label"].casefold(), c["id"])
                ssyk = [s.get("id") for s in c.get("ssyk") or [] if isinstance(s, dict)]
                if ssyk and ssyk[0]:
                    self.ssyk_of[c["id"]] = ssyk[0]
        for c in concepts(load_json_optional(tax / "job_titles.json", {})):
            rel: list[Any] = [r.get("id") for r in c.get("related") or [] if isinstance(r, dict)]
            if isinstance(c.get("preferred_label"), str) and len(rel) == 1:  # unambiguous titles only
                self.occ_by_label.setdefault(c["preferred_label"].casefold(), rel[0])
        legacy = load_json_optional(data_dir / "taxonomy/legacy/taxonomy_legacy_id_dump_2019-12-02.json", {})
        self.occ_by_legacy = {k: v["conceptId"] for k, v in (legacy.get("occupation-name") or {}).items()
                              if isinstance(v, dict) and v.get("conceptId")}

    def occupations(self, labels: list[str]) -> list[str]:
        out = []
        for label in labels:
            oid = self.occ_by_label.get(label.strip().casefold()) if isinstance(label, str) else None
            if oid and oid not in out:
                out.append(oid)
        return out

    def places(self, names: list[Any]) -> tuple[list[str], list[str]]:
        regions: list[str] = []
        muns: list[str] = []
        for name in names:
            if not isinstance(name, str):
                continue
            parts = [name]
            if " län " in name:  # "Södermanlands län Katrineholm"
                head, tail = name.split(" län ", 1)
                parts = [head + " län", tail]
            for part in parts:
                match = self.geo.resolve(part.replace(" Municipality", ""))
                regions += [r for r in match.region_ids if r not in regions]
                muns += [m for m in match.municipality_ids if m not in muns]
        return regions, muns

    def ssyk_meta(self, occupation_ids: list[str], ssyk_id: str | None = None, ssyk_code: str | None = None) -> dict:
        ssyk_id = ssyk_id or next((self.ssyk_of[o] for o in occupation_ids if o in self.ssyk_of), None)
        return {"ssyk_id": ssyk_id, "ssyk_code": ssyk_code or self.ssyk_codes.get(ssyk_id or "")}


def _text(raw: Any) -> str:
    return redact_contacts(clean_text(raw, MAX_CHARS))


def _date(value: Any) -> str | None:
    return value[:10] if isinstance(value, str) and len(value) >= 10 and value[4] == "-" else None


class AdsSource:
    """Kind ``ad`` from the JobSearch, scraped-2020 and legacy-2019 ad files."""

    name = "job_ads"
    kinds = (Kind.ad,)

    def documents(self, data_dir: Path) -> Iterator[Document | MalformedRecord]:
        """One document per ad in each of the ad files."""
        data_dir = require_dir(Path(data_dir))
        res = Resolver(data_dir)
        yield from self._jobsearch(load_json(data_dir / JOBSEARCH), res, JOBSEARCH.name)
        yield from self._scraped(load_json(data_dir / SCRAPED), res)
        for path in sorted((data_dir / LEGACY_DIR).glob("*.json")):
            payload = load_json(path)
            hits = (payload.get("hits") or {}).get("hits") if isinstance(payload, dict) else None
            if not isinstance(hits, list):
                yield MalformedRecord(source=self.name, locator=path.name, reason="not an Elasticsearch response")
                continue
            for i, hit in enumerate(hits):
                src = hit.get("_source") if isinstance(hit, dict) else None
                loc = f"{path.name}#hits[{i}]"
                if isinstance(src, dict) and "rubrik" in src:
                    yield self._platsbanken_sv(src, res, loc)
                elif isinstance(src, dict) and "header" in src:
                    yield self._auranest(src, res, loc)
                else:
                    yield MalformedRecord(source=self.name, locator=loc, reason="unknown ad shape")

    def _jobsearch(self, ad: Any, res: Resolver, loc: str) -> Iterator[Document | MalformedRecord]:
        ads: list[Any] = ad["hits"] if isinstance(ad, dict) and isinstance(ad.get("hits"), list) else [ad]
        for i, a in enumerate(ads):
            if not isinstance(a, dict) or not a.get("id") or not isinstance(a.get("headline"), str):
                yield MalformedRecord(source=self.name, locator=f"{loc}#{i}", reason="ad without id or headline")
                continue
            try:
                occ = a.get("occupation") or {}
                group = a.get("occupation_group") or {}
                addr = a.get("workplace_address") or {}
                desc = a.get("description") or {}
                occ_ids = [occ["concept_id"]] if occ.get("concept_id") else []
                code = group.get("legacy_ams_taxonomy_id")
                doc = Document(
                    id=f"ad:{a['id']}", kind=Kind.ad, concept_id=str(a["id"]), title=a["headline"].strip(),
                    text=_text(desc.get("text") or desc.get("text_formatted")), language=guess_language(desc.get("text") or ""),
                    url=a.get("webpage_url"), source=self.name, licence=LIC_JOBSEARCH,
                    metadata=jsonable_meta({
                        "occupation_ids": occ_ids, "occupation_label": occ.get("label"),
                        **res.ssyk_meta(occ_ids, group.get("concept_id"), code if isinstance(code, str) and code.isdigit() else None),
                        "field_id": (a.get("occupation_field") or {}).get("concept_id"),
                        "region_ids": [addr["region_concept_id"]] if addr.get("region_concept_id") else None,
                        "municipality_ids": [addr["municipality_concept_id"]] if addr.get("municipality_concept_id") else None,
                        "place": addr.get("municipality"), "date": _date(a.get("publication_date")),
                        "employer": (a.get("employer") or {}).get("name"), "ad_source": "jobsearch",
                    }),
                )
            except (AttributeError, TypeError, ValueError, KeyError) as exc:
                # A record of an unexpected shape is reported, never allowed to stop the source.
                yield MalformedRecord(source=self.name, locator=f"{loc}#{i}", reason=f"unexpected shape ({type(exc).__name__})")
                continue
            yield doc

    def _scraped(self, records: Any, res: Resolver) -> Iterator[Document | MalformedRecord]:
        for i, rec in enumerate(records if isinstance(records, list) else []):
            post = rec.get("originalJobPosting") if isinstance(rec, dict) else None
            loc = f"{SCRAPED.name}#{i}"
            if not isinstance(post, dict) or not isinstance(post.get("title"), str) or not rec.get("id"):
                yield MalformedRecord(source=self.name, locator=loc, reason="record without id or JobPosting title")
                continue
            try:
                locations = post.get("jobLocation") or []
                locations = locations if isinstance(locations, list) else [locations]
                places = [x.get("address") for x in locations if isinstance(x, dict)] + [rec.get("ort")]
                regions, muns = res.places([p for p in places if isinstance(p, str)])
                labels = [rec.get("yrke")]
                occ_meta = post.get("relevantOccupation")
                occ_meta = occ_meta if isinstance(occ_meta, dict) else {}
                category = occ_meta.get("occupationalCategory")
                legacy = category.get("codeValue") if isinstance(category, dict) else None
                occ_ids = [res.occ_by_legacy[legacy]] if legacy in res.occ_by_legacy else []
                occ_ids += [o for o in res.occupations([x for x in labels + [occ_meta.get("name")] if isinstance(x, str)])
                            if o not in occ_ids]
                description = post.get("description") or ""
                doc = Document(
                    id=f"ad:scraped-2020:{rec['id']}", kind=Kind.ad, concept_id=str(post.get("identifier") or rec["id"]),
                    title=post["title"].strip(), text=_text(description), language=guess_language(description),
                    url=post.get("url"), source=self.name, licence=LIC_SCRAPED,
                    metadata=jsonable_meta({
                        "occupation_ids": occ_ids, **res.ssyk_meta(occ_ids), "region_ids": regions,
                        "municipality_ids": muns, "place": rec.get("ort"),
                        "date": _date(post.get("datePosted")) or _date(post.get("validThrough")),
                        "employer": (post.get("hiringOrganization") or {}).get("name"), "ad_source": "scraped-2020",
                    }),
                )
            except (AttributeError, TypeError, ValueError, KeyError) as exc:
                # A record of an unexpected shape is reported, never allowed to stop the source.
                yield MalformedRecord(source=self.name, locator=loc, reason=f"unexpected shape ({type(exc).__name__})")
                continue
            yield doc

    def _platsbanken_sv(self, src: dict[str, Any], res: Resolver, loc: str) -> Document | MalformedRecord:
        if not src.get("id") or not isinstance(src.get("rubrik"), str):
            return MalformedRecord(source=self.name, locator=loc, reason="ad without id or rubrik")
        role = src.get("yrkesroll") or {}
        group = src.get("yrkesgrupp") or {}
        addr = src.get("arbetsplatsadress") or {}
        regions, muns = res.places([addr.get("kommun"), addr.get("lan")])
        occ_ids = [role["kod"]] if role.get("kod") else []
        text = (src.get("beskrivning") or {}).get("annonstext")
        return Document(
            id=f"ad:{src['id']}", kind=Kind.ad, concept_id=str(src["id"]), title=src["rubrik"].strip(), text=_text(text),
            language=guess_language(text or ""), url=f"https://arbetsformedlingen.se/platsbanken/annonser/{src['id']}",
            source=self.name, licence=LIC_LEGACY,
            metadata=jsonable_meta({
                "occupation_ids": occ_ids, "occupation_label": role.get("term"),
                **res.ssyk_meta(occ_ids, group.get("kod"), group.get("taxonomi-kod")),
                "region_ids": regions, "municipality_ids": muns, "place": addr.get("kommun"),
                "date": _date(src.get("publiceringsdatum")), "employer": (src.get("arbetsgivare") or {}).get("namn"),
                "ad_source": "platsbanken-2019",
            }),
        )

    def _auranest(self, src: dict[str, Any], res: Resolver, loc: str) -> Document | MalformedRecord:
        header = src.get("header")
        if not src.get("id") or not isinstance(header, str) or not header.strip():
            return MalformedRecord(source=self.name, locator=loc, reason="ad without id or header")
        content = src.get("content") or {}
        text = content.get("text") or content.get("xml")
        location = src.get("location") or {}
        name = ((location.get("translations") or {}).get("sv-SE")) if isinstance(location, dict) else None
        regions, muns = res.places([name] if name else [])
        occ_ids = res.occupations([o for o in src.get("occupations") or [] if isinstance(o, str) and o != "unknown"])
        source = src.get("source") or {}
        return Document(
            id=f"ad:auranest:{src['id']}", kind=Kind.ad, concept_id=str(src["id"]), title=" ".join(header.split()),
            text=_text(text), language=guess_language(text or ""), url=source.get("url"),
            source=self.name, licence=LIC_LEGACY,
            metadata=jsonable_meta({
                "occupation_ids": occ_ids, **res.ssyk_meta(occ_ids), "region_ids": regions, "municipality_ids": muns,
                "place": name, "date": _date(source.get("firstSeenAt")),
                "employer": (src.get("employer") or {}).get("name"), "ad_source": "auranest-2019",
            }),
        )

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """Nothing: the SSYK codes seen in ads are written by the taxonomy source (``ssyk_codes``)."""
        require_dir(Path(data_dir))
