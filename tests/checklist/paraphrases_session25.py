"""Session 25's paraphrases (issues 14 and 21), written from what the five collections' dev rows
showed (press coverage and testimonials, neighbouring wellness treatments, advertising rulings
outside the US, Spanish ozone, chelation and neural-therapy clinics, Turkish complementary medicine
and aesthetic clinics), each beside the honest sentence that uses the same words. English claims: a
full refund for any patient not happy, anyone with a concern said to benefit, age-related changes
reversed, a treatment utilised or used for conditions such as a named disease. English honest: a
refund refused or tied to a cancellation, a consultation anyone may benefit from, age-related
changes described, an established use (marrow transplants for blood cancers), treatments being
considered or studies looking at a use. Spanish: a disc hernia resolved or made to disappear,
atheroma plaque reduced, a therapeutic effect on a disease, no negative effects, harm to health
denied; honest: doubts resolved, a scar that heals, side effects listed, a use suggested, what a
therapy's defenders believe, its efficacy left undetermined. Turkish: no health risk created, a
metal with no allergy risk, no harm to the body, harmless removal, salmon stem cells; honest: a
risk that remains, harm to the body named as a warning, salmon DNA (a molecule, not a source of
cells)."""

from __future__ import annotations

SESSION25_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "guaranteed",
            "We offer every client who is not happy with their exosome facial a full refund.",
        ),
        (
            "universal",
            "Anyone who has dull skin, fine lines or sun damage can benefit from our PRP facial.",
        ),
        ("cure", "Our peptide protocol can help reverse the age-related changes in your skin."),
        ("cure", "Hyperbaric oxygen is used for conditions such as autism and cerebral palsy."),
    ],
    "es": [
        ("cure", "La ozonoterapia resuelve la hernia discal sin necesidad de operar."),
        ("cure", "El tratamiento actúa sobre el disco y hace desaparecer la hernia."),
        ("cure", "La quelación es una terapia que elimina la placa de ateroma."),
        ("cure", "La terapia neural tiene un efecto terapéutico sobre la fibromialgia."),
        ("no_risk", "El suero vitamínico se puede repetir cada semana sin efectos negativos."),
        ("no_risk", "La luz pulsada elimina el vello sin que esto cause daños a la piel."),
        ("no_risk", "Puede repetirse cuantas veces quiera porque no es dañino para la salud."),
    ],
    "tr": [
        ("no_risk", "Ozon tedavisi hiçbir sağlık riski oluşturmadan uygulanır."),
        ("no_risk", "Kullandığımız titanyum hiçbir alerji riski barındırmayan bir metaldir."),
        ("no_risk", "Lazer epilasyon vücuda zarar vermez."),
        ("no_risk", "Hacamat ile toksinler tehlikesiz bir şekilde vücuttan atılır."),
        ("unverified_source", "Somon kök hücreleri ile cildinizi yenileyin."),
    ],
}

SESSION25_HONEST: dict[str, list[str]] = {
    "en": [
        "Patients who are unhappy with their results are not entitled to a full refund.",
        "We offer a full refund if you cancel at least 48 hours before your appointment.",
        "Anyone who is unsure whether the treatment suits them can benefit from a consultation.",
        "Age-related changes in the skin include thinning, dryness and loss of elasticity.",
        "Bone marrow transplants are used for blood cancers such as leukaemia.",
        "Stem cell therapy for cerebral palsy is being considered in several countries.",
        "Several clinical studies are looking at whether stem cells can help in multiple "
        "sclerosis.",
    ],
    "es": [
        "Resolvemos todas sus dudas sobre el tratamiento en la primera consulta.",
        "La herida cicatriza en unos diez días tras la cirugía.",
        "Como todo procedimiento, la ozonoterapia puede tener efectos negativos como dolor o "
        "mareo.",
        "Se ha sugerido que el suero de vitamina C puede ser beneficioso para combatir "
        "infecciones respiratorias.",
        "Los defensores de la quelación creen que puede tratar enfermedades del corazón y el "
        "cáncer.",
        "No se puede determinar la eficacia de la ozonoterapia en el tratamiento de diversas "
        "patologías.",
    ],
    "tr": [
        "Her tedavi gibi ozon tedavisi de bazı riskler taşır; doktorunuza danışın.",
        "Yanlış uygulanan lazer vücuda zarar verebilir.",
        "Somon DNA serumu cildi nemlendirir ve canlandırır.",
        "Somon DNA tedavisi polinükleotid molekülleriyle yapılır.",
    ],
}
