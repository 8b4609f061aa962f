"""CRC32C (Castagnoli), computed by the C library behind `google-crc32c`.

Kafka record batches (magic 2) and PROXY v2's PP2_TYPE_CRC32C both use it.
"""

from __future__ import annotations

import google_crc32c


def crc32c(data: bytes | bytearray | memoryview) -> int:
    """CRC32C checksum of `data` (RFC 4960 appendix B)."""
    # The C extension only takes bytes; bytes(bytes_object) does not copy.
    return int(google_crc32c.value(data if type(data) is bytes else bytes(data)))
