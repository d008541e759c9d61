"""The clinic record described for people and for tools, both written from clinics.schema:
the field reference of docs/clinic-profile.md (``manage.py write_profile_doc``) and the JSON
Schema served at /schema/clinic-profile.json."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .schema import (
    CLAIM,
    CLINIC,
    CREDENTIAL,
    CREDENTIAL_RULES,
    ENFORCEMENT,
    ENFORCEMENT_RULES,
    EVIDENCE,
    PERSON_KIND_RULES,
    PERSON_KINDS,
    PRACTICES,
    PRACTITIONER,
    PRICE,
    PRICE_RULES,
    PROTOCOL,
    Field,
    JsonSchema,
    Rule,
    or_null,
)

# --- The reference in docs/clinic-profile.md ---------------------------------------------------

DOC_START = (
    "<!-- field reference: written by `manage.py write_profile_doc` from clinics/schema.py -->"
)
DOC_END = "<!-- end of the field reference -->"
_DOC_RECORDS: tuple[tuple[str, str, tuple[Field, ...], tuple[Rule, ...]], ...] = (
    ("A clinic", "", CLINIC, ()),
    ("`practices`", "practices.", PRACTICES, ()),
    ("A practitioner (`practitioners[]`)", "", PRACTITIONER, ()),
    (
        "A credential (`credentials[]`, `practitioners[i].credentials[]`)",
        "",
        CREDENTIAL,
        # The ownership rule is the import's to keep: a profile says whose each one is.
        CREDENTIAL_RULES[1:],
    ),
    ("A protocol (`protocols[]`)", "", PROTOCOL, ()),
    ("A claim (`claims[]`)", "", CLAIM, ()),
    ("A price (`prices[]`)", "", PRICE, PRICE_RULES),
    ("Evidence (`evidence[]`)", "", EVIDENCE, ()),
    (
        "A public enforcement record (`enforcement[]`; `company` defaults to the clinic's name)",
        "",
        ENFORCEMENT,
        ENFORCEMENT_RULES,
    ),
)


def field_reference() -> str:
    """The field reference of docs/clinic-profile.md, in Markdown, between its markers."""
    out = [DOC_START, "", "## Field reference", ""]
    out.append(
        "Every door checks these, with these words: the JSON import, the admin's spreadsheet "
        "import and the admin's forms. A value outside them is refused, naming the field."
    )
    out.append(
        "\nText is stored without the spaces around it and in Unicode's composed form (NFC). "
        "One line of text holds no control character (a line break included) and no invisible "
        "formatting character (bidi overrides and marks, zero-width spaces and joiners); "
        "multi-line text may hold tabs and line breaks. A lone surrogate (`\\ud800` in JSON) "
        "is not a character and is refused everywhere. A web address holds no space, quote or "
        "angle bracket (write them percent-encoded: `%20`, `%22`, `%3C`, `%3E`)."
    )
    for title, prefix, fields, rules in _DOC_RECORDS:
        out += ["", f"### {title}", "", "| key | value |", "|---|---|"]
        out += [f"| `{prefix}{f.key}` | {f.kind} |" for f in fields]
        for rule in rules:
            out.append(f"\nRule: {rule.message} (the field to correct: `{rule.blame}`)")
    out += ["", DOC_END]
    return "\n".join(out) + "\n"


def document_with_reference(document: str) -> str:
    """``document`` with its field reference replaced by the one this module gives."""
    start, end = document.index(DOC_START), document.index(DOC_END) + len(DOC_END)
    return document[:start] + field_reference().rstrip("\n") + document[end:]


# --- The JSON Schema published at /schema/clinic-profile.json ------------------------------------

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _record_json(
    title: str,
    fields: tuple[Field, ...],
    rules: tuple[Rule, ...] = (),
    *,
    nullable: bool = False,
    more: Mapping[str, JsonSchema] | None = None,
) -> dict[str, Any]:
    properties: dict[str, Any] = {f.key: dict(f.json) for f in fields}
    properties.update(more or {})
    record: dict[str, Any] = {
        "title": title,
        "type": or_null("object") if nullable else "object",
        "properties": properties,
        # A key outside the format is refused: a typo must not drop data silently.
        "additionalProperties": False,
    }
    required = [f.key for f in fields if f.required]
    if required:
        record["required"] = required
    if rules:
        # A JSON Schema cannot compare two fields; the import checks these.
        record["description"] = "Also: " + " ".join(rule.message for rule in rules)
    return record


def _list_of(name: str) -> dict[str, Any]:
    return {"type": or_null("array"), "items": {"$ref": f"#/$defs/{name}"}}


def profile_json_schema(*, schema_id: str | None = None) -> dict[str, Any]:
    """The clinic profile file (a JSON list of profiles) as a JSON Schema (2020-12), from the
    same fields as the import. The import is stricter in three ways a JSON Schema cannot say:
    the rules across fields, a slug given twice in one file, and a country code outside ISO
    3166-1."""
    credentials = _list_of("credential")
    # The clinic's own: a doctor's licence or board certification is listed on the doctor.
    clinic_credential = _record_json("A clinic's own credential", CREDENTIAL, CREDENTIAL_RULES[1:])
    kinds = clinic_credential["properties"]["kind"]
    kinds["enum"] = [kind for kind in kinds["enum"] if kind not in PERSON_KINDS]
    defs = {
        "clinic": _record_json(
            "A clinic profile",
            CLINIC,
            more={
                "practices": {"$ref": "#/$defs/practices"},
                "practitioners": _list_of("practitioner"),
                "credentials": _list_of("clinic_credential"),
                "protocols": _list_of("protocol"),
                "claims": _list_of("claim"),
                "prices": _list_of("price"),
                "evidence": _list_of("evidence"),
                "enforcement": _list_of("enforcement"),
            },
        ),
        "practices": _record_json("What the clinic does", PRACTICES, nullable=True),
        "practitioner": _record_json(
            "A practitioner", PRACTITIONER, more={"credentials": credentials}
        ),
        "credential": _record_json(
            "A practitioner's credential",
            CREDENTIAL,
            tuple(r for r in CREDENTIAL_RULES[1:] if r not in PERSON_KIND_RULES),
        ),
        "clinic_credential": clinic_credential,
        "protocol": _record_json("A processing protocol", PROTOCOL),
        "claim": _record_json("A claim as published", CLAIM),
        "price": _record_json("A price quote, whole US dollars", PRICE, PRICE_RULES),
        "evidence": _record_json("Published evidence", EVIDENCE),
        "enforcement": _record_json(
            "A public enforcement record about the clinic", ENFORCEMENT, ENFORCEMENT_RULES
        ),
    }
    document: dict[str, Any] = {"$schema": JSON_SCHEMA_DIALECT}
    if schema_id:
        document["$id"] = schema_id
    document.update(
        {
            "title": "Clinic profiles",
            "description": (
                "A list of clinic profiles, as manage.py import_clinics reads them; see "
                "docs/clinic-profile.md. Absent or null means unknown. Each slug appears "
                "once in a file."
            ),
            "type": "array",
            "items": {"$ref": "#/$defs/clinic"},
            "$defs": defs,
        }
    )
    return document
