"""The judgement modules stay plain Python: importing them must not pull in Django."""

from __future__ import annotations

from tests.fresh_python import run_python

PURE_MODULES = (
    "checklist.engine.criteria",
    "checklist.engine.facts",
    "checklist.engine.scoring",
    "checklist.engine.pricing",
    "checklist.engine.claims",
    "checklist.engine.answers",
    "checklist.engine.presentation",
)


def test_the_pure_modules_import_without_django() -> None:
    # A fresh interpreter: this test process has Django loaded already.
    program = (
        "import importlib, sys\n"
        f"for name in {PURE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(','.join(loaded))\n"
    )
    done = run_python(program, DJANGO_SETTINGS_MODULE=None)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"Django was imported: {done.stdout.strip()}"
