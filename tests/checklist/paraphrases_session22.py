"""Session 22's paraphrases (issue 21): Spanish read as English and Turkish already read, hair
loss stopped and the reader's skin as it will be; the Turkish everyday word for the umbilical
cord, the reader's skin said to firm, a natural hairline guaranteed and rosacea spelt as in
English; a repair said to be impossible and a long-lasting result, honest; each beside the honest sentence that uses the same
words."""

from __future__ import annotations

SESSION22_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [],
    "es": [
        ("cure", "El PRP frena la caída del cabello."),
        ("cure", "Un tratamiento que detiene la alopecia de forma natural."),
        ("guaranteed", "Tu piel quedará más firme y luminosa."),
        ("guaranteed", "Notarás una piel más joven desde el primer mes."),
    ],
    "tr": [
        ("unverified_source", "Göbek bağı kök hücreleri kullanılmaktadır."),
        ("guaranteed", "Cildiniz sıkılaşır ve gençleşir."),
        ("guaranteed", "Doğal saç çizgisi garantisi"),
        ("cure", "Rosacea tedavisinde kalıcı sonuçlar elde etmenizi sağlıyoruz."),
        ("permanent", "Sonuçlar kalıcıdır."),
    ],
}

SESSION22_HONEST: dict[str, list[str]] = {
    "en": [],
    "es": [
        "El minoxidil ayuda a frenar la caída del cabello en algunas personas.",
        "No existe un tratamiento que detenga la caída del cabello para siempre.",
        "Su piel podría quedar más firme, pero los resultados varían.",
        "Con la edad, la piel se vuelve más fina.",
    ],
    "tr": [
        "Göbek bağı kanı, bazı kan hastalıklarının tedavisi için bankalarda saklanabilir.",
        "Cildiniz sıkılaşmazsa ikinci seans önerilmez.",
        "Yaşla birlikte cilt incelir.",
        "Tam hasara uğramış kıkırdağın tekrar yenilenmesi mümkün görünmemektedir.",
        "Yaşlılarda kıkırdak tedavisi neredeyse imkânsızdır.",
        "Uzun süre kalıcı sonuçlar için birkaç seans önerilir.",
    ],
}
