"""Server-side SASL exchanges, the SaslHandshake/SaslAuthenticate state machine, SCRAM client."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from hypothesis import given
from hypothesis import strategies as st

from gateway.protocol.codec import ResponseHeader, decode_response, encode_response
from gateway.protocol.generated.sasl_authenticate_request import SaslAuthenticateRequest
from gateway.protocol.generated.sasl_handshake_request import SaslHandshakeRequest
from gateway.security.sasl import (
    BAD_CREDENTIALS,
    ILLEGAL_SASL_STATE,
    SASL_AUTHENTICATE,
    SASL_AUTHENTICATION_FAILED,
    SASL_HANDSHAKE,
    UNSUPPORTED_SASL_MECHANISM,
    Authenticated,
    Authenticator,
    Failed,
    JwtValidator,
    OAuthBearerServer,
    PlainServer,
    SaslError,
    ScramClient,
    oauthbearer_subject,
    parse_oauthbearer_client_first,
    parse_plain,
    plain_username,
    scram_username,
    token_check,
)
from gateway.security.tokens import ServiceAccountTokens

NOW = 1_800_000_000.0
TOKENS = ServiceAccountTokens("s" * 32)


def plain_auth(max_session_ms: int | None = None) -> Authenticator:
    return Authenticator({"PLAIN": lambda: PlainServer(token_check(TOKENS))},
                         max_session_ms=max_session_ms)


def handshake(auth: Authenticator, mechanism: str, version: int = 1) -> Any:
    return auth.receive(SASL_HANDSHAKE, version, SaslHandshakeRequest(Mechanism=mechanism),
                        now=NOW)


def authenticate(auth: Authenticator, data: bytes, version: int = 2) -> Any:
    return auth.receive(SASL_AUTHENTICATE, version, SaslAuthenticateRequest(AuthBytes=data),
                        now=NOW)


def roundtrip(body: Any, api_key: int, version: int) -> Any:
    frame = encode_response(ResponseHeader(CorrelationId=7), body, version)
    return decode_response(frame, api_key, version).body


def test_parse_plain() -> None:
    assert parse_plain(b"\0alice\0pw") == ("", "alice", "pw")
    assert parse_plain(b"alice\0alice\0pw") == ("alice", "alice", "pw")
    assert plain_username(b"\0bob\0x") == "bob"
    assert plain_username(b"garbage") is None


@pytest.mark.parametrize(("token", "message"), [
    (b"alice\0pw", "expected 3 NUL-separated fields"),
    (b"\0\0pw", "username not specified"),
    (b"\0alice\0", "password not specified"),
    (b"bob\0alice\0pw", "authorization id that is different"),
    (b"\0\xff\0pw", "not UTF-8"),
    (b"\0" + b"a" * 300 + b"\0pw", "names are at most 255 bytes"),
    (b"\0alice\0" + b"p" * 8193, "passwords 8192"),
    (b"\0" + b"a" * 200 + b"\0" + b"p" * 9000, "larger than 8704 bytes"),
])
def test_parse_plain_refuses(token: bytes, message: str) -> None:
    with pytest.raises(SaslError) as info:
        parse_plain(token)
    assert message in info.value.client_message
    assert info.value.error_code == SASL_AUTHENTICATION_FAILED


def test_plain_token_login_with_session_lifetime() -> None:
    auth = plain_auth(max_session_ms=3_600_000)
    assert not auth.may_forward(0) and auth.may_forward(18)
    response = handshake(auth, "PLAIN")
    assert (response.ErrorCode, response.Mechanisms) == (0, ["PLAIN"])
    token = TOKENS.create("alice", 600, now=NOW)
    response = authenticate(auth, b"\0alice\0" + token.encode())
    assert response.ErrorCode == 0 and response.ErrorMessage is None
    assert response.SessionLifetimeMs == 600_000
    assert auth.outcome == Authenticated("alice", "PLAIN", 600_000)
    assert auth.may_forward(0)
    assert roundtrip(response, SASL_AUTHENTICATE, 1).SessionLifetimeMs == 600_000
    assert roundtrip(response, SASL_AUTHENTICATE, 0).ErrorCode == 0


def test_session_bounded_by_max_reauth() -> None:
    auth = plain_auth(max_session_ms=60_000)
    handshake(auth, "PLAIN")
    token = TOKENS.create("alice", 600, now=NOW)
    assert authenticate(auth, b"\0alice\0" + token.encode()).SessionLifetimeMs == 60_000


def _failed_login(password: bytes, user: bytes = b"alice") -> tuple[Any, Authenticator]:
    auth = plain_auth()
    handshake(auth, "PLAIN")
    return authenticate(auth, b"\0" + user + b"\0" + password), auth


def test_wrong_credentials_look_the_same_to_the_client() -> None:
    other_key = ServiceAccountTokens("o" * 32).create("alice", 600, now=NOW).encode()
    other_user = TOKENS.create("bob", 600, now=NOW).encode()
    expired = TOKENS.create("alice", 600, now=NOW - 700).encode()
    answers = []
    reasons = []
    for password in (other_key, other_user, expired, b"not-a-token"):
        response, auth = _failed_login(password)
        answers.append((response.ErrorCode, response.ErrorMessage))
        assert isinstance(auth.outcome, Failed)
        assert not auth.may_forward(0)
        reasons.append(auth.outcome.reason)
    assert set(answers) == {(SASL_AUTHENTICATION_FAILED, BAD_CREDENTIALS)}
    assert reasons == ["user 'alice': bad signature", "user 'alice': token is for another user",
                       "user 'alice': expired token", "user 'alice': malformed token"]
    assert auth.outcome == Failed(SASL_AUTHENTICATION_FAILED, reasons[-1], "PLAIN", "alice")


def test_one_mib_token_refused_cheaply() -> None:
    response, auth = _failed_login(b"x" * (1 << 20))
    assert response.ErrorCode == SASL_AUTHENTICATION_FAILED
    assert response.ErrorMessage == "SASL token larger than 65536 bytes"
    assert isinstance(auth.outcome, Failed)


def test_authenticate_before_handshake_is_illegal_state() -> None:
    auth = plain_auth()
    response = authenticate(auth, b"\0alice\0pw")
    assert response.ErrorCode == ILLEGAL_SASL_STATE
    assert "send SaslHandshake first" in response.ErrorMessage
    assert isinstance(auth.outcome, Failed) and auth.outcome.error_code == ILLEGAL_SASL_STATE


def test_unsupported_mechanism_lists_enabled() -> None:
    auth = plain_auth()
    response = handshake(auth, "GSSAPI")
    assert (response.ErrorCode, response.Mechanisms) == (UNSUPPORTED_SASL_MECHANISM, ["PLAIN"])
    assert isinstance(auth.outcome, Failed)
    assert auth.outcome.reason == "mechanism 'GSSAPI' is not enabled (enabled: PLAIN)"
    assert roundtrip(response, SASL_HANDSHAKE, 0).Mechanisms == ["PLAIN"]


def test_double_handshake_is_illegal_state() -> None:
    auth = plain_auth()
    handshake(auth, "PLAIN")
    assert handshake(auth, "PLAIN").ErrorCode == ILLEGAL_SASL_STATE


def test_reauthentication_kip368() -> None:
    auth = plain_auth()
    handshake(auth, "PLAIN")
    authenticate(auth, b"\0alice\0" + TOKENS.create("alice", 600, now=NOW).encode())
    assert handshake(auth, "PLAIN").ErrorCode == 0
    assert auth.may_forward(0), "the old session holds while re-authenticating"
    fresh = TOKENS.create("alice", 1200, now=NOW).encode()
    assert authenticate(auth, b"\0alice\0" + fresh).SessionLifetimeMs == 1_200_000
    assert handshake(auth, "PLAIN").ErrorCode == 0
    response = authenticate(auth, b"\0bob\0" + TOKENS.create("bob", 60, now=NOW).encode())
    assert response.ErrorCode == SASL_AUTHENTICATION_FAILED
    assert response.ErrorMessage == "Cannot change principals during re-authentication"


def test_session_expiry_stops_forwarding_until_reauthenticated() -> None:
    auth = plain_auth()
    handshake(auth, "PLAIN")
    authenticate(auth, b"\0alice\0" + TOKENS.create("alice", 60, now=NOW).encode())
    assert auth.may_forward(0, now=NOW + 59.9) and not auth.session_expired(NOW + 59.9)
    assert not auth.may_forward(0, now=NOW + 60) and auth.session_expired(NOW + 60)
    assert auth.may_forward(17, now=NOW + 60) and auth.may_forward(18, now=NOW + 60)
    later = NOW + 30
    auth.receive(SASL_HANDSHAKE, 1, SaslHandshakeRequest(Mechanism="PLAIN"), now=later)
    token = TOKENS.create("alice", 600, now=later).encode()
    auth.receive(SASL_AUTHENTICATE, 2, SaslAuthenticateRequest(AuthBytes=b"\0alice\0" + token),
                 now=later)
    assert auth.may_forward(0, now=NOW + 100) and not auth.session_expired(later + 599)
    assert auth.session_expired(later + 600)


def test_reauthentication_with_other_mechanism_refused() -> None:
    auth = Authenticator({"PLAIN": lambda: PlainServer(token_check(TOKENS)),
                          "OAUTHBEARER": lambda: OAuthBearerServer(_validator())})
    handshake(auth, "PLAIN")
    authenticate(auth, b"\0alice\0" + TOKENS.create("alice", 600, now=NOW).encode())
    assert handshake(auth, "OAUTHBEARER").ErrorCode == UNSUPPORTED_SASL_MECHANISM


def test_v0_handshake_takes_raw_tokens() -> None:
    auth = plain_auth()
    handshake(auth, "PLAIN", version=0)
    assert auth.expects_raw_tokens
    token = TOKENS.create("carol", 600, now=NOW).encode()
    assert auth.receive_raw_token(b"\0carol\0" + token, now=NOW) == b""
    assert auth.outcome == Authenticated("carol", "PLAIN", 600_000)
    bad = plain_auth()
    handshake(bad, "PLAIN", version=0)
    assert bad.receive_raw_token(b"\0carol\0nope", now=NOW) is None
    assert isinstance(bad.outcome, Failed)


_RSA = rsa.generate_private_key(public_exponent=65537, key_size=2048)
_EC = ec.generate_private_key(ec.SECP256R1())


def _jwks() -> dict[str, Any]:
    rsa_jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(_RSA.public_key()))
    ec_jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(_EC.public_key()))
    return {"keys": [dict(rsa_jwk, kid="rsa1", alg="RS256", use="sig"),
                     dict(ec_jwk, kid="ec1", alg="ES256", use="sig")]}


def _validator(**kwargs: Any) -> JwtValidator:
    options: dict[str, Any] = {"issuer": "https://idp.example", "audiences": ("kafka", "other"),
                               "sub_claim": "client_id"}
    options.update(kwargs)
    return JwtValidator(_jwks(), **options)


def _jwt(claims: dict[str, Any] | None = None, kid: str = "rsa1", key: Any = None,
         algorithm: str = "RS256") -> str:
    body = {"iss": "https://idp.example", "aud": "kafka", "client_id": "svc-billing",
            "sub": "uuid-1", "exp": int(NOW) + 300, "iat": int(NOW)}
    body.update(claims or {})
    return jwt.encode(body, key or _RSA, algorithm=algorithm, headers={"kid": kid})


def _client_first(token: str) -> bytes:
    return f"n,,\x01auth=Bearer {token}\x01\x01".encode()


def oauth_auth() -> Authenticator:
    validator = _validator()
    return Authenticator({"OAUTHBEARER": lambda: OAuthBearerServer(validator)})


def test_oauthbearer_valid_token() -> None:
    auth = oauth_auth()
    handshake(auth, "OAUTHBEARER")
    response = authenticate(auth, _client_first(_jwt()))
    assert (response.ErrorCode, response.SessionLifetimeMs) == (0, 300_000)
    assert auth.outcome == Authenticated("svc-billing", "OAUTHBEARER", 300_000)


def test_oauthbearer_ec_key() -> None:
    credential = _validator().validate(_jwt(kid="ec1", key=_EC, algorithm="ES256"), NOW)
    assert credential.principal == "svc-billing"


@pytest.mark.parametrize(("token", "reason"), [
    (_jwt({"iss": "https://evil.example"}), "Invalid issuer"),
    (_jwt({"aud": "billing"}), "Audience doesn't match"),
    (_jwt({"exp": int(NOW) - 31}), "expired at"),
    (_jwt({"nbf": int(NOW) + 100}), "not valid before"),
    (_jwt(kid="nope"), "key id 'nope' is not in the JWKS"),
    (_jwt({"client_id": 5}), "no string claim 'client_id'"),
    (_jwt(key=rsa.generate_private_key(public_exponent=65537, key_size=2048)),
     "Signature verification failed"),
    ("abc.def.ghi", "not a JWT"),
])
def test_oauthbearer_refused_with_error_challenge(token: str, reason: str) -> None:
    auth = oauth_auth()
    handshake(auth, "OAUTHBEARER")
    challenge = authenticate(auth, _client_first(token))
    assert challenge.ErrorCode == 0
    assert json.loads(challenge.AuthBytes) == {"status": "invalid_token"}
    assert auth.outcome is None
    final = authenticate(auth, b"\x01")
    assert final.ErrorCode == SASL_AUTHENTICATION_FAILED
    assert final.ErrorMessage == "Authentication failed: invalid_token"
    assert isinstance(auth.outcome, Failed) and reason in auth.outcome.reason


def test_oauthbearer_hs256_with_public_key_refused() -> None:
    # Algorithm confusion: HS256 "signed" with the public JWK must not pass.
    with pytest.raises(SaslError):
        _validator().validate(_jwt(key="x" * 32, algorithm="HS256"), NOW)


def test_oauthbearer_client_first_forms() -> None:
    assert parse_oauthbearer_client_first(b"n,a=svc,\x01auth=bearer a.b.c\x01x=1\x01\x01") == \
        ("a.b.c", {"x": "1"})
    for bad in (b"n,,auth=Bearer a\x01\x01", b"y,,\x01auth=Bearer a\x01\x01",
                b"n,,\x01auth=Basic a\x01\x01", b"n,,\x01\x01", b"n,,\x01auth=Bearer a\x01",
                b"n,,\x01auth=Bearer a\x01auth=Bearer b\x01\x01",
                b"n,b=x,\x01auth=Bearer a\x01\x01"):
        with pytest.raises(SaslError, match="OAUTHBEARER"):
            parse_oauthbearer_client_first(bad)


def test_jwks_without_keys_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="GATEWAY_OAUTH_JWKS_URL holds no usable key"):
        JwtValidator({"keys": []})


def test_scram_sha256_rfc7677_vector() -> None:
    client = ScramClient("SCRAM-SHA-256", "user", "pencil", nonce="rOprNGfwEbeRWgbNEkqO")
    assert client.first() == b"n,,n=user,r=rOprNGfwEbeRWgbNEkqO"
    final = client.respond(b"r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                           b"s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
    assert final == (b"c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                     b"p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
    client.verify(b"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")
    with pytest.raises(SaslError, match="server signature does not match"):
        client.verify(b"v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")
    assert "pencil" not in repr(client)


def test_scram_sha512_against_a_reference_server() -> None:
    client = ScramClient("SCRAM-SHA-512", "a=b,c", "pw")
    first = client.first().decode()
    assert first.startswith("n,,n=a=3Db=2Cc,r=")
    assert scram_username(client.first()) == "a=b,c"
    nonce = first.split("r=")[1] + "server"
    salt = b"salty"
    server_first = f"r={nonce},s={base64.b64encode(salt).decode()},i=4096"
    final = client.respond(server_first.encode()).decode()
    salted = hashlib.pbkdf2_hmac("sha512", b"pw", salt, 4096)
    auth_message = f"{first[3:]},{server_first},{final.rsplit(',p=', 1)[0]}".encode()
    client_key = hmac.digest(salted, b"Client Key", "sha512")
    signature = hmac.digest(hashlib.sha512(client_key).digest(), auth_message, "sha512")
    proof = base64.b64decode(final.rsplit(",p=", 1)[1])
    assert bytes(a ^ b for a, b in zip(proof, signature, strict=True)) == client_key
    server_sig = hmac.digest(hmac.digest(salted, b"Server Key", "sha512"), auth_message,
                             "sha512")
    client.verify(b"v=" + base64.b64encode(server_sig))


@pytest.mark.parametrize(("server_first", "message"), [
    (b"e=invalid-proof", "backend refused SCRAM: invalid-proof"),
    (b"r=other,s=AAAA,i=4096", "nonce not extending ours"),
    (b"r=abcX,s=AAAA,i=99999999", "iteration count"),
    (b"r=abcX,s=!!,i=4096", "bad salt"),
    (b"m=ext,r=abcX,s=AAAA,i=4096", "mandatory extension"),
])
def test_scram_refuses_bad_server_first(server_first: bytes, message: str) -> None:
    with pytest.raises(SaslError, match=message):
        ScramClient("SCRAM-SHA-256", "u", "p", nonce="abc").respond(server_first)


def test_oauthbearer_subject_for_delegated_mode() -> None:
    first = _client_first(_jwt())
    assert oauthbearer_subject(first) == "uuid-1"
    assert oauthbearer_subject(first, "client_id") == "svc-billing"
    assert oauthbearer_subject(b"n,,\x01auth=Bearer x.y.z\x01\x01") is None


def test_plain_accepts_a_long_token_password() -> None:
    token = TOKENS.create("a" * 200, 60, vcluster="v" * 100, now=NOW)
    assert len(token) > 255
    assert parse_plain(b"\0" + b"a" * 200 + b"\0" + token.encode())[2] == token


def test_scram_username() -> None:
    assert scram_username(b"n,,n=alice,r=xyz") == "alice"
    assert scram_username(b"n,,n=bad=name,r=xyz") is None
    assert scram_username(b"\xff") is None


@given(st.binary(max_size=300))
def test_fuzz_decoders_raise_only_sasl_error(data: bytes) -> None:
    assert oauthbearer_subject(data) is None or isinstance(oauthbearer_subject(data), str)
    for decode in (parse_plain, parse_oauthbearer_client_first):
        with contextlib.suppress(SaslError):
            decode(data)
    assert scram_username(data) is None or isinstance(scram_username(data), str)
    with contextlib.suppress(SaslError):
        ScramClient("SCRAM-SHA-256", "u", "p", nonce="n").respond(data)


@given(st.lists(st.tuples(st.sampled_from(["hs", "auth", "raw"]),
                          st.sampled_from(["PLAIN", "OAUTHBEARER", "X"]),
                          st.binary(max_size=120)), max_size=6))
def test_fuzz_authenticator_sequences(steps: list[tuple[str, str, bytes]]) -> None:
    validator = _validator()
    auth = Authenticator({"PLAIN": lambda: PlainServer(token_check(TOKENS)),
                          "OAUTHBEARER": lambda: OAuthBearerServer(validator)})
    for kind, mechanism, data in steps:
        if kind == "hs":
            response = handshake(auth, mechanism)
            roundtrip(response, SASL_HANDSHAKE, 1)
        elif kind == "auth":
            response = authenticate(auth, data)
            roundtrip(response, SASL_AUTHENTICATE, 2)
        else:
            auth.receive_raw_token(data, now=NOW)
        if isinstance(auth.outcome, Failed):
            assert auth.outcome.error_code in (SASL_AUTHENTICATION_FAILED, ILLEGAL_SASL_STATE,
                                               UNSUPPORTED_SASL_MECHANISM)
            assert not auth.may_forward(0)


@given(st.from_regex(r"[-_.A-Za-z0-9]{1,120}", fullmatch=True))
def test_fuzz_bearer_tokens_raise_only_sasl_error(token: str) -> None:
    oauthbearer_subject(_client_first(token))  # returns or is None; never raises
    server = OAuthBearerServer(_VALIDATOR)
    result = server.step(_client_first(token), NOW)
    assert json.loads(result.data) == {"status": "invalid_token"}  # type: ignore[union-attr]
    with pytest.raises(SaslError):
        server.step(b"\x01", NOW)


_VALIDATOR = _validator()
