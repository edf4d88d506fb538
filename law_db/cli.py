"""Command line for maintainers: validate, coverage, stale, export, schema."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from . import schema
from .clock import today
from .coverage import coverage_report
from .loader import DATA_DIR, load_database
from .stale import stale_records


def _validate(args) -> int:
    db = load_database(args.data)
    for problem in db.problems:
        print(problem)
    stale_schema = schema.out_of_date()
    for name in stale_schema:
        print(f"{name}: out of date; run `python -m law_db schema` to regenerate it")
    n_prov = sum(len(j.provisions) for j in db.jurisdictions.values())
    if db.problems or stale_schema:
        print(f"\n{len(db.problems)} problem(s). Loaded {len(db.jurisdictions)} jurisdictions and "
              f"{n_prov} provisions; left out: {', '.join(db.left_out) or 'nothing'}.")
        return 1
    print(f"OK: {len(db.jurisdictions)} jurisdictions, {n_prov} provisions, "
          f"{len(db.platforms)} platforms, no problems.")
    return 0


def _coverage(args) -> int:
    db = load_database(args.data)
    print(coverage_report(db))
    return 0


def _stale(args) -> int:
    db = load_database(args.data)
    rows = stale_records(db, args.months, today())
    for ref, last in rows:
        print(f"{last.isoformat()}  {ref}")
    print(f"\n{len(rows)} record(s) last verified more than {args.months} months ago.")
    return 1 if rows else 0


def _export(args) -> int:
    from . import export

    db = load_database(args.data)
    if db.problems:
        print(f"{len(db.problems)} problem(s) in the data; run `python -m law_db validate` first.", file=sys.stderr)
        return 1
    text = export.to_json(db, today=today()) if args.format == "json" else export.to_csv(export.provision_rows(db))
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text)
    return 0


def _schema(args) -> int:
    for name in schema.write_all():
        print(f"wrote {name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m law_db", description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="data folder (default: the package's)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("validate", help="check every file; exit 1 and list every problem if any").set_defaults(run=_validate)
    sub.add_parser("coverage", help="which jurisdictions exist, which UN members not yet, conducts covered").set_defaults(run=_coverage)
    p = sub.add_parser("stale", help="records last verified more than --months ago (exit 1 if any)")
    p.add_argument("--months", type=int, default=12)
    p.set_defaults(run=_stale)
    p = sub.add_parser("export", help="the whole database as JSON or CSV (format documented in README)")
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.add_argument("--output", help="file to write (default: standard output)")
    p.set_defaults(run=_export)
    sub.add_parser("schema", help="regenerate the JSON Schema files from the models").set_defaults(run=_schema)
    args = parser.parse_args(argv)
    return args.run(args)
