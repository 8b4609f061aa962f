"""The interceptor chain and its built-in interceptors (see api.py for the API)."""
