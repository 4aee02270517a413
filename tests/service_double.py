"""A test double of :class:`assistant.service.AssistantService` with realistic fixed data.

Occupation ids, SSYK codes, salaries, ad counts and course URLs are copied from the shared
data (taxonomy/occupation_names.json, labour_market/*, education/aub_courses_by_ssyk.json).
Skill ids are made up (prefix ``dbl_``). ``interpret`` finds keywords in the text and returns
items whose spans point at the real positions in that text.

Knobs for tests: ``ready_error`` (raised by ready), ``ready_delay_s``, ``stream_error_after``
(raise after n events), ``token_delay_s``.
"""
from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from typing import Any

from assistant.contract import ChatEvent, ChatRequest, ChatResponse, Citation
from tests.assistant_fakes import (
    KOCK_ADS_2024,
    KOCK_ID,
    KOCK_LABEL,
    KOCK_SALARY,
    KOCK_SSYK,
    SKANE,
    STOCKHOLM,
    SWEDEN,
    span_of,
)
from vagledning.domain.profile import (
    ConceptRef,
    Constraint,
    EducationItem,
    Experience,
    LanguageItem,
    Profile,
    SkillItem,
    Wish,
)
from vagledning.errors import VagledningError

COURSE_KOCK = ("https://arbetsformedlingen.se/for-arbetssokande/extra-stod/stod-a-o/arbetsmarknadsutbildning/"
               "hitta-arbetsmarknadsutbildning/yrkesomraden/aktiviteter/aktivitet/128564_10075124_339350")
COURSE_BARN = "https://www.vimmerbyfolkhogskola.se/kurser/barnskotare/"
COURSE_USK = "https://sanktamaria.fhsk.se/allman-kurs/underskoterska/"

OCCUPATIONS: dict[str, dict[str, Any]] = {
    KOCK_ID: {
        "label": KOCK_LABEL, "ssyk_id": KOCK_SSYK["id"], "ssyk_code": KOCK_SSYK["code"],
        "ssyk_label": KOCK_SSYK["label"], "salary": [KOCK_SALARY["low"], KOCK_SALARY["median"], KOCK_SALARY["high"]],
        "ads": KOCK_ADS_2024,
        "skills": ["Livsmedelshygien", "Egenkontroll, erfarenhet", "A la carte", "Restaurangkök", "Varmkök"],
        "description": "Kockar lagar mat i restauranger, storkök och personalmatsalar och följer regler för "
                       "livsmedelshygien.",
        "course": {"title": "Arbetsplatsförlagt lärande, kock (arbetsmarknadsutbildning)", "url": COURSE_KOCK,
                   "place": "Borlänge"},
    },
    "rM7G_ge7_XhP": {
        "label": "Barnskötare", "ssyk_id": "Hi9c_iTe_gHH", "ssyk_code": "5311", "ssyk_label": "Barnskötare",
        "salary": [22200, 26400, 31000], "ads": {SKANE: 180, STOCKHOLM: 1308, SWEDEN: 3239},
        "skills": ["Barntillsyn, erfarenhet", "Pedagogiskt förhållningssätt/Tydliggörande pedagogik",
                   "Barn- och fritidsprogrammet", "Pedagogisk dokumentation"],
        "description": "Barnskötare tar hand om barnens grundläggande behov och hjälper eller övervakar dem "
                       "när de leker, på förskolor och fritidshem.",
        "course": {"title": "Barnskötare/Elevassistent (folkhögskola)", "url": COURSE_BARN, "place": "Vimmerby"},
    },
    "PQkQ_Dmk_ZF8": {
        "label": "Undersköterska, vård- och specialavdelning och mottagning", "ssyk_id": "LP4Z_ABV_gRm",
        "ssyk_code": "5323", "ssyk_label": "Undersköterskor, vård- och specialavdelning och mottagning",
        "salary": [27100, 31200, 36900], "ads": {SKANE: 480, STOCKHOLM: 828, SWEDEN: 3732},
        "skills": ["Omvårdnad", "Patientkommunikation", "Undersköterskeutbildning/Undersköterska, utbildad",
                   "Bevis om skyddad yrkestitel som undersköterska"],
        "description": "Undersköterskor arbetar i team med sjuksköterskor inom vård och omsorg av personer i "
                       "alla åldrar, inom akutvård och primärvård.",
        "course": {"title": "Undersköterska (folkhögskola)", "url": COURSE_USK, "place": "Malmö"},
    },
}

# (pattern, skill id, label, esco uri)
SKILL_RULES = [
    (r"laga mat|matlagning|kock|cook|chef|طباخ|طبخ", "dbl_matlagning", "Matlagning",
     "http://data.europa.eu/esco/skill/7c4a4e4c-9a1b-4ac6-8e4b-1d6f5d0b2a11"),
    (r"hygien|hygiene", "dbl_livsmedelshygien", "Livsmedelshygien", None),
    (r"barn|children|kids|أطفال", "dbl_barntillsyn", "Barntillsyn", None),
    (r"äldre|elderly|omsorg|care", "dbl_omvardnad", "Omvårdnad", None),
    (r"truck|forklift", "dbl_truckkort", "Truckkort A+B", None),
]
EXPERIENCE_RULES = [(r"kock|cook|chef|طباخ", "JbJw_as4_S93"), (r"förskola|preschool|barnskötare", "rM7G_ge7_XhP")]
LANGUAGE_RULES = [(r"arabiska|arabic|العربية", "ar"), (r"svenska|swedish", "sv"), (r"engelska|english", "en"),
                  (r"somaliska|somali", "so"), (r"tigrinja|tigrinya", "ti"), (r"dari|persiska|farsi", "fa"),
                  (r"ukrainska|ukrainian", "uk")]


def interpret_text(text: str, language: str | None = None) -> Profile:
    """Keyword interpretation with spans at the real positions in ``text``."""
    p = Profile(language=language or ("ar" if re.search(r"[\u0600-\u06FF]", text) else "sv"))
    seen: set[str] = set()
    for pattern, sid, label, esco in SKILL_RULES:
        m = re.search(pattern, text, re.IGNORECASE)
        if m and sid not in seen:
            seen.add(sid)
            p.skills.append(SkillItem(id=sid, label=label, esco_uri=esco, span=span_of(text, m), confidence=0.8))
    for pattern, oid in EXPERIENCE_RULES:
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            o = OCCUPATIONS[oid]
            years = re.search(r"(\d+|sex|fem|tre|two|three|six) (år|years)", text)
            p.experiences.append(Experience(
                occupation=ConceptRef(id=oid, kind="occupation", label=o["label"]), ssyk_id=o["ssyk_id"],
                ssyk_code=o["ssyk_code"], span=span_of(text, m), confidence=0.85,
                abroad=bool(re.search(r"Aleppo|Syrien|Syria|Somalia|Eritrea|Afghanistan|Ukraina", text)),
                years={"sex": 6, "fem": 5, "tre": 3, "two": 2, "three": 3, "six": 6}.get(years.group(1), None)
                if years and not years.group(1).isdigit() else (float(years.group(1)) if years else None)))
    for pattern, code in LANGUAGE_RULES:
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            p.languages.append(LanguageItem(code=code, span=span_of(text, m), confidence=0.9))
    m = re.search(r"gymnasie\w*|high school|universitet\w*|university", text, re.IGNORECASE)
    if m:
        p.education.append(EducationItem(label="Gymnasieutbildning" if "gymnas" in m.group(0).lower()
                                         else "Eftergymnasial utbildning", span=span_of(text, m), confidence=0.7))
    m = re.search(r"Skåne|Malmö|Stockholm", text)
    if m:
        rid = SKANE if m.group(0) in ("Skåne", "Malmö") else STOCKHOLM
        p.constraints.append(Constraint(kind="region", value=rid, label=m.group(0), span=span_of(text, m),
                                        confidence=0.9))
    m = re.search(r"vill (jobba|arbeta) med barn|want to work with children", text, re.IGNORECASE)
    if m:
        p.wishes.append(Wish(kind="field", label="Arbete med barn", span=span_of(text, m), confidence=0.75))
    return p


def _citations() -> list[Citation]:
    k, b = OCCUPATIONS["JbJw_as4_S93"], OCCUPATIONS["rM7G_ge7_XhP"]
    return [
        Citation(n=1, id="course:kock-apl-borlange", kind="course", title=k["course"]["title"], url=COURSE_KOCK,
                 snippet="Arbetsmarknadsutbildning med arbetsplatsförlagt lärande i restaurangkök, Borlänge."),
        Citation(n=2, id="course:barnskotare-vimmerby", kind="course", title=b["course"]["title"], url=COURSE_BARN,
                 snippet="Utbildning till barnskötare och elevassistent på Vimmerby folkhögskola."),
    ]


ANSWERS = {
    "sv": "Med din erfarenhet som kock kan du söka jobb som Kock, à la carte. Det finns många annonser i Skåne. "
          "En arbetsmarknadsutbildning kan hjälpa dig in [1]. Du kan också utbilda dig till Barnskötare [2].",
    "en": "With your experience as a cook you can look for jobs as Kock, à la carte. There are many ads in Skåne. "
          "A labour-market training course can help you get started [1]. You could also train as a Barnskötare [2].",
    "ar": "بخبرتك كطباخ يمكنك البحث عن عمل بوظيفة Kock, à la carte في السويد. هناك إعلانات كثيرة في Skåne. "
          "يمكن أن تساعدك دورة تدريبية [1]. ويمكنك أيضاً أن تدرس لتصبح Barnskötare [2].",
}


class ServiceDouble:
    """Implements the AssistantService protocol with fixed, realistic answers."""

    def __init__(self) -> None:
        self.ready_error: Exception | None = None
        self.ready_delay_s = 0.0
        self.stream_error_after: int | None = None
        self.token_delay_s = 0.01
        self.llm_available = False

    def ready(self) -> dict[str, Any]:
        """Readiness details, or ``ready_error``."""
        if self.ready_delay_s:
            time.sleep(self.ready_delay_s)
        if self.ready_error is not None:
            raise self.ready_error
        return {"store": True, "embedder": True, "documents": 3, "double": True}

    def regions(self) -> list[dict[str, str]]:
        """Two regions (the real list comes from the taxonomy)."""
        return [{"id": SKANE, "name": "Skåne län"}, {"id": STOCKHOLM, "name": "Stockholms län"}]

    def interpret(self, text: str, *, language: str | None = None, llm: bool | None = None) -> Profile:
        """Keyword interpretation (see :func:`interpret_text`)."""
        return interpret_text(text, language)

    def match(self, text: str | None = None, *, profile: Profile | None = None, region: str | None = None,
              top: int = 10, language: str | None = None, with_evidence: bool = True,
              id: str | None = None) -> dict[str, Any]:
        """The three fixture occupations, ranked by overlap with the profile's skills."""
        profile = profile or interpret_text(text or "")
        region = region or profile.region_id()
        have = {s.label for s in profile.skills if s.id not in profile.removed_skill_ids}
        rows = []
        for oid, o in OCCUPATIONS.items():
            wanted = {"JbJw_as4_S93": {"Matlagning", "Livsmedelshygien"}, "rM7G_ge7_XhP": {"Barntillsyn"},
                      "PQkQ_Dmk_ZF8": {"Omvårdnad"}}[oid]
            matched = sorted(have & wanted)
            score = round(0.2 + 0.7 * len(matched) / len(wanted), 3)
            details = self.occupation(oid, region=region)
            rows.append({
                "id": oid, "label": o["label"], "ssyk_id": o["ssyk_id"], "ssyk_code": o["ssyk_code"], "score": score,
                "url": o["course"]["url"],
                "explanation": (f"Matchar {len(matched)} av {len(wanted)} centrala färdigheter"
                                + (f" ({', '.join(matched)})." if matched else ".")),
                "matched_skills": [{"label": m} for m in matched],
                "missing_skills": [{"label": s} for s in o["skills"][:3]],
                "evidence": [{"title": o["course"]["title"], "url": o["course"]["url"], "kind": "course"}],
                "demand": details["demand"], "outlook": details["outlook"],
                "education": [{"title": o["course"]["title"], "url": o["course"]["url"], "place": o["course"]["place"]}],
            })
        rows.sort(key=lambda r: -r["score"])
        return {"language": profile.language or "sv", "profile": profile.model_dump(mode="json"),
                "occupations": rows[:top], "region": region,
                "next_questions": ["Hur länge arbetade du som kock, och i vilken typ av kök?",
                                   "Har du något intyg eller betyg från din utbildning?",
                                   "Kan du tänka dig att pendla utanför din kommun?"]}

    def search(self, query: str, *, kind: str, top: int = 10, region: str | None = None,
               ssyk: str | None = None, snippets: bool = True) -> list[dict[str, Any]]:
        """Occupations whose label contains a query word."""
        words = [w.casefold() for w in query.split()]
        hits = []
        for oid, o in OCCUPATIONS.items():
            if kind in ("occupation", "course") and any(w in o["label"].casefold() for w in words):
                hits.append({"id": oid, "kind": kind, "title": o["label"], "score": 0.9, "url": o["course"]["url"],
                             "doc_id": f"jobtech:occupation-name:{oid}", "snippet": o["description"]})
        return hits[:top]

    def occupation(self, occupation_id: str, *, region: str | None = None) -> dict[str, Any]:
        """Details of one fixture occupation; unknown ids raise a 404 VagledningError."""
        o = OCCUPATIONS.get(occupation_id)
        if o is None:
            raise VagledningError("We do not know that occupation.", status=404, code="occupation_not_found")
        rid = region or SWEDEN
        return {
            "id": occupation_id, "label": o["label"],
            "ssyk": {"id": o["ssyk_id"], "code": o["ssyk_code"], "label": o["ssyk_label"]},
            "description": o["description"], "skills": [{"label": s} for s in o["skills"]],
            "demand": {"region": rid, "ads_2024": o["ads"].get(rid), "source": "JobTech historiska annonser 2024"},
            "outlook": {"region": rid, "competition": "medelstora", "forecast": "Goda möjligheter till arbete de "
                        "närmaste fem åren.", "source": "Arbetsförmedlingens yrkesbarometer 2025"},
            "salary": {"low": o["salary"][0], "median": o["salary"][1], "high": o["salary"][2], "currency": "SEK"},
            "courses": [{"title": o["course"]["title"], "url": o["course"]["url"], "place": o["course"]["place"]}],
            "programmes": [], "similar": [],
            "sources": [{"title": o["course"]["title"], "url": o["course"]["url"]}],
        }

    def _answer(self, request: ChatRequest) -> tuple[Profile, str, str]:
        text = request.messages[-1].content
        profile = request.profile or Profile()
        found = interpret_text(text, request.language)
        profile = profile.model_copy(update={"skills": profile.skills + found.skills,
                                             "experiences": profile.experiences + found.experiences,
                                             "language": found.language})
        lang = (request.language or found.language or "sv").split("-")[0]
        lang = lang if lang in ANSWERS else ("sv" if lang == "sv" else "en")
        return profile, lang, ANSWERS[lang]

    def turn(self, request: ChatRequest) -> ChatResponse:
        """The whole answer at once."""
        profile, lang, answer = self._answer(request)
        return ChatResponse(answer=answer, language=lang, profile=profile, citations=_citations(),
                            notices=[] if self.llm_available else ["LLM unavailable, answered from sources"],
                            suggestions=["Vilka utbildningar finns?", "Vad tjänar en kock?"])

    async def stream(self, request: ChatRequest) -> AsyncIterator[ChatEvent]:
        """profile, token*, citations, notice, done — with ``stream_error_after`` for error tests."""
        profile, lang, answer = self._answer(request)
        events: list[tuple[str, dict[str, Any]]] = [("profile", {"profile": profile.model_dump(mode="json")})]
        events += [("token", {"text": t}) for t in re.findall(r"\S+\s*", answer)]
        events.append(("citations", {"citations": [c.model_dump(mode="json") for c in _citations()]}))
        if not self.llm_available:
            events.append(("notice", {"code": "llm_unavailable", "message": "LLM unavailable, answered from sources"}))
        events.append(("done", {"language": lang, "composer": "grounded", "removed_citations": 0,
                                "uncited_sentences": 0, "suggestions": ["Vilka utbildningar finns?"]}))
        for i, (name, data) in enumerate(events):
            if self.stream_error_after is not None and i >= self.stream_error_after:
                raise RuntimeError("simulated failure with secret detail /etc/passwd")
            if name == "token" and self.token_delay_s:
                await asyncio.sleep(self.token_delay_s)
            yield ChatEvent(event=name, data=data)
