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
made to disappear; honest: an organ's working helped with no disease named, a study's share.

The second four collections (longevity clinics, tissue banking and placenta encapsulation, Spanish
anti-ageing medicine, Turkish anti-ageing and ozone): a mother's own placenta eaten or encapsulated
is no donor source (an animal's placenta sold is), a hope for one day, an idea or hypothesis, a
drug used off-label, a cord once thought waste, wild claims, irreversible cell arrest, permanent
teeth, wound healing are honest; the baby blues warded off, depression decreased, a procedure for
a list that ends in a disease, a treatment indicated for patients suffering from acne are claims.
Spanish: the own placenta, a biological-age result named, what a company or a product says,
geneticists convinced, permanent teeth; claims: biological age reduced, no risk of any side
effect. Turkish: biological age turned back, ozone protective against the coronavirus,
pathological conditions healed; honest: "the good news is", a use that draws interest, treatments
seen as an alternative back on the agenda.

The third four (hair restoration, Spanish aesthetic medicine, Turkish news and official voices):
English claims: a progressive hair disease halted, what works across genders and ages or for
"male or female"; honest: a guarantee called unenforceable, what people look for, a complication
of delayed healing, the hair-loss drugs' own effect, long-lasting results, a success threshold
defined. Spanish: baldness over for good is a claim; fillers classified, a diagnosis first, who
it is not recommended for, a magic solution denied are honest. Turkish: diabetic foot wounds
treated is a claim; a specialist seen for a diagnosis, a work contract's guarantee are honest.

The last three (donation and fertility): blood, plasma, organ and marrow donation, a registry,
public cord-blood banks and donors spoken of as people are no source sold (a clinic's donor
cells still are); refund programmes explained, effort or the law guaranteed are honest, while a
refund if the baby does not come is a guarantee. Turkish: the Red Crescent and the national
registry, a donor candidate, a tissue match, the embryologist. Spanish: egg donation and the
donors as women, the donors' registry, embryos donated, cord blood given to a public bank; a
clinic's own pregnancy rate is its odds, a registry's is cited."""

from __future__ import annotations

SESSION26_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("cure", "Our peptides are effective against certain cancers."),
        ("cure", "Since 2001 we have successfully treated multiple sclerosis at our clinics."),
        ("cure", "Drinking our alkaline water can successfully treat leukaemia."),
        ("guaranteed", "Over 90 per cent of our patients see a visible improvement."),
        ("cure", "Our placenta capsules ward off the baby blues after birth."),
        ("cure", "The tincture decreases depression in the weeks after delivery."),
        (
            "cure",
            "Plasma exchange is our cornerstone procedure for longevity, Alzheimer's and fatigue.",
        ),
        ("cure", "Our plasma therapy is indicated for patients suffering from acne."),
        ("unverified_source", "Our rejuvenating facial uses stem cells from sheep placenta."),
        ("cure", "Our exosome protocol halts progressive hair follicle destruction in LPP."),
        ("universal", "Safe for men and women: our PRP works across genders and ages."),
        ("universal", "Whether you're male or female, our PRP can work for you."),
        (
            "guaranteed",
            "If you don't take a baby home after all three cycles, we will refund you 100% of the fee.",
        ),
        ("unverified_source", "Our umbilical cord stem cells come from healthy young donors."),
        (
            "fda_misrepresentation",
            "Their cell system is FDA cleared, so the cells themselves were approved too.",
        ),
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
        ("cure", "Con nuestro programa reducimos tu edad biológica en pocos meses."),
        (
            "no_risk",
            "El ozono actúa como un antiséptico, sin el riesgo de algún efecto secundario.",
        ),
        ("permanent", "Con nuestro injerto capilar ya no serás calvo."),
        ("unverified_source", "Usamos células madre de cordón umbilical de donantes jóvenes."),
        ("guaranteed", "La tasa de embarazo en nuestro centro es del 60-70 % en el primer ciclo."),
    ],
    "tr": [
        ("cure", "Bu bitkisel takviye damar sertliğinin giderilmesinde etkilidir."),
        ("cure", "Ürünümüz kalp damar hastalıklarının ortadan kalkmasına yardımcı olur."),
        ("cure", "Biyolojik yaşınızı ölçüyor, yönetiyor ve hatta geriye çeviriyoruz."),
        ("cure", "Ozon tedavisi koronavirüse karşı koruyucu bir etkiye sahiptir."),
        ("cure", "Ozon pek çok patolojik durumu iyileştirmektedir."),
        ("cure", "İyi haber şu ki biyolojik yaşınızı geriye çevirebilirsiniz."),
        ("cure", "Kök hücreler şeker hastalarının ayak yaralarında başarıyla kullanılmaktadır."),
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
        "Predatory clinics now sell immunotherapy to cancer patients.",
        "Here is a list of clinics that to my knowledge are presently offering treatment to "
        "cancer patients.",
        "Patients can expect to pay 60 per cent to 80 per cent less than in the United States.",
        "Many new mothers choose to have their own placenta encapsulated into capsules after birth.",
        "Researchers hope stem cells will one day treat spinal cord injuries.",
        "The idea is that plasma from young donors could slow down ageing.",
        "Rapamycin is FDA-approved for transplant rejection but used off-label by some doctors.",
        "The umbilical cord was considered a waste product for many years.",
        "You have heard people making wild claims about turning back the clock.",
        "Senescence is an irreversible cell cycle arrest.",
        "Permanent teeth, such as wisdom teeth, also hold stem cells.",
        "Platelets play a part in wound healing and in tumour growth.",
        "A guarantee of natural-looking results is unenforceable because it is subjective.",
        "Many individuals look for permanent solutions to restore their hair.",
        "Reported complications include sepsis and delay in healing of the wounds.",
        "For some men, finasteride can stop hair loss, but it carries a risk of side effects.",
        "Natural, long-lasting results with minimal downtime.",
        "Any transplant with growth over 85% should be considered successful.",
        "The centrifuge is FDA cleared; the cells themselves have not been approved for any use.",
        "Become a plasma donor and earn up to $900 in your first month.",
        "Blood donors must be at least 17 years old.",
        "The registry is run by the National Marrow Donor Program.",
        "There is an age limit for being an egg donor.",
        "These programs refund part of the fee if the desired result is not achieved.",
        "The underlying guarantee is that our staff will do everything possible to help you conceive.",
    ],
    "es": [
        "El producto, al cual se le atribuyen efectos para curar la gastritis, no cuenta con "
        "registro sanitario.",
        "De la noche a la mañana los pacientes se encontraron la clínica con las puertas cerradas.",
        "En el estudio publicado, el 85% de los pacientes notaron una mejora de la celulitis.",
        "Muchas madres deciden encapsular su propia placenta después del parto.",
        "Un resultado de edad biológica puede ser útil como resumen de tendencia.",
        "Según la compañía, las transfusiones pueden ayudar a combatir el envejecimiento.",
        "Hay pastillas y artilugios que dicen retrasar el envejecimiento.",
        "Los dientes permanentes también contienen células madre.",
        "Los rellenos se clasifican en temporales, semipermanentes y permanentes.",
        "Es necesario un diagnóstico correcto de la alopecia para tener un buen resultado con la mesoterapia.",
        "Este tratamiento no es recomendable para personas con rosácea o acné activo.",
        "No ofrece una solución mágica con resultados garantizados para todo el mundo.",
        "La ovodonación es un tratamiento que precisa un estudio muy exigente de las donantes.",
        "La inscripción en el registro de donantes no asegura que la persona pueda donar.",
        "Según el registro de la SEF, la tasa de embarazo por ciclo ronda el 40 %.",
    ],
    "tr": [
        "Bu çay, organlarınızın düzenli çalışmasına yardımcı olan bitkiler içerir.",
        "Bir araştırmaya göre, damar sertliği olan hastaların çoğu ilaç tedavisi görüyor.",
        "Dental kök hücreler diyabet tedavisi için büyük ilgi görmektedir.",
        "Koronavirüste alternatif olarak görülen tedaviler yeniden gündeme geldi.",
        "Vitiligonuz varsa doğru tanı ve tedavi planı için bir dermatoloğa görünmeniz önemlidir.",
        "Eser sözleşmesi gereği yüklenici sonucu garanti eder.",
        "Kızılay bölge kan merkezlerine başvuran bağışçı adayları üç tüp kan veriyor.",
        "Başarı oranları embriyoloğun titiz çalışmasına bağlı olarak değişmektedir.",
    ],
}
