"""A suggested correction to one provision, as a ready-to-apply unified diff (`git apply`).

Built in memory from the file's text and its YAML node tree, so every line the maintainers wrote
(comments, order, layout) stays as it was; only the corrected value changes and the new source
is added to the provision's `sources`. Nothing is written anywhere.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .loader import DATA_DIR, JURISDICTIONS
from .models import Source
from .vocab import Status
from .yaml_source import parse

# Fields a correction may change, and whether their value is a localized text.
CORRECTABLE = {
    "title": False, "title_en": False, "citation": False, "summary": True, "penalties": True, "relief": True,
    "limitation_period": True, "official_url": False, "status": False, "enacted": False,
}


class PatchError(Exception):
    pass


@dataclass(frozen=True)
class Correction:
    jurisdiction: str
    provision: str
    field: str
    value: str
    source_url: str
    source_title: str
    locale: str = "en"  # for localized fields given as {en: …, es: …}


def _scalar(field: str, value: str) -> str:
    if field == "enacted":
        if not re.fullmatch(r"\d{4}", value.strip()):
            raise PatchError("the year must be four digits")
        return value.strip()
    if field == "status":
        if value.strip() not in {s.value for s in Status}:
            raise PatchError(f"status must be one of: {', '.join(s.value for s in Status)}")
        return value.strip()
    return json.dumps(value.strip(), ensure_ascii=False)  # a YAML double-quoted string


def _find(mapping: yaml.MappingNode, key: str):
    return next(((k, v) for k, v in mapping.value if k.value == key), (None, None))


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def corrected_text(text: str, c: Correction) -> str:
    if c.field not in CORRECTABLE:
        raise PatchError(f"'{c.field}' cannot be corrected with this form")
    Source(url=c.source_url, title=c.source_title)  # validates the source (https, a title)
    root = parse(text.encode("utf-8")).root
    _, provisions = _find(root, "provisions")
    item = next((n for n in (provisions.value if provisions else [])
                 if _find(n, "id")[1] is not None and _find(n, "id")[1].value == c.provision), None)
    if item is None:
        raise PatchError(f"no provision '{c.provision}' in {c.jurisdiction}")
    new_value = _scalar(c.field, c.value)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), applied from the end

    key, value = _find(item, c.field)
    if value is not None and isinstance(value, yaml.MappingNode) and CORRECTABLE[c.field]:
        key, value = _find(value, c.locale)
        if value is None:
            raise PatchError(f"'{c.field}' has no '{c.locale}' text to correct")
    if value is not None:
        segment = text[value.start_mark.index:value.end_mark.index]
        trailing = segment[len(segment.rstrip()):]
        if not isinstance(value, yaml.ScalarNode):
            raise PatchError(f"'{c.field}' is not a single value")
        edits.append((value.start_mark.index, value.end_mark.index, new_value + trailing))
    else:
        # insert the field just before `sources:` of this provision, at the same indentation
        skey, _ = _find(item, "sources")
        at = _line_start(text, skey.start_mark.index)
        indent = " " * skey.start_mark.column
        edits.append((at, at, f"{indent}{c.field}: {new_value}\n"))

    skey, sources = _find(item, "sources")
    if not isinstance(sources, yaml.SequenceNode) or not sources.value or sources.flow_style:
        raise PatchError("the provision's sources are not a block list")
    first = sources.value[0]
    dash_col = text[_line_start(text, first.start_mark.index):first.start_mark.index].index("-")
    pad = " " * dash_col
    last = sources.value[-1]
    while isinstance(last, (yaml.MappingNode, yaml.SequenceNode)) and last.value:
        last = last.value[-1][1] if isinstance(last, yaml.MappingNode) else last.value[-1]
    insert_at = last.end_mark.index  # just after the last value of the last source
    if insert_at > 0 and text[insert_at - 1] != "\n":
        insert_at = (text.find("\n", insert_at) + 1) or len(text)
    entry = f"{pad}- url: {c.source_url}\n{pad}  title: {json.dumps(c.source_title, ensure_ascii=False)}\n"
    edits.append((insert_at, insert_at, entry))

    for start, end, replacement in sorted(edits, key=lambda e: e[0], reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def correction_patch(c: Correction, data_dir: Path = DATA_DIR, repo_root: Path | None = None) -> str:
    path = Path(data_dir) / JURISDICTIONS / f"{c.jurisdiction}.yaml"
    old = path.read_text(encoding="utf-8")
    new = corrected_text(old, c)
    root = repo_root or Path(data_dir).resolve().parent.parent
    try:
        rel = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        rel = path.name
    return "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                        fromfile=f"a/{rel}", tofile=f"b/{rel}"))


def correction_note(c: Correction, reason: str) -> str:
    return (f"Suggested correction to {c.jurisdiction}/{c.provision}, field `{c.field}`"
            f"{' (' + c.locale + ')' if CORRECTABLE.get(c.field) else ''}.\n"
            f"New value: {c.value.strip()}\n"
            f"Source: {c.source_title} <{c.source_url}>\n"
            + (f"Why: {reason.strip()}\n" if reason.strip() else "")
            + "The patch below applies with `git apply`; please check the source before merging.\n")
