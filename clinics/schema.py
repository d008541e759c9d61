"""The clinic record, declared once: every field's kind and limits, and the rules across fields.

Three doors let a clinic's data in, and all three check it here, so the same bad value gets the
same message at each:
- the JSON profile import (clinics.profiles): each value goes through its field's ``convert``;
- the spreadsheet import (clinics.resources): a cell is read as text ("yes", "a, b"), then the
  value goes through the same ``convert``;
- the admin's forms (clinics.curation): the typed values go through ``record_errors``.
The cross-field rules are also the database's check constraints (``Rule.constraint``), so a
row that slips past a door is still refused, with the same words.
docs/clinic-profile.md's field reference and the JSON Schema at /schema/clinic-profile.json are
written from this module (clinics.schema_docs).
"""

from __future__ import annotations

import datetime
import decimal
import functools
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.db import models

from . import schema_rules
from .choices import (
    CellForm,
    CellSource,
    CredentialKind,
    Currency,
    Delivery,
    EnforcementConcern,
    EnforcementKind,
    EvidenceKind,
    Lab,
    Manipulation,
    Processing,
    Specialty,
    Treatment,
)
from .languages import ClaimLanguage


class Invalid(Exception):
    """A value the record may not hold: ``path`` names it (``protocols[0].delivery``)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


Convert = Callable[[Any, str], Any]
JsonSchema = Mapping[str, Any]


class Kind(NamedTuple):
    """A kind of value, said once for every door: its check and conversion (None means
    unknown), its words for the documentation, its JSON Schema, whether a record must give
    it, and the messages a form field says in the check's words (Django's error_messages)."""

    convert: Convert
    described: str
    json: JsonSchema
    required: bool = False
    messages: Mapping[str, str] = {}


@dataclass(frozen=True)
class Field:
    """One key of the record: the model attribute it fills and its kind of value."""

    key: str
    attr: str
    convert: Convert
    kind: str
    json: JsonSchema
    required: bool
    messages: Mapping[str, str]

    def __call__(self, value: Any, path: str) -> Any:
        return self.convert(value, path)


def or_null(json_type: str) -> list[str]:
    # Absent and null mean unknown wherever a value is optional.
    return [json_type, "null"]


def not_one_of(shown: str, allowed: Iterable[str]) -> str:
    """The words for a value outside a list; ``shown`` is the value as repr() writes it."""
    return f"{shown} is not one of {', '.join(allowed)}"


# --- Kinds of value ---------------------------------------------------------------------------


# Text a spreadsheet, a JSON file or a form brings in is stored in one Unicode form (NFC), so
# "Clínica" typed with a combining accent and with a composed one are the same name.
NORMAL_FORM: Final = "NFC"
# Line breaks and tabs belong in multi-line text (a description, a claim); any other control
# character (C0, DEL, C1) breaks a spreadsheet export or hides in a name.
MULTILINE_CONTROLS = frozenset("\t\n\r")


def _character(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


def _refused_character(value: str, *, multiline: bool) -> str | None:
    """The words for the first character text may not hold, or None."""
    for char in value:
        category = unicodedata.category(char)
        if category == "Cs":
            return (
                f"contains a lone surrogate ({_character(char)}), which is not a character: "
                "the text was damaged before it reached the file"
            )
        if category == "Cc" and not (multiline and char in MULTILINE_CONTROLS):
            allowed = "only tabs and line breaks are" if multiline else "none is"
            return f"contains a control character ({_character(char)}); {allowed} allowed here"
        # Bidi overrides and isolates, zero-width spaces and joiners: they make a name or an
        # address read differently from what it is. Multi-line text (right-to-left
        # paragraphs, emoji sequences) may need them.
        if category == "Cf" and not multiline:
            return (
                f"contains an invisible formatting character ({_character(char)}), which can "
                "make it read as something it is not; remove it"
            )
    return None


def text(max_length: int, *, required: bool = False, multiline: bool = False) -> Kind:
    def convert(value: Any, path: str) -> str:
        if value is None:
            if required:
                raise Invalid(path, "is required")
            return ""
        if not isinstance(value, str):
            raise Invalid(path, f"must be a string, not {type(value).__name__}")
        stripped: str = value.strip()
        # PostgreSQL cannot store a NUL; no name, note or address has one.
        if "\x00" in stripped:
            raise Invalid(path, "contains a NUL character (\\x00)")
        refused = _refused_character(stripped, multiline=multiline)
        if refused:
            raise Invalid(path, refused)
        stripped = unicodedata.normalize(NORMAL_FORM, stripped)
        if required and not stripped:
            raise Invalid(path, "must not be empty")
        if len(stripped) > max_length:
            raise Invalid(path, f"is {len(stripped)} characters long; at most {max_length} allowed")
        return stripped

    described = (
        f"{'text' if multiline else 'one line of text'}, at most {max_length:,} characters"
        + (", required" if required else "")
    )
    # JSON Schema counts spaces around the text, which the import strips before counting.
    # What a pattern can say: no NUL, and no line break in one line of text.
    forbidden = "\\u0000" if multiline else "\\u0000-\\u001f\\u007f-\\u009f"
    json = {
        "type": "string" if required else or_null("string"),
        "maxLength": max_length,
        # When required, something besides spaces.
        "pattern": f"^[^{forbidden}]*\\S[^{forbidden}]*$" if required else f"^[^{forbidden}]*$",
    }
    messages = {"required": "is required"} if required else {}
    return Kind(convert, described, json, required, messages)


# Characters a web address may not hold unencoded (RFC 3986), and which an address pasted
# from a page's markup brings along: a quote or a bracket ends an HTML attribute.
NOT_IN_URL = frozenset('"<>`{}|\\^')
NOT_A_URL = "Enter a valid URL."


def url(max_length: int, *, required: bool = False) -> Kind:
    one_line = text(max_length, required=required)

    def convert(value: Any, path: str) -> str:
        address = str(one_line.convert(value, path))
        for char in address:
            if char in NOT_IN_URL or char.isspace():
                shown = "a space" if char == " " else repr(char)
                raise Invalid(
                    path,
                    f"contains {shown}, which a web address may not hold: write it "
                    f"percent-encoded (%{ord(char):02X})",
                )
        if address:
            try:
                URLValidator()(address)
            except ValidationError:
                raise Invalid(path, NOT_A_URL) from None
        return address

    described = (
        f"full web address, at most {max_length:,} characters, without spaces, "
        "quotes or angle brackets" + (", required" if required else "")
    )
    json = {
        "type": "string" if required else or_null("string"),
        "maxLength": max_length,
        "pattern": '^[^\\s"<>`{}|\\\\^\\u0000-\\u001f\\u007f-\\u009f]*$'
        if not required
        else '^[^\\s"<>`{}|\\\\^\\u0000-\\u001f\\u007f-\\u009f]+$',
    }
    messages = {"required": "is required"} if required else {}
    return Kind(convert, described, json, required, messages)


NOT_A_SLUG = validate_slug.message


_SLUG_TEXT = text(120, required=True)


def _slug(value: Any, path: str) -> str:
    slug = str(_SLUG_TEXT.convert(value, path))
    try:
        validate_slug(slug)
    except ValidationError:
        raise Invalid(path, str(NOT_A_SLUG)) from None
    return slug


SLUG = Kind(
    _slug,
    "letters, digits, hyphens and underscores, at most 120 characters, required; unique "
    "whatever the case",
    {"type": "string", "maxLength": 120, "pattern": "^[-a-zA-Z0-9_]+$"},
    required=True,
    messages={"required": "is required"},
)


def slug_in_other_case(other: str) -> str:
    """The words refusing a slug that differs only in case from clinic ``other``'s: every door
    checks it against the stored clinics (the database compares slugs exactly)."""
    return (
        f"differs only in case from the slug of clinic “{other}”; slugs are unique whatever "
        "the case"
    )


def _yes_no(value: Any, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise Invalid(path, f"must be true, false or null, not {value!r}")


YES_NO = Kind(_yes_no, "true, false or null (unknown)", {"type": or_null("boolean")})


def whole(maximum: int) -> Kind:
    def convert(value: Any, path: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(path, f"must be a whole number, not {value!r}")
        if not 0 <= value <= maximum:
            raise Invalid(path, f"must be between 0 and {maximum:,}, not {value}")
        return int(value)

    json = {"type": or_null("integer"), "minimum": 0, "maximum": maximum}
    return Kind(convert, f"whole number from 0 to {maximum:,}", json)


def _hours(value: Any, path: str) -> decimal.Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | decimal.Decimal):
        raise Invalid(path, f"must be a number of hours, not {value!r}")
    if not 0 <= value <= 99:
        raise Invalid(path, f"must be between 0 and 99 hours, not {value}")
    return decimal.Decimal(str(value)).quantize(decimal.Decimal("0.1"))


HOURS = Kind(
    _hours,
    "hours from 0 to 99, to a tenth",
    {"type": or_null("number"), "minimum": 0, "maximum": 99},
)


def _date(value: Any, path: str) -> datetime.date | None:
    if value is None or (
        isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    ):
        return value
    if not isinstance(value, str):
        raise Invalid(path, f"must be a date as YYYY-MM-DD, not {value!r}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise Invalid(path, f"{value!r} is not a date as YYYY-MM-DD") from None


DATE = Kind(
    _date,
    "date, YYYY-MM-DD",
    {"type": or_null("string"), "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
)


def choice(choices: type[models.TextChoices], *, default: str | None = None) -> Kind:
    allowed = [c.value for c in choices]
    required = default is None
    missing = f"is required; one of {', '.join(allowed)}"

    def convert(value: Any, path: str) -> str:
        if value is None or (value == "" and not required):
            if default is None:
                raise Invalid(path, missing)
            return default
        if value not in allowed:
            raise Invalid(path, not_one_of(repr(value), allowed))
        return str(value)

    described = ", ".join(f"`{v}`" for v in allowed)
    # Absent, null or "" take the default where there is one.
    enum: list[str | None] = list(allowed) if required else [*allowed, "", None]
    json = {"enum": enum}
    # '%(value)s' is how a form quotes the value it refuses, as repr() quotes a plain word.
    messages = {"invalid_choice": not_one_of("'%(value)s'", allowed)}
    if required:
        messages["required"] = missing
    described = f"one of {described}" + ("" if default is not None else ", required")
    return Kind(convert, described, json, required, messages)


def choice_list(
    choices: type[models.TextChoices],
    *,
    example: str,
    twice: str,
    messages: dict[str, str] | None = None,
) -> Kind:
    """A list of values of ``choices``, each at most once (null: none). ``example`` is shown when
    the value is not a list; ``twice`` names what is listed twice ("a concern")."""
    allowed = list(choices.values)

    def convert(value: Any, path: str) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise Invalid(path, f"must be a list such as {example}, not {value!r}")
        for i, item in enumerate(value):
            if item not in allowed:
                raise Invalid(f"{path}[{i}]", not_one_of(repr(item), allowed))
        if len(set(value)) != len(value):
            raise Invalid(path, f"lists {twice} twice")
        return list(value)

    return Kind(
        convert,
        "list of " + ", ".join(f"`{v}`" for v in allowed) + ", each once",
        {"type": or_null("array"), "items": {"enum": allowed}, "uniqueItems": True},
        messages=messages or {},
    )


DELIVERY = choice_list(
    Delivery,
    example='["injection"]',
    twice="a delivery method",
    messages={"invalid_choice": not_one_of("'%(value)s'", Delivery.values)},
)
CONCERNS = choice_list(EnforcementConcern, example='["products", "claims"]', twice="a concern")


@functools.cache
def country_codes() -> frozenset[str]:
    from django_countries import countries

    return frozenset(code for code, _ in countries)


# Django's words for a choice it does not know, which a form also says (%(value)s).
NOT_A_COUNTRY = "Value '%(value)s' is not a valid choice."


def _country(value: Any, path: str) -> str:
    code = str(text(2, required=True).convert(value, path)).upper()
    # Checked here, not by full_clean: django-countries rebuilds its list of choices (some
    # 250 countries) for every instance it validates.
    if code not in country_codes():
        raise Invalid(path, NOT_A_COUNTRY % {"value": code})
    return code


COUNTRY = Kind(
    _country,
    "ISO 3166-1 alpha-2 code, required",
    # Upper or lower case; the import reads "gb" as GB.
    {"type": "string", "pattern": "^[A-Za-z]{2}$"},
    required=True,
    messages={"required": "is required", "invalid_choice": NOT_A_COUNTRY},
)


def attrs(fields: tuple[Field, ...]) -> tuple[str, ...]:
    """The model attributes a record kind fills, in the schema's order (the spreadsheet's
    columns and the export's)."""
    return tuple(f.attr for f in fields)


def field(key: str, kind: Kind, attr: str | None = None) -> Field:
    return Field(
        key=key,
        attr=attr or key,
        convert=kind.convert,
        kind=kind.described,
        json=kind.json,
        required=kind.required,
        messages=kind.messages,
    )


# --- The records ------------------------------------------------------------------------------

PRACTICE_KEYS: tuple[str, ...] = (
    "consultation",
    "written_consent",
    "consent_states_limited_data",
    "risks_disclosed",
    "follow_up",
    "complication_reporting",
    "outcomes_published",
    "procedures_performed",
    "charges_for_trial",
    "markets_treatments",
    "release_testing",
    "adverse_event_reporting",
    "offered_as_study",
    "ethics_review",
    "sales_pressure",
)
MONEY = whole(10_000_000)

CLINIC: tuple[Field, ...] = (
    field("slug", SLUG),
    field("name", text(200, required=True)),
    field("country", COUNTRY),
    field("city", text(120)),
    field("website", url(200)),
    field("description", text(20_000, multiline=True)),
    field("published", YES_NO),
    field("last_reviewed", DATE),
)
PRACTICES: tuple[Field, ...] = tuple(
    field(key, whole(10_000_000) if key == "procedures_performed" else YES_NO)
    for key in PRACTICE_KEYS
)
PRACTITIONER: tuple[Field, ...] = (
    field("name", text(200, required=True)),
    field("role", text(120)),
    # An unknown specialty is stored as "", as Django does for blank CharFields.
    field("specialty", choice(Specialty, default="")),
    field("years_experience", whole(70)),
)
CREDENTIAL: tuple[Field, ...] = (
    field("kind", choice(CredentialKind)),
    field("issuer", text(200)),
    field("number", text(100)),
    field("issued_on", DATE),
    field("expires_on", DATE),
    field("verified", YES_NO),
    field("verified_by", text(120)),
    field("verified_on", DATE),
    field("source_url", url(200)),
    field("verification_note", text(5_000, multiline=True)),
)
PROTOCOL: tuple[Field, ...] = (
    field("name", text(200, required=True)),
    field("cell_source", choice(CellSource, default=CellSource.UNKNOWN)),
    field("cell_form", choice(CellForm, default=CellForm.UNKNOWN)),
    field("processing", choice(Processing, default=Processing.UNKNOWN)),
    field("manipulation", choice(Manipulation, default=Manipulation.UNKNOWN)),
    field("lab", choice(Lab, default=Lab.UNKNOWN)),
    field("harvest_cc", whole(5000)),
    field("delivery", DELIVERY),
    field("sessions", whole(100)),
    field("procedure_hours", HOURS),
    field("documented", YES_NO),
    field("treats_disease", YES_NO),
)
CLAIM: tuple[Field, ...] = (
    field("text", text(20_000, required=True, multiline=True)),
    field("source_url", url(200)),
    field("captured_on", DATE),
    # Left empty, the import detects it (clinics.languages); a curator's choice travels with it.
    field("language", choice(ClaimLanguage, default="")),
    field("gloss", text(20_000, multiline=True)),
)
PRICE: tuple[Field, ...] = (
    field("treatment", choice(Treatment, default=Treatment.FULL_FACE)),
    field("currency", choice(Currency, default="USD")),
    # As quoted, in whole units: in won, US$10 million is some 14 billion.
    field("min_amount", whole(100_000_000_000)),
    field("max_amount", whole(100_000_000_000)),
    field("min_usd", MONEY),  # converted from the amounts (clinics.quotes)
    field("max_usd", MONEY),
    field("includes", text(300)),
)
# A public enforcement record about the clinic (clinics.enforcement, docs/enforcement.md); the
# firm named defaults to the clinic's name. Importing links the clinic to the action, which
# other clinics may share.
ENFORCEMENT: tuple[Field, ...] = (
    field("agency", text(120, required=True)),
    field("kind", choice(EnforcementKind)),
    field("reference", text(80)),
    field("issued_on", DATE),
    field("closed_out_on", DATE),
    field("company", text(200)),
    field("subject", text(300)),
    field("products", text(400)),
    field("concerns", CONCERNS),
    field("url", url(500, required=True)),
    field("summary", text(5_000, multiline=True)),
)
EVIDENCE: tuple[Field, ...] = (
    field("kind", choice(EvidenceKind)),
    field("identifier", text(200, required=True)),
    field("title", text(400)),
)


# --- Rules across fields: clinics.schema_rules, read here as schema.<NAME> by every door -------

Rule = schema_rules.Rule
OWNERSHIP_RULE = schema_rules.OWNERSHIP_RULE
UNSAVED_OWNER = schema_rules.UNSAVED_OWNER
PERSON_KINDS = schema_rules.PERSON_KINDS
PERSON_KIND_RULES = schema_rules.PERSON_KIND_RULES
CREDENTIAL_RULES = schema_rules.CREDENTIAL_RULES
PRICE_RULES = schema_rules.PRICE_RULES
ENFORCEMENT_RULES = schema_rules.ENFORCEMENT_RULES
MATCH_RULES = schema_rules.MATCH_RULES
RULES = schema_rules.RULES

FIELDS: dict[str, tuple[Field, ...]] = {
    "clinic": CLINIC + PRACTICES,
    "practitioner": PRACTITIONER,
    "credential": CREDENTIAL,
    "processingprotocol": PROTOCOL,
    "claim": CLAIM,
    "pricequote": PRICE,
    "evidence": EVIDENCE,
    "enforcementaction": ENFORCEMENT,
}


def broken_rules(
    model_name: str, values: Mapping[str, Any], *, skip: Iterable[str] = ()
) -> list[Rule]:
    skipped = set(skip)
    return [r for r in RULES.get(model_name, ()) if r.name not in skipped and not r.holds(values)]


def _plain(value: Any) -> Any:
    """A model's value as a profile holds it: a country as its code."""
    from django_countries.fields import Country

    return value.code if isinstance(value, Country) else value


def record_check(
    model_name: str,
    values: Mapping[str, Any],
    *,
    rules: bool = True,
    skip_rules: Iterable[str] = (),
) -> tuple[dict[str, str], dict[str, str]]:
    """(texts, errors) for a record's typed values, as a form or a spreadsheet row holds them.

    ``errors`` maps a field (attribute) to its message: each field's check, then the rules
    across fields (blamed on their field). ``texts`` maps each text field that passed to the
    text as stored (stripped, NFC), for the door to keep instead of what it was given.
    """
    errors: dict[str, str] = {}
    texts: dict[str, str] = {}
    for spec in FIELDS.get(model_name, ()):
        if spec.attr not in values:
            continue
        value = _plain(values[spec.attr])
        if isinstance(value, str) and spec.attr != "specialty" and not value.strip():
            value = None  # an empty box means unknown, as null does in a profile
        try:
            converted = spec(value, spec.key)
        except Invalid as invalid:
            errors.setdefault(spec.attr, invalid.message)
        else:
            if isinstance(value, str) and isinstance(converted, str) and value != converted:
                texts[spec.attr] = converted
    if rules and not errors:
        for rule in broken_rules(model_name, values, skip=skip_rules):
            errors.setdefault(rule.blame, rule.message)
    return texts, errors


def record_errors(
    model_name: str,
    values: Mapping[str, Any],
    *,
    rules: bool = True,
    skip_rules: Iterable[str] = (),
) -> dict[str, str]:
    """Field (attribute) -> message for a record's typed values (``record_check``'s errors)."""
    return record_check(model_name, values, rules=rules, skip_rules=skip_rules)[1]
