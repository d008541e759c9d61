"""Where the cells come from and what is injected: own cells, no embryonic cells, the product named."""

from __future__ import annotations

from typing import Final

from checklist.engine.facts import (
    AUTOLOGOUS_SOURCES,
    LIVE_FORMS,
    CellForm,
    CellSource,
    ClinicFacts,
)

from .catalogue import MET, NOT_MET, PARTIAL, UNKNOWN, Criterion, Evaluation, Option
from .sources import _asaps, _cfr, _expert, _fda_alert, _isscr_ask, _placidway
from .wording import CELL_SOURCE_OPTIONS, FORM_WORDS, SOURCE_WORDS, UNKNOWN_OPTION, _join


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
    cell_free = " (no live cells)" if not LIVE_FORMS & set(stated) else ""
    return MET, f"Says plainly what is used: {described}{cell_free}."


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
)
