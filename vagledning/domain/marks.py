"""The punctuation of every script a person may write in, named once (youth21).

A message is split into sentences and clauses in many places (the intent's sentences, the interpreter's statements,
the clauses a search reads); each used to list its own marks, and a Tigrinya comma «፣», an Urdu full stop «۔» or an
Ethiopic question mark «፧» was a boundary in some and not in others. Each splitter now takes its class from here:

- ``FULL_STOPS``: the marks that end a sentence (full stop, question and exclamation marks) in Latin and Cyrillic,
  Arabic and Persian (؟), Urdu (۔), Devanagari (।) and Ge'ez/Ethiopic (። full stop, ፧ question mark, ፨ paragraph);
- ``SEMICOLONS``: Latin ";", Arabic/Persian «؛», Ethiopic «፤»;
- ``COMMAS``: Latin ",", Arabic/Persian «،», Ethiopic «፣».

The strings are meant for a regex character class (none of the marks needs escaping there).
"""
from __future__ import annotations

FULL_STOPS = ".!?؟۔।።፧፨"
SEMICOLONS = ";؛፤"
COMMAS = ",،፣"

__all__ = ["COMMAS", "FULL_STOPS", "SEMICOLONS"]
