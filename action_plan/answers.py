"""The answers one person gave, normalized: unknown or out-of-order values never break a plan.

Answers arrive from a session as a plain mapping of question id → value(s). Anything that is
not a known value of that question is dropped (and treated as not answered), so a session that
skips screens or sends odd values still gets a valid plan.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from law_db import iso

from .questions import HAPPENED_TO_CONDUCT, SKIP, question


@dataclass(frozen=True)
class Answers:
    in_danger: str | None = None
    country: str | None = None
    region: str | None = None
    happened: frozenset[str] = frozenset()
    where: frozenset[str] = frozenset()
    who: str | None = None
    other_country: str | None = None
    age_now: str | None = None
    role: str | None = None
    goals: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any], platform_ids: frozenset[str] = frozenset()) -> "Answers":
        def single(qid):
            value = raw.get(qid)
            return value if isinstance(value, str) and value in question(qid).options else None

        def multi(qid, extra=frozenset()):
            values = raw.get(qid) or ()
            if isinstance(values, str):
                values = (values,)
            allowed = set(question(qid).options) | set(extra)
            return frozenset(v for v in values if isinstance(v, str) and v in allowed)

        def place(qid, subdivision=False):
            value = raw.get(qid)
            if not isinstance(value, str) or value == SKIP or len(value) > 6:
                return None
            if subdivision != ("-" in value) or not iso.is_known_code(value):
                return None
            return value

        country = place("country")
        region = place("region", subdivision=True)
        if region and iso.country_of(region) != country:
            region = None
        return cls(
            in_danger=single("in_danger"),
            country=country,
            region=region,
            happened=multi("happened"),
            where=multi("where", platform_ids),
            who=single("who"),
            other_country=place("other_country"),
            age_now=single("age_now"),
            role=single("role"),
            goals=multi("goals"),
        )

    @property
    def jurisdiction(self) -> str | None:
        """Where the person lives, as precisely as they said."""
        return self.region or self.country

    @property
    def conducts(self) -> frozenset[str]:
        out = {HAPPENED_TO_CONDUCT[h] for h in self.happened if h in HAPPENED_TO_CONDUCT}
        if self.age_now == "under_18":
            out.add("minor")  # images of someone under 18 now were taken before 18
        return frozenset(out)

    @property
    def minor_images(self) -> bool:
        return "minor" in self.conducts

    @property
    def helper(self) -> bool:
        return self.role == "helper"

    @property
    def nothing_posted(self) -> bool:
        return "not_posted_yet" in self.happened and "shared" not in self.happened
