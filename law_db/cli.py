"""Command line for maintainers: validate, coverage, stale, new, review, diff, export, schema."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import schema
from .clock import today
from .coverage import coverage_report, scope_report
from .scopes import SCOPES
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
    print(scope_report(db, SCOPES[args.scope]) if args.scope else coverage_report(db))
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


def _new(args) -> int:
    from .scaffold import ScaffoldError, create

    try:
        path = create(args.code.upper() if args.code != "EU" else "EU", args.data)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path}; fill in every TODO, then run `python -m law_db validate`")
    return 0


def _review(args) -> int:
    from .review import format_queue, review_queue

    db = load_database(args.data)
    print(format_queue(review_queue(db, today(), args.months)))
    return 0


def _diff(args) -> int:
    from .datadiff import diff_databases, load_at_revision

    try:
        old = load_at_revision(args.rev, args.data)
    except Exception as exc:  # git missing, unknown revision, not a repository
        print(f"error: cannot read the data at {args.rev}: {exc}", file=sys.stderr)
        return 2
    lines = diff_databases(old, load_database(args.data))
    print("\n".join(lines) if lines else f"No data changes since {args.rev}.")
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
    p = sub.add_parser("coverage", help="which jurisdictions exist, which UN members not yet, conducts covered")
    p.add_argument("--scope", choices=sorted(SCOPES), help="one committed scope: what is missing, verified vs secondary")
    p.set_defaults(run=_coverage)
    p = sub.add_parser("stale", help="records last verified more than --months ago (exit 1 if any)")
    p.add_argument("--months", type=int, default=12)
    p.set_defaults(run=_stale)
    p = sub.add_parser("export", help="the whole database as JSON or CSV (format documented in README)")
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.add_argument("--output", help="file to write (default: standard output)")
    p.set_defaults(run=_export)
    p = sub.add_parser("new", help="write a new jurisdiction file pre-filled from pycountry (never overwrites)")
    p.add_argument("code", help="ISO 3166 code, e.g. PT or US-OH")
    p.set_defaults(run=_new)
    p = sub.add_parser("review", help="the queue of what needs a maintainer, most pressing first")
    p.add_argument("--months", type=int, default=12, help="review age (default 12)")
    p.set_defaults(run=_review)
    p = sub.add_parser("diff", help="what changed in the data since a git revision")
    p.add_argument("rev", help="a git revision, e.g. main or HEAD~3")
    p.set_defaults(run=_diff)
    sub.add_parser("schema", help="regenerate the JSON Schema files from the models").set_defaults(run=_schema)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
