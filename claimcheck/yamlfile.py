"""YAML files a person edits (claimcheck.yaml, the claims store): safe loading, errors with a line.

Only the safe loader is used: a tag such as ``!!python/object`` is an error, never
code. A duplicated key is an error too (YAML would keep the last one silently, and
a reviewer's ``status:`` above the machine's would be lost). Every error is one
line, ``file:line: key: problem``, with the line found only when there is an error.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.schema import SchemaError, dotted


def shown(path: Path | str) -> str:
    """A path as the user sees it: relative to the working directory when below it."""
    path = Path(path)
    try:
        rel = Path(os.path.relpath(path.resolve(), Path.cwd()))
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.parts[:1] == ("..",) else rel.as_posix()


@cache
def _loader() -> type:
    import yaml

    class UniqueKeyLoader(safe_loader()):  # type: ignore[misc, valid-type]
        """The safe loader, refusing a key written twice in one mapping."""

        def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if isinstance(key, list | dict):  # unhashable; the base loader reports it
                    continue
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r}", key_node.start_mark
                    )
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return UniqueKeyLoader


def safe_loader() -> type:
    """PyYAML's safe loader, its C form (libyaml, several times faster) when PyYAML was built with it."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """The YAML document in ``text``, read by the safe loader; errors are PyYAML's own."""
    import yaml

    return yaml.load(text, Loader=safe_loader())  # the safe loader, never yaml's full one


def dump(document: Any) -> str:
    """A document as the store writes it: block style, keys in order, Unicode as is, 120 columns.

    The C emitter writes what the Python one writes, at a fifth of its cost (most of saving a
    store of thousands of articles), except for a character beyond the Basic Multilingual Plane
    (an emoji) or a NEL, which it escapes as ``\\U…`` or ``\\N``: a document in which it wrote
    either is written again by the Python emitter, so that a store file reads the same whichever
    emitter wrote it.
    """
    import yaml

    options: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "width": 120}
    if hasattr(yaml, "CSafeDumper"):
        text = yaml.dump(document, Dumper=yaml.CSafeDumper, **options)
        if "\\U" not in text and "\\N" not in text:
            return text
    return yaml.dump(document, Dumper=yaml.SafeDumper, **options)


def parse(text: str, where: str) -> Any:
    """The YAML document in ``text``; a syntax error or an unsafe tag is one line naming ``where:line``."""
    import yaml

    try:
        return yaml.load(text, Loader=_loader())  # the safe loader (see _loader), never yaml's full one
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ClaimcheckError(f"{where}{at}: not valid YAML: {one_line(problem)}") from None


def read(path: Path, what: str) -> tuple[str, Any]:
    """A YAML file's text and document; unreadable or invalid is one line naming the file."""
    try:
        text = path.read_bytes().decode("utf-8")  # newlines as written, so the text hashes as the file
    except UnicodeDecodeError as exc:
        raise ClaimcheckError(f"{shown(path)}: cannot read {what}: not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise ClaimcheckError(f"{shown(path)}: cannot read {what}: {exc.strerror}") from None
    return text, parse(text, shown(path))


def located(error: SchemaError, text: str, where: str) -> ClaimcheckError:
    """A schema error as ``where:line: key: problem``, the line being the key's (or its parent's)."""
    line = line_of(text, error.path)
    at = f":{line}" if line else ""
    return ClaimcheckError(f"{where}{at}: {dotted(error.path) or '(top level)'}: {error.problem}")


def line_of(text: str, path: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the node at ``path`` in the YAML ``text``, or of its nearest ancestor."""
    import yaml

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in path:
        child = _child(node, part)
        if child is None:
            break
        node, line = child
    return line


def _child(node: Any, part: str | int) -> tuple[Any, int] | None:
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if str(key.value) == str(part):
                return value, key.start_mark.line + 1
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        item = node.value[part]
        return item, item.start_mark.line + 1
    return None


def one_line(message: str) -> str:
    """A message on one line: whitespace runs (newlines included) become one space."""
    return " ".join(str(message).split())
