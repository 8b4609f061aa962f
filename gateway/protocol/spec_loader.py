"""Kafka's JSON message specs (vendored in `specs/`) turned into `schema.Message`s.

The specs are JSON with `//` comments. A field's `type` is a primitive, `[]primitive`,
`[]Struct` or `Struct`; a struct's fields are given inline or, for a name without
fields, in the file's `commonStructs`. A tagged field (KIP-482) exists in its
`taggedVersions`; where its `versions` reach below them it is an ordinary field there.
Defaults are strings in the spec ("-1", "0x7fffffff", "true", "null") and are converted
to the field's type.

This is the bridge that lets Sluice decode the requests it must inspect without a
hand transcription; `schema.py` does the encoding and decoding.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from .schema import PRIMITIVES, Array, Field, Message, Value, parse_versions

SPEC_PACKAGE = "gateway.protocol"  # the JSON files are its package data, under specs/

FieldType = str | Array | tuple[Field, ...]


class SpecError(ValueError):
    """A spec file this loader cannot turn into a schema."""


def strip_comments(text: str) -> str:
    """Remove `//` comments that are outside JSON strings."""
    out: list[str] = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            out.append(c)
        elif c == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def _versions(spec: str, what: str) -> tuple[int, int] | None:
    """A version range, or None for "none"."""
    if spec == "none":
        return None
    try:
        return parse_versions(spec)
    except ValueError as exc:
        raise SpecError(f"{what}: bad version range {spec!r}") from exc


def _default(raw: object, type_: FieldType, what: str) -> Value:
    """The default of a field, converted from the spec's string (or JSON value)."""
    if not isinstance(raw, str):
        raw = "true" if raw is True else "false" if raw is False else str(raw)
    if raw == "null":
        return None
    if not isinstance(type_, str):
        raise SpecError(f"{what}: a default on a non-primitive field")
    try:
        if type_ == "bool":
            return {"true": True, "false": False}[raw]
        if type_ in ("int8", "int16", "uint16", "int32", "int64"):
            return int(raw, 0) if raw else 0
        if type_ == "float64":
            return float(raw) if raw else 0.0
    except (KeyError, ValueError) as exc:
        raise SpecError(f"{what}: bad default {raw!r} for {type_}") from exc
    if type_ == "string":
        return raw or None  # None: the schema's own empty default
    raise SpecError(f"{what}: a default on a {type_} field")


class _Builder:
    """Builds the fields of one spec file, resolving its common structs."""

    def __init__(self, name: str, common: list[dict[str, Any]]) -> None:
        self.name = name
        self.common = {s["name"]: s for s in common}
        self.structs: dict[str, tuple[Field, ...]] = {}

    def struct(self, type_name: str, spec: dict[str, Any]) -> tuple[Field, ...]:
        """The fields of a struct given inline or named in commonStructs."""
        if "fields" in spec:
            fields = self.fields(spec["fields"])
            self.structs.setdefault(type_name, fields)
            return fields
        if type_name in self.structs:
            return self.structs[type_name]
        common = self.common.get(type_name)
        if common is None:
            raise SpecError(f"{self.name}: unknown struct type {type_name!r}")
        fields = self.fields(common.get("fields", []))
        self.structs[type_name] = fields
        return fields

    def type_of(self, spec: dict[str, Any]) -> FieldType:
        """The schema type of one field spec."""
        raw = str(spec["type"])
        if raw.startswith("[]"):
            element = raw[2:]
            if element in PRIMITIVES:
                return Array(element)
            return Array(self.struct(element, spec))
        if raw in PRIMITIVES:
            return raw
        return self.struct(raw, spec)

    def fields(self, specs: list[dict[str, Any]]) -> tuple[Field, ...]:
        """The schema fields of a list of field specs, in order."""
        out: list[Field] = []
        for spec in specs:
            out.extend(self.field(spec))
        return tuple(out)

    def field(self, spec: dict[str, Any]) -> list[Field]:
        """One field spec as one schema field (two when only some versions are tagged)."""
        name = spec["name"]
        what = f"{self.name}.{name}"
        versions = _versions(spec.get("versions", "0+"), what)
        if versions is None:
            return []
        type_ = self.type_of(spec)
        nullable = _versions(spec["nullableVersions"], what) if "nullableVersions" in spec else None
        default = _default(spec["default"], type_, what) if "default" in spec else None
        tagged = _versions(spec["taggedVersions"], what) if "taggedVersions" in spec else None
        if tagged is None or "tag" not in spec:
            return [Field(name, type_, versions, nullable, None, default)]
        out = []
        low, high = max(versions[0], tagged[0]), min(versions[1], tagged[1])
        if versions[0] < low:
            out.append(Field(name, type_, (versions[0], low - 1), nullable, None, default))
        if low <= high:
            out.append(Field(name, type_, (low, high), nullable, int(spec["tag"]), default))
        return out


def parse_spec(text: str) -> Message:
    """A `Message` from the text of one request or response spec."""
    try:
        spec = json.loads(strip_comments(text))
    except json.JSONDecodeError as exc:
        raise SpecError(f"invalid spec JSON: {exc}") from exc
    name = spec.get("name", "?")
    if spec.get("type") not in ("request", "response") or "apiKey" not in spec:
        raise SpecError(f"{name}: not a request or response spec")
    valid = _versions(spec["validVersions"], name)
    if valid is None:
        raise SpecError(f"{name}: no valid versions")
    flexible = _versions(spec.get("flexibleVersions", "none"), name)
    builder = _Builder(name, spec.get("commonStructs", []))
    fields = builder.fields(spec["fields"])
    return Message(name, int(spec["apiKey"]), valid, flexible[0] if flexible else None, fields)


@functools.cache
def load_spec(name: str) -> Message:
    """The `Message` of a vendored spec, e.g. `load_spec("FetchRequest")`."""
    try:
        text = resources.files(SPEC_PACKAGE).joinpath("specs", f"{name}.json").read_text("utf-8")
    except FileNotFoundError as exc:
        raise SpecError(f"no vendored spec named {name!r}") from exc
    return parse_spec(text)
