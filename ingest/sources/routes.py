"""Routes into education and work for young people and newcomers (curated, cited).

The data is curated in the repository (``ingest/data/education_routes.yaml``, written from the
authorities' public pages with provenance): the national upper-secondary programmes and the
occupations they lead to, university (antagning.se/UHR), yrkeshögskola, folkhögskola, Komvux (incl.
vocational training and Swedish as a second language), SFI, Arbetsförmedlingen's introduction
programme, a human study and career counsellor and UHR's assessment of an education from another
country. No file in the data directory says which gymnasium programme leads to which occupation, so
like the regulated professions this is our own cited summary. Each route becomes one ``education_route``
document (url = the authority's page); answers choose among them by who the person is
(:mod:`assistant.routes`).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, HttpUrl, field_validator, model_validator

from ingest.sources._curated import CuratedData, CuratedItem, CuratedSource, https, packaged, read_yaml, unique_keys
from vagledning.domain.documents import Document, Kind, jsonable_meta

DATA_FILE = "data/education_routes.yaml"
DOC_PREFIX = "route:"
RouteKind = Literal["gymnasium_programme", "introduction_programme", "higher_education", "higher_vocational",
                    "folk_high_school", "adult_education", "adult_vocational", "swedish_second_language", "sfi",
                    "introduction_newcomers", "temporary_protection", "study_support", "counsellor", "foreign_education",
                    "combination", "licensed_degree", "bridging_programme", "vocational_title", "vocational_package",
                    "trade_certificate", "validation", "apprenticeship", "degree_programme", "work_certificate",
                    "own_business", "business_advice", "work_rule", "citizenship_programme", "licence_exempt",
                    "yh_programme"]
Audience = Literal["youth", "newcomer", "adult"]
#: Shown in the document text: what kind of route it is, in Swedish.
KIND_SV = {"gymnasium_programme": "Nationellt program i gymnasieskolan", "introduction_programme":
           "Introduktionsprogram i gymnasieskolan", "higher_education": "Högskoleutbildning",
           "higher_vocational": "Yrkeshögskoleutbildning", "folk_high_school": "Folkhögskola",
           "adult_education": "Kommunal vuxenutbildning", "adult_vocational": "Yrkesutbildning för vuxna",
           "swedish_second_language": "Svenska för vuxna", "sfi": "Svenska för invandrare",
           "introduction_newcomers": "Stöd för nyanlända", "temporary_protection": "Tillfälligt skydd",
           "study_support": "Studiestöd",
           "counsellor": "Vägledning", "foreign_education": "Bedömning av utländsk utbildning",
           "combination": "Yrkesutbildning för vuxna tillsammans med svenska",
           "vocational_package": "Yrkesutbildning för vuxna till yrket (nationellt yrkespaket)",
           "licensed_degree": "Högskoleexamen och legitimation",
           "bridging_programme": "Kompletterande högskoleutbildning för utländsk examen",
           "vocational_title": "Yrkesutbildning för vuxna till en skyddad yrkestitel",
           "trade_certificate": "Branschens yrkesbevis", "validation": "Validering",
           "apprenticeship": "Lärlingsutbildning för vuxna", "degree_programme": "Utbildning vid universitet och högskola",
           # a course certificate the employer requires under Arbetsmiljöverket's rules (truckkort), no licence
           "work_certificate": "Utbildningsbevis som arbetsgivaren kräver",
           # one's own business, for a trade with few ads where one lives (assistant/own_business.py)
           "own_business": "Starta eget företag", "business_advice": "Rådgivning och stöd för att starta företag",
           # trade11: a rule the work itself has, with no authority's licence (chainsaw, food hygiene, serving alcohol)
           "work_rule": "Regler för arbetet (utbildning eller tillstånd)",
           # route13: the only way in is one Swedish programme that requires Swedish citizenship (police, the armed forces)
           "citizenship_programme": "Svensk utbildning till yrket som kräver svenskt medborgarskap",
           # routes20: work in a licensed group that its own rules exempt from the licence (mother-tongue teachers)
           "licence_exempt": "Arbete som inte kräver yrkesgruppens legitimation",
           # cards29: the Yrkeshögskola programme that is the way into one occupation (tandsköterska)
           "yh_programme": "Yrkeshögskoleutbildning till yrket"}


#: Rights, money and support asked about (personal assistance, paid family care, rehabilitation, wage subsidy): cited
#: when the person asks (assistant/rights.py), never offered as a way into an occupation.
SupportKind = Literal["support"]
KIND_SV["support"] = "Stöd och rättigheter"


#: Until when a national programme can be started (skollagen 2010:800, 15 kap. 5 §, as Skolverket's pages on the
#: gymnasium explain it): said in every national programme's document, so an answer to someone aged 16–19 cites it.
GYMNASIUM_AGE_SV = ("Man kan börja ett nationellt program i gymnasieskolan senast under första kalenderhalvåret det år "
                    "man fyller 20 år; därefter läser man gymnasiala kurser och yrkesutbildning på Komvux.")


def _ssyk_prefixes(codes: list[str]) -> list[str]:
    for code in codes:
        if not (1 <= len(code) <= 4 and code.isdigit()):
            raise ValueError(f"not an SSYK code or code prefix: {code!r}")
    return codes


class Orientation(BaseModel):
    """A national orientation (inriktning) of a gymnasium programme and the occupations it leads to."""

    name_sv: str = Field(min_length=3)
    ssyk: list[str] = Field(default_factory=list)
    further: list[str] = Field(default_factory=list)

    _codes = field_validator("ssyk", "further")(_ssyk_prefixes)


class Campus(BaseModel):
    """A confirmed page of a degree programme given in one municipality (named as the municipality is)."""

    municipality: str = Field(min_length=2)
    name: str = Field(min_length=3)
    url: HttpUrl

    _secure_url = field_validator("url")(https)


class RouteConditions(BaseModel):
    """Who a route or right is for, as the deciding authority's page says (route10: rater10 faults 2 and 8; applied
    to the person's profile by assistant/route_conditions.py). Unset = no such condition."""

    #: Ages, in years, the authority names (Etableringsprogrammet 20–65, omställningsstudiestöd 27–62, studiemedel
    #: for Komvux from the year one turns 20).
    age_min: int | None = Field(default=None, ge=16, le=70)
    age_max: int | None = Field(default=None, ge=16, le=70)
    #: For someone with an education (or the occupation's work) from another country only.
    trained_abroad: bool = False
    #: Years of work in Sweden it needs (omställningsstudiestöd: 8 of the last 14).
    worked_in_sweden_years: int | None = Field(default=None, ge=1, le=20)
    #: For someone who has children (CSN's tilläggsbidrag).
    children: bool = False
    #: For someone with a residence permit with temporary protection only.
    temporary_protection: bool = False
    #: For someone with a short earlier education only (CSN's studiestartsstöd: for example no complete
    #: upper-secondary school); a university degree or a finished gymnasium told does not meet it (csn20).
    short_education: bool = False
    #: For people who live in these regions only (a region's own clinic, by the region's name as the profile holds it:
    #: "Dalarnas län"; person17, rater16: Region Stockholm's clinic for a man in Dalarna).
    regions: list[str] = Field(default_factory=list)


class Route(CuratedItem):
    """One route as curated."""

    doc_prefix = DOC_PREFIX
    kind: RouteKind | SupportKind
    name_sv: str
    name_en: str
    audience: list[Audience] = Field(min_length=1)
    summary_sv: str = Field(min_length=20)
    examples_sv: list[str] = Field(default_factory=list)
    ssyk: list[str] = Field(default_factory=list)
    further: list[str] = Field(default_factory=list)
    orientations: list[Orientation] = Field(default_factory=list)
    #: How long the route takes, in years of full-time study, where the authority's page states it.
    years: int | None = Field(default=None, ge=1, le=6)
    #: A degree programme's credits (högskolepoäng) and full-time terms, as its cited page states them.
    hp: int | None = Field(default=None, ge=30, le=400)
    terms: int | None = Field(default=None, ge=1, le=12)
    #: Full-time weeks a Komvux vocational training takes, as its cited page states them (ask10).
    weeks: int | None = Field(default=None, ge=1, le=200)
    #: Gymnasium points (gymnasiepoäng) a Komvux vocational package comprises, as its cited page states them, where no
    #: page states its weeks: how many weeks they take depends on the municipality and the pace (time15).
    points: int | None = Field(default=None, ge=100, le=3000)
    #: The least hours of apprenticeship a trade certificate asks after the training, as the industry board's page states
    #: them (routes18: the ECY certificate, at least 1 600 hours).
    apprentice_hours: int | None = Field(default=None, ge=100, le=10000)
    campuses: list[Campus] = Field(default_factory=list)
    #: routes20: words of the occupation titles the route is for, lower case («modersmålslärare»): the route applies
    #: to an occupation whose title writes one of them only, and there stands in for the ``replaces`` routes (the
    #: licence's routes of the SSYK group, which the group's other occupations keep).
    titles: list[str] = Field(default_factory=list)
    replaces: list[str] = Field(default_factory=list)
    conditions: RouteConditions | None = None
    url: HttpUrl
    url_scope: Literal["page", "overview", "example", "site"]

    @field_validator("url")
    @classmethod
    def _secure_url(cls, url: HttpUrl) -> HttpUrl:
        return https(url)

    _codes = field_validator("ssyk", "further")(_ssyk_prefixes)


class RoutesData(CuratedData):
    routes: list[Route]

    @model_validator(mode="after")
    def _unique(self) -> RoutesData:
        unique_keys((r.key for r in self.routes), "route")
        keys = {r.key for r in self.routes}
        for r in self.routes:  # (a misspelt key would leave the licence's route in place, silently)
            if unknown := set(r.replaces) - keys:
                raise ValueError(f"route {r.key!r} replaces unknown routes {sorted(unknown)}")
        return self


def parse(text: str) -> RoutesData:
    """Parse and validate the curated YAML (raises ``ValueError``/``ValidationError`` when broken)."""
    raw, provenance = read_yaml(text)
    return RoutesData(provenance=provenance, routes=raw.get("routes") or [])


@lru_cache(maxsize=1)
def load() -> RoutesData:
    """The packaged routes (read on first use, never at import)."""
    return parse(packaged(DATA_FILE))


def route_text(r: Route) -> str:
    """The document text: what the route is, and the occupations it leads to."""
    parts = [f"{r.name_sv} ({r.name_en}). {KIND_SV[r.kind]}.", " ".join(r.summary_sv.split())]
    if r.orientations:
        parts.append("Inriktningar: " + ", ".join(o.name_sv for o in r.orientations) + ".")
    if r.years:
        parts.append(f"Utbildningen tar {r.years} år på heltid.")
    if r.weeks:
        parts.append(f"Utbildningen tar cirka {r.weeks} veckor på heltid.")
    if r.points:
        parts.append(f"Utbildningen omfattar {r.points} gymnasiepoäng.")
    if r.kind == "gymnasium_programme":
        parts.append(GYMNASIUM_AGE_SV)
    if r.examples_sv:
        parts.append("Exempel på yrken: " + ", ".join(r.examples_sv) + ".")
    return "\n".join(parts)


class EducationRoutesSource(CuratedSource[RoutesData], name="education_routes",
                            kind=Kind.education_route, data_file=DATA_FILE, load=load):
    """Kind ``education_route``: one document per route, from the curated file."""

    def documents_from(self, data: RoutesData, data_dir: Path) -> Iterator[Document]:
        for r in data.routes:
            yield Document(
                id=r.doc_id, kind=Kind.education_route, concept_id=r.key, title=r.name_sv, text=route_text(r),
                aliases=[r.name_en], url=str(r.url), source=self.name, licence=data.licence,
                metadata=jsonable_meta({"route_kind": r.kind, "audience": r.audience, "ssyk": r.ssyk,
                                        "further": r.further, "url_scope": r.url_scope, "name_en": r.name_en,
                                        "written": data.provenance.get("written")}))

    def write_relations(self, data_dir: Path, db: Any) -> None:
        """Nothing: answers read the route documents by id (see :mod:`assistant.routes`)."""
