"""Kafka's JSON message specs (vendored in `specs/`) turned into `schema.Message`s.

The specs are read by the code generator's loader (`codegen/specs.py`), the one reader of
those files; this module only maps its model onto the interpreter's schema. Field names are
the generator's (a camelCase spec name such as CreateTopics' `timeoutMs` is capitalized),
version ranges are capped at the message's valid versions, and defaults, strings in the spec
("-1", "0x7fffffff", "true", "null"), are converted to the field's type.

This is the bridge that lets Sluice decode the requests it must inspect without a
hand transcription; `schema.py` does the encoding and decoding.
"""

from __future__ import annotations

import functools
import json

from .codegen.specs import SPECS_DIR, SpecField, SpecMessage, SpecStruct, message_of, parse_json
from .schema import Array, Field, Message, Value

FieldType = str | Array | tuple[Field, ...]


class SpecError(ValueError):
    """A spec file this loader cannot turn into a schema."""


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


class _Schema:
    """Maps one spec's structs onto schema fields, each struct once."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.structs: dict[int, tuple[Field, ...]] = {}

    def fields(self, struct: SpecStruct) -> tuple[Field, ...]:
        """The schema fields of a struct, in order."""
        known = self.structs.get(id(struct))
        if known is None:
            known = self.structs[id(struct)] = tuple(self.field(f) for f in struct.fields)
        return known

    def field(self, spec: SpecField) -> Field:
        """One spec field as a schema field."""
        type_: FieldType
        if spec.struct is not None:
            fields = self.fields(spec.struct)
            type_ = Array(fields) if spec.is_array else fields
        else:
            type_ = Array(spec.element) if spec.is_array else spec.type
        what = f"{self.name}.{spec.name}"
        default = None if spec.default is None else _default(spec.default, type_, what)
        tag = spec.tag if spec.tagged is not None else None
        return Field(spec.name, type_, spec.versions, spec.nullable, tag, default)


def schema_of(spec: SpecMessage) -> Message:
    """The interpreter's `Message` for one request or response spec."""
    if spec.kind not in ("request", "response") or spec.api_key is None:
        raise SpecError(f"{spec.name}: not a request or response spec")
    fields = _Schema(spec.name).fields(spec.root)
    flexible = spec.flexible[0] if spec.flexible else None
    return Message(spec.name, spec.api_key, spec.valid, flexible, fields)


def parse_spec(text: str, source: str = "<text>") -> Message:
    """A `Message` from the text of one request or response spec."""
    try:
        spec = message_of(parse_json(text), source)
    except json.JSONDecodeError as exc:
        raise SpecError(f"{source}: invalid spec JSON: {exc}") from exc
    except (KeyError, TypeError, AssertionError, NotImplementedError) as exc:
        raise SpecError(f"{source}: not a spec this loader understands: {exc!r}") from exc
    return schema_of(spec)


@functools.cache
def load_spec(name: str) -> Message:
    """The `Message` of a vendored spec, e.g. `load_spec("FetchRequest")`."""
    path = SPECS_DIR / f"{name}.json"
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError as exc:
        raise SpecError(f"no vendored spec named {name!r}") from exc
    return parse_spec(text, path.name)
