"""Work whose cited sources show an exposure a person is allergic to (read by :func:`retrieval.constraints.demand_of`
for the demand code ``allergen:<what>``; the allergen is kept by assistant/interpretation/allergens.py).

clash18 (rater31 c01): a baker whose doctor said "stop working with flour" was offered «Kock, à la carte», whose
essential ESCO skills are "prepare bakery products" and "cook pastry products", then «Maskinoperatör, bageri», whose
JobTech competences are «Maskinskötsel, industribageri» and «Vetedegar, beredningsvana». Only the generic allergy
demand was read ("handle chemical cleaning agents", which left out the kitchen help and nothing else).

An exposure is read, in the order a reader trusts them, from the occupation's name (a bakery, a kitchen, a stable),
its own JobTech competences (Swedish), the essential skills of an exactly mapped ESCO occupation, then JobTech's
definition and Arbetsförmedlingen's description (retrieval/demand_sources.first_source). The exclusion's reason is
``allergy``, so the answer says it as the person's allergy; the evidence names the exposure.
"""
from __future__ import annotations

import re

#: ``limitations()`` codes: ``allergen:flour`` …
PREFIX = "allergen:"

#: Per allergen: (occupation name, JobTech competence labels (sv), ESCO essential skills (en), texts (sv)).
#: Flour: bakeries, pastry, mills and kitchens, where flour dust is in the air (bakers' asthma).
_FLOUR = (r"bagare|konditor|bageri|kvarn|pizza|\bkock\b|kallskänk|storkök|\bkök(?:sbiträde|schef|smästare|spersonal)?\b",
          r"mjöl(?!k)|\bbak(?:a|ning|verk|eri)|bageri|\bdeg(?:ar)?\b|vetedeg|konditori|kvarnarbete|\bbröd|pizza|"
          r"storkök|restaurangkök|varmkök|kallkök",
          r"\bflour\b|\bbak(?:e|ery|ing)\b|\bdough\b|\bpastry\b|\bbread\b|\bgrain\b|\bmill(?:ing)?\b|cereal|confection|"
          r"sweet making",
          r"mjöl(?!k)|\bbak(?:a|ar|ning|verk|ad|ade)\b|bageri|\bbröd|\bdeg(?:ar|en)?\b|konditori|kvarn|spannmål|"
          r"\bkök(?:et)?\b")
#: Animals: fur, dander and hair in care of animals, stables, farms and veterinary work.
_ANIMALS = (r"djur|häst|\bhund|\bkatt|\bstall|veterinär|zoo|ridlärare|hovslagare|inseminatör|lantarbetare|"
            r"husdjur|fjäderfä|mjölkning|gris|svin",
            r"djur|\bhäst|\bhund(?:ar)?\b|\bkatt(?:er)?\b|\bstall|ladugård|mjölkning|boskap|fjäderfä|\bgris",
            r"\banimals?\b|livestock|\bhorses?\b|\bdogs?\b|\bpets?\b|poultry|cattle|veterinar|groom|milking|\bpigs?\b",
            r"djur|\bhäst|\bhund(?:ar|en)?\b|\bkatt(?:er|en)?\b|\bstall|boskap|fjäderfä|ladugård")
#: Chemicals and cleaning agents: cleaning, painting, hair and chemical process work.
_CHEMICALS = (r"städ|lokalvård|sanerare|lackerare|målare|frisör|kemi|fönsterputs",
              r"kemikal|rengöringsmedel|lösningsmedel|städ|sanering|\bfärg|\black|hårfärg",
              r"chemical|cleaning agents|detergent|solvent|pesticide|\bpaint|\bdyes?\b|varnish|lacquer|disinfect",
              r"kemikalier|rengöringsmedel|lösningsmedel|bekämpningsmedel|\bfärg(?:er)?\b|\black(?:er)?\b")
#: Latex: rubber work and gloves of rubber.
_LATEX = (r"gummi", r"latex|gummi", r"\blatex\b|\brubber\b", r"latex|gummi")
#: Pollen and plants: gardens, parks, farms, forests, greenhouses and florists.
_POLLEN = (r"trädgård|florist|blom|odl|skog|\bpark(?:arbetare|skötare)?\b|växthus|plantskol|lantbruk|jordbruk|naturvård|golfbane",
           r"växt|\bblom|trädgård|odling|\bgräs|skog|plantering|\bpark(?:skötsel)?\b",
           r"\bplants?\b|flowers?|horticultur|garden|\bcrops?\b|harvest|\btrees?\b|forest|lawn|turf|landscap|nurser",
           r"växter|blommor|trädgård|odling|pollen|\bgräs|\bskog")
#: Dust: wood, stone, concrete and demolition dust, cleaning.
_DUST = (r"snickare|träarbetare|rivning|sanerare|murare|betong|golvläggare|stenhugg|städ",
         r"damm|\bträ(?:arbete|bearbetning|industri)?\b|snickeri|slipning|betong|rivning|isolering",
         r"\bdust\b|sawdust|\bsand(?:ing)?\b|\bgrind|demoli|\bwood|concrete|cement|insulation",
         r"damm(?!ar\b|en\b|arna)|trädamm|slipar|rivning|betong|cement|isolering")
_BY_ALLERGEN = {"flour": _FLOUR, "animals": _ANIMALS, "chemicals": _CHEMICALS, "latex": _LATEX, "pollen": _POLLEN,
                "dust": _DUST}
PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    code: tuple(re.compile(p, re.I) for p in pats) for code, pats in _BY_ALLERGEN.items()}


def allergen_demand(occupation_id: str, label: str, allergen: str, rt):
    """The first source that shows ``occupation_id`` exposes one to ``allergen`` (an ``Exclusion`` with reason
    ``allergy``), or None: no source shows it, or an allergen the module does not know."""
    from retrieval.constraints import Exclusion
    from retrieval.demand_sources import first_source

    pats = PATTERNS.get(allergen)
    if pats is None:
        return None
    name, jobtech, esco, text = pats
    if name.search(label):
        return Exclusion(occupation_id, label, "allergy", f"jobtech:occupation-name:{occupation_id}", label)
    # (the Swedish sources first, then ESCO's English skills: the evidence an answer can quote in the reader's words)
    return first_source(occupation_id, label, rt, "allergy", jobtech=jobtech, esco=None, text=text) \
        or first_source(occupation_id, label, rt, "allergy", jobtech=None, esco=esco, text=None)
