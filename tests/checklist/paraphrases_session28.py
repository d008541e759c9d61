"""Session 28's paraphrases (issues 14 and 21), written from what the collections' dev rows showed:
clinics' offer and landing pages, medical-tourism facilitators, patients' own words as clinics
publish them, press releases from stem-cell, exosome and cord-blood companies, Spanish and Turkish
promotional news. Each claim stands beside a sentence that uses its words the other way. English
claims: a pain-free life as the outcome, knees or shoulders healed; honest: a disease called
irreversible, approval still being sought ("the process for full approval") or awaited ("until FDA
approval is achieved"), a transplant's donor (a blood relative, a genetic match, a matching marrow
donor), the patient as both donor and recipient, a cord-blood bank's collections, units and the
cord blood thrown away at birth, a grant for a potential treatment, the bone marrow's own repair,
stem cells named for blood diseases and no other (not in a clinic's own voice), what the NAD noted,
snake oil and the pitch of such clinics, evidence lacked, a content analysis counting articles, "as
a result" as a connective, a hair transplant's donor and recipient areas; claims: results
"regardless of patient age", a share spelled out ("over eighty-five per cent"), patients got out of
their wheelchairs. Spanish: youth given back ("devuelve la juventud") is a claim; a hair
transplant's donor areas are honest. Turkish honest: "hemen her" (almost every), a disease said to
be hard to treat, a price within everyone's reach, results that last "for many years", "kalıcı ya
da geçici", the permanent solution a reader seeks, no known treatment, what others present as a
miracle."""

from __future__ import annotations

SESSION28_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("cure", "After one injection she is now living a pain-free life."),
        ("cure", "Our stem cells help heal your knees without surgery."),
        ("cure", "Pain-free at last, thanks to our regenerative protocol!"),
        ("cure", "Exosomes rebuild worn shoulders and restore your hips."),
        ("cure", "The treatment is a potential cure for Parkinson's and diabetes."),
        ("universal", "Our fillers give natural results regardless of patient age or gender."),
        ("universal", "No matter the patient's age, the lift improves the buttocks' shape."),
        ("guaranteed", "Over eighty-five per cent of our patients benefit from the treatment."),
        ("cure", "We have got dozens of ALS patients out of their wheelchairs."),
        ("instant", "Our eye serum erases fine lines and wrinkles in 60 seconds!"),
        ("cure", "Our IV drip will prevent and treat COVID-19 infection."),
    ],
    "es": [
        ("unverified_source", "Aplicamos células madre de donantes jóvenes en el rostro."),
        ("cure", "Nuestro tratamiento devuelve la juventud a tu rostro."),
        ("cure", "Te ofrecemos soluciones para restaurar la juventud de tu piel."),
        ("cure", "Nuestras células madre proporcionan la curación cierta de la artritis."),
        ("permanent", "El láser elimina el vello de forma permanente."),
        ("cure", "Nuestro suero afirma tratar el lupus y el cáncer."),
    ],
    "tr": [
        ("instant", "Kök hücre tedavisinden hemen sonra cildiniz gençleşir."),
        ("cure", "Ozon tedavisi fibromiyaljiyi tedavi eder."),
        ("universal", "Lazer epilasyon herkes için uygundur."),
        ("permanent", "Lazer epilasyon ile tüylerden kalıcı olarak kurtulursunuz."),
        ("cure", "Ozon tedavisi güçlü etkisiyle diyabeti tedavi eder."),
        ("permanent", "Saç ekimi saç dökülmesine kalıcı bir çözüm sunar."),
        ("cure", "Ozon tedavimiz onlarca hastalığı tedavi eder."),
        ("permanent", "Saç ekimi, dökülmeye kalıcı bir çözüm olarak sunulmaktadır."),
    ],
}

SESSION28_HONEST: dict[str, list[str]] = {
    "en": [
        "Pulmonary fibrosis is a chronic, irreversible and ultimately fatal disease.",
        "In the US, stem cell therapies are still undergoing the process for full approval by "
        "the FDA.",
        "The device is unavailable to patients in the U.S. until FDA approval is achieved.",
        "Donors are usually blood relatives of the patient who have a genetic match.",
        "Fewer than half of eligible patients find a matching bone marrow donor.",
        "Since the recipient of the stem cells is also the donor, rejection is not a concern.",
        "When the cord blood collection starts within three minutes, the volume is higher.",
        "Most cord blood units banked before the pandemic are now available to transplant doctors.",
        "Cord blood is still thrown away as medical waste in most births.",
        "Cord blood is the stem cell rich blood that remains in the umbilical cord after birth.",
        "The company won a grant for the potential treatment of chronic spinal cord injury.",
        "Our strategy is to heal the bone marrow so that it makes blood cells on its own.",
        "Local anaesthetic numbs both the donor and recipient areas before the grafts are moved.",
        "The authority only grants stem cells for blood ailments like leukaemia, lymphoma and "
        "thalassemia.",
        "NAD noted that there are no approved drugs currently available to treat COVID-19.",
        "Modern snake oil salesmen are promising to cure the incurable with stem cells.",
        "The pitch of these clinics is always the same: their cells cure any disease.",
        "The court found the defendants lacked scientific evidence that their amniotic cells "
        "could treat Parkinson's.",
        "Twenty-two articles (85%) used dramatized patient stories to show that PRP works.",
        "Ninety per cent of our patients have tried everything else and come to us as a result.",
        "These products are intended to mitigate, prevent, treat, diagnose, or cure COVID-19 in "
        "people.",
        "There are no supplements proven to treat or prevent COVID-19.",
        "Even if you dislike the result, the filler can be reversed in seconds.",
    ],
    "es": [
        "Los candidatos ideales conservan suficiente densidad capilar en las áreas donantes.",
        "Que proporcionen seguridades de alivio o curación cierta.",
        "Contraindicación: cualquier condición que impida temporal o permanentemente el "
        "tratamiento.",
        "Todo producto con indicaciones para prevenir, diagnosticar o tratar enfermedades se "
        "considera medicamento.",
        "El producto afirmaba tratar el cáncer y el lupus sin registro sanitario.",
    ],
    "tr": [
        "Dünyanın hemen her yerinden hastalar tedavi için ülkemize gelmektedir.",
        "Bu hastalığın tedavisi çok zordur, şikayetler genellikle uzun sürer.",
        "Uygun fiyat seçenekleriyle herkes için erişilebilir lazer epilasyon.",
        "Evet, burun estetiği sonuçları uzun yıllar kalıcıdır.",
        "Dolgu maddesi kişinin kalıcı ya da geçici tercihine göre seçilir.",
        "Kalıcı bir çözüm arayan pek çok kişi saç ekiminin sonuçlarını merak ediyor.",
        "Uzmanlar otizmin bilinen bir tedavisinin olmadığını belirtiyor.",
        "Ozonu onlarca hastalığa karşı mucize olarak sunanlar bilim dışı kaynaklara dayanıyor.",
    ],
}
