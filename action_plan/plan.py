"""What a plan is made of. Sentences are message ids with parameters, translated only when shown,
so one plan can be rendered in any shipped language."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Msg:
    """A catalog message (i18n key) with named parameters; a parameter may itself be a Msg, a
    Place, a Joined list, a data Text (str or locale mapping) or a plain value."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, **params) -> "Msg":
        return cls(key, tuple(sorted(params.items())))


@dataclass(frozen=True)
class Place:
    code: str


@dataclass(frozen=True)
class Joined:
    """Several parameters joined the locale's way: 'a, b and c' / 'a, b y c'."""

    items: tuple[Any, ...]


@dataclass(frozen=True)
class Detail:
    label: str  # i18n key, e.g. detail.citation
    value: Any  # Text or Msg


@dataclass(frozen=True)
class Item:
    id: str
    title: Any                         # Msg or data Text
    why: Msg
    body: Any = None                   # Msg or data Text
    url: str | None = None
    url_label: Msg | None = None
    details: tuple[Detail, ...] = ()
    limits: Any = None                 # Text or Msg: what it cannot do, said plainly
    last_verified: dt.date | None = None
    secondary: bool = False            # confirmed only by secondary sources
    sources: tuple[str, ...] = ()
    guide: str | None = None           # slug of a guide in guides/<locale>/
    evidence_log: bool = False


SECTION_IDS = ("right_now", "evidence", "removal", "report", "legal_action", "support")


@dataclass(frozen=True)
class Section:
    id: str
    items: tuple[Item, ...]
    wanted: bool = False               # the person said this is what they want


@dataclass(frozen=True)
class Plan:
    sections: tuple[Section, ...]
    notes: tuple[Msg, ...] = ()
    jurisdictions: tuple[str, ...] = ()  # whose law the plan draws on, nearest first
    covered: bool = False              # the place they live is in the database

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def item_ids(self) -> list[str]:
        return [i.id for s in self.sections for i in s.items]
