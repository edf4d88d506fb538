"""The comparison matrix: jurisdictions × conducts (plus civil remedy and takedown duty).

Each cell tells apart "the database has no entry" from "the jurisdiction has no such law".
"""
from __future__ import annotations

from dataclasses import dataclass

from .database import Database
from .models import covered_conducts
from .regions import region_of
from .vocab import Conduct, ProvisionKind

SPECIFIC, GENERAL, NO_LAW, NO_ENTRY = "specific", "general", "no_law", "no_entry"
EXTRA_COLUMNS = ("civil", "takedown")
COLUMNS = tuple(c.value for c in Conduct) + EXTRA_COLUMNS


@dataclass(frozen=True)
class Cell:
    status: str                 # specific | general | no_law | no_entry
    provisions: tuple[str, ...]  # provision ids behind it


def _cell(j, column: str, kinds) -> Cell:
    if column == "civil":
        chosen = [p for p in j.provisions if p.kind in (ProvisionKind.CIVIL, ProvisionKind.PROTECTION_ORDER)
                  and p.kind in kinds]
        return Cell(SPECIFIC if any(p.specific for p in chosen) else GENERAL if chosen else NO_ENTRY,
                    tuple(p.id for p in chosen))
    if column == "takedown":
        chosen = [p for p in j.provisions if p.kind == ProvisionKind.TAKEDOWN and p.kind in kinds]
        return Cell(SPECIFIC if any(p.specific for p in chosen) else GENERAL if chosen else NO_ENTRY,
                    tuple(p.id for p in chosen))
    chosen = [p for p in j.provisions if column in covered_conducts(p) and p.kind in kinds]
    if any(p.specific for p in chosen):
        return Cell(SPECIFIC, tuple(p.id for p in chosen))
    stated_gap = any(column in {c.value for c in g.conducts} for g in j.gaps)
    if chosen:
        return Cell(GENERAL, tuple(p.id for p in chosen))
    return Cell(NO_LAW if stated_gap else NO_ENTRY, ())


def matrix(db: Database, regions: set[str] | None = None, kinds: set[ProvisionKind] | None = None
           ) -> dict[str, dict[str, Cell]]:
    kinds = set(kinds) if kinds else set(ProvisionKind)
    out = {}
    for code, j in db.jurisdictions.items():
        if regions and region_of(code) not in regions:
            continue
        out[code] = {column: _cell(j, column, kinds) for column in COLUMNS}
    return out
