"""Errors raised by the sans-I/O Kafka codec."""

from __future__ import annotations


class ProtocolError(Exception):
    """Bytes from a peer that do not follow the Kafka protocol.

    `error_code` is the Kafka error code a broker would answer with, when one fits
    (for example UNSUPPORTED_VERSION); None means the only sane answer is to close
    the connection.
    """

    def __init__(self, message: str, error_code: int | None = None) -> None:
        super().__init__(message)
        self.error_code = error_code


class FrameTooLarge(ProtocolError):
    """A frame header claimed more bytes than the configured maximum."""


# Kafka error codes Sluice produces itself (see org.apache.kafka.common.protocol.Errors).
NONE = 0
CORRUPT_MESSAGE = 2
COORDINATOR_NOT_AVAILABLE = 15
UNSUPPORTED_VERSION = 35
INVALID_REQUEST = 42
