"""The CI check for import cycles (.ci/import_cycles.py), on tiny packages made for each test."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "import_cycles.py"
spec = importlib.util.spec_from_file_location("import_cycles_script", SCRIPT)
import_cycles = importlib.util.module_from_spec(spec)
spec.loader.exec_module(import_cycles)


def package(root: Path, name: str, modules: dict[str, str]) -> None:
    (root / name).mkdir()
    (root / name / "__init__.py").write_text("")
    for module, source in modules.items():
        (root / name / f"{module}.py").write_text(textwrap.dedent(source))


def run(root: Path, *packages: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *packages],
        cwd=root,
        env={"PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_tarjan_finds_each_loop_and_leaves_chains_alone():
    graph = {
        "a": frozenset({"b"}),
        "b": frozenset({"c"}),
        "c": frozenset({"a", "d"}),  # a -> b -> c -> a
        "d": frozenset({"e"}),
        "e": frozenset({"d"}),  # d <-> e, reached from the first loop
        "f": frozenset({"a"}),
        "g": frozenset({"g"}),  # a chain into a loop; a module naming itself
    }
    components = import_cycles.strongly_connected(graph)
    assert [c for c in components if len(c) > 1] == [["a", "b", "c"], ["d", "e"]]
    assert sorted(m for c in components for m in c) == sorted(graph)


def test_a_long_chain_needs_no_recursion():
    graph = {f"m{i}": frozenset({f"m{i + 1}"}) for i in range(5000)} | {"m5000": frozenset({"m0"})}
    assert [len(c) for c in import_cycles.strongly_connected(graph)] == [5001]


def test_a_package_without_a_cycle_passes(tmp_path):
    package(
        tmp_path,
        "acyclic_pkg",
        {
            "engine": "import json\n",
            "services": "from acyclic_pkg import engine\n",
            "views": "from acyclic_pkg import engine, services\n",
        },
    )
    result = run(tmp_path, "acyclic_pkg")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No import cycle among the 4 modules of acyclic_pkg." in result.stdout


def test_a_cycle_through_a_function_level_import_fails_and_names_its_imports(tmp_path):
    package(tmp_path, "pkg_one", {"services": "from pkg_two import services as other\n"})
    package(
        tmp_path,
        "pkg_two",
        {
            "services": """\
            def refresh():
                from pkg_one.services import other  # runs late, still a cycle

                return other
            """,
        },
    )
    result = run(tmp_path, "pkg_one", "pkg_two")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "Import cycle among 2 modules: pkg_one.services, pkg_two.services",
        "    pkg_one.services -> pkg_two.services (l.1)",
        "    pkg_two.services -> pkg_one.services (l.2)",
        "1 import cycle(s) in pkg_one, pkg_two.",
    ]


def test_an_import_under_type_checking_makes_no_cycle(tmp_path):
    package(
        tmp_path,
        "typed_pkg",
        {
            "models": "from typed_pkg import services\n",
            "services": """\
            from typing import TYPE_CHECKING

            if TYPE_CHECKING:
                from typed_pkg import models
            """,
        },
    )
    result = run(tmp_path, "typed_pkg")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("packages", [("no_such_pkg",), ("typed_pkg", "no_such_pkg")])
def test_a_package_that_cannot_be_found_is_an_error_not_a_pass(tmp_path, packages):
    package(tmp_path, "typed_pkg", {"models": ""})
    result = run(tmp_path, *packages)
    assert result.returncode == 2
    assert "Not importable: no_such_pkg" in result.stdout
