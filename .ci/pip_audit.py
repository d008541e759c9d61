"""Run pip-audit on requirements.txt and judge the answer: fail on a known vulnerability,
warn (and pass) when no vulnerability service could be asked.

    .venv/bin/python .ci/pip_audit.py [requirements.txt]

PyPI's JSON API is asked first, then OSV. Where a service is not reachable, pip-audit either
stops with a traceback (OSV) or skips every dependency and still says "No known
vulnerabilities found" (PyPI behind a mirror that serves only the package index): neither is
a clean bill, so this names the service that answered and how many dependencies it audited.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIP_AUDIT = Path(sys.executable).parent / "pip-audit"
SERVICES = ("pypi", "osv")


@dataclass(frozen=True)
class Answer:
    service: str
    dependencies: list[dict] | None  # None: pip-audit wrote no report
    problem: str = ""  # why there is no report

    def unanswered(self) -> str:
        """Why this is no answer at all, or "" when the service audited something."""
        if self.dependencies is None:
            return self.problem
        if not self.dependencies:
            return "the report lists no dependencies"
        skipped = [d for d in self.dependencies if d.get("skip_reason")]
        if len(skipped) < len(self.dependencies):
            return ""
        return f"all {len(skipped)} dependencies were skipped ({skipped[0]['skip_reason']})"


def ask(service: str, requirements: str) -> Answer:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "audit.json"
        command = [
            str(PIP_AUDIT),
            "-r",
            requirements,
            "--vulnerability-service",
            service,
            "--progress-spinner",
            "off",
            "-f",
            "json",
            "-o",
            str(report),
        ]
        try:
            run = subprocess.run(
                command, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False
            )
        except subprocess.TimeoutExpired:
            return Answer(service, None, "pip-audit took more than 15 minutes")
        text = report.read_text() if report.exists() else ""
    if not text.strip():
        last = (run.stderr.strip().splitlines() or ["(no output)"])[-1]
        return Answer(service, None, f"pip-audit exited {run.returncode}: {last[:300]}")
    return Answer(service, json.loads(text)["dependencies"])


def audit(ask: Callable[[str], Answer], services: tuple[str, ...] = SERVICES) -> int:
    """The first service that answers is judged; none answering is a warning, not a failure."""
    for service in services:
        answer = ask(service)
        reason = answer.unanswered()
        if not reason:
            return judge(answer)
        print(f"{service}: no answer: {reason}")
    print(f"WARNING: no vulnerability service answered ({', '.join(services)}).")
    print("WARNING: the dependencies were NOT checked for known vulnerabilities; `make audit` on a")
    print("WARNING: machine with internet access gives the real answer.")
    return 0


def judge(answer: Answer) -> int:
    dependencies = answer.dependencies or []
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    audited = len(dependencies) - len(skipped)
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixes = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
            print(
                f"VULNERABLE: {dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixes})"
            )
    if skipped:
        names = ", ".join(d["name"] for d in skipped)
        print(f"WARNING: {len(skipped)} dependencies could not be audited: {names}")
    print(f"{answer.service} answered: {audited} of {len(dependencies)} dependencies audited.")
    if vulnerable:
        print(f"{len(vulnerable)} of them have known vulnerabilities.")
        return 1
    print("No known vulnerabilities.")
    return 0


if __name__ == "__main__":
    requirements = sys.argv[1] if len(sys.argv) > 1 else "requirements.txt"
    sys.exit(audit(lambda service: ask(service, requirements)))
