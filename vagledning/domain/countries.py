"""Countries as they matter for a Swedish licence: a profession's route differs for someone trained in
the EU/EEA or Switzerland (recognised under the EU directive on professional qualifications) and for
someone trained elsewhere. Codes are ISO 3166-1 alpha-2, as the profile keeps them (Experience.country).
"""
from __future__ import annotations

from typing import Literal

#: The EU member states, the other EEA states (Iceland, Liechtenstein, Norway) and Switzerland, whose
#: qualifications follow the EU recognition route (Greece is GR in ISO, EL only in EU usage).
EU_EEA_CH: frozenset[str] = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
    "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    "IS", "LI", "NO",
    "CH",
})

TrainedIn = Literal["sweden", "eu", "outside_eu"]


def trained_in(country: str | None) -> TrainedIn | None:
    """Which licence route a country's training leads to; None when the country is not known."""
    if not country:
        return None
    code = country.strip().upper()
    if code == "SE":
        return "sweden"
    return "eu" if code in EU_EEA_CH else "outside_eu"


#: The countries whose driving licences are valid in Sweden as they are (Transportstyrelsen's "Vilka körkort gäller i
#: Sverige?" lists the EEA: the EU member states, Iceland, Liechtenstein and Norway). Switzerland is not among them:
#: its licence, like Japan's, follows the rule for licences from outside the EEA (it may be exchanged).
EEA: frozenset[str] = EU_EEA_CH - {"CH"}


def licence_valid_as_is(country: str | None) -> bool | None:
    """True for a driving licence issued in an EEA country, False for one from elsewhere, None when not known."""
    if not country:
        return None
    return country.strip().upper() in EEA
