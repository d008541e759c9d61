"""The published sources criteria cite (../shared/SOURCES.md), one helper a source."""

from __future__ import annotations

from typing import Final

from .catalogue import Source


def _placidway(supports: str) -> Source:
    # A commercial medical-tourism broker: named as such, listed last, the price table its use.
    return Source(
        "PlacidWay (a commercial medical-tourism broker): skin stem-cell therapy guide",
        None,
        supports,
        location="shared/sources/000_ba5aa75fd7812e5e.txt",
        kind="broker",
    )


def _expert(supports: str) -> Source:
    return Source(
        "Expert view on stem-cell protocols for skin rejuvenation",
        None,
        supports,
        location="shared/sources/004_f0b139e78b32d480.txt",
    )


def _isscr_ask(supports: str) -> Source:
    return Source(
        "ISSCR: What to ask a stem cell clinic",
        "https://www.closerlookatstemcells.org/stem-cells-medicine/stem-cell-treatments-what-to-ask/",
        supports,
        kind="professional",
    )


def _isscr_warning(supports: str) -> Source:
    return Source(
        "ISSCR: cautions about unproven stem-cell treatments",
        "https://aboutstemcells.org/info/what-should-i-be-cautious-about-if-i-am-considering-an-unproven-stem-cell-treatment",
        supports,
        kind="professional",
    )


def _fda_alert(supports: str) -> Source:
    return Source(
        "FDA consumer alert on regenerative medicine products (2020)",
        "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes",
        supports,
        kind="regulator",
    )


def _fda_patient(supports: str) -> Source:
    return Source(
        "FDA: patient and consumer information about regenerative medicine therapies (2021)",
        "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies",
        supports,
        kind="regulator",
    )


def _cfr(supports: str) -> Source:
    return Source(
        "21 CFR 1271.10 and 1271.15(b)",
        "http://cfr.laws-info.com/text/21/1271/10",
        supports,
        kind="regulator",
    )


def _asaps(supports: str) -> Source:
    return Source(
        "ASAPS/ASPS position statement on stem cells and fat grafting (2012)",
        "https://journals.lww.com/plasreconsurg/Fulltext/2012/01000/ASAPS_ASPS_Position_Statement_on_Stem_Cells_and.53.aspx",
        supports,
        kind="professional",
    )


def _murdoch(supports: str) -> Source:
    return Source(
        "Murdoch et al. 2018: websites of stem-cell clinics",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC5855243",
        supports,
        kind="peer_reviewed",
    )


YIN_2017: Final = Source(
    "Yin et al. 2017, cited by the expert article (unconfirmed)",
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5600176/",
    "Cited as a meta-analysis of adipose-derived stem cells for skin rejuvenation; unconfirmed: "
    "the title could not be matched to this PMC id.",
    unconfirmed=True,
    kind="peer_reviewed",
)
CAL_META_ANALYSIS_2017: Final = Source(
    "Meta-analysis of cell-assisted lipotransfer, 2017 (doi 10.1186/s13018-017-0645-5, PMC5649090)",
    None,
    "Higher fat survival with cell-assisted transfer, but no significant difference in patient "
    "satisfaction overall: the evidence is still thin.",
    kind="peer_reviewed",
)


# Public enforcement records, cited where a court or a regulator has said what the published
# guidance only implies. They are not in ../shared/SOURCES.md: each criterion citing one rests
# first on a source there; the records' addresses are kept with the records.
_RECORDS: Final = "clinics/data/enforcement/records.csv (addresses in its SOURCES.md)"
CAL_STEM_CELL_9TH_CIR_2024: Final = Source(
    "United States v. California Stem Cell Treatment Center (9th Cir. 2024, No. 22-56014)",
    None,
    "The appeals court held that fat digested with enzymes into a stromal vascular fraction "
    "(SVF) is a drug, not a minimally manipulated tissue exempt from approval.",
    location=_RECORDS,
    kind="record",
)
LIVEYON_RECALL_2018: Final = Source(
    "FDA: recall of Liveyon's ReGen cord-blood products (2018)",
    None,
    "Patients developed bacterial infections after injections of donor cord-blood products; "
    "FDA found deficient donor testing and processing.",
    location=_RECORDS,
    kind="record",
)
LIVEYON_LETTER_2019: Final = Source(
    "FDA warning letter to Liveyon (2019)",
    None,
    "FDA cited deficient donor screening, aseptic practice and environmental monitoring in "
    "the processing of cell products sold to clinics.",
    location=_RECORDS,
    kind="record",
)
