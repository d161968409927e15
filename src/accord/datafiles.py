"""Reading the team's and users' data files with line numbers for error messages.

Every YAML scalar, list and mapping loaded through :func:`load_yaml` remembers the
1-based line it came from (``line_of(value)``), so a validation error can say
``organizations.yaml line 212: unknown sector 'XYZ'``.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Iterator

import yaml


class DataFileError(ValueError):
    """A data file is malformed or fails validation; the message names the file and line."""

    def __init__(self, path: str | Path, line: int | None, reason: str):
        self.path, self.line, self.reason = str(path), line, reason
        where = f"{Path(path).name} line {line}" if line else Path(path).name
        super().__init__(f"{where}: {reason} ({path})")


class _LStr(str):
    __slots__ = ("line",)


class _LList(list):
    line: int = 0


class _LDict(dict):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _str(loader: _Loader, node: yaml.Node) -> Any:
    value = loader.construct_scalar(node)
    s = _LStr(value)
    s.line = node.start_mark.line + 1
    return s


def _seq(loader: _Loader, node: yaml.Node) -> Any:
    lst = _LList(loader.construct_sequence(node, deep=True))
    lst.line = node.start_mark.line + 1
    return lst


def _map(loader: _Loader, node: yaml.Node) -> Any:
    d = _LDict(loader.construct_mapping(node, deep=True))
    d.line = node.start_mark.line + 1
    return d


_Loader.add_constructor("tag:yaml.org,2002:str", _str)
_Loader.add_constructor("tag:yaml.org,2002:seq", _seq)
_Loader.add_constructor("tag:yaml.org,2002:map", _map)


def line_of(value: Any) -> int | None:
    """The 1-based source line of a value loaded by :func:`load_yaml`, or None."""
    return getattr(value, "line", None)


def load_yaml(path: str | Path) -> Any:
    """Parse a YAML file; strings, lists and dicts carry their line number.

    Raises:
        DataFileError: the file is missing or is not valid YAML (with the line).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, None, f"cannot read: {exc}") from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(path, mark.line + 1 if mark else None,
                            f"invalid YAML: {getattr(exc, 'problem', exc)}") from None


def read_csv_rows(path: str | Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row of a CSV file; ``#`` lines are comments.

    Raises:
        DataFileError: unreadable file, or a header lacking a required column.
    """
    path = Path(path)
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise DataFileError(path, None, f"cannot read: {exc}") from None
    with fh:
        numbered = ((n, ln) for n, ln in enumerate(fh, 1) if ln.strip() and not ln.lstrip().startswith("#"))
        first = next(numbered, None)
        if first is None:
            raise DataFileError(path, None, "empty CSV file")
        header_line, header = first
        columns = next(csv.reader([header]))
        missing = [c for c in required if c not in columns]
        if missing:
            raise DataFileError(path, header_line, f"header lacks column(s) {', '.join(missing)}")
        for n, ln in numbered:
            try:
                values = next(csv.reader([ln]))
            except csv.Error as exc:
                raise DataFileError(path, n, f"bad CSV: {exc}") from None
            if len(values) != len(columns):
                raise DataFileError(path, n, f"expected {len(columns)} fields, found {len(values)}")
            yield n, dict(zip(columns, values))
