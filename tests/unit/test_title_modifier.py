"""An English title's modifier decides its field (retrieval/title_modifier): made-up labels and occupations shaped
like ESCO's English labels and the official ESCO -> JobTech mapping, not eval cases."""
from __future__ import annotations

from dataclasses import dataclass

from retrieval.title_modifier import _split, modifier_first, stem
from retrieval.title_query import read
from retrieval.titles import TitleIndex

_ESCO = {  # ESCO occupation -> its English labels
    "e:civil": ["civil engineer", "engineer", "structural engineer"],
    "e:dev": ["software developer", "back-end developer", "software engineer"],
    "e:desk": ["ICT help desk agent", "IT support technician"],
    "e:pay": ["payroll clerk", "payroll administrator"],
    "e:db": ["database administrator", "database specialist"],
    "e:lorry": ["lorry driver", "trucker"],
    "e:fork": ["forklift operator"],
}
_MAPPING = [("civ", "e:civil"), ("dev", "e:dev"), ("desk", "e:desk"), ("pay", "e:pay"), ("db", "e:db"),
            ("lorry", "e:lorry"), ("fork", "e:fork")]


class _Lexical:
    def __init__(self) -> None:
        self.texts, self.metadatas = [], []
        for uri, labels in _ESCO.items():
            for i, label in enumerate(labels):
                self.texts.append(label)
                self.metadatas.append({"concept_id": uri, "part": "title" if i == 0 else "alias"})


class _Search:
    def __init__(self) -> None:
        self._lex = _Lexical()

    def lexical(self, kind: str):
        return self._lex


class _Rel:
    def _all(self, sql: str):
        return [{"jobtech_id": j, "esco_uri": e} for j, e in _MAPPING]


@dataclass
class _Hit:
    concept_id: str
    score: float


def _index() -> TitleIndex:
    return TitleIndex([("Civilingenjör", "civ"), ("Backend-utvecklare", "dev"), ("Supporttekniker", "desk"),
                       ("Löneadministratör", "pay"), ("Databasadministratör", "db"), ("Distributionsförare", "lorry"),
                       ("Truckförare", "fork"), ("Cloudutvecklare", "cloud")])


def _order(title: str, ids: list[str]) -> list[str]:
    hits = [_Hit(i, 1.0 - n / 10) for n, i in enumerate(ids)]
    out = modifier_first(_Search(), _Rel(), _index(), title, hits)
    assert [h.score for h in out] == sorted((h.score for h in out), reverse=True)   # scores follow the order
    return [h.concept_id for h in out]


def test_the_modifier_not_the_head_decides_the_first_occupation():
    assert _order("Backend Engineer", ["civ", "db", "dev"])[0] == "dev"        # "back-end" joined in ESCO
    assert _order("Payroll Specialist", ["db", "civ", "pay"])[0] == "pay"      # payroll clerk's labels
    assert _order("Support Engineer", ["civ", "desk"])[0] == "desk"            # Swedish Support|tekniker


def test_an_occupation_without_english_labels_is_read_in_its_swedish_titles():
    assert _order("Cloud Platform Engineer", ["civ", "cloud"])[0] == "cloud"


def test_a_first_hit_with_modifier_evidence_keeps_its_place():
    assert _order("Truck Driver", ["lorry", "fork"]) == ["lorry", "fork"]     # "trucker" ~ "truck"
    assert _order("Engineer", ["civ", "dev"]) == ["civ", "dev"]                # no modifier, nothing to read


def test_a_phrase_with_function_words_or_no_english_head_is_left_alone():
    assert _split("Head of IT") == ("", [])
    assert _order("HR-ass", ["db", "pay"]) == ["db", "pay"]


def test_stems_compare_forms_not_engineers_with_engines():
    assert stem("trucker") == stem("trucks") == "truck"
    assert stem("engineer") == "engineer"


def test_an_english_title_is_not_read_as_a_clipped_swedish_title():
    t = TitleIndex([("Cloudutvecklare", "cloud"), ("SQE Supplier Quality Engineer", "sqe"), ("Fysioterapeut", "f")])
    assert read(t, "Cloud Platform Engineer").core == "Cloud Platform Engineer"
