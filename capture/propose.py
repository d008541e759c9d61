"""What a captured page proposes to the curator (issue 19, part 3): red-flag claims with their
flags, prices with their currency (and dollars at the dated rates), cell sources and processing
terms, practitioners, accreditations and registrations, trial numbers and DOIs, each with the
passage it came from. Proposals only: nothing here writes to a clinic."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from checklist.engine.claims import screen, sentences
from checklist.engine.pricing import USD_PER_UNIT, to_usd


@dataclass(frozen=True)
class Proposal:
    kind: str  # claim, price, cell_source, cell_form, processing, manipulation, practitioner,
    # accreditation, trial, doi
    value: Any
    passage: str
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "passage": self.passage, **self.extra}


# Terms a page uses for the cells and their handling, as the profile records them.
TERMS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (kind, value, re.compile(pattern, re.IGNORECASE))
    for kind, value, pattern in (
        (
            "cell_source",
            "umbilical_cord",
            r"\bumbilical[- ]cord\b|\bwharton'?s jelly\b|\bcord[- ]blood\b|\bcord tissue\b",
        ),
        ("cell_source", "placental_amniotic", r"\bamniotic\b|\bplacenta(?:l)?\b"),
        (
            "cell_source",
            "autologous_adipose",
            r"\b(?:your|the patient'?s|their) own fat\b|\bautologous (?:fat|adipose)\b|\badipose[- ]derived\b",
        ),
        ("cell_source", "autologous_bone_marrow", r"\bbone[- ]marrow\b"),
        ("cell_source", "embryonic", r"\bembryonic stem\b"),
        (
            "cell_source",
            "animal",
            r"\b(?:sheep|ovine|bovine|porcine|animal)[- ](?:cells?|placenta|stem)\b",
        ),
        ("cell_source", "plant", r"\b(?:plant|apple|grape)[- ]stem[- ]cells?\b"),
        ("cell_form", "exosomes", r"\bexosomes?\b|\bextracellular vesicles\b"),
        ("cell_form", "growth_factors", r"\bgrowth factors?\b"),
        ("cell_form", "extract", r"\bconditioned media\b|\bsecretome\b"),
        ("processing", "closed_system", r"\bclosed[- ]system\b|\bclosed,? sterile\b"),
        (
            "manipulation",
            "same_day_enzymatic",
            r"\bstromal vascular fraction\b|\bSVF\b|\benzymatic(?:ally)? digest\w*|\bcollagenase\b",
        ),
        (
            "manipulation",
            "culture_expanded",
            r"\bculture[- ]expanded\b|\bcultured (?:stem )?cells\b|\bexpanded in (?:the|our) lab\w*\b",
        ),
        ("manipulation", "same_day", r"\bsame[- ]day\b|\bsingle (?:visit|session) procedure\b"),
    )
)
ACCREDITATIONS = re.compile(
    r"\b(?:JCI|Joint Commission(?: International)?|AAAASF|AAAHC|COFEPRIS|CQC|Care Quality "
    r"Commission|TGA|MHRA|GMP|cGMP|ISO 9001|ISO 13485|ISO 15189|CAP[- ]accredited|CLIA|"
    r"AABB|FACT[- ]accredited|T\.?C\.? Sağlık Bakanlığı|Ministry of Health)\b"
)
TRIAL = re.compile(r"\bNCT\d{8}\b")
DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>,;]+[^\s\"<>,;.)]")
PRACTITIONER = re.compile(
    r"\b(?:Dr\.?|Doctor|Dra\.?|Prof\.?|Op\.? Dr\.?|Uzm\.? Dr\.?)\s+(?:[A-ZÁÉÍÓÚÑÇŞĞİÖÜ][\w'’-]+\s?){1,3}"
    r"|\b[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2},\s?(?:MD|M\.D\.|DO|FACS|FAAD)\b"
)
_SIGN_CURRENCY = {
    "US$": "USD",
    "USD": "USD",
    "$": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "MX$": "MXN",
    "MXN": "MXN",
    "TL": "TRY",
    "TRY": "TRY",
    "₺": "TRY",
    "AED": "AED",
    "CA$": "CAD",
    "CAD": "CAD",
    "CHF": "CHF",
}
_AMOUNT = r"\d{1,3}(?:[,.\s]\d{3})+|\d{3,7}"
PRICE = re.compile(
    rf"(?P<sign>US\$|MX\$|CA\$|\$|€|£|₺|USD|EUR|GBP|MXN|TRY|TL|AED|CAD|CHF)\s?(?P<low>{_AMOUNT})"
    rf"(?:\s?(?:-|–|—|to|a|hasta)\s?(?:US\$|MX\$|\$|€|£|₺)?\s?(?P<high>{_AMOUNT}))?"
    rf"|(?P<low2>{_AMOUNT})\s?(?P<word>USD|EUR|GBP|MXN|TL|TRY|pesos|dollars|euros|lira)\b",
    re.IGNORECASE,
)
_WORD_CURRENCY = {"pesos": "MXN", "dollars": "USD", "euros": "EUR", "lira": "TRY"}
# Sentences that speak of the treatment, proposed as claims even with no red flag.
TREATMENT = re.compile(
    r"\bstem[- ]cells?\b|\bexosomes?\b|\bregenerat\w*|\brejuvenat\w*|\bc[ée]lulas madre\b|"
    r"\bkök hücre\w*|\bSVF\b|\bresults?\b",
    re.IGNORECASE,
)
# A long page proposes every flagged sentence (up to MAX_FLAGGED) but only its first
# MAX_CLAIMS unflagged sentences about the treatment: the curator's list stays readable.
MAX_CLAIMS = 60
MAX_FLAGGED = 300
FOUND = (
    (ACCREDITATIONS, "accreditation"),
    (TRIAL, "trial"),
    (DOI, "doi"),
    (PRACTITIONER, "practitioner"),
)


def _number(text: str) -> Decimal | None:
    digits = re.sub(r"[,.\s]", "", text)
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _prices(sentence: str) -> Iterator[Proposal]:
    for found in PRICE.finditer(sentence):
        sign = found.group("sign") or found.group("word") or ""
        currency = _SIGN_CURRENCY.get(
            sign.upper() if sign.isalpha() else sign
        ) or _WORD_CURRENCY.get(sign.lower())
        low = _number(found.group("low") or found.group("low2") or "")
        high = _number(found.group("high") or "") if found.group("high") else None
        if currency is None or low is None or currency not in USD_PER_UNIT:
            continue
        extra: dict[str, Any] = {
            "currency": currency,
            "min_amount": int(low),
            "max_amount": int(high or low),
        }
        extra["min_usd"] = to_usd(low, currency)
        extra["max_usd"] = to_usd(high or low, currency)
        yield Proposal("price", found.group(0).strip(), sentence, extra)


def propose(text: str, language: str = "en") -> list[Proposal]:
    """Every proposal the page's text supports, each with its passage: claims sentence by
    sentence (as the screener reads them, in the page's language), the facts paragraph by
    paragraph (a name such as "Dra. Lucía Ortega" is not cut at its abbreviation)."""
    proposals: list[Proposal] = []
    seen: set[tuple[str, str]] = set()

    def add(proposal: Proposal) -> None:
        key = (proposal.kind, str(proposal.value))
        if key not in seen:
            seen.add(key)
            proposals.append(proposal)

    plain = flagged = 0
    for sentence in dict.fromkeys(sentences(text)):  # a repeated sentence is proposed once
        flags = screen(sentence, language)
        if flags and flagged < MAX_FLAGGED:
            flagged += 1
        elif not flags and TREATMENT.search(sentence) and plain < MAX_CLAIMS:
            plain += 1
        else:
            continue
        flagged_spans = [
            {"category": f.category, "start": f.start, "end": f.end, "match": f.match}
            for f in flags
        ]
        add(Proposal("claim", sentence, sentence, {"flags": flagged_spans}))
    for paragraph in (line.strip() for line in text.splitlines()):
        if not paragraph:
            continue
        for proposal in _prices(paragraph):
            add(proposal)
        for kind, value, pattern in TERMS:
            if pattern.search(paragraph):
                add(Proposal(kind, value, paragraph))
        for pattern, kind in FOUND:
            for found in pattern.finditer(paragraph):
                add(Proposal(kind, found.group(0).strip().rstrip("."), paragraph))
    return proposals
