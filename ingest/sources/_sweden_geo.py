"""Which county (län) each Swedish municipality belongs to, by name.

None of the data files links municipalities to counties, so this static table gives the
relation (SCB's division of 2024; Heby belongs to Uppsala län since 2007). It was checked
against every (Kommun, Län) pair in the MYH 2024 tables (140 municipalities, no conflicts).
Concept ids are resolved at ingest (ingest.sources.geography) from taxonomy/municipalities.json and regions.json;
the running service reads the result from the relations store.
"""
from __future__ import annotations

COUNTY_MUNICIPALITIES: dict[str, tuple[str, ...]] = {
    "Stockholms län": (
        "Upplands Väsby", "Vallentuna", "Österåker", "Värmdö", "Järfälla", "Ekerö", "Huddinge", "Botkyrka",
        "Salem", "Haninge", "Tyresö", "Upplands-Bro", "Nykvarn", "Täby", "Danderyd", "Sollentuna",
        "Stockholm", "Södertälje", "Nacka", "Sundbyberg", "Solna", "Lidingö", "Vaxholm", "Norrtälje",
        "Sigtuna", "Nynäshamn",
    ),
    "Uppsala län": (
        "Håbo", "Älvkarleby", "Knivsta", "Tierp", "Uppsala", "Enköping", "Östhammar", "Heby",
    ),
    "Södermanlands län": (
        "Vingåker", "Gnesta", "Nyköping", "Oxelösund", "Flen", "Katrineholm", "Eskilstuna", "Strängnäs",
        "Trosa",
    ),
    "Östergötlands län": (
        "Ödeshög", "Ydre", "Kinda", "Boxholm", "Åtvidaberg", "Finspång", "Valdemarsvik", "Linköping",
        "Norrköping", "Söderköping", "Motala", "Vadstena", "Mjölby",
    ),
    "Örebro län": (
        "Lekeberg", "Laxå", "Hallsberg", "Degerfors", "Hällefors", "Ljusnarsberg", "Örebro", "Kumla",
        "Askersund", "Karlskoga", "Nora", "Lindesberg",
    ),
    "Västmanlands län": (
        "Skinnskatteberg", "Surahammar", "Kungsör", "Hallstahammar", "Norberg", "Västerås", "Sala",
        "Fagersta", "Köping", "Arboga",
    ),
    "Blekinge län": (
        "Olofström", "Karlskrona", "Ronneby", "Karlshamn", "Sölvesborg",
    ),
    "Skåne län": (
        "Svalöv", "Staffanstorp", "Burlöv", "Vellinge", "Östra Göinge", "Örkelljunga", "Bjuv", "Kävlinge",
        "Lomma", "Svedala", "Skurup", "Sjöbo", "Hörby", "Höör", "Tomelilla", "Bromölla", "Osby", "Perstorp",
        "Klippan", "Åstorp", "Båstad", "Malmö", "Lund", "Landskrona", "Helsingborg", "Höganäs", "Eslöv",
        "Ystad", "Trelleborg", "Kristianstad", "Simrishamn", "Ängelholm", "Hässleholm",
    ),
    "Värmlands län": (
        "Kil", "Eda", "Torsby", "Storfors", "Hammarö", "Munkfors", "Forshaga", "Grums", "Årjäng", "Sunne",
        "Karlstad", "Kristinehamn", "Filipstad", "Hagfors", "Arvika", "Säffle",
    ),
    "Dalarnas län": (
        "Vansbro", "Malung-Sälen", "Gagnef", "Leksand", "Rättvik", "Orsa", "Älvdalen", "Smedjebacken", "Mora",
        "Falun", "Borlänge", "Säter", "Hedemora", "Avesta", "Ludvika",
    ),
    "Gävleborgs län": (
        "Ockelbo", "Hofors", "Ovanåker", "Nordanstig", "Ljusdal", "Gävle", "Sandviken", "Söderhamn",
        "Bollnäs", "Hudiksvall",
    ),
    "Västernorrlands län": (
        "Ånge", "Timrå", "Härnösand", "Sundsvall", "Kramfors", "Sollefteå", "Örnsköldsvik",
    ),
    "Jämtlands län": (
        "Ragunda", "Bräcke", "Krokom", "Strömsund", "Åre", "Berg", "Härjedalen", "Östersund",
    ),
    "Västerbottens län": (
        "Nordmaling", "Bjurholm", "Vindeln", "Robertsfors", "Norsjö", "Malå", "Storuman", "Sorsele",
        "Dorotea", "Vännäs", "Vilhelmina", "Åsele", "Umeå", "Lycksele", "Skellefteå",
    ),
    "Norrbottens län": (
        "Arvidsjaur", "Arjeplog", "Jokkmokk", "Överkalix", "Kalix", "Övertorneå", "Pajala", "Gällivare",
        "Älvsbyn", "Luleå", "Piteå", "Boden", "Haparanda", "Kiruna",
    ),
    "Jönköpings län": (
        "Aneby", "Gnosjö", "Mullsjö", "Habo", "Gislaved", "Vaggeryd", "Jönköping", "Nässjö", "Värnamo",
        "Sävsjö", "Vetlanda", "Eksjö", "Tranås",
    ),
    "Kronobergs län": (
        "Uppvidinge", "Lessebo", "Tingsryd", "Alvesta", "Älmhult", "Markaryd", "Växjö", "Ljungby",
    ),
    "Kalmar län": (
        "Högsby", "Torsås", "Mörbylånga", "Hultsfred", "Mönsterås", "Emmaboda", "Kalmar", "Nybro",
        "Oskarshamn", "Västervik", "Vimmerby", "Borgholm",
    ),
    "Gotlands län": (
        "Gotland",
    ),
    "Hallands län": (
        "Hylte", "Halmstad", "Laholm", "Falkenberg", "Varberg", "Kungsbacka",
    ),
    "Västra Götalands län": (
        "Härryda", "Partille", "Öckerö", "Stenungsund", "Tjörn", "Orust", "Sotenäs", "Munkedal", "Tanum",
        "Dals-Ed", "Färgelanda", "Ale", "Lerum", "Vårgårda", "Bollebygd", "Grästorp", "Essunga", "Karlsborg",
        "Gullspång", "Tranemo", "Bengtsfors", "Mellerud", "Lilla Edet", "Mark", "Svenljunga", "Herrljunga",
        "Vara", "Götene", "Tibro", "Töreboda", "Göteborg", "Mölndal", "Kungälv", "Lysekil", "Uddevalla",
        "Strömstad", "Vänersborg", "Trollhättan", "Alingsås", "Borås", "Ulricehamn", "Åmål", "Mariestad",
        "Lidköping", "Skara", "Skövde", "Hjo", "Tidaholm", "Falköping",
    ),
}

#: The county seat of each county (residensstad) as (latitude, longitude) in degrees, rounded to 0.1° (public
#: geography). Used to order courses in other counties by how far away they are and to say so: a distance
#: between two counties is that between their seats, so it is said as "about", rounded.
COUNTY_SEATS: dict[str, tuple[float, float]] = {
    "Stockholms län": (59.3, 18.1), "Uppsala län": (59.9, 17.6), "Södermanlands län": (58.8, 17.0),
    "Östergötlands län": (58.4, 15.6), "Jönköpings län": (57.8, 14.2), "Kronobergs län": (56.9, 14.8),
    "Kalmar län": (56.7, 16.4), "Gotlands län": (57.6, 18.3), "Blekinge län": (56.2, 15.6),
    "Skåne län": (55.6, 13.0), "Hallands län": (56.7, 12.9), "Västra Götalands län": (57.7, 12.0),
    "Värmlands län": (59.4, 13.5), "Örebro län": (59.3, 15.2), "Västmanlands län": (59.6, 16.5),
    "Dalarnas län": (60.6, 15.6), "Gävleborgs län": (60.7, 17.1), "Västernorrlands län": (62.6, 17.9),
    "Jämtlands län": (63.2, 14.6), "Västerbottens län": (63.8, 20.3), "Norrbottens län": (65.6, 22.2),
}


def county_of(municipality: str) -> str | None:
    """The county a municipality (by name) belongs to (None: not a municipality's name)."""
    return next((county for county, names in COUNTY_MUNICIPALITIES.items() if municipality in names), None)


def km_between(county_a: str, county_b: str) -> int | None:
    """The distance between two counties' seats in km along the earth's surface (None: a county not known)."""
    from math import asin, cos, radians, sin, sqrt

    a, b = COUNTY_SEATS.get(county_a), COUNTY_SEATS.get(county_b)
    if a is None or b is None:
        return None
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return round(2 * 6371 * asin(sqrt(h)))
