"""Admin API users, password hashes, basic auth and the failure throttle (no sockets)."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from admin_api.auth import (
    ApiUser,
    Authenticator,
    FailureThrottle,
    UsersError,
    hash_password,
    parse_basic_auth,
    parse_users,
    verify_password,
)


def test_conduktor_yaml_format_and_json_both_parse() -> None:
    yaml_users = parse_users("[{username: admin, password: conduktor, admin: true}, "
                             "{username: reader, password: r}]")
    json_users = parse_users('[{"username": "admin", "password": "conduktor", "admin": true}]')
    assert [(u.username, u.admin) for u in yaml_users] == [("admin", True), ("reader", False)]
    assert json_users[0] == yaml_users[0]
    assert parse_users("") == [] and parse_users("  ") == []


@pytest.mark.parametrize(("text", "fragment"), [
    ("{username: a}", "expected a list"),
    ("[{username: a}]", "give exactly one of password or password_hash"),
    ("[{username: a, password: x, password_hash: y}]", "give exactly one"),
    ("[{username: a, password: x, admn: true}]", "unknown field `admn`"),
    ("[{username: a, password_hash: md5$abc}]", "password_hash must look like"),
    ("[{username: a, password: x}, {username: a, password: y}]", "duplicate username 'a'"),
    ("[{username: a, password: ''}]", "password must not be empty"),
    ("[unclosed", "not YAML or JSON"),
])
def test_bad_users_are_refused_naming_the_variable(text: str, fragment: str) -> None:
    with pytest.raises(UsersError) as info:
        parse_users(text)
    assert str(info.value).startswith("GATEWAY_ADMIN_API_USERS: ")
    assert fragment in str(info.value)


def test_repr_never_shows_a_password() -> None:
    user = parse_users("[{username: admin, password: s3cr3t, admin: true}]")[0]
    assert "s3cr3t" not in repr(user) and "<redacted>" in repr(user)


@pytest.mark.parametrize("scheme", ["pbkdf2_sha256", "scrypt"])
def test_hashes_verify_the_right_password_only(scheme: str) -> None:
    encoded = hash_password("correct horse", scheme, iterations=1000)
    assert encoded.startswith(scheme + "$")
    user = ApiUser(username="a", password_hash=encoded)
    assert verify_password("correct horse", user)
    assert not verify_password("correct horsf", user)
    assert hash_password("correct horse", scheme, iterations=1000) != encoded  # salted


def test_default_pbkdf2_iterations_are_owasp_strength() -> None:
    assert hash_password("x").split("$")[1] == "600000"


@given(username=st.text(max_size=20).filter(lambda u: ":" not in u), password=st.text(max_size=20))
@settings(max_examples=100)
def test_basic_auth_header_round_trips(username: str, password: str) -> None:
    header = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()
    assert parse_basic_auth(header) == (username, password)


@pytest.mark.parametrize("header", [None, "", "Bearer abc", "Basic !!!", "Basic " +
                                    base64.b64encode(b"no-colon").decode(), "Basic " +
                                    base64.b64encode(b"\xff\xfe:x").decode()])
def test_malformed_basic_auth_is_no_credentials(header: str | None) -> None:
    assert parse_basic_auth(header) is None


def test_authenticator_checks_and_remembers_only_good_credentials() -> None:
    users = [ApiUser(username="admin", password_hash=hash_password("pw", iterations=1000),
                     admin=True)]
    auth = Authenticator(users)
    assert auth.configured and not Authenticator([]).configured
    assert auth.check("admin", "pw") == users[0]
    assert auth.check("admin", "pw") == users[0]  # from the cache
    assert auth.check("admin", "wrong") is None
    assert auth.check("nobody", "pw") is None


def test_throttle_slows_repeated_failures_boundedly_and_forgets() -> None:
    throttle = FailureThrottle(free_failures=3, window_s=60, base_delay_s=0.5, max_delay_s=4,
                               max_addresses=2)
    for i in range(3):
        assert throttle.delay("10.0.0.1", i) == 0
        throttle.failed("10.0.0.1", i)
    assert throttle.delay("10.0.0.1", 3) == 0.5
    delays = []
    for i in range(4, 10):
        throttle.failed("10.0.0.1", i)
        delays.append(throttle.delay("10.0.0.1", i))
    assert delays == [1.0, 2.0, 4.0, 4.0, 4.0, 4.0]
    assert throttle.delay("10.0.0.2", 10) == 0  # other addresses are not slowed
    assert throttle.delay("10.0.0.1", 100) == 0  # the window passed
    throttle.failed("a", 200), throttle.failed("b", 200), throttle.failed("c", 200)
    assert len(throttle._failures) == 2  # bounded
    throttle.succeeded("c")
    assert "c" not in throttle._failures
