"""Session 24's paraphrases (issues 14 and 21), written from what the twelve collections' dev
rows showed (enforcement and court documents, clinic pages and repositories, neighbouring
treatments, studies, agencies and consent texts), each beside the honest sentence that uses the
same words. English claims: "what if I told you", a condition solved, a treatment that works
effectively for a condition or is an effective treatment for it, skin taken back to its original
youthful shape, wrinkles that vanish, results the same day however long they last, no harm
caused, safety because your own blood or plasma is used, a risk said to be zero, a share of
patients with permanent results, never having to wax again, all types of skin. English honest:
the voices of reporting (touted or sold as a cure, firms saying or claiming it cures, no proven
benefit, purportedly, "treatments" in scare quotes, a court's injunction, claims on a website,
the public warned, a use proposed, an advertisement described, a question left open, a matter of
debate, "unlikely that"), cells biologically younger, a use not appropriate for some, approved
minoxidil and other or dated approvals, a lifetime storage plan, results that differ, an onset
and the ultimate result later, "rather than instantly", an irreversible process. Spanish: ageing
reversible, success in treating diseases, the effects of ageing repaired, own cells called safe,
infections fought, a treatment applied in patients with a disease, hair loss stopped, beneficial
for all, whoever wishes, firmer right after the session; and as honest what is said, adverts,
the FDA's account, tests not done, complications that depend on the surgeon, reactions that may
last, where a source is found, kinds of cells, results in mice, risks of infection avoided or
listed, what a treatment does not replace, a condition to be treated, no treatment ever shown,
a dated approval, not everyone a candidate, "casi siempre". Turkish: a lifetime guarantee,
plant stem cells and exosomes, a share reduced, a rate in brackets, follicle shrinking reversed,
100% risk-free, a visible result in one session, a pain-free guarantee; and as honest approved
minoxidil, a treatment done in one session, a study's rate, a result in mice."""

from __future__ import annotations

SESSION24_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "cure",
            "What if we told you that you could treat your rosacea in one visit? Our exosome "
            "facial does exactly that.",
        ),
        ("cure", "Our stem cell injections solve knee arthritis without surgery."),
        ("cure", "Exosome therapy works effectively for alopecia areata."),
        ("cure", "The fat graft brings your cheeks back to their original youthful fullness."),
        ("cure", "After three sessions fine lines and wrinkles simply vanish."),
        (
            "instant",
            "Patients can see the results the same day, with benefits lasting up to nine months.",
        ),
        ("no_risk", "The injection causes no harm to the surrounding tissue."),
        ("cure", "Our therapy makes you biologically younger."),
        ("no_risk", "Since your own plasma is used, the treatment is completely safe."),
        ("guaranteed", "95% of patients have permanent results after three sessions."),
        ("permanent", "After the course you will never have to wax again."),
        ("universal", "Our facial works for all types of skin."),
        ("no_risk", "With our closed system the risk of cross-contamination is zero."),
        ("cure", "Exosomes are effective treatments for psoriasis and eczema."),
        ("guaranteed", "Unlike other clinics offering fillers, we guarantee visible results."),
    ],
    "es": [
        ("cure", "Con nuestra terapia el envejecimiento resulta totalmente reversible."),
        ("cure", "Las células madre son exitosas en el tratamiento de enfermedades autoinmunes."),
        ("cure", "El plasma ayuda a reparar los efectos del envejecimiento de la piel."),
        (
            "no_risk",
            "Como usamos tus propias células, es un procedimiento completamente seguro.",
        ),
        ("cure", "Nuestra terapia combate las infecciones de la piel."),
        ("cure", "Se aplica en pacientes con lupus y artritis."),
        ("cure", "Nuestro tratamiento detiene la caída del cabello."),
        ("universal", "Este sérum es beneficioso para todos."),
        (
            "universal",
            "Cualquier persona que quiera rejuvenecer su rostro puede hacerse el tratamiento.",
        ),
        ("instant", "La piel luce más firme inmediatamente después de la sesión."),
    ],
    "tr": [
        ("guaranteed", "Saç ekiminde ömür boyu garanti veriyoruz."),
        ("unverified_source", "Serumumuz argan kök hücreleri içerir."),
        ("unverified_source", "Gül eksozomları ile cilt bakımı."),
        ("unverified_source", "Patentli eksozom kompleksimiz cildi yeniler."),
        ("guaranteed", "Bu serum kırışıklıkları %60 oranında azaltır."),
        ("guaranteed", "Yüksek başarı oranı (%97) ile öne çıkan yöntem."),
        ("cure", "Seanslar folikül küçülmesini tersine çeviriyor."),
        ("no_risk", "Merkezimizde %100 risksiz uygulama."),
        ("instant", "Tek seansta görünür sonuç alın."),
        ("guaranteed", "Ağrısız işlem garantisi veriyoruz."),
    ],
}

SESSION24_HONEST: dict[str, list[str]] = {
    "en": [
        "What is an exosome? It is a tiny vesicle released by cells.",
        "No injection solves hair loss; it can only slow it.",
        "Wrinkles won't disappear overnight; collagen builds over months.",
        "Results appear the same day as swelling and settle over six months.",
        "Stem cell creams are often touted as a cure for ageing skin.",
        "Several clinics are selling the drips, saying they can cure memory loss.",
        "There is no proven clinical benefit of these infusions to treat any disease.",
        "The clinic purportedly treats everything from arthritis to autism.",
        "Patients paid for stem cell \u201ctreatments\u201d in Mexico that cured nothing.",
        "The injections were sold to retirees as a cure for their arthritis.",
        "The doctors claim on their website that they can cure multiple sclerosis.",
        "The court enjoined the company from saying its cells cure arthritis.",
        "Consumers are warned that no embryonic stem cell product may be sold for treatment.",
        "Stem cells have been suggested as a therapy for osteoarthritis.",
        "In a young patient the fat stem cells are biologically younger, so they divide faster.",
        "The treatment may not be appropriate for people with autoimmune disease.",
        "FDA-approved finasteride is still the first option for male pattern hair loss.",
        "Clinics promise reversed ageing, but the evidence is thin.",
        "There has not been enough research to show that PRP treats hair loss.",
        "Whether fat grafts are truly permanent remains a matter of debate.",
        "It is unlikely that the result will ever be permanent.",
        "Results differ for everyone.",
        "Other FDA-approved treatments for hair loss are available.",
        "You may see an initial effect at once, but the ultimate results take three months.",
        "Most people begin to see a difference almost immediately.",
        "The bank's Lifetime Storage Plan has no annual fees.",
        "Most treatments slow hair loss rather than instantly restore your hair.",
        "Ageing is an irreversible process, but it can be slowed.",
        "A newspaper found an ad for a clinic that offered stem cells for autism.",
        "Patients often ask whether the results will be permanent or not.",
        "The company claims to use the patient's own cells to treat lung disease.",
    ],
    "es": [
        "Hay evidencia sobre su uso en heridas, pero no sobre todo lo que se dice que puede curar.",
        "En sus anuncios publicitarios, estas clínicas prometen curar la diabetes.",
        "Según la FDA, estos productos se fabrican con células de donantes.",
        "Estas clínicas no hacen las pruebas que exige la ley para vender células de cordón.",
        "De la técnica del cirujano depende la ausencia de complicaciones.",
        "Estas reacciones suelen durar días y, en raras ocasiones, pueden ser permanentes.",
        "La gelatina de Wharton se encuentra en el cordón umbilical.",
        "Existen dos tipos principales de células madre: embrionarias y adultas.",
        "Los investigadores lograron revertir el envejecimiento en ratones.",
        "El minoxidil está aprobado por la FDA para la alopecia androgenética.",
        "El quirófano estéril reduce el riesgo de infecciones.",
        "No sustituye el tratamiento médico de la diabetes.",
        "Hay quien dice que el suero puede 'curar' la resaca.",
        "Cualquier adulto puede recibirlo, siempre que sea evaluado por un médico.",
        "Sus posibles efectos secundarios son reacciones alérgicas e infecciones.",
        "No se debe aplicar en pacientes con infecciones activas.",
        "El resultado depende de la patología a tratar.",
        "Hasta hoy nunca se ha demostrado un tratamiento eficaz para la ELA.",
        "El producto fue aprobado por la FDA en 2006 para las arrugas del entrecejo.",
        "Se puede hacer a cualquier edad, sin embargo, no todas las personas son candidatas.",
        "El resultado casi siempre es permanente, aunque algunas pacientes necesitan retoques.",
    ],
    "tr": [
        "FDA onaylı ilaçlar: minoksidil ve finasterid.",
        "Tek seansta yapılır, etkisi haftalar içinde görülür.",
        "Çalışmalarda başarı oranı (%60) olarak bildirilmiştir.",
        "Farelerde yaşlanmayı tersine çevirebilir.",
    ],
}
