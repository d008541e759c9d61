"""Shared by the security tests: a count of the hostile inputs tried, printed at the end of
the run, and a client address of its own for each test (rate limits and lockouts are counted
per address, in a cache that may be a Redis shared with other runs)."""

from __future__ import annotations

import ipaddress
import secrets

import pytest

HOSTILE_CASES = {"count": 0}


def count_hostile_case() -> None:
    HOSTILE_CASES["count"] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if HOSTILE_CASES["count"]:
        terminalreporter.write_line(f"hostile inputs tried: {HOSTILE_CASES['count']}")


def random_address() -> str:
    network = ipaddress.IPv6Network("2001:db8::/32")
    return str(network[secrets.randbelow(network.num_addresses)])


@pytest.fixture
def address() -> str:
    """A random address in the IPv6 documentation range: no two tests share a counter."""
    return random_address()


@pytest.fixture
def other_address() -> str:
    return random_address()
