"""A problem found in the data: where it is (file, line, column, field) and what is wrong.

The wording of these messages is part of the contract: tests check them verbatim.
"""
from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from typing import Iterable

from pydantic import ValidationError

from .vocab import Conduct

_CONDUCTS = {c.value for c in Conduct}


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    field: str  # dotted path like provisions[0].conducts[1]; "" for the whole file
    message: str
    consequence: str = ""  # what the loader left out because of it

    def __str__(self) -> str:
        where = f"{self.field}: " if self.field else ""
        tail = f" ({self.consequence})" if self.consequence else ""
        return f"{self.file}:{self.line}:{self.column}: {where}{self.message}{tail}"


def field_path(loc: Iterable) -> str:
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _is_union_tag(step) -> bool:
    return isinstance(step, str) and (step == "str" or step.startswith(("dict[", "list[", "function-")))


def _describe(value) -> str:
    if isinstance(value, bool):
        return "true/false (a yes/no value)"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"the date {value.isoformat()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return f"'{value}'"


_PATTERN_HINTS = {
    r"^[a-z0-9]+(-[a-z0-9]+)*$": "ids use lowercase letters, digits and single hyphens, e.g. cp-197-7",
    r"^\+?[0-9]([0-9 \-]*[0-9])?$": "phone numbers use digits, spaces and hyphens, with an optional leading +",
    r"^https://\S+$": "links must start with https://",
    r"^[a-z]{2,3}$": "languages are ISO 639 codes such as 'es'",
    r"^([A-Z]{2}(-[A-Z0-9]{1,3})?|EU)$": "jurisdictions are ISO 3166 codes such as ES or US-CA, or EU",
}


def message_for(error: dict, model_fields: frozenset[str] = frozenset()) -> str:
    """A maintainer-readable sentence for one pydantic error."""
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind == "placeholder":
        return error["msg"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        name = error["loc"][-1]
        close = difflib.get_close_matches(str(name), sorted(model_fields), n=1)
        return f"unknown field '{name}'" + (f"; did you mean '{close[0]}'?" if close else "")
    if kind == "enum":
        expected = ctx.get("expected", "").replace("'", "").replace(" or ", ", ")
        if set(expected.split(", ")) == _CONDUCTS:
            return f"unknown conduct {_describe(value)}; expected one of: {expected}"
        return f"{_describe(value)} is not allowed here; expected one of: {expected}"
    if kind in ("string_type", "union_tag_invalid"):
        hint = "; put it in quotes" if isinstance(value, (bool, int, float, dt.date)) else ""
        return f"expected text, found {_describe(value)}{hint}"
    if kind == "date_type":
        return f"expected a date written YYYY-MM-DD without quotes, found {_describe(value)}"
    if kind in ("int_type", "int_parsing"):
        return f"expected a whole number, found {_describe(value)}"
    if kind == "bool_type":
        return f"expected true or false, found {_describe(value)}"
    if kind == "list_type":
        return f"expected a list, found {_describe(value)}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"expected a mapping of fields, found {_describe(value)}"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length', 1)} entry"
    if kind == "string_too_short":
        return f"text is too short (at least {ctx.get('min_length')} characters)"
    if kind == "string_too_long":
        return f"text is too long (at most {ctx.get('max_length')} characters)"
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(ctx.get("pattern"), f"must match {ctx.get('pattern')}")
        if "@" in (ctx.get("pattern") or ""):
            hint = "not a valid email address"
        return f"{hint}; found {_describe(value)}"
    if kind == "greater_than_equal":
        return f"{_describe(value)} is too small (at least {ctx.get('ge')})"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return error["msg"]


def clean_errors(exc: ValidationError) -> list[dict]:
    """pydantic errors with union tags stripped from paths and one error per field of a union."""
    out: dict[tuple, dict] = {}
    for err in exc.errors():
        loc = tuple(step for step in err["loc"] if not _is_union_tag(step))
        was_union = len(loc) != len(err["loc"])
        err = {**err, "loc": loc}
        if was_union and err["type"] in ("string_type", "dict_type"):
            err["type"] = "union_tag_invalid"
        out.setdefault(loc, err)
    return list(out.values())
