"""Hypothesis strategies for the generated codec, built from its schema metadata (`INFO`).

`message_values(cls, version)` draws instances shaped exactly like the decoder's output
for that version:

* every field of the version holds a valid value (integers in range, 16-byte uuids, any
  unicode text, nullable fields sometimes None, arrays of 0-3 elements);
* a field absent from the version holds what the decoder fills in: its default, or
  Kafka's implicit default when the spec gives none; tagged fields stay `UNSET`;
* in flexible versions, tagged fields are sometimes set and sometimes `UNSET`, and any
  struct may carry `unknown_tags` whose tags no known field of that struct uses.

`rich_value(cls, version)` is one deterministic instance with every field of the version
set, tagged fields present and unknown tags at every level.
"""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import strategies as st

from gateway.protocol import codec
from gateway.protocol.codec_runtime import UNSET, FieldInfo, KafkaStruct, Message
from gateway.protocol.generated import REQUESTS, RESPONSES
from gateway.protocol.generated.request_header import RequestHeader
from gateway.protocol.generated.response_header import ResponseHeader
from tests.strategies import TAGS, primitive

MAX_ARRAY = 3


def _primitive(kind: str) -> st.SearchStrategy[Any]:
    return primitive(kind, text_size=8, bytes_size=12)


def _flexible(cls: type[KafkaStruct], version: int) -> bool:
    flexible = cls.INFO.flexible
    return flexible is not None and flexible[0] <= version <= flexible[1]


def _value(f: FieldInfo, version: int) -> st.SearchStrategy[Any]:
    if f.kind.startswith("[]"):
        element = f.kind[2:]
        inner = (struct_values(f.struct, version) if element == "struct" and f.struct
                 else _primitive(element))
        values: st.SearchStrategy[Any] = st.lists(inner, max_size=MAX_ARRAY)
    elif f.kind == "struct":
        assert f.struct is not None
        values = struct_values(f.struct, version)
    else:
        values = _primitive(f.kind)
    if f.nullable_in(version):
        values = st.none() | values
    return values


def _unknown_tags(cls: type[KafkaStruct]) -> st.SearchStrategy[dict[int, bytes]]:
    used = {f.tag for f in cls.INFO.fields if f.tag is not None}
    return st.dictionaries(TAGS.filter(lambda t: t not in used), st.binary(max_size=6),
                           min_size=1, max_size=2)


@functools.cache
def struct_values(cls: type[KafkaStruct], version: int) -> st.SearchStrategy[Any]:
    """Instances of `cls` as the decoder of `version` returns them."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    flexible = _flexible(cls, version)
    for f in cls.INFO.fields:
        if not f.in_version(version):
            if f.tag is None:
                fields[f.name] = st.just(None).map(lambda _, f=f: f.kafka_default())
            continue
        if f.tag is not None:
            fields[f.name] = st.just(UNSET) | _value(f, version)
        else:
            fields[f.name] = _value(f, version)
    if "unknown_tags" in cls.__struct_fields__:
        fields["unknown_tags"] = (st.none() | _unknown_tags(cls)) if flexible else st.none()
    return st.builds(lambda kw: cls(**kw), st.fixed_dictionaries(fields))


def message_values(cls: type[KafkaStruct], version: int) -> st.SearchStrategy[Any]:
    """Valid decoded bodies of message class `cls` in `version`."""
    return struct_values(cls, version)


_RICH: dict[str, Any] = {
    "int8": -7, "int16": 0x1234, "uint16": 0xBEEF, "int32": -0x12345678,
    "int64": 0x0123456789ABCDEF, "float64": 1.5, "bool": True, "string": "h\u00e9\u2603",
    "bytes": b"\x00\xff\x10", "records": b"\x01\x02\x03\x04", "uuid": bytes(range(16)),
}


def _rich_field(f: FieldInfo, version: int) -> Any:
    if f.kind.startswith("[]"):
        element = f.kind[2:]
        if element == "struct":
            assert f.struct is not None
            return [rich_value(f.struct, version) for _ in range(2)]
        return [_RICH[element]] * 2
    if f.kind == "struct":
        assert f.struct is not None
        return rich_value(f.struct, version)
    return _RICH[f.kind]


def rich_value(cls: type[KafkaStruct], version: int) -> Any:
    """One instance of `cls` with every field of `version` set, tagged ones included."""
    values: dict[str, Any] = {}
    for f in cls.INFO.fields:
        if f.in_version(version):
            values[f.name] = _rich_field(f, version)
        elif f.tag is None:
            values[f.name] = f.kafka_default()
    if "unknown_tags" in cls.__struct_fields__ and _flexible(cls, version):
        used = {f.tag for f in cls.INFO.fields if f.tag is not None}
        values["unknown_tags"] = {next(t for t in range(20, 40) if t not in used): b"\xab"}
    return cls(**values)


def all_classes() -> list[type[Message]]:
    """Every generated message class: both headers, then requests and responses by key."""
    classes: list[type[Message]] = [RequestHeader, ResponseHeader]
    classes += [codec.request_class(key, REQUESTS[key][2]) for key in sorted(REQUESTS)]
    classes += [codec.response_class(key, RESPONSES[key][2]) for key in sorted(RESPONSES)]
    return classes


# Every (message class, version) of the specs, and pytest ids for them.
CASES = [(cls, v) for cls in all_classes()
         for v in range(cls.VALID_VERSIONS[0], cls.VALID_VERSIONS[1] + 1)]
IDS = [f"{cls.__name__}-v{v}" for cls, v in CASES]
