"""Local and remote protocol errors (h11's split), with the old names still working."""

from __future__ import annotations

from gateway.protocol.codec_runtime import DecodeError
from gateway.protocol.errors import (
    UNSUPPORTED_VERSION,
    FrameTooLarge,
    LocalProtocolError,
    ProtocolError,
    RemoteProtocolError,
)
from gateway.protocol.request_check import check_request
from tests.kafka_frames import metadata


def test_the_split_keeps_protocol_error_as_the_common_base() -> None:
    assert issubclass(RemoteProtocolError, ProtocolError)
    assert issubclass(LocalProtocolError, ProtocolError)
    assert issubclass(FrameTooLarge, RemoteProtocolError)
    assert issubclass(DecodeError, ProtocolError)
    assert RemoteProtocolError("x", 35).error_code == 35
    assert LocalProtocolError("x").error_code is None


def test_the_version_gate_says_what_to_answer() -> None:
    try:
        check_request(metadata(1, version=12), {3: (0, 9)})
    except RemoteProtocolError as exc:
        assert exc.error_code == UNSUPPORTED_VERSION
        assert str(exc) == "Metadata v12 is not supported (supported: v0-v9)"
    else:
        raise AssertionError("v12 passed a gate of v0-v9")
