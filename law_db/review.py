"""`python -m law_db review`: what needs a maintainer, most pressing first.

No population data is packaged with any library we use (pycountry, Babel), so the queue is
ordered by region (the region with the most open work first), then by jurisdiction (most open
work first). Each item names the sources to check.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from .database import Database
from .regions import region_of
from .portals import host_of, is_official_portal
from .stale import _months_before
from .vocab import Conduct, Verification


@dataclass(frozen=True)
class ReviewItem:
    jurisdiction: str
    ref: str          # stable id of the record concerned (or the jurisdiction)
    reason: str       # stale | secondary | not_official | no_agency | no_support | silent_conducts
    detail: str
    sources: tuple[str, ...] = ()

    @property
    def region(self) -> str:
        return region_of(self.jurisdiction)


def review_queue(db: Database, today: dt.date, months: int = 12) -> list[ReviewItem]:
    cutoff = _months_before(today, months)
    items: list[ReviewItem] = []
    for j in db.jurisdictions.values():
        for list_name in ("provisions", "agencies", "support_organizations", "removal_channels"):
            for rec in getattr(j, list_name):
                ref = f"{j.id}/{rec.id}"
                urls = tuple(s.url for s in rec.sources)
                if rec.last_verified < cutoff:
                    items.append(ReviewItem(j.id, ref, "stale", f"last verified {rec.last_verified.isoformat()}", urls))
                if list_name == "provisions" and not is_official_portal(rec.official_url):
                    items.append(ReviewItem(j.id, ref, "not_official",
                                            f"official_url is a copy on {host_of(rec.official_url)}, not the "
                                            "official legislation portal", (rec.official_url,)))
                if list_name == "provisions" and rec.verification == Verification.SECONDARY:
                    items.append(ReviewItem(j.id, ref, "secondary",
                                            "confirmed only by secondary sources; check the official text at "
                                            f"{rec.official_url}", urls))
        if not j.agencies:
            items.append(ReviewItem(j.id, j.id, "no_agency", "no agency in this file"))
        if not j.support_organizations:
            fallback = [k.id for k in db.chain(j.id)[1:] if k.support_organizations]
            detail = "no support organization in this file" + (
                f" (people are sent to {', '.join(fallback)})" if fallback else "")
            items.append(ReviewItem(j.id, j.id, "no_support", detail))
        said = {c for p in j.provisions for c in p.conducts} | {c for g in j.gaps for c in g.conducts}
        silent = [c.value for c in Conduct if c not in said]
        if silent:
            items.append(ReviewItem(j.id, j.id, "silent_conducts",
                                    "says nothing (no provision, no stated gap) about: " + ", ".join(silent)))
    per_region = Counter(i.region for i in items)
    per_jurisdiction = Counter(i.jurisdiction for i in items)
    order = {"no_agency": 0, "no_support": 1, "silent_conducts": 2, "stale": 3, "not_official": 4, "secondary": 5}
    items.sort(key=lambda i: (-per_region[i.region], i.region, -per_jurisdiction[i.jurisdiction], i.jurisdiction,
                              order[i.reason], i.ref))
    return items


def format_queue(items: list[ReviewItem]) -> str:
    lines: list[str] = []
    region = jurisdiction = None
    for item in items:
        if item.region != region:
            region = item.region
            lines += ["", f"== {region}"]
        if item.jurisdiction != jurisdiction:
            jurisdiction = item.jurisdiction
            lines.append(f"-- {jurisdiction}")
        lines.append(f"   [{item.reason}] {item.ref}: {item.detail}")
        lines += [f"      check: {url}" for url in item.sources]
    lines += ["", f"{len(items)} item(s) to review."]
    return "\n".join(lines).lstrip("\n")
