"""Loopback HTTP servers for tests (127.0.0.1, free port, started and stopped by each test)."""
