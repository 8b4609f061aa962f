"""A small interpreter for Kafka message schemas.

Kafka describes every message in JSON (apache/kafka,
clients/src/main/resources/common/message/). We transcribe the messages Sluice must
understand into `Field` tuples (see `messages.py`) and compile, once per
(message, version), a decoder and an encoder out of closures.

Decoded messages are plain dicts keyed by the JSON field names. The rules that make
decode -> encode byte-exact:

* A field that does not exist in a version is absent from the dict.
* A tagged field (KIP-482) is in the dict only when it was on the wire, and is written
  only when it is in the dict, so presence survives a round trip.
* Tagged fields this codec does not know are kept as raw bytes under `UNKNOWN_TAGS`
  ({tag: payload}) and written back in tag order among the known ones.

On encode, a missing non-tagged field takes its default, so hand-built messages only
name the fields they care about.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import ProtocolError

UNKNOWN_TAGS = "_unknown_tags"
MAX_VERSION = 0x7FFF

Value = Any
Reader = Callable[[bytes, int], tuple[Value, int]]
Skipper = Callable[[bytes, int], int]
Writer = Callable[[bytearray, Value], None]

_INT8 = struct.Struct(">b")
_INT16 = struct.Struct(">h")
_UINT16 = struct.Struct(">H")
_INT32 = struct.Struct(">i")
_INT64 = struct.Struct(">q")
_FLOAT64 = struct.Struct(">d")

PRIMITIVES = frozenset(
    {"int8", "int16", "uint16", "int32", "int64", "float64", "bool",
     "string", "bytes", "records", "uuid"}
)


def parse_versions(spec: str) -> tuple[int, int]:
    """Parse a JSON-schema version range: "3+", "0-7" or "5"."""
    if spec.endswith("+"):
        return int(spec[:-1]), MAX_VERSION
    low, _, high = spec.partition("-")
    return int(low), int(high or low)


@dataclass(frozen=True, slots=True)
class Array:
    """An array of a primitive type name or of a struct (a tuple of fields)."""

    element: str | tuple[Field, ...]


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a Kafka message schema."""

    name: str
    type: str | Array | tuple[Field, ...]
    versions: tuple[int, int]
    nullable: tuple[int, int] | None = None
    tag: int | None = None
    default: Value = None

    def in_version(self, version: int) -> bool:
        """Whether the field exists in `version`."""
        return self.versions[0] <= version <= self.versions[1]

    def nullable_in(self, version: int) -> bool:
        """Whether the field may be null in `version`."""
        return self.nullable is not None and self.nullable[0] <= version <= self.nullable[1]


def F(
    name: str,
    type_: str | Array | tuple[Field, ...],
    versions: str = "0+",
    *,
    nullable: str | None = None,
    tag: int | None = None,
    default: Value = None,
) -> Field:
    """Shorthand for a `Field`, with JSON-style version strings."""
    if isinstance(type_, str):
        assert type_ in PRIMITIVES, type_
    return Field(
        name,
        type_,
        parse_versions(versions),
        parse_versions(nullable) if nullable else None,
        tag,
        default,
    )


def type_default(type_: str | Array | tuple[Field, ...], nullable: bool) -> Value:
    """The value a field takes when a hand-built message leaves it out."""
    if nullable and type_ in ("string", "bytes", "records"):
        return None
    if isinstance(type_, Array):
        return []
    if isinstance(type_, tuple):
        return {}
    return {
        "bool": False, "string": "", "bytes": b"", "records": b"", "uuid": bytes(16),
        "float64": 0.0,
    }.get(type_, 0)


# --- primitive readers and writers -------------------------------------------------


def _fixed(s: struct.Struct) -> tuple[Reader, Writer]:
    size = s.size
    unpack = s.unpack_from
    pack = s.pack

    def read(buf: bytes, pos: int) -> tuple[Value, int]:
        if pos + size > len(buf):
            raise ProtocolError("message truncated")
        return unpack(buf, pos)[0], pos + size

    def write(out: bytearray, value: Value) -> None:
        try:
            out += pack(value)
        except struct.error as exc:
            raise ValueError(f"{value!r}: {exc}") from exc

    return read, write


def read_uvarint(buf: bytes, pos: int) -> tuple[int, int]:
    """Read an unsigned varint of at most 5 bytes (a 32-bit quantity)."""
    result = 0
    shift = 0
    while True:
        if pos >= len(buf):
            raise ProtocolError("message truncated inside a varint")
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift > 28:
            raise ProtocolError("varint longer than 5 bytes")


def write_uvarint(out: bytearray, value: int) -> None:
    """Append an unsigned varint."""
    if value < 0:
        raise ValueError(f"negative uvarint {value}")
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def _read_bool(buf: bytes, pos: int) -> tuple[Value, int]:
    if pos >= len(buf):
        raise ProtocolError("message truncated")
    return buf[pos] != 0, pos + 1


def _write_bool(out: bytearray, value: Value) -> None:
    out.append(1 if value else 0)


def _read_uuid(buf: bytes, pos: int) -> tuple[Value, int]:
    end = pos + 16
    if end > len(buf):
        raise ProtocolError("message truncated inside a uuid")
    return buf[pos:end], end


def _write_uuid(out: bytearray, value: Value) -> None:
    if len(value) != 16:
        raise ValueError("a uuid is 16 bytes")
    out += value


def _length_codec(flexible: bool) -> tuple[Callable[[bytes, int], tuple[int, int]],
                                            Callable[[bytearray, int], None],
                                            Callable[[bytes, int], tuple[int, int]],
                                            Callable[[bytearray, int], None]]:
    """Length prefixes: (read/write for strings, read/write for bytes and arrays).

    Classic encodings use int16 (strings) or int32 (bytes, arrays) with -1 for null;
    compact encodings (flexible versions) use uvarint(length + 1) with 0 for null.
    """
    if flexible:
        def read_compact(buf: bytes, pos: int) -> tuple[int, int]:
            n, pos = read_uvarint(buf, pos)
            return n - 1, pos

        def write_compact(out: bytearray, n: int) -> None:
            write_uvarint(out, n + 1)

        return read_compact, write_compact, read_compact, write_compact
    read16, write16 = _fixed(_INT16)
    read32, write32 = _fixed(_INT32)
    return read16, write16, read32, write32


def _is_null(n: int, nullable: bool, name: str, kind: str) -> bool:
    """Whether a read length means null; raises for any other negative length."""
    if n >= 0:
        return False
    if n == -1 and nullable:
        return True
    raise ProtocolError(f"{name}: invalid {kind} length {n}")


def _sized_codec(flexible: bool, name: str, nullable: bool, text: bool) -> tuple[Reader, Writer]:
    """Length-prefixed values: UTF-8 strings (`text`) or raw bytes."""
    read_string_len, write_string_len, read_bytes_len, write_bytes_len = _length_codec(flexible)
    read_len, write_len = (
        (read_string_len, write_string_len) if text else (read_bytes_len, write_bytes_len)
    )
    kind = "string" if text else "bytes"

    def read(buf: bytes, pos: int) -> tuple[Value, int]:
        n, pos = read_len(buf, pos)
        if _is_null(n, nullable, name, kind):
            return None, pos
        end = pos + n
        if end > len(buf):
            raise ProtocolError(f"{name}: {kind} runs past the end of the message")
        if not text:
            return buf[pos:end], end
        try:
            return buf[pos:end].decode("utf-8"), end
        except UnicodeDecodeError as exc:
            raise ProtocolError(f"{name}: invalid UTF-8") from exc

    def write(out: bytearray, value: Value) -> None:
        if value is None:
            if not nullable:
                raise ValueError(f"{name} is not nullable")
            write_len(out, -1)
            return
        data = value.encode("utf-8") if text else value
        write_len(out, len(data))
        out += data

    return read, write


_FIXED: dict[str, tuple[Reader, Writer]] = {
    "int8": _fixed(_INT8),
    "int16": _fixed(_INT16),
    "uint16": _fixed(_UINT16),
    "int32": _fixed(_INT32),
    "int64": _fixed(_INT64),
    "float64": _fixed(_FLOAT64),
    "bool": (_read_bool, _write_bool),
    "uuid": (_read_uuid, _write_uuid),
}


# --- structs -------------------------------------------------------------------------


@dataclass(slots=True)
class StructCodec:
    """Decoder and encoder of one struct in one version."""

    plain: list[tuple[str, Reader, Writer, Value]] = field(default_factory=list)
    tagged: dict[int, tuple[str, Reader, Writer]] = field(default_factory=dict)
    flexible: bool = False
    skippers: list[Skipper] = field(default_factory=list)

    def skip_plain(self, buf: bytes, pos: int) -> int:
        """Walk over the non-tagged fields without building values; return the end."""
        for skip in self.skippers:
            pos = skip(buf, pos)
        if pos > len(buf):
            raise ProtocolError("message truncated")
        return pos

    def skip(self, buf: bytes, pos: int) -> int:
        """Walk over the whole struct without building values; return the end."""
        pos = self.skip_plain(buf, pos)
        return skip_tagged_section(buf, pos) if self.flexible else pos

    def decode(self, buf: bytes, pos: int) -> tuple[dict[str, Value], int]:
        """Decode the struct at `pos`; return it and the position after it."""
        out: dict[str, Value] = {}
        for name, read, _, _ in self.plain:
            out[name], pos = read(buf, pos)
        if self.flexible:
            pos = self._decode_tagged(buf, pos, out)
        return out, pos

    def decode_prefix(self, buf: bytes, pos: int, count: int) -> tuple[dict[str, Value], int]:
        """Decode only the first `count` non-tagged fields (to splice the rest as bytes)."""
        out: dict[str, Value] = {}
        for name, read, _, _ in self.plain[:count]:
            out[name], pos = read(buf, pos)
        return out, pos

    def encode(self, out: bytearray, value: dict[str, Value]) -> None:
        """Append the encoding of `value`."""
        for name, _, write, default in self.plain:
            write(out, value.get(name, default))
        if self.flexible:
            self._encode_tagged(out, value)

    def encode_prefix(self, out: bytearray, value: dict[str, Value], count: int) -> None:
        """Append the first `count` non-tagged fields of `value`."""
        for name, _, write, default in self.plain[:count]:
            write(out, value.get(name, default))

    def field_index(self, name: str) -> int:
        """Position of a non-tagged field among this version's non-tagged fields."""
        for i, (field_name, _, _, _) in enumerate(self.plain):
            if field_name == name:
                return i
        raise KeyError(name)

    def _decode_tagged(self, buf: bytes, pos: int, out: dict[str, Value]) -> int:
        count, pos = read_uvarint(buf, pos)
        last_tag = -1
        for _ in range(count):
            tag, pos = read_uvarint(buf, pos)
            size, pos = read_uvarint(buf, pos)
            # KIP-482: tags are written in strictly increasing order.
            if tag <= last_tag:
                raise ProtocolError(f"tagged field {tag} out of order")
            last_tag = tag
            end = pos + size
            if end > len(buf):
                raise ProtocolError(f"tagged field {tag} runs past the end of the message")
            known = self.tagged.get(tag)
            if known is None:
                out.setdefault(UNKNOWN_TAGS, {})[tag] = buf[pos:end]
            else:
                name, read, _ = known
                value, used = read(buf[pos:end], 0)
                if used != size:
                    raise ProtocolError(f"tagged field {name} has {size - used} stray bytes")
                out[name] = value
            pos = end
        return pos

    def _encode_tagged(self, out: bytearray, value: dict[str, Value]) -> None:
        fields: dict[int, bytes] = dict(value.get(UNKNOWN_TAGS) or {})
        for tag, (name, _, write) in self.tagged.items():
            if name in value:
                payload = bytearray()
                write(payload, value[name])
                fields[tag] = bytes(payload)
        write_uvarint(out, len(fields))
        for tag in sorted(fields):
            payload_bytes = fields[tag]
            write_uvarint(out, tag)
            write_uvarint(out, len(payload_bytes))
            out += payload_bytes


def read_array_length(buf: bytes, pos: int, flexible: bool) -> tuple[int, int]:
    """Read an array length (-1 for null), classic or compact."""
    n, pos = _length_codec(flexible)[2](buf, pos)
    if n > len(buf) - pos:
        raise ProtocolError(f"array of {n} runs past the end of the message")
    return n, pos


def skip_tagged_section(buf: bytes, pos: int) -> int:
    """Walk over a tagged-field section; return the offset after it."""
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        _, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        pos += size
        if pos > len(buf):
            raise ProtocolError("tagged field runs past the end of the message")
    return pos


def tagged_section_tags(buf: bytes, pos: int) -> list[int]:
    """The tags present in the tagged-field section at `pos`."""
    count, pos = read_uvarint(buf, pos)
    tags = []
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        pos += size
        if pos > len(buf):
            raise ProtocolError("tagged field runs past the end of the message")
        tags.append(tag)
    return tags


_FIXED_SIZES = {"int8": 1, "int16": 2, "uint16": 2, "int32": 4, "int64": 8, "float64": 8,
                "bool": 1, "uuid": 16}


def _skipper_for(type_: str | Array | tuple[Field, ...], version: int, flexible: bool,
                 nullable: bool = False) -> Skipper:
    """A function that walks over one value of `type_` without decoding it."""
    if isinstance(type_, tuple):
        skip_struct = compile_struct(type_, version, flexible).skip
        if not nullable:
            return skip_struct

        def skip_nullable_struct(buf: bytes, pos: int) -> int:
            if pos < len(buf) and buf[pos] == 0xFF:
                return pos + 1
            return skip_struct(buf, pos + 1)

        return skip_nullable_struct
    _, _, read_len, _ = _length_codec(flexible)
    if isinstance(type_, Array):
        size = _FIXED_SIZES.get(type_.element) if isinstance(type_.element, str) else None
        skip_elem = _skipper_for(type_.element, version, flexible)

        def skip_array(buf: bytes, pos: int) -> int:
            n, pos = read_len(buf, pos)
            if n <= 0:
                return pos
            if n > len(buf) - pos:
                raise ProtocolError(f"array of {n} runs past the end of the message")
            if size is not None:
                return pos + n * size
            for _ in range(n):
                pos = skip_elem(buf, pos)
            return pos

        return skip_array
    if type_ in _FIXED_SIZES:
        fixed = _FIXED_SIZES[type_]
        return lambda buf, pos: pos + fixed
    if type_ == "string":
        read_len = _length_codec(flexible)[0]

    def skip_sized(buf: bytes, pos: int) -> int:
        n, pos = read_len(buf, pos)
        if n > 0:
            pos += n
            if pos > len(buf):
                raise ProtocolError("field runs past the end of the message")
        return pos

    return skip_sized


def _codec_for(
    type_: str | Array | tuple[Field, ...], version: int, flexible: bool, name: str,
    nullable: bool,
) -> tuple[Reader, Writer]:
    if isinstance(type_, tuple):
        sub = compile_struct(type_, version, flexible)
        if nullable:
            return _nullable_struct_codec(sub, name)

        def read_struct(buf: bytes, pos: int) -> tuple[Value, int]:
            return sub.decode(buf, pos)

        def write_struct(out: bytearray, value: Value) -> None:
            sub.encode(out, value)

        return read_struct, write_struct
    if isinstance(type_, Array):
        return _array_codec(type_, version, flexible, name, nullable)
    if type_ in ("string", "bytes", "records"):
        return _sized_codec(flexible, name, nullable, text=type_ == "string")
    return _FIXED[type_]


def _nullable_struct_codec(sub: StructCodec, name: str) -> tuple[Reader, Writer]:
    """A struct that may be null: an int8 marker (-1 null, 1 present), then the struct."""

    def read(buf: bytes, pos: int) -> tuple[Value, int]:
        if pos >= len(buf):
            raise ProtocolError("message truncated")
        marker = buf[pos]
        if marker == 0xFF:
            return None, pos + 1
        if marker != 1:
            raise ProtocolError(f"{name}: invalid nullable struct marker {marker}")
        return sub.decode(buf, pos + 1)

    def write(out: bytearray, value: Value) -> None:
        if value is None:
            out.append(0xFF)
            return
        out.append(1)
        sub.encode(out, value)

    return read, write


def _array_codec(
    type_: Array, version: int, flexible: bool, name: str, nullable: bool
) -> tuple[Reader, Writer]:
    _, _, read_len, write_len = _length_codec(flexible)
    read_elem, write_elem = _codec_for(type_.element, version, flexible, name, False)

    def read(buf: bytes, pos: int) -> tuple[Value, int]:
        n, pos = read_len(buf, pos)
        if _is_null(n, nullable, name, "array"):
            return None, pos
        # Every element takes at least one byte: a bound that stops a forged length
        # from spinning before the data runs out.
        if n > len(buf) - pos:
            raise ProtocolError(f"{name}: array of {n} runs past the end of the message")
        items = []
        for _ in range(n):
            item, pos = read_elem(buf, pos)
            items.append(item)
        return items, pos

    def write(out: bytearray, value: Value) -> None:
        if value is None:
            if not nullable:
                raise ValueError(f"{name} is not nullable")
            write_len(out, -1)
            return
        write_len(out, len(value))
        for item in value:
            write_elem(out, item)

    return read, write


def compile_struct(fields: Sequence[Field], version: int, flexible: bool) -> StructCodec:
    """Build the codec of a struct for one version."""
    codec = StructCodec(flexible=flexible)
    for f in fields:
        if not f.in_version(version):
            continue
        nullable = f.nullable_in(version)
        read, write = _codec_for(f.type, version, flexible, f.name, nullable)
        if f.tag is not None:
            if flexible:
                codec.tagged[f.tag] = (f.name, read, write)
            continue
        default = f.default if f.default is not None else type_default(f.type, nullable)
        codec.plain.append((f.name, read, write, default))
        codec.skippers.append(_skipper_for(f.type, version, flexible, nullable))
    codec.tagged = dict(sorted(codec.tagged.items()))
    return codec


@dataclass(slots=True)
class Message:
    """One Kafka request or response body schema."""

    name: str
    api_key: int
    valid: tuple[int, int]
    flexible_from: int | None
    fields: tuple[Field, ...]
    _codecs: dict[int, StructCodec] = field(default_factory=dict)

    def is_flexible(self, version: int) -> bool:
        """Whether `version` uses compact encodings and tagged fields."""
        return self.flexible_from is not None and version >= self.flexible_from

    def codec(self, version: int) -> StructCodec:
        """The (cached) codec for `version`."""
        codec = self._codecs.get(version)
        if codec is None:
            if not self.valid[0] <= version <= self.valid[1]:
                raise ProtocolError(
                    f"{self.name} v{version} is outside v{self.valid[0]}-v{self.valid[1]}"
                )
            codec = compile_struct(self.fields, version, self.is_flexible(version))
            self._codecs[version] = codec
        return codec

    def decode(self, buf: bytes, version: int, pos: int = 0) -> tuple[dict[str, Value], int]:
        """Decode a body starting at `pos`; return it and the position after it."""
        return self.codec(version).decode(buf, pos)

    def encode(self, value: dict[str, Value], version: int) -> bytes:
        """Encode a body."""
        out = bytearray()
        self.codec(version).encode(out, value)
        return bytes(out)
