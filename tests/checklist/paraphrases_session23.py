"""Session 23's paraphrases (issues 14 and 21), written from what the enforcement, oversight and
clinic-repository collections' dev rows showed, each beside the honest sentence that uses the
same words: hair follicles said to be woken, a proven treatment for hair loss, a guarantee that
names what it guarantees after a process word, immediate results however long they last; the
voices of reporting a regulator or a journalist uses (a warning about clinics that offered
cures, what another's website claims, claims said to have been made, approval held by just one
product, a use under investigation or prohibited), the donor fat of a fat transfer, which is the
patient's own, and risks seen with donor products, named to warn; a precaution asked before the
procedure, which admits a risk; no complication expected, complete safety, the absence of side
effects, a rejection risk eliminated, years taken off, fertility restored, the FDA's
jurisdiction or exemption, "legally approved", all skin types of a kind, anyone suffering from a
condition, a condition addressed or said to respond well, options with and without side effects,
use allowed only inside trials; in Spanish, read as English reads them: a condition addressed
("aborda"), a fountain of youth, total safety, the absence of side effects, a list ending "ni
efectos secundarios", "completamente indoloro y seguro", a definitive disappearance, an
immediate glow, results seen right after the session, results a purpose clause ensures, and as
honest "con y sin", a comparison ("más inmediato"), a glow that builds or results that go on
improving, limits admitted, permanent fillers named with their complications, and skin care
("cuidado dermatológico"), which warns of nothing; in Turkish, the reader's skin said to look
brighter, a list between, the clinic's own share of grafts that take, and a change seen at once
beside a final result months later, honest; a lifetime ("yaşamı boyunca"), no complication held
("komplikasyon içermez"), and as honest "-mayabilir" (may not) and the recovery after a
procedure ("iyileşme sırasında"), which cures nothing; the donor quality of a hair transplant,
the patient's own, and a span stated before "kalıcı"."""

from __future__ import annotations

SESSION23_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("cure", "Our exosome serum wakes up sleeping hair follicles so your hair grows back."),
        ("cure", "A clinically proven therapy for thinning hair, now in Istanbul."),
        (
            "guaranteed",
            "Our special technique protects the grafts during transfer and guarantees their survival.",
        ),
        ("no_risk", "Using your own fat avoids any risk of rejection."),
        ("no_risk", "With our sterile closed system we do not expect any complications at all."),
        ("no_risk", "Every step is checked twice to guarantee total patient safety."),
        ("cure", "Look ten years younger after one session of stem cell therapy."),
        (
            "fda_misrepresentation",
            "Our lab is in Panama, so the procedure falls outside the jurisdiction of the FDA.",
        ),
        (
            "fda_misrepresentation",
            "The FDA granted an exemption for the use of your own stem cells on the same day.",
        ),
        ("fda_misrepresentation", "Our exosome facial is safe and legally approved."),
        ("universal", "Gentle enough for all sensitive skin types."),
        ("cure", "A laser that addresses acne and rosacea."),
        ("no_risk", "The absence of side effects makes it ideal for busy patients."),
        ("no_risk", "Autologous fat, eliminating any rejection risk."),
        ("cure", "Our cells restore ovarian function in women over forty."),
        ("universal", "Anyone suffering from joint pain can benefit from our injections."),
        ("cure", "Rosacea responds well to our stem cell facial."),
        (
            "instant",
            "Fillers give immediate, natural-looking results that can last 12 to 18 months.",
        ),
    ],
    "es": [
        ("cure", "Una tecnología que aborda el acné y la rosácea."),
        ("cure", "Nuestro suero de exosomas es una auténtica fuente de juventud."),
        ("no_risk", "Total seguridad y ninguna posibilidad de rechazo."),
        ("no_risk", "La ausencia de efectos secundarios lo hace ideal para ti."),
        ("no_risk", "Sin dolor, molestias ni efectos secundarios."),
        ("no_risk", "Un procedimiento completamente indoloro y seguro."),
        ("permanent", "Con el tiempo, las manchas tienen una desaparición definitiva."),
        ("instant", "Brillo inmediato desde la primera sesión."),
        (
            "instant",
            "Inmediatamente después de la sesión, podrá apreciar unos resultados espectaculares.",
        ),
        ("guaranteed", "Combinamos cuidado dermatológico y láser con resultados garantizados."),
        ("guaranteed", "Analizamos cada caso para garantizar resultados naturales."),
    ],
    "tr": [
        ("guaranteed", "Tedavi sonrası cildiniz daha sıkı, pürüzsüz ve genç görünecektir."),
        ("guaranteed", "Ekilen greftlerin %90'ı tutar ve yeni saç üretir."),
        ("permanent", "Ekilen saçlar yaşamı boyunca dökülmeden kalır."),
        ("no_risk", "Yöntemimiz basittir ve komplikasyon içermez."),
    ],
}

SESSION23_HONEST: dict[str, list[str]] = {
    "en": [
        "Yamanaka's group warned about clinics that offered cures for Parkinson's disease.",
        "Its website also claims the clinic follows FDA guidelines; the agency disagreed.",
        "Many medical claims were made at the seminar, none of them backed by a study.",
        "Just one cell product has received FDA approval for a cosmetic use, the report says.",
        "Minoxidil and finasteride are the only proven treatments for hair loss.",
        "PRP is not a proven treatment for hair loss, and results vary.",
        "The donor fat is taken from your own abdomen or thighs.",
        "We do not expect any complications, but bruising and swelling can occur.",
        "No clinic can promise complete safety, whatever its protocols.",
        "No treatment will make you look ten years younger.",
        "Stem cell facelifts are not legally approved in the UK.",
        "Cells grown in a laboratory may only be used inside clinical trials authorized by the FDA.",
        "Clinics often claim their procedures fall outside the jurisdiction of the FDA; the courts "
        "disagreed.",
        "Microneedling is not suitable for all darker skin types.",
        "There are options with and without side effects.",
        "No clinic can promise the absence of side effects.",
        "Please read the complete safety information before your appointment.",
        "The lack of side effect data worries regulators.",
        "Stem cell therapy for autism is still under investigation.",
        "Stem cell treatment for autism is prohibited in India.",
        "Most patients respond well to the local anaesthetic.",
        "Many people turn to PRP to address their hair loss concerns.",
        "Aspirin and blood thinners must be stopped a week before the procedure to avoid the risk "
        "of bleeding.",
        "Your own cells lower the rejection risks seen with donor products, though bruising and "
        "infection can still happen.",
    ],
    "es": [
        "La OMS advirtió sobre clínicas que ofrecían curas para el párkinson.",
        "Existen opciones con y sin efectos secundarios.",
        "Los rellenos tienen un efecto más inmediato que los bioestimuladores.",
        "Ningún procedimiento ofrece total seguridad.",
        "No podemos prometer la ausencia de efectos secundarios.",
        "Luminosidad inmediata y progresiva durante las semanas siguientes.",
        "Es adecuado para la mayoría de las personas, pero existen algunas limitaciones.",
        "Los rellenos permanentes tienen un alto índice de complicaciones y pueden producir "
        "granulomas.",
        "Ten cuidado con las clínicas que prometen resultados garantizados.",
        "Ningún protocolo basta para garantizar resultados; cada piel responde distinto.",
        "Resultados visibles inmediatos que siguen mejorando durante meses.",
    ],
    "tr": [
        "Tedavi sonrası cildiniz bir süre kızarık görünecektir.",
        "İlk günlerde anında bir fark görürsünüz, ancak nihai sonuç 3-6 ay sonra ortaya çıkar.",
        "Çalışmalarda greftlerin %80'inin tuttuğu bildirilmiştir.",
        "Bu yöntem herkes için uygun olmayabilir; doktorunuz değerlendirir.",
        "Bazı hastalarda iyileşme sırasında keloid adı verilen kalın yara izleri oluşabilir.",
        "Yöntem seçiminde donör kalitesi ve hedef yoğunluk belirleyicidir.",
        "Dolgu ile 12-18 ay süren kalıcı bir etki elde edilir.",
        "Uygulama sonrası cildiniz daha parlak görünebilir, ancak sonuçlar kişiden kişiye değişir.",
    ],
}
