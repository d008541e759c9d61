"""The data a review covers, its digest, and what changed between two reviews' worth of it.

A review covers the clinic's profile (clinics.profiles: everything curated about it, in the
schema the import and export share) except what a review itself or publishing sets. Plain
functions on plain data: the rescore computes the digest for thousands of clinics at once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

# Set by publishing and by a review: neither is a change to the data reviewed.
NOT_REVIEWED_KEYS: Final = frozenset({"published", "last_reviewed"})
# A claim's language and English gloss are the curators' reading aids, not what the clinic
# published: a review vouches for the claim's text (the rescore screens it in its language).
NOT_REVIEWED_CLAIM_KEYS: Final = frozenset({"language", "gloss"})
# The sections of a profile and how a row of each is named in a list of changes.
_ROW_NAMES: Final[Mapping[str, str]] = {
    "practitioners": "name",
    "credentials": "kind",
    "protocols": "name",
    "claims": "text",
    "prices": "treatment",
    "evidence": "identifier",
    "enforcement": "reference",
}
_SECTION_TITLES: Final[Mapping[str, str]] = {
    "practitioners": "Practitioner",
    "credentials": "Credential",
    "protocols": "Protocol",
    "claims": "Claim",
    "prices": "Price",
    "evidence": "Evidence",
    "enforcement": "Public record",
    "practices": "Practice",
}


def reviewed_part(profile: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a profile (clinics.profiles.profile_from_rows) a review vouches for, as
    plain JSON values (dates and decimals as text), the form a review stores."""
    part = {key: value for key, value in profile.items() if key not in NOT_REVIEWED_KEYS}
    if "claims" in part:
        part["claims"] = [
            {key: value for key, value in claim.items() if key not in NOT_REVIEWED_CLAIM_KEYS}
            for claim in part["claims"]
        ]
    return json.loads(json.dumps(part, default=str))


def digest(part: Mapping[str, Any]) -> str:
    """A stable fingerprint of the reviewed part: equal data, equal digest."""
    encoded = json.dumps(part, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(blank)"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    text = str(value)
    return text if len(text) <= 80 else f"{text[:77]}…"


def _row_label(section: str, row: Mapping[str, Any], index: int) -> str:
    key = _ROW_NAMES.get(section, "")
    name = row.get(key) if isinstance(row, Mapping) else None
    title = _SECTION_TITLES.get(section, section)
    return f"{title} “{_shown(name)}”" if name else title


def _field_changes(where: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    out = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if isinstance(old, list) and isinstance(new, list) and key == "credentials":
            out.extend(_rows_changes(f"{where}: credential", "credentials", old, new))
            continue
        out.append(f"{where}: {key.replace('_', ' ')} {_shown(old)} → {_shown(new)}")
    return out


def _rows_changes(
    where: str,
    section: str,
    before: Sequence[Mapping[str, Any]],
    after: Sequence[Mapping[str, Any]],
) -> list[str]:
    """Rows are paired by their name (a practitioner's name, a claim's text), in order among
    rows of the same name, so a row added in the middle is one addition, not a cascade."""
    key = _ROW_NAMES.get(section, "")

    def grouped(rows: Sequence[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
        groups: dict[str, list[Mapping[str, Any]]] = {}
        for row in rows:
            groups.setdefault(str(row.get(key) or ""), []).append(row)
        return groups

    old_groups, new_groups = grouped(before), grouped(after)
    out = []
    for name in dict.fromkeys([*old_groups, *new_groups]):
        olds, news = old_groups.get(name, []), new_groups.get(name, [])
        for index in range(max(len(olds), len(news))):
            old = olds[index] if index < len(olds) else None
            new = news[index] if index < len(news) else None
            if old == new:
                continue
            if old is None and new is not None:
                out.append(f"{_row_label(section, new, index)} added")
            elif new is None and old is not None:
                out.append(f"{_row_label(section, old, index)} removed")
            elif old is not None and new is not None:
                out.extend(_field_changes(_row_label(section, new, index), old, new))
    return [f"{where} {line}".strip() if where else line for line in out]


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """What changed from one reviewed part to another, one line per changed field or row, in
    words a reviewer reads ("Credential “medical_licence”: verified no → yes")."""
    before, after = reviewed_part(before), reviewed_part(after)
    out: list[str] = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if key in _ROW_NAMES:
            out.extend(_rows_changes("", key, old or [], new or []))
        elif key == "practices":
            out.extend(_field_changes("Practices", old or {}, new or {}))
        else:
            out.append(f"Clinic: {key.replace('_', ' ')} {_shown(old)} → {_shown(new)}")
    return out
