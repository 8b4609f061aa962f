"""The JWKS cache: refresh schedule, rotation of identity-provider keys, bad documents."""

from __future__ import annotations

import json
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from hypothesis import example, given
from hypothesis import strategies as st

from gateway.security.jwks import JwksCache, parse_audiences
from gateway.security.sasl import Authenticator, OAuthBearerServer, SaslError

NOW = 1_800_000_000.0
KEY_A = rsa.generate_private_key(public_exponent=65537, key_size=2048)
KEY_B = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def document(*keys: tuple[str, Any]) -> bytes:
    return json.dumps({"keys": [
        dict(json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key())), kid=kid)
        for kid, key in keys]}).encode()


def token(kid: str, key: Any) -> str:
    return jwt.encode({"sub": "alice", "iss": "idp", "aud": "kafka", "exp": int(NOW) + 60},
                      key, algorithm="RS256", headers={"kid": kid})


def cache() -> JwksCache:
    return JwksCache("https://idp.example/jwks", issuer="idp", audiences=("kafka",),
                     refresh_s=3600, min_refresh_s=10, retry_s=5)


def test_schedule_and_key_rotation() -> None:
    jwks = cache()
    assert jwks.due(NOW)
    with pytest.raises(SaslError, match="no JWKS loaded yet"):
        jwks.validate(token("a", KEY_A), NOW)
    jwks.started(NOW)
    assert not jwks.due(NOW + 1)
    jwks.update(document(("a", KEY_A)), NOW)
    assert jwks.validate(token("a", KEY_A), NOW).principal == "alice"
    assert not jwks.due(NOW + 3599) and jwks.due(NOW + 3600)

    with pytest.raises(SaslError, match="'b' is not in the JWKS"):
        jwks.validate(token("b", KEY_B), NOW + 5)
    assert not jwks.due(NOW + 5), "no early refresh within min_refresh_s"
    with pytest.raises(SaslError):
        jwks.validate(token("b", KEY_B), NOW + 20)
    assert jwks.due(NOW + 20), "an unknown key id asks for an early refresh"
    jwks.update(document(("a", KEY_A), ("b", KEY_B)), NOW + 21)
    assert jwks.validate(token("b", KEY_B), NOW + 21).principal == "alice"


def test_bad_document_keeps_previous_keys() -> None:
    jwks = cache()
    jwks.update(document(("a", KEY_A)), NOW)
    for bad, message in ((b"<html>", "not JSON"), (b"[]", "not a JSON object"),
                         (b'{"keys": []}', "holds no usable key"),
                         (b" " * (1024 * 1024 + 1), "larger than")):
        with pytest.raises(ValueError, match=f"JWKS from https://idp.example/jwks is "
                                             f"unusable: .*{message}"):
            jwks.update(bad, NOW + 1)
    assert jwks.due(NOW + 6) and not jwks.due(NOW + 5.9)
    assert jwks.validate(token("a", KEY_A), NOW + 1).principal == "alice"


def test_oauthbearer_server_with_cache() -> None:
    jwks = cache()
    jwks.update(document(("a", KEY_A)), NOW)
    from gateway.protocol.generated.sasl_authenticate_request import SaslAuthenticateRequest
    from gateway.protocol.generated.sasl_handshake_request import SaslHandshakeRequest

    auth = Authenticator({"OAUTHBEARER": lambda: OAuthBearerServer(jwks)})
    auth.receive(17, 1, SaslHandshakeRequest(Mechanism="OAUTHBEARER"), now=NOW)
    first = f"n,,\x01auth=Bearer {token('a', KEY_A)}\x01\x01".encode()
    response = auth.receive(36, 2, SaslAuthenticateRequest(AuthBytes=first), now=NOW)
    assert response.ErrorCode == 0 and auth.authenticated is not None
    assert auth.authenticated.principal == "alice"


def test_url_scheme_checked() -> None:
    with pytest.raises(ValueError, match="must start with http://, https:// or file://"):
        JwksCache("ftp://idp/jwks")


@pytest.mark.parametrize(("text", "expected"), [
    (None, ()), ("", ()), ("kafka", ("kafka",)), ("a, b", ("a", "b")),
    ("[a,'b', \"c\"]", ("a", "b", "c")),
])
def test_parse_audiences(text: str | None, expected: tuple[str, ...]) -> None:
    assert parse_audiences(text) == expected


@given(st.binary(max_size=200))
def test_fuzz_documents_raise_only_value_error(data: bytes) -> None:
    jwks = cache()
    try:
        jwks.update(data, NOW)
    except ValueError:
        assert jwks.last_error is not None


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.sampled_from(["kty", "kid", "n", "e", "crv", "x",
                                                        "alg", "use", "keys"]), inner,
                                       max_size=4), max_leaves=12)


@given(st.dictionaries(st.just("keys"), st.lists(_json, max_size=3)) | _json)
@example({"keys": [{"kty": 1, "alg": [None]}]})  # pyjwt raised TypeError here
def test_fuzz_json_documents_raise_only_value_error(parsed: Any) -> None:
    jwks = cache()
    try:
        jwks.update(json.dumps(parsed).encode(), NOW)
    except ValueError:
        assert jwks.last_error is not None
