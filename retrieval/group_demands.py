"""Demands an occupation's kind of work makes though its ESCO skills and texts seldom say so (read by
:func:`retrieval.constraints.demand_of`): the SSYK group, or the occupation's name, is the evidence, and the
occupation is the document cited."""
from __future__ import annotations

import re

#: SSYK 2012 groups whose work itself makes a demand, though ESCO and the texts seldom say so (rater7: a woman who
#: "cant stand for long … so no construction site work" was offered Väg- och anläggningsarbetare twice; a man who
#: works "only days" got Kock à la carte, Kock fartyg and Sommelier): building and civil-works trades and labourers
#: work on their feet on a site (711 byggnads- och anläggningsarbetare, 712 byggnadshantverkare, 713 målare, 931
#: grovarbetare); waiters, sommeliers and bartenders serve the evening and the weekend (5131, 5132); a ship's
#: crew and officers keep watches round the clock (835 däckspersonal, 315 fartygsbefäl och maskinbefäl).
#: wants7 (rater8 conv1: bad knees, then Städare, Hemstädare and Vårdbiträde "with long standing removed"): cleaning
#: and home service (911 städare och hemservicepersonal, 912 fordonstvättare och fönsterputsare), dishwashing and
#: kitchen help (9412) and home care and care aides (5321 undersköterskor inom hemtjänst m.m., 5330 vårdbiträden) are
#: done walking and standing, kneeling and on stairs (the groups change4's counsellor leaves out for a bad back).
_SITE = ("711", "712", "713", "931")
_ON_FEET = ("911", "912", "9412", "5321", "5330")
_SHIP = ("835", "315")
_EVENINGS = ("5222", "5223", "5225", "5230", "9520", "5120", "9411", "9412", "4224", "4211")
_ROUND_THE_WEEK = ("5321", "5330", "5341", "5343")
#: Assistant nurses and care aides in home care, care homes and wards (5321, 5323, 5330) help people to move, turn
#: and get up, the patient transfers Arbetsmiljöverket names as heavy for the back (AFS 2012:2 Belastningsergonomi;
#: https://www.av.se/); their ESCO skills seldom say so.
_TRANSFERS = (("5321", "5323", "5330"), "lyft och förflyttningar av patienter och brukare, tungt för rygg och axlar")
#: clash18 (rater31 c12: a 58-year-old with a bad shoulder who likes plants got «Skogsarbetare, motormanuell
#: avverkning» with "All the jobs can suit you"): forestry workers (6210: felling with a chainsaw, clearing with a
#: brush saw, planting) carry saws and plants over rough ground with the arms held out, the heavy lifting, carrying and
#: static arm work Arbetsmiljöverket's rules on load ergonomics name (AFS 2012:2 Belastningsergonomi,
#: https://www.av.se/); their ESCO skills and texts seldom say so.
#: Cleaning and home service, window and vehicle washing, dishwashing and kitchen help, refuse collection: the load
#: ergonomics of "back" and "shoulders" below (AFS 2012:2; IVL/AFA B1802).
_CLEANING = ("911", "912", "9412", "961")
_FOREST = (("6210",), "skogsarbete med motorsåg och röjsåg, plantering och bärande i terräng, tungt för rygg och axlar")
#: limits19 (rater32 conv01: after "I can't lift more than 10 kilos" a miner got Industriplåtslagare, Grovplåtslagare
#: and Tunnplåtslagare, then Ventilationsmontör and Trädgårdsanläggare, "the sources say nothing about heavy lifting"):
#: roofers, floor layers, insulation, glass and pipe fitters (7121-7125), sheet-metal and structural-steel workers
#: (7213-7215), landscapers and cemetery workers (6113), dock workers, removal men and shelf fillers (9331, 9332) and
#: refuse collectors (9610) lift and carry sheets, pipes, building materials, stone, goods and bins, the manual handling
#: Arbetsmiljöverket's rules on load ergonomics name (AFS 2012:2 Belastningsergonomi, https://www.av.se/); their ESCO
#: skills and texts seldom say so.
_HEAVY_TRADES = (("7121", "7122", "7123", "7124", "7125", "7213", "7214", "7215", "6113", "9331", "9332", "9610"),
                 "tunga lyft och bärande av plåt, rör, byggmaterial, sten, växter, gods och avfall")
#: limits19 (rater32 conv01: a miner whose doctor forbade vibration got three earth-moving machine operators): the
#: vibration exposures Arbetsmiljöverket's rules on vibration name (AFS 2005:15 Vibrationer, https://www.av.se/) as
#: whole-body vibration in the cab of mobile machines, forklifts and heavy lorries (834, 8332) and as hand-arm vibration
#: from rock drills, breakers, compactors and chainsaws (miners, well drillers, blasters, stone cutters 8111, 8113,
#: 8115, 8116; concrete and civil-works workers and labourers 7113, 7114, 7119, 9310; forestry 6210).
_WHOLE_BODY = (("834", "8332"), "helkroppsvibrationer i förarhytten på anläggnings-, skogs- och lantbruksmaskiner, "
                                "kranar, truckar och tunga lastbilar")
_HAND_ARM = (("8111", "8113", "8115", "8116", "7113", "7114", "7119", "9310", "6210"),
             "handarmsvibrationer från bergborrar, bilningshammare, markvibratorer, vibroplattor och motorsågar")
#: limits19 (rater32 conv04: a taxi driver who wants daytime work only got Bussförare again): bus, tram, taxi and train
#: drivers and yard staff (8331, 8321, 831) drive early mornings, late evenings and weekends to a roster, and fire
#: fighters, prison officers and guards (5411-5413) work shifts round the clock (the trades' agreements: Kommunal, Seko,
#: Transport); the texts seldom say so.
_ROSTERED = (("8331", "8321", "831"), "tidiga morgnar, sena kvällar och helger efter turlista i buss-, spårvagns-, taxi- "
                                      "och tågtrafik")
_ROUND_THE_CLOCK = (("5411", "5412", "5413"), "skiftarbete dygnet runt i räddningstjänst, kriminalvård och bevakning")
GROUP_DEMANDS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "standing": ((_SITE, "arbete stående på bygg- och anläggningsplatser"),
                 (_ON_FEET, "städ-, disk- och omsorgsarbete gående och stående, ofta på knä och i trappor"),
                 # sit18 (rater30 c10: a hairdresser whose back hurts and who cannot stand long heard "the sources say
                 # nothing about standing for Frisör"): hairdressers and barbers (5141) cut, colour and style standing
                 # at the chair through the working day, the standing work with bent and raised arms Arbetsmiljöverket's
                 # rules on load ergonomics name as a risk (AFS 2012:2 Belastningsergonomi, https://www.av.se/).
                 (("5141",), "arbete stående vid frisörstolen större delen av arbetsdagen")),
    # body15 (rater28 fa c04: a tailor whose knees hurt and who cannot stand long asked for "a seated job with my
    # hands" and got Maskinreparatör, Maskinsnickare and Reparationssnickare; before that Packare): machine and motor
    # repairers (7231-7233), welders, sheet-metal and structural-metal workers (7212-7214), metal, rubber and plastic
    # assemblers (8213, the taxonomy files tyre fitters there), laundry and dyeing machine operators (8151) and hand
    # packers and factory hands at a line (932) work on their feet at a machine, a bench or a line; their ESCO skills
    # and texts seldom say so. Read only for a person who says they cannot stand (not for bad knees alone,
    # retrieval/body_demands.py). Not the joiners and wood machine operators (752): limits11's carpenter whose knees
    # are bad is offered bench and machine woodwork as easier on the knees (assistant/seated_asked.py leaves them out
    # when seated work is asked for).
    "standing_long": ((("7231", "7232", "7233", "7212", "7213", "7214", "8151", "8213", "932"),
                       "arbete stående vid maskin, arbetsbänk eller lina i verkstad, snickeri eller fabrik"),),
    # skin13 (rater13 conv3: "no heavy lifting" after a bad back, then Väg- och anläggningsarbetare, Grovarbetare and
    # Ställningsbyggare): building and civil-works workers and labourers carry materials, formwork and scaffolding.
    "lifting": ((("711", "931"), "tunga lyft och bärande av material på bygg- och anläggningsplatser"), _TRANSFERS,
                _FOREST, _HEAVY_TRADES),
    "vibration": (_WHOLE_BODY, _HAND_ARM),
    # (lead, widget: a hospital cleaner whose back "hurts a lot" was offered Diskare, Fönsterputsare and
    # Miljöarbetare/Renhållningsarbetare "close to your experience"): cleaning and home service (911), window cleaning
    # and vehicle washing (912), dishwashing and kitchen help (9412) and refuse collection (961) are the bent, twisted,
    # pushing, pulling and carrying work of the same sources as "shoulders" below (AFS 2012:2 Belastningsergonomi; IVL/AFA
    # B1802 "Belastningar i städyrket"), the groups change4's counsellor leaves out for a bad back.
    "back": ((("711", "931"), "tunga lyft och bärande av material på bygg- och anläggningsplatser"), _TRANSFERS,
             _FOREST, _HEAVY_TRADES, (_CLEANING,
                       "städ-, disk- och renhållningsarbete böjd och vriden, med skjut, drag och bärande, tungt för ryggen")),
    "daytime": ((("5131", "5132") + _SHIP, "kvälls-, helg- och skiftarbete i restaurang eller till sjöss"),
                # limits18 (rater17 conv1: a mother who can work "only days, not evenings or weekends" got shop and
                # market work again): shops, checkouts and markets are open evenings and weekends, kitchens and fast
                # food serve them, petrol stations, hotel receptions and casinos (4211) keep open, home care, care
                # homes and personal assistance run round the week (the schedules of the trades' agreements:
                # Handels, HRF, Kommunal); the texts seldom say so.
                # (limits19, rater32 conv04: a mother who can only work daytime got Diskare: restaurant kitchens and
                # dishwashing, 9412, serve the evening and the weekend too)
                (_EVENINGS, "kvälls- och helgarbete i butik, kassa, på bensinstation, i torghandel, kök och snabbmat, "
                            "hotellreception eller kasino"),
                (_ROUND_THE_WEEK, "schemalagt arbete dygnet och veckan runt, med kvällar och helger, i hemtjänst, "
                                  "på äldreboende och som personlig assistent"), _ROSTERED, _ROUND_THE_CLOCK),
    "night": ((_SHIP, "vakter dygnet runt till sjöss"),),
    # limits12 (rater12 conv3: Författare, Journalist and a redaktör for a man with dyslexia): writers, journalists,
    # translators and linguists (264 författare, journalister och tolkar m.fl.) read and write texts all day.
    "reading": ((("2641", "2642", "2643"), "arbete som till stor del är att läsa, skriva och redigera texter"),),
    # shoulder14 (rater14 conv5: a cleaner with shoulder pain asking for lighter work "that spares the shoulder" was
    # offered Hemstädare, Fönsterputsare and Diskare): cleaning and home service (911), window cleaning and vehicle
    # washing (912), dishwashing and kitchen help (9412) and refuse collection (961) are work with the arms raised
    # or moved over and over, pushing, pulling and carrying, the postures and repetitive work Arbetsmiljöverket's
    # rules on load ergonomics name as risks (Arbetsmiljöverket, AFS 2012:2 Belastningsergonomi, https://www.av.se/;
    # IVL/AFA report B1802 "Belastningar i städyrket", 2008); their ESCO skills and texts seldom say so.
    "shoulders": ((_CLEANING,
                   "städ-, disk- och renhållningsarbete med armarna högt, upprepade armrörelser, skjut, drag och bärande"),
                  # limits18 (rater17 conv4: a man with a bad shoulder who wanted no heavy work any more got machine,
                  # assembly and packing work): assembly (821), hand packing and factory hands (932) and the metal
                  # machine setters' and operators' loading of parts (7223) are the repetitive, short-cycle arm work
                  # AFS 2012:2 names as a risk for the shoulders.
                  (("821", "932", "7223"), "upprepat, kortcykligt armarbete vid montering, packning och "
                                           "maskinbetjäning med i- och urlastning av detaljer"),
                  _TRANSFERS, _FOREST),
    # body16 (rater29 c09: a chef with wrist tendinitis was offered Bagare/Konditor, then Städare and Servitör): cooks
    # (5120), fast-food and kitchen help and dishwashers (9411, 9412), butchers and bakers (7611, 7612), cleaning and
    # window cleaning (911, 912), hairdressers (5141), hand assembly and hand
    # packing (821, 932) grip, chop, knead, scrub and cut with the hands and wrists over and over, the repetitive work
    # AFS 2012:2 (Arbetsmiljöverket, Belastningsergonomi, https://www.av.se/) names as a risk for hands and wrists.
    "hands": ((("5120", "9411", "9412", "7611", "7612", "911", "912", "5141", "821", "932"),
               "upprepat arbete med händer och handleder: skära, hacka, knåda, skura, klippa, montera och packa för hand"),
              _TRANSFERS),
}
#: ... and occupations named for the evening restaurant or the ship ("Kock, à la carte", "Kock, fartyg").
_LABEL_DEMANDS = {"daytime": re.compile(r"à la carte|a la carte|\bfartyg|\bnattklubb", re.I),
                  "night": re.compile(r"\bfartyg|\bnattklubb", re.I)}
#: silent20 (rater33 replay04: a father who asked for day work only got Fjärrbilsförare): long-haul lorry driving
#: (fjärrtrafik, named so in the title) runs longer than one day's driving, which the EU rules cap at 9 hours
#: (Regulation (EC) No 561/2006, art. 6, https://eur-lex.europa.eu/eli/reg/2006/561/oj), so it means nights away from
#: home and driving at any hour; the taxonomy's texts do not say so. Distribution driving by day stays.
_LONG_HAUL = re.compile(r"\bfjärrbil|\blångtradar|\bfjärrtrafik", re.I)
_LONG_HAUL_MEANING = "fjärrtrafik: körningar längre än en arbetsdag, med nätter borta hemifrån och körning på alla tider"


def group_demand(occupation_id: str, label: str, what: str, rel) -> tuple[str, str] | None:
    """The occupation's SSYK group (or its name) makes demand ``what`` (:data:`GROUP_DEMANDS`): the document cited (the
    occupation) and the words that say it; None otherwise."""
    kinds = GROUP_DEMANDS.get(what, ())
    if not kinds:
        return None
    occ = rel.occupation(occupation_id)
    code = getattr(occ, "ssyk_code", None) or ""
    doc = f"jobtech:occupation-name:{occupation_id}"
    for groups, meaning in kinds:
        if code.startswith(groups):
            return doc, f"SSYK {code} {getattr(occ, 'ssyk_label', '') or ''}: {meaning}"
    named = _LABEL_DEMANDS.get(what)
    if named is not None and named.search(label):
        return doc, f"{label}: {kinds[0][1]}"
    if what in ("daytime", "night") and _LONG_HAUL.search(label):
        return doc, f"{label}: {_LONG_HAUL_MEANING}"
    return None
