"""Security building blocks: principal mapping, JAAS, tokens, SASL exchanges, TLS contexts.

The protocol parts (principal rules, JAAS, SASL) are sans-I/O: no trio, no sockets.
"""
