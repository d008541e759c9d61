"""Session 22's paraphrases (issue 21): Spanish read as English and Turkish already read, hair
loss stopped and the reader's skin as it will be; the Turkish everyday word for the umbilical
cord, the reader's skin said to firm, a natural hairline guaranteed and rosacea spelt as in
English; a repair said to be impossible and a long-lasting result, honest; each beside the honest sentence that uses the same
words; and what the seventeenth Spanish collection's dev pages said, read the same way in
English: the FDA said not to regulate the clinic's cells, the treatment legal in the United
States, side effects lacked, practically any kind of hair loss, hair that will not fall again."""

from __future__ import annotations

SESSION22_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "fda_misrepresentation",
            "The FDA does not regulate the use of your own stem cells when they are used the same day.",
        ),
        ("fda_misrepresentation", "Stem cell therapy is fully legal in the United States."),
        ("no_risk", "PRP lacks adverse reactions because it comes from your own blood."),
        ("universal", "PRP can help practically any type of hair loss."),
        ("cure", "Our stem cell therapy addresses the root cause of ageing skin."),
        ("cure", "Combat chronic conditions with our regenerative protocols."),
        ("guaranteed", "Over time, hair becomes thicker and fuller."),
        ("no_risk", "Donor cord cells are immune-privileged: the body does not reject them."),
        (
            "fda_misrepresentation",
            "Our clinic follows all FDA and COFEPRIS guidelines regarding the use of stem cells.",
        ),
    ],
    "es": [
        ("cure", "El PRP frena la caída del cabello."),
        ("cure", "Un tratamiento que detiene la alopecia de forma natural."),
        ("guaranteed", "Tu piel quedará más firme y luminosa."),
        ("guaranteed", "Notarás una piel más joven desde el primer mes."),
        (
            "fda_misrepresentation",
            "La FDA no regula el uso de células madre adultas si se aplican el mismo día.",
        ),
        (
            "fda_misrepresentation",
            "El tratamiento con células madre está permitido en Estados Unidos.",
        ),
        (
            "no_risk",
            "Su ventaja es carecer de reacciones adversas, por ser plaquetas del propio paciente.",
        ),
        ("universal", "Puede ser útil en prácticamente cualquier tipo de alopecia."),
        ("permanent", "El cabello trasplantado no volverá a caer."),
        ("universal", "Planes de tratamiento para todo tipo de alopecia, en hombres y mujeres."),
    ],
    "tr": [
        ("unverified_source", "Göbek bağı kök hücreleri kullanılmaktadır."),
        ("guaranteed", "Cildiniz sıkılaşır ve gençleşir."),
        ("guaranteed", "Doğal saç çizgisi garantisi"),
        ("cure", "Rosacea tedavisinde kalıcı sonuçlar elde etmenizi sağlıyoruz."),
        ("permanent", "Sonuçlar kalıcıdır."),
        ("no_risk", "Ozon terapi sağlığa zararlı etkisi olmadan bağışıklığı güçlendirir."),
        ("cure", "Tüm vücutta sistemik oksijenlenme ve gençleşme sağlayan yöntem."),
        ("universal", "Cilt yenileme isteyen herkes bu uygulamayı yaptırabilir."),
        ("universal", "18 yaş ve üzeri her hastaya yapılabilir."),
        ("instant", "İlk seansta gözle görülür etki."),
        ("unverified_source", "Kök hücre kökenli nano-veziküller kafa derisine uygulanır."),
        ("cure", "Bu tedaviler inkontinans gibi sorunlarda etkilidir."),
    ],
}

SESSION22_HONEST: dict[str, list[str]] = {
    "en": [
        "The FDA regulates stem cell products, and none is approved for the face.",
        "Stem cell therapy is not legal in the United States outside approved uses.",
        "The FDA does not regulate cosmetics the way it regulates drugs.",
        "Almost any treatment can cause bruising.",
        "Researchers do not yet know the root cause of alopecia areata.",
        "Chronic conditions such as diabetes slow wound healing after the procedure.",
        "With age, skin becomes thinner and drier.",
        "Hair may become thicker over time, but results vary.",
        "Rejection is rare with your own cells, but infection and bruising can happen.",
        "Ask whether the clinic follows FDA guidelines, and ask to see its approval letter.",
    ],
    "es": [
        "El minoxidil ayuda a frenar la caída del cabello en algunas personas.",
        "No existe un tratamiento que detenga la caída del cabello para siempre.",
        "Su piel podría quedar más firme, pero los resultados varían.",
        "Con la edad, la piel se vuelve más fina.",
        "La FDA regula los productos de células madre y no ha aprobado ninguno para la piel.",
        "El tratamiento con células madre no está permitido en Estados Unidos fuera de ensayos.",
        "No estamos afirmando que todas las aplicaciones de estos tratamientos son aprobados por la FDA.",
        "La artritis reumatoide es una enfermedad crónica, lo que significa que no se puede curar.",
        "El cabello que se cae después del trasplante vuelve a crecer en unos meses.",
        "Ningún proveedor legítimo te dirá que un procedimiento está libre de riesgos.",
        "En artrosis avanzada el beneficio suele ser más limitado.",
        "El cartílago tiene poca capacidad de regeneración.",
    ],
    "tr": [
        "Göbek bağı kanı, bazı kan hastalıklarının tedavisi için bankalarda saklanabilir.",
        "Cildiniz sıkılaşmazsa ikinci seans önerilmez.",
        "Yaşla birlikte cilt incelir.",
        "Tam hasara uğramış kıkırdağın tekrar yenilenmesi mümkün görünmemektedir.",
        "Yaşlılarda kıkırdak tedavisi neredeyse imkânsızdır.",
        "Uzun süre kalıcı sonuçlar için birkaç seans önerilir.",
        "FDA onayı yalnızca belirli endikasyonlar için verilmiştir.",
        "Gençleşme veya hastalık tedavisi garantisi verilemez.",
        "Kronik hastalıklar ve gebelik gibi etkenler uygunluğu değiştirebilir.",
        "Hasarın onarılması tek başına yeterli olmayabilir.",
        "Enjekte edilen yağın yaklaşık %50-70'i kalıcıdır.",
        "Işın görmüş dokularda ağrıda azalma bildirilmektedir.",
        "Kendi kanınız kullanıldığı için alerji riski neredeyse yoktur.",
        "Yağ hücreleri yaşlanmayı durduran ya da geri çeviren bir tedavi değildir.",
    ],
}
