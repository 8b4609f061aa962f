"""Configuration from environment variables and an optional YAML file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gateway.config import SETTINGS, ConfigError, GatewayConfig, load_config

BOOT = {"KAFKA_BOOTSTRAP_SERVERS": "kafka-1:9092,kafka-2:9093"}


def write_yaml(tmp_path: Path, text: str) -> str:
    path = tmp_path / "sluice.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_defaults() -> None:
    config = load_config(BOOT)
    assert config == GatewayConfig(kafka_bootstrap_servers="kafka-1:9092,kafka-2:9093")
    assert config.kafka_security_protocol == "PLAINTEXT"
    assert config.gateway_bind_host == "0.0.0.0"
    assert config.gateway_port_start == 6969
    assert config.gateway_port_count is None
    assert config.gateway_min_brokerid is None
    assert config.gateway_cluster_id == "gateway"
    assert config.gateway_rack_id is None
    assert config.gateway_feature_flags_internal_load_balancing is True
    assert config.gateway_max_frame_bytes == 100 * 1024 * 1024
    assert config.gateway_max_inflight_requests == 500
    assert config.gateway_upstream_connect_timeout_ms == 10_000
    assert config.gateway_metadata_refresh_interval_ms == 30_000
    assert config.gateway_log_level == "INFO"
    assert config.bootstrap_servers() == [("kafka-1", 9092), ("kafka-2", 9093)]


def test_environment_strings_are_decoded() -> None:
    config = load_config({
        **BOOT,
        "GATEWAY_PORT_START": "7000",
        "GATEWAY_PORT_COUNT": "4",
        "GATEWAY_MIN_BROKERID": "0",
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
        "GATEWAY_MAX_FRAME_BYTES": "2048",
        "GATEWAY_RACK_ID": "eu-west-1a",
        "GATEWAY_LOG_LEVEL": "DEBUG",
    })
    assert config.gateway_port_start == 7000
    assert config.gateway_port_count == 4
    assert config.gateway_min_brokerid == 0
    assert config.gateway_feature_flags_internal_load_balancing is False
    assert config.gateway_max_frame_bytes == 2048
    assert config.gateway_rack_id == "eu-west-1a"
    assert config.gateway_log_level == "DEBUG"


@pytest.mark.parametrize(("text", "expected"), [
    ("true", True), ("false", False), ("1", True), ("0", False), ("YES", True), ("no", False),
    ("On", True), ("OFF", False), ("True", True), (" false ", False),
])
def test_boolean_strings(text: str, expected: bool) -> None:
    config = load_config({**BOOT, "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": text})
    assert config.gateway_feature_flags_internal_load_balancing is expected


def test_empty_optional_variables_mean_unset() -> None:
    config = load_config({**BOOT, "GATEWAY_PORT_COUNT": "", "GATEWAY_MIN_BROKERID": "",
                          "GATEWAY_RACK_ID": "", "GATEWAY_PORT_START": "",
                          "GATEWAY_WORKERS": ""})
    assert config.gateway_port_start == 6969 and config.gateway_workers == 0
    assert config.gateway_port_count is None
    assert config.gateway_min_brokerid is None
    assert config.gateway_rack_id is None


def test_unrelated_environment_variables_are_ignored() -> None:
    warnings: list[str] = []
    assert load_config({**BOOT, "PATH": "/bin", "GATEWAY_NOT_A_SETTING": "x"},
                       warnings=warnings) == load_config(BOOT)
    assert warnings == ["environment variable GATEWAY_NOT_A_SETTING is not a setting and is "
                        "ignored (`sluice run --help` lists them)"]


def test_missing_bootstrap_servers() -> None:
    with pytest.raises(ConfigError, match="KAFKA_BOOTSTRAP_SERVERS is required"):
        load_config({"GATEWAY_PORT_START": "7000"})


def test_empty_bootstrap_servers() -> None:
    with pytest.raises(ConfigError, match="KAFKA_BOOTSTRAP_SERVERS"):
        load_config({"KAFKA_BOOTSTRAP_SERVERS": ""})


@pytest.mark.parametrize("servers", ["kafka-1", "kafka-1:abc", "kafka-1:0", " , "])
def test_malformed_bootstrap_servers(servers: str) -> None:
    with pytest.raises(ConfigError, match="KAFKA_BOOTSTRAP_SERVERS"):
        load_config({"KAFKA_BOOTSTRAP_SERVERS": servers})


@pytest.mark.parametrize(
    ("variable", "value", "detail"),
    [
        ("GATEWAY_PORT_START", "abc", "got 'abc', expected an integer from 1 to 65535"),
        ("GATEWAY_PORT_START", "70000", "got '70000', expected an integer from 1 to 65535"),
        ("GATEWAY_PORT_COUNT", "0", "got '0', expected an integer >= 1, or empty"),
        ("GATEWAY_MIN_BROKERID", "-1", "expected an integer >= 0"),
        ("GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING", "maybe",
         "got 'maybe', expected a boolean: true/false, yes/no, on/off or 1/0 (default: true)"),
        ("GATEWAY_MAX_FRAME_BYTES", "12", "expected an integer >= 1024"),
        ("GATEWAY_MAX_INFLIGHT_REQUESTS", "0", "expected an integer from 1 to 100000"),
        ("GATEWAY_LOG_LEVEL", "LOUD",
         "got 'LOUD', expected one of DEBUG, ERROR, INFO, WARNING (default: INFO)"),
        ("GATEWAY_CLUSTER_ID", "no spaces allowed", "regex"),
        ("KAFKA_SECURITY_PROTOCOL", "TLS", "got 'TLS', expected one of PLAINTEXT, SASL_PLAINTEXT, "
         "SASL_SSL, SSL"),
    ],
)
def test_bad_value_names_the_environment_variable(variable: str, value: str, detail: str
                                                  ) -> None:
    with pytest.raises(ConfigError) as info:
        load_config({**BOOT, variable: value})
    message = str(info.value)
    assert message.startswith(f"environment variable {variable}: "), message
    assert detail in message


def test_port_range_must_fit() -> None:
    with pytest.raises(ConfigError) as info:
        load_config({**BOOT, "GATEWAY_PORT_START": "65535", "GATEWAY_PORT_COUNT": "2"})
    assert str(info.value) == (
        "environment variable GATEWAY_PORT_COUNT: GATEWAY_PORT_START + GATEWAY_PORT_COUNT - 1"
        " = 65535 + 2 - 1 = 65536, past the last port 65535; lower GATEWAY_PORT_START or "
        "GATEWAY_PORT_COUNT")
    assert load_config({**BOOT, "GATEWAY_PORT_START": "65535",
                        "GATEWAY_PORT_COUNT": "1"}).gateway_port_count == 1


def test_yaml_file(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, (
        "# sluice settings\n"
        "kafka_bootstrap_servers: broker:9092\n"
        "GATEWAY_PORT_START: 7100\n"  # upper case keys work too
        "gateway_feature_flags_internal_load_balancing: false\n"
        "gateway_rack_id: r1\n"
    ))
    config = load_config({}, path)
    assert config.bootstrap_servers() == [("broker", 9092)]
    assert config.gateway_port_start == 7100
    assert config.gateway_feature_flags_internal_load_balancing is False
    assert config.gateway_rack_id == "r1"


def test_yaml_error_names_file_line_and_field(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, (
        "kafka_bootstrap_servers: broker:9092\n"
        "\n"
        "gateway_port_start: 7000\n"
        "gateway_log_level: LOUD\n"
    ))
    with pytest.raises(ConfigError) as info:
        load_config({}, path)
    message = str(info.value)
    assert message.startswith(f"{path}:4 (gateway_log_level): "), message
    assert "LOUD" in message


def test_yaml_type_error_names_file_line_and_field(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "kafka_bootstrap_servers: b:1\ngateway_port_count: [1, 2]\n")
    with pytest.raises(ConfigError, match=re.escape(f"{path}:2 (gateway_port_count): ")):
        load_config({}, path)


def test_unknown_yaml_key_is_rejected_with_file_line(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "kafka_bootstrap_servers: b:1\n\n\ngateway_prot_start: 7000\n")
    with pytest.raises(ConfigError) as info:
        load_config({}, path)
    message = str(info.value)
    assert message.startswith(f"{path}:4: ")
    assert "unknown setting 'gateway_prot_start'; did you mean gateway_port_start?" in message


def test_a_librdkafka_property_in_yaml_points_to_the_environment(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "kafka_bootstrap_servers: b:1\nkafka_linger_ms: 5\n")
    with pytest.raises(ConfigError) as info:
        load_config({}, path)
    assert str(info.value) == (
        f"{path}:2: unknown setting 'kafka_linger_ms'; other librdkafka properties of the "
        "gateway's own clients are read from the environment only (KAFKA_LINGER_MS=...)")


def test_yaml_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "- kafka_bootstrap_servers\n")
    with pytest.raises(ConfigError, match=re.escape(f"{path}:1: expected a mapping")):
        load_config({}, path)


def test_invalid_yaml_and_missing_file(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "kafka_bootstrap_servers: [b:1\n")
    with pytest.raises(ConfigError, match=re.escape(f"{path}:2:1: invalid YAML")):
        load_config({}, path)
    missing = str(tmp_path / "nope.yaml")
    with pytest.raises(ConfigError, match=re.escape(f"{missing}: cannot read config file")):
        load_config(BOOT, missing)


def test_empty_yaml_file_means_environment_only(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "")
    assert load_config(BOOT, path) == load_config(BOOT)
    with pytest.raises(ConfigError, match="KAFKA_BOOTSTRAP_SERVERS is required"):
        load_config({}, path)


def test_environment_overrides_file(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, (
        "kafka_bootstrap_servers: from-file:9092\n"
        "gateway_port_start: 7000\n"
        "gateway_log_level: LOUD\n"  # invalid in the file, but overridden
        "gateway_cluster_id: file-cluster\n"
    ))
    config = load_config({"KAFKA_BOOTSTRAP_SERVERS": "from-env:9092",
                          "GATEWAY_PORT_START": "8000", "GATEWAY_LOG_LEVEL": "ERROR"}, path)
    assert config.bootstrap_servers() == [("from-env", 9092)]
    assert config.gateway_port_start == 8000
    assert config.gateway_log_level == "ERROR"
    assert config.gateway_cluster_id == "file-cluster"  # not overridden: the file's value


def test_error_from_environment_value_over_file_names_the_variable(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, "kafka_bootstrap_servers: b:1\ngateway_port_start: 7000\n")
    with pytest.raises(ConfigError, match="^environment variable GATEWAY_PORT_START: "):
        load_config({"GATEWAY_PORT_START": "x"}, path)


def test_every_setting_is_a_field() -> None:
    fields = set(GatewayConfig.__struct_fields__)
    assert {name.lower() for name in SETTINGS} == fields


def test_trusted_networks_are_parsed_once_and_shared() -> None:
    config = load_config({**BOOT, "GATEWAY_HAPROXY_TRUSTED_CIDRS": "10.0.0.0/8, 192.168.1.7"})
    networks = config.trusted_networks()
    assert [str(n) for n in networks] == ["10.0.0.0/8", "192.168.1.7/32"]
    assert config.trusted_networks() is networks
    assert load_config({**BOOT, "GATEWAY_HAPROXY_TRUSTED_CIDRS": "10.0.0.0/8, 192.168.1.7"}
                       ).trusted_networks() is networks
    assert load_config(BOOT).trusted_networks() == ()
