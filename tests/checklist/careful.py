"""A careful clinic: facts that meet every criterion, the reasons each gives, and the helper the
one-fact cases are written with (tests/checklist/criteria_cases_*.py)."""

from __future__ import annotations

from typing import Any

import pytest

from checklist.engine.facts import (
    CellForm,
    CellSource,
    ClinicFacts,
    EvidenceKind,
    Lab,
    Manipulation,
    Processing,
)

CAREFUL = ClinicFacts(
    cell_sources=frozenset({CellSource.AUTOLOGOUS_ADIPOSE}),
    cell_forms=frozenset({CellForm.LIVE_CELLS}),
    processing=frozenset({Processing.CLOSED_SYSTEM}),
    manipulation=frozenset({Manipulation.SAME_DAY}),
    labs=frozenset({Lab.ON_SITE}),
    protocol_documented=True,
    systemic_delivery=False,
    treats_disease=False,
    product_misnamed=False,
    has_practitioners=True,
    verified_current_medical_licences=2,
    expired_medical_licences=0,
    regenerative_specialist=True,
    specialist_years_experience=12,
    facility_licence_verified=True,
    regulator_registration_verified=True,
    lab_accreditation_verified=True,
    expired_facility_credentials=0,
    claim_flags=frozenset(),
    evidence_count=2,
    evidence_kinds=frozenset({EvidenceKind.PUBLICATION}),
    consultation=True,
    written_consent=True,
    consent_states_limited_data=True,
    risks_disclosed=True,
    follow_up=True,
    complication_reporting=True,
    outcomes_published=True,
    procedures_performed=400,
    charges_for_trial=False,
    markets_treatments=True,
    release_testing=True,
    adverse_event_reporting=True,
    # A clinic, not a study: ethics approval is not asked for (the cases set a study).
    offered_as_study=False,
    sales_pressure=False,
    enforcement_record="none",
    enforcement_detail="lists updated 2026-12-01",
    country="MX",
    full_face_price_min_usd=4500,
    full_face_price_max_usd=7000,
)

CAREFUL_REASONS = {
    "autologous_source": "Uses only your own cells, from your own fat.",
    "no_embryonic_cells": "No embryonic cells are used.",
    "product_disclosed": "Says plainly what is used: live cells.",
    "honest_product_wording": "The product is named for what it is.",
    "local_cosmetic_use": "Cells are used only on the skin, for cosmetic concerns.",
    "sterile_closed_system": "Cells are processed in a sterile, closed system.",
    "minimal_manipulation": "Cells are used the same day, with minimal handling.",
    "qc_release_testing": "Each cell product is tested before use: sterility, cell count and "
    "viability (and endotoxin and mycoplasma for anything grown or stored).",
    "protocol_documented": "A written protocol documents how cells are processed and whether "
    "they are used the same day.",
    "lab_accredited": "Cells are processed in an accredited lab.",
    "licensed_physicians": "2 treating doctors hold a verified, current medical licence.",
    "regenerative_specialist": "A specialist in regenerative medicine, dermatology or plastic "
    "surgery with 12 years of experience "
    "treats patients.",
    "track_record": "Shows a track record: publishes its outcomes, reports complications and "
    "has performed 400 procedures.",
    "realistic_claims": "No unrealistic promises were found in its marketing.",
    "no_fda_misuse": "No misleading FDA claims were found in its marketing.",
    "realistic_timeline": "Its marketing does not promise instant or permanent results.",
    "risks_disclosed": "Discloses side effects such as swelling, bruising, redness and infection.",
    "evidence_cited": "Cites 2 references with a DOI or trial number.",
    "regulatory_oversight": "The facility holds a verified, current licence and is registered "
    "with the regulator.",
    "facility_credentials_current": "The clinic's credentials on record are verified and current.",
    "no_enforcement_history": "No enforcement record found in the public lists (lists updated "
    "2026-12-01).",
    "ethics_review": "The treatment is not offered as a study or trial.",
    "adverse_event_reporting": "Reports serious adverse events to the regulator.",
    "informed_consent": "Written consent states that long-term safety data are limited.",
    "consultation": "A consultation reviews your medical history and candidacy before treatment.",
    "no_sales_pressure": "No pressure to pay before a doctor has seen you and you have had "
    "time to decide.",
    "no_trial_fees": "Does not charge patients to take part in a trial.",
    "price_in_range": "Quoted $4,500–$7,000, within the range typical for a full face in "
    "Mexico: $3,500–$8,000.",
    "follow_up": "Scheduled follow-up after treatment to catch and manage complications.",
}

S = CellSource
ONLY_OWN_CELLS = "; for a cosmetic treatment only your own cells are acceptable."


def case(criterion_id: str, status: str, reason: str, name: str, **changes: Any) -> Any:
    return pytest.param(criterion_id, changes, status, reason, id=name)
