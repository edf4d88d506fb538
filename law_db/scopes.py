"""The coverage the project has committed to, as named sets of jurisdiction codes, so that
`python -m law_db coverage --scope europe` says what is still missing and how much of what is
there was checked against official text. Not a legal fact shown to users."""
from __future__ import annotations

from dataclasses import dataclass

import pycountry

from .eu import EU_MEMBER_STATES
from .regions import REGIONS
from .un_members import UN_MEMBER_STATES


@dataclass(frozen=True)
class Scope:
    name: str
    label: str
    codes: tuple[str, ...]


def _subdivisions(country: str, types: set[str]) -> tuple[str, ...]:
    return tuple(sorted(s.code for s in pycountry.subdivisions.get(country_code=country) if s.type in types))


# Council of Europe: 46 member states since Russia's exclusion in 2022 — every European state
# except Belarus, Kazakhstan, Russia and the Holy See, plus Armenia, Azerbaijan, Cyprus, Georgia
# and Türkiye. Count from https://strasbourg.mfa.gov.hu/eng/page/europa-tanacs (Hungary's mission
# to the Council: "currently has 46 member states"); exceptions from the member list at
# https://encycloreader.org/r/wikipedia.php?q=Member_states_of_the_Council_of_Europe .
COUNCIL_OF_EUROPE = tuple(sorted(EU_MEMBER_STATES | {
    "AL", "AD", "AM", "AZ", "BA", "GE", "IS", "LI", "MD", "MC", "ME", "MK", "NO", "RS", "SM", "CH", "TR",
    "UA", "GB",
}))

_LAC = tuple(sorted(c for c in UN_MEMBER_STATES if c in REGIONS["Latin America and the Caribbean"]))

SCOPES: dict[str, Scope] = {s.name: s for s in (
    Scope("us", "United States: federal law, the 50 states, DC and Puerto Rico",
          ("US",) + _subdivisions("US", {"State", "District"}) + ("US-PR",)),
    Scope("canada", "Canada: federal law and the 13 provinces and territories",
          ("CA",) + _subdivisions("CA", {"Province", "Territory"})),
    Scope("lac", "Latin America and the Caribbean: the 33 UN member states", _LAC),
    Scope("europe", "Europe: the EU, the Council of Europe's 46 member states and the UK's three legal systems",
          ("EU",) + COUNCIL_OF_EUROPE + ("GB-ENG", "GB-SCT", "GB-NIR")),
)}
