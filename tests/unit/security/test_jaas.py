"""Java sasl.jaas.config strings: the forms Kafka clients and Conduktor configs use."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gateway.security.jaas import JaasEntry, JaasError, mechanism_of, parse_jaas, parse_jaas_entry

PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule"
SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule"
OAUTH = "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule"


def test_plain_single_quotes() -> None:
    entry = parse_jaas_entry(f"{PLAIN} required username='KEY' password='SECRET';")
    assert entry == JaasEntry(PLAIN, "required", {"username": "KEY", "password": "SECRET"})
    assert mechanism_of(entry) == "PLAIN"


def test_scram_double_quotes_escapes_and_comments() -> None:
    text = (f'{SCRAM} REQUIRED /* a comment */ username="al\\"ice" // to the end\n'
            f'  password="p\\\\w\\n;x\'y";')
    entry = parse_jaas_entry(text)
    assert entry.flag == "required"
    assert entry.options == {"username": 'al"ice', "password": "p\\w\n;x'y"}
    assert mechanism_of(entry) is None


def test_oauthbearer_with_options() -> None:
    entry = parse_jaas_entry(
        f"{OAUTH} required clientId='sluice' clientSecret='s3cr3t' "
        f"scope='kafka' extension_logicalCluster=lkc-123 unsecuredLoginStringClaim_sub=x;")
    assert entry.options == {"clientId": "sluice", "clientSecret": "s3cr3t", "scope": "kafka",
                             "extension_logicalCluster": "lkc-123",
                             "unsecuredLoginStringClaim_sub": "x"}
    assert mechanism_of(entry) == "OAUTHBEARER"


def test_octal_escape_and_empty_value() -> None:
    entry = parse_jaas_entry(f"{PLAIN} optional username='\\101b' password='';")
    assert entry.options == {"username": "Ab", "password": ""}


def test_several_entries() -> None:
    entries = parse_jaas(f"{PLAIN} required a=1; {SCRAM} sufficient b='2';")
    assert [e.module for e in entries] == [PLAIN, SCRAM]
    with pytest.raises(JaasError, match="exactly one login module, found 2"):
        parse_jaas_entry(f"{PLAIN} required a=1; {SCRAM} sufficient b='2';")


def test_repr_hides_secrets() -> None:
    entry = parse_jaas_entry(
        f"{OAUTH} required clientId='id' clientSecret='TOPSECRET' password='PW';")
    assert "TOPSECRET" not in repr(entry) and "PW'" not in repr(entry)
    assert "'clientId': 'id'" in repr(entry)
    assert "TOPSECRET" not in str(entry)


@pytest.mark.parametrize(("text", "message"), [
    (f"{PLAIN} username='u' password='SECRET';", "needs a control flag"),
    (f"{PLAIN} required username='u' password='SECRET'", "not terminated by `;`"),
    (f"{PLAIN} required username='u' password='SECRET;", "`password` opened with ' at"),
    (f"{PLAIN} required username='u' password SECRET;", "`password` of .* needs `=value`"),
    (f"{PLAIN} required username='u' password=;", "`password` of .* has no value"),
    (f"{PLAIN} required username='u' password=SEC@RET;", "expected an option name"),
    (f"{PLAIN} required password='SECRET' password='SECRET';", "given twice"),
    ("", "found 0"),
])
def test_errors_are_clear_and_never_echo_the_secret(text: str, message: str) -> None:
    with pytest.raises(JaasError, match=message) as info:
        parse_jaas_entry(text)
    assert "SECRET" not in str(info.value) and "RET" not in str(info.value)


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


@given(st.dictionaries(st.from_regex(r"[A-Za-z_][A-Za-z0-9_.$-]{0,10}", fullmatch=True),
                       st.text(max_size=20), max_size=5),
       st.sampled_from(["required", "Requisite", "sufficient", "OPTIONAL"]))
def test_formatted_config_parses_back(options: dict[str, str], flag: str) -> None:
    text = f"{SCRAM} {flag} " + " ".join(f"{k}={_quote(v)}" for k, v in options.items()) + ";"
    assert parse_jaas_entry(text) == JaasEntry(SCRAM, flag.lower(), options)


@given(st.text(max_size=80))
def test_any_text_parses_or_raises_jaas_error(text: str) -> None:
    with contextlib.suppress(JaasError):
        parse_jaas(text)


@given(st.text(alphabet=st.characters(blacklist_characters="'\\\n"), min_size=6, max_size=30))
def test_secret_never_in_error(text: str) -> None:
    # A marked secret: a bare word such as "closed" could be in the message by chance.
    secret = f"s3cr3t{text}"
    broken = f"{PLAIN} required username='u' password='{secret}"
    with pytest.raises(JaasError) as info:
        parse_jaas_entry(broken)
    assert secret not in str(info.value)
