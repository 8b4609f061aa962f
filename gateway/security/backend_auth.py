"""How Sluice authenticates to the backend: credentials from settings or a JAAS string.

Settings (wired next session): `KAFKA_SASL_MECHANISM` (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512,
OAUTHBEARER), `KAFKA_SASL_USERNAME` + `KAFKA_SASL_PASSWORD`, or `KAFKA_SASL_JAAS_CONFIG`
(a Java `sasl.jaas.config`, so Conduktor/Java configurations carry over). The same
credentials serve the data plane's upstream connections (`client_exchange`) and the
gateway's own librdkafka clients (`librdkafka_properties`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .jaas import JaasError, parse_jaas_entry
from .sasl import ScramClient

__all__ = ["BackendSasl", "PlainClient", "resolve_backend_sasl"]

MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER")
_MODULES = {
    "PLAIN": "org.apache.kafka.common.security.plain.PlainLoginModule",
    "SCRAM-SHA-256": "org.apache.kafka.common.security.scram.ScramLoginModule",
    "SCRAM-SHA-512": "org.apache.kafka.common.security.scram.ScramLoginModule",
    "OAUTHBEARER": "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule",
}
_OAUTH_OPTIONS = {"clientId": "sasl.oauthbearer.client.id",
                  "clientSecret": "sasl.oauthbearer.client.secret",
                  "scope": "sasl.oauthbearer.scope"}


class PlainClient:
    """The client side of SASL/PLAIN: one token."""

    mechanism = "PLAIN"

    def __init__(self, username: str, password: str) -> None:
        self._token = b"\0" + username.encode() + b"\0" + password.encode()

    def __repr__(self) -> str:
        return "PlainClient(password=***)"

    def first(self) -> bytes:
        """The only client token."""
        return self._token


@dataclass(frozen=True)
class BackendSasl:
    """Resolved backend SASL credentials; `repr` never shows the secret."""

    mechanism: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    oauth_options: dict[str, str] = field(default_factory=dict, repr=False)

    def client_exchange(self) -> PlainClient | ScramClient:
        """A fresh client exchange for one upstream connection (PLAIN or SCRAM)."""
        assert self.username is not None and self.password is not None
        if self.mechanism == "PLAIN":
            return PlainClient(self.username, self.password)
        if self.mechanism.startswith("SCRAM-"):
            return ScramClient(self.mechanism, self.username, self.password)
        raise ValueError(f"{self.mechanism} to the backend goes through librdkafka's OIDC "
                         f"support, not a data-plane exchange")

    def librdkafka_properties(self) -> dict[str, str]:
        """The librdkafka properties for the gateway's own clients."""
        props = {"sasl.mechanism": self.mechanism}
        if self.mechanism == "OAUTHBEARER":
            props["sasl.oauthbearer.method"] = "oidc"
            props.update({_OAUTH_OPTIONS[k]: v for k, v in self.oauth_options.items()
                          if k in _OAUTH_OPTIONS})
        else:
            assert self.username is not None and self.password is not None
            props["sasl.username"] = self.username
            props["sasl.password"] = self.password
        return props


def resolve_backend_sasl(mechanism: str | None, username: str | None = None,
                         password: str | None = None,
                         jaas_config: str | None = None) -> BackendSasl:
    """Backend credentials from KAFKA_SASL_* settings; ValueError naming what is wrong."""
    name = (mechanism or "PLAIN").strip().upper()
    if name not in MECHANISMS:
        raise ValueError(f"KAFKA_SASL_MECHANISM={mechanism} is not one of "
                         f"{', '.join(MECHANISMS)}")
    options: dict[str, str] = {}
    if jaas_config:
        try:
            entry = parse_jaas_entry(jaas_config)
        except JaasError as exc:
            raise ValueError(f"KAFKA_SASL_JAAS_CONFIG: {exc}") from None
        if entry.module != _MODULES[name]:
            raise ValueError(f"KAFKA_SASL_JAAS_CONFIG uses {entry.module}, which does not fit "
                             f"KAFKA_SASL_MECHANISM={name} (expected {_MODULES[name]})")
        options = dict(entry.options)
        for key, given in (("username", username), ("password", password)):
            if given is not None and key in options and options[key] != given:
                raise ValueError(f"KAFKA_SASL_{key.upper()} and the {key} of "
                                 f"KAFKA_SASL_JAAS_CONFIG differ; set only one")
        username = options.pop("username", username)
        password = options.pop("password", password)
    if name == "OAUTHBEARER":
        if "clientId" not in options or "clientSecret" not in options:
            raise ValueError("OAUTHBEARER to the backend needs clientId and clientSecret in "
                             "KAFKA_SASL_JAAS_CONFIG (OAuthBearerLoginModule options)")
        return BackendSasl(name, oauth_options=options)
    if not username or password is None:
        raise ValueError(f"SASL {name} to the backend needs KAFKA_SASL_USERNAME and "
                         f"KAFKA_SASL_PASSWORD, or username and password in "
                         f"KAFKA_SASL_JAAS_CONFIG")
    return BackendSasl(name, username, password)
