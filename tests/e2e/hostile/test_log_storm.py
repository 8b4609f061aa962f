"""Attack: flood the log with 1,000 refused connections (issue 7, 'logs stay useful')."""

from __future__ import annotations

import re
import socket
from pathlib import Path

from gateway.demo.mock_cluster import MockCluster
from tests.e2e.hostile.conftest import (
    closed_by_peer,
    healthy_traffic,
    start_hostile_gateway,
    wait_until,
)

STORM = 1000
KIND = "closed (limit): frame of N bytes exceeds the maximum of N"


def test_a_refusal_storm_logs_a_bounded_number_of_lines(
    mock_cluster: MockCluster, tmp_path: Path
) -> None:
    gw = start_hostile_gateway(mock_cluster, tmp_path)
    try:
        with healthy_traffic(gw):
            lines_before = len(gw.log_text().splitlines())
            for _ in range(STORM):
                with socket.create_connection((gw.advertised_host, gw.port_start), 5) as sock:
                    sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                    assert closed_by_peer(sock, 5)
            storm_lines = gw.log_text().splitlines()[lines_before:]
            print(f"{STORM} refused connections: {len(storm_lines)} log lines")
            assert len(storm_lines) <= 30, storm_lines
        # Nothing is lost from view: what was not logged is counted in a summary line.
        refused = [line for line in storm_lines
                   if "exceeds the maximum" in line and "suppressed" not in line]
        pattern = re.compile(rf"\.\.\. (\d+) more '{re.escape(KIND)}' messages from "
                             r"127\.0\.0\.1 suppressed")

        def suppressed() -> int:
            return sum(int(n) for n in pattern.findall(gw.log_text()))

        wait_until(lambda: len(refused) + suppressed() >= STORM, 20,
                   "the suppressed-lines summary")
        assert len(refused) + suppressed() == STORM
    finally:
        gw.stop()
