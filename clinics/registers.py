"""Public registers per country: where a patient checks a doctor's or a clinic's licence, or
reads the national regulator. Curators keep them in the admin; ``registers_load`` writes the
cited set in ``data/public_registers.json`` (``seed_demo`` runs it), and the checklist and the
patient's report read them with ``registers_by_kind``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import transaction

from .choices import RegisterKind
from .models import PublicRegister

REGISTERS_FILE = Path(__file__).resolve().parent / "data" / "public_registers.json"
FIELDS = ("country", "kind", "name", "url", "source", "notes")
# Read by the patient: only what the link and its note need.
SHOWN = ("country", "kind", "name", "url", "notes")


@dataclass(frozen=True)
class RegistersLoaded:
    created: int
    updated: int


class RegisterError(ValueError):
    pass


def _record(index: int, raw: Any) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise RegisterError(f"Register {index}: expected an object")
    record = {field: str(raw.get(field) or "").strip() for field in FIELDS}
    for field in ("country", "kind", "name", "url", "source"):
        if not record[field]:
            raise RegisterError(f"Register {index}, field {field!r}: required")
    if record["kind"] not in RegisterKind.values:
        raise RegisterError(
            f"Register {index}, field 'kind': {record['kind']!r} is not one of "
            f"{', '.join(RegisterKind.values)}"
        )
    if not record["url"].startswith("https://"):
        raise RegisterError(f"Register {index}, field 'url': an https:// address is required")
    return record


def registers_load(*, records: Iterable[Any], update: bool = False) -> RegistersLoaded:
    """Write the registers, keyed by country and address: loading twice duplicates nothing.
    A register already present keeps what curators made of it unless ``update`` is given."""
    checked = [_record(index, raw) for index, raw in enumerate(records)]
    created = updated = 0
    with transaction.atomic():
        for record in checked:
            register, made = PublicRegister.objects.get_or_create(
                country=record["country"], url=record["url"], defaults=record
            )
            if made:
                created += 1
                continue
            if not update:
                continue
            changed = [f for f in FIELDS if getattr(register, f) != record[f]]
            if changed:
                for field in changed:
                    setattr(register, field, record[field])
                register.save(update_fields=changed)
                updated += 1
    return RegistersLoaded(created=created, updated=updated)


def registers_load_file(*, path: Path = REGISTERS_FILE, update: bool = False) -> RegistersLoaded:
    return registers_load(records=json.loads(path.read_text(encoding="utf-8")), update=update)


def registers_by_kind(*, country: str) -> dict[str, list[PublicRegister]]:
    """The country's registers grouped by kind, in the kinds' order; one query. An empty
    dict when the country has none (or none is known: an empty country code)."""
    if not country:
        return {}
    grouped: dict[str, list[PublicRegister]] = {}
    for register in PublicRegister.objects.filter(country=country).only(*SHOWN):
        grouped.setdefault(register.kind, []).append(register)
    return {kind: grouped[kind] for kind in RegisterKind.values if kind in grouped}
