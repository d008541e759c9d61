"""Session 29's paraphrases (issues 14 and 21), written from what the collections' dev rows showed:
clinics' results and candidates pages, cosmetics that name a cell or tissue source, Spanish and
Turkish clinics' pages. Each claim stands beside a sentence that uses its words the other way.
English claims: a disease's progression impeded, new cartilage grown, any patient a candidate,
everyone with a condition a candidate, a clock-turning treatment, beneficial to everyone, no pain
of any kind, every case a success; honest: another treatment's side effects named in a
comparison, a finding given as a named study's, a source named as what is compared against, what
firms say of their products as reported, a shop's delivery guaranteed. Spanish claims: time turned
back, harm denied in other words, results for good, no medical checks, a condition forgotten, a
clinic's success share, a change made at once, approval beside "sin cirugía"; honest: a
contraindication, a use ruled out, a disease described as irreversible, the body's own healing
powers, a source named as the contrast, a study's authors cited, claims weighed, approval a
regulator has not given, a final result weeks later, ageing delayed. Turkish claims: side effects
"so few as to be almost none", no scar or harm, the body shows no reaction, a clinic's success rate
as a range, efficacy said to be proven, results noticed at once; honest: a decrease of something
other than pain, in theory, a chance of healing, pain admitted as what may come, spots that stay
if untreated, a disease that does not fully heal, a span in years, body hair as the donor, what a
product is said to do, a side-effect list, a phrase quoted to be weighed, the chance of success."""

from __future__ import annotations

SESSION29_CLAIMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("cure", "Our injections hinder the progression of osteoarthritis."),
        ("cure", "The cells stimulate the formation of new cartilage in the knee."),
        ("cure", "Regular sessions arrest the progression of macular degeneration."),
        ("universal", "The procedure can be performed on any patient, young or old."),
        ("cure", "Our peels work as a clock-turning treatment for tired skin."),
        ("universal", "Whatever your skin, PRP facials are beneficial to everyone."),
        ("universal", "It does not matter what skin type you have: the laser works."),
        ("no_risk", "You will feel no pain or swelling of any kind."),
        ("guaranteed", "We have treated 500 knees so far, all of them with great success."),
        ("universal", "Everyone with knee arthritis is a good candidate for our injections."),
    ],
    "es": [
        ("cure", "Nuestro suero te ayuda a volver el reloj atrás en pocas semanas."),
        ("cure", "Con nuestras células madre podrás retroceder el tiempo de tu piel."),
        ("no_risk", "El plasma rejuvenece la piel sin poner en riesgo tu salud."),
        ("no_risk", "El láser elimina las manchas sin causar ningún daño."),
        ("no_risk", "Es la terapia ideal al no tener efectos secundarios."),
        ("permanent", "Elimina la papada de una vez por todas."),
        ("permanent", "Tras cinco sesiones ya no volverá a crecer el vello."),
        ("universal", "No se requieren análisis previos para recibir las células madre."),
        ("cure", "Con nuestras células madre te olvidarás de la artrosis."),
        ("guaranteed", "Logramos resultados excelentes en el 85-90% de los pacientes."),
        (
            "guaranteed",
            "El 95% de nuestras pacientes que completan el protocolo quedan embarazadas.",
        ),
        ("guaranteed", "Nuestros pacientes notan una mejora del dolor entre el 70% y 90%."),
        ("instant", "El hilo tensor levanta el óvalo facial de forma inmediata."),
        ("instant", "Nuestra crema suaviza las arrugas casi al instante."),
        ("fda_misrepresentation", "Rejuvenecimiento sin cirugía aprobado por la FDA."),
        ("universal", "Nuestro láser permite tratar cualquier tipo de piel."),
    ],
    "tr": [
        ("no_risk", "Kök hücre uygulamasının yan etkisi yok denecek kadar azdır."),
        ("guaranteed", "Kliniğimizde %85-90 başarı oranı elde ediyoruz."),
        ("cure", "Kök hücrenin diz kireçlenmesindeki etkinliği kanıtlanmıştır."),
        ("no_risk", "Saç ekiminden sonra herhangi bir iz kalmıyor."),
        ("no_risk", "Eksozom uygulamasının hiçbir zararı yoktur."),
        ("no_risk", "Kendi hücreleriniz olduğu için vücut tepki göstermez."),
        ("cure", "Lazerimiz rozaseyi kalıcı olarak tedavi eder."),
        ("guaranteed", "Kliniğimizde saç ekimi başarısı %98 düzeyindedir."),
        ("guaranteed", "İlk seanstan sonra farkı hemen göreceksiniz."),
        ("guaranteed", "Kusursuz sonuçlar için bize başvurun."),
    ],
}

SESSION29_HONEST: dict[str, list[str]] = {
    "en": [
        "No injection has been shown to halt the progression of osteoarthritis.",
        "Researchers are studying whether fat-derived cells can help grow new cartilage.",
        "The graft can be used in any patient who has enough fat to harvest.",
        "Local anaesthesia lets us work without the risks associated with general anaesthesia.",
        "The Harvard PRP trial found improvement in knee arthritis after three injections.",
        "Fat-derived cells are less versatile than embryonic stem cells.",
        "Dozens of brands now add grape stem cells to their creams, which they say slows ageing.",
        "Our laser is not beneficial to everyone, so we assess each patient first.",
        "It does matter what skin type you have, which is why we test a patch first.",
        "Not everyone with knee arthritis is a candidate for injections.",
        "We guarantee delivery within three working days for orders placed online.",
    ],
    "es": [
        "Una contraindicación clara es la presencia de una artrosis avanzada.",
        "El láser no es adecuado para tratar zonas extensas cuando la enfermedad avanza.",
        "La artrosis supone un deterioro progresivo e irreversible del cartílago.",
        "El plasma aprovecha las capacidades curativas del propio organismo.",
        "A diferencia de las células madre embrionarias, las del tejido graso no forman tumores.",
        "Según Pérez y colaboradores, las células de cordón reducen la inflamación en ratas.",
        "Un uso indebido puede dejar cicatrices permanentes o quemaduras.",
        "No utilizamos productos permanentes en los labios.",
        "Decir que un centro está registrado en la FDA suele ser una afirmación vacía.",
        "La FDA no ha aprobado ningún dispositivo para tratar la incontinencia urinaria.",
        "El efecto es inmediato, pero hay que esperar dos semanas para ver los resultados finales.",
        "Según un estudio publicado, el 85% de los pacientes mejoró tras seis meses.",
        "Con el tratamiento NC1 el 80% de los pacientes recuperan movilidad, según el ensayo.",
        "Estos tratamientos suelen ser exitosos en el 90% de los casos.",
        "La hinchazón aparece de forma inmediata y desaparece en unos días.",
        "Una buena rutina de cuidado ayuda a retrasar el envejecimiento cutáneo.",
    ],
    "tr": [
        "Yaşla birlikte eklem sıvısında azalma olur ve kireçlenme başlar.",
        "Teorik olarak bu yöntem ağrıda azalma sağlayabilir.",
        "Küçük yırtıklar kendi başına iyileşme şansına sahiptir.",
        "İşlemden sonraki günlerde ağrı olabilir, soğuk uygulama ile giderilir.",
        "Alerji riski yok denecek kadar azdır, ancak morarma ve şişlik görülebilir.",
        "Tedavi edilmeyen lekeler kalıcıdır.",
        "Bu hastalığın tedavisi mümkündür ancak tamamen iyileşmez.",
        "Dolgunun kişiye göre 1 ila 2 yıl arasında değişerek kalıcı olduğu gözlemlenmektedir.",
        "Vücut kılları donör olarak kullanılırken belli kriterler aranır.",
        "Sivilcelere iyi geldiği söylenen pek çok krem vardır.",
        "Bu ilaçla bulantı ve baş ağrısı gibi bazı yan etkiler görülebilir.",
        '"Hiç iz kalmaz" demek tıbbi olarak doğru değildir.',
        "Bu kremler yüz şeklini kalıcı olarak değiştirmezler.",
        "Uzun dönem başarı şansı yaklaşık %85 civarındadır.",
    ],
}
