"""Session 30's paraphrases (issues 14 and 21), written from what the collections' dev rows showed:
the treatments beside facial stem cells, regulators' and watchdogs' pages, testimonials, Spanish
and Turkish clinics and warnings. Each claim stands beside a sentence that uses its words the
other way. English claims: a treatment that works well with a named condition, whoever merely
wants better skin a great candidate, practically any patient a candidate; honest: a condition
that strikes people of every age or skin type, harm called irreversible, what clinics elsewhere
are offering as reported, a comfortable stay guaranteed, the skin's own healing response as the
mechanism. Spanish claims: the reversal of ageing as a noun; honest: a duty laid on any patient
with a condition. Turkish claims: no risk of bruising or swelling arises, a visible improvement in
one session, skin revived at once, a clinic's own share of grafts that take; honest: permanence
named as the drawback, a lifetime's odds of a harm, a snapshot ("anlık görüntü"), one plan for
everyone denied."""

from __future__ import annotations

SESSION30_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("cure", "Our PRP injections work very well with conditions such as lichen sclerosus."),
        (
            "universal",
            "Men and women who want smoother skin are perfect candidates for our exosome facial.",
        ),
        ("universal", "People who wish to look younger make great candidates for this lift."),
        ("universal", "Practically any adult is a good candidate for fat grafting to the face."),
    ],
    "es": [
        ("cure", "Ofrecemos la reversión del envejecimiento de tu piel con células madre."),
        ("cure", "El protocolo logra la reversión de los efectos del envejecimiento facial."),
    ],
    "tr": [
        ("no_risk", "Uygulamadan sonra yüzde morluk ya da şişlik riski oluşmaz."),
        ("instant", "Tek seansta gözle görülür iyileşme ve pürüzsüz bir cilt."),
        ("instant", "Uygulamadan hemen sonra anında canlanmış bir cilt."),
        ("guaranteed", "Kliniğimizde %95'in üzerinde greft tutunması sağlanır."),
    ],
}

SESSION30_HONEST: dict[str, list[str]] = {
    "en": [
        "Rosacea affects millions of adults of all ages and skin types.",
        "Hair loss is common in men of all ages.",
        "Going to an unskilled injector can lead to severe, even irreversible consequences.",
        "A growing number of clinics in the region are offering stem cells to treat arthritis.",
        "Our coordinators guarantee a comfortable stay in Istanbul during your treatment.",
        "Men and women who want smoother skin and are in good health are good candidates.",
        "The tiny injuries from the needles trigger the skin's natural healing response.",
    ],
    "es": [
        "Cualquier paciente con diabetes mal controlada debería esperar antes del tratamiento.",
    ],
    "tr": [
        "Bu yöntemin en büyük dezavantajı kalıcı olmasıdır.",
        "Diyabet hastalarının hayatı boyunca ayak yarası ile karşılaşma oranı yüzde 20'dir.",
        "Biyolojik yaş testi, hücrelerin durumunun anlık görüntüsünü verir.",
        "Herkes için tek bir tedavi planı kullanılmaz; önce cildiniz değerlendirilir.",
    ],
}
