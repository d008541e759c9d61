"""The engine stays plain Python: importing all of it pulls in no Django, no app and no I/O
layer of the project. (The import-linter contracts in pyproject.toml say the same statically;
this checks what importing really loads.)"""

from __future__ import annotations

from tests.fresh_python import run_python

# Walked in the fresh interpreter, so that a module added to the engine is checked too.
PROGRAM = """
import importlib, pkgutil, sys
import checklist.engine as engine
names = [engine.__name__]
for info in pkgutil.walk_packages(engine.__path__, engine.__name__ + "."):
    importlib.import_module(info.name)
    names.append(info.name)
def outside(module):
    if module == "django" or module.startswith("django."):
        return True
    top = module.split(".")[0]
    if top in ("clinics", "pagecache", "config", "bench"):
        return True
    return top == "checklist" and module not in ("checklist", "checklist.engine") and not module.startswith("checklist.engine.")
print(len(names))
print(",".join(sorted(m for m in sys.modules if outside(m))))
"""


def test_the_whole_engine_imports_without_django_or_either_app() -> None:
    # A fresh interpreter: this test process has Django and both apps loaded already.
    done = run_python(PROGRAM, DJANGO_SETTINGS_MODULE=None)

    assert done.returncode == 0, done.stderr
    walked, loaded = done.stdout.split("\n")[:2]
    # The package and its seven modules at least (criteria, facts, scoring, claims, pricing,
    # answers, presentation): a walk that found nothing would prove nothing.
    assert int(walked) >= 8
    assert loaded == "", f"the engine imported: {loaded}"
