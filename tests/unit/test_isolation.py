"""Unit tests need no broker, no Kafka client library and no network.

A child pytest runs with confluent_kafka, aiokafka and kafka made unimportable and every
IPv4/IPv6 socket refused (Unix socket pairs stay: trio wakes itself with one). It collects
the whole unit suite, which imports every unit test module and what they import, and runs
the modules nearest to the Kafka-backed code (config, admin API, membership, resources);
the whole unit suite under the same guard takes minutes, so it is not rerun here.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO

GUARD = textwrap.dedent("""
    import importlib.abc, socket, sys

    class RefuseKafkaClients(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("confluent_kafka", "aiokafka", "kafka"):
                raise ImportError(f"{name} is not importable in unit tests")
            return None

    class NoNetworkSocket(socket.socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
                raise OSError("network sockets are refused in unit tests")
            super().__init__(family, type, proto, fileno)

    sys.meta_path.insert(0, RefuseKafkaClients())
    socket.socket = NoNetworkSocket
    import pytest
    sys.exit(pytest.main(sys.argv[1:]))
""")

SAMPLE = ["tests/unit/test_config.py", "tests/unit/admin_api", "tests/unit/membership",
          "tests/unit/resources"]


def _guarded_pytest(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    # In this one process: xdist's workers (pyproject's addopts) would run without the guard.
    in_process = ["-n", "0"] if importlib.util.find_spec("xdist") else []
    return subprocess.run(
        [sys.executable, "-c", GUARD, "-q", "-p", "no:cacheprovider", *in_process, *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )


def test_the_guard_itself_refuses_clients_and_sockets(tmp_path: Path) -> None:
    probe = tmp_path / "test_probe.py"
    probe.write_text(textwrap.dedent("""
        import socket
        import pytest

        def test_probe():
            for name in ("confluent_kafka", "aiokafka", "kafka"):
                with pytest.raises(ImportError, match="not importable in unit tests"):
                    __import__(name)
            with pytest.raises(OSError, match="refused"):
                socket.socket()
            a, b = socket.socketpair()
            a.close(); b.close()
    """))
    result = _guarded_pytest(str(probe))
    assert result.returncode == 0, result.stdout + result.stderr


def test_unit_suite_collects_and_samples_pass_without_kafka_clients_or_network() -> None:
    collected = _guarded_pytest("--collect-only", "tests/unit", "--ignore",
                                "tests/unit/test_isolation.py")
    assert collected.returncode == 0, collected.stdout[-4000:] + collected.stderr[-2000:]
    assert " collected" in collected.stdout and "error" not in collected.stdout.splitlines()[-1]
    ran = _guarded_pytest(*SAMPLE)
    assert ran.returncode == 0, ran.stdout[-4000:] + ran.stderr[-2000:]
    assert " passed" in ran.stdout.splitlines()[-1]
