"""Evidence and oversight: published evidence, a regulator, facility credentials still current, no
public enforcement record, ethics approval for a study, harm reported to the regulator."""

from __future__ import annotations

from typing import Final

from checklist.engine.facts import (
    ClinicFacts,
    EvidenceKind,
)

from .catalogue import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    PARTIAL,
    UNKNOWN,
    UNKNOWN_OPTION,
    Criterion,
    Evaluation,
    Option,
)
from .sources import (
    CAL_META_ANALYSIS_2017,
    YIN_2017,
    _cfr,
    _expert,
    _fda_alert,
    _fda_patient,
    _isscr_ask,
    _isscr_warning,
    _placidway,
)
from .wording import YES_NO, _approved_study, _plural


def _evidence_cited(facts: ClinicFacts) -> Evaluation:
    count = facts.evidence_count
    if count is None:
        return UNKNOWN, "Whether the clinic cites any evidence is not known."
    if count == 0:
        return NOT_MET, "Cites no peer-reviewed study or registered trial that can be checked."
    return MET, (
        f"Cites {count} {_plural(count, 'reference', 'references')} with a DOI or trial number."
    )


def _regulatory_oversight(facts: ClinicFacts) -> Evaluation:
    licence = facts.facility_licence_verified
    registration = facts.regulator_registration_verified
    if licence is True:
        if registration is True:
            return MET, (
                "The facility holds a verified, current licence and is registered with the "
                "regulator."
            )
        return MET, "The facility holds a verified, current licence."
    if registration is True:
        return PARTIAL, (
            "Registered with the regulator, but no verified facility licence; registration is "
            "an administrative step, not a review of the treatment."
        )
    if licence is False or registration is False:
        return NOT_MET, "No verified, current facility licence or registration with the regulator."
    kinds = facts.evidence_kinds or frozenset()
    if _approved_study(facts) and EvidenceKind.TRIAL in kinds:
        # ISSCR: independent ethics review is oversight; the facility's own papers are not known.
        return PARTIAL, (
            "Given within a registered trial an ethics committee approved; the facility's own "
            "licence is not verified."
        )
    return UNKNOWN, "Whether the facility is licensed or registered is not known."


def _facility_credentials_current(facts: ClinicFacts) -> Evaluation:
    lapsed = facts.expired_facility_credentials
    current = any(
        value is True
        for value in (
            facts.facility_licence_verified,
            facts.regulator_registration_verified,
            facts.lab_accreditation_verified,
        )
    )
    if lapsed is None:
        return UNKNOWN, "Whether the clinic's credentials are current is not known."
    if lapsed and current:
        return PARTIAL, (
            f"Some credentials are current, but {lapsed} "
            f"{_plural(lapsed, 'has', 'have')} expired without renewal."
        )
    if lapsed:
        return NOT_MET, (
            "The clinic's credentials on record have expired, and an expired credential is not "
            "verified."
        )
    if current:
        return MET, "The clinic's credentials on record are verified and current."
    return UNKNOWN, "No verified credential of the clinic is on record to check."


def _no_enforcement_history(facts: ClinicFacts) -> Evaluation:
    record, detail = facts.enforcement_record, facts.enforcement_detail or ""
    if record is None:
        return UNKNOWN, "Not yet checked against the public enforcement records."
    if record == "harm":
        return NOT_MET, f"Harm to patients is on public record: {detail}."
    if record == "legal_action":
        return (
            NOT_MET,
            f"A court, the FTC, a state, a medical board or a regulator has acted: {detail}.",
        )
    if record == "open_letter":
        return NOT_MET, (
            f"A regulator's letter about the products or claims, with no close-out on record: "
            f"{detail}."
        )
    if record == "closed_letter_recent":
        return PARTIAL, f"A regulator's letter, closed out within the last five years: {detail}."
    if record == "recall":
        return PARTIAL, f"Products it used were recalled: {detail}."
    if detail:
        return MET, f"No enforcement record found in the public lists ({detail})."
    return MET, "No enforcement record found in the public lists."


def _ethics_review(facts: ClinicFacts) -> Evaluation:
    study = facts.offered_as_study
    if study is False:
        return NOT_APPLICABLE, "The treatment is not offered as a study or trial."
    if study is None:
        return UNKNOWN, "Whether the treatment is offered as a study is not known."
    if facts.ethics_review is True:
        return MET, "An independent ethics committee (IRB) approved the study."
    if facts.ethics_review is False:
        return NOT_MET, (
            "Offered as a study, but no independent ethics committee (IRB) approved it: the "
            "word study then gives none of the protection it promises."
        )
    return UNKNOWN, "Offered as a study; whether an ethics committee approved it is not known."


def _adverse_event_reporting(facts: ClinicFacts) -> Evaluation:
    reports = facts.adverse_event_reporting
    if reports is None:
        return UNKNOWN, "Whether the clinic reports adverse events to the regulator is not known."
    if not reports:
        return NOT_MET, (
            "Does not report serious adverse events to the regulator, so harm done stays "
            "out of the public record."
        )
    return MET, "Reports serious adverse events to the regulator."


CRITERIA: Final[tuple[Criterion, ...]] = (
    Criterion(
        id="evidence_cited",
        title="Evidence cited",
        group="evidence",
        checks="The clinic cites peer-reviewed studies or a registered trial, with a DOI or "
        "trial number that can be checked.",
        why_it_matters="Research on stem cells for skin is early and long-term data are "
        "scarce; a clinic should be able to show what its treatment rests on.",
        severity="major",
        points=8,
        question="Did the clinic point you to published studies or a registered trial (with "
        "a DOI or NCT number)?",
        options=YES_NO,
        ask_clinic="Which peer-reviewed studies or registered trials (DOI or NCT number) "
        "support this treatment for skin?",
        sources=(
            _expert(
                "Some studies show promise but the field is early; rigorous trials are needed "
                "and evidence-based treatments remain the standard."
            ),
            YIN_2017,
            CAL_META_ANALYSIS_2017,
            _isscr_ask("Ask for the published evidence that the treatment works."),
        ),
        evaluate=_evidence_cited,
        reads=("evidence_count",),
    ),
    Criterion(
        id="regulatory_oversight",
        title="Licensed facility",
        group="evidence",
        checks="The facility holds a verified licence, or at least a registration, with the "
        "national regulator.",
        why_it_matters="Oversight by a regulator is what makes standards enforceable; a "
        "registration alone is an administrative step, not a review.",
        severity="major",
        points=8,
        question="Is the clinic licensed by the national health regulator?",
        options=YES_NO,
        ask_clinic="Which authority licenses this facility, and what is the licence or "
        "registration number?",
        sources=(
            _expert("Regulatory bodies need to oversee stem-cell clinics to ensure safety."),
            _isscr_ask(
                "Ask whether a national regulator has approved the treatment, and whether an "
                "independent ethics committee has reviewed it."
            ),
            _cfr("Registration is an administrative duty, not a review."),
        ),
        evaluate=_regulatory_oversight,
        reads=(
            "facility_licence_verified",
            "regulator_registration_verified",
            "offered_as_study",
            "ethics_review",
            "evidence_kinds",
            "charges_for_trial",
        ),
    ),
    Criterion(
        id="facility_credentials_current",
        title="Credentials up to date",
        group="evidence",
        checks="The clinic's own licences, registrations and accreditations are current; an "
        "expired one is not verified.",
        why_it_matters="A credential that has lapsed no longer shows anyone is checking the "
        "clinic today.",
        severity="minor",
        points=3,
        question="Are the clinic's licence and certificates current (not expired)?",
        options=YES_NO,
        ask_clinic="When do your facility licence and lab certificates expire, and can I see "
        "the current ones?",
        sources=(
            _placidway("Verify the clinic's credentials."),
            _expert("Oversight is needed to ensure patient safety."),
        ),
        evaluate=_facility_credentials_current,
        reads=(
            "expired_facility_credentials",
            "facility_licence_verified",
            "regulator_registration_verified",
            "lab_accreditation_verified",
        ),
    ),
    Criterion(
        id="no_enforcement_history",
        title="No enforcement history",
        group="evidence",
        checks="No court order, FTC or state action, medical-board discipline or foreign "
        "regulator's action, and no open FDA warning or untitled letter about the cells or "
        "claims the clinic sells; a letter closed out within five years counts half.",
        why_it_matters="What regulators and courts have already found is the strongest public "
        "signal about a clinic: the FDA warns patients about unapproved stem-cell and exosome "
        "products and acts against those who sell them.",
        severity="knockout",
        points=10,
        question="Have you found a regulator's warning letter, a court order or a medical "
        "board's action against this clinic or its doctors?",
        options=(
            Option("no", "No, I looked and found none"),
            Option("yes", "Yes"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Has the FDA, a court, a state or a medical board ever acted against this "
        "clinic or its doctors, and how was it resolved?",
        sources=(
            _fda_alert(
                "Unapproved stem-cell and exosome products are being sold; the FDA warns "
                "patients about them and acts against those who market them."
            ),
            _isscr_warning(
                "Be cautious of clinics selling unproven treatments; check who oversees them."
            ),
        ),
        evaluate=_no_enforcement_history,
        reads=("enforcement_record", "enforcement_detail"),
    ),
    Criterion(
        id="ethics_review",
        title="Ethics approval for a study",
        group="evidence",
        checks="Where the treatment is called a study or trial, an independent ethics "
        "committee (IRB) approved it. Does not apply when it is not offered as a study.",
        why_it_matters="An ethics committee checks that a study is safe and fair to its "
        "participants; a study without one is a sale under another name.",
        severity="major",
        points=6,
        question="Is the treatment offered as a study or trial and, if so, did an independent "
        "ethics committee (IRB) approve it?",
        options=(
            Option("approved", "A study, approved by an ethics committee"),
            Option("unapproved", "A study, with no ethics approval"),
            Option("not_study", "It is not offered as a study"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Which independent ethics committee (IRB) approved this study, and may I "
        "see the approval and the trial's registration number?",
        sources=(
            _isscr_ask("Ask whether the treatment has had independent ethics review."),
            _fda_patient("A trial-registry listing is not approval."),
        ),
        evaluate=_ethics_review,
        reads=("offered_as_study", "ethics_review"),
    ),
    Criterion(
        id="adverse_event_reporting",
        title="Reports harm to the regulator",
        group="evidence",
        checks="The clinic reports serious adverse events to the regulator (FDA MedWatch, the "
        "MHRA's Yellow Card, COFEPRIS, Türkiye's TİTCK).",
        why_it_matters="Reports of harm are how regulators find unsafe products; a clinic "
        "that keeps them to itself keeps the next patient from knowing.",
        severity="minor",
        points=4,
        question="Does the clinic report serious side effects to the health regulator?",
        options=YES_NO,
        ask_clinic="If something goes wrong, do you report it to the regulator (for example "
        "FDA MedWatch), and will you tell me what was reported?",
        sources=(
            _fda_patient("Report harm from a regenerative medicine product through MedWatch."),
            _isscr_ask("Ask what happens in an emergency and what follow-up is provided."),
        ),
        evaluate=_adverse_event_reporting,
        reads=("adverse_event_reporting",),
    ),
)
