"""A paraphrase round in Spanish and Turkish (session 14): claims of every category and honest
sentences of the kinds CLAIMS.md leaves ``ok`` (a limit on how long results last, a cure denied,
a regulator's warning, risks admitted, who is not a candidate, results that build, sources
refused, evidence said to be lacking), written from CLAIMS.md's columns, not from corpus rows.
Before the round's changes the screener missed 2 of 22 claims in each language and flagged 4 of
25 honest Turkish sentences (none of the Spanish)."""

from __future__ import annotations

import pytest

from checklist.engine.claims import screen


def categories(text: str, language: str) -> set[str]:
    return {flag.category for flag in screen(text, language)}


SPANISH_CLAIMS = [
    ("Los resultados del rejuvenecimiento con células madre son permanentes.", "permanent"),
    ("Hágalo una vez y disfrute del efecto de por vida.", "permanent"),
    ("La grasa injertada se queda en su rostro para siempre.", "permanent"),
    ("Si no ve resultados, le devolvemos su dinero.", "guaranteed"),
    ("El 98 % de nuestros pacientes queda satisfecho desde la primera sesión.", "guaranteed"),
    ("Después del tratamiento verá sin duda una piel más firme.", "guaranteed"),
    ("Como usamos sus propias células, no hay ningún riesgo.", "no_risk"),
    ("El procedimiento es totalmente seguro y sin efectos secundarios.", "no_risk"),
    ("Al ser tejido propio, el riesgo de alergia e infección es cero.", "no_risk"),
    ("Las células madre curan la psoriasis por completo.", "cure"),
    ("Diga adiós al eccema con nuestros exosomas.", "cure"),
    ("Revertimos el envejecimiento con células madre.", "cure"),
    ("Tratamos la artrosis de rodilla sin cirugía con células madre.", "cure"),
    ("Nuestro sistema de células madre está aprobado por la FDA.", "fda_misrepresentation"),
    ("Nuestro laboratorio cumple con los estándares de la FDA.", "fda_misrepresentation"),
    ("Verá los resultados inmediatamente después de la aplicación.", "instant"),
    ("Rejuvenecimiento instantáneo en una sola sesión.", "instant"),
    ("Apto para todas las edades y tipos de piel.", "universal"),
    ("Cualquier persona puede beneficiarse de este tratamiento.", "universal"),
    ("Utilizamos células madre de cordón umbilical.", "unverified_source"),
    ("Nuestro suero con células madre de manzana suiza regenera la piel.", "unverified_source"),
    ("Aplicamos inyecciones de células de placenta de oveja.", "unverified_source"),
]

SPANISH_HONEST = [
    "Para que los resultados duren, se recomienda una sesión de mantenimiento al año.",
    "A diferencia de los rellenos no permanentes, el efecto dura más tiempo.",
    "Parte de la grasa transferida se reabsorbe y el resto puede permanecer.",
    "La duración del efecto varía según cada paciente, normalmente entre 12 y 18 meses.",
    "La eficacia de las células madre en el Parkinson aún no ha sido demostrada.",
    "Los científicos investigan si las células madre podrían servir para tratar la diabetes.",
    "La Cofepris alertó sobre clínicas que ofrecen terapias con células madre sin autorización.",
    "La sangre de cordón umbilical se usa en trasplantes para leucemias.",
    "El procedimiento tiene riesgos como infección, hematomas e inflamación.",
    "No está indicado en embarazadas, pacientes con cáncer o con trastornos de la coagulación.",
    "No todos los pacientes son candidatos; primero hacemos una valoración médica.",
    "Los resultados no son inmediatos: aparecen de forma progresiva en unos meses.",
    "La inflamación de los primeros días no es el resultado final.",
    "En nuestra clínica no usamos células de donantes, de animales ni de plantas.",
    "Los productos de exosomas no están aprobados por la FDA.",
    "Puede mejorar las cicatrices de acné, pero no las borra por completo.",
    "Las células madre no detienen el envejecimiento; mejoran el aspecto de la piel.",
    "Hay datos limitados sobre su efecto en el dolor de la artrosis de rodilla.",
    "Los expertos advierten que ningún tratamiento puede garantizar resultados.",
    "Este procedimiento no cura enfermedades: es un tratamiento estético.",
    "El turismo de células madre expone a los pacientes a riesgos graves.",
    "No hay estudios suficientes sobre la seguridad de los productos de placenta.",
    "En artritis reumatoide, la terapia celular sigue en fase de ensayo clínico.",
    "Tras el tratamiento, la mayoría de los pacientes vuelve a su rutina en pocos días.",
    "Algunos pacientes necesitan una segunda sesión de injerto de grasa.",
]

TURKISH_CLAIMS = [
    ("Kök hücreli yüz gençleştirmenin sonuçları kalıcıdır.", "permanent"),
    ("Bir kez yaptırın, ömür boyu etkisini görün.", "permanent"),
    ("Aktarılan yağ hücreleri yüzünüzde kalıcı olarak yerleşir.", "permanent"),
    ("Sonuç alamazsanız ücretinizi iade ediyoruz.", "guaranteed"),
    ("Hastalarımızın yüzde 98'i ilk seanstan memnun kalıyor.", "guaranteed"),
    ("Uygulamadan sonra cildinizin sıkılaştığını mutlaka göreceksiniz.", "guaranteed"),
    ("Kendi hücreleriniz kullanıldığı için hiçbir risk yoktur.", "no_risk"),
    ("İşlem tamamen güvenlidir ve yan etkisi yoktur.", "no_risk"),
    ("Vücudunuzun kendi dokusu olduğundan alerji ve enfeksiyon riski sıfırdır.", "no_risk"),
    ("Kök hücre tedavisi sedef hastalığını tamamen iyileştirir.", "cure"),
    ("Eksozom tedavisi ile egzamaya son verin.", "cure"),
    ("Kök hücre ile yaşlanmayı geri çeviriyoruz.", "cure"),
    ("Diz kireçlenmesi kök hücre ile ameliyatsız tedavi edilir.", "cure"),
    ("Kullandığımız kök hücre sistemi FDA onaylıdır.", "fda_misrepresentation"),
    ("Laboratuvarımız FDA standartlarına uygun çalışır.", "fda_misrepresentation"),
    ("Sonuçları uygulamadan hemen sonra görürsünüz.", "instant"),
    ("Tek seansta anında gençleşme.", "instant"),
    ("Her yaşa ve her cilt tipine uygundur.", "universal"),
    ("Herkes bu tedaviden faydalanabilir.", "universal"),
    ("Tedavimizde göbek kordonu kök hücreleri kullanılır.", "unverified_source"),
    ("İsviçre elması kök hücreli serumumuz cildi yeniler.", "unverified_source"),
    ("Koyun plasentası kaynaklı hücre enjeksiyonu uyguluyoruz.", "unverified_source"),
]

TURKISH_HONEST = [
    "Sonuçların kalıcı olması için yılda bir bakım seansı önerilir.",
    "Kalıcı olmayan dolgulara göre daha uzun süre etkilidir.",
    "Aktarılan yağın bir kısmı vücut tarafından emilir, kalan kısım kalıcı olabilir.",
    "Etkinin süresi kişiden kişiye değişir; genellikle 12 ila 18 ay sürer.",
    "Kök hücre tedavisinin Parkinson hastalığında etkisi henüz kanıtlanmamıştır.",
    "Bilim insanları kök hücrelerin diyabet tedavisinde kullanılabileceğini araştırıyor.",
    "Sağlık Bakanlığı izinsiz kök hücre uygulamalarına karşı uyardı.",
    "Kordon kanı bankacılığı lösemi gibi kan hastalıklarında kullanılabilir.",
    "Uygulamanın enfeksiyon, morarma ve şişlik gibi riskleri vardır.",
    "Hamileler, kanser hastaları ve kan pıhtılaşma bozukluğu olanlar için uygun değildir.",
    "Her hasta bu tedavi için uygun aday değildir; önce muayene gerekir.",
    "Sonuçlar hemen görülmez, birkaç ay içinde yavaş yavaş ortaya çıkar.",
    "İlk günlerdeki şişlik sonuç değildir, iki hafta içinde iner.",
    "Kliniğimizde donör ya da hayvan kaynaklı hücre kullanmıyoruz.",
    "Eksozom ürünleri FDA tarafından onaylanmamıştır.",
    "Akne izlerinde belirgin bir iyileşme sağlayabilir, ancak izleri tamamen silmez.",
    "Kök hücre tedavisi yaşlanmayı durdurmaz, cildin görünümünü iyileştirir.",
    "Diz kireçlenmesi olan hastalarda ağrıyı azaltabileceğine dair sınırlı veri vardır.",
    "Uzmanlar, hiçbir tedavinin garanti verilemeyeceğini vurguluyor.",
    "Bu uygulama hastalıkları tedavi etmez, estetik bir işlemdir.",
    "Kök hücre turizmi hastaları ciddi risklerle karşı karşıya bırakıyor.",
    "Plasenta kaynaklı ürünlerin güvenliği konusunda yeterli çalışma yoktur.",
    "Romatoid artrit hastalarında kök hücre tedavisi klinik araştırma aşamasındadır.",
    "Tedavi sonrası hastalar birkaç gün içinde günlük yaşamlarına dönebilir.",
    "Yağ enjeksiyonu sonrasında bazı hastalarda ikinci bir seans gerekebilir.",
]


@pytest.mark.parametrize(
    ("text", "category", "language"),
    [(t, c, "es") for t, c in SPANISH_CLAIMS] + [(t, c, "tr") for t, c in TURKISH_CLAIMS],
)
def test_each_paraphrased_claim_is_flagged_with_its_category(
    text: str, category: str, language: str
) -> None:
    assert category in categories(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [(t, "es") for t in SPANISH_HONEST] + [(t, "tr") for t in TURKISH_HONEST],
)
def test_each_honest_paraphrase_stays_unflagged(text: str, language: str) -> None:
    assert categories(text, language) == set()


# Session 14, a second round: sources named to inform (what the tissue is, cord blood banked, what
# a word means, the risks, ethics and missing evidence, what plant cells cannot do, sources
# refused, research and regulators reported). Before it the screener flagged 10 of 20 Spanish
# and 9 of 20 Turkish such sentences; none now, and every sale beside them is still caught.
SPANISH_SOURCE_HONEST = [
    "La sangre de cordón umbilical es la sangre que queda en el cordón tras el parto.",
    "La sangre del cordón se recoge en el parto y se congela para su conservación.",
    "Muchas familias guardan la sangre del cordón en bancos privados.",
    "La investigación con células madre embrionarias es éticamente polémica.",
    "Investigadores obtuvieron células madre de la pulpa dental.",
    "La placenta es el órgano que nutre al bebé durante el embarazo.",
    "En un trasplante alogénico las células proceden de otra persona, un donante.",
    "Las células de un donante pueden ser rechazadas por el sistema inmunitario del paciente.",
    "Las células madre vegetales de las cremas no actúan como células madre humanas.",
    "En nuestra clínica no usamos células de donantes, de cordón ni de animales.",
    "Encontrar un donante compatible de médula ósea puede ser difícil.",
    "Los trasplantes de sangre de cordón se usan en enfermedades de la sangre como la leucemia.",
    "El líquido amniótico rodea al bebé dentro del útero.",
    "Los tratamientos con células fetales están prohibidos en muchos países.",
    "Las inyecciones de células de origen animal pueden provocar reacciones alérgicas graves.",
    "La Cofepris advirtió sobre centros que aplican células de cordón sin autorización.",
    "Los investigadores estudian si las células de placenta sirven para tratar quemaduras.",
    "La mayoría de los productos de exosomas se obtienen de células de donantes cultivadas en laboratorio y ninguno está aprobado.",
    "Los expertos dicen que no hay pruebas científicas de que la placenta de oveja funcione.",
    "Los tratamientos con células de prepucio de recién nacidos han generado polémica.",
]

SPANISH_SOURCE_SALES = [
    "En nuestra clínica rejuvenecemos el rostro con células madre de cordón umbilical.",
    "Aplicamos células madre mesenquimales de donantes jóvenes.",
    "Nuestro tratamiento de placenta de oveja renueva su piel.",
    "Nuestro sérum con células madre vegetales de manzana suiza reduce las arrugas.",
    "Las células de donantes jóvenes son más potentes que las suyas.",
    "Rejuvenezca con nuestra terapia de células madre embrionarias.",
    "Ofrecemos terapia articular con células de gelatina de Wharton.",
    "Facial con exosomas de placenta.",
    "Usamos sangre de cordón umbilical conservada en nuestro laboratorio para sus tratamientos faciales.",
]

TURKISH_SOURCE_HONEST = [
    "Kordon kanı, doğumdan sonra göbek kordonunda kalan kandır.",
    "Kordon kanı bebeğin doğumu sırasında toplanır ve dondurularak saklanır.",
    "Aileler kordon kanını özel bankalarda ücret karşılığında saklatabiliyor.",
    "Embriyonik kök hücre araştırmaları etik açıdan tartışmalıdır.",
    "Bilim insanları diş pulpasından kök hücre elde etti.",
    "Plasenta, gebelikte bebeği besleyen organdır.",
    "Allojenik nakil, hücrelerin başka bir kişiden, yani bir donörden alındığı nakildir.",
    "Donör kök hücreleri hastanın bağışıklık sistemi tarafından reddedilebilir.",
    "Bitki kök hücresi içeren kremlerin insan cildinde kök hücre gibi davranmadığı biliniyor.",
    "Kliniğimizde donör, kordon ya da hayvan kaynaklı hücre kullanmıyoruz.",
    "Kemik iliği nakli için uygun donör bulmak zor olabilir.",
    "Kordon kanı nakilleri lösemi gibi kan hastalıklarında uygulanıyor.",
    "Amniyotik sıvı, bebeği anne karnında çevreleyen sıvıdır.",
    "Fetal hücre tedavileri ülkemizde yasaktır.",
    "Hayvan kaynaklı hücre enjeksiyonları ciddi alerjik reaksiyonlara yol açabilir.",
    "Sağlık Bakanlığı, izinsiz kordon kanı uygulamaları yapan merkezleri uyardı.",
    "Araştırmacılar, plasenta kaynaklı hücrelerin yanık tedavisinde kullanılıp kullanılamayacağını inceliyor.",
    "Eksozom ürünlerinin çoğu laboratuvarda çoğaltılan donör hücrelerinden elde ediliyor ve hiçbiri onaylı değil.",
    "Uzmanlar, koyun plasentası ürünlerinin etkisine dair bilimsel kanıt olmadığını söylüyor.",
    "Yenidoğan sünnet derisinden elde edilen hücrelerle yapılan uygulamalar tartışma yarattı.",
]

TURKISH_SOURCE_SALES = [
    "Kliniğimizde göbek kordonu kök hücreleri ile yüz gençleştirme yapıyoruz.",
    "Donör kaynaklı mezenkimal kök hücre enjeksiyonu uyguluyoruz.",
    "Koyun plasentası kök hücre kürümüz cildinizi yeniler.",
    "İsviçre elması bitki kök hücreli serumumuz kırışıklıkları azaltır.",
    "Genç donörlerden alınan hücreler sizin hücrelerinizden daha güçlüdür.",
    "Embriyonik kök hücre tedavimizle gençleşin.",
    "Wharton jölesi kaynaklı hücrelerle eklem tedavisi sunuyoruz.",
    "Plasenta eksozomları içeren cilt bakım uygulaması.",
]


@pytest.mark.parametrize(
    ("text", "language"),
    [(t, "es") for t in SPANISH_SOURCE_HONEST] + [(t, "tr") for t in TURKISH_SOURCE_HONEST],
)
def test_a_source_named_to_inform_is_not_flagged(text: str, language: str) -> None:
    assert categories(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [(t, "es") for t in SPANISH_SOURCE_SALES] + [(t, "tr") for t in TURKISH_SOURCE_SALES],
)
def test_a_source_sold_is_still_flagged(text: str, language: str) -> None:
    assert "unverified_source" in categories(text, language)


# Session 14, a third round: disease words in Turkish news, consent forms and doctors' advice
# (standard care, a caution, a study, a side effect). 4 of 20 were flagged before, none now; the
# claims beside them are still caught.
TURKISH_DISEASE_HONEST = [
    "Parkinson hastalarında kök hücre ile ilgili klinik deneyler sürüyor.",
    "Diyabet hastalarının ameliyat öncesinde kan şekerini kontrol altına alması gerekir.",
    "Kök hücre nakli, lösemi ve lenfoma gibi kan kanserlerinin tedavisinde yıllardır kullanılıyor.",
    "Hastanın daha önce geçirdiği hastalıklar muayenede sorgulanır.",
    "Aktif enfeksiyonu veya kanseri olan kişilere bu işlem yapılmaz.",
    "Uzmanlar, MS hastalarının kanıtlanmamış tedavilere yüksek ücret ödememesi konusunda uyarıyor.",
    "Diz kireçlenmesinde ilk basamak tedavi kilo verme, egzersiz ve ağrı kesicilerdir.",
    "Otizm için kök hücre tedavisinin etkinliği bilimsel olarak kanıtlanmamıştır.",
    "Akne tedavisinde dermatologlar genellikle kremler ve ilaçlar önerir.",
    "Bu çalışma, tedavinin Alzheimer hastalarında güvenli olup olmadığını araştırmak için yapıldı.",
    "Kök hücre turizmi nedeniyle enfeksiyon ve tümör gelişen hastalar bildirildi.",
    "Doktorlar, hastalığın seyrini yavaşlatan ilaçların düzenli kullanılmasını öneriyor.",
    "Tedavi sonrasında hastalar birkaç gün ağrı ve şişlik hissedebilir.",
    "Sedef hastalığı olan kişilerde işlem bölgesinde alevlenme görülebilir.",
    "Kronik hastalığı olanların işlem öncesinde doktoruna danışması gerekir.",
    "Bu yöntem bir hastalık tedavisi değil, estetik bir uygulamadır.",
    "Kalp yetmezliği hastalarında yapılan ilk çalışmaların sonuçları karışık.",
    "Gazetede yer alan habere göre hasta tedaviden sonra yürümeye başladığını söyledi.",
    "Vitiligo hastalarında hücre nakli yalnızca bazı merkezlerde deneysel olarak uygulanıyor.",
    "Omurilik yaralanmalarında kök hücre tedavisi henüz araştırma aşamasındadır.",
]

TURKISH_DISEASE_CLAIMS = [
    "Kök hücre tedavimiz diz kireçlenmesine bağlı ağrıyı ortadan kaldırır.",
    "Uzmanlarımız eklem ağrısı için kök hücre tedavisini öneriyor.",
    "İlaçlara yanıt vermeyen Parkinson hastalarını kök hücre ile tedavi ediyoruz.",
]


@pytest.mark.parametrize("text", TURKISH_DISEASE_HONEST)
def test_a_turkish_disease_named_without_a_cure_is_not_flagged(text: str) -> None:
    assert categories(text, "tr") == set()


@pytest.mark.parametrize("text", TURKISH_DISEASE_CLAIMS)
def test_a_turkish_cure_beside_them_is_still_flagged(text: str) -> None:
    assert "cure" in categories(text, "tr")
