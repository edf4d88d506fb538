"""The loaded database: valid records, plus every problem found and what was left out."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from .models import InternationalFile, Jurisdiction, Platform, Provision
from .problems import Problem


@dataclass(frozen=True, eq=False)  # identity equality: caches key on the loaded object
class Database:
    jurisdictions: Mapping[str, Jurisdiction]
    platforms: tuple[Platform, ...] = ()
    international: InternationalFile = field(default_factory=InternationalFile)
    problems: tuple[Problem, ...] = ()
    left_out: tuple[str, ...] = ()
    """Ids of files and entries not loaded because of a problem, for the maintainers' view."""

    def chain(self, code: str) -> list[Jurisdiction]:
        """The jurisdiction and then each parent whose law also applies (US-CA, US; ES, EU)."""
        out: list[Jurisdiction] = []
        current = self.jurisdictions.get(code)
        while current is not None and current not in out:
            out.append(current)
            current = self.jurisdictions.get(current.parent) if current.parent else None
        return out

    def emergency(self, code: str) -> Jurisdiction | None:
        """The nearest jurisdiction in the chain that says how to call for help: its numbers, or
        its note that none could be confirmed. A note stops the search: a parent's number may not
        work there (Nunavut has no 911 although Canada's file lists it)."""
        return next((j for j in self.chain(code) if j.emergency_numbers or j.emergency_note), None)

    def children(self, code: str) -> list[Jurisdiction]:
        return [j for j in self.jurisdictions.values() if j.parent == code]

    def provision(self, ref: str) -> Provision | None:
        """Look up ``JURISDICTION/provision-id``."""
        code, _, pid = ref.partition("/")
        j = self.jurisdictions.get(code)
        return next((p for p in j.provisions if p.id == pid), None) if j else None

    def platform(self, pid: str) -> Platform | None:
        return next((p for p in self.platforms if p.id == pid), None)
