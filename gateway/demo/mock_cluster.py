"""Harness for librdkafka's embedded mock Kafka cluster, driven through ctypes.

librdkafka (shipped inside the confluent-kafka wheel) contains a small in-process Kafka
broker implementation used by its own test-suite.  The mock API is declared in librdkafka's
``src/rdkafka_mock.h``; it is marked experimental and carries no ABI guarantee, so every
prototype used here is declared explicitly and the library is located at run time next to
the installed ``confluent_kafka`` package.

The brokers run on librdkafka's own threads: nothing has to be polled from Python.  They
listen on ``127.0.0.1`` on random ports and have broker ids ``1..N``.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Final, TypeAlias

import confluent_kafka

__all__ = ["MockCluster", "MockClusterError", "load_librdkafka"]

_RD_KAFKA_PRODUCER: Final = 0
_RD_KAFKA_CONF_OK: Final = 0
_ERRSTR_SIZE: Final = 512

_c_void_p = ctypes.c_void_p
_c_char_p = ctypes.c_char_p
_c_int = ctypes.c_int
_c_int16 = ctypes.c_int16
_c_int32 = ctypes.c_int32
_c_size_t = ctypes.c_size_t

# name -> (restype, argtypes), transcribed from rdkafka.h / rdkafka_mock.h (librdkafka 2.x).
# rd_kafka_resp_err_t and rd_kafka_conf_res_t are C enums, i.e. ``int``.
# ctypes._CData exists only in typeshed, hence the string alias.
_Prototype: TypeAlias = "tuple[type[ctypes._CData] | None, list[type[ctypes._CData]]]"
_PROTOTYPES: Final[dict[str, _Prototype]] = {
    "rd_kafka_conf_new": (_c_void_p, []),
    "rd_kafka_conf_destroy": (None, [_c_void_p]),
    "rd_kafka_conf_set": (_c_int, [_c_void_p, _c_char_p, _c_char_p, _c_char_p, _c_size_t]),
    "rd_kafka_new": (_c_void_p, [_c_int, _c_void_p, _c_char_p, _c_size_t]),
    "rd_kafka_destroy": (None, [_c_void_p]),
    "rd_kafka_err2str": (_c_char_p, [_c_int]),
    "rd_kafka_mock_cluster_new": (_c_void_p, [_c_void_p, _c_int]),
    "rd_kafka_mock_cluster_destroy": (None, [_c_void_p]),
    "rd_kafka_mock_cluster_bootstraps": (_c_char_p, [_c_void_p]),
    "rd_kafka_mock_broker_set_rack": (_c_int, [_c_void_p, _c_int32, _c_char_p]),
    "rd_kafka_mock_topic_create": (_c_int, [_c_void_p, _c_char_p, _c_int, _c_int]),
    "rd_kafka_mock_partition_set_leader": (_c_int, [_c_void_p, _c_char_p, _c_int32, _c_int32]),
    "rd_kafka_mock_broker_set_down": (_c_int, [_c_void_p, _c_int32]),
    "rd_kafka_mock_broker_set_up": (_c_int, [_c_void_p, _c_int32]),
    "rd_kafka_mock_broker_set_rtt": (_c_int, [_c_void_p, _c_int32, _c_int]),
    "rd_kafka_mock_coordinator_set": (_c_int, [_c_void_p, _c_char_p, _c_char_p, _c_int32]),
    "rd_kafka_mock_set_apiversion": (_c_int, [_c_void_p, _c_int16, _c_int16, _c_int16]),
    # void: the mock does not validate the id (it is only echoed in Metadata responses).
    "rd_kafka_mock_set_controller_id": (None, [_c_void_p, _c_int32]),
    "rd_kafka_mock_group_initial_rebalance_delay_ms": (None, [_c_void_p, _c_int32]),
}

# Optional symbols, resolved lazily because older librdkafka builds may lack them.
_PUSH_ERRORS_ARRAY: Final = "rd_kafka_mock_push_request_errors_array"
_PUSH_ERRORS_VARIADIC: Final = "rd_kafka_mock_push_request_errors"

_lib_lock = threading.Lock()
_lib: ctypes.CDLL | None = None


class MockClusterError(RuntimeError):
    """A librdkafka mock-cluster call failed."""

    def __init__(self, function: str, message: str, code: int | None = None) -> None:
        """Record the failing librdkafka function, its error text and optional error code."""
        detail = message if code is None else f"{message} (error {code})"
        super().__init__(f"{function} failed: {detail}")
        self.function = function
        self.code = code


def _find_librdkafka() -> Path:
    """Return the librdkafka shared library bundled with the installed confluent-kafka."""
    pkg_dir = Path(confluent_kafka.__file__).resolve().parent
    patterns = ("librdkafka*.so*", "librdkafka*.dylib", "librdkafka*.dll", "rdkafka*.dll")
    search_dirs = (
        pkg_dir.parent / "confluent_kafka.libs",
        pkg_dir,
        pkg_dir.parent / "confluent_kafka.dylibs",
        pkg_dir / ".dylibs",
    )
    for directory in search_dirs:
        if not directory.is_dir():
            continue
        for pattern in patterns:
            candidates = sorted(directory.glob(pattern))
            if candidates:
                return candidates[0]
    raise MockClusterError("load", f"no librdkafka shared library found near {pkg_dir}")


def load_librdkafka() -> ctypes.CDLL:
    """Load (once) the bundled librdkafka and declare the prototypes used by this module."""
    global _lib
    with _lib_lock:
        if _lib is not None:
            return _lib
        lib = ctypes.CDLL(str(_find_librdkafka()))
        for name, (restype, argtypes) in _PROTOTYPES.items():
            try:
                func = getattr(lib, name)
            except AttributeError as exc:
                raise MockClusterError("load", f"librdkafka does not export {name}") from exc
            func.restype = restype
            func.argtypes = argtypes
        if hasattr(lib, _PUSH_ERRORS_ARRAY):
            func = getattr(lib, _PUSH_ERRORS_ARRAY)
            func.restype = None
            func.argtypes = [_c_void_p, _c_int16, _c_size_t, ctypes.POINTER(_c_int)]
        _lib = lib
        return lib


def _err2str(lib: ctypes.CDLL, code: int) -> str:
    """Return librdkafka's human-readable text for an rd_kafka_resp_err_t."""
    raw: bytes | None = lib.rd_kafka_err2str(code)
    return raw.decode("utf-8", "replace") if raw else f"unknown error {code}"


def _parse_bootstraps(bootstraps: str) -> list[tuple[str, int]]:
    """Split a ``host:port,host:port`` list into (host, port) tuples, keeping the order."""
    out: list[tuple[str, int]] = []
    for item in bootstraps.split(","):
        host, sep, port = item.strip().rpartition(":")
        if not sep or not host or not port.isdigit():
            raise MockClusterError("rd_kafka_mock_cluster_bootstraps", f"bad entry {item!r}")
        out.append((host.strip("[]"), int(port)))
    return out


class MockCluster:
    """A librdkafka mock Kafka cluster running in this process, controlled through ctypes."""

    bootstrap_servers: str

    def __init__(
        self,
        num_brokers: int = 3,
        racks: Sequence[str] | None = ("rack-a", "rack-b", "rack-c"),
    ) -> None:
        """Start ``num_brokers`` brokers (ids 1..N), assign racks and set controller id 1."""
        if num_brokers < 1:
            raise ValueError("num_brokers must be >= 1")
        if racks is not None and (isinstance(racks, str) or len(racks) == 0):
            raise ValueError("racks must be a non-empty sequence of strings, or None")
        self._lib = load_librdkafka()
        self._lock = threading.Lock()
        self._rk: int | None = None
        self._mcluster: int | None = None
        self.num_brokers = num_brokers
        self._rk = self._new_handle()
        try:
            mcluster: int | None = self._lib.rd_kafka_mock_cluster_new(self._rk, num_brokers)
            if not mcluster:
                raise MockClusterError("rd_kafka_mock_cluster_new", "returned NULL")
            self._mcluster = mcluster
            raw: bytes | None = self._lib.rd_kafka_mock_cluster_bootstraps(mcluster)
            if not raw:
                raise MockClusterError("rd_kafka_mock_cluster_bootstraps", "returned NULL")
            self.bootstrap_servers = raw.decode("ascii")
            self._addresses = _parse_bootstraps(self.bootstrap_servers)
            if len(self._addresses) != num_brokers:
                raise MockClusterError(
                    "rd_kafka_mock_cluster_bootstraps",
                    f"expected {num_brokers} brokers, got {self.bootstrap_servers!r}",
                )
            if racks is not None:
                for broker_id in range(1, num_brokers + 1):
                    rack = racks[(broker_id - 1) % len(racks)]
                    self._check("rd_kafka_mock_broker_set_rack", mcluster, broker_id, rack.encode())
            self.set_controller_id(1)
        except BaseException:
            self.close()
            raise

    def _new_handle(self) -> int:
        """Create the bookkeeping rd_kafka_t (a producer without bootstrap servers)."""
        lib = self._lib
        conf: int | None = lib.rd_kafka_conf_new()
        if not conf:
            raise MockClusterError("rd_kafka_conf_new", "returned NULL")
        errstr = ctypes.create_string_buffer(_ERRSTR_SIZE)
        # Silence the "No bootstrap.servers configured" warning for this internal handle.
        for key, value in (("log_level", "3"), ("client.id", "sluice-mock-cluster")):
            res = lib.rd_kafka_conf_set(conf, key.encode(), value.encode(), errstr, _ERRSTR_SIZE)
            if res != _RD_KAFKA_CONF_OK:
                lib.rd_kafka_conf_destroy(conf)
                raise MockClusterError("rd_kafka_conf_set", errstr.value.decode(), res)
        rk: int | None = lib.rd_kafka_new(_RD_KAFKA_PRODUCER, conf, errstr, _ERRSTR_SIZE)
        if not rk:
            lib.rd_kafka_conf_destroy(conf)  # ownership only passes on success
            raise MockClusterError("rd_kafka_new", errstr.value.decode() or "returned NULL")
        return rk

    def _cluster(self) -> int:
        """Return the live mock cluster pointer or raise if closed."""
        if self._mcluster is None:
            raise MockClusterError("MockCluster", "cluster is closed")
        return self._mcluster

    def _check(self, function: str, *args: object) -> None:
        """Call a function returning rd_kafka_resp_err_t and raise on a nonzero result."""
        code: int = getattr(self._lib, function)(*args)
        if code != 0:
            raise MockClusterError(function, _err2str(self._lib, code), code)

    def _check_broker(self, broker_id: int) -> None:
        """Reject broker ids outside 1..N (the mock would also accept -1 = all brokers)."""
        if not 1 <= broker_id <= self.num_brokers:
            raise ValueError(f"broker_id must be in 1..{self.num_brokers}, got {broker_id}")

    def broker_addresses(self) -> dict[int, tuple[str, int]]:
        """Map broker id to its (host, port) listener address."""
        return {i: addr for i, addr in enumerate(self._addresses, start=1)}

    def create_topic(self, name: str, partitions: int, replication_factor: int = 1) -> None:
        """Create a topic; the mock caps replication_factor at the broker count."""
        # The mock silently accepts a partition count of 0, so validate here.
        if partitions < 1 or replication_factor < 1:
            raise ValueError("partitions and replication_factor must be >= 1")
        self._check(
            "rd_kafka_mock_topic_create",
            self._cluster(),
            name.encode(),
            partitions,
            replication_factor,
        )

    def set_leader(self, topic: str, partition: int, broker_id: int) -> None:
        """Make ``broker_id`` the leader of a partition (-1 makes it leaderless)."""
        if broker_id != -1:
            self._check_broker(broker_id)
        self._check(
            "rd_kafka_mock_partition_set_leader",
            self._cluster(),
            topic.encode(),
            partition,
            broker_id,
        )

    def broker_down(self, broker_id: int) -> None:
        """Disconnect a broker's clients and refuse new connections (leaders are unchanged)."""
        self._check_broker(broker_id)
        self._check("rd_kafka_mock_broker_set_down", self._cluster(), broker_id)

    def broker_up(self, broker_id: int) -> None:
        """Let a broker accept connections again."""
        self._check_broker(broker_id)
        self._check("rd_kafka_mock_broker_set_up", self._cluster(), broker_id)

    def set_rtt(self, broker_id: int, rtt_ms: int) -> None:
        """Delay every response from a broker by ``rtt_ms`` milliseconds."""
        self._check_broker(broker_id)
        self._check("rd_kafka_mock_broker_set_rtt", self._cluster(), broker_id, rtt_ms)

    def push_request_errors(self, api_key: int, errors: Sequence[int]) -> None:
        """Fail the next len(errors) requests of ``api_key`` with these error codes, in order."""
        mcluster = self._cluster()
        if not errors:
            return
        if hasattr(self._lib, _PUSH_ERRORS_ARRAY):
            array = (_c_int * len(errors))(*errors)
            getattr(self._lib, _PUSH_ERRORS_ARRAY)(mcluster, api_key, len(errors), array)
        else:
            self._push_request_errors_variadic(mcluster, api_key, errors)

    def _push_request_errors_variadic(
        self, mcluster: int, api_key: int, errors: Sequence[int]
    ) -> None:
        """Call the variadic rd_kafka_mock_push_request_errors (for builds without _array)."""
        # No argtypes for a variadic function: every argument is passed as an explicit ctypes
        # object, the error enums as int (their default argument promotion).
        func = getattr(self._lib, _PUSH_ERRORS_VARIADIC)
        func.restype = None
        func(
            _c_void_p(mcluster),
            _c_int16(api_key),
            _c_size_t(len(errors)),
            *(_c_int(e) for e in errors),
        )

    def set_coordinator(self, key_type: str, key: str, broker_id: int) -> None:
        """Pin the coordinator for a ``"group"`` or ``"transaction"`` key to a broker."""
        if key_type not in ("group", "transaction"):
            raise ValueError(f"key_type must be 'group' or 'transaction', got {key_type!r}")
        self._check(
            "rd_kafka_mock_coordinator_set",
            self._cluster(),
            key_type.encode(),
            key.encode(),
            broker_id,
        )

    def set_api_version(self, api_key: int, min_version: int, max_version: int) -> None:
        """Restrict the advertised version range of an API (-1, -1 disables it)."""
        self._check(
            "rd_kafka_mock_set_apiversion", self._cluster(), api_key, min_version, max_version
        )

    def set_controller_id(self, broker_id: int) -> None:
        """Set the ControllerId reported in Metadata responses."""
        self._lib.rd_kafka_mock_set_controller_id(self._cluster(), broker_id)

    def set_group_initial_rebalance_delay(self, delay_ms: int) -> None:
        """Set how long a new consumer group waits for more members before its first join."""
        self._lib.rd_kafka_mock_group_initial_rebalance_delay_ms(self._cluster(), delay_ms)

    def close(self) -> None:
        """Destroy the mock cluster, then its rd_kafka_t handle; safe to call repeatedly."""
        with self._lock:
            mcluster, self._mcluster = self._mcluster, None
            rk, self._rk = self._rk, None
        if mcluster is not None:
            self._lib.rd_kafka_mock_cluster_destroy(mcluster)
        if rk is not None:
            self._lib.rd_kafka_destroy(rk)

    def __enter__(self) -> MockCluster:
        """Return the running cluster."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the cluster."""
        self.close()

    def __repr__(self) -> str:
        """Show the broker count and bootstrap list."""
        state = "closed" if self._mcluster is None else getattr(self, "bootstrap_servers", "?")
        return f"MockCluster(num_brokers={self.num_brokers}, {state})"
