"""Reads one YAML file into plain data *and* its node tree, so every problem can be given a line.

Refuses what a hand-written data file never needs and an attacker might send: anchors and
aliases (billion laughs), deep nesting, duplicate keys (PyYAML would silently keep the last),
files over a size limit, bytes that are not UTF-8 text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 1_000_000
MAX_DEPTH = 20


@dataclass(frozen=True)
class YamlProblem(Exception):
    line: int
    column: int
    message: str


@dataclass(frozen=True)
class ParsedYaml:
    data: Any
    root: yaml.Node


def parse(raw: bytes) -> ParsedYaml:
    """Parse raw file bytes; raise YamlProblem (1-based line and column) when unreadable."""
    if len(raw) > MAX_BYTES:
        raise YamlProblem(1, 1, f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,}")
    if b"\x00" in raw:
        raise YamlProblem(1, 1, "file is binary, not YAML text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlProblem(line, 1, "file is not UTF-8 text") from None
    try:
        root = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "not valid YAML"
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlProblem(line, col, f"YAML syntax error: {what}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(1, 1, f"YAML syntax error: {exc}") from None
    if root is None:
        raise YamlProblem(1, 1, "file is empty")
    _check_nodes(root)
    constructor = Loader("")
    try:
        data = constructor.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise YamlProblem(mark.line + 1 if mark else 1, mark.column + 1 if mark else 1,
                          f"YAML value error: {exc.problem}") from None
    finally:
        constructor.dispose()
    return ParsedYaml(data, root)


def _check_nodes(root: yaml.Node) -> None:
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        here = (node.start_mark.line + 1, node.start_mark.column + 1)
        if id(node) in seen:
            raise YamlProblem(*here, "anchors and aliases (& and *) are not allowed; write the value out")
        seen.add(id(node))
        if depth > MAX_DEPTH:
            raise YamlProblem(*here, f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, int] = {}
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode):
                    raise YamlProblem(key.start_mark.line + 1, key.start_mark.column + 1,
                                      "a key must be plain text")
                if key.tag == "tag:yaml.org,2002:merge":
                    raise YamlProblem(key.start_mark.line + 1, key.start_mark.column + 1,
                                      "merge keys (<<) are not allowed; write the values out")
                if key.value in keys:
                    raise YamlProblem(key.start_mark.line + 1, key.start_mark.column + 1,
                                      f"duplicate key '{key.value}' (first at line {keys[key.value]})")
                keys[key.value] = key.start_mark.line + 1
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)


def locate(root: yaml.Node, path: tuple) -> tuple[int, int]:
    """Line and column (1-based) of the node at ``path``, or of its deepest existing ancestor."""
    node = root
    for step in path:
        child = None
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            child = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            child = node.value[step]
        if child is None:
            break
        node = child
    return node.start_mark.line + 1, node.start_mark.column + 1
