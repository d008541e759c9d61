"""One-fact cases for the criteria on the cells, their processing and the people (each varies
one fact of CAREFUL and names the status and reason it must give)."""

from __future__ import annotations

from checklist.engine.criteria.people import SPECIALIST
from checklist.engine.facts import (
    CellForm,
    EvidenceKind,
    Lab,
    Manipulation,
    Processing,
)
from tests.checklist.careful import ONLY_OWN_CELLS, S, case

CASES = [
    # autologous_source
    case(
        "autologous_source",
        "not_met",
        "Uses donor cells" + ONLY_OWN_CELLS,
        "donor cells fail the autologous knockout",
        cell_sources=frozenset({S.ALLOGENEIC_DONOR}),
    ),
    case(
        "autologous_source",
        "not_met",
        "Uses umbilical-cord and animal cells" + ONLY_OWN_CELLS,
        "an outside source next to own cells still fails",
        cell_sources=frozenset({S.AUTOLOGOUS_ADIPOSE, S.UMBILICAL_CORD, S.ANIMAL}),
    ),
    case(
        "autologous_source",
        "not_met",
        "Uses plant cells" + ONLY_OWN_CELLS,
        "plant stem cells fail the autologous knockout",
        cell_sources=frozenset({S.PLANT}),
    ),
    case(
        "autologous_source",
        "not_met",
        "Uses placental or amniotic and embryonic cells" + ONLY_OWN_CELLS,
        "placental and embryonic cells fail the autologous knockout",
        cell_sources=frozenset({S.PLACENTAL_AMNIOTIC, S.EMBRYONIC}),
    ),
    case(
        "autologous_source",
        "met",
        "Uses only your own cells, from your own fat and your own bone marrow.",
        "fat and bone marrow are both your own cells",
        cell_sources=frozenset({S.AUTOLOGOUS_BONE_MARROW, S.AUTOLOGOUS_ADIPOSE}),
    ),
    case(
        "autologous_source",
        "partial",
        "Some treatments use your own cells (from your own "
        "fat); for others the source is not stated.",
        "own cells with an unstated source elsewhere is partial",
        cell_sources=frozenset({S.AUTOLOGOUS_ADIPOSE, S.UNKNOWN}),
    ),
    case(
        "autologous_source",
        "unknown",
        "Where the cells come from is not known.",
        "unknown cell source is not a knockout failure",
        cell_sources=None,
    ),
    case(
        "autologous_source",
        "unknown",
        "The clinic does not say where the cells come from.",
        "no protocol described leaves the source unknown",
        cell_sources=frozenset(),
    ),
    # no_embryonic_cells
    case(
        "no_embryonic_cells",
        "not_met",
        "Uses embryonic cells, which raise ethical concerns; "
        "adult cells from your own body are the preferred source.",
        "embryonic cells fail their knockout",
        cell_sources=frozenset({S.EMBRYONIC}),
    ),
    case(
        "no_embryonic_cells",
        "met",
        "No embryonic cells are used.",
        "donor cells are not embryonic",
        cell_sources=frozenset({S.ALLOGENEIC_DONOR}),
    ),
    case(
        "no_embryonic_cells",
        "partial",
        "No embryonic cells in the treatments described, but for some the source is not stated.",
        "an unstated source might be embryonic",
        cell_sources=frozenset({S.AUTOLOGOUS_ADIPOSE, S.UNKNOWN}),
    ),
    case(
        "no_embryonic_cells",
        "unknown",
        "Whether embryonic cells are used is not known.",
        "unknown source leaves embryonic cells unknown",
        cell_sources=None,
    ),
    # product_disclosed
    case(
        "product_disclosed",
        "met",
        "Says plainly what is used: exosomes and growth factors (no live cells).",
        "a cell-free product is disclosed as having no live cells",
        cell_forms=frozenset({CellForm.GROWTH_FACTORS, CellForm.EXOSOMES}),
    ),
    case(
        "product_disclosed",
        "partial",
        "Says what some treatments use (live cells), but not all of them.",
        "one treatment not saying what it uses is partial",
        cell_forms=frozenset({CellForm.LIVE_CELLS, CellForm.UNKNOWN}),
    ),
    case(
        "product_disclosed",
        "not_met",
        "The clinic describes no treatment, so it does not say what it injects or applies.",
        "no treatment described means the product is not disclosed",
        cell_forms=frozenset(),
    ),
    case(
        "product_disclosed",
        "unknown",
        "What is injected or applied is not known.",
        "unknown product form",
        cell_forms=None,
    ),
    case(
        "product_disclosed",
        "unknown",
        "The clinic does not say what is injected or applied.",
        "only unstated forms leave the product unknown",
        cell_forms=frozenset({CellForm.UNKNOWN}),
    ),
    # sterile_closed_system
    case(
        "sterile_closed_system",
        "not_met",
        "At least one treatment handles cells in an open "
        "system, which raises the risk of contamination and infection.",
        "open processing anywhere fails",
        processing=frozenset({Processing.CLOSED_SYSTEM, Processing.OPEN}),
    ),
    case(
        "sterile_closed_system",
        "partial",
        "Some treatments process cells in a sterile, closed system; for others it is not stated.",
        "closed processing in some treatments",
        processing=frozenset({Processing.CLOSED_SYSTEM, Processing.UNKNOWN}),
    ),
    case(
        "sterile_closed_system",
        "unknown",
        "How the cells are processed is not known.",
        "unknown processing",
        processing=None,
    ),
    case(
        "sterile_closed_system",
        "unknown",
        "The clinic does not say how the cells are processed.",
        "only unstated processing",
        processing=frozenset({Processing.UNKNOWN}),
    ),
    # minimal_manipulation
    case(
        "minimal_manipulation",
        "not_met",
        "Cells are grown in a lab with no registered trial "
        "on record; cells changed this much are regulated as a drug that needs approval.",
        "lab-grown cells outside a trial fail",
        manipulation=frozenset({Manipulation.CULTURE_EXPANDED}),
    ),
    case(
        "minimal_manipulation",
        "met",
        "Cells changed more than minimally (grown in a lab or digested with enzymes) are used "
        "only within a registered trial.",
        "lab-grown cells within a registered trial are acceptable",
        manipulation=frozenset({Manipulation.CULTURE_EXPANDED}),
        evidence_kinds=frozenset({EvidenceKind.TRIAL}),
    ),
    case(
        "minimal_manipulation",
        "not_met",
        'Cells changed more than minimally are used under a "trial" that patients pay to join; '
        "a trial that charges patients does not give the oversight it claims.",
        "a registered trial that charges patients is no cover",
        manipulation=frozenset({Manipulation.CULTURE_EXPANDED}),
        evidence_kinds=frozenset({EvidenceKind.TRIAL}),
        charges_for_trial=True,
    ),
    case(
        "minimal_manipulation",
        "not_met",
        "Cells are grown in a lab with no registered trial on record; cells changed this much "
        "are regulated as a drug that needs approval.",
        "lab-grown cells with no trial on record fail, not stay unknown (issue 15)",
        manipulation=frozenset({Manipulation.CULTURE_EXPANDED}),
        evidence_kinds=None,
    ),
    case(
        "minimal_manipulation",
        "partial",
        "Some treatments use cells the same day or within "
        "a registered trial; for others it is not clear.",
        "same-day use with an unstated treatment is partial",
        manipulation=frozenset({Manipulation.SAME_DAY, Manipulation.UNKNOWN}),
    ),
    case(
        "minimal_manipulation",
        "not_met",
        "Fat is digested with enzymes into a stromal vascular fraction (SVF); a federal appeals "
        "court held that this is more than minimal manipulation, a drug that needs approval, "
        "even when it is done the same day.",
        "same-day enzymatic digestion (SVF) is more than minimal (issue 15)",
        manipulation=frozenset({Manipulation.SAME_DAY_ENZYMATIC}),
    ),
    case(
        "minimal_manipulation",
        "met",
        "Cells changed more than minimally (grown in a lab or digested with enzymes) are used "
        "only within a registered trial.",
        "enzymatic SVF within a registered trial is acceptable, as lab-grown cells are",
        manipulation=frozenset({Manipulation.SAME_DAY_ENZYMATIC}),
        evidence_kinds=frozenset({EvidenceKind.TRIAL}),
    ),
    case(
        "minimal_manipulation",
        "unknown",
        "The clinic does not say whether cells are used the same day.",
        "handling stated for no treatment",
        manipulation=frozenset({Manipulation.UNKNOWN}),
    ),
    case(
        "minimal_manipulation",
        "unknown",
        "Whether cells are used the same day or grown in a lab is not known.",
        "unknown handling",
        manipulation=None,
    ),
    # protocol_documented
    case(
        "protocol_documented",
        "not_met",
        "No written processing protocol: how cells are "
        "isolated, counted and handled is not documented.",
        "no written protocol fails",
        protocol_documented=False,
    ),
    case(
        "protocol_documented",
        "partial",
        "A written protocol exists, but it leaves unclear "
        "how cells are processed or whether they are grown in a lab.",
        "a protocol silent on same-day use is partial",
        manipulation=None,
    ),
    case(
        "protocol_documented",
        "partial",
        "A written protocol exists, but it leaves unclear "
        "how cells are processed or whether they are grown in a lab.",
        "a protocol silent on processing for one treatment is partial",
        processing=frozenset({Processing.CLOSED_SYSTEM, Processing.UNKNOWN}),
    ),
    case(
        "protocol_documented",
        "unknown",
        "Whether the clinic has a written processing protocol is not known.",
        "unknown protocol",
        protocol_documented=None,
    ),
    # lab_accredited
    case(
        "lab_accredited",
        "not_met",
        "Cells are sent to an outside lab with no accreditation on record.",
        "an unaccredited outside lab fails",
        labs=frozenset({Lab.EXTERNAL}),
    ),
    case(
        "lab_accredited",
        "not_met",
        "Its on-site lab holds no verified accreditation or GMP certificate.",
        "an on-site lab without accreditation fails",
        lab_accreditation_verified=False,
    ),
    case(
        "lab_accredited",
        "met",
        "Cells are processed in an accredited lab.",
        "an accredited outside lab is met",
        labs=frozenset({Lab.EXTERNAL_ACCREDITED}),
        lab_accreditation_verified=False,
    ),
    case(
        "lab_accredited",
        "met",
        "The clinic holds a verified lab accreditation or GMP certificate.",
        "a verified accreditation is enough when the lab is not named",
        labs=None,
    ),
    case(
        "lab_accredited",
        "partial",
        "Some processing is done in an accredited lab, but not all of it.",
        "accredited and unaccredited labs together are partial",
        labs=frozenset({Lab.ON_SITE, Lab.EXTERNAL}),
    ),
    case(
        "lab_accredited",
        "partial",
        "The clinic holds a verified lab accreditation, but which "
        "lab processes the cells is not stated.",
        "accreditation with an unstated lab",
        labs=frozenset({Lab.UNKNOWN}),
    ),
    case(
        "lab_accredited",
        "unknown",
        "Whether the lab that processes the cells is accredited is not known.",
        "an on-site lab of unknown accreditation",
        lab_accreditation_verified=None,
    ),
    # licensed_physicians
    case(
        "licensed_physicians",
        "not_met",
        "No treating doctor holds a verified, current medical licence.",
        "named doctors without a verified licence fail the knockout",
        verified_current_medical_licences=0,
    ),
    case(
        "licensed_physicians",
        "not_met",
        "No treating doctor holds a verified, current medical licence: 1 on record has expired.",
        "an expired licence fails the knockout",
        verified_current_medical_licences=0,
        expired_medical_licences=1,
    ),
    case(
        "licensed_physicians",
        "not_met",
        "No treating doctor holds a verified, current medical licence: 2 on record have expired.",
        "expired licences fail the knockout",
        verified_current_medical_licences=0,
        expired_medical_licences=2,
    ),
    case(
        "licensed_physicians",
        "met",
        "A treating doctor holds a verified, current medical licence.",
        "one licensed doctor is enough",
        verified_current_medical_licences=1,
    ),
    case(
        "licensed_physicians",
        "unknown",
        "Treating doctors are named, but no licence of theirs has been verified yet.",
        "licences not verified yet are unknown",
        verified_current_medical_licences=None,
    ),
    case(
        "licensed_physicians",
        "unknown",
        "The clinic names no treating doctor, so no licence can be checked.",
        "no named doctor is unknown, not a failure",
        has_practitioners=False,
        verified_current_medical_licences=0,
    ),
    case(
        "licensed_physicians",
        "unknown",
        "Who treats patients is not known.",
        "nothing known about doctors",
        has_practitioners=None,
        verified_current_medical_licences=None,
    ),
    # regenerative_specialist
    case(
        "regenerative_specialist",
        "not_met",
        "No treating doctor specialises in regenerative medicine, dermatology or plastic surgery.",
        "no specialist fails",
        regenerative_specialist=False,
    ),
    case(
        "regenerative_specialist",
        "partial",
        f"A {SPECIALIST} treats patients, with only 1 year of experience.",
        "a new specialist is partial",
        specialist_years_experience=1,
    ),
    case(
        "regenerative_specialist",
        "partial",
        f"A {SPECIALIST} treats patients; their experience is not stated.",
        "a specialist of unknown experience",
        specialist_years_experience=None,
    ),
    case(
        "regenerative_specialist",
        "met",
        f"A {SPECIALIST} with 5 years of experience treats patients.",
        "five years is experienced",
        specialist_years_experience=5,
    ),
    case(
        "regenerative_specialist",
        "unknown",
        "Whether a specialist treats patients is not known.",
        "unknown specialty",
        regenerative_specialist=None,
    ),
    # track_record
    case(
        "track_record",
        "partial",
        "Shows only part of a track record: has performed 400 procedures.",
        "only a count of procedures is partial",
        outcomes_published=False,
        complication_reporting=False,
    ),
    case(
        "track_record",
        "met",
        "Shows a track record: publishes its outcomes and reports complications.",
        "outcomes and complications without a count are met",
        procedures_performed=None,
    ),
    case(
        "track_record",
        "not_met",
        "No published outcomes, no complication reporting and no "
        "substantial number of procedures on record.",
        "a thin record fails",
        outcomes_published=False,
        complication_reporting=False,
        procedures_performed=10,
    ),
    case(
        "track_record",
        "unknown",
        "Nothing is known about its track record.",
        "unknown track record",
        outcomes_published=None,
        complication_reporting=None,
        procedures_performed=None,
    ),
]
