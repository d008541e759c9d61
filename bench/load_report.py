"""What bench/load.py reports: latency percentiles, the run's summary, the table printed, and
the patients' waits during a curator's import (--import-clinics)."""

from __future__ import annotations

import argparse
import statistics
from typing import Any


def percentiles(values: list[float]) -> dict[str, float]:
    if len(values) < 2:
        return {"p50": values[0] * 1000 if values else 0.0, "p95": 0.0, "p99": 0.0}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50": cuts[49] * 1000, "p95": cuts[94] * 1000, "p99": cuts[98] * 1000}


def summarise(
    database: Any, stats: Any, elapsed: float, stored: list[str], args: argparse.Namespace
) -> dict[str, Any]:
    every = [v for values in stats.latencies.values() for v in values]
    stored_set = set(stored)
    result: dict[str, Any] = {
        "database": database.name,
        "seconds": round(elapsed, 1),
        "patients": args.patients,
        "browsers": args.browsers,
        "think_seconds": args.think,
        "ramp_seconds": args.ramp,
        "workers": args.workers,
        "requests": len(every),
        "requests_per_second": round(len(every) / elapsed, 1) if elapsed else 0.0,
        "latency_ms": {k: round(v, 1) for k, v in percentiles(every).items()},
        "latency_ms_by_kind": {
            group: {
                "requests": len(values),
                **{k: round(v, 1) for k, v in percentiles(values).items()},
            }
            for group, values in sorted(stats.latencies.items())
        },
        "statuses": {str(k): v for k, v in sorted(stats.statuses.items())},
        "server_errors_5xx": len(stats.server_errors),
        "failed_requests": len(stats.failures),
        "failures_sample": stats.failures[:10] + stats.server_errors[:10],
        "checklists_started": stats.flows_started,
        "checklists_cut_off_by_the_deadline": stats.flows_abandoned,
        "reports_confirmed": len(stats.confirmed),
        "reports_stored": len(stored),
        "reports_lost": len(stats.confirmed - stored_set),
        "reports_unconfirmed": len(stored_set - stats.confirmed),
    }
    result["ok"] = (
        result["server_errors_5xx"] == 0
        and result["failed_requests"] == 0
        and result["reports_lost"] == 0
        and result["reports_unconfirmed"] == 0
    )
    result["p95_under_300ms"] = result["latency_ms"]["p95"] < 300
    return result


def print_table(results: list[dict[str, Any]]) -> None:
    rows = [
        ("database", lambda r: r["database"]),
        ("seconds", lambda r: r["seconds"]),
        ("requests", lambda r: r["requests"]),
        ("requests/s", lambda r: r["requests_per_second"]),
        ("p50 ms", lambda r: r["latency_ms"]["p50"]),
        ("p95 ms", lambda r: r["latency_ms"]["p95"]),
        ("p99 ms", lambda r: r["latency_ms"]["p99"]),
        (
            "p95 ms, report saved",
            lambda r: r["latency_ms_by_kind"].get("checklist: report saved", {}).get("p95", "-"),
        ),
        ("5xx", lambda r: r["server_errors_5xx"]),
        ("failed requests", lambda r: r["failed_requests"]),
        ("reports confirmed", lambda r: r["reports_confirmed"]),
        ("reports stored", lambda r: r["reports_stored"]),
        ("reports lost", lambda r: r["reports_lost"]),
        ("p95 < 300 ms", lambda r: "yes" if r["p95_under_300ms"] else "no"),
        ("load average before", lambda r: f"{r['load_average_1min']['before']:.2f}"),
        ("nothing lost, no error", lambda r: "yes" if r["ok"] else "NO"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        cells = "".join(f"{value(r)!s:>14}" for r in results)
        print(f"{label:<{width}}{cells}")
    for result in results:
        print(f"\n{result['database']}: by kind of request   requests   p50 ms   p95 ms   p99 ms")
        for kind, row in result["latency_ms_by_kind"].items():
            print(f"  {kind:<32}{row['requests']:>9}{row['p50']:>9}{row['p95']:>9}{row['p99']:>9}")


def import_waits(stats: Any, window: dict[str, float], clinics: int) -> dict[str, Any]:
    """Patients' waits for answers that arrived while the import ran (or just after it: a
    request queued behind the lock is answered when the lock goes)."""
    start, end = window.get("start"), window.get("end")
    if start is None or end is None:
        return {"clinics": clinics, "ok": False, "error": "the import did not run"}
    during = [seconds for at, seconds in stats.patient_waits if start <= at <= end + 30]
    return {
        "clinics": clinics,
        "seconds": round(end - start, 1),
        "succeeded": window.get("returncode") == 0,
        "patient_requests_during": len(during),
        "patient_wait_worst_ms": round(max(during, default=0.0) * 1000, 1),
        "patient_wait_ms": {k: round(v, 1) for k, v in percentiles(during).items()},
        "ok": window.get("returncode") == 0,
    }
