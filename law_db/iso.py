"""ISO 3166 codes and names, from pycountry, plus the EU (not an ISO 3166 entry)."""
from __future__ import annotations

import functools

import pycountry

EU = "EU"


@functools.lru_cache(maxsize=None)
def is_known_code(code: str) -> bool:
    if code == EU:
        return True
    if "-" in code:
        return pycountry.subdivisions.get(code=code) is not None
    return pycountry.countries.get(alpha_2=code) is not None


def country_of(code: str) -> str | None:
    """The country part of a subdivision code (US-CA → US); None for a country or EU."""
    return code.split("-", 1)[0] if "-" in code else None


@functools.lru_cache(maxsize=None)
def english_name(code: str) -> str:
    if code == EU:
        return "European Union"
    found = pycountry.subdivisions.get(code=code) if "-" in code else pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name
