"""Spanish and Turkish screening (issue 21): the same categories, each language's own rules and
context words. The sentences are written for the test, not taken from the corpora; the measured
ones are in checklist/engine/claims/data/real_es.tsv and real_tr.tsv."""

from __future__ import annotations

import pytest

from checklist.engine.claims import REASONS, explain, screen
from checklist.engine.claims.foreign import fold


def categories(text: str, language: str) -> set[str]:
    return {flag.category for flag in screen(text, language)}


SPANISH_CLAIMS = [
    ("Nuestro tratamiento está aprobado por la FDA.", "fda_misrepresentation"),
    ("Cumplimos con todas las normas de la FDA.", "fda_misrepresentation"),
    ("Tratamos la artritis y la psoriasis con células madre.", "cure"),
    ("Curamos el acné para siempre.", "cure"),
    ("Una terapia que revierte el envejecimiento.", "cure"),
    ("Es un procedimiento sin riesgos.", "no_risk"),
    ("No hay ningún riesgo de rechazo.", "no_risk"),
    ("Tratamiento 100% seguro y sin efectos secundarios.", "no_risk"),
    ("Resultados garantizados o le devolvemos su dinero.", "guaranteed"),
    ("Le garantizamos una piel más joven.", "guaranteed"),
    ("Los resultados son permanentes.", "permanent"),
    ("El volumen se queda para siempre.", "permanent"),
    ("Un efecto lifting inmediato.", "instant"),
    ("Verás resultados al instante.", "instant"),
    ("Apto para todo tipo de piel.", "universal"),
    ("Ideal para todas las edades.", "universal"),
    ("Usamos células madre de cordón umbilical.", "unverified_source"),
    ("Nuestras cremas contienen células madre vegetales de manzana.", "unverified_source"),
    ("Trabajamos con exosomas de placenta.", "unverified_source"),
    # session 12, from the fourth collection's dev rows, in our own words
    ("Nuestro tratamiento ralentiza el envejecimiento de la piel.", "cure"),
    ("Con este suero el envejecimiento se hace más lento.", "cure"),
    ("Dos sesiones bastan para la remisión completa de los síntomas.", "cure"),
    ("Beneficios: reducción de medicamentos para la artritis.", "cure"),
    ("Tratamos la condromalacia de rodilla con células madre.", "cure"),
    ("Al ser su propia grasa, no puede producir rechazo.", "no_risk"),
    ("El injerto carece de posibilidad de rechazo.", "no_risk"),
    ("Es un procedimiento seguro gracias a su origen autólogo.", "no_risk"),
    (
        "Nuestra clínica cuenta con licencia de la Cofepris para aplicar células madre.",
        "fda_misrepresentation",
    ),
    # accents are optional
    ("Curacion de la diabetes con celulas madre.", "cure"),
    ("RESULTADOS PERMANENTES.", "permanent"),
    # "sin" reaches only the words right after it
    ("Sin cirugía y con resultados permanentes.", "permanent"),
    ("Las células madre regeneran el cartílago de la rodilla y eliminan el dolor.", "cure"),
    ("Nuestro protocolo revierte los signos del envejecimiento desde dentro.", "cure"),
    ("Recupera la movilidad perdida tras un ictus.", "cure"),
    ("Ofrecemos terapia celular para el autismo y la parálisis cerebral.", "cure"),
    ("La grasa trasplantada queda de forma permanente.", "permanent"),
    ("Una solución definitiva: los resultados duran para siempre.", "permanent"),
    ("Nunca más tendrás que repetir el tratamiento.", "permanent"),
    ("Notarás la diferencia inmediatamente después de la sesión.", "instant"),
    ("Rejuvenecimiento instantáneo sin cirugía.", "instant"),
    ("El procedimiento no tiene ningún efecto secundario.", "no_risk"),
    ("Al utilizar tus propias células, el riesgo de rechazo es nulo.", "no_risk"),
    ("Tratamiento indicado para cualquier persona que quiera rejuvenecer.", "universal"),
    ("Apto para todo tipo de pacientes, sin importar la edad.", "universal"),
    ("Utilizamos células madre procedentes de placenta humana.", "unverified_source"),
    ("Nuestro suero contiene exosomas de origen vegetal.", "unverified_source"),
    ("Células madre de donantes jóvenes y sanos.", "unverified_source"),
    ("Te garantizamos resultados visibles.", "guaranteed"),
    ("Éxito garantizado en el 100% de los casos.", "guaranteed"),
    ("Tratamiento aprobado por la FDA para rejuvenecimiento facial.", "fda_misrepresentation"),
    ("Sin dolor, sin cirugía y sin riesgos.", "no_risk"),
    ("Un tratamiento totalmente seguro, sin efectos secundarios.", "no_risk"),
    ("Las células madre curan la artrosis de rodilla.", "cure"),
    ("Regeneramos el cartílago dañado sin cirugía.", "cure"),
    ("Olvídate de las arrugas para siempre.", "permanent"),
    ("Resultados duraderos de por vida.", "permanent"),
    ("Resultados visibles desde la primera sesión.", "instant"),
    ("Tratamiento apto para cualquier edad.", "universal"),
    ("Nuestros exosomas proceden de células madre de donantes seleccionados.", "unverified_source"),
    ("Trabajamos con células madre registradas ante la FDA.", "fda_misrepresentation"),
    ("El 98% de nuestros pacientes están satisfechos con el resultado.", "guaranteed"),
    ("Mejora los síntomas del Parkinson y del Alzheimer.", "cure"),
    ("Rejuvenece tu piel hasta 10 años en una sola sesión.", "cure"),
    ("Tratamiento con células madre para la diabetes tipo 2.", "cure"),
    ("Células madre de líquido amniótico.", "unverified_source"),
    ("Nuestro procedimiento es completamente seguro.", "no_risk"),
    ("No existe riesgo de rechazo porque usamos tus propias células.", "no_risk"),
    ("Es un tratamiento seguro y sin contraindicaciones.", "no_risk"),
    ("Resultados garantizados desde la primera sesión.", "guaranteed"),
    ("El efecto es inmediato y duradero.", "instant"),
    ("Un tratamiento definitivo contra la calvicie.", "cure"),
    ("Apto para hombres y mujeres de cualquier edad.", "universal"),
    # session 13, from the fifth collection's dev rows, in our own words
    ("Al usar tu propia grasa se elimina el riesgo de infecciones y rechazos.", "no_risk"),
    ("Como es tu propia sangre, el rechazo es imposible.", "no_risk"),
    ("Las complicaciones son prácticamente inexistentes.", "no_risk"),
    ("El efecto tensor es visible de forma inmediata.", "instant"),
    ("Una alternativa con resultados visibles desde la primera aplicación.", "instant"),
    ("Con nuestras células madre frenas el paso del tiempo.", "cure"),
    ("El plasma sirve para tratar diversas afecciones cutáneas.", "cure"),
    ("Terapia con células madre para afecciones ortopédicas.", "cure"),
    # session 14, from the merged fifth collection's dev rows, in our own words
    (
        "En Estados Unidos estos exosomas ya están aprobados para uso estético.",
        "fda_misrepresentation",
    ),
    ("Con su propia grasa usted evita alergias, infecciones y rechazo.", "no_risk"),
    # session 14, a paraphrase round written from CLAIMS.md (22 claims, 2 missed before)
    ("Después del tratamiento verá sin duda una piel más firme.", "guaranteed"),
    ("Al ser tejido propio, el riesgo de alergia e infección es cero.", "no_risk"),
    # session 14, from the sixth collection's dev rows, in our own words
    ("El tratamiento ayuda a reducir los niveles de glucosa en pacientes diabéticos.", "cure"),
    ("Es un procedimiento seguro, ya que se usa la propia grasa del paciente.", "no_risk"),
    ("El tratamiento es inocuo, porque utiliza los propios fluidos del paciente.", "no_risk"),
    ("Con nuestras células madre evite la cirugía de rodilla.", "cure"),
]

SPANISH_LOOK_ALIKES = [
    # session 12: fighting the signs of ageing is cosmetic; a standing committee; "most patients"
    "Una crema que combate los signos del envejecimiento.",
    "La Comisión Permanente de Salud estudiará la propuesta.",
    "Se ha visto que no genera rechazo en la mayoría de los pacientes.",
    "Suspensión de medicamentos anticoagulantes antes del procedimiento.",
    "Es segura porque usa la grasa del propio paciente, aunque puede haber hematomas y riesgo de infección.",
    "Los resultados no son permanentes.",
    "Ningún tratamiento puede garantizar un resultado.",
    "Cuidado con las clínicas que prometen resultados permanentes.",
    "Desconfíe de quien le ofrezca células de cordón umbilical.",
    "No usamos células de donantes.",
    "Parte del volumen puede durar años.",
    "El resultado final se ve a los tres meses.",
    "Todo tratamiento conlleva riesgos, como infección o hematomas.",
    "Garantizamos la privacidad de sus datos.",
    "La Cofepris advierte que estas terapias no están aprobadas.",
    "¿Es permanente el resultado?",
    "Usamos grasa del propio paciente.",
    "Mejora el aspecto de las cicatrices del acné.",
    "El melasma afecta a mujeres de todas las edades.",
    "Las clínicas deben garantizar la trazabilidad de las muestras.",
    # plain clinical, news and regulator sentences
    "El tratamiento con plasma rico en plaquetas estimula la producción de colágeno.",
    "Durante la consulta valoraremos tu historia clínica y tus expectativas.",
    "La grasa se obtiene mediante una liposucción suave del abdomen o los muslos.",
    "El procedimiento se realiza con anestesia local y dura unas dos horas.",
    "Los resultados se aprecian de forma progresiva a partir del primer mes.",
    "Como cualquier procedimiento médico, conlleva riesgos que le explicaremos.",
    "Nuestro equipo está formado por cirujanos plásticos certificados.",
    "Los exosomas mejoran la textura y luminosidad de la piel.",
    "El injerto de grasa permite corregir surcos y recuperar volumen facial.",
    "Después del tratamiento se recomienda evitar el sol durante una semana.",
    "Parte de la grasa injertada se reabsorbe durante los primeros meses.",
    "El tratamiento está contraindicado en embarazadas y pacientes con cáncer activo.",
    "Ofrecemos financiación sin intereses hasta 12 meses.",
    "Puede volver a su vida normal al día siguiente.",
    "Los resultados dependen de cada paciente.",
    "La terapia con células madre se utiliza en el tratamiento de enfermedades de la sangre como la leucemia.",
    "El trasplante de médula ósea es el único tratamiento con células madre aprobado para ciertas enfermedades.",
    "Los pacientes con diabetes deben consultar a su médico antes del procedimiento.",
    "El lipofilling consiste en trasladar grasa de una zona del cuerpo a otra.",
    "Tras la sesión puede aparecer enrojecimiento que desaparece en unas horas.",
    "La clínica fue clausurada por ofrecer tratamientos sin licencia sanitaria.",
    "Las células madre de cordón umbilical se usan en trasplantes hematológicos desde hace décadas.",
    "El paciente, de 45 años, sufría artrosis de rodilla desde hacía diez años.",
    "El precio del tratamiento varía entre 800 y 1.500 euros según la zona.",
    "Se recomiendan entre tres y cuatro sesiones separadas por un mes.",
    "El Ministerio de Sanidad recuerda que estos productos no pueden anunciarse como curativos.",
    "La grasa injertada se integra progresivamente durante los primeros meses.",
    "Los exosomas son pequeñas vesículas que las células liberan para comunicarse.",
    "Con la edad, la piel pierde colágeno y elasticidad.",
    "El médico evaluará si usted es candidato al tratamiento.",
    "Los efectos secundarios más frecuentes son hinchazón, hematomas y dolor leve.",
    "Según el estudio, el 60% de los pacientes mejoró a los seis meses.",
    "La medicina regenerativa busca reparar tejidos dañados mediante células del propio paciente.",
    "Los resultados suelen durar entre 12 y 18 meses.",
    "No prometemos resultados permanentes.",
    "La FDA no ha aprobado ningún tratamiento con células madre para uso estético.",
    "Los resultados varían de una persona a otra.",
    "Puede haber hinchazón y hematomas durante unos días.",
    "Ningún tratamiento está libre de riesgos.",
    "No todos los pacientes son candidatos.",
    "El tratamiento no es apto para todo el mundo.",
    "¿Los resultados son permanentes? No, la grasa se reabsorbe en parte.",
    "Un estudio con 40 pacientes mostró que el 70% mejoró.",
    "Las células madre se están investigando para tratar la artrosis.",
    "Antes del tratamiento valoramos tus enfermedades previas y la medicación.",
    "Se necesitan más ensayos clínicos para saber si curan alguna enfermedad.",
    "El maquillaje permanente no es un tratamiento con células madre.",
    "Utilizamos únicamente células autólogas, nunca de donantes.",
    # session 13: a risk only reduced, swelling seen at once, a treatment tried before, a cure
    # denied, a sale reported, a process guaranteed, time for recovery
    "El plasma reduce el riesgo de infección.",
    "La hinchazón es visible de forma inmediata y desaparece en días.",
    "Se han explorado diversos tratamientos para la alopecia con poca eficacia.",
    "El PRP alivia el dolor de la artrosis de rodilla, pero no la llega a curar.",
    "Quien los ofrece asegura que no hay riesgo, sin pruebas que sostengan su afirmación.",
    "La técnica garantiza la máxima absorción del producto.",
    "Reserve una semana para el tiempo de recuperación.",
    "Los riesgos son bajos, pero no son nulos.",
    # session 14: nothing approved in the US, cord blood approved for blood disorders, a purpose,
    # rejection by the immune system, healing's paths
    "En Estados Unidos ningún producto de exosomas está aprobado para uso estético.",
    "En Estados Unidos solo están aprobados los productos de sangre de cordón para trastornos de la sangre.",
    "Trabajamos en sala estéril para evitar infecciones y rechazo.",
    "El rechazo por el sistema inmunitario es una razón para usar tejido del propio paciente.",
    "Cada paciente tiene sus propias vías de curación.",
    "El riesgo de infección no es cero.",
    "Con toda seguridad verá a su médico antes de la cirugía.",
    # session 14: sugar lowered before an operation, a firm's website reported, clinics that
    # advertise it, a study described, an aim, a potential
    "Es importante bajar los niveles de azúcar antes de la cirugía.",
    "La empresa afirma en su página web que trata el autismo.",
    "Muchas clínicas que ofrecen células madre para el autismo operan sin aprobación.",
    "El estudio evaluó la seguridad de la terapia celular en pacientes con diabetes.",
    "El instituto cultiva células con el propósito de tratar la diabetes en el futuro.",
    "Las células tienen el potencial de ayudar a tratar la artrosis.",
    # session 14, second as-they-come collection: healing's phases, experts reported, cord
    # cells banked, a future prospect
    "El cuero cabelludo pasa primero por varias fases de curación.",
    "De acuerdo con los expertos, solo algunas técnicas tienen respaldo científico para tratar la alopecia.",
    "Conservar las células madre del cordón umbilical puede servir en el futuro.",
    "Quizá en un futuro las células madre ayuden a tratar la diabetes.",
    "Para evitar la cirugía, primero se prueba la fisioterapia.",
]

TURKISH_CLAIMS = [
    ("Tedavimiz FDA onaylıdır.", "fda_misrepresentation"),
    ("Kök hücre ile diyabet tedavi edilir.", "cure"),
    ("Eklem ağrılarını kalıcı olarak iyileştiriyoruz.", "cure"),
    ("Yaşlanmayı durduran tedavi.", "cure"),
    ("Hiçbir yan etkisi yoktur.", "no_risk"),
    ("Tamamen güvenli ve risksiz bir işlem.", "no_risk"),
    ("Sonuç garantili.", "guaranteed"),
    ("%100 başarı sağlıyoruz.", "guaranteed"),
    ("Sonuçlar kalıcıdır.", "permanent"),
    ("Etkisi ömür boyu sürer.", "permanent"),
    ("Sonuçlar hemen görülür.", "instant"),
    ("Sonucu görmek için beklemenize gerek yok.", "instant"),
    ("Her yaşta ve her cilt tipine uygundur.", "universal"),
    ("Herkes için uygun bir tedavi.", "universal"),
    ("Kordon kanından elde edilen kök hücreler kullanıyoruz.", "unverified_source"),
    ("Plasenta kaynaklı eksozomlar.", "unverified_source"),
    # dotted and dotless i, capitals and plain ASCII spellings alike
    ("SONUÇLAR KALICIDIR.", "permanent"),
    ("İŞLEM RİSKSİZDİR.", "no_risk"),
    ("Sonuclar kalicidir.", "permanent"),
    # "uyarır" here stimulates, it does not warn
    ("Kollajen üretimini uyarır ve sonuçlar kalıcıdır.", "permanent"),
    # a stem's final k softens to ğ before a vowel: "hastalık", "hastalığını"
    ("Kök hücre tedavisi MS hastalığını tamamen iyileştirir.", "cure"),
    ("Otizm tedavisinde kök hücre ile başarılı sonuçlar alıyoruz.", "cure"),
    ("Kıkırdak dokusunu yeniden oluşturarak diz ağrısını ortadan kaldırır.", "cure"),
    ("Hücresel yaşlanmayı tersine çeviren tedavi.", "cure"),
    ("Yağ transferinin sonuçları kalıcıdır.", "permanent"),
    ("Bir kez yaptırın, ömür boyu etkisini görün.", "permanent"),
    ("Etkisi anında görülür.", "instant"),
    ("İşlemden hemen sonra cildinizdeki farkı göreceksiniz.", "instant"),
    ("Kendi kanınızdan elde edildiği için alerji riski yoktur.", "no_risk"),
    ("Hiçbir komplikasyon görülmez.", "no_risk"),
    ("Yüzde yüz güvenli bir yöntemdir.", "no_risk"),
    ("Her cilt tipine uygulanabilir.", "universal"),
    ("Yaş ve cinsiyet fark etmeksizin herkese uygulanabilir.", "universal"),
    ("Plasenta kaynaklı kök hücre serumu.", "unverified_source"),
    ("Donör eksozomları ile cilt yenileme.", "unverified_source"),
    ("Bitkisel kök hücre içeren krem.", "unverified_source"),
    ("Sonuç garantisi veriyoruz.", "guaranteed"),
    ("FDA onaylı eksozom tedavisi.", "fda_misrepresentation"),
    ("Tüp bebek tedavisinde başarı oranımız yüzde 80.", "guaranteed"),
    ("Ameliyatsız, ağrısız ve risksiz.", "no_risk"),
    ("Yan etkisi bulunmamaktadır.", "no_risk"),
    ("Tek seansta kalıcı sonuç.", "permanent"),
    ("İşlem sonrası hemen sonuç alınır.", "instant"),
    ("Her yaştan kadın ve erkeğe uygulanabilir.", "universal"),
    ("Kordon kanı kök hücreleri ile tedavi.", "unverified_source"),
    # session 12, from the fourth collection's dev rows, in our own words
    ("Kliniğimizin başarı oranı bu tedavide yüzde 98.", "guaranteed"),
    ("Kök hücre tedavisi sayesinde hasta yeniden yürümeye başladı.", "cure"),
    ("İyileşmeyen yaraları kök hücre ile tedavi ediyoruz.", "cure"),
    ("Kendi yağınız olduğu için alerjik reaksiyona yol açmaz.", "no_risk"),
    ("Bu dolgunun hiçbir yan etkisi tespit edilmemiştir.", "no_risk"),
    ("Cilt bakımı yaptırmak isteyen herkes yaptırabilir.", "universal"),
    ("Yılların izlerini geri döndüren bir uygulama.", "cure"),
    ("Yüzde 95 başarı oranı.", "guaranteed"),
    ("Kök hücre ile Parkinson ve Alzheimer tedavisi.", "cure"),
    ("Diz kireçlenmesi kök hücre ile tedavi ediliyor.", "cure"),
    ("Saç dökülmesine kesin çözüm.", "cure"),
    ("PRP saç dökülmesini tedavi eder.", "cure"),
    ("Kök hücre tedavisi ile yaşlanmayı durdurun.", "cure"),
    ("Tamamen doğal ve güvenli, hiçbir yan etkisi yoktur.", "no_risk"),
    ("Vücut tarafından reddedilme riski yoktur.", "no_risk"),
    ("Sonuçlar ilk seanstan itibaren görülür.", "instant"),
    ("Bu tedavi herkese uygundur.", "universal"),
    ("Donör kaynaklı kök hücreler kullanılmaktadır.", "unverified_source"),
    ("FDA onaylı kök hücre tedavisi.", "fda_misrepresentation"),
    ("Sonuçlar kalıcı olup tekrar gerektirmez.", "permanent"),
    ("Diyabet hastalarında insülin ihtiyacını ortadan kaldırır.", "cure"),
    ("Eklem ağrılarına son!", "cure"),
    # session 13, from the fifth collection's dev rows, in our own words
    ("Kök hücre ile ALS tedavisi yapılmaktadır.", "cure"),
    ("Azospermi tedavisinde kök hücre kullanılıyor.", "cure"),
    ("Zamanın izlerini tersine çeviren bir uygulama.", "cure"),
    ("Bu serum cildin yaşlanmasına engel olur.", "cure"),
    ("Kendi kanınız olduğu için hiçbir risk taşımıyor.", "no_risk"),
    ("Alerji riski bulunmuyor.", "no_risk"),
    ("Yan etki görülmesi söz konusu olamaz.", "no_risk"),
    # session 14, from the merged collections' dev rows, in our own words
    ("Kök hücre tedavisi sonunda hasta iyileşip yürümeye başladı.", "cure"),
    ("Kök hücreler tüm vücudumuzun tedavisini yapabilir.", "cure"),
    ("Diz tedavimiz size ağrısız bir hayat sunar.", "cure"),
    ("Düzelen izlerde zamanla artış görülmez.", "permanent"),
    ("Uzman, her yaşta uygulamanın mümkün olduğuna dikkat çekti.", "universal"),
    # session 14, a paraphrase round written from CLAIMS.md (22 claims, 2 missed before)
    ("Uygulamadan sonra cildinizin sıkılaştığını mutlaka göreceksiniz.", "guaranteed"),
    ("Laboratuvarımız FDA standartlarına uygun çalışır.", "fda_misrepresentation"),
    # session 14, from the sixth collection's dev rows, in our own words
    ("Kök hücre diyabeti kökünden yok ediyor.", "cure"),
    ("Kök hücre tedavimiz görme kaybı yaşayan hastaları sağlıklarına kavuşturuyor.", "cure"),
    ("Görme sorunu kök hücre tedavisiyle hafifletilir.", "cure"),
]

TURKISH_LOOK_ALIKES = [
    # session 13: a tumour named as a risk, no treatment said to exist, FDA-approved filler with its
    # side effects named, who it does not suit named, a trend in the news, the signs of ageing
    "Nakledilen hücreler kontrolsüz çoğalıp tümör oluşumuna dönüşebilir.",
    "Akne izini tamamen silen bir tedavi yöntemi yoktur.",
    "Hyalüronik asit dolgu FDA onaylıdır; kızarıklık ve şişlik gibi yan etkiler dışında sistemik "
    "yan etkisi yoktur.",
    "Yaş sınırı bulunmaz ancak hamilelerde ve kanser tedavisi görenlerde sakıncalıdır.",
    "Eksozom tedavisi Türkiye'de yaygınlaşıyor.",
    "Bu krem yaşlanma belirtilerinin görünümünü azaltır.",
    # session 12: a cited figure, FDA-approved drugs, a warning, a requirement for each patient,
    # an aim, a majority, a prospect for the future, hair loss reduced
    "Avrupa verilerine göre bu nakillerde başarı oranı yüzde 85 civarındadır.",
    "Minoksidil gibi FDA onaylı ilaçların etkisi sınırlıdır.",
    "Doktor, yanlış müdahalelerin sorunu kalıcı hale getirebileceği konusunda uyarıda bulundu.",
    "Bakanlık her hasta için ayrı izin alınmasını şart koşmuştur.",
    "Tedavi kalıcı bir onarım hedefler.",
    "Aktarılan yağın büyük çoğunluğu kalıcıdır, ancak bir kısmı erir.",
    "İlerleyen yıllarda birçok hastalığın tedavi şansı olabileceği belirtildi.",
    "PRP saç dökülmesini azaltır.",
    "Saç dökülmesi tedavisinde PRP kullanıyoruz.",
    "Sonuçlar kalıcı değildir.",
    "Bu işlem kalıcı olmaz.",
    "Yağın ne kadarının kalıcı olacağı kişiye göre değişir.",
    "Enfeksiyon ve morarma gibi yan etkiler görülebilir.",
    "Kordon kanı kullanan kliniklere karşı dikkatli olun.",
    "Kök hücrenin her hastalığı tedavi ettiği iddiası doğru değildir.",
    "Tam sonuç birkaç ay içinde ortaya çıkar.",
    "Hastanın kendi yağı kullanılır.",
    "Kalıcı makyaj hizmetimiz yoktur.",
    "Ağrısız ve ameliyatsız bir tedavi yöntemidir.",
    "Bu hastalık her yaşta görülebilir.",
    "Cihazlarımız iki yıl garantilidir.",
    # plain clinical, news and regulator sentences
    "PRP tedavisi kolajen üretimini uyarır.",
    "Muayene sırasında sağlık geçmişiniz ve beklentileriniz değerlendirilir.",
    "Yağ, karın veya uyluk bölgesinden hafif bir liposuction ile alınır.",
    "İşlem lokal anestezi altında yaklaşık iki saat sürer.",
    "Sonuçlar ilk aydan itibaren kademeli olarak ortaya çıkar.",
    "Her tıbbi işlem gibi bu işlemin de riskleri vardır.",
    "Ekibimiz uzman plastik cerrahlardan oluşmaktadır.",
    "Eksozomlar cildin dokusunu ve parlaklığını iyileştirir.",
    "Yağ enjeksiyonu ile yüzdeki çökmeler düzeltilir ve hacim kazandırılır.",
    "İşlem sonrası bir hafta güneşten korunmanız önerilir.",
    "Enjekte edilen yağın bir kısmı ilk aylarda emilir.",
    "Hamilelerde ve aktif kanser hastalarında uygulanmaz.",
    "12 aya varan taksit imkanı sunuyoruz.",
    "Ertesi gün normal hayatınıza dönebilirsiniz.",
    "Sonuçlar kişiden kişiye değişir.",
    "Kök hücre tedavisinden sonra hastanın yaşam kalitesi hakkında bilgi verildi.",
    "Kök hücre nakli lösemi gibi kan hastalıklarının tedavisinde onaylı bir yöntemdir.",
    "Diyabet hastaları işlemden önce doktorlarına danışmalıdır.",
    "Yağ enjeksiyonu, vücudun bir bölgesinden alınan yağın başka bir bölgeye aktarılmasıdır.",
    "İşlem sonrası birkaç saat kızarıklık olabilir.",
    "Klinik, ruhsatsız kök hücre uygulaması yaptığı gerekçesiyle mühürlendi.",
    "Kordon kanı, lösemi gibi hastalıklarda nakil amacıyla kullanılmaktadır.",
    "45 yaşındaki hasta on yıldır diz kireçlenmesi nedeniyle ağrı çekiyordu.",
    "Tedavi fiyatları bölgeye göre değişmektedir.",
    "Bir ay arayla üç ile dört seans önerilir.",
    "Sağlık Bakanlığı, bu ürünlerin tedavi edici olarak tanıtılamayacağını hatırlattı.",
    "Enjekte edilen yağ ilk aylarda yavaş yavaş dokuya entegre olur.",
    "Eksozomlar, hücrelerin iletişim için salgıladığı küçük keseciklerdir.",
    "Yaşla birlikte cilt kolajen ve elastikiyet kaybeder.",
    "Doktorunuz bu tedaviye uygun olup olmadığınızı değerlendirecektir.",
    "En sık görülen yan etkiler şişlik, morarma ve hafif ağrıdır.",
    "Çalışmaya göre hastaların yüzde 60'ı altı ay sonra iyileşme gösterdi.",
    "Rejeneratif tıp, hastanın kendi hücreleriyle hasarlı dokuları onarmayı amaçlar.",
    "Kalıcı dolgular ciddi komplikasyonlara yol açabilir.",
    "Herkesin bildiği gibi cilt yaşla incelir.",
    "Tedavi sonrası hafif bir rahatsızlık hissi olabilir.",
    "Her hasta bu tedaviye uygun değildir.",
    "Sonuçlar kişiden kişiye farklılık gösterebilir.",
    "Hiçbir tedavi risksiz değildir.",
    "Bu tedavi herkese uygun değildir.",
    "Sağlık Bakanlığı izinsiz kök hücre uygulamalarını yasakladı.",
    "Kök hücre tedavisinin kalıcı olduğuna dair bilimsel kanıt yoktur.",
    "İşlem öncesinde kronik hastalıklarınızı doktorunuza bildirin.",
    "Kök hücrelerin diyabet tedavisinde kullanımı henüz araştırma aşamasındadır.",
    "Donör hücreleri kullanmıyoruz.",
    "Şişlik ve morarma birkaç gün sürebilir.",
    "Enjekte edilen yağın bir kısmı vücut tarafından emilir.",
    "Uygulama sonrası hemen işe dönebilirsiniz.",
    "Kliniğimizde yalnızca hastanın kendi hücreleri kullanılır.",
    # the negation is a suffix of the matched verb itself
    "Bu yöntem yaşlanmayı durdurmaz.",
    "Yaşlanmayı geri döndürmüyor, ancak cildi canlandırır.",
    "Kök hücre uygulaması FDA tarafından onaylanmadı.",
    "Biyolojik yaşı geri çevirmez.",
    # session 14: a disease with no cure yet, a disease the product is not used for, a joint
    # injection route, evidence said to be lacking, research only, a painless procedure
    "Alzheimer, kesin tedavisi bulunmayan bir beyin hastalığıdır.",
    "Genetik hastalığı olan kişide kendi kordon kanı bu hastalığın tedavisi için kullanılmaz.",
    "Fizik tedavi ve eklem içi enjeksiyonlar sonrasında diz protezi gündeme gelir.",
    "Uzman, somon DNA'sının ciltteki etkisine dair güçlü veri olmadığını belirtiyor.",
    "Allojenik hücre uygulamaları yalnızca klinik araştırma kapsamında yapılabilir.",
    "İşlem lokal anestezi ile ağrısız bir şekilde yapılır.",
    # session 14, a paraphrase round of 25 honest sentences (4 flagged before): lasting that
    # needs upkeep, a filler that is not permanent, acne scars improved, evidence lacking
    "Sonuçların kalıcı olması için yılda bir bakım seansı önerilir.",
    "Kalıcı olmayan dolgulara göre daha uzun süre etkilidir.",
    "Akne izlerinde belirgin bir iyileşme sağlayabilir, ancak izleri tamamen silmez.",
    "Plasenta kaynaklı ürünlerin güvenliği konusunda yeterli çalışma yoktur.",
    "Doktorunuz mutlaka görecektir ki cildiniz hassas.",
    # session 14: a cure denied by its own suffix, an aim ("hedefliyor"), a sure cure said not
    # to exist yet
    "Bu tedavi hastalığı yok etmez.",
    "Araştırmacılar hastalara kalıcı bir çözüm sunmayı hedefliyor.",
    "Diz kireçlenmesine kesin çözüm sunan bir tedavi günümüzde mevcut değildir.",
    # session 14, second as-they-come collection: a disease with no effective treatment yet
    "Vitiligo, etkili bir tedavisinin bulunmaması nedeniyle zorluklar yaratan bir hastalıktır.",
]


@pytest.mark.parametrize(("text", "category"), SPANISH_CLAIMS)
def test_spanish_claims_are_flagged(text: str, category: str) -> None:
    assert category in categories(text, "es"), explain(text, "es")


@pytest.mark.parametrize("text", SPANISH_LOOK_ALIKES)
def test_spanish_look_alikes_stay_unflagged(text: str) -> None:
    assert screen(text, "es") == (), explain(text, "es")


@pytest.mark.parametrize(("text", "category"), TURKISH_CLAIMS)
def test_turkish_claims_are_flagged(text: str, category: str) -> None:
    assert category in categories(text, "tr"), explain(text, "tr")


@pytest.mark.parametrize("text", TURKISH_LOOK_ALIKES)
def test_turkish_look_alikes_stay_unflagged(text: str) -> None:
    assert screen(text, "tr") == (), explain(text, "tr")


def test_a_flag_keeps_the_exact_span_and_the_english_reason() -> None:
    text = "Ahora, RESULTADOS PERMANENTES en una sesión."
    (flag,) = screen(text, "es")
    assert flag.category == "permanent"
    assert text[flag.start : flag.end] == flag.match == "PERMANENTES"
    assert flag.reason == REASONS["permanent"]


def test_folding_keeps_every_offset() -> None:
    for sample in ("İSTANBUL ışık Iğdır", "Curación ÁÉÍÓÚ ñ ü", "ǅ ﬁ Straße", "“kalıcı”"):
        assert len(fold(sample)) == len(sample)
    assert fold("KALICI İşlem ışık") == "kalici islem isik"
    assert fold("Curación") == "curacion"


def test_explain_names_why_a_phrase_was_dropped() -> None:
    (decision,) = explain("Los resultados no son permanentes.", "es")
    assert not decision.kept and decision.why == "negated before it"
    (decision,) = explain("Sonuçlar kalıcı değildir.", "tr")
    assert not decision.kept and decision.why == "denied after it"


def test_a_turkish_verb_negated_by_its_own_suffix_denies_the_claim() -> None:
    (decision,) = explain("Bu yöntem yaşlanmayı durdurmaz.", "tr")
    assert not decision.kept and decision.why == "denied in its own ending"
    # the same verb, affirmed, is the claim; a limit denied is a claim too ("yaş sınırı yoktur")
    assert categories("Bu yöntem yaşlanmayı durdurur.", "tr") == {"cure"}
    assert categories("Yaş sınırı bulunmaz.", "tr") == {"universal"}
    # a word that only looks negated ("biyomedikal", "uygulamadır") is not a denial
    assert categories("Kök hücre ile diyabet tedavisi bir uygulamadır.", "tr") == {"cure"}


def test_no_rule_can_match_an_empty_string() -> None:
    from checklist.engine.claims import rules_es, rules_tr

    for language in (rules_es.LANGUAGE, rules_tr.LANGUAGE):
        for number, rule in enumerate(language.rules):
            assert rule.pattern.fullmatch("") is None, (language.code, number)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        screen("Résultats permanents.", "fr")
    with pytest.raises(ValueError):
        explain("Résultats permanents.", "fr")


def test_english_is_the_default() -> None:
    text = "Permanent results, guaranteed."
    assert screen(text) == screen(text, "en") != ()
    assert explain(text) == explain(text, "en")


def test_each_language_has_its_own_version_and_english_keeps_its_own() -> None:
    from checklist.engine.claims import SCREENER_VERSION, SCREENER_VERSIONS

    assert SCREENER_VERSIONS["en"] == SCREENER_VERSION
    assert len({SCREENER_VERSIONS[x] for x in ("en", "es", "tr")}) == 3
