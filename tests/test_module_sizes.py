"""No module of the project over 700 lines (migrations aside): a file that long holds more than
one job, and the next change to it should split it first (docs/architecture.md)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 700
SKIPPED = {".venv", ".git", "migrations", "node_modules", "staticfiles"}


def test_no_module_is_over_700_lines() -> None:
    sizes = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in ROOT.rglob("*.py")
        if not SKIPPED & set(path.relative_to(ROOT).parts)
    }
    assert len(sizes) > 100  # the walk found the project
    too_long = {name: lines for name, lines in sizes.items() if lines > LIMIT}
    assert too_long == {}
