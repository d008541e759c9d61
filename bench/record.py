"""Where every benchmark writes its figures: bench/results/<kind>-<local time>.json."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def save(kind: str, record: dict[str, Any]) -> Path:
    """Write ``record`` as indented JSON, print where, and return the path."""
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = RESULTS / f"{kind}-{stamp}.json"
    path.write_text(json.dumps(record, indent=2) + "\n")
    print(f"\nWrote bench/results/{path.name}")
    return path
