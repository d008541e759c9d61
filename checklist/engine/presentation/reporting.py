"""Where a patient reports harm from a treatment: the national regulator's reporting route for
the clinic's country, or a general line where we hold none.

Each address was read at its source on 2026-12-04:
- US: FDA's MedWatch page, https://www.fda.gov/safety/medwatch-fda-safety-information-and-adverse-event-reporting-program
  (MedWatch takes reports from patients and consumers on biologics including human cells and
  tissues; ../shared/SOURCES.md: "report harm through MedWatch").
- GB: MHRA's Yellow Card scheme, https://yellowcard.mhra.gov.uk/what-to-report (reports from the
  public on any healthcare product, side effects and fake products included).
- MX: COFEPRIS, https://www.gob.mx/cofepris (its "denuncia sanitaria" takes anyone's report of a
  risk or harm to health, free; summarised at
  https://papelea.com/mx/comision-federal-para-la-proteccion-contra-riesgos-sanitarios/denuncia-sanitaria-ante-la-cofepris-tramites-gobmx).
- TR: TİTCK, the Ministry of Health's medicines and medical devices agency,
  https://www.titck.gov.tr/ (its official site, as TİTCK's own notices name it; it receives
  adverse-effect reports and complaints about medical products).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final


@dataclass(frozen=True, slots=True)
class Regulator:
    name: str
    # What to use and what it takes, in a patient's words.
    how: str
    url: str
    link_text: str


REGULATORS: Final[Mapping[str, Regulator]] = MappingProxyType(
    {
        "US": Regulator(
            name="FDA MedWatch",
            how="The US Food and Drug Administration takes reports from patients about harm "
            "from cell and tissue products, online or on form 3500B.",
            url="https://www.fda.gov/safety/medwatch-fda-safety-information-and-adverse-event-reporting-program",
            link_text="Report to FDA MedWatch",
        ),
        "GB": Regulator(
            name="MHRA Yellow Card",
            how="The UK's Medicines and Healthcare products Regulatory Agency takes reports "
            "from anyone about side effects and unsafe or fake healthcare products.",
            url="https://yellowcard.mhra.gov.uk/what-to-report",
            link_text="Report through the Yellow Card scheme",
        ),
        "MX": Regulator(
            name="COFEPRIS",
            how="Mexico's health-risk regulator takes a free “denuncia sanitaria” from anyone "
            "about a risk or harm to health, including from a clinic.",
            url="https://www.gob.mx/cofepris",
            link_text="Report to COFEPRIS",
        ),
        "TR": Regulator(
            name="TİTCK (Türkiye's Ministry of Health)",
            how="The Turkish Medicines and Medical Devices Agency, part of the Ministry of "
            "Health, receives reports of side effects and complaints about medical products.",
            url="https://www.titck.gov.tr/",
            link_text="Report to TİTCK",
        ),
    }
)

ANYWHERE: Final = (
    "Report it to the medicines or health regulator of the country where you were treated, "
    "and to your own doctor, who can report it too."
)


def regulator_for(country: str | None) -> Regulator | None:
    """The reporting route for an ISO country code, or None: then say ANYWHERE."""
    return REGULATORS.get((country or "").upper())
