"""Time `import_clinics` of generated profiles into an empty SQLite database.

    .venv/bin/python bench/imports.py [--clinics 10000] [--update]

Writes bench/generate.py's profiles to a JSON file, migrates a fresh SQLite database in a
temporary directory and runs the command on the file, as a curator would; with --update, runs
it a second time with --update (every clinic and its children replaced). Each run's time is
split into reading the file, parsing and validating the profiles, writing the rows and scoring
the imported clinics, in wall and CPU seconds (CPU seconds are steadier on a shared machine),
and its queries are counted. Results are printed and written to
bench/results/imports-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.record import save  # noqa: E402  (after the path line: run as a script)


class Stage:
    """Wall and CPU seconds spent in one function, over every call."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def wrap(self, function: Callable) -> Callable:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.wall += time.perf_counter() - wall
                self.cpu += time.process_time() - cpu

        return wrapper


def run(path: Path, *args: str) -> dict[str, Any]:
    """Run import_clinics on ``path`` with its stages timed where they are called."""
    from django.core.management import call_command
    from django.db import connection

    import checklist.management.commands.import_clinics as command
    import checklist.services.assessments
    import clinics.services

    parse, rescore, service, whole = Stage(), Stage(), Stage(), Stage()
    originals = (
        clinics.services.parse_profiles,
        checklist.services.assessments.assessments_refresh,
        command.clinics_import_and_score,
    )
    clinics.services.parse_profiles = parse.wrap(originals[0])
    # clinics_score calls it by its module global, so patching the module attribute reaches it.
    checklist.services.assessments.assessments_refresh = rescore.wrap(originals[1])
    command.clinics_import_and_score = service.wrap(originals[2])
    queries = 0

    def count(execute: Callable, sql: str, params: Any, many: bool, context: Any) -> Any:
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    out = io.StringIO()
    try:
        with connection.execute_wrapper(count):
            whole.wrap(call_command)("import_clinics", str(path), *args, stdout=out)
    finally:
        (
            clinics.services.parse_profiles,
            checklist.services.assessments.assessments_refresh,
            command.clinics_import_and_score,
        ) = originals
    print(out.getvalue().strip())
    stages = {
        "read": (whole.wall - service.wall, whole.cpu - service.cpu),
        "parse": (parse.wall, parse.cpu),
        "write": (service.wall - parse.wall - rescore.wall, service.cpu - parse.cpu - rescore.cpu),
        "rescore": (rescore.wall, rescore.cpu),
    }
    result: dict[str, Any] = {"seconds": round(whole.wall, 2), "cpu_seconds": round(whole.cpu, 2)}
    for name, (wall, cpu) in stages.items():
        result[f"{name}_seconds"] = round(wall, 2)
        result[f"{name}_cpu_seconds"] = round(cpu, 2)
    result["queries"] = queries
    return result


def describe(label: str, clinics: int, r: dict[str, Any]) -> str:
    stages = ", ".join(
        f"{name} {r[f'{name}_seconds']:.1f} s" for name in ("read", "parse", "write", "rescore")
    )
    return (
        f"{label}: {round(clinics / r['seconds'])} clinics/s, {r['seconds']:.1f} s "
        f"({r['cpu_seconds']:.1f} s CPU; {stages}); {r['queries']} queries"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clinics", type=int, default=10_000, help="How many profiles to import.")
    parser.add_argument(
        "--update", action="store_true", help="Then import the same file again with --update."
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-imports-") as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'imports.sqlite3'}"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        from bench.generate import profiles
        from clinics.models import Clinic

        call_command("migrate", verbosity=0)
        path = Path(tmp) / "profiles.json"
        path.write_text(json.dumps(profiles(args.clinics)), encoding="utf-8")

        result: dict[str, Any] = {
            "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "database": "sqlite",
            "clinics": args.clinics,
        }
        new = run(path)
        assert Clinic.objects.count() == args.clinics
        result.update(new, clinics_per_second=round(args.clinics / new["seconds"]))
        lines = [describe(f"import_clinics of {args.clinics} new profiles", args.clinics, new)]
        if args.update:
            again = run(path, "--update")
            assert Clinic.objects.count() == args.clinics
            result["update"] = again
            lines.append(describe("the same file again with --update", args.clinics, again))
        connection.close()

    print("\n".join(lines))
    save("imports", result)


if __name__ == "__main__":
    main()
