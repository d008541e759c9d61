"""The rules across a record's fields (clinics.schema re-exports them): each is the database's
check constraint and the check every door runs before saving, written once."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from django.db import models
from django.db.models import F, Q

from .choices import (
    CredentialKind,
)


@dataclass(frozen=True)
class Rule:
    """A rule across a record's fields: the database's check constraint and the check every
    door runs before saving, written once. ``blame`` is the field a curator should correct."""

    name: str
    message: str
    blame: str
    condition: Q
    holds: Callable[[Mapping[str, Any]], bool]

    def constraint(self) -> models.CheckConstraint:
        return models.CheckConstraint(
            condition=self.condition, name=self.name, violation_error_message=self.message
        )


def _not_after(low: str, high: str, *, name: str, message: str) -> Rule:
    """``low`` is not after ``high`` when both are known."""

    def holds(values: Mapping[str, Any]) -> bool:
        a, b = values.get(low), values.get(high)
        return a is None or b is None or a <= b

    condition = (
        Q(**{f"{low}__isnull": True})
        | Q(**{f"{high}__isnull": True})
        | Q(**{f"{low}__lte": F(high)})
    )
    return Rule(name, message, high, condition, holds)


# The rule a row keeps only once it is written: a parsed record or an inline's new row has no
# owner yet, so the database checks it.
OWNERSHIP_RULE: Final = "credential_belongs_to_clinic_or_practitioner"
# An owner not written yet, for the rules that ask whose a row is (they compare with None).
UNSAVED_OWNER: Final = 0

# A doctor's own credentials: "Licensed doctors" reads them on practitioners only, so on the
# clinic they would be kept and silently ignored.
PERSON_KINDS: Final[tuple[CredentialKind, ...]] = (
    CredentialKind.MEDICAL_LICENSE,
    CredentialKind.BOARD_CERTIFICATION,
)


def _held_by_a_doctor(kind: CredentialKind) -> Rule:
    """A credential of ``kind`` is never the clinic's own."""
    return Rule(
        f"credential_{kind.value}_on_practitioner",
        f"A {kind.label.lower()} belongs to a doctor: add it under Practitioners, on the "
        "doctor's own credentials.",
        "kind",
        Q(clinic__isnull=True) | ~Q(kind=kind.value),
        lambda v: v.get("clinic_id") is None or v.get("kind") != kind.value,
    )


PERSON_KIND_RULES: tuple[Rule, ...] = tuple(_held_by_a_doctor(kind) for kind in PERSON_KINDS)
CREDENTIAL_RULES: tuple[Rule, ...] = (
    Rule(
        OWNERSHIP_RULE,
        "A credential belongs to a clinic or to a practitioner, not both.",
        "practitioner",
        Q(clinic__isnull=False, practitioner__isnull=True)
        | Q(clinic__isnull=True, practitioner__isnull=False),
        lambda v: (v.get("clinic_id") is None) != (v.get("practitioner_id") is None),
    ),
    _not_after(
        "issued_on",
        "expires_on",
        name="credential_issued_before_expiry",
        message="A credential cannot expire before it was issued.",
    ),
    Rule(
        "credential_verified_has_date",
        "A verified credential needs the date it was verified.",
        "verified_on",
        ~Q(verified=True) | Q(verified_on__isnull=False),
        lambda v: v.get("verified") is not True or v.get("verified_on") is not None,
    ),
    # The profile import checks these before a credential's owner is set, with the owner the
    # record's place in the profile gives (clinics.profiles).
    *PERSON_KIND_RULES,
)
PRICE_RULES: tuple[Rule, ...] = (
    _not_after(
        "min_amount",
        "max_amount",
        name="price_min_not_above_max",
        message="The minimum price cannot be above the maximum.",
    ),
)


ENFORCEMENT_RULES: tuple[Rule, ...] = (
    _not_after(
        "issued_on",
        "closed_out_on",
        name="enforcement_closed_after_issued",
        message="A matter cannot be closed out before it was issued.",
    ),
)
MATCH_RULES: tuple[Rule, ...] = (
    Rule(
        "match_names_one_clinic_or_practitioner",
        "A match names a clinic or a practitioner, not both.",
        "practitioner",
        Q(clinic__isnull=False, practitioner__isnull=True)
        | Q(clinic__isnull=True, practitioner__isnull=False),
        lambda v: (v.get("clinic_id") is None) != (v.get("practitioner_id") is None),
    ),
)

# The rules each model's rows must keep, by model name; the first two apply to rows before
# they belong to anything (an imported record), so the ownership rule is checked on saving.
# An evidence document (clinics.documents) backs exactly one record.
DOCUMENT_TARGETS = ("credential", "protocol", "enforcement", "snapshot", "correction")


def _only(chosen: str) -> Q:
    return Q(**{f"{chosen}__isnull": False}) & Q(
        **{f"{other}__isnull": True for other in DOCUMENT_TARGETS if other != chosen}
    )


DOCUMENT_RULES: tuple[Rule, ...] = (
    Rule(
        "document_attached_to_one_record",
        "A document backs exactly one record: a credential, a protocol, an enforcement action, "
        "a website snapshot or a clinic's correction.",
        "credential",
        functools.reduce(operator.or_, (_only(name) for name in DOCUMENT_TARGETS)),
        lambda v: sum(v.get(f"{name}_id") is not None for name in DOCUMENT_TARGETS) == 1,
    ),
)


RULES: dict[str, tuple[Rule, ...]] = {
    "document": DOCUMENT_RULES,
    "credential": CREDENTIAL_RULES,
    "pricequote": PRICE_RULES,
    "enforcementaction": ENFORCEMENT_RULES,
    "enforcementmatch": MATCH_RULES,
}
