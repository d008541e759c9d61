"""The catalogue: its shape, its sources, and what each criterion decides (no database).

Each case varies one fact of CAREFUL (a clinic that meets every criterion) so a failure fails
for the reason named, and checks the status and the reason together.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest

from checklist.engine.claims import CATEGORIES
from checklist.engine.criteria import (
    CATALOGUE,
    CORE_GROUPS,
    CRITERIA,
    GROUPS,
    STATUSES,
    Catalogue,
    Criterion,
    Option,
    Source,
)
from checklist.engine.facts import (
    BOOL_FIELDS,
    FIELD_NAMES,
    FLOAT_FIELDS,
    INT_FIELDS,
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
    country="MX",
    full_face_price_min_usd=4500,
    full_face_price_max_usd=7000,
)

CAREFUL_REASONS = {
    "autologous_source": "Uses only your own cells, from your own fat.",
    "no_embryonic_cells": "No embryonic cells are used.",
    "product_disclosed": "Says plainly what is used: live cells.",
    "sterile_closed_system": "Cells are processed in a sterile, closed system.",
    "minimal_manipulation": "Cells are used the same day, with minimal handling.",
    "protocol_documented": "A written protocol documents how cells are processed and whether "
    "they are used the same day.",
    "lab_accredited": "Cells are processed in an accredited lab.",
    "licensed_physicians": "2 treating doctors hold a verified, current medical licence.",
    "regenerative_specialist": "A regenerative-medicine specialist with 12 years of experience "
    "treats patients.",
    "track_record": "Shows a track record: publishes its outcomes, reports complications and "
    "has performed 400 procedures.",
    "realistic_claims": "No unrealistic promises were found in its marketing.",
    "no_fda_misuse": "No misleading FDA claims were found in its marketing.",
    "realistic_timeline": "Its marketing does not promise instant or permanent results.",
    "risks_disclosed": "Discloses side effects such as swelling, bruising, redness and "
    "infection.",
    "evidence_cited": "Cites 2 references with a DOI or trial number.",
    "regulatory_oversight": "The facility holds a verified, current licence and is registered "
    "with the regulator.",
    "facility_credentials_current": "The clinic's credentials on record are verified and "
    "current.",
    "informed_consent": "Written consent states that long-term safety data are limited.",
    "consultation": "A consultation reviews your medical history and candidacy before "
    "treatment.",
    "no_trial_fees": "Does not charge patients to take part in a trial.",
    "price_in_range": "Quoted $4,500–$7,000, within the range typical for a full face in "
    "Mexico: $3,500–$8,000.",
    "follow_up": "Scheduled follow-up after treatment to catch and manage complications.",
}

S = CellSource
ONLY_OWN_CELLS = "; for a cosmetic treatment only your own cells are acceptable."


def case(criterion_id: str, status: str, reason: str, name: str, **changes: Any) -> Any:
    return pytest.param(criterion_id, changes, status, reason, id=name)


CASES = [
    # autologous_source
    case("autologous_source", "not_met", "Uses donor cells" + ONLY_OWN_CELLS,
         "donor cells fail the autologous knockout",
         cell_sources=frozenset({S.ALLOGENEIC_DONOR})),
    case("autologous_source", "not_met", "Uses umbilical-cord and animal cells" + ONLY_OWN_CELLS,
         "an outside source next to own cells still fails",
         cell_sources=frozenset({S.AUTOLOGOUS_ADIPOSE, S.UMBILICAL_CORD, S.ANIMAL})),
    case("autologous_source", "not_met", "Uses plant cells" + ONLY_OWN_CELLS,
         "plant stem cells fail the autologous knockout", cell_sources=frozenset({S.PLANT})),
    case("autologous_source", "not_met", "Uses placental or amniotic and embryonic cells"
         + ONLY_OWN_CELLS, "placental and embryonic cells fail the autologous knockout",
         cell_sources=frozenset({S.PLACENTAL_AMNIOTIC, S.EMBRYONIC})),
    case("autologous_source", "met",
         "Uses only your own cells, from your own fat and your own bone marrow.",
         "fat and bone marrow are both your own cells",
         cell_sources=frozenset({S.AUTOLOGOUS_BONE_MARROW, S.AUTOLOGOUS_ADIPOSE})),
    case("autologous_source", "partial", "Some treatments use your own cells (from your own "
         "fat); for others the source is not stated.",
         "own cells with an unstated source elsewhere is partial",
         cell_sources=frozenset({S.AUTOLOGOUS_ADIPOSE, S.UNKNOWN})),
    case("autologous_source", "unknown", "Where the cells come from is not known.",
         "unknown cell source is not a knockout failure", cell_sources=None),
    case("autologous_source", "unknown", "The clinic does not say where the cells come from.",
         "no protocol described leaves the source unknown", cell_sources=frozenset()),
    # no_embryonic_cells
    case("no_embryonic_cells", "not_met", "Uses embryonic cells, which raise ethical concerns; "
         "adult cells from your own body are the preferred source.",
         "embryonic cells fail their knockout", cell_sources=frozenset({S.EMBRYONIC})),
    case("no_embryonic_cells", "met", "No embryonic cells are used.",
         "donor cells are not embryonic", cell_sources=frozenset({S.ALLOGENEIC_DONOR})),
    case("no_embryonic_cells", "partial", "No embryonic cells in the treatments described, but "
         "for some the source is not stated.", "an unstated source might be embryonic",
         cell_sources=frozenset({S.AUTOLOGOUS_ADIPOSE, S.UNKNOWN})),
    case("no_embryonic_cells", "unknown", "Whether embryonic cells are used is not known.",
         "unknown source leaves embryonic cells unknown", cell_sources=None),
    # product_disclosed
    case("product_disclosed", "met",
         "Says plainly what is used: exosomes and growth factors (no live cells).",
         "a cell-free product is disclosed as having no live cells",
         cell_forms=frozenset({CellForm.GROWTH_FACTORS, CellForm.EXOSOMES})),
    case("product_disclosed", "partial",
         "Says what some treatments use (live cells), but not all of them.",
         "one treatment not saying what it uses is partial",
         cell_forms=frozenset({CellForm.LIVE_CELLS, CellForm.UNKNOWN})),
    case("product_disclosed", "not_met",
         "The clinic describes no treatment, so it does not say what it injects or applies.",
         "no treatment described means the product is not disclosed", cell_forms=frozenset()),
    case("product_disclosed", "unknown", "What is injected or applied is not known.",
         "unknown product form", cell_forms=None),
    case("product_disclosed", "unknown", "The clinic does not say what is injected or applied.",
         "only unstated forms leave the product unknown",
         cell_forms=frozenset({CellForm.UNKNOWN})),
    # sterile_closed_system
    case("sterile_closed_system", "not_met", "At least one treatment handles cells in an open "
         "system, which raises the risk of contamination and infection.",
         "open processing anywhere fails",
         processing=frozenset({Processing.CLOSED_SYSTEM, Processing.OPEN})),
    case("sterile_closed_system", "partial", "Some treatments process cells in a sterile, "
         "closed system; for others it is not stated.", "closed processing in some treatments",
         processing=frozenset({Processing.CLOSED_SYSTEM, Processing.UNKNOWN})),
    case("sterile_closed_system", "unknown", "How the cells are processed is not known.",
         "unknown processing", processing=None),
    case("sterile_closed_system", "unknown", "The clinic does not say how the cells are "
         "processed.", "only unstated processing", processing=frozenset({Processing.UNKNOWN})),
    # minimal_manipulation
    case("minimal_manipulation", "not_met", "Cells are grown in a lab with no registered trial "
         "on record; cells changed this much are regulated as a drug that needs approval.",
         "lab-grown cells outside a trial fail",
         manipulation=frozenset({Manipulation.CULTURE_EXPANDED})),
    case("minimal_manipulation", "met", "Cells are grown in a lab only within a registered "
         "trial.", "lab-grown cells within a registered trial are acceptable",
         manipulation=frozenset({Manipulation.CULTURE_EXPANDED}),
         evidence_kinds=frozenset({EvidenceKind.TRIAL})),
    case("minimal_manipulation", "not_met", "Cells are grown in a lab under a \"trial\" that "
         "patients pay to join; a trial that charges patients does not give the oversight it "
         "claims.", "a registered trial that charges patients is no cover",
         manipulation=frozenset({Manipulation.CULTURE_EXPANDED}),
         evidence_kinds=frozenset({EvidenceKind.TRIAL}), charges_for_trial=True),
    case("minimal_manipulation", "unknown", "Cells are grown in a lab; whether that happens "
         "within a registered trial is not known.", "lab-grown cells with unknown trial status",
         manipulation=frozenset({Manipulation.CULTURE_EXPANDED}), evidence_kinds=None),
    case("minimal_manipulation", "partial", "Some treatments use cells the same day or within "
         "a registered trial; for others it is not clear.",
         "same-day use with an unstated treatment is partial",
         manipulation=frozenset({Manipulation.SAME_DAY, Manipulation.UNKNOWN})),
    case("minimal_manipulation", "partial", "Some treatments use cells the same day or within "
         "a registered trial; for others it is not clear.",
         "same-day use beside lab-grown cells of unknown trial status is partial",
         manipulation=frozenset({Manipulation.SAME_DAY, Manipulation.CULTURE_EXPANDED}),
         evidence_kinds=None),
    case("minimal_manipulation", "unknown", "Whether cells are used the same day or grown in a "
         "lab is not known.", "unknown handling", manipulation=None),
    # protocol_documented
    case("protocol_documented", "not_met", "No written processing protocol: how cells are "
         "isolated, counted and handled is not documented.", "no written protocol fails",
         protocol_documented=False),
    case("protocol_documented", "partial", "A written protocol exists, but it leaves unclear "
         "how cells are processed or whether they are grown in a lab.",
         "a protocol silent on same-day use is partial", manipulation=None),
    case("protocol_documented", "partial", "A written protocol exists, but it leaves unclear "
         "how cells are processed or whether they are grown in a lab.",
         "a protocol silent on processing for one treatment is partial",
         processing=frozenset({Processing.CLOSED_SYSTEM, Processing.UNKNOWN})),
    case("protocol_documented", "unknown", "Whether the clinic has a written processing "
         "protocol is not known.", "unknown protocol", protocol_documented=None),
    # lab_accredited
    case("lab_accredited", "not_met", "Cells are sent to an outside lab with no accreditation "
         "on record.", "an unaccredited outside lab fails", labs=frozenset({Lab.EXTERNAL})),
    case("lab_accredited", "not_met", "Its on-site lab holds no verified accreditation or GMP "
         "certificate.", "an on-site lab without accreditation fails",
         lab_accreditation_verified=False),
    case("lab_accredited", "met", "Cells are processed in an accredited lab.",
         "an accredited outside lab is met", labs=frozenset({Lab.EXTERNAL_ACCREDITED}),
         lab_accreditation_verified=False),
    case("lab_accredited", "met", "The clinic holds a verified lab accreditation or GMP "
         "certificate.", "a verified accreditation is enough when the lab is not named",
         labs=None),
    case("lab_accredited", "partial", "Some processing is done in an accredited lab, but not "
         "all of it.", "accredited and unaccredited labs together are partial",
         labs=frozenset({Lab.ON_SITE, Lab.EXTERNAL})),
    case("lab_accredited", "partial", "The clinic holds a verified lab accreditation, but which "
         "lab processes the cells is not stated.", "accreditation with an unstated lab",
         labs=frozenset({Lab.UNKNOWN})),
    case("lab_accredited", "unknown", "Whether the lab that processes the cells is accredited "
         "is not known.", "an on-site lab of unknown accreditation",
         lab_accreditation_verified=None),
    # licensed_physicians
    case("licensed_physicians", "not_met", "No treating doctor holds a verified, current "
         "medical licence.", "named doctors without a verified licence fail the knockout",
         verified_current_medical_licences=0),
    case("licensed_physicians", "not_met", "No treating doctor holds a verified, current "
         "medical licence: 1 on record has expired.", "an expired licence fails the knockout",
         verified_current_medical_licences=0, expired_medical_licences=1),
    case("licensed_physicians", "not_met", "No treating doctor holds a verified, current "
         "medical licence: 2 on record have expired.", "expired licences fail the knockout",
         verified_current_medical_licences=0, expired_medical_licences=2),
    case("licensed_physicians", "met", "A treating doctor holds a verified, current medical "
         "licence.", "one licensed doctor is enough", verified_current_medical_licences=1),
    case("licensed_physicians", "unknown", "Treating doctors are named, but no licence of theirs "
         "has been verified yet.", "licences not verified yet are unknown",
         verified_current_medical_licences=None),
    case("licensed_physicians", "unknown", "The clinic names no treating doctor, so no licence "
         "can be checked.", "no named doctor is unknown, not a failure",
         has_practitioners=False, verified_current_medical_licences=0),
    case("licensed_physicians", "unknown", "Who treats patients is not known.",
         "nothing known about doctors", has_practitioners=None,
         verified_current_medical_licences=None),
    # regenerative_specialist
    case("regenerative_specialist", "not_met", "No treating doctor specialises in regenerative "
         "medicine.", "no specialist fails", regenerative_specialist=False),
    case("regenerative_specialist", "partial", "A regenerative-medicine specialist treats "
         "patients, with only 1 year of experience.", "a new specialist is partial",
         specialist_years_experience=1),
    case("regenerative_specialist", "partial", "A regenerative-medicine specialist treats "
         "patients; their experience is not stated.", "a specialist of unknown experience",
         specialist_years_experience=None),
    case("regenerative_specialist", "met", "A regenerative-medicine specialist with 5 years of "
         "experience treats patients.", "five years is experienced",
         specialist_years_experience=5),
    case("regenerative_specialist", "unknown", "Whether a regenerative-medicine specialist "
         "treats patients is not known.", "unknown specialty", regenerative_specialist=None),
    # track_record
    case("track_record", "partial", "Shows only part of a track record: has performed 400 "
         "procedures.", "only a count of procedures is partial",
         outcomes_published=False, complication_reporting=False),
    case("track_record", "met", "Shows a track record: publishes its outcomes and reports "
         "complications.", "outcomes and complications without a count are met",
         procedures_performed=None),
    case("track_record", "not_met", "No published outcomes, no complication reporting and no "
         "substantial number of procedures on record.", "a thin record fails",
         outcomes_published=False, complication_reporting=False, procedures_performed=10),
    case("track_record", "unknown", "Nothing is known about its track record.",
         "unknown track record", outcomes_published=None, complication_reporting=None,
         procedures_performed=None),
    # realistic_claims
    case("realistic_claims", "not_met", "Its marketing guarantees results and says there is "
         "no risk.", "guarantees and no-risk claims fail",
         claim_flags=frozenset({"no_risk", "guaranteed"})),
    case("realistic_claims", "not_met", "Its marketing sells cells from donors, cords, "
         "animals, plants or a secret source.", "selling unverified cells fails",
         claim_flags=frozenset({"unverified_source"})),
    case("realistic_claims", "met", "No unrealistic promises were found in its marketing.",
         "a permanence claim counts against the timeline only",
         claim_flags=frozenset({"permanent"})),
    case("realistic_claims", "unknown", "None of its marketing text has been screened.",
         "unscreened marketing", claim_flags=None),
    # no_fda_misuse
    case("no_fda_misuse", "not_met", "Its marketing presents FDA registration, inspection or "
         "listing as approval; the only FDA-approved stem-cell products are cord-blood cells "
         "for blood disorders.", "a false FDA approval claim fails",
         claim_flags=frozenset({"fda_misrepresentation"})),
    case("no_fda_misuse", "unknown", "None of its marketing text has been screened.",
         "unscreened marketing for FDA claims", claim_flags=None),
    # realistic_timeline
    case("realistic_timeline", "not_met", "Its marketing promises instant and permanent "
         "results; results build over 3 to 6 months and the skin keeps ageing.",
         "instant and permanent results fail",
         claim_flags=frozenset({"permanent", "instant"})),
    case("realistic_timeline", "unknown", "None of its marketing text has been screened.",
         "unscreened marketing for the timeline", claim_flags=None),
    # risks_disclosed
    case("risks_disclosed", "not_met", "Does not disclose side effects, though swelling, "
         "bruising, redness and infection can occur.", "undisclosed risks fail",
         risks_disclosed=False),
    case("risks_disclosed", "unknown", "Whether the clinic discloses side effects is not "
         "known.", "unknown risk disclosure", risks_disclosed=None),
    # evidence_cited
    case("evidence_cited", "not_met", "Cites no peer-reviewed study or registered trial that "
         "can be checked.", "no evidence cited fails", evidence_count=0),
    case("evidence_cited", "met", "Cites 1 reference with a DOI or trial number.",
         "one checkable reference is met", evidence_count=1),
    case("evidence_cited", "unknown", "Whether the clinic cites any evidence is not known.",
         "unknown evidence", evidence_count=None),
    # regulatory_oversight
    case("regulatory_oversight", "met", "The facility holds a verified, current licence.",
         "a licence without registration is met", regulator_registration_verified=False),
    case("regulatory_oversight", "partial", "Registered with the regulator, but no verified "
         "facility licence; registration is an administrative step, not a review of the "
         "treatment.", "registration alone is partial", facility_licence_verified=False),
    case("regulatory_oversight", "not_met", "No verified, current facility licence or "
         "registration with the regulator.", "neither licence nor registration fails",
         facility_licence_verified=False, regulator_registration_verified=False),
    case("regulatory_oversight", "unknown", "Whether the facility is licensed or registered is "
         "not known.", "unknown oversight", facility_licence_verified=None,
         regulator_registration_verified=None),
    # facility_credentials_current
    case("facility_credentials_current", "partial", "Some credentials are current, but 1 has "
         "expired without renewal.", "one lapsed credential beside current ones is partial",
         expired_facility_credentials=1),
    case("facility_credentials_current", "partial", "Some credentials are current, but 2 have "
         "expired without renewal.", "two lapsed credentials", expired_facility_credentials=2),
    case("facility_credentials_current", "not_met", "The clinic's credentials on record have "
         "expired, and an expired credential is not verified.",
         "only expired credentials fail", expired_facility_credentials=1,
         facility_licence_verified=False, regulator_registration_verified=False,
         lab_accreditation_verified=False),
    case("facility_credentials_current", "unknown", "Whether the clinic's credentials are "
         "current is not known.", "unknown expiry", expired_facility_credentials=None),
    case("facility_credentials_current", "unknown", "No verified credential of the clinic is "
         "on record to check.", "nothing verified and nothing lapsed",
         facility_licence_verified=False, regulator_registration_verified=False,
         lab_accreditation_verified=False),
    # informed_consent
    case("informed_consent", "not_met", "No written informed consent is taken.",
         "no written consent fails", written_consent=False),
    case("informed_consent", "partial", "Written consent is taken, but it does not say that "
         "long-term data are limited.", "consent silent on limited data is partial",
         consent_states_limited_data=False),
    case("informed_consent", "partial", "Written consent is taken; whether it says long-term "
         "data are limited is not known.", "consent of unknown content is partial",
         consent_states_limited_data=None),
    case("informed_consent", "unknown", "Whether written consent is taken is not known.",
         "unknown consent", written_consent=None),
    # consultation
    case("consultation", "not_met", "Treats without first reviewing your medical history and "
         "candidacy.", "no consultation fails", consultation=False),
    case("consultation", "unknown", "Whether a doctor reviews your medical history first is "
         "not known.", "unknown consultation", consultation=None),
    # no_trial_fees
    case("no_trial_fees", "not_met", 'Charges patients to take part in a "trial", a warning '
         "sign named by the ISSCR and the FDA.", "charging for a trial fails",
         charges_for_trial=True),
    case("no_trial_fees", "unknown", "Whether patients pay to take part in a trial is not "
         "known.", "unknown trial fees", charges_for_trial=None),
    # price_in_range
    case("price_in_range", "not_met", "Unusually cheap: ask exactly what is injected and who "
         "processes it. Quoted $2,000–$3,000; typical for a full face in Mexico: "
         "$3,500–$8,000.", "a price below the range fails",
         full_face_price_min_usd=2000, full_face_price_max_usd=3000),
    case("price_in_range", "partial", "Above the typical range. Quoted $9,000–$12,000; typical "
         "for a full face in Mexico: $3,500–$8,000.", "a price above the range is partial",
         full_face_price_min_usd=9000, full_face_price_max_usd=12000),
    case("price_in_range", "unknown", "Quoted $4,500–$7,000; there is no reference range for "
         "FR, so the price cannot be compared.", "no range for the country", country="FR"),
    case("price_in_range", "unknown", "No price for a full-face treatment is known.",
         "unknown price", full_face_price_min_usd=None, full_face_price_max_usd=None),
    # follow_up
    case("follow_up", "not_met", "No follow-up after treatment to catch and manage "
         "complications.", "no follow-up fails", follow_up=False),
    case("follow_up", "unknown", "Whether there is follow-up after treatment is not known.",
         "unknown follow-up", follow_up=None),
]

# Criteria with a middle ground; the rest are met, not met or unknown.
WITH_PARTIAL = {
    "autologous_source",
    "no_embryonic_cells",
    "product_disclosed",
    "sterile_closed_system",
    "minimal_manipulation",
    "protocol_documented",
    "lab_accredited",
    "regenerative_specialist",
    "track_record",
    "regulatory_oversight",
    "facility_credentials_current",
    "informed_consent",
    "price_in_range",
}

DESIGN_SEVERITIES = {
    "autologous_source": "knockout",
    "no_embryonic_cells": "knockout",
    "product_disclosed": "major",
    "sterile_closed_system": "major",
    "protocol_documented": "major",
    "lab_accredited": "minor",
    "licensed_physicians": "knockout",
    "regenerative_specialist": "major",
    "track_record": "minor",
    "realistic_claims": "major",
    "risks_disclosed": "major",
    "realistic_timeline": "minor",
    "informed_consent": "major",
    "consultation": "minor",
    "evidence_cited": "major",
    "regulatory_oversight": "major",
    "no_trial_fees": "major",
    "price_in_range": "minor",
    "follow_up": "minor",
}

POINT_RANGES = {"knockout": range(10, 16), "major": range(6, 11), "minor": range(3, 5)}

# Exactly the addresses SOURCES.md gives.
SOURCES_MD_URLS = {
    "https://www.closerlookatstemcells.org/stem-cells-medicine/stem-cell-treatments-what-to-ask/",
    "https://aboutstemcells.org/info/what-should-i-be-cautious-about-if-i-am-considering-an-unproven-stem-cell-treatment",
    "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes",
    "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies",
    "http://cfr.laws-info.com/text/21/1271/10",
    "https://journals.lww.com/plasreconsurg/Fulltext/2012/01000/ASAPS_ASPS_Position_Statement_on_Stem_Cells_and.53.aspx",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC5855243",
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5600176/",
}


def evaluate(criterion_id: str, facts: ClinicFacts) -> tuple[str, str]:
    return CATALOGUE.by_id[criterion_id].evaluate(facts)


# --- What each criterion decides -------------------------------------------------------------


@pytest.mark.parametrize("criterion_id", list(CAREFUL_REASONS))
def test_a_careful_clinic_meets_every_criterion(criterion_id: str) -> None:
    assert evaluate(criterion_id, CAREFUL) == ("met", CAREFUL_REASONS[criterion_id])


def test_the_careful_reasons_cover_the_whole_catalogue() -> None:
    assert set(CAREFUL_REASONS) == set(CATALOGUE.by_id)


@pytest.mark.parametrize(("criterion_id", "changes", "status", "reason"), CASES)
def test_one_changed_fact_gives_this_status_and_reason(
    criterion_id: str, changes: dict[str, Any], status: str, reason: str
) -> None:
    facts = dataclasses.replace(CAREFUL, **changes)

    assert evaluate(criterion_id, facts) == (status, reason)


def test_every_criterion_is_tested_for_each_status_it_can_give() -> None:
    tested = {(p.values[0], p.values[2]) for p in CASES}
    for criterion in CRITERIA:
        expected = {"not_met", "unknown"} | ({"partial"} if criterion.id in WITH_PARTIAL else set())
        missing = {s for s in expected if (criterion.id, s) not in tested}
        assert not missing, f"{criterion.id} has no case for {sorted(missing)}"


def test_criteria_without_a_middle_ground_never_give_partial() -> None:
    for facts in outcome_battery():
        for criterion in CRITERIA:
            if criterion.id not in WITH_PARTIAL:
                assert criterion.evaluate(facts)[0] != "partial", criterion.id


def test_every_evaluation_is_a_known_status_with_one_line_reason() -> None:
    for facts in outcome_battery():
        for criterion in CRITERIA:
            status, reason = criterion.evaluate(facts)
            assert status in STATUSES
            assert reason.strip() == reason and "\n" not in reason and reason.endswith(".")


# --- The catalogue's shape -------------------------------------------------------------------


@pytest.mark.parametrize("criterion", CRITERIA, ids=lambda c: c.id)
def test_every_criterion_has_all_its_fields(criterion: Criterion) -> None:
    for name in ("id", "title", "checks", "why_it_matters", "question", "ask_clinic"):
        assert getattr(criterion, name).strip(), f"{criterion.id}.{name} is empty"
    assert criterion.group in {g.id for g in GROUPS}
    assert criterion.points in POINT_RANGES[criterion.severity]
    assert callable(criterion.evaluate)
    assert criterion.reads and set(criterion.reads) <= set(FIELD_NAMES)
    assert criterion.ask_clinic.endswith("?")


@pytest.mark.parametrize("criterion", CRITERIA, ids=lambda c: c.id)
def test_every_question_offers_i_dont_know(criterion: Criterion) -> None:
    values = [o.value for o in criterion.options]

    assert "unknown" in values
    assert len(values) == len(set(values)) >= 2
    assert all(o.label.strip() for o in criterion.options)


@pytest.mark.parametrize("criterion", CRITERIA, ids=lambda c: c.id)
def test_every_criterion_cites_a_named_source(criterion: Criterion) -> None:
    assert criterion.sources
    for source in criterion.sources:
        assert source.name.strip() and source.supports.strip()
        assert source.url is None or source.url in SOURCES_MD_URLS, source.url


def test_the_founding_articles_are_cited_by_name_and_file_not_url() -> None:
    by_name = {s.name: s for c in CRITERIA for s in c.sources}
    placidway = by_name["PlacidWay: skin stem-cell therapy guide"]
    expert = by_name["Expert view on stem-cell protocols for skin rejuvenation"]

    assert (placidway.url, placidway.location) == (
        None,
        "shared/sources/000_ba5aa75fd7812e5e.txt",
    )
    assert (expert.url, expert.location) == (None, "shared/sources/004_f0b139e78b32d480.txt")


def test_yin_2017_is_marked_unconfirmed_wherever_it_is_cited() -> None:
    yin = [s for c in CRITERIA for s in c.sources if "Yin" in s.name]

    assert yin
    assert all(s.unconfirmed and "unconfirmed" in s.supports for s in yin)


def test_ids_are_unique_and_include_every_criterion_of_the_design() -> None:
    ids = [c.id for c in CRITERIA]

    assert len(ids) == len(set(ids))
    assert {i: CATALOGUE.by_id[i].severity for i in DESIGN_SEVERITIES} == DESIGN_SEVERITIES


def test_the_added_criteria_have_their_chosen_severity() -> None:
    added = {c.id: c.severity for c in CRITERIA if c.id not in DESIGN_SEVERITIES}

    assert added == {
        "minimal_manipulation": "major",
        "no_fda_misuse": "major",
        "facility_credentials_current": "minor",
    }


def test_groups_come_in_their_reading_order() -> None:
    assert [(g.id, g.title) for g in CATALOGUE.groups] == [
        ("cells", "The cells and what is injected"),
        ("processing", "How they are processed"),
        ("people", "Who treats you"),
        ("claims", "What they promise"),
        ("evidence", "Evidence and oversight"),
        ("care", "Consent, follow-up and cost"),
    ]
    assert all(CATALOGUE.in_group(g.id) for g in GROUPS)


def test_claim_flags_each_count_against_exactly_one_criterion() -> None:
    for category in CATEGORIES:
        failing = [
            c.id
            for c in CRITERIA
            if "claim_flags" in c.reads
            and c.evaluate(dataclasses.replace(CAREFUL, claim_flags=frozenset({category})))[0]
            == "not_met"
        ]
        assert len(failing) == 1, (category, failing)


def test_the_catalogue_rejects_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="duplicate criterion id"):
        Catalogue(criteria=(CRITERIA[0], CRITERIA[0]))


def test_a_criterion_must_offer_the_unknown_option() -> None:
    with pytest.raises(ValueError, match="options must include the 'unknown' option"):
        dataclasses.replace(CRITERIA[0], options=(Option("yes", "Yes"),))


def test_a_criterion_must_cite_a_source() -> None:
    with pytest.raises(ValueError, match="at least one source"):
        dataclasses.replace(CRITERIA[0], sources=())


def test_a_core_group_must_name_criteria_of_the_catalogue() -> None:
    with pytest.raises(ValueError, match="core group claims"):
        Catalogue(criteria=CRITERIA[:3], core_groups=CORE_GROUPS[2:])


def outcome_battery(count: int = 400) -> list[ClinicFacts]:
    """Deterministic, varied facts. Each field draws from its own seeded stream, so adding a
    field to ClinicFacts does not reshuffle the values of the others."""
    set_enums: dict[str, list[Any]] = {
        "cell_sources": list(CellSource),
        "cell_forms": list(CellForm),
        "processing": list(Processing),
        "manipulation": list(Manipulation),
        "labs": list(Lab),
    }
    pools: dict[str, list[Any]] = {}
    for name in FIELD_NAMES:
        if name in set_enums:
            members = set_enums[name]
            pools[name] = [
                None,
                frozenset(),
                *(frozenset(members[i::j]) for j in (2, 3, 4) for i in range(j)),
                *(frozenset({m}) for m in members),
            ]
        elif name == "claim_flags":
            pools[name] = [None, frozenset(), *(frozenset({c}) for c in CATEGORIES)]
        elif name == "evidence_kinds":
            pools[name] = [
                None,
                frozenset(),
                *(frozenset({k}) for k in EvidenceKind),
                frozenset(EvidenceKind),
            ]
        elif name in BOOL_FIELDS:
            pools[name] = [None, True, False]
        elif name in INT_FIELDS:
            pools[name] = [None, 0, 1, 2, 4, 5, 49, 50, 400]
        elif name in FLOAT_FIELDS:
            pools[name] = [None, 1000, 3000, 4000, 7500, 9000, 20000]
        else:
            pools[name] = [None, "US", "GB", "MX", "TR", "FR"]
    streams = {name: random.Random(f"battery-{name}") for name in pools}
    battery = [ClinicFacts(), CAREFUL]
    for _ in range(count):
        battery.append(
            ClinicFacts(**{name: streams[name].choice(pool) for name, pool in pools.items()})
        )
    return battery


def test_sources_are_plain_frozen_data() -> None:
    source = CRITERIA[0].sources[0]

    assert isinstance(source, Source)
    with pytest.raises(dataclasses.FrozenInstanceError):
        source.name = "changed"  # type: ignore[misc]
