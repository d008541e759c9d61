"""The CI judge of pip-audit's answers (.ci/pip_audit.py), on fabricated reports: no network."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "pip_audit.py"
spec = importlib.util.spec_from_file_location("pip_audit_script", SCRIPT)
pip_audit_script = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = pip_audit_script  # dataclasses look their module up there
spec.loader.exec_module(pip_audit_script)
Answer = pip_audit_script.Answer


def report(*vulns_of_django: dict) -> list[dict]:
    """The dependencies of a pip-audit JSON report (``-f json``), Django with the given vulns."""
    return json.loads(
        json.dumps(
            {
                "dependencies": [
                    {"name": "django", "version": "5.2.19", "vulns": list(vulns_of_django)},
                    {"name": "openpyxl", "version": "3.1.5", "vulns": []},
                    {"name": "tablib", "version": "3.10.0", "vulns": []},
                ],
                "fixes": [],
            }
        )
    )["dependencies"]


VULN = {
    "id": "PYSEC-2026-1",
    "fix_versions": ["5.2.20"],
    "aliases": ["CVE-2026-0001"],
    "description": "",
}
ALL_SKIPPED = [
    {
        "name": name,
        "skip_reason": f"Dependency not found on PyPI and could not be audited: {name} (1.0)",
    }
    for name in ("django", "openpyxl", "tablib")
]
OSV_UNREACHABLE = Answer(
    "osv", None, "pip-audit exited 1: requests.exceptions.ConnectionError: api.osv.dev"
)


def answering(**answers: Answer):
    asked = []

    def ask(service: str) -> Answer:
        asked.append(service)
        return answers[service]

    return ask, asked


def test_a_clean_answer_passes_and_says_who_answered_and_how_many(capsys):
    ask, asked = answering(pypi=Answer("pypi", report()))
    assert pip_audit_script.audit(ask) == 0
    out = capsys.readouterr().out
    assert "pypi answered: 3 of 3 dependencies audited." in out
    assert "No known vulnerabilities." in out and "WARNING" not in out
    assert asked == ["pypi"]  # OSV is not asked once PyPI has answered


def test_a_known_vulnerability_fails_the_run(capsys):
    ask, _ = answering(pypi=Answer("pypi", report(VULN)))
    assert pip_audit_script.audit(ask) == 1
    out = capsys.readouterr().out
    assert "VULNERABLE: django 5.2.19: PYSEC-2026-1 (fixed in 5.2.20)" in out
    assert "1 of them have known vulnerabilities." in out


def test_pypi_skipping_everything_falls_back_to_osv(capsys):
    ask, asked = answering(pypi=Answer("pypi", ALL_SKIPPED), osv=Answer("osv", report(VULN)))
    assert pip_audit_script.audit(ask) == 1
    out = capsys.readouterr().out
    assert "pypi: no answer: all 3 dependencies were skipped (Dependency not found on PyPI" in out
    assert "osv answered: 3 of 3 dependencies audited." in out
    assert asked == ["pypi", "osv"]


@pytest.mark.parametrize("osv", [Answer("osv", ALL_SKIPPED), OSV_UNREACHABLE, Answer("osv", [])])
def test_no_service_answering_is_a_warning_not_a_failure(capsys, osv):
    ask, asked = answering(pypi=Answer("pypi", ALL_SKIPPED), osv=osv)
    assert pip_audit_script.audit(ask) == 0
    out = capsys.readouterr().out
    assert "WARNING: no vulnerability service answered (pypi, osv)." in out
    assert "NOT checked" in out and "make audit" in out
    assert f"osv: no answer: {osv.unanswered()}" in out
    assert asked == ["pypi", "osv"]


def test_a_partial_answer_is_judged_and_names_what_was_not_audited(capsys):
    ask, _ = answering(pypi=Answer("pypi", [*report(), ALL_SKIPPED[0] | {"name": "private-lib"}]))
    assert pip_audit_script.audit(ask) == 0
    out = capsys.readouterr().out
    assert "WARNING: 1 dependencies could not be audited: private-lib" in out
    assert "pypi answered: 3 of 4 dependencies audited." in out
