"""`python -m law_db diff <git-rev>`: what changed in the data since a revision, readably,
by jurisdiction — for reviewing pull requests."""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from .database import Database
from .loader import DATA_DIR, load_database

_LISTS = ("provisions", "agencies", "support_organizations", "removal_channels", "gaps", "emergency_numbers",
          "transpositions")


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout


def load_at_revision(rev: str, data_dir: Path = DATA_DIR) -> Database:
    data_dir = Path(data_dir).resolve()
    repo = Path(_git(data_dir, "rev-parse", "--show-toplevel").decode().strip())
    prefix = data_dir.relative_to(repo).as_posix()
    names = _git(repo, "ls-tree", "-r", "--name-only", rev, "--", prefix).decode().splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            target = Path(tmp) / Path(name).relative_to(prefix)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_git(repo, "show", f"{rev}:{name}"))
        return load_database(tmp)


def _key(entry, index: int) -> str:
    return getattr(entry, "id", None) or getattr(entry, "number", None) or getattr(entry, "of", None) or f"#{index}"


def diff_databases(old: Database, new: Database) -> list[str]:
    lines: list[str] = []
    for code in sorted(set(old.jurisdictions) | set(new.jurisdictions)):
        before, after = old.jurisdictions.get(code), new.jurisdictions.get(code)
        if before is None:
            lines.append(f"+ {code}: new jurisdiction ({len(after.provisions)} provisions)")
            continue
        if after is None:
            lines.append(f"- {code}: jurisdiction removed")
            continue
        changes: list[str] = []
        top_before = before.model_dump(exclude=set(_LISTS))
        top_after = after.model_dump(exclude=set(_LISTS))
        for field in sorted(set(top_before) | set(top_after)):
            if top_before.get(field) != top_after.get(field):
                changes.append(f"  ~ {field} changed")
        for list_name in _LISTS:
            old_entries = {_key(e, i): e for i, e in enumerate(getattr(before, list_name))}
            new_entries = {_key(e, i): e for i, e in enumerate(getattr(after, list_name))}
            for key in sorted(set(old_entries) | set(new_entries)):
                a, b = old_entries.get(key), new_entries.get(key)
                label = f"{list_name[:-1].replace('_', ' ')} {code}/{key}"
                if a is None:
                    changes.append(f"  + {label} added")
                elif b is None:
                    changes.append(f"  - {label} removed")
                elif a != b:
                    da, db_ = a.model_dump(), b.model_dump()
                    fields = sorted(k for k in set(da) | set(db_) if da.get(k) != db_.get(k))
                    changes.append(f"  ~ {label}: {', '.join(fields)}")
        if changes:
            lines.append(f"~ {code}")
            lines.extend(changes)
    ids_a, ids_b = {p.id: p for p in old.platforms}, {p.id: p for p in new.platforms}
    for pid in sorted(set(ids_a) | set(ids_b)):
        if pid not in ids_a:
            lines.append(f"+ platform/{pid} added")
        elif pid not in ids_b:
            lines.append(f"- platform/{pid} removed")
        elif ids_a[pid] != ids_b[pid]:
            lines.append(f"~ platform/{pid} changed")
    return lines
