"""The checks every client request passes before the gateway forwards it.

Every request's header is checked, not only the first one's: a known API key, a version
both the gateway and the brokers speak, and a header that parses (client id inside the
frame, tagged fields well-formed). A request that fails closes the client's connection
with the reason; it never reaches the broker.
"""

from __future__ import annotations

from . import api_keys
from .codec_runtime import DecodeError
from .errors import INVALID_REQUEST, UNSUPPORTED_VERSION, ProtocolError, RemoteProtocolError
from .generated.produce_request import ProduceRequest
from .headers import RequestHeader, parse_request_header, peek_request_start
from .versions import VersionRanges


def is_too_new_api_versions(api_key: int, api_version: int, ranges: VersionRanges) -> bool:
    """An ApiVersions request newer than advertised, which gets a local v0 answer (KIP-511)."""
    supported = ranges.get(api_keys.API_VERSIONS)
    return api_key == api_keys.API_VERSIONS and (supported is None or api_version > supported[1])


def check_request(frame: bytes, ranges: VersionRanges,
                  start: tuple[int, int, int] | None = None) -> RequestHeader:
    """The header of a request the gateway may forward; ProtocolError says why not.

    `start` is what `peek_request_start` returned for the frame, if the caller has it
    (the header is then read once).
    """
    if start is None:
        start = peek_request_start(frame)
    api_key, version, correlation_id = start
    if api_key not in api_keys.API_KEYS:
        raise RemoteProtocolError(
            f"unknown API key {api_key} (correlation id {correlation_id})")
    supported = ranges.get(api_key)
    if supported is None or not supported[0] <= version <= supported[1]:
        allowed = f"v{supported[0]}-v{supported[1]}" if supported else "none"
        raise RemoteProtocolError(
            f"{api_keys.api_name(api_key)} v{version} is not supported (supported: {allowed})",
            UNSUPPORTED_VERSION,
        )
    try:
        return parse_request_header(frame, start)
    except ProtocolError as exc:
        raise RemoteProtocolError(
            f"malformed {api_keys.api_name(api_key)} v{version} request header "
            f"(correlation id {correlation_id}): {exc}", INVALID_REQUEST,
        ) from exc


def produce_expects_response(frame: bytes, header: RequestHeader) -> bool:
    """Whether a Produce request wants an answer (acks=0 gets none)."""
    acks_at = ProduceRequest.offset_of(frame, header.api_version, header.body_offset, "Acks")
    if acks_at + 2 > len(frame):
        raise DecodeError("Produce request truncated before acks")
    return frame[acks_at:acks_at + 2] != b"\x00\x00"
