"""Configuration errors an operator can act on, for every setting there is.

The cases are derived from GatewayConfig's fields and their types, so a setting added
later is covered without touching this file.
"""

from __future__ import annotations

import re
from pathlib import Path

import msgspec
import pytest

from gateway.config import (
    EXAMPLE_COMMAND,
    EXAMPLE_FILE,
    SETTINGS,
    ConfigError,
    GatewayConfig,
    describe_type,
    example_yaml,
    fields,
    is_secret,
    load_config,
)
from tests.conftest import REPO

BOOT = {"KAFKA_BOOTSTRAP_SERVERS": "kafka-1:9092"}
FIELDS = {f.name: f for f in fields()}


def _plain(t: msgspec.inspect.Type) -> msgspec.inspect.Type:
    if isinstance(t, msgspec.inspect.UnionType):
        rest = [x for x in t.types if not isinstance(x, msgspec.inspect.NoneType)]
        if len(rest) == 1:
            return rest[0]
    return t


def bad_values(t: msgspec.inspect.Type) -> list[str]:
    """Values (as environment strings) that the type must refuse."""
    t = _plain(t)
    if isinstance(t, msgspec.inspect.BoolType):
        return ["maybe", "2"]
    if isinstance(t, msgspec.inspect.LiteralType):
        return ["NOT-AN-OPTION"]
    if isinstance(t, msgspec.inspect.IntType | msgspec.inspect.FloatType):
        values = ["not-a-number"]
        if t.ge is not None:
            values.append(str(t.ge - 1))
        if t.le is not None:
            values.append(str(t.le + 1))
        return values
    if isinstance(t, msgspec.inspect.StrType) and t.pattern:
        value = "no spaces or ! allowed"
        assert not re.search(t.pattern, value)
        return [value]
    return []


CASES = [
    pytest.param(name, value, id=f"{name}={value}")
    for name, field in FIELDS.items() if name != "kafka_bootstrap_servers"
    for value in bad_values(field.info.type)
]


def test_cases_cover_the_typed_settings() -> None:
    covered = {c.values[0] for c in CASES}
    typed = {n for n, f in FIELDS.items() if not isinstance(
        _plain(f.info.type), msgspec.inspect.StrType)} - {"kafka_bootstrap_servers"}
    assert typed <= covered


def _check_message(message: str, where: str, name: str, value: str) -> None:
    field = FIELDS[name]
    shown = "<redacted>" if is_secret(name) else repr(value)
    expected = describe_type(field.info.type)
    assert message.startswith(f"{where}: got {shown}, expected {expected}"), message
    if is_secret(name):
        assert value not in message
    t = _plain(field.info.type)
    if isinstance(t, msgspec.inspect.LiteralType):
        for allowed in t.values:
            assert str(allowed) in message, message


@pytest.mark.parametrize(("name", "value"), CASES)
def test_bad_environment_value(name: str, value: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config({**BOOT, name.upper(): value})
    _check_message(str(info.value), f"environment variable {name.upper()}", name, value)


@pytest.mark.parametrize(("name", "value"), CASES)
def test_bad_file_value(name: str, value: str, tmp_path: Path) -> None:
    path = tmp_path / "sluice.yaml"
    path.write_text(f"kafka_bootstrap_servers: b:1\n{name}: {value!r}\n")
    with pytest.raises(ConfigError) as info:
        load_config({}, str(path))
    _check_message(str(info.value), f"{path}:2 ({name})", name, value)


@pytest.mark.parametrize("name", [n for n, f in FIELDS.items() if isinstance(
    _plain(f.info.type), msgspec.inspect.BoolType)])
def test_boolean_spellings(name: str) -> None:
    for text, expected in [("true", True), ("FALSE", False), ("Yes", True), ("no", False),
                           ("on", True), ("Off", False), ("1", True), ("0", False)]:
        assert getattr(load_config({**BOOT, name.upper(): text}), name) is expected, text


@pytest.mark.parametrize("name", [n for n, f in FIELDS.items() if isinstance(
    _plain(f.info.type), msgspec.inspect.LiteralType)])
def test_enum_values_in_any_case(name: str, tmp_path: Path) -> None:
    t = _plain(FIELDS[name].info.type)
    assert isinstance(t, msgspec.inspect.LiteralType)
    creds = {"KAFKA_SASL_USERNAME": "u", "KAFKA_SASL_PASSWORD": "p"}  # SASL_* needs them
    for allowed in t.values:
        assert getattr(load_config({**BOOT, **creds, name.upper(): str(allowed).lower()}),
                       name) == allowed
        path = tmp_path / "s.yaml"
        path.write_text(f"kafka_bootstrap_servers: b:1\nkafka_sasl_username: u\n"
                        f"kafka_sasl_password: p\n{name}: {str(allowed).swapcase()}\n")
        assert getattr(load_config({}, str(path)), name) == allowed


def test_log_level_debug_in_lower_case() -> None:
    assert load_config({**BOOT, "GATEWAY_LOG_LEVEL": "debug"}).gateway_log_level == "DEBUG"


def test_yaml_list_where_a_comma_separated_string_is_meant(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("kafka_bootstrap_servers: [kafka-1:9092, kafka-2:9093]\n"
                    "gateway_haproxy_trusted_cidrs:\n  - 10.0.0.0/8\n  - 192.168.0.0/16\n"
                    "gateway_audit_api_keys: [PRODUCE, FETCH]\n")
    config = load_config({}, str(path))
    assert config.bootstrap_servers() == [("kafka-1", 9092), ("kafka-2", 9093)]
    assert config.gateway_haproxy_trusted_cidrs == "10.0.0.0/8,192.168.0.0/16"
    assert config.gateway_audit_api_keys == "PRODUCE,FETCH"


def test_secret_values_are_redacted() -> None:
    assert is_secret("KAFKA_SASL_PASSWORD") and is_secret("gateway_cluster_secret")
    assert is_secret("KAFKA_SASL_JAAS_CONFIG") and is_secret("GATEWAY_SSL_KEY_PASSWORD")
    assert is_secret("GATEWAY_ADMIN_API_USERS")
    assert not is_secret("GATEWAY_PORT_START") and not is_secret("GATEWAY_AUDIT_API_KEYS")


def test_mistyped_variable_is_a_warning_with_the_closest_name() -> None:
    warnings: list[str] = []
    load_config({**BOOT, "GATEWAY_PORT_STRAT": "7000", "KAFKA_BOOTSTRAP_SERVER": "x:1",
                 "KAFKA_SASL_MECHANISM": "PLAIN", "KAFKA_CLIENT_ID": "me"}, warnings=warnings)
    assert warnings == [
        "environment variable GATEWAY_PORT_STRAT is not a setting and is ignored; did you "
        "mean GATEWAY_PORT_START?",
        "environment variable KAFKA_BOOTSTRAP_SERVER is not a setting and is ignored; did you "
        "mean KAFKA_BOOTSTRAP_SERVERS?",
    ]  # KAFKA_* names that are not near-misses may be librdkafka properties: no warning


def test_unknown_file_key_is_an_error_with_the_closest_name(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("kafka_bootstrap_servers: b:1\nGATEWAY_PORT_STRAT: 7000\n")
    with pytest.raises(ConfigError) as info:
        load_config({}, str(path))
    assert str(info.value) == (f"{path}:2: unknown setting 'GATEWAY_PORT_STRAT'; did you mean "
                               "gateway_port_start?")


@pytest.mark.parametrize("second", ["gateway_port_start", "GATEWAY_PORT_START"])
def test_duplicate_key_is_an_error(tmp_path: Path, second: str) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(f"kafka_bootstrap_servers: b:1\ngateway_port_start: 7000\n\n{second}: 8000\n")
    with pytest.raises(ConfigError) as info:
        load_config({}, str(path))
    assert str(info.value) == (f"{path}:4: duplicate setting {second!r} (first set on line 2);"
                               " keep one of them")


@pytest.mark.parametrize(("text", "line", "column"), [
    ("kafka_bootstrap_servers: [b:1\n", 2, 1),
    ("kafka_bootstrap_servers: b:1\ngateway_port_start: 7000\n  bad: indent\n", 3, 6),
    ("kafka_bootstrap_servers: b:1\n\tgateway_port_start: 7000\n", 2, 1),
])
def test_broken_yaml_names_file_line_and_column(
        tmp_path: Path, text: str, line: int, column: int) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=re.escape(f"{path}:{line}:{column}: invalid YAML: ")):
        load_config({}, str(path))


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_bytes(b"kafka_bootstrap_servers: b\xff:1\n")
    with pytest.raises(ConfigError, match=re.escape(f"{path}: not UTF-8 text")):
        load_config({}, str(path))


def test_cross_field_error_names_where_the_value_came_from(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("kafka_bootstrap_servers: b:1\ngateway_haproxy_trusted_cidrs: 10.0.0.0/33\n")
    with pytest.raises(ConfigError, match=re.escape(
            f"{path}:2 (gateway_haproxy_trusted_cidrs): ")):
        load_config({}, str(path))


def test_every_setting_is_documented_and_in_the_example() -> None:
    example = example_yaml()
    for name in FIELDS:
        assert name.upper() in SETTINGS, name
        assert re.search(rf"^(# )?{name}:", example, re.M), name


def test_committed_example_file_is_the_generated_one() -> None:
    committed = (REPO / EXAMPLE_FILE).read_text()
    assert committed == example_yaml(), (
        f"{EXAMPLE_FILE} is out of date; regenerate it with `{EXAMPLE_COMMAND}`")


def test_example_file_loads_as_is_and_with_every_line_uncommented(tmp_path: Path) -> None:
    example = REPO / EXAMPLE_FILE
    assert load_config({}, str(example)) == GatewayConfig(
        kafka_bootstrap_servers="broker1:9092,broker2:9092")
    uncommented = tmp_path / "all.yaml"
    uncommented.write_text(re.sub(r"^# ([a-z_]+:)", r"\1", example.read_text(), flags=re.M))
    assert load_config({}, str(uncommented)) == load_config({}, str(example))


def test_a_list_setting_takes_a_comma_separated_string() -> None:
    from gateway.config import _normalize

    list_type = msgspec.inspect.type_info(list[str])
    assert _normalize("a, b,,c", list_type) == ["a", "b", "c"]
    assert _normalize(["a", "b"], list_type) == ["a", "b"]
