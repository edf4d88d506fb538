"""Open-data export of the whole database (or part of it): JSON and CSV, with stable ids.

Format ``ibsa-law-db``, version 1 (documented in README, "Export format"):
- JSON: ``{"format", "version", "generated", "jurisdictions": [<jurisdiction as in its YAML file>],
  "platforms": [...], "international": {...}}``; dates as YYYY-MM-DD. Loading a jurisdiction back
  with ``Jurisdiction.model_validate_json`` gives the same record.
- CSV: one row per provision, columns in ``CSV_COLUMNS``; lists joined with "; ". Cells that a
  spreadsheet would run as a formula (starting with = + - @ tab or carriage return) get a
  leading apostrophe.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Iterable

from .database import Database
from .models import Jurisdiction

FORMAT = "ibsa-law-db"
VERSION = 1
CSV_COLUMNS = (
    "id", "jurisdiction", "jurisdiction_name", "parent", "title", "title_en", "citation", "kind", "specific",
    "conducts", "audience", "summary_en", "summary_es", "penalties", "relief", "limitation_period", "enacted", "amended",
    "in_force", "status", "official_url", "sources", "last_verified", "verification",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell: str) -> str:
    """Make a cell inert in spreadsheets (CSV formula injection)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _text(value, locale: str = "en") -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value if locale == "en" else ""
    return value.get(locale, "")


def to_json(db: Database, codes: Iterable[str] | None = None, today: dt.date | None = None) -> str:
    chosen = [db.jurisdictions[c] for c in (codes if codes is not None else db.jurisdictions) if c in db.jurisdictions]
    document = {
        "format": FORMAT,
        "version": VERSION,
        "generated": (today or dt.date.today()).isoformat(),
        "jurisdictions": [j.model_dump(mode="json", exclude_none=True) for j in chosen],
        "platforms": [p.model_dump(mode="json", exclude_none=True) for p in db.platforms] if codes is None else [],
        "international": db.international.model_dump(mode="json", exclude_none=True) if codes is None else {},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def jurisdictions_from_json(text: str) -> list[Jurisdiction]:
    document = json.loads(text)
    if document.get("format") != FORMAT or document.get("version") != VERSION:
        raise ValueError(f"not a {FORMAT} version {VERSION} document")
    return [Jurisdiction.model_validate_json(json.dumps(j)) for j in document["jurisdictions"]]


def provision_rows(db: Database, codes: Iterable[str] | None = None, refs: set[str] | None = None) -> list[dict]:
    rows = []
    for code in (codes if codes is not None else db.jurisdictions):
        j = db.jurisdictions.get(code)
        if j is None:
            continue
        for p in j.provisions:
            ref = f"{j.id}/{p.id}"
            if refs is not None and ref not in refs:
                continue
            rows.append({
                "id": ref, "jurisdiction": j.id, "jurisdiction_name": j.name, "parent": j.parent or "",
                "title": p.title, "title_en": p.title_en or "", "citation": p.citation, "kind": p.kind.value,
                "specific": "yes" if p.specific else "no", "conducts": "; ".join(c.value for c in p.conducts),
                "audience": p.audience.value,
                "summary_en": _text(p.summary), "summary_es": _text(p.summary, "es"),
                "penalties": _text(p.penalties), "relief": _text(p.relief),
                "limitation_period": _text(p.limitation_period), "enacted": str(p.enacted or ""),
                "amended": "; ".join(str(y) for y in p.amended), "in_force": p.in_force.isoformat() if p.in_force else "",
                "status": p.status.value, "official_url": p.official_url,
                "sources": "; ".join(s.url for s in p.sources), "last_verified": p.last_verified.isoformat(),
                "verification": p.verification.value,
            })
    return rows


def to_csv(rows: list[dict], columns: Iterable[str] = CSV_COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: neutralize(str(row.get(k, ""))) for k in columns})
    return out.getvalue()
