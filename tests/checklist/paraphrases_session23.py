"""Session 23's paraphrases (issues 14 and 21), written from what the enforcement and oversight
collections' dev rows showed: hair follicles said to be woken and a proven treatment for hair
loss, each beside the honest sentence that uses the same words; and the voices of reporting a
regulator or a journalist uses: a warning about clinics that offered cures, what another's
website claims, claims said to have been made, approval held by just one product."""

from __future__ import annotations

SESSION23_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("cure", "Our exosome serum wakes up sleeping hair follicles so your hair grows back."),
        ("cure", "A clinically proven therapy for thinning hair, now in Istanbul."),
    ],
    "es": [],
    "tr": [],
}

SESSION23_HONEST: dict[str, list[str]] = {
    "en": [
        "Yamanaka's group warned about clinics that offered cures for Parkinson's disease.",
        "Its website also claims the clinic follows FDA guidelines; the agency disagreed.",
        "Many medical claims were made at the seminar, none of them backed by a study.",
        "Just one cell product has received FDA approval for a cosmetic use, the report says.",
        "Minoxidil and finasteride are the only proven treatments for hair loss.",
        "PRP is not a proven treatment for hair loss, and results vary.",
    ],
    "es": [
        "La OMS advirtió sobre clínicas que ofrecían curas para el párkinson.",
    ],
    "tr": [],
}
