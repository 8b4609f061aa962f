"""What the generated message codecs (`gateway/protocol/generated/`) are built on.

The generator (`python -m gateway.protocol.codegen`) writes one module per Kafka message
with a class per struct and straight-line decode/encode functions per version layout;
those functions call the small readers and writers here. This module also holds the base
classes, the two sentinels, the schema metadata the generator emits next to the code,
and the slow path that explains, with a field path, why an encode failed.

Sentinels:

* `MISSING` is the default of a field whose spec gives no default. Encoding a version in
  which such a field exists while it is still `MISSING` fails, naming the field path.
* `UNSET` (msgspec's) marks a tagged field (KIP-482) that is not on the wire. A decoded
  tagged field is set exactly when it was on the wire, and written exactly when set, so
  presence survives a round trip. Tagged fields nobody declared are kept as raw bytes in
  the struct's `unknown_tags` ({tag: payload}) and written back in tag order.

Every other field of a decoded message holds a real value: fields absent from the decoded
version take Kafka's default for them, as Kafka's generated Java classes do.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Self

import msgspec
from msgspec import UNSET, UnsetType

from .errors import INVALID_REQUEST, UNSUPPORTED_VERSION, ProtocolError

__all__ = [
    "MISSING", "UNSET", "Buffer", "DecodeError", "EncodeError", "FieldInfo", "Message",
    "StructInfo", "UnsetType", "KafkaStruct",
]

Buffer = bytes | bytearray | memoryview
Reader = Callable[[Buffer, int], tuple[Any, int]]
MAX_VERSION = 0x7FFF


class _Missing:
    """The type of `MISSING`; refuses to be used as a value so it never reaches the wire."""

    _instance: ClassVar[_Missing | None] = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        raise TypeError("MISSING has no truth value (a required field was not set)")

    def __reduce__(self) -> str:
        return "MISSING"


# Typed Any so a required field can be declared `Name: str = MISSING`.
MISSING: Any = _Missing()


class DecodeError(ProtocolError):
    """Bytes that are not a valid encoding of the message and version asked for."""

    def __init__(self, message: str, error_code: int | None = INVALID_REQUEST) -> None:
        super().__init__(message, error_code)


class EncodeError(ValueError):
    """A message that cannot be encoded in the version asked for; names the field path."""


# gc=False: decoded messages are trees (no reference cycles), and leaving thousands of
# partition structs untracked by the cycle collector halves their construction cost.
class KafkaStruct(msgspec.Struct, kw_only=True, gc=False):
    """Base of every generated struct: keyword-only, so an unknown field name is refused.

    Per version of its message, a struct has a decoder, an encoder, a skipper (walks over
    it without building values) and a seeker (finds one field's offset without decoding
    what comes before it).
    """

    INFO: ClassVar[StructInfo]
    DECODERS: ClassVar[dict[int, Callable[[Buffer, int], tuple[Any, int]]]]
    ENCODERS: ClassVar[dict[int, Callable[[bytearray, Any], None]]]
    SKIPPERS: ClassVar[dict[int, Callable[[Buffer, int], int]]]
    SEEKERS: ClassVar[dict[int, Callable[[Buffer, int, str | None], int]]]

    @classmethod
    def decode(cls, buf: Buffer, version: int, pos: int = 0) -> tuple[Self, int]:
        """Decode a `cls` of `version` at `pos`; return it and the offset after it.

        Pass a memoryview to keep `records` fields zero-copy views of `buf`.
        """
        decoder = cls.DECODERS.get(version)
        if decoder is None:
            raise DecodeError(_version_problem(cls, version), UNSUPPORTED_VERSION)
        try:
            message, end = decoder(buf, pos)
        except DecodeError as exc:
            raise DecodeError(f"{cls.__name__} v{version}: {exc}") from exc
        except (struct.error, IndexError, ValueError, OverflowError, TypeError) as exc:
            raise DecodeError(f"{cls.__name__} v{version}: {_decode_reason(exc)}") from exc
        assert isinstance(message, cls)
        return message, end

    @classmethod
    def skip(cls, buf: Buffer, version: int, pos: int = 0) -> int:
        """The offset after the `cls` of `version` at `pos`, found without decoding it."""
        skipper = cls.SKIPPERS.get(version)
        if skipper is None:
            raise DecodeError(_version_problem(cls, version), UNSUPPORTED_VERSION)
        return _walk(cls, version, skipper, buf, pos)

    @classmethod
    def offset_of(cls, buf: Buffer, version: int, pos: int, name: str | None = None) -> int:
        """The offset of field `name` of the `cls` at `pos`, walking only what precedes it.

        `name` None: the offset after the last non-tagged field (in flexible versions,
        the tagged-field section). A field not on the wire in `version` is a ValueError.
        """
        seeker = cls.SEEKERS.get(version)
        if seeker is None:
            raise DecodeError(_version_problem(cls, version), UNSUPPORTED_VERSION)
        if name is not None and name not in _wire_names(cls, version):
            raise ValueError(f"{cls.__name__} v{version} has no non-tagged field {name!r}")
        return _walk(cls, version, lambda b, p: seeker(b, p, name), buf, pos)

    def encode(self, version: int) -> bytes:
        """Encode this struct in `version`."""
        out = bytearray()
        self.encode_into(out, version)
        return bytes(out)

    def encode_into(self, out: bytearray, version: int) -> None:
        """Append the encoding of this struct in `version` to `out`."""
        encoder = self.ENCODERS.get(version)
        if encoder is None:
            raise EncodeError(_version_problem(type(self), version))
        start = len(out)
        try:
            encoder(out, self)
        except Exception as exc:
            del out[start:]
            raise explain(self, version, exc) from exc


class Message(KafkaStruct, kw_only=True, gc=False):
    """Base of every generated request and response body."""

    API_KEY: ClassVar[int]
    KIND: ClassVar[str]
    VALID_VERSIONS: ClassVar[tuple[int, int]]
    FLEXIBLE_FROM: ClassVar[int | None]
    # Kafka's "latestVersionUnstable": the highest version may still change.
    LATEST_VERSION_UNSTABLE: ClassVar[bool]


_WIRE_NAMES: dict[tuple[type[KafkaStruct], int], frozenset[str]] = {}


def _wire_names(cls: type[KafkaStruct], version: int) -> frozenset[str]:
    names = _WIRE_NAMES.get((cls, version))
    if names is None:
        names = frozenset(f.name for f in cls.INFO.fields
                          if f.in_version(version) and f.tag is None)
        _WIRE_NAMES[(cls, version)] = names
    return names


def _walk(cls: type[KafkaStruct], version: int, walk: Callable[[Buffer, int], int],
          buf: Buffer, pos: int) -> int:
    try:
        end = walk(buf, pos)
    except DecodeError as exc:
        raise DecodeError(f"{cls.__name__} v{version}: {exc}") from exc
    except (struct.error, IndexError) as exc:
        raise DecodeError(f"{cls.__name__} v{version}: message truncated") from exc
    if end > len(buf):
        raise DecodeError(f"{cls.__name__} v{version}: message truncated")
    return end


def _version_problem(cls: type[KafkaStruct], version: int) -> str:
    valid = getattr(cls, "VALID_VERSIONS", None)
    if valid is None:
        known = sorted(cls.DECODERS)
        valid = (known[0], known[-1]) if known else (0, -1)
    return f"{cls.__name__} has no version {version} (valid: v{valid[0]}-v{valid[1]})"


def _decode_reason(exc: Exception) -> str:
    if isinstance(exc, struct.error | IndexError):
        return "message truncated"
    if isinstance(exc, UnicodeDecodeError):
        return f"invalid UTF-8 in a string ({exc.reason})"
    return str(exc)


@dataclass(frozen=True, slots=True)
class FieldInfo:
    """One field of a struct, as the spec declares it (versions are inclusive ranges).

    `kind` is a primitive name, `struct`, `[]struct` or `[]<primitive>`.
    """

    name: str
    kind: str
    versions: tuple[int, int]
    nullable: tuple[int, int] | None = None
    tag: int | None = None
    default: Any = MISSING
    ignorable: bool = False
    struct: type[KafkaStruct] | None = None
    # Kafka's field-level "flexibleVersions": "none" (RequestHeader.ClientId).
    never_flexible: bool = False

    def in_version(self, version: int) -> bool:
        """Whether the field exists in `version`."""
        return self.versions[0] <= version <= self.versions[1]

    def nullable_in(self, version: int) -> bool:
        """Whether the field may be null in `version`."""
        return self.nullable is not None and self.nullable[0] <= version <= self.nullable[1]

    def kafka_default(self) -> Any:
        """The value Kafka gives the field when it is not on the wire."""
        if self.default is not MISSING:
            return self.default
        if self.kind.startswith("[]"):
            return []
        if self.kind == "struct":
            assert self.struct is not None
            return kafka_default(self.struct)
        return _IMPLICIT_DEFAULTS[self.kind]


_IMPLICIT_DEFAULTS: dict[str, Any] = {
    "int8": 0, "int16": 0, "uint16": 0, "int32": 0, "int64": 0, "float64": 0.0,
    "bool": False, "string": "", "bytes": b"", "records": None, "uuid": bytes(16),
}


@dataclass(frozen=True, slots=True)
class StructInfo:
    """The fields of one generated struct, and whether it has tagged-field sections."""

    name: str
    fields: tuple[FieldInfo, ...]
    flexible: tuple[int, int] | None


def kafka_default(cls: type[KafkaStruct]) -> Any:
    """An instance of `cls` with every field at Kafka's default (tagged ones absent)."""
    values = {f.name: f.kafka_default() for f in cls.INFO.fields if f.tag is None}
    return cls(**values)


def non_default(value: Any, default: Any) -> bool:
    """Whether a field absent from a version was set to something it cannot carry."""
    return value is not MISSING and value is not UNSET and value != default


# --- readers: (buffer, offset) -> (value, offset) ----------------------------------------

_I16 = struct.Struct(">h")
_I32 = struct.Struct(">i")
_I8 = struct.Struct(">b")


def read_uvarint(buf: Buffer, pos: int) -> tuple[int, int]:
    """Read an unsigned varint of at most 5 bytes (a 32-bit quantity)."""
    result = 0
    shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift > 28:
            raise DecodeError("varint longer than 5 bytes")


def _compact_len(buf: Buffer, pos: int) -> tuple[int, int]:
    byte = buf[pos]
    if byte < 0x80:
        return byte - 1, pos + 1
    n, pos = read_uvarint(buf, pos)
    return n - 1, pos


def _sized(buf: Buffer, pos: int, n: int, what: str) -> int:
    end = pos + n
    if end > len(buf):
        raise DecodeError(f"{what} of {n} bytes runs past the end of the message")
    return end


def _null(what: str, n: int) -> DecodeError:
    if n == -1:
        return DecodeError(f"null {what} where the field is not nullable")
    return DecodeError(f"invalid {what} length {n}")


def _text(data: Buffer) -> str:
    return str(data, "utf-8")


def str_k(buf: Buffer, pos: int) -> tuple[str, int]:
    """A classic (int16-length) non-null string."""
    (n,) = _I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise _null("string", n)
    end = _sized(buf, pos, n, "string")
    return _text(buf[pos:end]), end


def nstr_k(buf: Buffer, pos: int) -> tuple[str | None, int]:
    """A classic nullable string."""
    (n,) = _I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        if n == -1:
            return None, pos
        raise _null("string", n)
    end = _sized(buf, pos, n, "string")
    return _text(buf[pos:end]), end


def str_c(buf: Buffer, pos: int) -> tuple[str, int]:
    """A compact (uvarint length + 1) non-null string."""
    n, pos = _compact_len(buf, pos)
    if n < 0:
        raise _null("string", n)
    end = _sized(buf, pos, n, "string")
    return _text(buf[pos:end]), end


def nstr_c(buf: Buffer, pos: int) -> tuple[str | None, int]:
    """A compact nullable string."""
    n, pos = _compact_len(buf, pos)
    if n < 0:
        return None, pos
    end = _sized(buf, pos, n, "string")
    return _text(buf[pos:end]), end


def bytes_k(buf: Buffer, pos: int) -> tuple[bytes, int]:
    """Classic (int32-length) non-null bytes, copied."""
    (n,) = _I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise _null("bytes", n)
    end = _sized(buf, pos, n, "bytes")
    return bytes(buf[pos:end]), end


def nbytes_k(buf: Buffer, pos: int) -> tuple[bytes | None, int]:
    """Classic nullable bytes, copied."""
    (n,) = _I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        if n == -1:
            return None, pos
        raise _null("bytes", n)
    end = _sized(buf, pos, n, "bytes")
    return bytes(buf[pos:end]), end


def bytes_c(buf: Buffer, pos: int) -> tuple[bytes, int]:
    """Compact non-null bytes, copied."""
    n, pos = _compact_len(buf, pos)
    if n < 0:
        raise _null("bytes", n)
    end = _sized(buf, pos, n, "bytes")
    return bytes(buf[pos:end]), end


def nbytes_c(buf: Buffer, pos: int) -> tuple[bytes | None, int]:
    """Compact nullable bytes, copied."""
    n, pos = _compact_len(buf, pos)
    if n < 0:
        return None, pos
    end = _sized(buf, pos, n, "bytes")
    return bytes(buf[pos:end]), end


def view_k(buf: Buffer, pos: int) -> tuple[Buffer, int]:
    """Classic non-null bytes as a slice of `buf` (zero-copy when `buf` is a memoryview)."""
    (n,) = _I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise _null("bytes", n)
    end = _sized(buf, pos, n, "bytes")
    return buf[pos:end], end


def nview_k(buf: Buffer, pos: int) -> tuple[Buffer | None, int]:
    """Classic nullable bytes (records) as a slice of `buf`."""
    (n,) = _I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        if n == -1:
            return None, pos
        raise _null("bytes", n)
    end = _sized(buf, pos, n, "bytes")
    return buf[pos:end], end


def view_c(buf: Buffer, pos: int) -> tuple[Buffer, int]:
    """Compact non-null bytes as a slice of `buf`."""
    n, pos = _compact_len(buf, pos)
    if n < 0:
        raise _null("bytes", n)
    end = _sized(buf, pos, n, "bytes")
    return buf[pos:end], end


def nview_c(buf: Buffer, pos: int) -> tuple[Buffer | None, int]:
    """Compact nullable bytes (records) as a slice of `buf`."""
    n, pos = _compact_len(buf, pos)
    if n < 0:
        return None, pos
    end = _sized(buf, pos, n, "bytes")
    return buf[pos:end], end


def uuid_(buf: Buffer, pos: int) -> tuple[bytes, int]:
    """A 16-byte uuid."""
    end = _sized(buf, pos, 16, "uuid")
    return bytes(buf[pos:end]), end


def _alen_k(buf: Buffer, pos: int) -> tuple[int, int]:
    (n,) = _I32.unpack_from(buf, pos)
    pos += 4
    # Every element takes at least one byte on the wire in practice; a forged length
    # beyond the bytes left is refused before anything loops over it.
    if n > len(buf) - pos:
        raise DecodeError(f"array of {n} runs past the end of the message")
    if n < -1:
        raise DecodeError(f"invalid array length {n}")
    return n, pos


def _alen_c(buf: Buffer, pos: int) -> tuple[int, int]:
    n, pos = _compact_len(buf, pos)
    if n > len(buf) - pos:
        raise DecodeError(f"array of {n} runs past the end of the message")
    return n, pos


_NULL_ARRAY = "null array where the field is not nullable"


# Compiled formats of short fixed-width arrays ("3i": three int32s), by (code, count).
# Bounded: counts above _ARRAY_CACHE_MAX are compiled on each use.
_ARRAY_FORMATS: dict[tuple[str, int], struct.Struct] = {}
_ARRAY_CACHE_MAX = 64


_FORMAT_LISTS: dict[str, list[struct.Struct]] = {}


def array_formats(code: str) -> list[struct.Struct]:
    """Compiled formats of 0..64 values of struct code `code` (index = count).

    The generated decoders and encoders read and write short fixed-width arrays inline
    with these, calling `farr_*`/`w_farr_*` only for longer or unusual ones.
    """
    formats = _FORMAT_LISTS.get(code)
    if formats is None:
        formats = [struct.Struct(f">{n}{code}") for n in range(_ARRAY_CACHE_MAX + 1)]
        _FORMAT_LISTS[code] = formats
    return formats


def _array_format(code: str, n: int) -> struct.Struct:
    fmt = _ARRAY_FORMATS.get((code, n))
    if fmt is None:
        fmt = struct.Struct(f">{n}{code}")
        if n <= _ARRAY_CACHE_MAX:
            _ARRAY_FORMATS[(code, n)] = fmt
    return fmt


def _fixed(buf: Buffer, pos: int, n: int, code: str, size: int) -> tuple[list[Any], int]:
    if n == 0:
        return [], pos
    return list(_array_format(code, n).unpack_from(buf, pos)), pos + n * size


def _each(read: Reader, buf: Buffer, pos: int, n: int) -> tuple[list[Any], int]:
    items = []
    for _ in range(n):
        item, pos = read(buf, pos)
        items.append(item)
    return items, pos


# The array readers are flat (no helper calls): they run once per array per struct, which
# for a 1,000-partition Metadata response is 3,000 times.


def farr_k(buf: Buffer, pos: int, code: str, size: int) -> tuple[list[Any], int]:
    """A classic non-null array of fixed-width values (struct format `code`)."""
    (n,) = _I32.unpack_from(buf, pos)
    pos += 4
    if n <= 0:
        if n == 0:
            return [], pos
        raise DecodeError(_NULL_ARRAY if n == -1 else f"invalid array length {n}")
    if n > len(buf) - pos:
        raise DecodeError(f"array of {n} runs past the end of the message")
    fmt = _ARRAY_FORMATS.get((code, n)) or _array_format(code, n)
    return list(fmt.unpack_from(buf, pos)), pos + n * size


def farr_c(buf: Buffer, pos: int, code: str, size: int) -> tuple[list[Any], int]:
    """A compact non-null array of fixed-width values."""
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n <= 0:
        if n == 0:
            return [], pos
        raise DecodeError(_NULL_ARRAY)
    if n > len(buf) - pos:
        raise DecodeError(f"array of {n} runs past the end of the message")
    fmt = _ARRAY_FORMATS.get((code, n)) or _array_format(code, n)
    return list(fmt.unpack_from(buf, pos)), pos + n * size


def nfarr_k(buf: Buffer, pos: int, code: str, size: int) -> tuple[list[Any] | None, int]:
    """A classic nullable array of fixed-width values."""
    n, pos = _alen_k(buf, pos)
    if n < 0:
        return None, pos
    return _fixed(buf, pos, n, code, size)


def nfarr_c(buf: Buffer, pos: int, code: str, size: int) -> tuple[list[Any] | None, int]:
    """A compact nullable array of fixed-width values."""
    n, pos = _alen_c(buf, pos)
    if n < 0:
        return None, pos
    return _fixed(buf, pos, n, code, size)


def arr_k(read: Reader, buf: Buffer, pos: int) -> tuple[list[Any], int]:
    """A classic non-null array of values each read by `read`."""
    (n,) = _I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError(_NULL_ARRAY if n == -1 else f"invalid array length {n}")
    if n > len(buf) - pos:
        raise DecodeError(f"array of {n} runs past the end of the message")
    items = []
    for _ in range(n):
        item, pos = read(buf, pos)
        items.append(item)
    return items, pos


def arr_c(read: Reader, buf: Buffer, pos: int) -> tuple[list[Any], int]:
    """A compact non-null array of values each read by `read`."""
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError(_NULL_ARRAY)
    if n > len(buf) - pos:
        raise DecodeError(f"array of {n} runs past the end of the message")
    items = []
    for _ in range(n):
        item, pos = read(buf, pos)
        items.append(item)
    return items, pos


def narr_k(read: Reader, buf: Buffer, pos: int) -> tuple[list[Any] | None, int]:
    """A classic nullable array of values each read by `read`."""
    n, pos = _alen_k(buf, pos)
    if n < 0:
        return None, pos
    return _each(read, buf, pos, n)


def narr_c(read: Reader, buf: Buffer, pos: int) -> tuple[list[Any] | None, int]:
    """A compact nullable array of values each read by `read`."""
    n, pos = _alen_c(buf, pos)
    if n < 0:
        return None, pos
    return _each(read, buf, pos, n)


def stray_tag_bytes(tag: int, pos: int, end: int) -> DecodeError:
    """The error for a known tagged field whose value does not fill its declared size."""
    return DecodeError(f"tagged field {tag} has {end - pos} stray bytes")


def read_tags(buf: Buffer, pos: int) -> tuple[dict[int, Buffer] | None, int]:
    """A tagged-field section of unknown tags only: {tag: payload} (None when empty)."""
    count, pos = read_uvarint(buf, pos)
    unknown: dict[int, Buffer] | None = None
    last = -1
    for _ in range(count):
        tag, pos, end = tag_header(buf, pos, last)
        last = tag
        if unknown is None:
            unknown = {}
        unknown[tag] = bytes(buf[pos:end])
        pos = end
    return unknown, pos


def tag_header(buf: Buffer, pos: int, last: int) -> tuple[int, int, int]:
    """Read one tag and its size; return (tag, payload offset, payload end)."""
    tag, pos = read_uvarint(buf, pos)
    size, pos = read_uvarint(buf, pos)
    # KIP-482: tags are written in strictly increasing order.
    if tag <= last:
        raise DecodeError(f"tagged field {tag} out of order")
    end = pos + size
    if end > len(buf):
        raise DecodeError(f"tagged field {tag} runs past the end of the message")
    return tag, pos, end


# --- skippers: (buffer, offset) -> offset, for walking without building values -------------


def skip_k16(buf: Buffer, pos: int) -> int:
    """Step over a classic (int16-length) string; null is -1."""
    (n,) = _I16.unpack_from(buf, pos)
    if n < -1:
        raise DecodeError(f"invalid string length {n}")
    return pos + 2 + n if n > 0 else pos + 2


def skip_k32(buf: Buffer, pos: int) -> int:
    """Step over classic (int32-length) bytes; null is -1."""
    (n,) = _I32.unpack_from(buf, pos)
    if n < -1:
        raise DecodeError(f"invalid bytes length {n}")
    return pos + 4 + n if n > 0 else pos + 4


def skip_c(buf: Buffer, pos: int) -> int:
    """Step over a compact string or bytes; null is 0."""
    byte = buf[pos]
    if byte < 0x80:
        return pos + byte if byte else pos + 1
    n, pos = read_uvarint(buf, pos)
    return pos + n - 1


def count_k(buf: Buffer, pos: int) -> tuple[int, int]:
    """A classic array length, null counted as 0, bounded by the bytes left."""
    n, pos = _alen_k(buf, pos)
    return (n if n > 0 else 0), pos


def count_c(buf: Buffer, pos: int) -> tuple[int, int]:
    """A compact array length, null counted as 0, bounded by the bytes left."""
    byte = buf[pos]
    if byte < 0x80:
        pos += 1
        n = byte - 1
    else:
        n, pos = read_uvarint(buf, pos)
        n -= 1
    if n > len(buf) - pos:
        raise DecodeError(f"array of {n} runs past the end of the message")
    return (n if n > 0 else 0), pos


def skip_tags(buf: Buffer, pos: int) -> int:
    """Step over a tagged-field section; DecodeError if it does not fit in `buf`."""
    return _tag_walk(buf, pos, None)


def tagged_section_tags(buf: Buffer, pos: int) -> list[int]:
    """The tags present in the tagged-field section at `pos`."""
    tags: list[int] = []
    _tag_walk(buf, pos, tags)
    return tags


def _tag_walk(buf: Buffer, pos: int, tags: list[int] | None) -> int:
    try:
        count, pos = read_uvarint(buf, pos)
        for _ in range(count):
            tag, pos = read_uvarint(buf, pos)
            size, pos = read_uvarint(buf, pos)
            pos += size
            if pos > len(buf):
                raise DecodeError("tagged field runs past the end of the message")
            if tags is not None:
                tags.append(tag)
    except IndexError as exc:
        raise DecodeError("message truncated inside a varint of a tagged-field section"
                          ) from exc
    return pos


def is_flexible(cls: type[KafkaStruct], version: int) -> bool:
    """Whether `version` of the message `cls` belongs to uses compact encodings."""
    flexible = cls.INFO.flexible
    return flexible is not None and flexible[0] <= version <= flexible[1]


def decode_array(cls: type[KafkaStruct], buf: Buffer, version: int, pos: int
                 ) -> tuple[list[Any], int]:
    """A non-null array of `cls` of `version` at `pos`; return it and the offset after it."""
    decoder = cls.DECODERS[version]
    try:
        return (arr_c if is_flexible(cls, version) else arr_k)(decoder, buf, pos)
    except DecodeError as exc:
        raise DecodeError(f"{cls.__name__} v{version}: {exc}") from exc
    except (struct.error, IndexError, ValueError, OverflowError, TypeError) as exc:
        raise DecodeError(f"{cls.__name__} v{version}: {_decode_reason(exc)}") from exc


def encode_array(out: bytearray, cls: type[KafkaStruct], items: Sequence[KafkaStruct],
                 version: int) -> None:
    """Append a non-null array of `cls` in `version` to `out`."""
    (w_alen_c if is_flexible(cls, version) else w_alen_k)(out, len(items))
    for item in items:
        if not isinstance(item, cls):
            raise EncodeError(f"{cls.__name__} array holds a {type(item).__name__}")
        item.encode_into(out, version)


# --- dicts: for code that builds messages from tables or hands plain data on ------------


def _loose_default(f: FieldInfo, version: int) -> Any:
    if f.default is MISSING and f.nullable_in(version) and f.kind in (
            "string", "bytes", "records", "struct"):
        return None
    if f.default is MISSING and f.kind == "struct":
        assert f.struct is not None
        return from_dict(f.struct, {}, version)
    return f.kafka_default()


def from_dict(cls: type[KafkaStruct], data: Mapping[str, Any], version: int) -> Any:
    """A `cls` for `version` from a dict of its fields (nested structs as dicts too).

    A name that is no field of `cls` is an EncodeError naming it; values of fields that
    `version` does not have are dropped; fields not given take Kafka's default (null
    where the field is nullable); tagged fields not given stay absent. `unknown_tags`
    is taken as is.
    """
    info = cls.INFO
    fields = {f.name: f for f in info.fields}
    for name in data:
        if name not in fields and name != "unknown_tags":
            raise EncodeError(f"{cls.__name__} has no field {name!r}")
    values: dict[str, Any] = {}
    for f in info.fields:
        if f.name in data and f.in_version(version):
            value = data[f.name]
            if f.struct is not None and value is not None:
                if f.kind == "[]struct":
                    value = [v if isinstance(v, KafkaStruct) else from_dict(f.struct, v, version)
                             for v in value]
                elif not isinstance(value, KafkaStruct):
                    value = from_dict(f.struct, value, version)
            values[f.name] = value
        elif f.tag is None:
            values[f.name] = _loose_default(f, version)
    if data.get("unknown_tags"):
        values["unknown_tags"] = dict(data["unknown_tags"])
    return cls(**values)


def to_dict(value: KafkaStruct, version: int) -> dict[str, Any]:
    """The fields of `value` that `version` has on the wire, nested structs as dicts.

    Tagged fields appear only when set; `unknown_tags` only when there are any.
    """
    out: dict[str, Any] = {}
    for f in type(value).INFO.fields:
        if not f.in_version(version):
            continue
        item = getattr(value, f.name)
        if item is UNSET:
            continue
        if isinstance(item, KafkaStruct):
            item = to_dict(item, version)
        elif f.kind == "[]struct" and item is not None:
            item = [to_dict(v, version) for v in item]
        out[f.name] = item
    unknown = getattr(value, "unknown_tags", None)
    if unknown:
        out["unknown_tags"] = unknown
    return out


# --- writers: (out, value) -> None -------------------------------------------------------


def w_uvarint(out: bytearray, value: int) -> None:
    """Append an unsigned varint."""
    if value < 0:
        raise ValueError(f"negative uvarint {value}")
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def w_str_k(out: bytearray, value: str) -> None:
    """A classic non-null string."""
    data = value.encode()
    out += _I16.pack(len(data))
    out += data


def w_nstr_k(out: bytearray, value: str | None) -> None:
    """A classic nullable string."""
    if value is None:
        out += b"\xff\xff"
        return
    data = value.encode()
    out += _I16.pack(len(data))
    out += data


def w_str_c(out: bytearray, value: str) -> None:
    """A compact non-null string."""
    data = value.encode()
    n = len(data) + 1
    # Kafka refuses strings longer than a classic int16 length in compact form too.
    if n > 0x8000:
        raise ValueError("string longer than 32767 bytes")
    if n < 0x80:
        out.append(n)
    else:
        w_uvarint(out, n)
    out += data


def w_nstr_c(out: bytearray, value: str | None) -> None:
    """A compact nullable string."""
    if value is None:
        out.append(0)
        return
    w_str_c(out, value)


def w_bytes_k(out: bytearray, value: Buffer) -> None:
    """Classic non-null bytes."""
    out += _I32.pack(len(value))
    out += value


def w_nbytes_k(out: bytearray, value: Buffer | None) -> None:
    """Classic nullable bytes."""
    if value is None:
        out += b"\xff\xff\xff\xff"
        return
    out += _I32.pack(len(value))
    out += value


def w_bytes_c(out: bytearray, value: Buffer) -> None:
    """Compact non-null bytes."""
    w_uvarint(out, len(value) + 1)
    out += value


def w_nbytes_c(out: bytearray, value: Buffer | None) -> None:
    """Compact nullable bytes."""
    if value is None:
        out.append(0)
        return
    w_uvarint(out, len(value) + 1)
    out += value


def w_uuid(out: bytearray, value: bytes) -> None:
    """A 16-byte uuid."""
    if len(value) != 16:
        raise ValueError("a uuid is 16 bytes")
    out += value


def w_alen_k(out: bytearray, n: int) -> None:
    """A classic array length (-1 for null)."""
    out += _I32.pack(n)


def w_alen_c(out: bytearray, n: int) -> None:
    """A compact array length (-1 for null)."""
    if n < 0x7F:
        out.append(n + 1)
    else:
        w_uvarint(out, n + 1)


def w_farr_k(out: bytearray, values: Sequence[Any], code: str) -> None:
    """A classic non-null array of fixed-width values."""
    n = len(values)
    out += _I32.pack(n)
    if n:
        out += (_ARRAY_FORMATS.get((code, n)) or _array_format(code, n)).pack(*values)


def w_farr_c(out: bytearray, values: Sequence[Any], code: str) -> None:
    """A compact non-null array of fixed-width values."""
    n = len(values)
    if n < 0x7F:
        out.append(n + 1)
    else:
        w_uvarint(out, n + 1)
    if n:
        out += (_ARRAY_FORMATS.get((code, n)) or _array_format(code, n)).pack(*values)


def w_nfarr_k(out: bytearray, values: Sequence[Any] | None, code: str) -> None:
    """A classic nullable array of fixed-width values."""
    if values is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_farr_k(out, values, code)


def w_nfarr_c(out: bytearray, values: Sequence[Any] | None, code: str) -> None:
    """A compact nullable array of fixed-width values."""
    if values is None:
        out.append(0)
    else:
        w_farr_c(out, values, code)


def w_each(write: Callable[[bytearray, Any], None], out: bytearray, values: Sequence[Any]) -> None:
    """Values, each written by `write`."""
    for value in values:
        write(out, value)


def w_tags(out: bytearray, fields: dict[int, Buffer]) -> None:
    """A tagged-field section, in tag order."""
    w_uvarint(out, len(fields))
    for tag in sorted(fields):
        payload = fields[tag]
        w_uvarint(out, tag)
        w_uvarint(out, len(payload))
        out += payload


def w_nstruct_marker(out: bytearray, present: bool) -> None:
    """The int8 marker of a nullable struct: 1 present, -1 null."""
    out += b"\x01" if present else b"\xff"


def read_marker(buf: Buffer, pos: int) -> tuple[bool, int]:
    """Read the int8 marker of a nullable struct; True when the struct follows."""
    (marker,) = _I8.unpack_from(buf, pos)
    return marker >= 0, pos + 1


# --- the slow path: why did an encode fail? ----------------------------------------------

_INT_RANGES = {
    "int8": (-(2**7), 2**7 - 1), "int16": (-(2**15), 2**15 - 1), "uint16": (0, 2**16 - 1),
    "int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1),
}


def explain(message: KafkaStruct, version: int, exc: Exception) -> EncodeError:
    """The first problem that stops `message` from encoding in `version`, with its path."""
    problem = _struct_problem(message, type(message).__name__, version)
    if problem is None:
        problem = f"{type(message).__name__} v{version}: {exc!r}"
    return EncodeError(problem)


def _struct_problem(value: Any, path: str, version: int) -> str | None:
    info = type(value).INFO
    flexible = info.flexible is not None and info.flexible[0] <= version <= info.flexible[1]
    if value.unknown_tags if hasattr(value, "unknown_tags") else False:
        if not flexible:
            return (f"{path}.unknown_tags are set, but version {version} of "
                    f"{info.name} has no tagged fields")
        for tag, payload in value.unknown_tags.items():
            if not isinstance(tag, int) or tag < 0 or not isinstance(payload, bytes | bytearray
                                                                     | memoryview):
                return f"{path}.unknown_tags[{tag!r}] must map a tag >= 0 to bytes"
            if any(f.tag == tag and f.in_version(version) for f in info.fields):
                return f"{path}.unknown_tags[{tag}] is the tag of a known field"
    for f in info.fields:
        field_path = f"{path}.{f.name}"
        field_value = getattr(value, f.name)
        if not f.in_version(version):
            if not f.ignorable and non_default(field_value, f.kafka_default()):
                return f"Attempted to write a non-default {field_path} at version {version}"
            continue
        if f.tag is not None:
            if field_value is UNSET:
                continue
            if not flexible:
                return f"{field_path} is tagged, but version {version} has no tagged fields"
        problem = _value_problem(f, field_value, field_path, version)
        if problem is not None:
            return problem
    return None


def _value_problem(f: FieldInfo, value: Any, path: str, version: int) -> str | None:
    if value is MISSING:
        return f"{path} is required in version {version} (it has no default)"
    if value is None:
        if f.nullable_in(version):
            return None
        return f"{path} is None, but it is not nullable in version {version}"
    if f.kind.startswith("[]"):
        if not isinstance(value, list | tuple):
            return f"{path} must be a list, not {type(value).__name__}"
        element = f.kind[2:]
        for i, item in enumerate(value):
            problem = _element_problem(f, element, item, f"{path}[{i}]", version)
            if problem is not None:
                return problem
        return None
    return _element_problem(f, f.kind, value, path, version)


def _element_problem(f: FieldInfo, type_: str, value: Any, path: str, version: int
                     ) -> str | None:
    if type_ == "struct":
        assert f.struct is not None
        if not isinstance(value, f.struct):
            return f"{path} must be a {f.struct.__name__}, not {type(value).__name__}"
        return _struct_problem(value, path, version)
    if value is MISSING or value is None:
        return f"{path} must be a {type_}, not {value!r}"
    if type_ in _INT_RANGES:
        low, high = _INT_RANGES[type_]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            return f"{path} must be an {type_} ({low}..{high}), not {value!r}"
    elif type_ == "bool":
        if not isinstance(value, bool):
            return f"{path} must be a bool, not {value!r}"
    elif type_ == "float64":
        if not isinstance(value, float | int) or isinstance(value, bool) or (
                isinstance(value, int) and not math.isfinite(float(value))):
            return f"{path} must be a float, not {value!r}"
    elif type_ == "string":
        if not isinstance(value, str):
            return f"{path} must be a str, not {type(value).__name__}"
        try:
            size = len(value.encode())
        except UnicodeEncodeError:
            return f"{path} cannot be encoded as UTF-8"
        if size > 0x7FFF:
            return f"{path} is {size} bytes, longer than a Kafka string may be (32767)"
    elif type_ == "uuid":
        if not isinstance(value, bytes | bytearray | memoryview) or len(value) != 16:
            return f"{path} must be 16 bytes (a uuid), not {value!r}"
    elif type_ in ("bytes", "records") and not isinstance(value, bytes | bytearray
                                                           | memoryview):
        return f"{path} must be bytes, not {type(value).__name__}"
    return None

