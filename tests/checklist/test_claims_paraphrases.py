"""The same claims in other words. Rules written on one set of clinic pages catch about half of
another set's red flags (docs/claims.md): they learn the sentences, not the claim. These
paraphrases were written here, from the categories and special cases of
../shared/data/CLAIMS.md, without looking at any corpus row, to ask whether a rule reaches the
claim's grammar (a share of patients pleased, certainty about the concern itself, "right after
the session") rather than one clinic's wording. Beside each claim stand honest sentences that
share its words, so that reaching further is not paid for with false flags."""

from __future__ import annotations

import pytest

from checklist.engine.claims import screen

CLAIMS = [
    # guaranteed: an outcome promised, or the clinic's own figures offered as your odds
    ("guaranteed", "Our patients always see dramatic improvement."),
    ("guaranteed", "98% of our clients are delighted with their new skin."),
    ("guaranteed", "You can count on smoother, firmer skin."),
    ("guaranteed", "This treatment never fails to deliver."),
    ("guaranteed", "Your acne scars will disappear."),
    ("guaranteed", "Every patient leaves with radiant, youthful skin."),
    ("guaranteed", "You will look ten years younger after just one session."),
    ("guaranteed", "We have a 95 percent success rate with this treatment."),
    # instant: the final result the same day
    ("instant", "Results are visible right after the session."),
    ("instant", "Your new skin is revealed after a single visit, no waiting."),
    ("instant", "Results from day one."),
    ("instant", "Enjoy your final result within 24 hours."),
    # fda_misrepresentation: a device clearance stretched to the cells
    ("fda_misrepresentation", "Our device is FDA cleared for stem cell therapy."),
    ("fda_misrepresentation", "We follow every FDA rule."),
    # permanent and no_risk, in words the rules were not written from
    ("permanent", "One treatment is all you will ever need."),
    ("permanent", "The effect does not wear off."),
    ("no_risk", "Nothing can go wrong."),
    ("no_risk", "Using your own cells means there is no risk."),
    ("instant", "Leave the clinic with visibly tighter skin."),
    ("instant", "A fresher face in under an hour."),
    ("no_risk", "There is no way this can harm you."),
    ("no_risk", "Side effects? None."),
    ("universal", "Suits every face."),
    ("universal", "No one is too old for stem cell rejuvenation."),
    ("cure", "Our regenerative medicine clinic treats autism and cerebral palsy."),
    ("cure", "Regenerative medicine can heal your arthritis without surgery."),
    ("guaranteed", "If you're not happy, we'll treat you again for free."),
    ("guaranteed", "Nine out of ten of our patients would recommend us to a friend."),
    ("guaranteed", "Every single patient has seen improvement."),
    ("guaranteed", "There's no question you'll see a difference."),
    ("guaranteed", "We promise dramatic results."),
    ("fda_misrepresentation", "Our cells are processed under FDA guidelines."),
    ("no_risk", "Because the cells are your own, there is nothing to react to."),
    ("no_risk", "It has no downsides at all."),
    # unverified_source: a donor, birth-tissue or animal source sold, whatever the sentence's form
    ("unverified_source", "Our umbilical cord stem cells are screened for infectious diseases."),
    (
        "unverified_source",
        "Placental stem cells are a rich source of growth factors for anti-aging.",
    ),
    ("unverified_source", "Patients receive an IV infusion of cord-derived stem cells."),
    ("unverified_source", "Wharton's jelly is rich in stem cells that rejuvenate ageing skin."),
    (
        "unverified_source",
        "Allogeneic stem cells from screened donors mean no painful fat harvest.",
    ),
    # session 13: a condition waved goodbye with a word before it
    ("cure", "Say goodbye to knee arthritis with one injection."),
    # session 13, from the sixth collection's dev rows, in our own words
    ("no_risk", "Our method carries no hazards whatsoever."),
    ("no_risk", "Your body accepts the cells without causing any inflammation."),
    (
        "no_risk",
        "Since it is your own plasma, it removes the risk of rejection that comes with fillers.",
    ),
    ("guaranteed", "In a few weeks you will begin to see visible improvements."),
    ("guaranteed", "The patient will see the full, lifting effects within a month."),
    ("cure", "This facial reverses common ageing signs on the neck and hands."),
    ("fda_misrepresentation", "It doesn't need FDA approval since it comes from your own body."),
    ("universal", "Any skin, anywhere on the body."),
    # session 14: sources sold in other words, beside the honest ones below
    (
        "unverified_source",
        "Our exosomes are derived from donated umbilical cord tissue screened to the highest standards.",
    ),
    ("unverified_source", "We use ethically sourced placental stem cells for facial rejuvenation."),
    (
        "unverified_source",
        "Unlike embryonic cells, our amniotic stem cells raise no ethical concerns.",
    ),
    (
        "unverified_source",
        "Our cord-derived cells can be injected the same day with no harvesting needed.",
    ),
    ("unverified_source", "Plant stem cells from Swiss apples protect your skin's own stem cells."),
    ("unverified_source", "Our sheep placenta injections restore youthful skin."),
    ("unverified_source", "Donor mesenchymal cells are more potent than your own aged cells."),
    ("unverified_source", "We offer Wharton's jelly injections for facial volume."),
    ("unverified_source", "Young donor stem cells can be infused in a single visit."),
    ("unverified_source", "Our proprietary stem cell blend is made in our own lab."),
    ("unverified_source", "Our xenogeneic cell therapy uses cells from specially bred sheep."),
    (
        "unverified_source",
        "Allogeneic cells from young donors work better than your own, which is why we use them.",
    ),
    # session 14: cures in other words, beside the honest ones below (one left missed: diseases
    # of "patients with" them "treated successfully at our centre")
    ("cure", "Our stem cell therapy reverses ageing at the cellular level."),
    ("cure", "We treat rosacea and eczema with exosome facials."),
    ("cure", "Say goodbye to acne for good with our regenerative treatment."),
    ("cure", "Stem cells repair damaged cartilage so you can walk without knee pain."),
    (
        "cure",
        "Unlike creams that only mask wrinkles, our cells turn back your skin's biological clock.",
    ),
    ("cure", "Stem cells heal the root cause of hair loss, not with drugs but naturally."),
    ("cure", "There is plenty of evidence that our stem cells cure psoriasis."),
    # session 14, from the seventh collection's dev rows, in our own words
    ("cure", "This facial can reverse many visible signs of aging."),
    ("cure", "Our cord blood stem cells treat autism."),
    ("unverified_source", "Our cord blood stem cells treat autism."),
    # session 14, from the eighth collection's dev rows, in our own words: a disease group or
    # damaged tissue named as the thing treated
    ("cure", "Besides treating dermatological diseases, our cells also fight wrinkles."),
    ("cure", "Damaged joints can be repaired with our cells."),
    ("cure", "Our injections rebuild worn cartilage."),
    # session 15: cord sources sold still caught beside cord blood banked for the family
    ("unverified_source", "Our facial uses stem cells from donated umbilical cord tissue."),
    # ... and blood-forming cells listed among the donor cells a clinic uses, with no blood
    # disease or transplant named, are sold, not their established use
    ("unverified_source", "We treat patients with allogeneic hematopoietic and mesenchymal cells."),
]

HONEST = [
    "Results vary from person to person and are not guaranteed.",
    "In a 2019 study of 40 patients, 60% reported improvement at six months.",
    "We guarantee your privacy.",
    "You will need to avoid the sun for two weeks.",
    "You will see some redness, which fades within days.",
    "Swelling is visible right after the treatment.",
    "You can drive home right after the procedure.",
    "Bruising may be noticeable from the first day.",
    "We follow you up from day one.",
    "Results are visible after three to six months as new collagen forms.",
    "The device is FDA-cleared only for fat transfer, not for stem cell therapy.",
    "Not all devices are cleared for stem cell therapy.",
    "FDA registration is not the same as approval.",
    "Using your own cells lowers the risk of an allergic reaction, but infection and other "
    "complications can still occur.",
    "We cannot promise a permanent result.",
    "Most people can go back to work the next day.",
    "You may look swollen for a week.",
    "Not everyone is a candidate; smokers and people with some conditions are not.",
    "We treat men and women aged 30 to 65 after a medical assessment.",
    # the same sources named to inform: an established blood use, a regulator's or a court's
    # action, harm on record, what the tissue is, other firms that sell it
    "Umbilical cord blood transplants are an established treatment for some blood cancers.",
    "The FDA has warned consumers about products made from umbilical cord blood and amniotic "
    "fluid.",
    "In 2019, the company recalled its cord blood products after patients developed infections.",
    "Wharton's jelly is the gel-like tissue inside the umbilical cord.",
    "Allogeneic cells come from another person; autologous cells come from you.",
    "Cord blood banking lets parents store their baby's blood for possible future use.",
    "Products made from amniotic tissue are regulated as drugs when marketed for disease.",
    "Some clinics sell products derived from donor placenta; ask where your cells come from.",
    "Stem cell treatments for diabetes remain experimental.",
    # cure's words used of an established blood use, of the field, of mixed results
    "Hematopoietic stem cells from bone marrow are used to treat leukemia and lymphoma.",
    "Bone marrow transplants can cure some blood cancers.",
    "Regenerative medicine is a field that seeks to repair or replace damaged tissue.",
    "Results for hair loss have been mixed.",
    "If you're not happy with your consultation, there is no charge.",
    "Nine out of ten of our patients are women over forty.",
    "Every patient has had a medical assessment before treatment.",
    "There is no doubt that you will need more than one session.",
    "We cannot promise results.",
    "We promise to answer every question honestly.",
    "Under FDA rules, these products are drugs that need approval.",
    "There are downsides: swelling, bruising and the cost.",
    # session 13: harm on record and a condition that rules a patient out name a disease
    "A woman went blind after stem cell injections for macular degeneration at an unlicensed "
    "clinic.",
    "People with active skin infections, eczema flares or open wounds must wait until healed.",
    "The treatment is not suitable for patients with active cancer or uncontrolled diabetes.",
    # session 13: another treatment's risk, a regulator reporting a promise, a process, an approval
    # that is needed
    "Bruising can happen with other treatments, and it can happen with ours too.",
    "Clinics inject sheep placenta cells with the assurance that this will rejuvenate the patient.",
    "You will see your nurse again at the two-week review.",
    "Stem cell products need FDA approval because they are drugs, even if they come from your "
    "own body.",
    "Avoid applying any skin products for a day.",
    # session 14: a source named to inform (where such cells come from, what a word means, the
    # risks, ethics or missing evidence, what the cells cannot do, donor eggs, cord-blood banks
    # for leukaemia): 10 of 20 were flagged before, 1 still is (left out: an amniotic membrane
    # "used for decades as a wound dressing")
    "Mesenchymal stem cells can be isolated from bone marrow, fat, umbilical cord tissue and dental pulp.",
    "Allogeneic means the cells come from another person, a donor.",
    "Hair follicles are taken from the donor area at the back of the scalp.",
    "The surgeon harvests grafts from the donor site and implants them where hair is thinning.",
    "Plant stem cells in creams cannot turn into human skin cells.",
    "In a 2021 trial, umbilical cord cells were given to patients with knee osteoarthritis, with mixed results.",
    "Researchers are studying whether placental cells could help heal burns.",
    "Cord blood banking stores a baby's blood for possible future transplants for leukaemia.",
    "Most exosome products on the market are made from donor cells grown in a lab, and none is FDA approved.",
    "Ask the clinic whether the cells are yours or from a donor.",
    "Embryonic stem cell research remains ethically controversial.",
    "The FDA has warned about unapproved products made from umbilical cord blood.",
    "Unlike donor tissue, your own fat carries no risk of transmitting disease from someone else, although infection and lumps can still occur.",
    "Apple stem cell extract is a plant ingredient; there is little evidence it affects human skin.",
    "Donor eggs are used in some fertility treatments.",
    "Sheep placenta extracts are sold as supplements in some countries, with no proven benefit.",
    "Our clinic uses only your own cells, never donor, cord or animal material.",
    "Xenogeneic cells come from animals and can trigger strong immune reactions.",
    "Salmon DNA injections (polynucleotides) are a different product from stem cells.",
    # session 14: disease words in news, research and consent forms: 2 of 20 were flagged
    # (a cure said to lack evidence; a disease treated "not with stem cells"), none now
    "Stem cell clinics have marketed unproven treatments for autism, Parkinson's disease and ALS.",
    "The study enrolled 40 patients with knee osteoarthritis and followed them for a year.",
    "PRP has been studied for tendon injuries, with mixed results.",
    "The FDA has approved no stem cell product for arthritis, back pain or skin ageing.",
    "Patients with active acne should wait until the skin has calmed before the procedure.",
    "A review found no convincing evidence that stem cells reverse ageing.",
    "Doctors treat rosacea with creams, antibiotics and laser, not with stem cells.",
    "Researchers hope stem cells may one day help repair damaged heart muscle.",
    "The patient had been diagnosed with multiple sclerosis ten years earlier.",
    "Diabetes slows wound healing, so diabetic patients need extra care after surgery.",
    "People with cancer, or a history of cancer, should not have this treatment.",
    "Fat grafting is used in reconstructive surgery after breast cancer.",
    "Claims that stem cells cure diabetes are false, the agency said.",
    "Clinical trials for lupus are under way at several universities.",
    "The treatment does not cure hair loss, but may slow thinning in some people.",
    "Ageing is a natural process that no injection can stop.",
    "Bone marrow transplants are an established treatment for leukaemia.",
    "He was treated for an infection at the injection site.",
    "Acne scars are a common reason people seek skin treatments.",
    "The clinic was sued after a patient went blind following injections for macular degeneration.",
    "Nothing can turn back your skin's biological clock.",
    # session 14, from the seventh collection's dev rows: a sale reported, a finding in mice,
    # hope offered, milder effects left standing
    "They sell it as a cure for everything, which it is not.",
    "In mice, the injected cells lowered blood sugar in diabetes.",
    "Stem cell research offers hope to people living with Parkinson's disease.",
    "No serious side effects were reported in the trial.",
    "Mild erythema resolved within 48 hours.",
    # session 14, from the second as-they-come collection's dev rows: an aim, hype reported,
    # transplant medicine, a study that sets out to see, approval awaited, investigational use
    "Although I strive for complete satisfaction, I can never promise how your skin will respond.",
    "Advertising often oversells what cord blood can do.",
    "About 2,000 cord blood transplants are performed each year worldwide.",
    "Cord blood cells carry a lower risk of graft-versus-host disease than adult donor cells.",
    "In this trial, twenty patients with lupus will receive their own fat-derived cells to see whether symptoms change.",
    "Stem cell therapy comes with many misconceptions, such as that the cells only come from embryos.",
    "Bone marrow is drawn from the hip of the patient or donor under general anaesthesia.",
    "While we wait for the FDA to approve it, other countries already offer the treatment.",
    "The FDA allowed the procedure only as an investigational new drug.",
    "In the future, stem cells could help treat type 1 diabetes.",
    "Patients with damaged joints may not be candidates.",
    "The injection can cause nerve damage in rare cases.",
    # session 15, from the ninth collection's dev rows, in our own words: cord blood banked,
    # stored or collected for the family names the source to inform
    "Cord blood can be kept in a public cord blood bank at no charge.",
    "Parents may choose to store their newborn's umbilical cord blood after delivery.",
    "Collecting umbilical cord blood takes a few minutes after the birth.",
    "Hematopoietic stem cells from a donor are used in transplants for leukaemia.",
    "Permanent dark circles can make a face look tired.",
]


# Spanish, written the same way from CLAIMS.md's categories (issue 21).
ES_CLAIMS = [
    ("guaranteed", "Usted se verá diez años más joven."),
    ("guaranteed", "Nuestros pacientes siempre ven una mejoría notable."),
    ("guaranteed", "Sus cicatrices de acné desaparecerán."),
    ("guaranteed", "Este tratamiento nunca falla."),
    ("permanent", "Disfrute de su nueva piel para toda la vida."),
    ("permanent", "Un solo tratamiento es todo lo que necesitará."),
    ("permanent", "El efecto no desaparece nunca."),
    ("instant", "Verá la diferencia al salir de la clínica."),
    ("instant", "Rejuvenecimiento facial en una sola hora."),
    ("cure", "Adiós al dolor de rodilla."),
    ("universal", "Funciona para todos."),
    ("fda_misrepresentation", "Avalado por COFEPRIS y la FDA."),
    ("fda_misrepresentation", "Nuestro procedimiento cuenta con el respaldo de la FDA."),
    ("fda_misrepresentation", "Un equipo certificado por la FDA para procesar sus células madre."),
    ("universal", "No importa su edad ni su tipo de piel."),
    ("guaranteed", "El 97% de nuestros pacientes quedan satisfechos."),
    ("guaranteed", "Le prometemos una piel renovada."),
    ("guaranteed", "Usted notará una piel más firme, se lo aseguramos."),
    ("guaranteed", "Si no ve resultados, le devolvemos su dinero."),
    ("no_risk", "Es totalmente inofensivo."),
    ("unverified_source", "Células madre de oveja."),
    (
        "unverified_source",
        "Utilizamos células madre de cordón umbilical de donantes seleccionados.",
    ),
    ("unverified_source", "Nuestro tratamiento con exosomas de placenta rejuvenece la piel."),
    (
        "unverified_source",
        "Trabajamos con líquido amniótico de alta calidad para sus articulaciones.",
    ),
    ("unverified_source", "Las células provienen de donantes jóvenes y sanos."),
    # session 14, a round written from CLAIMS.md's columns (22 claims a language; 2 missed
    # before in each)
    ("permanent", "Los resultados del rejuvenecimiento con células madre son permanentes."),
    ("permanent", "Hágalo una vez y disfrute del efecto de por vida."),
    ("permanent", "La grasa injertada se queda en su rostro para siempre."),
    ("guaranteed", "Si no ve resultados, le devolvemos su dinero."),
    ("guaranteed", "El 98 % de nuestros pacientes queda satisfecho desde la primera sesión."),
    ("guaranteed", "Después del tratamiento verá sin duda una piel más firme."),
    ("no_risk", "Como usamos sus propias células, no hay ningún riesgo."),
    ("no_risk", "El procedimiento es totalmente seguro y sin efectos secundarios."),
    ("no_risk", "Al ser tejido propio, el riesgo de alergia e infección es cero."),
    ("cure", "Las células madre curan la psoriasis por completo."),
    ("cure", "Diga adiós al eccema con nuestros exosomas."),
    ("cure", "Revertimos el envejecimiento con células madre."),
    ("cure", "Tratamos la artrosis de rodilla sin cirugía con células madre."),
    ("fda_misrepresentation", "Nuestro sistema de células madre está aprobado por la FDA."),
    ("fda_misrepresentation", "Nuestro laboratorio cumple con los estándares de la FDA."),
    ("instant", "Verá los resultados inmediatamente después de la aplicación."),
    ("instant", "Rejuvenecimiento instantáneo en una sola sesión."),
    ("universal", "Apto para todas las edades y tipos de piel."),
    ("universal", "Cualquier persona puede beneficiarse de este tratamiento."),
    ("unverified_source", "Utilizamos células madre de cordón umbilical."),
    ("unverified_source", "Nuestro suero con células madre de manzana suiza regenera la piel."),
    ("unverified_source", "Aplicamos inyecciones de células de placenta de oveja."),
    # session 14, the sales beside them, all still caught
    (
        "unverified_source",
        "En nuestra clínica rejuvenecemos el rostro con células madre de cordón umbilical.",
    ),
    ("unverified_source", "Aplicamos células madre mesenquimales de donantes jóvenes."),
    ("unverified_source", "Nuestro tratamiento de placenta de oveja renueva su piel."),
    (
        "unverified_source",
        "Nuestro sérum con células madre vegetales de manzana suiza reduce las arrugas.",
    ),
    ("unverified_source", "Las células de donantes jóvenes son más potentes que las suyas."),
    ("unverified_source", "Rejuvenezca con nuestra terapia de células madre embrionarias."),
    ("unverified_source", "Ofrecemos terapia articular con células de gelatina de Wharton."),
    ("unverified_source", "Facial con exosomas de placenta."),
    (
        "unverified_source",
        "Usamos sangre de cordón umbilical conservada en nuestro laboratorio para sus tratamientos faciales.",
    ),
    # session 15, from the eighth collection's dev rows, in our own words: wrinkles erased, safety
    # asserted beside serious side effects denied, donated sources
    ("cure", "Nuestro tratamiento con plasma hace desaparecer las arrugas."),
    ("cure", "Las células madre acaban con las líneas de expresión."),
    ("no_risk", "El tratamiento es seguro y no tiene efectos secundarios importantes."),
    (
        "unverified_source",
        "Usamos células madre de fuentes donadas para su rejuvenecimiento facial.",
    ),
]
ES_HONEST = [
    "Los resultados varían y no están garantizados.",
    "Los resultados se ven entre tres y seis meses después.",
    "La inflamación desaparece en unos días.",
    "Las manchas podrían aclararse con el tiempo.",
    "Puede volver a casa el mismo día.",
    "La consulta dura una hora.",
    "El efecto dura entre uno y dos años.",
    "Cuidado con las clínicas que prometen resultados permanentes.",
    "No todas las personas son candidatas.",
    "No le prometemos resultados concretos.",
    "Le aseguramos la máxima confidencialidad de sus datos.",
    "Si no es candidato, le devolvemos el depósito.",
    "El equipo está aprobado por la FDA para la transferencia de grasa, no para la terapia con "
    "células madre.",
    "La COFEPRIS advirtió sobre clínicas que ofrecen células madre sin registro.",
    "En un estudio publicado, el 60% de los pacientes mejoró a los seis meses.",
    "El 80% de nuestros pacientes son mujeres.",
    "Ningún tratamiento es totalmente inofensivo.",
    "No utilizamos células de animales ni de donantes.",
    # a source named to inform, not to sell (session 13)
    "La sangre del cordón umbilical se usa desde hace décadas para tratar leucemias.",
    "La FDA advirtió a varias empresas que venden productos de tejido amniótico sin aprobación.",
    "Tres pacientes quedaron ciegos tras recibir inyecciones de células de un donante.",
    "La placenta es el órgano que alimenta al feto durante el embarazo.",
    "Algunas empresas venden exosomas de origen placentario como si fueran células madre.",
    "Las células de un donante conllevan riesgos de rechazo y de infección.",
    "En 2019 se retiraron del mercado lotes de un producto de cordón umbilical contaminado.",
    "El juez ordenó a la clínica dejar de vender su producto de tejido amniótico.",
    "El trasplante de células madre hematopoyéticas de un donante compatible es un tratamiento "
    "aprobado para ciertos cánceres de la sangre.",
    # session 14, the same round: a limit on how long results last, a cure denied, a
    # regulator's warning, risks admitted, who is not a candidate, results that build, sources
    # refused, evidence lacking (4 of 25 Turkish flagged before, none of the Spanish)
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
    # session 14, a source named to inform (what the tissue is, cord blood banked, what a word
    # means, risks, ethics, missing evidence, what plant cells cannot do, sources refused,
    # research and regulators reported): 10 of 20 Spanish and 9 of 20 Turkish flagged before
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
    # session 15: what it is not, a purpose, an aim's list, a discovery, serious side effects
    # only, a marrow donor
    "El plasma no es una goma mágica que borra las arrugas en una noche.",
    "Hay muchos productos pensados para eliminar las arrugas.",
    "Este procedimiento busca reducir la inflamación, mejorar la textura y aliviar las lesiones deportivas.",
    "Se descubrió que las plaquetas favorecen la curación de úlceras crónicas.",
    "El PRP, sin efectos secundarios importantes, mejora la textura de la piel.",
    "Se descubrió que la médula ósea y el cordón umbilical contienen células madre.",
    "Buscar un donante compatible de médula puede llevar meses.",
]


# Turkish, the same way. Negation is a suffix of the same word: "onaylanmamıştır" is "has not
# been approved", and must not read as the approval its stem names.
TR_CLAIMS = [
    ("guaranteed", "On yaş daha genç görüneceksiniz."),
    ("guaranteed", "Hastalarımızın %98'i sonuçtan çok memnun."),
    ("guaranteed", "Hastalarımız her zaman belirgin bir iyileşme görür."),
    ("guaranteed", "Akne izleriniz tamamen yok olacak."),
    ("guaranteed", "Bu tedavi asla başarısız olmaz."),
    ("instant", "Klinikten çıkarken farkı göreceksiniz."),
    ("instant", "İlk günden itibaren gözle görülür sonuçlar."),
    ("instant", "Bir saatte yüz gençleştirme."),
    ("fda_misrepresentation", "Tedavimiz FDA tarafından onaylanmıştır."),
    ("guaranteed", "Sonuç almazsanız paranızı iade ediyoruz."),
    ("guaranteed", "Size daha genç bir cilt vaat ediyoruz."),
    ("guaranteed", "Hastalarımızın tamamı sonuçtan memnun."),
    ("guaranteed", "Kesinlikle sonuç alırsınız."),
    ("unverified_source", "Koyun kök hücreleri kullanıyoruz."),
    ("unverified_source", "Göbek kordonu kaynaklı kök hücreler kullanıyoruz."),
    ("unverified_source", "Plasenta eksozomları ile cildinizi gençleştiriyoruz."),
    ("unverified_source", "Tedavimizde genç donörlerden alınan kök hücreler uygulanır."),
    # session 14, a round written from CLAIMS.md's columns (22 claims a language; 2 missed
    # before in each)
    ("permanent", "Kök hücreli yüz gençleştirmenin sonuçları kalıcıdır."),
    ("permanent", "Bir kez yaptırın, ömür boyu etkisini görün."),
    ("permanent", "Aktarılan yağ hücreleri yüzünüzde kalıcı olarak yerleşir."),
    ("guaranteed", "Sonuç alamazsanız ücretinizi iade ediyoruz."),
    ("guaranteed", "Hastalarımızın yüzde 98'i ilk seanstan memnun kalıyor."),
    ("guaranteed", "Uygulamadan sonra cildinizin sıkılaştığını mutlaka göreceksiniz."),
    ("no_risk", "Kendi hücreleriniz kullanıldığı için hiçbir risk yoktur."),
    ("no_risk", "İşlem tamamen güvenlidir ve yan etkisi yoktur."),
    ("no_risk", "Vücudunuzun kendi dokusu olduğundan alerji ve enfeksiyon riski sıfırdır."),
    ("cure", "Kök hücre tedavisi sedef hastalığını tamamen iyileştirir."),
    ("cure", "Eksozom tedavisi ile egzamaya son verin."),
    ("cure", "Kök hücre ile yaşlanmayı geri çeviriyoruz."),
    ("cure", "Diz kireçlenmesi kök hücre ile ameliyatsız tedavi edilir."),
    ("fda_misrepresentation", "Kullandığımız kök hücre sistemi FDA onaylıdır."),
    ("fda_misrepresentation", "Laboratuvarımız FDA standartlarına uygun çalışır."),
    ("instant", "Sonuçları uygulamadan hemen sonra görürsünüz."),
    ("instant", "Tek seansta anında gençleşme."),
    ("universal", "Her yaşa ve her cilt tipine uygundur."),
    ("universal", "Herkes bu tedaviden faydalanabilir."),
    ("unverified_source", "Tedavimizde göbek kordonu kök hücreleri kullanılır."),
    ("unverified_source", "İsviçre elması kök hücreli serumumuz cildi yeniler."),
    ("unverified_source", "Koyun plasentası kaynaklı hücre enjeksiyonu uyguluyoruz."),
    # session 14, the sales beside them, all still caught
    (
        "unverified_source",
        "Kliniğimizde göbek kordonu kök hücreleri ile yüz gençleştirme yapıyoruz.",
    ),
    ("unverified_source", "Donör kaynaklı mezenkimal kök hücre enjeksiyonu uyguluyoruz."),
    ("unverified_source", "Koyun plasentası kök hücre kürümüz cildinizi yeniler."),
    ("unverified_source", "İsviçre elması bitki kök hücreli serumumuz kırışıklıkları azaltır."),
    ("unverified_source", "Genç donörlerden alınan hücreler sizin hücrelerinizden daha güçlüdür."),
    ("unverified_source", "Embriyonik kök hücre tedavimizle gençleşin."),
    ("unverified_source", "Wharton jölesi kaynaklı hücrelerle eklem tedavisi sunuyoruz."),
    ("unverified_source", "Plasenta eksozomları içeren cilt bakım uygulaması."),
    # session 14, the cures beside them, still caught
    ("cure", "Kök hücre tedavimiz diz kireçlenmesine bağlı ağrıyı ortadan kaldırır."),
    ("cure", "Uzmanlarımız eklem ağrısı için kök hücre tedavisini öneriyor."),
    ("cure", "İlaçlara yanıt vermeyen Parkinson hastalarını kök hücre ile tedavi ediyoruz."),
    # session 15: unnamed studies said to have shown the cure, harm denied with "taşımadan"
    ("cure", "Çeşitli çalışmalar kök hücrenin diz kireçlenmesini tedavi ettiğini göstermiştir."),
    ("no_risk", "Kök hücreler hastaya hiçbir rahatsızlık vermeden ve risk taşımadan verilir."),
    ("cure", "Kök hücre tedavisi ve fizik tedavi ile felçli hastalarımız yeniden yürüyor."),
]
TR_HONEST = [
    "Bu tedavi FDA tarafından onaylanmamıştır.",
    "FDA bu tedaviyi onaylamadı.",
    "Sonuçlar kişiden kişiye değişir ve garanti edilmez.",
    "Şişlik ilk günden itibaren azalır.",
    "Klinikten çıkarken şişlik olabilir.",
    "İşlem bir saatte tamamlanır.",
    "Şişlik birkaç gün içinde kaybolur.",
    "Herkes bu tedaviye uygun değildir.",
    "İptal durumunda ücret iadesi yapılır.",
    "Sonuç alamazsanız ücret iadesi yapılmaz.",
    "Kaliteli hizmet vaat ediyoruz.",
    "Kesin sonuç vaat eden kliniklere dikkat edin.",
    "Sonuçlar kesinlikle garanti edilmez.",
    "Hastalarımızın tamamı işlem öncesi muayene edilir.",
    "Koyun eti tüketimi cilt sağlığını etkilemez.",
    "Bu tedavi diyabeti iyileştirmez.",
    # a source named to inform, not to sell (session 13)
    "Amniyon sıvısı, anne karnında bebeği çevreleyen sıvıdır.",
    "Plasenta, hamilelik boyunca bebeği besleyen organdır.",
    "Bazı firmalar plasenta kaynaklı eksozomları kök hücre gibi pazarlıyor.",
    "Embriyonik kök hücreler etik tartışmalara neden olmaktadır.",
    "Donör hücreleri reddedilme ve enfeksiyon bulaşma riski taşır.",
    "Mahkeme kliniğin amniyotik ürün satışını durdurdu.",
    "Kordon kanı yıllardır lösemi tedavisinde kullanılmaktadır.",
    # session 14, the same round: a limit on how long results last, a cure denied, a
    # regulator's warning, risks admitted, who is not a candidate, results that build, sources
    # refused, evidence lacking (4 of 25 Turkish flagged before, none of the Spanish)
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
    # session 14, a source named to inform (what the tissue is, cord blood banked, what a word
    # means, risks, ethics, missing evidence, what plant cells cannot do, sources refused,
    # research and regulators reported): 10 of 20 Spanish and 9 of 20 Turkish flagged before
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
    # session 14, disease words in Turkish news, consent forms and doctors' advice (standard
    # care, a caution, a study, a side effect): 4 of 20 flagged before
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
    # session 15, from the eighth collection's dev rows, in our own words: a disease said to need
    # treatment or defined, uncertainty, treatments that fall short or cannot stop it, the
    # tissue's own limited repair, research groups, a regulation, a use not to recommend
    "Diz kireçlenmesi uzun süreli bir tedavi gerektirir.",
    "Romatoid artrit, eklemlerde iltihapla karakterize bir hastalıktır.",
    "Mevcut ilaçlar hastalığın ilerlemesini durduramaz.",
    "Tenisçi dirseği tedavisinde belirsizlik sürmektedir.",
    "Menisküs yırtığında tedavi seçenekleri ileri yaşta yetersiz kalmaktadır.",
    "Kıkırdak, kendi kendini onarma yeteneği sınırlı bir dokudur.",
    "Üniversitenin araştırma grubu göbek kordonundan kök hücre elde etti.",
    "Yönetmelik, insan kaynaklı doku ve hücrelerin kullanımını düzenler.",
    "Kordon kanının ailelere sigorta olarak önerilmesi doğru değildir.",
    "Araştırmaların hasta sayısındaki yetersizlikleri nedeniyle artritteki etkisi net değildir.",
    # ... and from the ninth: an aim named, "is not expected to", physiotherapy
    "Bu hastalığın tedavisindeki amaç, ağrıyı azaltmak ve eklemi korumaktır.",
    "Eklem içi enjeksiyonların hastalığın seyrini değiştirmesi beklenmez.",
    "Hastalığı nedeniyle yıllardır fizik tedavi görüyor.",
]


CLAIMS_BY_LANGUAGE = {"en": CLAIMS, "es": ES_CLAIMS, "tr": TR_CLAIMS}
HONEST_BY_LANGUAGE = {"en": HONEST, "es": ES_HONEST, "tr": TR_HONEST}


@pytest.mark.parametrize(
    ("language", "category", "text"),
    [
        (lang, category, text)
        for lang, cases in CLAIMS_BY_LANGUAGE.items()
        for category, text in cases
    ],
)
def test_a_claim_in_other_words_is_caught(language: str, category: str, text: str) -> None:
    assert category in {flag.category for flag in screen(text, language=language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [(lang, text) for lang, texts in HONEST_BY_LANGUAGE.items() for text in texts],
)
def test_an_honest_sentence_with_the_same_words_is_left_alone(language: str, text: str) -> None:
    assert not screen(text, language=language)
