"""One-fact cases for the criteria real enforcement records asked for (issue 15): named honestly,
for the skin on the skin, tested before use, ethics approval for a study, harm reported to the
regulator, no pressure to pay; and "does not apply" for a research site that sells nothing."""

from __future__ import annotations

from checklist.engine.facts import CellForm, CellSource, EvidenceKind

from .careful import case

EXOSOMES = frozenset({CellForm.EXOSOMES})
DOES_NOT_MARKET = "The clinic does not market treatments to the public."

CASES = [
    # honest_product_wording
    case(
        "honest_product_wording",
        "not_met",
        'Its marketing speaks of "stem cells", but the product is exosomes, with no live human '
        "stem cells in it.",
        "exosomes sold as stem cells fail",
        cell_forms=EXOSOMES,
        product_misnamed=True,
    ),
    case(
        "honest_product_wording",
        "not_met",
        'Its marketing speaks of "stem cells", but the product is a plant extract, with no live '
        "human stem cells in it.",
        "a plant product sold as stem cells fails",
        cell_forms=None,
        cell_sources=frozenset({CellSource.PLANT}),
        product_misnamed=True,
    ),
    case(
        "honest_product_wording",
        "met",
        "Says plainly that the product is exosomes, not stem cells.",
        "exosomes named as exosomes pass",
        cell_forms=EXOSOMES,
        product_misnamed=False,
    ),
    case(
        "honest_product_wording",
        "unknown",
        "Whether the product is sold under an honest name is not known.",
        "unknown wording",
        product_misnamed=None,
    ),
    case(
        "honest_product_wording",
        "not_applicable",
        "The clinic sells nothing to the public, so it names no product.",
        "a research site names no product",
        markets_treatments=False,
        product_misnamed=None,
    ),
    # local_cosmetic_use
    case(
        "local_cosmetic_use",
        "not_met",
        "Cells are put into the blood, the spinal fluid or the lungs (IV, intrathecal or "
        "inhaled): no such use is approved, and it carries risks a skin treatment does not.",
        "an IV or intrathecal route fails",
        systemic_delivery=True,
    ),
    case(
        "local_cosmetic_use",
        "not_met",
        "Cells are offered for diseases or injuries, not only for the skin: one cell product "
        "for many conditions is a warning sign, and none is approved for them.",
        "treating a disease fails",
        treats_disease=True,
    ),
    case(
        "local_cosmetic_use",
        "met",
        "Cells are used beyond the skin only within a study an ethics committee approved.",
        "a disease treated within an approved, unpaid study",
        offered_as_study=True,
        ethics_review=True,
        treats_disease=True,
        systemic_delivery=True,
    ),
    case(
        "local_cosmetic_use",
        "not_met",
        "Cells are offered for diseases or injuries, not only for the skin: one cell product "
        "for many conditions is a warning sign, and none is approved for them.",
        "a study patients pay to join does not excuse it",
        offered_as_study=True,
        ethics_review=True,
        treats_disease=True,
        charges_for_trial=True,
    ),
    case(
        "local_cosmetic_use",
        "unknown",
        "Whether the cells are used only on the skin, for cosmetic concerns, is not known.",
        "an unknown route",
        systemic_delivery=None,
    ),
    # qc_release_testing
    case(
        "qc_release_testing",
        "not_met",
        "Cell products are not tested before use: nothing checks that what is injected is "
        "sterile and holds the live cells described.",
        "no release testing fails",
        release_testing=False,
    ),
    case(
        "qc_release_testing",
        "unknown",
        "Whether each cell product is tested before it is used is not known.",
        "unknown testing",
        release_testing=None,
    ),
    # ethics_review
    case(
        "ethics_review",
        "not_met",
        "Offered as a study, but no independent ethics committee (IRB) approved it: the word "
        "study then gives none of the protection it promises.",
        "a study with no ethics approval fails",
        offered_as_study=True,
        ethics_review=False,
    ),
    case(
        "ethics_review",
        "met",
        "An independent ethics committee (IRB) approved the study.",
        "a study with ethics approval",
        offered_as_study=True,
        ethics_review=True,
    ),
    case(
        "ethics_review",
        "unknown",
        "Offered as a study; whether an ethics committee approved it is not known.",
        "a study with unknown approval",
        offered_as_study=True,
        ethics_review=None,
    ),
    case(
        "ethics_review",
        "unknown",
        "Whether the treatment is offered as a study is not known.",
        "unknown whether a study",
        offered_as_study=None,
    ),
    case(
        "ethics_review",
        "not_applicable",
        "The treatment is not offered as a study or trial.",
        "not a study: does not apply",
        offered_as_study=False,
        ethics_review=True,
    ),
    # adverse_event_reporting
    case(
        "adverse_event_reporting",
        "not_met",
        "Does not report serious adverse events to the regulator, so harm done stays out of the "
        "public record.",
        "no reporting fails",
        adverse_event_reporting=False,
    ),
    case(
        "adverse_event_reporting",
        "unknown",
        "Whether the clinic reports adverse events to the regulator is not known.",
        "unknown reporting",
        adverse_event_reporting=None,
    ),
    # no_sales_pressure
    case(
        "no_sales_pressure",
        "not_met",
        "Pushes patients to commit: a discount that expires, a deposit before a consultation, "
        "or payment before a doctor has decided you are a candidate.",
        "pressure fails",
        sales_pressure=True,
    ),
    case(
        "no_sales_pressure",
        "unknown",
        "Whether the clinic pushes patients to commit is not known.",
        "unknown pressure",
        sales_pressure=None,
    ),
    case(
        "no_sales_pressure",
        "not_applicable",
        "The clinic sells nothing to the public.",
        "a research site that sells nothing",
        sales_pressure=None,
        markets_treatments=False,
    ),
    # Marketing criteria do not apply to a site that sells nothing, unless its text says more.
    case(
        "realistic_claims",
        "not_applicable",
        DOES_NOT_MARKET,
        "claims: a research site makes none",
        markets_treatments=False,
        claim_flags=None,
    ),
    case(
        "realistic_timeline",
        "not_applicable",
        DOES_NOT_MARKET,
        "timeline: a research site promises none",
        markets_treatments=False,
        claim_flags=None,
    ),
    case(
        "no_fda_misuse",
        "not_met",
        "Its marketing presents FDA registration, inspection or listing as approval; the only "
        "FDA-approved stem-cell products are cord-blood cells for blood disorders.",
        "a flag found still counts when the clinic says it does not market",
        markets_treatments=False,
        claim_flags=frozenset({"fda_misrepresentation"}),
    ),
    case(
        "price_in_range",
        "not_applicable",
        "The clinic sells no treatment, so it has no price to compare.",
        "price: a research site has none",
        markets_treatments=False,
        full_face_price_min_usd=None,
        full_face_price_max_usd=None,
    ),
    # no_enforcement_history: harm to patients on record fails it (issue 15, part 5)
    case(
        "no_enforcement_history",
        "not_met",
        "Harm to patients is on public record: recall, 2018-09-28.",
        "harm to patients on record",
        enforcement_record="harm",
        enforcement_detail="recall, 2018-09-28",
    ),
    # regulatory_oversight: an approved, registered study is oversight of a kind (partial)
    case(
        "regulatory_oversight",
        "partial",
        "Given within a registered trial an ethics committee approved; the facility's own "
        "licence is not verified.",
        "an ethics-approved registered trial at a facility with no licence on record",
        facility_licence_verified=None,
        regulator_registration_verified=None,
        offered_as_study=True,
        ethics_review=True,
        evidence_kinds=frozenset({EvidenceKind.TRIAL}),
    ),
    case(
        "regulatory_oversight",
        "unknown",
        "Whether the facility is licensed or registered is not known.",
        "a paid trial is no oversight",
        facility_licence_verified=None,
        regulator_registration_verified=None,
        offered_as_study=True,
        ethics_review=True,
        evidence_kinds=frozenset({EvidenceKind.TRIAL}),
        charges_for_trial=True,
    ),
]
