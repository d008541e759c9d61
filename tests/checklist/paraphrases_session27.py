"""Session 27's paraphrases (issues 14 and 21), written from what the seven collections' dev rows
showed: payers' and assessors' policies on stem-cell, amniotic and PRP injections; products sold as
acting on one's own stem cells (supplements, light patches, plant-stem-cell creams) and those who
examine them; cell and tissue products that really are approved, in English, Spanish and Turkish.
Each claim stands beside a sentence that uses its words the other way. English honest: a policy's
determination (investigational, medically necessary, evidence insufficient, coverage offered),
what testimonials claim, what patients want to believe, plant stem cells doubted, satisfaction as
a goal, an approved product named (Ryoncil, Hemacord), a regulator that "has said"; claims: the
same sources, cures and approvals in a clinic's own voice. Spanish honest: an authorised medicine's
indication (Alofisel), CAR-T in public hospitals, access guaranteed, what products claim, a
leaflet's old offer, unrelated donors counted by the national transplant body. Turkish honest:
CAR-T in blood cancers, an insurance policy's lifetime renewal, a cell's powers through an
organism's life, products with no evidence, hair loss that cannot be ended.

The three collections from clinics' sites kept in repositories (English, Spanish, Turkish):
aged cells made young again, an IV drip's instant energy; changes that last a lifetime, a
clinic's share that reach their goals, a change called inevitable, a firm look in under an hour;
no harm of any kind; beside them a denial, a procedure's length, a hair transplant's donor area,
the same for everyone set aside, results "largely" permanent, an aim named after a list.

The question-and-answer collections: a "non-surgical" procedure is no denial in Spanish ("no
quirúrgico"), medicines stopped around a procedure are an instruction, permanent scars named
among the risks in Turkish.

The clinical-trial collections: a registry's voice (the goal of a study, what a trial aims to
investigate), an FDA permission asked for, "regenerative" as the field's name rather than a cure,
customers' words reported; Spanish a study's question and the approved marrow transplant, a
treatment of Parkinson's already given; Turkish what is thought, a consent form's risks to an
embryo, a treatment said to be past experiment.

The guarantee and timing collections: a free re-treatment if no result shows is a guarantee;
guarantees weighed (voided, their terms, no standard for them), what courts do, a "lunchtime
facelift" named as a procedure, permanent hair reduction, a hair transplant's donor management
are honest. Spanish: benefits seen at once, years of youth given back are claims; seen at once but
at best weeks later, curative medicine as the law's term, how to ensure results are honest.
Turkish: a clinic's 98 in 100 is its odds; "it does not mean 100%", the best surgeon differing,
everyone who has dark hair, permanent "or at least long-lasting", a full result in ten days
are honest."""

from __future__ import annotations

SESSION27_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("unverified_source", "Our amniotic membrane injections renew tired skin."),
        ("cure", "Our stem cells have treated lymphoma in hundreds of patients."),
        ("cure", "Our supplement cures chronic back pain."),
        ("cure", "Our cream is the new fountain of youth."),
        ("unverified_source", "Our serum contains live plant stem cells."),
        ("guaranteed", "100% satisfaction guaranteed or your money back."),
        ("fda_misrepresentation", "Our mesenchymal stem cell therapy is FDA approved."),
        ("unverified_source", "We infuse cord blood stem cells to renew your skin."),
        ("cure", "With our peptide serum your aging cells behave like young cells again."),
        ("instant", "Recharge instantly with our vitamin drip."),
        ("instant", "Book a drip for immediate energy before your big day."),
        ("unverified_source", "Our umbilical cord stem cells smooth your wrinkles."),
        ("fda_misrepresentation", "Our stem cell treatment has been granted FDA approval."),
        ("cure", "We treat lupus with stem cells."),
        (
            "guaranteed",
            "If you do not see a visible result after all your sessions, we will re-treat the "
            "area for free.",
        ),
        ("guaranteed", "Our hair transplant comes with a written guarantee of full density."),
        ("instant", "Our lunchtime facelift gives you a lifted look before you go back to work."),
        ("no_risk", "Our implants last fifteen years completely safely."),
    ],
    "es": [
        (
            "cure",
            "Nuestras células madre están indicadas para el tratamiento de la enfermedad de Crohn.",
        ),
        ("cure", "Ofrecemos terapia con células madre para el tratamiento del cáncer."),
        ("guaranteed", "Garantizamos resultados visibles desde la primera sesión."),
        ("instant", "Nuestro sérum tiene efectos inmediatos en las arrugas."),
        ("unverified_source", "Nuestro tratamiento contiene células madre vegetales de manzana."),
        ("unverified_source", "Usamos células madre de donantes jóvenes y sanos."),
        ("permanent", "Nuestro enfoque genera cambios que perduran toda la vida."),
        ("guaranteed", "El 87% logran sus objetivos en los primeros 90 días."),
        ("guaranteed", "Con nuestro método, la transformación es inevitable."),
        ("instant", "Recupera una apariencia descansada y firme en menos de una hora."),
        ("instant", "Este procedimiento no quirúrgico ofrece resultados inmediatos."),
        ("cure", "Tras el tratamiento con células madre podrás dejar los antiinflamatorios."),
        ("cure", "Nuestras células de cordón umbilical curan la parálisis cerebral."),
        ("cure", "Ya estamos tratando pacientes con Parkinson con células madre."),
        ("instant", "Puedes apreciar sus beneficios de manera inmediata."),
        ("cure", "El lifting te puede devolver 10 años de juventud."),
        ("guaranteed", "Garantizamos que los resultados sean naturales y duraderos."),
    ],
    "tr": [
        ("cure", "Kök hücre tedavimiz kanseri tedavi ediyor."),
        # review: "süt" (milk) folds to "sut", which is not the tariff SUT
        ("cure", "Süt çocuklarında egzamayı kök hücre ile tedavi ediyoruz."),
        ("permanent", "Sonuçlar yaşamınız boyunca kalıcıdır."),
        ("cure", "Ürünlerimiz hastalıkların tedavisinde etkilidir."),
        ("cure", "Bu serum saç dökülmesini tamamen ortadan kaldırır."),
        ("no_risk", "Dişler ve dişetleri hiçbir şekilde zarar görmez."),
        ("universal", "Tedavimiz herkes için uygundur."),
        ("permanent", "Yeni burnunuzun şekli kalıcı olacaktır."),
        ("cure", "Eksozom tedavisi hasarlı hücreleri onarır."),
        ("permanent", "Saç ekiminde elde edilen sonuçlar kalıcıdır."),
        ("cure", "Kök hücre uygulamalarımız bir deney değil, tedavidir."),
        ("cure", "Kök hücre tedavimiz hastalıklı retinayı onarır."),
        ("guaranteed", "Kliniğimizde her 100 implantın 98'inde tam başarı elde ediyoruz."),
        ("universal", "Lazer epilasyon herkese uygulanabilir."),
        ("permanent", "Elde edilen sonuç kalıcıdır."),
        ("instant", "Tedavinin tam sonucu hemen görülür."),
    ],
}

SESSION27_HONEST: dict[str, list[str]] = {
    "en": [
        "Aetna considers injections of amniotic membrane to be investigational for all "
        "indications.",
        "Amniotic membrane grafts may be considered medically necessary for some eye conditions.",
        "The evidence is insufficient to determine the efficacy of placental injections for "
        "knee pain.",
        "UnitedHealthcare offers coverage for lymphoma treated within approved trials.",
        "Online testimonials of the supplement claim it cures chronic back pain.",
        "Many patients want to believe these creams are the new fountain of youth.",
        "In fact, no product actually contains live plant stem cells.",
        "Plant stem cells will never turn into human skin.",
        "Your 100% satisfaction is our primary goal.",
        "The FDA has approved Ryoncil, the first mesenchymal stromal cell therapy, for "
        "children with graft-versus-host disease.",
        "Hemacord, a cord blood product, is licensed by the FDA for transplantation.",
        "The Philippine FDA has said the product is a food supplement with no approved "
        "therapeutic claims.",
        "Cells taken from older donors do not behave like young cells again in the lab.",
        "A vitamin drip does not give immediate energy to people who are not dehydrated.",
        "The overall goal of this study is to evaluate the safety of umbilical cord stem cells "
        "for wrinkles.",
        "Those running the trials can request permission from the FDA to charge patients.",
        "We see great promise in regenerative medicine for arthritis, but there are also novel "
        "risks.",
        "The three customers all say that they paid for treatments for lupus.",
        "Non-compliance with aftercare instructions can void the guarantee.",
        "There is no universal standard for hair transplant guarantees.",
        "If a surgeon promises certain results, courts will generally treat this promise as a "
        "warranty.",
        "A thread lift is also known as a lunchtime facelift because it takes about an hour.",
        "Laser hair removal provides permanent hair reduction, not permanent removal.",
        "The cosmetic result depends on hairline design and donor management.",
        # the same voices as a second sentence of a text (review: a sentence's start is read
        # wherever the sentence stands)
        "Read the small print. A clinic promises a full refund if results do not meet expectations.",
        "Registry record. Safety study of umbilical cord stem cells for wrinkles.",
    ],
    "es": [
        "Alofisel está indicada para el tratamiento de fístulas perianales complejas en "
        "pacientes con enfermedad de Crohn.",
        "Once hospitales públicos ofrecerán las terapias CAR-T para el tratamiento del cáncer.",
        "El objetivo del plan es garantizar el acceso equitativo a estos tratamientos.",
        "Estos productos afirman tener efectos inmediatos, pero el análisis no lo confirmó.",
        "En el folleto se anunciaba un tratamiento con células madre vegetales.",
        "El año pasado se hicieron 748 trasplantes de donante no emparentado, según la ONT.",
        "Ningún tratamiento genera cambios que perduren toda la vida.",
        "El procedimiento dura menos de una hora y se hace con anestesia local.",
        "Las unidades foliculares se extraen de una zona previamente establecida como donadora.",
        "Este procedimiento no ofrece resultados inmediatos.",
        "Se recomienda suspender los antiinflamatorios una semana antes y hasta un mes después "
        "del tratamiento.",
        "El estudio se propone determinar si las células de cordón umbilical son beneficiosas "
        "en la parálisis cerebral.",
        "Solo está aprobado el trasplante alogénico de células madre de médula ósea.",
        "El resultado se aprecia de inmediato, aunque especialmente a las 4 semanas.",
        "En medicina curativa la obligación del médico es de medios, no de resultados.",
        "La evaluación sirve para decidir cómo garantizar que los resultados sean naturales.",
    ],
    "tr": [
        "Hematolojik kanserlerin tedavisinde CAR-T hücre tedavisi kullanılıyor.",
        "Poliçede Ömür Boyu Yenileme Garantisi hakkı bulunan sigortalılar etkilenmez.",
        "Kök hücreler, bir organizmanın yaşamı boyunca kendini yenileyebilen hücrelerdir.",
        "Hiçbir kanıtı olmayan bu ürünler hastalıkların tedavisinde kullanılmamalı.",
        "Bu serum saç dökülmesini tamamen ortadan kaldıramaz.",
        "Herkes için aynı test listesini uygulamak yerine kişiye özel bir program hazırlıyoruz.",
        "Yaşla birlikte küçük değişiklikler olabilir, ancak yeni şekliniz büyük ölçüde kalıcı "
        "olacaktır.",
        "Eksozom tedavisi; hasarlı hücreleri onarmayı, iltihabı azaltmayı ve yenilenmeyi "
        "hızlandırmayı hedefleyen bir yaklaşımdır.",
        "Operasyon sonrası deride kalıcı yara izleri gibi sorunlarla karşılaşmak mümkündür.",
        "Yeni hücrelerin hastalıklı retinadaki bozulmuş hücrelerin yerine geçebileceği "
        "düşünülmektedir.",
        "Gönüllünün ve embriyo veya fetusun maruz kalacağı öngörülen riskler açıklanmalıdır.",
        "Teknoloji, tıbbi müdahalelerin %100 sonuç verdiği manasına da gelmiyor.",
        "Herkes için en iyi olan cerrah farklı olabilir.",
        "Koyu renkli tüyleri olan herkese 12 yaşından itibaren uygulanabilir.",
        "Elde edilen sonuç kalıcı veya en azından uzun etkilidir.",
        "Tedavi etkinliği hemen başlar, tam sonucun oturması yaklaşık 10 gün sürer.",
    ],
}
