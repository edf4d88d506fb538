"""Records whose last_verified date is older than a review age."""
from __future__ import annotations

import datetime as dt

from .database import Database


def _months_before(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month + 1, min(day.day, 28))


def stale_records(db: Database, months: int, today: dt.date) -> list[tuple[str, dt.date]]:
    """(stable id, last_verified) of every record verified before ``months`` ago, oldest first."""
    cutoff = _months_before(today, months)
    rows: list[tuple[str, dt.date]] = []
    for j in db.jurisdictions.values():
        rows.append((j.id, j.last_verified))
        for list_name in ("provisions", "agencies", "support_organizations", "removal_channels", "gaps"):
            for i, rec in enumerate(getattr(j, list_name)):
                rows.append((f"{j.id}/{getattr(rec, 'id', f'{list_name}[{i}]')}", rec.last_verified))
        for rec in j.transpositions:
            rows.append((f"{j.id}/transposition of {rec.of}", rec.last_verified))
    for p in db.platforms:
        rows.append((f"platform/{p.id}", p.last_verified))
    for rec in db.international.removal_channels + db.international.support_organizations:
        rows.append((f"INT/{rec.id}", rec.last_verified))
    return sorted((r for r in rows if r[1] < cutoff), key=lambda r: (r[1], r[0]))
