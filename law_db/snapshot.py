"""A validated snapshot of the database, keyed by the content of every data file and of the
code that validates it, so a new process skips parsing and validation when nothing changed.

Stored under $LAW_DB_CACHE or ~/.cache/law_db (a folder only this user can read). Holds only the
public legal data, never anything a user typed. Any problem reading or writing it just means a
normal load.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from .clock import today

_CODE_FILES = ("models.py", "loader.py", "vocab.py", "yaml_source.py", "problems.py", "iso.py", "database.py")
FORMAT = b"law_db-snapshot-1"


def cache_dir() -> Path:
    return Path(os.environ.get("LAW_DB_CACHE") or Path.home() / ".cache" / "law_db")


def key(data_dir: Path) -> str:
    h = hashlib.sha256(FORMAT)
    h.update(today().isoformat().encode())  # date checks depend on the day
    here = Path(__file__).parent
    for name in _CODE_FILES:
        h.update((here / name).read_bytes())
    for path in sorted(data_dir.rglob("*.y*ml")):
        h.update(path.relative_to(data_dir).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    h.update(str(data_dir).encode())  # problems name the files by path
    return h.hexdigest()


def read(k: str):
    path = cache_dir() / f"{k}.pickle"
    try:
        if path.stat().st_uid != os.getuid():  # never unpickle a file someone else wrote
            return None
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, truncated, from another version: load normally
        return None


def write(k: str, db) -> None:
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in folder.glob("*.pickle"):  # keep only the newest snapshot
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(db, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"{k}.pickle")
    except OSError:
        pass
