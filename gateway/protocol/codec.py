"""The typed codec of every Kafka API: look up a message class, decode and encode frames.

The classes are generated from Kafka's own message specs (gateway/protocol/specs/) into
`gateway/protocol/generated/` by `python -m gateway.protocol.codegen`; this module is
the way in. A generated module is imported the first time one of its messages is asked
for, so a gateway that only ever rewrites Metadata loads only the Metadata codec.

    header, body, trailing = decode_request(frame)          # frame: size prefix included
    body.Topics[0].Name = "renamed"
    frame = encode_request(header, body, trailing)

Code that must not decode a whole message walks it instead: every generated struct has,
per version, `skip(buf, version, pos)` (the offset after it, found by lengths alone) and
`offset_of(buf, version, pos, name)` (the offset of one field, walking only what precedes
it). The Metadata rewrite splices at the broker list that way, and the KIP-951 check of
Produce and Fetch responses finds their top-level tagged fields without decoding a topic.

Header versions follow Kafka: request header v2 and response header v1 for flexible
versions, v1 and v0 otherwise; ControlledShutdown v0 requests use header v0, and
ApiVersions responses always use header v0 so that a client can read the answer before it
knows which versions the broker speaks (KIP-511).
"""

from __future__ import annotations

import importlib
import struct
from typing import Any, NamedTuple

from . import api_keys
from .codec_runtime import Buffer, DecodeError, EncodeError, Message
from .errors import UNSUPPORTED_VERSION
from .generated import REQUESTS, RESPONSES, Entry
from .generated.request_header import RequestHeader
from .generated.response_header import ResponseHeader

__all__ = [
    "DecodeError", "DecodedRequest", "DecodedResponse", "EncodeError", "Message",
    "RequestHeader", "ResponseHeader", "decode_request", "decode_response",
    "encode_request", "encode_response", "request_class", "request_header_version",
    "response_class", "response_header_version", "supported_versions",
]

_SIZE = struct.Struct(">i")
_HEADER_START = struct.Struct(">hh")
_classes: dict[tuple[str, int], type[Message]] = {}


def _load(kind: str, table: dict[int, Entry], api_key: int) -> type[Message]:
    cls = _classes.get((kind, api_key))
    if cls is None:
        entry = table.get(api_key)
        if entry is None:
            raise DecodeError(f"unknown API key {api_key}", UNSUPPORTED_VERSION)
        module = importlib.import_module(f"{__package__}.generated.{entry[0]}")
        cls = getattr(module, entry[1])
        assert isinstance(cls, type) and issubclass(cls, Message)
        _classes[(kind, api_key)] = cls
    return cls


def _check_version(cls: type[Message], version: int) -> None:
    low, high = cls.VALID_VERSIONS
    if not low <= version <= high:
        raise DecodeError(
            f"{api_keys.api_name(cls.API_KEY)} v{version} is not supported "
            f"(this codec knows v{low}-v{high})", UNSUPPORTED_VERSION)


def request_class(api_key: int, version: int) -> type[Message]:
    """The request class of (api key, version); DecodeError if the codec lacks it."""
    cls = _load("request", REQUESTS, api_key)
    _check_version(cls, version)
    return cls


def response_class(api_key: int, version: int) -> type[Message]:
    """The response class of (api key, version); DecodeError if the codec lacks it."""
    cls = _load("response", RESPONSES, api_key)
    _check_version(cls, version)
    return cls


def supported_versions() -> dict[int, tuple[int, int]]:
    """{api key: (lowest, highest version)} of every request the codec knows."""
    return {key: (entry[2], entry[3]) for key, entry in REQUESTS.items()}


def _is_flexible(entry: Entry | None, version: int) -> bool:
    return entry is not None and entry[4] is not None and version >= entry[4]


def request_header_version(api_key: int, api_version: int) -> int:
    """Header version used by a request (0, 1 or 2)."""
    if api_key == api_keys.CONTROLLED_SHUTDOWN and api_version == 0:
        return 0
    return 2 if _is_flexible(REQUESTS.get(api_key), api_version) else 1


def response_header_version(api_key: int, api_version: int) -> int:
    """Header version used by a response (0 or 1)."""
    if api_key == api_keys.API_VERSIONS:
        return 0
    return 1 if _is_flexible(RESPONSES.get(api_key), api_version) else 0


class DecodedRequest(NamedTuple):
    """A request frame: header, body, and any bytes after the body inside the frame."""

    header: RequestHeader
    body: Any
    trailing: bytes


class DecodedResponse(NamedTuple):
    """A response frame: header, body, and any bytes after the body inside the frame."""

    header: ResponseHeader
    body: Any
    trailing: bytes


def _frame_end(frame: Buffer) -> int:
    if len(frame) < 4:
        raise DecodeError("frame shorter than its size prefix")
    (size,) = _SIZE.unpack_from(frame, 0)
    if size != len(frame) - 4:
        raise DecodeError(f"frame says {size} bytes but holds {len(frame) - 4}")
    return len(frame)


def decode_request(frame: Buffer) -> DecodedRequest:
    """Decode a request frame (4-byte size prefix included)."""
    end = _frame_end(frame)
    if end < 8:
        raise DecodeError("request has no header")
    api_key, version = _HEADER_START.unpack_from(frame, 4)
    cls = request_class(api_key, version)
    header, pos = RequestHeader.decode(frame, request_header_version(api_key, version), 4)
    body, pos = cls.decode(frame, version, pos)
    return DecodedRequest(header, body, bytes(frame[pos:end]))


def decode_response(frame: Buffer, api_key: int, api_version: int) -> DecodedResponse:
    """Decode a response frame to a request of (api key, version); size prefix included."""
    end = _frame_end(frame)
    cls = response_class(api_key, api_version)
    header, pos = ResponseHeader.decode(frame, response_header_version(api_key, api_version),
                                        4)
    body, pos = cls.decode(frame, api_version, pos)
    return DecodedResponse(header, body, bytes(frame[pos:end]))


def _framed(out: bytearray) -> bytes:
    out[0:4] = _SIZE.pack(len(out) - 4)
    return bytes(out)


def encode_request(header: RequestHeader, body: Message, trailing: bytes = b"") -> bytes:
    """Encode a request frame (size prefix included) at the header's api version."""
    api_key, version = header.RequestApiKey, header.RequestApiVersion
    if api_key != body.API_KEY or body.KIND != "request":
        raise EncodeError(f"{type(body).__name__} is not a request of API key {api_key}")
    out = bytearray(4)
    header.encode_into(out, request_header_version(api_key, version))
    body.encode_into(out, version)
    out += trailing
    return _framed(out)


def encode_response(header: ResponseHeader, body: Message, api_version: int,
                    trailing: bytes = b"") -> bytes:
    """Encode a response frame (size prefix included) in `api_version`."""
    if body.KIND != "response":
        raise EncodeError(f"{type(body).__name__} is not a response")
    out = bytearray(4)
    header.encode_into(out, response_header_version(body.API_KEY, api_version))
    body.encode_into(out, api_version)
    out += trailing
    return _framed(out)
