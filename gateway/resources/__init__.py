"""Resources: the admin API's kinds, their storage in Kafka and the in-memory snapshot."""
