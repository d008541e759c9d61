"""The dependency locks (`make lock`): requirements.txt and requirements-dev.txt pin every
package with its hashes, agree with each other and with the readable .in lists. Offline."""

from __future__ import annotations

import re
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from pip_requirements_parser import RequirementsFile

ROOT = Path(__file__).resolve().parents[1]


def locked(name: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Each package of a lock: its pinned version and its hashes, as pip-audit's parser reads it."""
    parsed = RequirementsFile.from_file(str(ROOT / name))
    assert not parsed.invalid_lines, parsed.invalid_lines
    pins = {}
    for requirement in parsed.requirements:
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", f"{name}: {requirement.name} is not pinned"
        pins[canonicalize_name(requirement.name)] = (
            specifier.version,
            frozenset(requirement.hash_options),
        )
    return pins


def top_level(name: str) -> dict[str, str]:
    """The pins written in a readable .in list (its -r/-c lines left aside)."""
    pins = {}
    for line in (ROOT / name).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            requirement = Requirement(line)
            (specifier,) = requirement.specifier
            pins[canonicalize_name(requirement.name)] = specifier.version
    return pins


def test_every_locked_package_is_pinned_with_a_hash():
    for name in ("requirements.txt", "requirements-dev.txt"):
        pins = locked(name)
        assert pins, f"{name} lists no package"
        unhashed = [package for package, (_, hashes) in pins.items() if not hashes]
        assert not unhashed, f"{name}: no hash for {unhashed}"


def test_pip_audit_reads_the_hashed_runtime_lock_whole():
    # .ci/pip_audit.py hands requirements.txt to pip-audit, whose parser must see each package
    # across the backslash-continued --hash lines.
    packages = re.findall(
        r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", (ROOT / "requirements.txt").read_text(), re.M
    )
    assert {canonicalize_name(p) for p in packages} == set(locked("requirements.txt"))
    assert locked("requirements.txt")["django"][0] == "5.2.19"


def test_the_dev_lock_installs_the_very_runtime_pins_of_production():
    runtime, dev = locked("requirements.txt"), locked("requirements-dev.txt")
    differing = {p: (runtime[p], dev.get(p)) for p in runtime if dev.get(p) != runtime[p]}
    assert not differing


def test_the_locks_keep_the_pins_of_the_readable_lists():
    # A .in edited without `make lock` leaves a lock that disagrees with it.
    for source, lock in (
        ("requirements.in", "requirements.txt"),
        ("requirements-dev.in", "requirements-dev.txt"),
    ):
        pins = locked(lock)
        stale = {
            p: (v, pins.get(p, (None,))[0])
            for p, v in top_level(source).items()
            if pins.get(p, (None,))[0] != v
        }
        assert not stale, f"{lock} is older than {source}: run `make lock`"
