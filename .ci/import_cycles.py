"""Fail on any import cycle between modules of the project.

    .venv/bin/python .ci/import_cycles.py [PACKAGE ...]

The import graph comes from grimp (import-linter's graph library), which reads the source
without running it: imports inside functions count, those under ``if TYPE_CHECKING:`` do not
(they never run). Each strongly connected component of more than one module is a cycle; each
is printed with its modules and the imports that tie them, and the exit status is 1.
With no PACKAGE, the project's packages: clinics, checklist, pagecache, jobs, capture, config and bench.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("clinics", "checklist", "pagecache", "jobs", "capture", "config", "bench")

Graph = Mapping[str, frozenset[str]]


def strongly_connected(graph: Graph) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively (no recursion limit on long chains).

    Each component is sorted; components come out sorted by their first module.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0

    for start in sorted(graph):
        if start in index:
            continue
        # Each frame: a module and the iterator over its remaining successors.
        work: list[tuple[str, Iterable[str]]] = []
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        work.append((start, iter(sorted(graph.get(start, ())))))
        while work:
            module, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = counter
                    counter += 1
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph.get(successor, ())))))
                    break
                if successor in on_stack:
                    low[module] = min(low[module], index[successor])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[module])
                if low[module] == index[module]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == module:
                            break
                    components.append(sorted(component))
    return sorted(components)


def import_graph(packages: Sequence[str]) -> grimp.ImportGraph:
    return grimp.build_graph(
        *packages,
        include_external_packages=False,
        exclude_type_checking_imports=True,
        cache_dir=None,
    )


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The groups of modules that import one another, directly or around a loop."""
    edges = {
        module: frozenset(graph.find_modules_directly_imported_by(module))
        for module in graph.modules
    }
    return [component for component in strongly_connected(edges) if len(component) > 1]


def describe(graph: grimp.ImportGraph, component: list[str]) -> list[str]:
    """The imports inside one cycle, with their line numbers: the places to cut it."""
    members = set(component)
    lines = [f"Import cycle among {len(component)} modules: {', '.join(component)}"]
    for importer in component:
        for imported in sorted(graph.find_modules_directly_imported_by(importer) & members):
            details = graph.get_import_details(importer=importer, imported=imported)
            where = ", ".join(f"l.{d['line_number']}" for d in details)
            lines.append(f"    {importer} -> {imported} ({where})")
    return lines


def importable(packages: Iterable[str]) -> list[str]:
    return [p for p in packages if importlib.util.find_spec(p) is not None]


def main(argv: Sequence[str]) -> int:
    packages = importable(argv or PACKAGES)
    missing = sorted(set(argv) - set(packages))
    if missing or not packages:
        # A package named but not found would pass silently: no graph, no cycle.
        print(f"Not importable: {', '.join(missing or PACKAGES)}")
        return 2
    graph = import_graph(packages)
    found = cycles(graph)
    for component in found:
        print("\n".join(describe(graph, component)))
    if found:
        print(f"{len(found)} import cycle(s) in {', '.join(packages)}.")
        return 1
    print(f"No import cycle among the {len(graph.modules)} modules of {', '.join(packages)}.")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
