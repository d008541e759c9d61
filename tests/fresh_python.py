"""Run a program in a fresh interpreter, from the project's root: for what this test process
cannot show (which modules an import pulls in, what differs between processes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def run_python(program: str, **env: str | None) -> subprocess.CompletedProcess[str]:
    """``env`` adds variables to this process's environment; a value of None removes one."""
    environment = {**os.environ, **{k: v for k, v in env.items() if v is not None}}
    for name in (k for k, v in env.items() if v is None):
        environment.pop(name, None)
    return subprocess.run(
        [sys.executable, "-c", program],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
