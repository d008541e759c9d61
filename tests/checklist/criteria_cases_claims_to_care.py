"""One-fact cases for the criteria on claims, evidence, consent, price and follow-up (each varies
one fact of CAREFUL and names the status and reason it must give)."""

from __future__ import annotations

from tests.checklist.careful import case

CASES = [
    # realistic_claims
    case(
        "realistic_claims",
        "not_met",
        "Its marketing guarantees results and says there is no risk.",
        "guarantees and no-risk claims fail",
        claim_flags=frozenset({"no_risk", "guaranteed"}),
    ),
    case(
        "realistic_claims",
        "not_met",
        "Its marketing sells cells from donors, cords, animals, plants or a secret source.",
        "selling unverified cells fails",
        claim_flags=frozenset({"unverified_source"}),
    ),
    case(
        "realistic_claims",
        "met",
        "No unrealistic promises were found in its marketing.",
        "a permanence claim counts against the timeline only",
        claim_flags=frozenset({"permanent"}),
    ),
    case(
        "realistic_claims",
        "unknown",
        "None of its marketing text has been screened.",
        "unscreened marketing",
        claim_flags=None,
    ),
    # no_fda_misuse
    case(
        "no_fda_misuse",
        "not_met",
        "Its marketing presents FDA registration, inspection or "
        "listing as approval; the only FDA-approved stem-cell products are cord-blood cells "
        "for blood disorders.",
        "a false FDA approval claim fails",
        claim_flags=frozenset({"fda_misrepresentation"}),
    ),
    case(
        "no_fda_misuse",
        "unknown",
        "None of its marketing text has been screened.",
        "unscreened marketing for FDA claims",
        claim_flags=None,
    ),
    # realistic_timeline
    case(
        "realistic_timeline",
        "not_met",
        "Its marketing promises instant and permanent "
        "results; results build over 3 to 6 months and the skin keeps ageing.",
        "instant and permanent results fail",
        claim_flags=frozenset({"permanent", "instant"}),
    ),
    case(
        "realistic_timeline",
        "unknown",
        "None of its marketing text has been screened.",
        "unscreened marketing for the timeline",
        claim_flags=None,
    ),
    # risks_disclosed
    case(
        "risks_disclosed",
        "not_met",
        "Does not disclose side effects, though swelling, "
        "bruising, redness and infection can occur.",
        "undisclosed risks fail",
        risks_disclosed=False,
    ),
    case(
        "risks_disclosed",
        "unknown",
        "Whether the clinic discloses side effects is not known.",
        "unknown risk disclosure",
        risks_disclosed=None,
    ),
    # evidence_cited
    case(
        "evidence_cited",
        "not_met",
        "Cites no peer-reviewed study or registered trial that can be checked.",
        "no evidence cited fails",
        evidence_count=0,
    ),
    case(
        "evidence_cited",
        "met",
        "Cites 1 reference with a DOI or trial number.",
        "one checkable reference is met",
        evidence_count=1,
    ),
    case(
        "evidence_cited",
        "unknown",
        "Whether the clinic cites any evidence is not known.",
        "unknown evidence",
        evidence_count=None,
    ),
    # regulatory_oversight
    case(
        "regulatory_oversight",
        "met",
        "The facility holds a verified, current licence.",
        "a licence without registration is met",
        regulator_registration_verified=False,
    ),
    case(
        "regulatory_oversight",
        "partial",
        "Registered with the regulator, but no verified "
        "facility licence; registration is an administrative step, not a review of the "
        "treatment.",
        "registration alone is partial",
        facility_licence_verified=False,
    ),
    case(
        "regulatory_oversight",
        "not_met",
        "No verified, current facility licence or registration with the regulator.",
        "neither licence nor registration fails",
        facility_licence_verified=False,
        regulator_registration_verified=False,
    ),
    case(
        "regulatory_oversight",
        "unknown",
        "Whether the facility is licensed or registered is not known.",
        "unknown oversight",
        facility_licence_verified=None,
        regulator_registration_verified=None,
    ),
    # no_enforcement_history
    case(
        "no_enforcement_history",
        "not_met",
        "A court, the FTC, a state, a medical board or a regulator has acted: injunction, "
        "2019-06-03.",
        "a court order fails",
        enforcement_record="legal_action",
        enforcement_detail="injunction, 2019-06-03",
    ),
    case(
        "no_enforcement_history",
        "not_met",
        "A regulator's letter about the products or claims, with no close-out on record: "
        "warning letter, 2025-05-05.",
        "an open letter fails",
        enforcement_record="open_letter",
        enforcement_detail="warning letter, 2025-05-05",
    ),
    case(
        "no_enforcement_history",
        "partial",
        "A regulator's letter, closed out within the last five years: warning letter, "
        "closed out 2023-06-30.",
        "a letter closed out lately is partial",
        enforcement_record="closed_letter_recent",
        enforcement_detail="warning letter, closed out 2023-06-30",
    ),
    case(
        "no_enforcement_history",
        "partial",
        "Products it used were recalled: recall, 2018-09-28.",
        "a recall is partial",
        enforcement_record="recall",
        enforcement_detail="recall, 2018-09-28",
    ),
    case(
        "no_enforcement_history",
        "unknown",
        "Not yet checked against the public enforcement records.",
        "never checked is unknown, not clear",
        enforcement_record=None,
        enforcement_detail=None,
    ),
    # facility_credentials_current
    case(
        "facility_credentials_current",
        "partial",
        "Some credentials are current, but 1 has expired without renewal.",
        "one lapsed credential beside current ones is partial",
        expired_facility_credentials=1,
    ),
    case(
        "facility_credentials_current",
        "partial",
        "Some credentials are current, but 2 have expired without renewal.",
        "two lapsed credentials",
        expired_facility_credentials=2,
    ),
    case(
        "facility_credentials_current",
        "not_met",
        "The clinic's credentials on record have "
        "expired, and an expired credential is not verified.",
        "only expired credentials fail",
        expired_facility_credentials=1,
        facility_licence_verified=False,
        regulator_registration_verified=False,
        lab_accreditation_verified=False,
    ),
    case(
        "facility_credentials_current",
        "unknown",
        "Whether the clinic's credentials are current is not known.",
        "unknown expiry",
        expired_facility_credentials=None,
    ),
    case(
        "facility_credentials_current",
        "unknown",
        "No verified credential of the clinic is on record to check.",
        "nothing verified and nothing lapsed",
        facility_licence_verified=False,
        regulator_registration_verified=False,
        lab_accreditation_verified=False,
    ),
    # informed_consent
    case(
        "informed_consent",
        "not_met",
        "No written informed consent is taken.",
        "no written consent fails",
        written_consent=False,
    ),
    case(
        "informed_consent",
        "partial",
        "Written consent is taken, but it does not say that long-term data are limited.",
        "consent silent on limited data is partial",
        consent_states_limited_data=False,
    ),
    case(
        "informed_consent",
        "partial",
        "Written consent is taken; whether it says long-term data are limited is not known.",
        "consent of unknown content is partial",
        consent_states_limited_data=None,
    ),
    case(
        "informed_consent",
        "unknown",
        "Whether written consent is taken is not known.",
        "unknown consent",
        written_consent=None,
    ),
    # consultation
    case(
        "consultation",
        "not_met",
        "Treats without first reviewing your medical history and candidacy.",
        "no consultation fails",
        consultation=False,
    ),
    case(
        "consultation",
        "unknown",
        "Whether a doctor reviews your medical history first is not known.",
        "unknown consultation",
        consultation=None,
    ),
    # no_trial_fees
    case(
        "no_trial_fees",
        "not_met",
        'Charges patients to take part in a "trial", a warning '
        "sign named by the ISSCR and the FDA.",
        "charging for a trial fails",
        charges_for_trial=True,
    ),
    case(
        "no_trial_fees",
        "unknown",
        "Whether patients pay to take part in a trial is not known.",
        "unknown trial fees",
        charges_for_trial=None,
    ),
    # price_in_range
    case(
        "price_in_range",
        "not_met",
        "Unusually cheap: ask exactly what is injected and who "
        "processes it. Quoted $2,000–$3,000; typical for a full face in Mexico: "
        "$3,500–$8,000.",
        "a price below the range fails",
        full_face_price_min_usd=2000,
        full_face_price_max_usd=3000,
    ),
    case(
        "price_in_range",
        "partial",
        "Above the typical range. Quoted $9,000–$12,000; typical "
        "for a full face in Mexico: $3,500–$8,000.",
        "a price above the range is partial",
        full_face_price_min_usd=9000,
        full_face_price_max_usd=12000,
    ),
    case(
        "price_in_range",
        "unknown",
        "Quoted $4,500–$7,000; there is no reference range for "
        "FR, so the price cannot be compared.",
        "no range for the country",
        country="FR",
    ),
    case(
        "price_in_range",
        "unknown",
        "No price for a full-face treatment is known.",
        "unknown price",
        full_face_price_min_usd=None,
        full_face_price_max_usd=None,
    ),
    # follow_up
    case(
        "follow_up",
        "not_met",
        "No follow-up after treatment to catch and manage complications.",
        "no follow-up fails",
        follow_up=False,
    ),
    case(
        "follow_up",
        "unknown",
        "Whether there is follow-up after treatment is not known.",
        "unknown follow-up",
        follow_up=None,
    ),
]
