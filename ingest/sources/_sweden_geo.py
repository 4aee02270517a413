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
