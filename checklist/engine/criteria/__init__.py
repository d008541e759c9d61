"""The criteria catalogue (pure, no Django).

One catalogue drives the clinic page, the patient's checklist, the report, the methodology page
and the admin breakdown. Each criterion reads `ClinicFacts` and answers `met`, `partial`,
`not_met` or `unknown` with a one-line reason, and cites the published sources behind it.

Criterion ids are part of the interface: stored assessments, exports and URLs use them.
The package, module by module:
- ``catalogue``: the building blocks (criteria, options, groups) and the catalogue with its
  version; bump ``EDITION`` there when an evaluation rule changes what it decides;
- ``sources``, ``wording``: the citations, and the options and words criteria share;
- one module per thing judged, each with its criteria and their evaluations: ``source`` (the
  cells), ``process``, ``people``, ``claims``, ``evidence`` (and oversight), ``care``,
  ``price``.
"""

from __future__ import annotations

from typing import Final

from . import care, claims, evidence, people, price, process, source
from .catalogue import (
    EDITION,
    GROUPS,
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    PARTIAL,
    SEVERITIES,
    STATUSES,
    UNKNOWN,
    UNKNOWN_OPTION,
    Catalogue,
    CoreGroup,
    Criterion,
    Evaluation,
    Group,
    Option,
    Severity,
    Source,
    Status,
)

# The order pages show them in (and that the catalogue's version digest reads).
ORDER: Final[tuple[str, ...]] = (
    "autologous_source",
    "no_embryonic_cells",
    "product_disclosed",
    "honest_product_wording",
    "local_cosmetic_use",
    "sterile_closed_system",
    "minimal_manipulation",
    "qc_release_testing",
    "protocol_documented",
    "lab_accredited",
    "licensed_physicians",
    "regenerative_specialist",
    "track_record",
    "realistic_claims",
    "no_fda_misuse",
    "realistic_timeline",
    "risks_disclosed",
    "evidence_cited",
    "regulatory_oversight",
    "no_enforcement_history",
    "facility_credentials_current",
    "ethics_review",
    "adverse_event_reporting",
    "informed_consent",
    "consultation",
    "no_sales_pressure",
    "no_trial_fees",
    "price_in_range",
    "follow_up",
)

_BY_ID: Final = {
    c.id: c
    for module in (source, process, people, claims, evidence, care, price)
    for c in module.CRITERIA
}
CRITERIA: Final[tuple[Criterion, ...]] = tuple(_BY_ID[i] for i in ORDER)

CORE_GROUPS: Final[tuple[CoreGroup, ...]] = (
    CoreGroup(
        "cells_and_product",
        "Cell source and product",
        ("autologous_source", "no_embryonic_cells", "product_disclosed"),
    ),
    CoreGroup(
        "credentials",
        "Credentials",
        (
            "licensed_physicians",
            "regulatory_oversight",
            "facility_credentials_current",
            "lab_accredited",
        ),
    ),
    CoreGroup("claims", "Claims", ("realistic_claims", "realistic_timeline", "no_fda_misuse")),
)

CATALOGUE: Final = Catalogue(criteria=CRITERIA, groups=GROUPS, core_groups=CORE_GROUPS)

__all__ = [
    "CATALOGUE",
    "CORE_GROUPS",
    "CRITERIA",
    "EDITION",
    "GROUPS",
    "MET",
    "NOT_APPLICABLE",
    "NOT_MET",
    "ORDER",
    "PARTIAL",
    "SEVERITIES",
    "STATUSES",
    "UNKNOWN",
    "UNKNOWN_OPTION",
    "Catalogue",
    "CoreGroup",
    "Criterion",
    "Evaluation",
    "Group",
    "Option",
    "Severity",
    "Source",
    "Status",
]
