"""Errors of the sans-I/O protocol code, split as h11 splits them.

* `RemoteProtocolError`: the peer (a client or a broker) broke the protocol. It carries
  the Kafka error code to answer with, when one fits (None: the only sane answer is to
  close the connection). The audit log, the metrics and an interceptor's `fail` use it.
* `LocalProtocolError`: the gateway itself is wrong: a caller used the API out of order
  (fed broker bytes before opening the broker, fed bytes after a close), or a message
  cannot be encoded. It is our bug or our configuration, never the peer's.

Both are `ProtocolError`s, the older name that most of the codec still raises.
"""

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


class RemoteProtocolError(ProtocolError):
    """The peer broke the protocol; `error_code` is the Kafka error code to answer with."""


class LocalProtocolError(ProtocolError):
    """The gateway broke the protocol or its own API: a bug or a configuration error."""


class FrameTooLarge(RemoteProtocolError):
    """A frame header claimed more bytes than the configured maximum."""


# Kafka error codes Sluice produces itself (see org.apache.kafka.common.protocol.Errors).
NONE = 0
CORRUPT_MESSAGE = 2
REQUEST_TIMED_OUT = 7
COORDINATOR_NOT_AVAILABLE = 15
TOPIC_AUTHORIZATION_FAILED = 29
UNSUPPORTED_SASL_MECHANISM = 33
ILLEGAL_SASL_STATE = 34
UNSUPPORTED_VERSION = 35
INVALID_REQUEST = 42
SASL_AUTHENTICATION_FAILED = 58
UNKNOWN_SERVER_ERROR = -1
