"""How the cells are processed: a sterile closed system, minimal manipulation, a written protocol, an accredited lab."""

from __future__ import annotations

from typing import Any, Final

from checklist.engine.facts import (
    ClinicFacts,
    EvidenceKind,
    Lab,
    Manipulation,
    Processing,
)

from .catalogue import MET, NOT_MET, PARTIAL, UNKNOWN, Criterion, Evaluation, Option
from .sources import (
    CAL_STEM_CELL_9TH_CIR_2024,
    LIVEYON_LETTER_2019,
    LIVEYON_RECALL_2018,
    _cfr,
    _expert,
    _fda_patient,
    _isscr_ask,
    _isscr_warning,
    _placidway,
)
from .wording import UNKNOWN_OPTION, YES_NO


def _sterile_closed_system(facts: ClinicFacts) -> Evaluation:
    processing = facts.processing
    if processing is None:
        return UNKNOWN, "How the cells are processed is not known."
    if Processing.OPEN in processing:
        return NOT_MET, (
            "At least one treatment handles cells in an open system, which raises the risk of "
            "contamination and infection."
        )
    if Processing.CLOSED_SYSTEM not in processing:
        return UNKNOWN, "The clinic does not say how the cells are processed."
    if Processing.UNKNOWN in processing:
        return PARTIAL, (
            "Some treatments process cells in a sterile, closed system; for others it is not "
            "stated."
        )
    return MET, "Cells are processed in a sterile, closed system."


def _minimal_manipulation(facts: ClinicFacts) -> Evaluation:
    handling = facts.manipulation
    if handling is None:
        return UNKNOWN, "Whether cells are used the same day or grown in a lab is not known."
    kinds = facts.evidence_kinds
    in_trial = kinds is not None and EvidenceKind.TRIAL in kinds
    expanded = Manipulation.CULTURE_EXPANDED in handling
    enzymatic = Manipulation.SAME_DAY_ENZYMATIC in handling
    if (expanded or enzymatic) and facts.charges_for_trial is True:
        # FDA and ISSCR: a "trial" that bills its patients is not the oversight it claims.
        return NOT_MET, (
            'Cells changed more than minimally are used under a "trial" that patients pay to '
            "join; a trial that charges patients does not give the oversight it claims."
        )
    if enzymatic and not in_trial:
        # United States v. California Stem Cell Treatment Center (9th Cir. 2024).
        return NOT_MET, (
            "Fat is digested with enzymes into a stromal vascular fraction (SVF); a federal "
            "appeals court held that this is more than minimal manipulation, a drug that needs "
            "approval, even when it is done the same day."
        )
    if expanded and not in_trial:
        # Lab-grown cells need an approval no cosmetic product has: without a registered trial
        # on record they are sold outside the only path that could make them lawful.
        return NOT_MET, (
            "Cells are grown in a lab with no registered trial on record; cells changed this "
            "much are regulated as a drug that needs approval."
        )
    if not expanded and not enzymatic and Manipulation.SAME_DAY not in handling:
        return UNKNOWN, "The clinic does not say whether cells are used the same day."
    if Manipulation.UNKNOWN in handling:
        return PARTIAL, (
            "Some treatments use cells the same day or within a registered trial; for others "
            "it is not clear."
        )
    if expanded or enzymatic:
        return MET, (
            "Cells changed more than minimally (grown in a lab or digested with enzymes) are "
            "used only within a registered trial."
        )
    return MET, "Cells are used the same day, with minimal handling."


def _qc_release_testing(facts: ClinicFacts) -> Evaluation:
    tested = facts.release_testing
    if tested is None:
        return UNKNOWN, "Whether each cell product is tested before it is used is not known."
    if not tested:
        return NOT_MET, (
            "Cell products are not tested before use: nothing checks that what is injected is "
            "sterile and holds the live cells described."
        )
    return MET, (
        "Each cell product is tested before use: sterility, cell count and viability (and "
        "endotoxin and mycoplasma for anything grown or stored)."
    )


def _complete(values: frozenset[Any] | None, unknown: Any) -> bool:
    # Known for every protocol: at least one protocol, and none that leaves it unstated.
    return values is not None and bool(values) and unknown not in values


def _protocol_documented(facts: ClinicFacts) -> Evaluation:
    documented = facts.protocol_documented
    if documented is None:
        return UNKNOWN, "Whether the clinic has a written processing protocol is not known."
    if not documented:
        return NOT_MET, (
            "No written processing protocol: how cells are isolated, counted and handled is "
            "not documented."
        )
    if _complete(facts.processing, Processing.UNKNOWN) and _complete(
        facts.manipulation, Manipulation.UNKNOWN
    ):
        return MET, (
            "A written protocol documents how cells are processed and whether they are used "
            "the same day."
        )
    return PARTIAL, (
        "A written protocol exists, but it leaves unclear how cells are processed or whether "
        "they are grown in a lab."
    )


def _lab_accredited(facts: ClinicFacts) -> Evaluation:
    accredited = facts.lab_accreditation_verified
    labs = facts.labs or frozenset()
    good = bad = unclear = 0
    for lab in labs:
        if lab is Lab.EXTERNAL_ACCREDITED or (lab is Lab.ON_SITE and accredited is True):
            good += 1
        elif lab is Lab.EXTERNAL or (lab is Lab.ON_SITE and accredited is False):
            bad += 1
        else:
            unclear += 1
    if good and not bad and not unclear:
        return MET, "Cells are processed in an accredited lab."
    if good:
        return PARTIAL, "Some processing is done in an accredited lab, but not all of it."
    if bad:
        if Lab.EXTERNAL in labs:
            return NOT_MET, "Cells are sent to an outside lab with no accreditation on record."
        return NOT_MET, "Its on-site lab holds no verified accreditation or GMP certificate."
    if accredited is True:
        if unclear:
            return PARTIAL, (
                "The clinic holds a verified lab accreditation, but which lab processes the "
                "cells is not stated."
            )
        return MET, "The clinic holds a verified lab accreditation or GMP certificate."
    return UNKNOWN, "Whether the lab that processes the cells is accredited is not known."


CRITERIA: Final[tuple[Criterion, ...]] = (
    Criterion(
        id="sterile_closed_system",
        title="Sterile, closed processing",
        group="processing",
        checks="Cells are processed in a sterile, closed system.",
        why_it_matters="Infection is the main risk of the procedure; a closed, sterile system "
        "keeps the cells from being contaminated between harvest and injection.",
        severity="major",
        points=8,
        question="Are your cells processed in a sterile, closed system?",
        options=(
            Option(Processing.CLOSED_SYSTEM, "Yes, in a sterile closed system"),
            Option(Processing.OPEN, "No, they are handled in the open"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Are my cells processed in a sterile, closed system, where, and by whom?",
        sources=(
            _isscr_ask("Ask how the cells are isolated, grown and delivered."),
            _expert("Processing covers acquisition, isolation and delivery of the cells."),
            _placidway(
                "Harvested fat is processed in a sterile, closed system; the risk of infection "
                "is minimised by strict sterile protocols."
            ),
        ),
        evaluate=_sterile_closed_system,
        reads=("processing",),
    ),
    Criterion(
        id="minimal_manipulation",
        title="Minimal handling, or a registered trial",
        group="processing",
        checks="Cells are used the same day with minimal handling (no enzymes); cells grown "
        "(expanded) in a lab are used only within a registered trial.",
        why_it_matters="Cells grown in a lab over weeks, or fat digested with enzymes into "
        "SVF, are changed more and are regulated as a drug needing approval; same-day use "
        "with minimal handling in one procedure is the lighter, exempt path.",
        severity="major",
        points=8,
        question="Are the cells used the same day, or grown in a lab over days or weeks?",
        options=(
            Option(Manipulation.SAME_DAY, "The same day, in one visit, without enzymes"),
            Option(
                Manipulation.SAME_DAY_ENZYMATIC,
                "The same day, but the fat is digested with enzymes (SVF)",
            ),
            Option(Manipulation.CULTURE_EXPANDED, "Grown in a lab over days or weeks"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Are my cells used the same day with minimal handling, without enzymes? If "
        "they are grown in a lab, which registered clinical trial (NCT number) covers this?",
        sources=(
            _cfr(
                "Minimal manipulation is a condition of 1271.10; 1271.15(b) exempts cells "
                "removed and implanted in the same surgical procedure."
            ),
            _fda_patient(
                "Products beyond these conditions need FDA approval; being charged outside an "
                "FDA-overseen trial is a red flag."
            ),
            _expert("Processing may include isolation and expansion in a laboratory."),
            CAL_STEM_CELL_9TH_CIR_2024,
        ),
        evaluate=_minimal_manipulation,
        reads=("manipulation", "evidence_kinds", "charges_for_trial"),
    ),
    Criterion(
        id="protocol_documented",
        title="Written processing protocol",
        group="processing",
        checks="A written protocol says how cells are isolated, counted and checked, and "
        "whether they are used the same day or grown in a lab.",
        why_it_matters="Protocols differ widely between clinics; one that is written down can "
        "be checked, repeated and compared.",
        severity="major",
        points=6,
        question="Did the clinic show you its written protocol for processing your cells?",
        options=YES_NO,
        ask_clinic="Can I see your written protocol: how my cells are isolated, counted and "
        "checked, and whether they are used the same day or grown in a lab?",
        sources=(
            _placidway("Verify the clinic's protocols for cell processing."),
            _expert(
                "Treatment protocols lack standardisation across clinics; standardised "
                "protocols and reporting are needed."
            ),
            _isscr_ask("Ask how the cells are isolated, grown and delivered."),
            _isscr_warning("An unclear source or protocol is a warning sign."),
        ),
        evaluate=_protocol_documented,
        reads=("protocol_documented", "processing", "manipulation"),
    ),
    Criterion(
        id="lab_accredited",
        title="Accredited lab",
        group="processing",
        checks="Cells are processed in an on-site or outside lab that holds an accreditation "
        "or GMP certificate.",
        why_it_matters="An accredited lab is inspected against written standards for "
        "cleanliness and handling.",
        severity="minor",
        points=4,
        question="Is the lab that processes your cells accredited (for example, a GMP "
        "certificate)?",
        options=YES_NO,
        ask_clinic="Which lab processes my cells, and which accreditation or GMP certificate "
        "does it hold?",
        sources=(
            _expert("Cells are processed in a controlled laboratory environment."),
            _placidway("Fat is processed in an on-site lab."),
        ),
        evaluate=_lab_accredited,
        reads=("labs", "lab_accreditation_verified"),
    ),
    Criterion(
        id="qc_release_testing",
        title="Tested before use",
        group="processing",
        checks="Each batch of cells is tested before it is injected: sterility, cell count and "
        "viability, and endotoxin and mycoplasma for anything grown in a lab or stored.",
        why_it_matters="Patients have been hospitalised with infections from cell products "
        "that were never properly tested; a count shows you get the live cells you pay for.",
        severity="major",
        points=8,
        question="Does the clinic test each batch of cells before injecting it (sterility, "
        "cell count and viability)?",
        options=YES_NO,
        ask_clinic="What tests does each batch pass before it is injected (sterility, "
        "endotoxin, mycoplasma, cell count and viability), and may I see the results for mine?",
        sources=(
            _isscr_ask("Ask how the cells are isolated, grown and delivered."),
            _placidway(
                "Cells are processed in a sterile, closed system; infection is a rare risk."
            ),
            LIVEYON_RECALL_2018,
            LIVEYON_LETTER_2019,
        ),
        evaluate=_qc_release_testing,
        reads=("release_testing",),
    ),
)
