"""The CAMEO and PLOVER ontology: codes, types, modes, contexts and scores.

accord codes every event twice: a CAMEO code (with its Goldstein score) and a
PLOVER 2.0 event type, mode and contexts.  This package holds the tables that tie
the two together, as plain data files in ``accord/ontology/data/``:

``cameo.tsv``
    the 311 CAMEO codes (20 roots and their sub-codes): code, short name,
    Goldstein score.
``plover.yaml``
    the 16 PLOVER types (quad class, whether a recipient is required, PLOVER
    score, modes with their scores, description) and the 37 general contexts.
``cameo_plover.tsv``
    for every CAMEO code: its PLOVER type, mode and contexts.

``docs/ontology.md`` explains the sources and every mapping decision.  The files
are checked on load; any problem raises :class:`OntologyError` naming the file and
line.  Only the package's own files are read, so the ontology works wherever accord
is installed.

Typical use::

    from accord.ontology import load_ontology
    onto = load_ontology()
    onto.cameo("195")            # CameoCode(code='195', ..., event_type='ASSAULT', mode='aerial', ...)
    onto.goldstein("190")        # -10.0
    onto.plover_score("SANCTION", "expel")   # -5.5
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterator, Mapping

import yaml

__all__ = [
    "CameoCode",
    "PloverType",
    "Ontology",
    "OntologyError",
    "UnknownCameoCode",
    "UnknownPloverName",
    "PLOVER_TYPE_ORDER",
    "DATA_DIR",
    "load_ontology",
]

DATA_DIR: Path = Path(__file__).resolve().parent / "data"
"""The directory of the packaged data files (the default for :func:`load_ontology`)."""

CAMEO_FILE = "cameo.tsv"
PLOVER_FILE = "plover.yaml"
MAPPING_FILE = "cameo_plover.tsv"

PLOVER_TYPE_ORDER: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)
"""The 16 PLOVER 2.0 event types in the manual's order (chapter 3)."""

_FIXED_QUAD_ROOTS: Mapping[str, int] = MappingProxyType({"01": 1})
"""CAMEO roots whose quad class does not come from a PLOVER type.

01 (statements) has no PLOVER type and takes GDELT's quad class 1, verbal
cooperation.  02 (appeals) is coded REQUEST and takes REQUEST's quad class 3, so
that quad class always agrees with the event type (docs/conventions.md).
"""

_CODE_RE = re.compile(r"^[0-9]{2,4}$")
_MODE_RE = re.compile(r"^[a-z][a-z-]*$")
_CONTEXT_RE = re.compile(r"^[a-z][a-z_]*$")
_TYPE_FIELDS = ("quad_class", "requires_recipient", "score", "description", "modes")


class OntologyError(ValueError):
    """A data file is malformed or inconsistent.

    The message starts with the file name and, where one applies, the line number:
    ``"cameo_plover.tsv line 57: mode 'foo' is not a mode of SANCTION"``.
    ``file`` and ``line`` (``None`` for whole-file problems) are kept as attributes.
    """

    def __init__(self, file: str, line: int | None, message: str) -> None:
        self.file = file
        self.line = line
        self.detail = message
        where = f"{file} line {line}" if line is not None else file
        super().__init__(f"{where}: {message}")


class UnknownCameoCode(KeyError):
    """A CAMEO code that is not in ``cameo.tsv``.  ``code`` holds the code asked for."""

    def __init__(self, code: object) -> None:
        self.code = code
        super().__init__(code)

    def __str__(self) -> str:
        return f"unknown CAMEO code {self.code!r}"


class UnknownPloverName(KeyError):
    """A PLOVER event type, or a mode of a type, that is not in ``plover.yaml``."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code and its PLOVER reading.

    Attributes:
        code: the CAMEO code as a string with its leading zero (``"043"``).
        name: the team's short name for the code (cameo.tsv).
        root: the two-digit root (``"04"`` for ``"043"``; a root is its own root).
        goldstein: CAMEO Goldstein score in [-10, 10].
        quad_class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
            4 material conflict: the quad class of ``event_type``, except that CAMEO
            01 (no type) and 02 (REQUEST) take 1 (docs/conventions.md).
        event_type: PLOVER type, or ``None`` for CAMEO 01 (PLOVER drops statements).
        mode: PLOVER mode of ``event_type``, or ``None`` when no single mode applies.
        contexts: PLOVER contexts, possibly empty.
    """

    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    event_type: str | None
    mode: str | None
    contexts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PloverType:
    """One PLOVER 2.0 event type (plover.yaml).

    Attributes:
        name: upper-case type name (``"SANCTION"``).
        quad_class: 1-4, from the type's section 3.x.4 of the manual.
        requires_recipient: whether the type's section requires a recipient.
        score: PLOVER score of the type with no mode (manual Table 2.2).
        modes: read-only mapping of mode name -> PLOVER score, in the order of the
            type's mode table; empty for types without modes.
        description: one-line summary.
    """

    name: str
    quad_class: int
    requires_recipient: bool
    score: float
    modes: Mapping[str, float]
    description: str

    def __hash__(self) -> int:  # ``modes`` is a mapping proxy, which does not hash
        return hash((PloverType, self.name))


class Ontology:
    """The loaded, validated tables.  Build it with :func:`load_ontology`.

    Attributes (read-only mappings, in file order):
        codes: CAMEO code -> :class:`CameoCode`, all 311 codes.
        types: PLOVER type name -> :class:`PloverType`, the 16 types.
        contexts: PLOVER context name -> one-line description.
    """

    __slots__ = ("codes", "types", "contexts", "_by_type")

    def __init__(
        self,
        codes: Mapping[str, CameoCode],
        types: Mapping[str, PloverType],
        contexts: Mapping[str, str],
    ) -> None:
        self.codes: Mapping[str, CameoCode] = MappingProxyType(dict(codes))
        self.types: Mapping[str, PloverType] = MappingProxyType(dict(types))
        self.contexts: Mapping[str, str] = MappingProxyType(dict(contexts))
        by_type: dict[str, list[str]] = {name: [] for name in self.types}
        for cc in self.codes.values():
            if cc.event_type is not None:
                by_type[cc.event_type].append(cc.code)
        self._by_type = {name: tuple(codes_) for name, codes_ in by_type.items()}

    def __repr__(self) -> str:
        return (f"<Ontology: {len(self.codes)} CAMEO codes, {len(self.types)} PLOVER types, "
                f"{len(self.contexts)} contexts>")

    def cameo(self, code: str) -> CameoCode:
        """Return the :class:`CameoCode` for ``code`` (e.g. ``"0841"``).

        Raises:
            UnknownCameoCode: (a ``KeyError``) if ``code`` is not a CAMEO code.
        """
        try:
            return self.codes[code]
        except (KeyError, TypeError):
            raise UnknownCameoCode(code) from None

    def goldstein(self, code: str) -> float:
        """CAMEO Goldstein score of ``code``; raises :class:`UnknownCameoCode`."""
        return self.cameo(code).goldstein

    def plover_type(self, event_type: str) -> PloverType:
        """Return the :class:`PloverType` named ``event_type`` (case-insensitive).

        Raises:
            UnknownPloverName: (a ``KeyError``) if there is no such type.
        """
        key = event_type.upper() if isinstance(event_type, str) else event_type
        try:
            return self.types[key]
        except (KeyError, TypeError):
            raise UnknownPloverName(
                f"unknown PLOVER event type {event_type!r}; "
                f"expected one of {', '.join(self.types)}") from None

    def plover_score(self, event_type: str, mode: str | None = None) -> float:
        """PLOVER score (manual Table 2.2) of ``event_type`` with ``mode``.

        ``mode`` ``None`` or ``""`` gives the score of the type alone.  Type names are
        matched case-insensitively, modes in lower case (``"Suicide-attack"`` works).

        Raises:
            UnknownPloverName: (a ``KeyError``) for an unknown type, or a mode that
                is not a mode of that type.
        """
        ptype = self.plover_type(event_type)
        if mode is None or mode == "":
            return ptype.score
        try:
            return ptype.modes[mode.lower()]
        except (KeyError, AttributeError):
            known = ", ".join(ptype.modes) or "none"
            raise UnknownPloverName(
                f"mode {mode!r} is not a mode of {ptype.name} (modes: {known})") from None

    def codes_for_type(self, event_type: str) -> list[str]:
        """CAMEO codes (roots included, in CAMEO order) whose PLOVER type is ``event_type``.

        Raises:
            UnknownPloverName: if ``event_type`` is not a PLOVER type.
        """
        return list(self._by_type[self.plover_type(event_type).name])

    def root_name(self, root: str) -> str:
        """Name of a CAMEO root (``"19"`` -> ``"Fight"``).

        A longer code is accepted and names its root (``"195"`` -> ``"Fight"``).

        Raises:
            UnknownCameoCode: if ``root`` (or its two-digit root) is not a CAMEO code.
        """
        if not isinstance(root, str) or len(root) < 2:
            raise UnknownCameoCode(root)
        if root not in self.codes:
            raise UnknownCameoCode(root)
        return self.cameo(root[:2]).name


# ---------------------------------------------------------------------------
# loading

def load_ontology(data_dir: Path | None = None) -> Ontology:
    """Load and validate the ontology tables.

    Args:
        data_dir: directory holding ``cameo.tsv``, ``plover.yaml`` and
            ``cameo_plover.tsv``; ``None`` (the default) means the packaged
            :data:`DATA_DIR`, whose result is cached (same object every call).

    Returns:
        An :class:`Ontology`.

    Raises:
        OntologyError: (a ``ValueError``) if a file is missing, malformed or
            inconsistent; the message names the file and line.
    """
    if data_dir is None:
        return _load_default()
    return _load(Path(data_dir))


@functools.lru_cache(maxsize=1)
def _load_default() -> Ontology:
    return _load(DATA_DIR)


def _load(data_dir: Path) -> Ontology:
    types, contexts = _read_plover(data_dir / PLOVER_FILE)
    cameo_rows = _read_cameo(data_dir / CAMEO_FILE)
    mapping = _read_mapping(data_dir / MAPPING_FILE, cameo_rows, types, contexts)
    codes: dict[str, CameoCode] = {}
    for code, (_line, name, goldstein) in cameo_rows.items():
        event_type, mode, ctx = mapping[code]
        root = code[:2]
        if root in _FIXED_QUAD_ROOTS:
            quad = _FIXED_QUAD_ROOTS[root]
        elif event_type is not None:
            quad = types[event_type].quad_class
        else:
            raise OntologyError(MAPPING_FILE, None, f"code {code!r} has no event type; only "
                                "CAMEO 01 may be left without one")
        codes[code] = CameoCode(code, name, root, goldstein, quad, event_type, mode, ctx)
    return Ontology(codes, types, contexts)


def _tsv_rows(path: Path, columns: tuple[str, ...], pad: bool) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, stripped fields) for each data line after the header.

    Blank lines and lines starting with ``#`` are skipped.  With ``pad`` a line with
    fewer fields than columns (trailing empty fields lost by an editor) is padded.
    """
    fname = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise OntologyError(fname, None, f"file not found in {path.parent}") from None
    except UnicodeDecodeError as exc:
        raise OntologyError(fname, None, f"not UTF-8 ({exc.reason})") from None
    header_seen = False
    for lineno, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in raw.split("\t")]
        if not header_seen:
            if tuple(fields) != columns:
                raise OntologyError(fname, lineno, "header must be the tab-separated columns "
                                    f"{' '.join(columns)}; found {raw!r}")
            header_seen = True
            continue
        if len(fields) < len(columns) and pad:
            fields += [""] * (len(columns) - len(fields))
        if len(fields) != len(columns):
            raise OntologyError(fname, lineno, f"expected {len(columns)} tab-separated fields "
                                f"({', '.join(columns)}), found {len(fields)}")
        yield lineno, fields
    if not header_seen:
        raise OntologyError(fname, None, f"no header line ({' '.join(columns)})")


def _read_cameo(path: Path) -> dict[str, tuple[int, str, float]]:
    """cameo.tsv -> {code: (line, name, goldstein)} in file order."""
    fname = path.name
    rows: dict[str, tuple[int, str, float]] = {}
    for lineno, (code, name, gold) in _tsv_rows(path, ("code", "name", "goldstein"), pad=False):
        if not _CODE_RE.match(code):
            raise OntologyError(fname, lineno, f"bad CAMEO code {code!r} (2 to 4 digits)")
        if code in rows:
            raise OntologyError(fname, lineno, f"code {code!r} repeats line {rows[code][0]}")
        if len(code) > 2 and code[:2] not in rows:
            raise OntologyError(fname, lineno, f"code {code!r} comes before, or without, its "
                                f"root {code[:2]!r}")
        if len(code) == 4 and code[:3] not in rows:
            raise OntologyError(fname, lineno, f"code {code!r} comes before, or without, its "
                                f"parent {code[:3]!r}")
        if not name:
            raise OntologyError(fname, lineno, f"code {code!r} has an empty name")
        value = _float(fname, lineno, gold, "goldstein")
        if not -10.0 <= value <= 10.0:
            raise OntologyError(fname, lineno, f"goldstein {value} of {code!r} is outside "
                                "[-10, 10]")
        rows[code] = (lineno, name, value)
    if not rows:
        raise OntologyError(fname, None, "no codes")
    return rows


def _read_mapping(
    path: Path,
    cameo_rows: Mapping[str, tuple[int, str, float]],
    types: Mapping[str, PloverType],
    contexts: Mapping[str, str],
) -> dict[str, tuple[str | None, str | None, tuple[str, ...]]]:
    """cameo_plover.tsv -> {code: (event_type, mode, contexts)}, checked against the rest."""
    fname = path.name
    seen: dict[str, int] = {}
    out: dict[str, tuple[str | None, str | None, tuple[str, ...]]] = {}
    columns = ("code", "event_type", "mode", "context")
    for lineno, (code, etype, mode, ctx_field) in _tsv_rows(path, columns, pad=True):
        if code not in cameo_rows:
            raise OntologyError(fname, lineno, f"unknown CAMEO code {code!r} (not in {CAMEO_FILE})")
        if code in seen:
            raise OntologyError(fname, lineno, f"code {code!r} repeats line {seen[code]}")
        seen[code] = lineno
        if etype and etype not in types:
            raise OntologyError(fname, lineno, f"event type {etype!r} is not one of the 16 "
                                "PLOVER types")
        if mode and not etype:
            raise OntologyError(fname, lineno, f"mode {mode!r} given without an event type")
        if mode and mode not in types[etype].modes:
            raise OntologyError(fname, lineno, f"mode {mode!r} is not a mode of {etype}")
        ctxs: list[str] = []
        for ctx in ctx_field.split(";"):
            ctx = ctx.strip()
            if not ctx:
                continue
            if ctx not in contexts:
                raise OntologyError(fname, lineno, f"unknown context {ctx!r} (not in "
                                    f"{PLOVER_FILE})")
            if ctx in ctxs:
                raise OntologyError(fname, lineno, f"context {ctx!r} listed twice")
            ctxs.append(ctx)
        out[code] = (etype or None, mode or None, tuple(ctxs))
    for code, (cline, _name, _gold) in cameo_rows.items():
        if code not in out:
            raise OntologyError(fname, None, f"no line for CAMEO code {code!r} "
                                f"({CAMEO_FILE} line {cline}); every code needs one")
    return out


def _float(fname: str, lineno: int, text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise OntologyError(fname, lineno, f"{what} {text!r} is not a number") from None
    if not math.isfinite(value):
        raise OntologyError(fname, lineno, f"{what} {text!r} is not a finite number")
    return value


# --- plover.yaml, read through the YAML node tree so errors keep their line numbers

_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_STR_TAG = "tag:yaml.org,2002:str"


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _mapping(fname: str, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node, int]]:
    """[(key, value node, key line)] of a YAML mapping node, rejecting repeated keys."""
    if not isinstance(node, yaml.MappingNode):
        raise OntologyError(fname, _line(node), f"{what} must be a mapping")
    items: list[tuple[str, yaml.Node, int]] = []
    lines: dict[str, int] = {}
    for knode, vnode in node.value:
        if not isinstance(knode, yaml.ScalarNode) or knode.tag != _STR_TAG:
            raise OntologyError(fname, _line(knode), f"keys of {what} must be names")
        key = knode.value
        if key in lines:
            raise OntologyError(fname, _line(knode), f"{key!r} repeats line {lines[key]} in {what}")
        lines[key] = _line(knode)
        items.append((key, vnode, _line(knode)))
    return items


def _number(fname: str, node: yaml.Node, what: str) -> float:
    if not isinstance(node, yaml.ScalarNode) or node.tag not in (_INT_TAG, _FLOAT_TAG):
        raise OntologyError(fname, _line(node), f"{what} must be a number")
    value = _float(fname, _line(node), node.value, what)
    if not -10.0 <= value <= 10.0:
        raise OntologyError(fname, _line(node), f"{what} {value} is outside [-10, 10]")
    return value


def _text(fname: str, node: yaml.Node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.tag != _STR_TAG or not node.value.strip():
        raise OntologyError(fname, _line(node), f"{what} must be a non-empty string")
    return node.value.strip()


def _read_plover(path: Path) -> tuple[dict[str, PloverType], dict[str, str]]:
    fname = path.name
    try:
        with path.open("rb") as fh:
            root = yaml.compose(fh, Loader=_YAML_LOADER)
    except FileNotFoundError:
        raise OntologyError(fname, None, f"file not found in {path.parent}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise OntologyError(fname, line, f"invalid YAML: {problem}") from None
    if root is None:
        raise OntologyError(fname, None, "empty file")
    top = dict((k, (v, ln)) for k, v, ln in _mapping(fname, root, "the file"))
    for key in ("types", "contexts"):
        if key not in top:
            raise OntologyError(fname, None, f"missing top-level key {key!r}")
    extra = sorted(set(top) - {"types", "contexts"})
    if extra:
        raise OntologyError(fname, top[extra[0]][1], f"unexpected top-level key {extra[0]!r}")

    types: dict[str, PloverType] = {}
    types_node, types_line = top["types"]
    for name, tnode, tline in _mapping(fname, types_node, "types"):
        if name not in PLOVER_TYPE_ORDER:
            raise OntologyError(fname, tline, f"{name!r} is not one of the 16 PLOVER types")
        fields = dict((k, (v, ln)) for k, v, ln in _mapping(fname, tnode, name))
        for key in _TYPE_FIELDS:
            if key not in fields:
                raise OntologyError(fname, tline, f"{name} lacks {key!r}")
        for key, (_v, ln) in fields.items():
            if key not in _TYPE_FIELDS:
                raise OntologyError(fname, ln, f"{name} has unexpected field {key!r}")
        qnode = fields["quad_class"][0]
        if (not isinstance(qnode, yaml.ScalarNode) or qnode.tag != _INT_TAG
                or qnode.value not in ("1", "2", "3", "4")):
            raise OntologyError(fname, _line(qnode), f"{name} quad_class must be 1, 2, 3 or 4")
        rnode = fields["requires_recipient"][0]
        if not isinstance(rnode, yaml.ScalarNode) or rnode.tag != _BOOL_TAG:
            raise OntologyError(fname, _line(rnode), f"{name} requires_recipient must be "
                                "true or false")
        modes: dict[str, float] = {}
        for mode, mnode, mline in _mapping(fname, fields["modes"][0], f"{name} modes"):
            if not _MODE_RE.match(mode):
                raise OntologyError(fname, mline, f"mode {mode!r} of {name} must be lower case "
                                    "letters and hyphens")
            modes[mode] = _number(fname, mnode, f"score of {name} mode {mode!r}")
        types[name] = PloverType(
            name=name,
            quad_class=int(qnode.value),
            requires_recipient=rnode.value.lower() in ("true", "yes", "on"),
            score=_number(fname, fields["score"][0], f"{name} score"),
            modes=MappingProxyType(modes),
            description=_text(fname, fields["description"][0], f"{name} description"),
        )
    missing = [t for t in PLOVER_TYPE_ORDER if t not in types]
    if missing:
        raise OntologyError(fname, types_line, f"types lacks {', '.join(missing)}")
    types = {t: types[t] for t in PLOVER_TYPE_ORDER}

    contexts: dict[str, str] = {}
    for ctx, cnode, cline in _mapping(fname, top["contexts"][0], "contexts"):
        if not _CONTEXT_RE.match(ctx):
            raise OntologyError(fname, cline, f"context {ctx!r} must be snake_case")
        contexts[ctx] = _text(fname, cnode, f"description of context {ctx!r}")
    if not contexts:
        raise OntologyError(fname, top["contexts"][1], "no contexts")
    return types, contexts
