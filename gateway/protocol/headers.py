"""Kafka request and response headers.

Request header v0: api_key, api_version, correlation_id. v1 adds client_id, a
*classic* nullable string even in flexible versions. v2 (flexible APIs) adds tagged
fields. Response header v0 is the correlation id; v1 (flexible APIs) adds tagged
fields -- except ApiVersions, whose response header is always v0 so that a client can
parse the answer before it knows which versions the broker speaks (KIP-511).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from . import api_keys
from .codec_runtime import skip_tags as skip_tagged_fields
from .errors import ProtocolError
from .generated import REQUESTS, RESPONSES, Entry

_HEADER_START = struct.Struct(">hhi")
_INT16 = struct.Struct(">h")
_CORRELATION = struct.Struct(">i")
FRAME_PREFIX = 4


def _is_flexible(table: dict[int, Entry], api_key: int, api_version: int) -> bool:
    """Flexible per the generated codec's specs; per api_keys for APIs newer than those."""
    entry = table.get(api_key)
    if entry is None:
        return api_keys.is_flexible(api_key, api_version)
    return entry[4] is not None and api_version >= entry[4]


@dataclass(frozen=True, slots=True)
class RequestHeader:
    """The parsed header of a request frame; `body_offset` indexes the frame."""

    api_key: int
    api_version: int
    correlation_id: int
    client_id: str | None
    body_offset: int


def request_header_version(api_key: int, api_version: int) -> int:
    """Header version used by a request (0, 1 or 2)."""
    if api_key == api_keys.CONTROLLED_SHUTDOWN and api_version == 0:
        return 0
    return 2 if _is_flexible(REQUESTS, api_key, api_version) else 1


def response_header_version(api_key: int, api_version: int) -> int:
    """Header version used by a response (0 or 1)."""
    if api_key == api_keys.API_VERSIONS:
        return 0
    return 1 if _is_flexible(RESPONSES, api_key, api_version) else 0


def peek_request_start(frame: bytes) -> tuple[int, int, int]:
    """Read (api key, api version, correlation id), valid for every header version."""
    if len(frame) < FRAME_PREFIX + _HEADER_START.size:
        raise ProtocolError(f"request of {len(frame) - FRAME_PREFIX} bytes has no header")
    key, version, correlation_id = _HEADER_START.unpack_from(frame, FRAME_PREFIX)
    return key, version, correlation_id


def parse_request_header(frame: bytes, start: tuple[int, int, int] | None = None
                         ) -> RequestHeader:
    """Parse the header of a request frame (size prefix included).

    `start` is what `peek_request_start` returned for the frame, if the caller has it.
    """
    api_key, api_version, correlation_id = start or peek_request_start(frame)
    pos = FRAME_PREFIX + _HEADER_START.size
    client_id = None
    header_version = request_header_version(api_key, api_version)
    if header_version >= 1:
        if pos + 2 > len(frame):
            raise ProtocolError("request header truncated before client id")
        (length,) = _INT16.unpack_from(frame, pos)
        pos += 2
        if length >= 0:
            if pos + length > len(frame):
                raise ProtocolError("client id runs past the end of the request")
            try:
                client_id = frame[pos:pos + length].decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ProtocolError("client id is not UTF-8") from exc
            pos += length
        elif length != -1:
            raise ProtocolError(f"invalid client id length {length}")
    if header_version >= 2:
        pos = skip_tagged_fields(frame, pos)
    return RequestHeader(api_key, api_version, correlation_id, client_id, pos)


def response_correlation_id(frame: bytes) -> int:
    """The correlation id of a response frame (first field of every header version)."""
    if len(frame) < FRAME_PREFIX + _CORRELATION.size:
        raise ProtocolError("response has no correlation id")
    correlation_id: int = _CORRELATION.unpack_from(frame, FRAME_PREFIX)[0]
    return correlation_id


def response_body_offset(frame: bytes, api_key: int, api_version: int) -> int:
    """Offset in a response frame at which the body starts."""
    pos = FRAME_PREFIX + _CORRELATION.size
    if response_header_version(api_key, api_version) >= 1:
        pos = skip_tagged_fields(frame, pos)
    return pos


def encode_request_header(
    api_key: int, api_version: int, correlation_id: int, client_id: str | None
) -> bytes:
    """Encode a request header for (api key, version)."""
    out = bytearray(_HEADER_START.pack(api_key, api_version, correlation_id))
    header_version = request_header_version(api_key, api_version)
    if header_version >= 1:
        if client_id is None:
            out += _INT16.pack(-1)
        else:
            data = client_id.encode("utf-8")
            out += _INT16.pack(len(data)) + data
    if header_version >= 2:
        out.append(0)
    return bytes(out)


def encode_response_header(api_key: int, api_version: int, correlation_id: int) -> bytes:
    """Encode a response header with no tagged fields."""
    out = _CORRELATION.pack(correlation_id)
    if response_header_version(api_key, api_version) >= 1:
        out += b"\x00"
    return out
