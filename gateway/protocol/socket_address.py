"""Socket addresses as text: `IP:PORT`, or `[IPv6]:PORT`, for logs and the audit log."""

from __future__ import annotations


def format_address(address: object) -> str:
    """`IP:PORT` (or `[IPv6]:PORT`) for a socket address tuple; anything else as `str()`."""
    if isinstance(address, tuple) and len(address) >= 2:
        host, port = str(address[0]), int(address[1])
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return str(address)
