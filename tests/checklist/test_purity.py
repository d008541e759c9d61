"""The judgement modules stay plain Python: importing them must not pull in Django."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PURE_MODULES = (
    "checklist.criteria",
    "checklist.facts",
    "checklist.scoring",
    "checklist.pricing",
    "checklist.claims",
    "checklist.answers",
    "checklist.presentation",
)
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def test_the_pure_modules_import_without_django() -> None:
    # A fresh interpreter: this test process has Django loaded already.
    program = (
        "import importlib, sys\n"
        f"for name in {PURE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(','.join(loaded))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    done = subprocess.run(
        [sys.executable, "-c", program],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"Django was imported: {done.stdout.strip()}"
