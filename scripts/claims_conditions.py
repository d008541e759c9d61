"""Derive the claims screener's disease vocabulary from ICD-10-CM.

    .venv/bin/python scripts/claims_conditions.py > checklist/engine/claims/data/conditions.txt

The screener asks "does this clause name a disease or condition?" of every cure-like phrase.
A hand list of diseases misses most of what real clinics sell treatments for (cartilage, spinal
discs, lung disease, palsy, sight), so the answer comes from a kept medical classification:
the descriptions and inclusion terms of ICD-10-CM (via simple-icd-10-cm, a dev dependency),
cut down to the head of each description ("Osteoarthritis of knee" gives "osteoarthritis",
"Low back pain, unspecified" gives "low back pain"). Chapters that are not diseases are left
out (pregnancy, the perinatal period, injuries and poisoning, external causes, encounters), and
so are the cosmetic concerns and after-effects a careful clinic may honestly promise to soften
(scars, wrinkles, swelling, bruising: see COSMETIC below), because improving those is not a
disease claim under ../shared/data/CLAIMS.md. tests/checklist/test_claims_conditions.py runs
this again and compares it with the committed file.
"""

from __future__ import annotations

import re
import sys

import simple_icd_10_cm as icd


# Chapters 15-16 (O, P: pregnancy and perinatal), 19-22 (S, T, V-Y, Z, U) are not diseases a
# clinic claims to treat, and their words ("contact", "fall", "encounter") are everyday words.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SKIPPED_FIRST_LETTERS = frozenset("OPSTUVWXYZ")

_CONNECTORS = re.compile(
    r",|;|:|\s(?:of|with|without|due\s+to|in|and|or|following|associated\s+with|complicating"
    r"|affecting|involving|not\s+elsewhere\s+classified|other\s+than|except|by|from|at|on"
    r"|to|as|after|for|classified|specified|unspecified|nos)\s",
)
_QUALIFIERS = _words(
    """other unspecified acute chronic primary secondary unilateral bilateral recurrent left
    right mild moderate severe specified localized generalized multiple single subacute
    persistent intermittent idiopathic essential congenital acquired late early juvenile
    adult senile certain unknown mixed combined total partial complete incomplete simple
    initial subsequent sequela sequelae"""
)
# Cosmetic concerns and after-effects: softening them is a modest cosmetic change, not a
# disease claim (CLAIMS.md); some are also the risks a consent form lists.
COSMETIC = _words(
    """scar scars cicatrix wrinkle wrinkles swelling edema oedema bruise bruising contusion
    redness dryness laxity sagging striae cellulite erythema pigmentation hyperpigmentation
    hypopigmentation discoloration freckles lentigo localized adiposity adiposity
    atrophy fat hypertrophy pain pruritus itching rash flushing abnormality abnormalities
    disorder disorders disease diseases condition conditions lesion lesions deformity
    deformities anomalies anomaly findings symptoms signs complication complications
    effects effect reaction reactions problems problem change changes"""
)
# Heads that are not a disease at all (a body part, a feeling, a stage, an identity), or that
# a cosmetic clinic names honestly (skin tags, facial asymmetry): read and left out by hand.
NOT_CONDITIONS = frozenset(
    (
        *_words(
            """abdomen falling calme loneliness unhappiness screaming talker walker transgender
        ventricle malleus satiety sighing hostility overactivity sneezing pallor birthmark nevus
        lanugo weakness tiredness lethargy nervousness impulsiveness confusion"""
        ),
        "skin change",
        "skin changes",
        "skin lesions",
        "skin tags",
        "accessory skin tags",
        "skin complications",
        "facial asymmetry",
        "facial droop",
        "hair color",
        "hair plucking",
        "dark area",
        "sailor's skin",
        "farmer's skin",
        "tingling skin",
        "fat pad",
        "active stage",
        "dry stage",
        "intermediate dry stage",
        "residual stage",
        "diagnostic imaging",
        "diagnostic imaging inconclusive",
        "bacterial agents",
        "viral agents",
        "continuous leakage",
        "crystalline deposits",
        "white spot lesions",
        "old age",
        "delayed milestone",
        "beau's lines",
        "staehli's line",
        "midline deviation",
    )
)
# Generic heads ("disorder", "pain") are kept out of the list above on purpose: the screener
# keeps its own lay words for them (rules._DISEASES); the vocabulary here only adds names.
_CLINICAL = re.compile(
    r"(?:itis|osis|oma|omas|emia|aemia|pathy|pathies|plegia|algia|trophy|iasis|rrhea|rrhoea"
    r"|cele|ectasis|plasia|uria|ism|ia|ias|ies)$"
)
_WORD = re.compile(r"^[a-z][a-z'-]{2,}$")


def heads(description: str) -> list[str]:
    text = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", description.lower())
    text = re.sub(r"\bnos\b|\bnec\b", " ", text)
    found = []
    for part in _CONNECTORS.split(f" {text} "):
        words = [w for w in part.split() if w not in _QUALIFIERS]
        if not words or len(words) > 3:
            continue
        if not all(_WORD.match(w) for w in words):
            continue
        phrase = " ".join(words)
        if phrase in COSMETIC or phrase in NOT_CONDITIONS or (len(words) == 1 and len(phrase) < 5):
            break
        if len(words) == 1 and not (_CLINICAL.search(phrase) or _whole(text) == phrase):
            # a lone word names a condition when it is a whole description ("Asthma") or has
            # a clinical ending; otherwise it is a body part or a qualifier ("ankle", "growth")
            break
        found.append(phrase)
        break  # the head of a description is its first clean part
    return found


def _whole(text: str) -> str:
    return " ".join(w for w in re.split(r"[\s,]+", text) if w and w not in _QUALIFIERS)


def vocabulary() -> list[str]:
    terms: set[str] = set()
    for code in icd.get_all_codes(with_dots=True):
        if code[0] in SKIPPED_FIRST_LETTERS or icd.is_chapter(code) or icd.is_block(code):
            continue
        for text in (icd.get_description(code), *icd.get_inclusion_term(code)):
            terms.update(heads(text))
    return sorted(terms)


def main() -> None:
    sys.stdout.write(
        "# Disease and condition names from ICD-10-CM descriptions and inclusion terms, made by\n"
        "# scripts/claims_conditions.py: do not edit by hand.\n"
    )
    for term in vocabulary():
        sys.stdout.write(term + "\n")


if __name__ == "__main__":
    main()
