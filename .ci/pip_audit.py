"""Run pip-audit on requirements.txt and judge the answer: fail on a known vulnerability,
warn (and pass) when the vulnerability service could not be asked.

    .venv/bin/python .ci/pip_audit.py [requirements.txt]

pip-audit asks PyPI's JSON API for each pinned version's advisories. Where that API is not
reachable (no network, or a mirror that serves only the package index) pip-audit skips every
dependency and still says "No known vulnerabilities found": that is not a clean bill, so this
says plainly how many dependencies went unaudited instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIP_AUDIT = Path(sys.executable).parent / "pip-audit"


def main() -> int:
    requirements = sys.argv[1] if len(sys.argv) > 1 else "requirements.txt"
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "audit.json"
        run = subprocess.run(
            [str(PIP_AUDIT), "-r", requirements, "--progress-spinner", "off", "-f", "json", "-o", str(report)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        text = report.read_text() if report.exists() else ""
    if not text.strip():
        last = (run.stderr.strip().splitlines() or ["(no output)"])[-1]
        print(f"WARNING: pip-audit could not run its audit (exit {run.returncode}): {last}")
        print("WARNING: the dependencies were NOT checked for known vulnerabilities.")
        return 0
    return judge(json.loads(text)["dependencies"])


def judge(dependencies: list[dict]) -> int:
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    audited = len(dependencies) - len(skipped)
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixes = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
            print(f"VULNERABLE: {dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixes})")
    if vulnerable:
        print(f"{len(vulnerable)} of {len(dependencies)} dependencies have known vulnerabilities.")
        return 1
    if skipped and not audited:
        print(
            f"WARNING: pip-audit could not audit any of the {len(dependencies)} dependencies: "
            "PyPI's vulnerability data is not reachable from here "
            f"({skipped[0]['skip_reason']})."
        )
        print("WARNING: the dependencies were NOT checked for known vulnerabilities.")
        return 0
    if skipped:
        names = ", ".join(d["name"] for d in skipped)
        print(f"WARNING: {len(skipped)} dependencies could not be audited: {names}")
    print(f"No known vulnerabilities in {audited} audited dependencies.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
