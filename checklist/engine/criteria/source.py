"""Where the cells come from and what is injected: own cells, no embryonic cells, the product named
and named honestly, and used on the skin for the skin."""

from __future__ import annotations

from typing import Final

from checklist.engine.facts import (
    AUTOLOGOUS_SOURCES,
    CELL_FREE_FORMS,
    LIVE_FORMS,
    CellForm,
    CellSource,
    ClinicFacts,
)

from .catalogue import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    PARTIAL,
    UNKNOWN,
    Criterion,
    Evaluation,
    Option,
)
from .sources import (
    _asaps,
    _cfr,
    _expert,
    _fda_alert,
    _fda_patient,
    _isscr_ask,
    _isscr_warning,
    _placidway,
)
from .wording import (
    CELL_SOURCE_OPTIONS,
    FORM_WORDS,
    SOURCE_WORDS,
    UNKNOWN_OPTION,
    _approved_study,
    _join,
)


def _autologous_source(facts: ClinicFacts) -> Evaluation:
    sources = facts.cell_sources
    if sources is None:
        return UNKNOWN, "Where the cells come from is not known."
    foreign = [s for s in CellSource if s in sources and s not in AUTOLOGOUS_SOURCES]
    foreign = [s for s in foreign if s is not CellSource.UNKNOWN]
    own = [s for s in CellSource if s in AUTOLOGOUS_SOURCES and s in sources]
    if foreign:
        return NOT_MET, (
            f"Uses {_join(SOURCE_WORDS[s] for s in foreign)} cells; for a cosmetic treatment "
            "only your own cells are acceptable."
        )
    if not own:
        return UNKNOWN, "The clinic does not say where the cells come from."
    where = _join(SOURCE_WORDS[s] for s in own)
    if CellSource.UNKNOWN in sources:
        return PARTIAL, (
            f"Some treatments use your own cells (from {where}); for others the source is not "
            "stated."
        )
    return MET, f"Uses only your own cells, from {where}."


def _no_embryonic_cells(facts: ClinicFacts) -> Evaluation:
    sources = facts.cell_sources
    if sources is None:
        return UNKNOWN, "Whether embryonic cells are used is not known."
    if CellSource.EMBRYONIC in sources:
        return NOT_MET, (
            "Uses embryonic cells, which raise ethical concerns; adult cells from your own body "
            "are the preferred source."
        )
    if not sources - {CellSource.UNKNOWN}:
        return UNKNOWN, "The clinic does not say where the cells come from."
    if CellSource.UNKNOWN in sources:
        return PARTIAL, (
            "No embryonic cells in the treatments described, but for some the source is not stated."
        )
    return MET, "No embryonic cells are used."


def _product_disclosed(facts: ClinicFacts) -> Evaluation:
    forms = facts.cell_forms
    if forms is None:
        return UNKNOWN, "What is injected or applied is not known."
    if not forms:
        return NOT_MET, (
            "The clinic describes no treatment, so it does not say what it injects or applies."
        )
    stated = [f for f in CellForm if f in forms and f is not CellForm.UNKNOWN]
    if not stated:
        return UNKNOWN, "The clinic does not say what is injected or applied."
    described = _join(FORM_WORDS[f] for f in stated)
    if CellForm.UNKNOWN in forms:
        return PARTIAL, f"Says what some treatments use ({described}), but not all of them."
    if not LIVE_FORMS & set(stated):
        return MET, f"Says plainly what is used: {described} (no live cells)."
    return MET, f"Says plainly what is used: {described}."


def _honest_product_wording(facts: ClinicFacts) -> Evaluation:
    misnamed = facts.product_misnamed
    if misnamed is None and facts.markets_treatments is False:
        return NOT_APPLICABLE, "The clinic sells nothing to the public, so it names no product."
    forms = facts.cell_forms or frozenset()
    named = [FORM_WORDS[f] for f in CellForm if f in forms and f in CELL_FREE_FORMS]
    if CellSource.PLANT in (facts.cell_sources or ()):
        named.append("a plant extract")
    what = _join(named) or "an extract, exosomes or a plant product"
    if misnamed is None:
        return UNKNOWN, "Whether the product is sold under an honest name is not known."
    if misnamed:
        return NOT_MET, (
            f'Its marketing speaks of "stem cells", but the product is {what}, with no live '
            "human stem cells in it."
        )
    if named:
        return MET, f"Says plainly that the product is {what}, not stem cells."
    return MET, "The product is named for what it is."


def _local_cosmetic_use(facts: ClinicFacts) -> Evaluation:
    systemic, disease = facts.systemic_delivery, facts.treats_disease
    skin_only = systemic is False and disease is False
    # Within an approved study any use is covered, known or not: knowing the delivery is
    # systemic must never score better than not knowing it (tests/checklist/test_properties.py).
    if not skin_only and _approved_study(facts):
        # What the warnings are about is selling such uses; testing them in an approved study
        # (one patients are not known to pay for) is how a use becomes proven.
        return (
            MET,
            "Cells are used beyond the skin only within a study an ethics committee approved.",
        )
    if systemic:
        return NOT_MET, (
            "Cells are put into the blood, the spinal fluid or the lungs (IV, intrathecal or "
            "inhaled): no such use is approved, and it carries risks a skin treatment does not."
        )
    if disease:
        return NOT_MET, (
            "Cells are offered for diseases or injuries, not only for the skin: one cell "
            "product for many conditions is a warning sign, and none is approved for them."
        )
    if skin_only:
        return MET, "Cells are used only on the skin, for cosmetic concerns."
    return UNKNOWN, (
        "Whether the cells are used only on the skin, for cosmetic concerns, is not known."
    )


CRITERIA: Final[tuple[Criterion, ...]] = (
    Criterion(
        id="autologous_source",
        title="Your own cells",
        group="cells",
        checks="The cells come from your own fat or bone marrow, not from a donor, umbilical "
        "cord, placenta, embryo, animal or plant.",
        why_it_matters="Your own cells cannot be rejected and carry no disease from someone "
        "else. Donor, animal and other outside sources for a cosmetic treatment carry real "
        "health risks, and no such product is approved for it.",
        severity="knockout",
        points=15,
        question="Where do the cells come from?",
        options=CELL_SOURCE_OPTIONS,
        ask_clinic="Will the cells come from my own fat or bone marrow? If not, exactly where "
        "do they come from, who supplies them, and how are they screened?",
        sources=(
            _placidway(
                "Cells for skin are typically taken from the patient's own fat or bone marrow; "
                "avoid clinics using cells from unverified sources such as animal or donor "
                "cells for cosmetic purposes."
            ),
            _expert("Adult stem cells from the patient's own body are the preferred source."),
            _fda_alert(
                "The only approved stem-cell products are cord-blood blood-forming cells; no "
                "exosome product is approved."
            ),
            _isscr_ask("If the cells are not your own, ask about the risk of immune reaction."),
            _cfr("Autologous use is one of the conditions for the lighter '361' regulation."),
        ),
        evaluate=_autologous_source,
        reads=("cell_sources",),
    ),
    Criterion(
        id="no_embryonic_cells",
        title="No embryonic cells",
        group="cells",
        checks="No embryonic cells are used.",
        why_it_matters="Embryonic cells raise ethical concerns and are not a source any "
        "careful clinic uses for skin; adult cells from your own body are preferred.",
        severity="knockout",
        points=10,
        question="Where do the cells come from?",
        options=CELL_SOURCE_OPTIONS,
        ask_clinic="Can you confirm in writing that no embryonic or fetal cells are used?",
        sources=(
            _expert(
                "The use of embryonic stem cells raises ethical concerns; adult autologous "
                "cells are the preferred source."
            ),
        ),
        evaluate=_no_embryonic_cells,
        reads=("cell_sources",),
    ),
    Criterion(
        id="product_disclosed",
        title="Says what is injected",
        group="cells",
        checks="The clinic says plainly whether it uses live cells, lab-grown fibroblasts, or "
        "an extract, exosomes or growth factors with no live cells.",
        why_it_matters='A "stem cell facial" may use live cells or only an extract or growth '
        "factors. You can only weigh risks and price when you know which.",
        severity="major",
        points=8,
        question="What exactly will be injected or applied to your skin?",
        options=(
            Option(CellForm.LIVE_CELLS, "Live cells from my own tissue"),
            Option(CellForm.CULTURED_FIBROBLASTS, "Fibroblasts grown in a lab from my own skin"),
            Option(CellForm.EXTRACT, "An extract or conditioned medium (no live cells)"),
            Option(CellForm.EXOSOMES, "Exosomes (no live cells)"),
            Option(CellForm.GROWTH_FACTORS, "Growth factors (no live cells)"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Exactly what will be injected or applied: live cells, lab-grown "
        "fibroblasts, or an extract, exosomes or growth factors with no live cells?",
        sources=(
            _placidway(
                'The term "stem cell facial" can be misleading: distinguish live cells from '
                "stem-cell extracts or growth factors."
            ),
            _fda_alert("No exosome product is FDA-approved."),
            _asaps('Plain fat grafting should not be marketed as a "stem cell facelift".'),
        ),
        evaluate=_product_disclosed,
        reads=("cell_forms",),
    ),
    Criterion(
        id="honest_product_wording",
        title="Named honestly",
        group="cells",
        checks="An extract, exosomes, growth factors or a plant product are not sold as "
        '"stem cells".',
        why_it_matters='A "stem cell" facial may hold no live cells at all; a product sold '
        "under a name it does not deserve leaves you paying for something you do not get, "
        "and no exosome product is approved.",
        severity="major",
        points=8,
        question='Does the product sold as "stem cells" actually contain live cells?',
        options=(
            Option("live", "Yes, live cells (from my own tissue)"),
            Option(
                "named", "No: it is an extract, exosomes or a plant product, sold as stem cells"
            ),
            Option("honest", "No, and the clinic says so plainly"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Does the product contain live human cells? If it is an extract, exosomes, "
        'growth factors or a plant product, why is it called "stem cells"?',
        sources=(
            _placidway(
                'A "stem cell facial" may mean live cells or only stem-cell extracts or growth '
                "factors."
            ),
            _asaps('Plain fat grafting should not be marketed as a "stem cell facelift".'),
            _fda_alert("No exosome product is FDA-approved."),
        ),
        evaluate=_honest_product_wording,
        reads=("product_misnamed", "cell_forms", "cell_sources", "markets_treatments"),
    ),
    Criterion(
        id="local_cosmetic_use",
        title="For the skin, on the skin",
        group="cells",
        checks="Cells are injected or applied to the skin for cosmetic concerns, not put into "
        "a vein, the spinal fluid or the lungs, and not offered for diseases, except within an "
        "ethics-approved study that patients do not pay to join.",
        why_it_matters="A skin treatment has no reason to reach the blood, spine or lungs. "
        "Clinics that offer one cell product for many diseases, or by those routes, are the "
        "ones regulators and courts have acted against, and patients have been harmed.",
        severity="major",
        points=8,
        question="Does the clinic also give the cells by drip (IV), into the spine, by "
        "inhaler, or for diseases such as joint pain, lung or nerve conditions?",
        options=(
            Option("no", "No, only on or into the skin, for cosmetic concerns"),
            Option("routes", "Yes, by drip (IV), into the spine or inhaled"),
            Option("disease", "Yes, for diseases or injuries"),
            UNKNOWN_OPTION,
        ),
        ask_clinic="Is this treatment only for the skin? Do you give the same cells by IV, "
        "into the spine or for diseases, and on what evidence?",
        sources=(
            _isscr_warning(
                "Many diseases treated with one cell type is a warning sign of an unproven "
                "treatment."
            ),
            _fda_alert(
                "The only approved stem-cell products are cord-blood blood-forming cells for "
                "disorders of the blood."
            ),
            _fda_patient("Products beyond the '361' conditions need FDA approval."),
        ),
        evaluate=_local_cosmetic_use,
        reads=(
            "systemic_delivery",
            "treats_disease",
            "offered_as_study",
            "ethics_review",
            "charges_for_trial",
        ),
    ),
)
