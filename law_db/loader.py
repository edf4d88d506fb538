"""Reads every data file, validates it and reports every problem in one pass.

One broken entry costs only itself: a bad provision is left out and the rest of its file loads;
a file that cannot be read is left out and the other files load. Cross-file checks (parents,
references, duplicate ids) run after the per-file ones.
"""
from __future__ import annotations

import gc
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from . import iso, snapshot
from .clock import today
from .database import Database
from .models import InternationalFile, Jurisdiction, PlatformsFile, Record
from .problems import Problem, clean_errors, field_path, message_for
from .vocab import Status
from .yaml_source import ParsedYaml, YamlProblem, locate, parse

DATA_DIR = Path(__file__).parent / "data"
JURISDICTIONS = "jurisdictions"
PLATFORMS_FILE = "platforms.yaml"
INTERNATIONAL_FILE = "international.yaml"

# Lists whose entries can be left out one by one when broken.
_ENTRY_LISTS = (
    "provisions", "agencies", "support_organizations", "removal_channels", "gaps",
    "emergency_numbers", "platforms", "transpositions",
)
# Lists that share one id namespace within a file (ids are what permalinks hold on to).
_ID_LISTS = ("provisions", "agencies", "support_organizations", "removal_channels", "platforms")


def _all_field_names() -> frozenset[str]:
    names: set[str] = set()
    for model in Record.__subclasses__() + [m for r in Record.__subclasses__() for m in r.__subclasses__()]:
        names.update(model.model_fields)
    return frozenset(names)


@dataclass
class _File:
    """One file being loaded: where it is, what it held, and the problems found so far."""

    path: Path
    display: str
    parsed: ParsedYaml | None = None
    problems: list[Problem] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    kept: dict[str, list[int]] = field(default_factory=dict)  # list name → original indices kept

    def problem(self, loc: tuple, message: str, consequence: str = "") -> None:
        line, column = locate(self.parsed.root, loc) if self.parsed else (1, 1)
        self.problems.append(Problem(self.display, line, column, field_path(loc), message, consequence))

    def original_index(self, list_name: str, index: int) -> int:
        return self.kept.get(list_name, range(index + 1))[index]


def _display(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def _entry_name(data: Any, list_name: str, index: int, prefix: str) -> str:
    try:
        entry_id = data[list_name][index].get("id") or data[list_name][index].get("number")
    except (AttributeError, KeyError, IndexError, TypeError):
        entry_id = None
    return f"{prefix}/{entry_id}" if entry_id else f"{prefix} {list_name}[{index}]"


PLACEHOLDER_MESSAGE = "placeholder not filled in: put the real value here, or remove the entry"


# Invisible characters that reorder text (they can make a link or citation read as another).
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def _text_problems(value, loc=()) -> list[dict]:
    """Scaffold placeholders (TODO…) and hidden text-direction characters, as pydantic-like errors."""
    if isinstance(value, str):
        if value.startswith("TODO") or "TODO.invalid" in value:
            return [{"loc": loc, "type": "placeholder", "msg": PLACEHOLDER_MESSAGE}]
        hidden = _BIDI_CONTROLS.search(value)
        if hidden:
            return [{"loc": loc, "type": "placeholder",
                     "msg": f"contains an invisible text-direction character (U+{ord(hidden.group()):04X}); remove it"}]
        return []
    if isinstance(value, dict):
        return [e for k, v in value.items() for e in _text_problems(v, loc + (k,))]
    if isinstance(value, list):
        return [e for i, v in enumerate(value) for e in _text_problems(v, loc + (i,))]
    return []


def _validate(model: type[BaseModel], f: _File, prefix: str):
    """Validate the file's data; leave out broken entries; None if the file cannot be used."""
    data = f.parsed.data
    errors = _text_problems(data)
    try:
        validated = model.model_validate(data)
    except ValidationError as exc:
        errors += [e for e in clean_errors(exc) if e["loc"] not in {p["loc"] for p in errors}]
    else:
        if not errors:
            return validated
    names = _FIELD_NAMES
    bad: set[tuple[str, int]] = set()
    fatal = False
    for err in errors:
        loc = err["loc"]
        if len(loc) >= 2 and loc[0] in _ENTRY_LISTS and isinstance(loc[1], int):
            bad.add((loc[0], loc[1]))
        else:
            fatal = True
    if fatal:
        for err in errors:
            f.problem(err["loc"], message_for(err, names), f"{f.path.name} left out")
        f.left_out.append(f.path.name)
        return None
    for err in errors:
        list_name, index = err["loc"][0], err["loc"][1]
        f.problem(err["loc"], message_for(err, names), f"{_entry_name(data, list_name, index, prefix)} left out")
    f.left_out.extend(sorted({_entry_name(data, ln, i, prefix) for ln, i in bad}))
    pruned = dict(data)
    for list_name in {ln for ln, _ in bad}:
        f.kept[list_name] = [i for i in range(len(data[list_name])) if (list_name, i) not in bad]
        pruned[list_name] = [data[list_name][i] for i in f.kept[list_name]]
    try:
        return model.model_validate(pruned)
    except ValidationError as exc:
        for err in clean_errors(exc):
            f.problem(err["loc"], f"{message_for(err, names)} once the broken entries are left out",
                      f"{f.path.name} left out")
        f.left_out.append(f.path.name)
        return None


def _read(f: _File) -> bool:
    try:
        raw = f.path.read_bytes()
        f.parsed = parse(raw)
    except OSError as exc:
        f.problems.append(Problem(f.display, 1, 1, "", f"cannot read file: {exc.strerror}", f"{f.path.name} left out"))
    except YamlProblem as exc:
        f.problems.append(Problem(f.display, exc.line, exc.column, "", exc.message, f"{f.path.name} left out"))
    else:
        return True
    f.left_out.append(f.path.name)
    return False


def _drop_duplicate_ids(obj, f: _File, prefix: str, lists=_ID_LISTS):
    """Report ids used twice in one file and keep only the first entry with each id."""
    first: dict[str, tuple] = {}
    updates = {}
    for list_name in lists:
        entries = getattr(obj, list_name, None)
        if entries is None:
            continue
        keep = []
        for i, entry in enumerate(entries):
            loc = (list_name, f.original_index(list_name, i), "id")
            if entry.id in first:
                line, _ = locate(f.parsed.root, first[entry.id])
                f.problem(loc, f"duplicate id '{entry.id}' (first at line {line})", f"second {prefix}/{entry.id} left out")
                f.left_out.append(f"{prefix}/{entry.id} (duplicate)")
            else:
                first[entry.id] = loc
                keep.append(entry)
        if len(keep) != len(entries):
            updates[list_name] = keep
    return obj.model_copy(update=updates) if updates else obj


def _check_conduct_lists(obj, f: _File) -> None:
    for list_name in ("provisions", "gaps"):
        for i, entry in enumerate(getattr(obj, list_name, [])):
            seen = set()
            for k, conduct in enumerate(entry.conducts):
                if conduct in seen:
                    f.problem((list_name, f.original_index(list_name, i), "conducts", k),
                              f"conduct '{conduct.value}' is listed twice")
                seen.add(conduct)


def _parent_allowed(code: str, parent: str | None) -> bool:
    """A subdivision's parent is its country (or none yet); a country's is the EU or none."""
    country = iso.country_of(code)
    return parent in ((country, None) if country else (iso.EU, None))


def _check_jurisdiction(j: Jurisdiction, f: _File) -> bool:
    """Checks that need the file name or ISO data. False when the file must be left out."""
    stem = f.path.stem
    if j.id != stem:
        f.problem(("id",), f"id '{j.id}' does not match the file name '{f.path.name}'; name the file {j.id}.yaml",
                  f"{f.path.name} left out")
        return False
    if not iso.is_known_code(j.id):
        f.problem(("id",), f"'{j.id}' is not an ISO 3166 country or subdivision code", f"{f.path.name} left out")
        return False
    country = iso.country_of(j.id)
    if not _parent_allowed(j.id, j.parent):
        if country:
            f.problem(("parent",), f"a subdivision's parent must be its country: write parent: {country}")
        else:
            f.problem(("parent",), f"a country's parent can only be {iso.EU}, found '{j.parent}'")
    for i, p in enumerate(j.provisions):
        if p.in_force and p.in_force > today() and p.status != Status.NOT_YET_IN_FORCE:
            f.problem(("provisions", f.original_index("provisions", i), "in_force"),
                      f"date {p.in_force.isoformat()} is in the future; set status: not_yet_in_force")
    return True


def _raw_provision_ids(f: _File) -> set[str]:
    data = f.parsed.data if f.parsed else None
    try:
        return {p["id"] for p in data["provisions"] if isinstance(p, dict) and isinstance(p.get("id"), str)}
    except (TypeError, KeyError):
        return set()


def _load_shared_file(path: Path, model, prefix: str, files: list):
    """platforms.yaml or international.yaml: validated (duplicates dropped), or None; and its _File."""
    if not path.exists():
        return None, None
    f = _File(path, _display(path))
    files.append(f)
    if not _read(f):
        return None, f
    obj = _validate(model, f, prefix)
    return (_drop_duplicate_ids(obj, f, prefix) if obj is not None else None), f


def load_database(data_dir: Path | str = DATA_DIR) -> Database:
    """Load and validate everything under ``data_dir``; never raises for bad data."""
    # Thousands of small objects are created and kept: pausing the cyclic garbage collector keeps
    # the cost linear in the number of files instead of growing with every collection pass.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load_database(Path(data_dir))
    finally:
        if was_enabled:
            gc.enable()


def _load_database(data_dir: Path) -> Database:
    files: list[_File] = []
    jurisdictions: dict[str, Jurisdiction] = {}
    j_files: dict[str, _File] = {}
    known_provisions: dict[str, set[str]] = {}

    j_dir = data_dir / JURISDICTIONS
    paths = sorted(j_dir.glob("*.yaml")) + sorted(j_dir.glob("*.yml")) if j_dir.is_dir() else []
    for path in paths:
        f = _File(path, _display(path))
        files.append(f)
        if not _read(f):
            continue
        prefix = path.stem
        known_provisions.setdefault(prefix, set()).update(_raw_provision_ids(f))
        j = _validate(Jurisdiction, f, prefix)
        if j is None or not _check_jurisdiction(j, f):
            if j is not None:
                f.left_out.append(f.path.name)
            continue
        j = _drop_duplicate_ids(j, f, j.id)
        _check_conduct_lists(j, f)
        if j.id in jurisdictions:
            f.problem(("id",), f"jurisdiction '{j.id}' is already defined in {j_files[j.id].display}",
                      f"{f.path.name} left out")
            f.left_out.append(f.path.name)
            continue
        jurisdictions[j.id] = j
        j_files[j.id] = f

    # Cross-file checks: parents and references.
    for code, j in jurisdictions.items():
        f = j_files[code]
        country = iso.country_of(code)
        if country and j.parent is None and country in jurisdictions:
            # the country's own law applies too; without a parent the plan would leave it out
            f.problem(("id",), f"{country}.yaml exists, so this subdivision needs parent: {country}")
        if j.parent and _parent_allowed(code, j.parent) and j.parent not in jurisdictions:
            f.problem(("parent",), f"parent '{j.parent}' has no file {JURISDICTIONS}/{j.parent}.yaml")
        for list_name, ref_field in (("provisions", "related"), ("removal_channels", "legal_basis")):
            for i, entry in enumerate(getattr(j, list_name)):
                for k, ref in enumerate(getattr(entry, ref_field)):
                    target_code, _, pid = ref.rpartition("/")
                    target_code = target_code or code
                    if pid not in known_provisions.get(target_code, set()):
                        f.problem((list_name, f.original_index(list_name, i), ref_field, k),
                                  f"reference '{ref}' does not match any provision")
        seen_of: set[str] = set()
        for i, t in enumerate(j.transpositions):
            where = ("transpositions", f.original_index("transpositions", i), "of")
            target_code, _, pid = t.of.rpartition("/")
            if not j.parent:
                f.problem(where, f"only a jurisdiction with a parent transposes its law: add parent: {target_code or 'EU'}, or remove this entry")
            elif target_code != j.parent:
                f.problem(where, f"'{t.of}' is not a provision of the parent {j.parent}; write {j.parent}/<provision-id>")
            elif pid not in known_provisions.get(target_code, set()):
                f.problem(where, f"reference '{t.of}' does not match any provision")
            elif t.of in seen_of:
                f.problem(where, f"'{t.of}' is already described above; keep one entry per directive")
            seen_of.add(t.of)

    platforms: tuple = ()
    pf, f = _load_shared_file(data_dir / PLATFORMS_FILE, PlatformsFile, "platform", files)
    if pf is not None:
        platforms = tuple(pf.platforms)

    international, f = _load_shared_file(data_dir / INTERNATIONAL_FILE, InternationalFile, "INT", files)
    if international is None:
        international = InternationalFile()
    else:
        for list_name in ("removal_channels", "support_organizations"):
            for i, entry in enumerate(getattr(international, list_name)):
                for k, served in enumerate(entry.serves or []):
                    if not iso.is_known_code(served):
                        f.problem((list_name, f.original_index(list_name, i), "serves", k),
                                  f"'{served}' is not an ISO 3166 country or subdivision code")

    problems = sorted(p for f in files for p in f.problems)
    left_out = [name for f in files for name in f.left_out]
    return Database(jurisdictions=dict(sorted(jurisdictions.items())), platforms=platforms,
                    international=international, problems=tuple(problems), left_out=tuple(dict.fromkeys(left_out)))


_FIELD_NAMES = _all_field_names()

_cache_lock = threading.Lock()
_cache: dict[Path, tuple[tuple, Database]] = {}
_checked_at: dict[Path, float] = {}
CHECK_INTERVAL = 2.0  # seconds between looks at the data files for changes


def _fingerprint(data_dir: Path) -> tuple:
    entries = []
    for path in sorted(data_dir.rglob("*.y*ml")):
        try:
            st = path.stat()
        except OSError:
            continue
        entries.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(entries)


def load(data_dir: Path | str | None = None) -> Database:
    """The database, loaded once per process and again only when a data file changes.

    The folder is ``data_dir``, else $LAW_DB_DATA (tests and previews of other data), else the
    package's own data."""
    data_dir = Path(data_dir or os.environ.get("LAW_DB_DATA") or DATA_DIR).resolve()
    cached = _cache.get(data_dir)
    now = time.monotonic()
    if cached and now - _checked_at.get(data_dir, 0) < CHECK_INTERVAL:
        return cached[1]  # every page run calls load(): look at the files at most every few seconds
    fp = _fingerprint(data_dir)
    with _cache_lock:
        _checked_at[data_dir] = now
        cached = _cache.get(data_dir)
        if cached and cached[0] == fp:
            return cached[1]
        k = snapshot.key(data_dir)
        db = snapshot.read(k)
        if db is None:
            db = load_database(data_dir)
            snapshot.write(k, db)
        _cache[data_dir] = (fp, db)
        return db
