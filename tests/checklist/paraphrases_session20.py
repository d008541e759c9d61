"""Session 20's paraphrases, written here beside the fourteenth to seventeenth collections
(issues 14, 21): efficacy said of a condition, a question left open, results said to vary,
haste disappointed, cord cells by their initials; in Spanish a harmless treatment and an
ensured outcome; in Turkish a share of patients healed, every skin and body type, and
semi-permanence."""

from __future__ import annotations

SESSION20_CLAIMS = {
    "en": [
        ("cure", "Exosomes are effective for acne and rosacea."),
        ("cure", "Stem cells work for psoriasis."),
        ("cure", "Exosome therapy is beneficial for arthritis."),
        ("cure", "Useful for eczema, psoriasis and vitiligo."),
        ("guaranteed", "You will also be able to see results in just a week."),
        ("guaranteed", "You will soon notice a difference."),
        ("guaranteed", "You will definitely see results, guaranteed."),
        ("instant", "If you want instant results, our exosome facial is the answer."),
        ("unverified_source", "Our WJ-MSCs are expanded in a GMP lab."),
        (
            "guaranteed",
            "This biological activity ensures that the skin becomes thicker and more elastic.",
        ),
        ("guaranteed", "Our protocol ensures natural-looking, long-lasting results."),
        ("unverified_source", "The exosomes we use are proprietarily developed by our scientists."),
    ],
    "es": [
        ("no_risk", "Es un tratamiento altamente efectivo, inocuo y poco doloroso."),
        ("no_risk", "El proceso de purificación asegura su seguridad para uso médico."),
        ("guaranteed", "Estas innovaciones aseguran resultados duraderos."),
        ("cure", "Las exosomas son eficaces para el acné y la rosácea."),
        ("cure", "Células madre para acabar con el pie diabético"),
        ("cure", "Terapia con células madre para la necrosis avascular de cadera"),
        ("cure", "Las células madre frenan el deterioro articular."),
        ("no_risk", "Rejuvenece el rostro sin los efectos adversos de las terapias tradicionales."),
        ("no_risk", "Tras millones de aplicaciones, no ha mostrado efectos secundarios."),
        ("permanent", "Tratamiento definitivo para el enrojecimiento facial."),
        ("guaranteed", "Te hará parecer más fresco y rejuvenecido."),
        ("cure", "Puede prevenir y tratar ciertas condiciones cutáneas."),
    ],
    "tr": [
        ("guaranteed", "Hastaların %90'ı ilk seanstan sonra memnun kalıyor."),
        ("guaranteed", "Üç seansta kesin ve kalıcı sonuçlar alabilirsiniz."),
        ("guaranteed", "Düzenli uygulanırsa olumlu etkileri artarak devam edecektir."),
        ("universal", "Cihazın her cilt ve vücut yapısına uygun başlıkları vardır."),
        ("no_risk", "Cilde zarar vermediği için her mevsim uygulanır."),
        ("no_risk", "Alım yapılan bölgede her hangi bir yara izi kalmamaktadır."),
        ("unverified_source", "Donör hücreler kullanıyoruz."),
    ],
}

SESSION20_HONEST = {
    "en": [
        "There is no evidence that PRP is effective for alopecia.",
        "Whether stem cells cure arthritis is still unknown.",
        "It remains unclear if exosomes treat rosacea.",
        "It is unclear whether the results are permanent.",
        "Patients will notice improvements after 6 weeks, though results vary.",
        "Results vary, but most patients will see an improvement.",
        "If you expect instant results, this treatment is not for you.",
        "If you're looking for instant gratification, PRF might actually annoy you.",
        "We only use your own adipose MSCs, never UC-MSCs.",
        "Semi-permanent makeup lasts one to three years.",
        "Your skin will not look younger overnight.",
        "Your scars will never disappear completely.",
        "You will not wake up with flawless skin.",
        "To ensure the best results, avoid smoking for two weeks.",
        "Good aftercare helps ensure optimal results.",
        "Typically, there are no major side effects, though bruising is common.",
        "We guarantee at least 10 million viable stem cells ready for future use.",
        "We refrain from using embryonic or fetal cells.",
    ],
    "es": [
        "El tratamiento no es inocuo.",
        "Es relativamente inocuo, aunque puede causar hematomas.",
        "Ningún médico puede asegurar resultados.",
        "No hay pruebas de que sean eficaces para el acné.",
        "Los estudios no han mostrado efectos secundarios graves.",
        "No existe un tratamiento definitivo para la rosácea.",
    ],
    "tr": [
        "Çalışmalarda hastaların %60'ında iyileşme görüldü.",
        "Kalıcı makyaj yarı kalıcı bir işlemdir, ortalama ömrü 6-8 hafta arasındadır.",
        "Cilde zarar vermemesi için dikkatli uygulanmalıdır.",
        "Yanlış uygulanırsa cilde zarar verebilir.",
        "Olumlu etkilerin devam edip etmeyeceği kişiden kişiye değişir.",
        "Donör bölgeden alınan greftler ekilir.",
        "Genel sağlık durumu elverişli olan her kişiye uygulanabilmektedir.",
        "Bazı kronik hastalıklar bu tedaviyi yaptırmanıza engel olabilir.",
        "Ürünlerin herhangi bir hastalık için etkili olduğunun hiçbir garantisi yok.",
        "Tedavi sonucunu hemen beklemek yanlıştır.",
        "Bu uygulamaya her derde deva gözüyle bakmamak gerekir.",
    ],
}
