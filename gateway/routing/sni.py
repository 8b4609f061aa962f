"""SNI routing: one TLS port, brokers told apart by the server name the client asks for.

Broker `b` is advertised as `<prefix><b><separator><advertised host>`, so with the
defaults broker 3 behind `gw.example.com` is `broker3.gw.example.com` (Conduktor's
scheme). A name equal to the advertised host, or no name at all, is a bootstrap
connection that any broker may serve. Names compare case-insensitively (RFC 6066 §3:
host names, which DNS compares without case), and a trailing dot is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BOOTSTRAP", "SniNames", "UnknownName"]


class _Bootstrap:
    def __repr__(self) -> str:
        return "BOOTSTRAP"


BOOTSTRAP = _Bootstrap()


class UnknownName(LookupError):
    """A server name that is neither the advertised host nor a broker's name."""


@dataclass(frozen=True, slots=True)
class SniNames:
    """The SNI names of one advertised host."""

    host: str
    prefix: str = "broker"
    separator: str = "."

    def name_of(self, broker_id: int, host: str | None = None) -> str:
        """The server name of `broker_id` (on `host`, by default this node's host)."""
        return f"{self.prefix}{broker_id}{self.separator}{host or self.host}"

    @property
    def pattern(self) -> str:
        """The names accepted, as a log line shows them."""
        return f"{self.host} or {self.prefix}<broker id>{self.separator}{self.host}"

    def broker_for(self, server_name: str | None) -> int | _Bootstrap:
        """The broker id a server name selects, or BOOTSTRAP; raises UnknownName."""
        if server_name is None:
            return BOOTSTRAP
        name = server_name.lower().removesuffix(".")
        host = self.host.lower().removesuffix(".")
        if name == host:
            return BOOTSTRAP
        prefix, suffix = self.prefix.lower(), f"{self.separator}{host}"
        if name.startswith(prefix) and name.endswith(suffix):
            digits = name[len(prefix): len(name) - len(suffix)]
            # Plain decimal digits only: int() would also take "+3", " 3" or "٣".
            if digits.isascii() and digits.isdigit() and len(digits) <= 9 and (
                    digits == "0" or not digits.startswith("0")):
                return int(digits)
        raise UnknownName(server_name)
