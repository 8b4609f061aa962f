"""Hypothesis strategies that generate valid decoded Kafka messages.

`message_values(message, version)` walks the `Field`s of a `gateway.protocol.schema.Message`
and builds dicts shaped exactly like the codec's decoder output for that version:

* every non-tagged field of the version is present (the decoder always fills them);
* integers stay within the range of their width, uuids are 16 bytes, strings are any
  unicode text (non-ASCII included, no surrogates since they cannot be UTF-8 encoded);
* nullable fields (in that version) are sometimes None;
* arrays hold 0-4 elements;
* in flexible versions, tagged fields are sometimes present and sometimes absent, and
  any struct level may carry `_unknown_tags` ({tag: raw bytes}) with tags that no known
  tagged field of that struct uses.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from gateway.protocol.schema import UNKNOWN_TAGS, Array, Field, Message

MAX_ARRAY = 4

_INT_RANGES = {
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "uint16": (0, 2**16 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
}

# Kafka tags are non-negative Java ints; bias towards small ones, which real brokers use.
TAGS = st.one_of(st.integers(0, 16), st.integers(0, 2**31 - 1))


def primitive(type_: str, text_size: int = 12, bytes_size: int = 24
              ) -> st.SearchStrategy[Any]:
    """Values of one primitive Kafka type (strings and bytes at most the sizes given)."""
    if type_ in _INT_RANGES:
        low, high = _INT_RANGES[type_]
        return st.integers(low, high)
    if type_ == "bool":
        return st.booleans()
    if type_ == "float64":
        return st.floats(allow_nan=False)
    if type_ == "string":
        return st.text(max_size=text_size)
    if type_ in ("bytes", "records"):
        return st.binary(max_size=bytes_size)
    if type_ == "uuid":
        return st.binary(min_size=16, max_size=16)
    raise AssertionError(f"no strategy for primitive type {type_!r}")


def _type_values(
    type_: str | Array | tuple[Field, ...], version: int, flexible: bool
) -> st.SearchStrategy[Any]:
    if isinstance(type_, tuple):
        return struct_values(type_, version, flexible)
    if isinstance(type_, Array):
        return st.lists(_type_values(type_.element, version, flexible), max_size=MAX_ARRAY)
    return primitive(type_)


def _unknown_tags(fields: tuple[Field, ...]) -> st.SearchStrategy[dict[int, bytes]]:
    # Avoid every tag the struct declares, in any version: a known tag would be decoded
    # as the known field instead of being kept raw.
    used = {f.tag for f in fields if f.tag is not None}
    tag = TAGS.filter(lambda t: t not in used)
    # min_size=1: the decoder only creates the key when an unknown tag is on the wire.
    return st.dictionaries(tag, st.binary(max_size=10), min_size=1, max_size=3)


def struct_values(
    fields: tuple[Field, ...], version: int, flexible: bool
) -> st.SearchStrategy[dict[str, Any]]:
    """Valid dicts for one struct (a tuple of fields) in `version`."""
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for f in fields:
        if not f.in_version(version):
            continue
        values = _type_values(f.type, version, flexible)
        if f.nullable_in(version):
            values = st.none() | values
        if f.tag is not None:
            # Tagged fields exist on the wire only in flexible versions.
            if flexible:
                optional[f.name] = values
        else:
            required[f.name] = values
    if flexible:
        optional[UNKNOWN_TAGS] = _unknown_tags(fields)
    return st.fixed_dictionaries(required, optional=optional)


def message_values(message: Message, version: int) -> st.SearchStrategy[dict[str, Any]]:
    """Valid decoded bodies of `message` in `version`."""
    low, high = message.valid
    if not low <= version <= high:
        raise ValueError(f"{message.name} has no version {version}")
    return struct_values(message.fields, version, message.is_flexible(version))


# --- deterministic samples ----------------------------------------------------------

_RICH_PRIMITIVES: dict[str, Any] = {
    "int8": -7, "int16": 0x1234, "uint16": 0xBEEF, "int32": -0x12345678,
    "int64": 0x0123456789ABCDEF, "float64": 1.5, "bool": True, "string": "h\u00e9\u2603",
    "bytes": b"\x00\xff\x10", "records": b"\x01\x02\x03\x04", "uuid": bytes(range(16)),
}


def _rich_type(type_: str | Array | tuple[Field, ...], version: int, flexible: bool) -> Any:
    if isinstance(type_, tuple):
        return rich_struct(type_, version, flexible)
    if isinstance(type_, Array):
        return [_rich_type(type_.element, version, flexible) for _ in range(2)]
    return _RICH_PRIMITIVES[type_]


def rich_struct(fields: tuple[Field, ...], version: int, flexible: bool) -> dict[str, Any]:
    """One value for a struct with every field set, arrays of 2, tagged fields present."""
    value: dict[str, Any] = {}
    for f in fields:
        if f.in_version(version) and (f.tag is None or flexible):
            value[f.name] = _rich_type(f.type, version, flexible)
    if flexible:
        used = {f.tag for f in fields if f.tag is not None}
        unknown = next(t for t in range(20, 40) if t not in used)
        value[UNKNOWN_TAGS] = {unknown: b"\xab\xcd"}
    return value


def rich_value(message: Message, version: int) -> dict[str, Any]:
    """A deterministic decoded body of `message` exercising every field of `version`."""
    return rich_struct(message.fields, version, message.is_flexible(version))
