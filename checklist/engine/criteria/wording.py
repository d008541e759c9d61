"""Answer options, wording helpers, flag groupings and thresholds shared by the criteria."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from checklist.engine.facts import (
    CellForm,
    CellSource,
    ClinicFacts,
)

from .catalogue import UNKNOWN_OPTION, Option

YES_NO: Final = (Option("yes", "Yes"), Option("no", "No"), UNKNOWN_OPTION)

CELL_SOURCE_OPTIONS: Final = (
    Option(CellSource.AUTOLOGOUS_ADIPOSE, "From my own fat (a small liposuction)"),
    Option(CellSource.AUTOLOGOUS_BONE_MARROW, "From my own bone marrow"),
    Option(CellSource.AUTOLOGOUS_OTHER, "From another tissue of my own body"),
    Option(CellSource.ALLOGENEIC_DONOR, "From another person (a donor)"),
    Option(CellSource.UMBILICAL_CORD, "From umbilical cord or Wharton's jelly"),
    Option(CellSource.PLACENTAL_AMNIOTIC, "From placenta or amniotic tissue"),
    Option(CellSource.EMBRYONIC, "From embryos"),
    Option(CellSource.ANIMAL, "From animals"),
    Option(CellSource.PLANT, 'From plants ("plant stem cells")'),
    UNKNOWN_OPTION,
)


def _join(words: Iterable[str]) -> str:
    items = list(words)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _approved_study(facts: ClinicFacts) -> bool:
    """Offered as a study that an ethics committee approved and that patients are not known to
    pay to join: what may excuse an unproven use, and counts as oversight of a kind."""
    return (
        facts.offered_as_study is True
        and facts.ethics_review is True
        and facts.charges_for_trial is not True
    )


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


SOURCE_WORDS: Final[Mapping[CellSource, str]] = MappingProxyType(
    {
        CellSource.AUTOLOGOUS_ADIPOSE: "your own fat",
        CellSource.AUTOLOGOUS_BONE_MARROW: "your own bone marrow",
        CellSource.AUTOLOGOUS_OTHER: "another tissue of your own",
        CellSource.ALLOGENEIC_DONOR: "donor",
        CellSource.UMBILICAL_CORD: "umbilical-cord",
        CellSource.PLACENTAL_AMNIOTIC: "placental or amniotic",
        CellSource.EMBRYONIC: "embryonic",
        CellSource.ANIMAL: "animal",
        CellSource.PLANT: "plant",
    }
)
FORM_WORDS: Final[Mapping[CellForm, str]] = MappingProxyType(
    {
        CellForm.LIVE_CELLS: "live cells",
        CellForm.CULTURED_FIBROBLASTS: "lab-grown fibroblasts",
        CellForm.EXTRACT: "a cell extract or conditioned medium",
        CellForm.EXOSOMES: "exosomes",
        CellForm.GROWTH_FACTORS: "growth factors",
    }
)
CLAIM_WORDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "guaranteed": "guarantees results",
        "no_risk": "says there is no risk",
        "cure": "claims to cure disease or reverse ageing",
        "universal": "says it works for everyone",
        "unverified_source": "sells cells from donors, cords, animals, plants or a secret source",
        "fda_misrepresentation": "presents FDA registration, inspection or listing as approval",
    }
)
# Each flag counts against exactly one criterion, so one sentence is not penalised twice.
PROMISE_FLAGS: Final = ("guaranteed", "no_risk", "cure", "universal", "unverified_source")
TIMELINE_FLAGS: Final = ("instant", "permanent")
# What a timeline flag promises, as its sentence says it ("promises instant results").
TIMELINE_WORDS: Final[Mapping[str, str]] = MappingProxyType(
    {"instant": "instant", "permanent": "permanent"}
)
FDA_FLAGS: Final = ("fda_misrepresentation",)

# This project's thresholds, not a source's: enough years or cases to have met complications.
EXPERIENCED_YEARS: Final = 5
TRACK_RECORD_PROCEDURES: Final = 50
