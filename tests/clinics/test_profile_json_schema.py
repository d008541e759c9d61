"""The profile format as a JSON Schema (/schema/clinic-profile.json), written from clinics.schema:
it is a well-formed JSON Schema, the documented example passes it, and the bad values the import
refuses, it refuses too.

The validator below knows the few keywords the schema uses and fails on any other, so a keyword
added to the schema cannot pass unchecked (the jsonschema package is not a dependency)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse

from clinics.profiles import ProfileError, parse_profiles
from clinics.schema_docs import JSON_SCHEMA_DIALECT, profile_json_schema

TYPES = {
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}
ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "format"}
CHECKS = {
    "$ref",
    "type",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "uniqueItems",
    "minimum",
    "maximum",
    "maxLength",
    "pattern",
}


def errors(schema: dict[str, Any], value: Any, root: dict[str, Any], path: str = "") -> list[str]:
    """Where ``value`` breaks ``schema``: an empty list when it passes."""
    unknown = set(schema) - ANNOTATIONS - CHECKS
    assert not unknown, f"the test's validator does not know {unknown}"
    found: list[str] = []
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        found += errors(target, value, root, path)
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(TYPES[name](value) for name in names):
            return [f"{path}: {value!r} is not {names}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{path}: {value!r} is not in the enum")
    if isinstance(value, str):
        if len(value) > schema.get("maxLength", len(value)):
            found.append(f"{path}: too long")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{path}: {value!r} does not match {schema['pattern']}")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and not schema.get("minimum", value) <= value <= schema.get("maximum", value):
        found.append(f"{path}: {value} is out of range")
    if isinstance(value, list):
        if schema.get("uniqueItems") and len({json.dumps(v) for v in value}) != len(value):
            found.append(f"{path}: an item is repeated")
        for i, item in enumerate(value):
            found += errors(schema.get("items", {}), item, root, f"{path}[{i}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        found += [
            f"{path}.{key}: required" for key in schema.get("required", ()) if key not in value
        ]
        for key, item in value.items():
            if key in properties:
                found += errors(properties[key], item, root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{path}.{key}: not a key of the format")
    return found


def check_schema_itself(schema: Any, root: dict[str, Any]) -> None:
    """Every subschema is an object of known keywords; every $ref points inside the document;
    every pattern compiles."""
    assert isinstance(schema, dict)
    assert not set(schema) - ANNOTATIONS - CHECKS, set(schema) - ANNOTATIONS - CHECKS
    for name in schema.get("$defs", {}).values():
        check_schema_itself(name, root)
    for sub in schema.get("properties", {}).values():
        check_schema_itself(sub, root)
    if "items" in schema:
        check_schema_itself(schema["items"], root)
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        assert name in root["$defs"], schema["$ref"]
    if "pattern" in schema:
        re.compile(schema["pattern"])
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        assert set(names) <= set(TYPES), names
    if "required" in schema:
        assert set(schema["required"]) <= set(schema["properties"]), schema["required"]


def documented_example() -> list[dict[str, Any]]:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "clinic-profile.md").read_text()
    return json.loads(doc.split("```json", 1)[1].split("```", 1)[0])


@pytest.fixture
def served(client) -> dict[str, Any]:
    response = client.get(reverse("clinics:profile-schema"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/schema+json"
    return json.loads(response.content)


def test_the_schema_is_served_as_a_well_formed_json_schema(served):
    assert served["$schema"] == JSON_SCHEMA_DIALECT
    assert served["$id"] == "http://testserver/schema/clinic-profile.json"
    check_schema_itself(served, served)
    assert served == profile_json_schema(schema_id=served["$id"])


def test_the_documented_example_passes_the_served_schema(served):
    assert errors(served, documented_example(), served) == []


def test_the_schema_page_names_the_schema_and_is_read_only(client):
    url = reverse("clinics:profile-schema")
    assert url == "/schema/clinic-profile.json"
    assert client.post(url).status_code == 405
    doc = (Path(__file__).resolve().parents[2] / "docs" / "clinic-profile.md").read_text()
    assert url in doc


def _set(path: str, value: Any):
    def mutate(profile: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = profile
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[last] = value

    return mutate


def _drop(key: str):
    return lambda profile: profile.pop(key)


# Each: a change to the documented example that the import refuses.
REFUSED = {
    "no slug": _drop("slug"),
    "an empty name": _set("name", "  "),
    "a country that is no code": _set("country", "Britain"),
    "a name too long": _set("name", "x" * 201),
    "a NUL in a city": _set("city", "Bris\x00tol"),
    "published as a word": _set("published", "yes"),
    "an unknown key": _set("cell_sorce", "typo"),
    "practices as a list": _set("practices", []),
    "a practice as a word": _set("practices.consultation", "yes"),
    "procedures below zero": _set("practices.procedures_performed", -1),
    "years over 70": _set("practitioners.0.years_experience", 75),
    "an unknown specialty": _set("practitioners.0.specialty", "astrology"),
    "a credential without a kind": _set("credentials.0.kind", None),
    "a doctor's licence on the clinic": _set("credentials.0.kind", "medical_license"),
    "a date that is no date": _set("practitioners.0.credentials.0.issued_on", "01/08/2010"),
    "sessions over 100": _set("protocols.0.sessions", 150),
    "a fractional session": _set("protocols.0.sessions", 1.5),
    "hours over 99": _set("protocols.0.procedure_hours", 120),
    "an unknown cell source": _set("protocols.0.cell_source", "alien"),
    "a delivery method named twice": _set("protocols.0.delivery", ["injection", "injection"]),
    "an unknown delivery method": _set("protocols.0.delivery", ["teleport"]),
    "delivery as a word": _set("protocols.0.delivery", "injection"),
    "claims as a word": _set("claims", "text"),
    "a claim without text": _set("claims.0.text", None),
    "a price over the limit": _set("prices.0.max_usd", 20_000_000),
    "evidence without an identifier": _set("evidence.0.identifier", None),
}


@pytest.mark.parametrize("mutate", REFUSED.values(), ids=REFUSED.keys())
def test_a_value_the_import_refuses_the_schema_refuses(mutate):
    schema = profile_json_schema()
    profiles = copy.deepcopy(documented_example())
    mutate(profiles[0])
    with pytest.raises(ProfileError):
        parse_profiles(copy.deepcopy(profiles))
    assert errors(schema, profiles, schema), "the JSON Schema let it through"


def test_unknown_is_absent_or_null_in_the_schema_as_in_the_import():
    schema = profile_json_schema()
    minimal = [{"slug": "harbour-skin", "name": "Harbour Skin Clinic", "country": "gb"}]
    nulls = [{**minimal[0], "practices": None, "claims": None, "city": None, "published": None}]
    for profiles in (minimal, nulls):
        assert parse_profiles(copy.deepcopy(profiles))
        assert errors(schema, profiles, schema) == []
