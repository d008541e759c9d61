"""Session 21's paraphrases (issues 14, 21): claims that ageing or hair loss is reversed, a count
of diseases treated, nearly everyone a candidate, a result seen at once, and an improvement
stated as what happens; each beside the honest sentence that uses the same words."""

from __future__ import annotations

SESSION21_CLAIMS = {
    "en": [
        ("cure", "Our PRP protocol can reverse the signs of hair loss."),
        ("cure", "Exosome microneedling reverses balding."),
        ("cure", "Stem cells are now used to treat more than 80 diseases."),
        ("cure", "Our clinic has 40 conditions treatable with one infusion."),
        ("universal", "Virtually anyone can have this facial."),
        ("universal", "The treatment is suitable for anyone who wants fresher skin."),
        ("instant", "The lift can be seen immediately after the session."),
        ("guaranteed", "After three sessions, your skin becomes firmer and more radiant."),
        ("guaranteed", "PRP makes your skin look younger."),
        ("cure", "Stem cells can fight many diseases."),
        ("guaranteed", "100% Solution for Hair Loss"),
        ("no_risk", "Restore your hair density without surgery or harmful side effects."),
    ],
    "es": [
        ("cure", "Nuestro protocolo de PRP revierte la caída del cabello."),
        ("guaranteed", "Estamos seguros de que te vas a sorprender con los resultados."),
        ("cure", "Una terapia regenerativa para tratar condiciones complejas."),
        ("cure", "Tecnología avanzada para tratar la incontinencia de forma no invasiva."),
    ],
    "tr": [
        ("cure", "PRP tedavimiz saç dökülmesini tersine çevirir."),
        ("universal", "Hemen hemen herkes bu işlemi yaptırabilir."),
        ("guaranteed", "Üç seanstan sonra cilt daha sıkı ve parlak hale gelir."),
        ("fda_misrepresentation", "Kök hücre tedavisi FDA onaylı bir cihazla yapılır."),
        ("permanent", "Sonuçlar kalıcıdır."),
        ("guaranteed", "Ekim sonrası saçların tutunma oranı %98'in üzerindedir."),
        ("guaranteed", "Hasta memnuniyet oranı %99."),
        (
            "fda_misrepresentation",
            "FDA onaylı lazer cihazımızın güvenli ve etkili olduğu kanıtlanmıştır.",
        ),
    ],
}

SESSION21_HONEST = {
    "en": [
        "No treatment can reverse ageing.",
        "Nothing we offer reverses hair loss for good; it slows it at best.",
        "Cord blood transplants are an approved treatment for some blood cancers.",
        "Researchers are studying whether stem cells could treat more than 20 conditions.",
        "Not everyone is a candidate: almost anyone with an active infection must wait.",
        "The treatment is not suitable for anyone who is pregnant.",
        "Results are not visible immediately; they build over three months.",
        "Swelling is visible immediately and settles within a week.",
        "Your skin may become firmer over the following months.",
        "PRP helps the skin look smoother over time.",
        "We use PRP to make your skin look younger.",
        "As we age, the skin becomes thinner.",
        "It is unclear whether the skin becomes firmer after PRP.",
        "Almost everyone loses some hair with age.",
        "No therapy can treat all diseases.",
        "The procedure is done without general anaesthesia or an overnight stay.",
    ],
    "es": [
        "Ningún tratamiento revierte la caída del cabello.",
        "La piel puede verse más firme con el tiempo.",
        "No estamos seguros de que te vaya a gustar el resultado.",
        "El PRP no sirve para tratar enfermedades crónicas.",
        "La incontinencia urinaria es frecuente después del parto.",
    ],
    "tr": [
        "Hiçbir tedavi yaşlanmayı tersine çeviremez.",
        "Cilt zamanla daha sıkı görünebilir.",
        "Yaşla birlikte cilt daha ince hale gelir.",
        "Hemen hemen herkes bir gün saç dökülmesi yaşar.",
        "FDA onaylı, CE sertifikalı orijinal Hydrafacial cihazı.",
        "Kullanılan dolgular FDA onaylı ve orijinal olmalıdır.",
        "Sahte dolgular kalıcı şekil bozukluğuna yol açabilir.",
        "Kalıcı materyallerin kullanılması komplikasyon riskini artırır.",
        "Bir çalışmada tutunma oranı %90 bulunmuştur.",
    ],
}
