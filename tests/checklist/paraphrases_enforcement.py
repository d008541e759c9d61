"""Session 19's paraphrases, written here beside the enforcement collections (issues 14, 21):
the voice of an FDA letter, an FTC order, an attorney general or a health authority, which
names a claim to condemn it, and the clinic's own claim in the same words."""

from __future__ import annotations

ENFORCEMENT_CLAIMS = {
    "en": [
        # the conditions listed after a colon; a claim in the clinic's own voice stays a claim
        ("cure", "Our stem cell injections can treat: arthritis, lupus and chronic back pain."),
        ("cure", "We use PRP to heal: tendonitis, torn ligaments and knee osteoarthritis."),
        ("guaranteed", "Our company guarantees you will see results after one session."),
        ("cure", "We are proud that our clinic treats COPD with your own stem cells."),
    ],
    "es": [
        (
            "fda_misrepresentation",
            "Los exosomas que usamos están aprobados por la FDA y la COFEPRIS.",
        ),
        (
            "fda_misrepresentation",
            "Contamos con licencia sanitaria de COFEPRIS para terapias con células madre.",
        ),
        ("fda_misrepresentation", "La empresa fue registrada en la normativa norteamericana FDA."),
        (
            "fda_misrepresentation",
            "Nuestros laboratorios de terapia celular están certificados por la SEREMI de Salud.",
        ),
        ("cure", "Casos graves de COVID-19 se han tratado con células madre en nuestra clínica."),
        ("cure", "Un suplemento diseñado para atenuar el proceso de envejecimiento."),
        (
            "guaranteed",
            "Logra una reducción del 76 por ciento de los signos de envejecimiento facial.",
        ),
    ],
    "tr": [
        ("no_risk", "Cilde herhangi bir hasar vermez."),
        ("no_risk", "Bu yöntemde dokular zarar görmez."),
        ("no_risk", "PRP kişiye özel olduğundan herhangi bir yan etki beklenmez."),
        ("permanent", "Bir daha asla jilet kullanmak zorunda kalmazsınız."),
    ],
}

ENFORCEMENT_HONEST = {
    "en": [
        "The firm advertises the product to treat lupus, MS and seizures.",
        "Respondents represented that the injections could cure arthritis and reverse ageing.",
        "FDA reviewed your company's website, through which your company sells an umbilical cord product.",
        'The letter highlights the company\'s "Removes wrinkles instantly" claim.',
        "The FTC Act prohibits advertising that a service can cure a disease without reliable evidence.",
        "The agency cited content promoting Wharton's jelly stem cells for COVID-19.",
        "The cord blood products do not meet the criteria for homologous use.",
        "The clinic scared parents into believing that only its cord blood could save their child.",
        "The clinic advertised stem cells as a miracle cure for almost anything, the attorney general said.",
    ],
    "es": [
        "La FDA y la COFEPRIS advierten que los exosomas no están aprobados para uso estético.",
        "Ninguna de las principales sociedades científicas recomienda la terapia con células madre para la COVID-19.",
        "En el estudio, los autores observaron una reducción del 50% de las arrugas a los seis meses.",
    ],
    "tr": [
        "FDA onayı verilmeyen bu damlaların sağlık riski taşıdığı bildirildi.",
        "O kliniğe bir daha asla gitmem.",
        "Bakanlığımızca embriyonik kök hücre araştırmalarının yapılmaması istendi.",
    ],
}
