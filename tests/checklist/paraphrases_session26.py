"""Session 26's paraphrases (issues 14 and 21), written from what the four collections' dev rows
showed (US boards', courts' and attorneys general's documents, clinics patients travel to for
unproven cancer and stem-cell treatment, Spain's and Latin America's advertising rulings, Türkiye's
Advertising Board and RTÜK rulings), each beside the sentence that uses the same words the other
way. English honest: what "he claims" or a website "said", what a firm "implied that", an
assertion with no scientific backing, a treatment outside a profession's scope of practice,
predatory clinics selling a cure, clinics that "to my knowledge are presently offering" it, a price
a share lower; claims: the same words in the clinic's own voice. Spanish claims: unnamed
scientific studies said to have shown the curative effect, a high share of patients said to
improve; honest: effects a regulator says are attributed to a product, a clinic closed overnight,
a share reported from a study. Turkish claims: hardened arteries removed, cardiovascular disease
made to disappear; honest: an organ's working helped with no disease named, a study's share."""

from __future__ import annotations

SESSION26_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("cure", "Our peptides are effective against certain cancers."),
        ("cure", "Since 2001 we have successfully treated multiple sclerosis at our clinics."),
        ("cure", "Drinking our alkaline water can successfully treat leukaemia."),
        ("guaranteed", "Over 90 per cent of our patients see a visible improvement."),
    ],
    "es": [
        (
            "cure",
            "Estudios científicos han demostrado los efectos curativos del ozono en la diabetes.",
        ),
        (
            "guaranteed",
            "El 90% de los pacientes notan una mejora visible de la celulitis tras tres sesiones.",
        ),
    ],
    "tr": [
        ("cure", "Bu bitkisel takviye damar sertliğinin giderilmesinde etkilidir."),
        ("cure", "Ürünümüz kalp damar hastalıklarının ortadan kalkmasına yardımcı olur."),
    ],
}

SESSION26_HONEST: dict[str, list[str]] = {
    "en": [
        "The board noted the peptides, which he claims are effective against certain cancers.",
        "His web site, www.example-clinic.com, said that he successfully treated multiple "
        "sclerosis.",
        "The ruling found that the firm implied that its water could treat leukaemia.",
        "Such products promise to reverse autism, an assertion that has no scientific backing.",
        "The diagnosis and treatment of cancer does not fall within a naturopath's scope of "
        "practice.",
        "Predatory clinics now sell cancer patients on immunotherapy as if it were natural.",
        "Here is a list of clinics that to my knowledge are presently offering treatment to "
        "cancer patients.",
        "Patients can expect to pay 60 per cent to 80 per cent less than in the United States.",
    ],
    "es": [
        "El producto, al cual se le atribuyen efectos para curar la gastritis, no cuenta con "
        "registro sanitario.",
        "De la noche a la mañana los pacientes se encontraron la clínica con las puertas cerradas.",
        "En el estudio publicado, el 85% de los pacientes notaron una mejora de la celulitis.",
    ],
    "tr": [
        "Bu çay, organlarınızın düzenli çalışmasına yardımcı olan bitkiler içerir.",
        "Bir araştırmaya göre, damar sertliği olan hastaların çoğu ilaç tedavisi görüyor.",
    ],
}
