"""A hang guard for the robustness suite.

A pathological input that makes some code path super-linear would otherwise stall the whole test
run for hours. Each robustness test gets a generous wall-clock budget (``ROBUSTNESS_TIMEOUT``
seconds, default 60) after which it fails with a clear message. This is not a speed requirement:
linear code finishes every test here in a few seconds; the guard only turns a hang into a failure.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType

import pytest

_TIMEOUT = int(os.environ.get("ROBUSTNESS_TIMEOUT", "60"))


@pytest.fixture(autouse=True)
def hang_guard(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test (instead of hanging) when it runs longer than the generous budget."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread() and _TIMEOUT > 0
    if not usable:
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        pytest.fail(
            f"{request.node.nodeid} still running after {_TIMEOUT} s: some code path is far from linear "
            "on this input (see tests/robustness/test_linear_time.py for the scaling checks)",
            pytrace=False,
        )

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(_TIMEOUT)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
