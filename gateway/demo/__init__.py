"""The embedded librdkafka mock cluster behind `sluice demo`, the tests and the benchmarks."""
