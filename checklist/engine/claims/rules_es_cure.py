"""Spanish: the cure rules and the vocabulary of disease they are built from (diseases, the words
for treating them, a disease's medicines, ageing, blood cancers, who is not a candidate), as data
for ``rules_es.RULES``. Patterns are lower-case ASCII, read against the folded text
(``foreign.fold``)."""

from __future__ import annotations

from typing import Final

from .foreign import rule

# a lost function regained or begun ("vuelven a caminar", "empiezan a hablar")
_REGAINED = (
    r"(?:volv|vuelv|empez|empiez|comenz|comienz)\w*\s+a\s+(?:caminar|andar|correr|hablar|ver|oir"
    r"|escuchar|escribir|respirar|mover\w*|mirar\w*)"
)
_TREAT = (
    r"\b(?:trat(?:a|an|ar|amos|ara|aran)|tratando(?!\s+de\b)|tratad[oa]s?\s+con|tratamientos?\s+(?:\w+\s+){0,4}?(?:de|del|para|contra)|cur(?:a|an|ar|amos|acion\w*|ativ\w*|ara\w*)"
    r"|san(?:a|an|ar)|regener\w*|repar\w*|revert\w*|reviert\w*|elimin\w*|combat\w*|alivi\w*"
    r"|abord(?:a|an|ar|amos)|destru(?:ye|yen|ir)|disminu\w*\s+la\s+aparicion"
    # a treatment said to be applied, or to work best, in patients with a disease
    r"|(?:se\s+)?aplica\w*\s+en\s+pacientes\s+con|eficacia\s+(?:\w+\s+){0,4}?en\s+pacientes\s+con"
    r"|terapi\w*|restaur\w*|mejor\w*|expectativas\s+de\s+vida|soluci\w*|benefici\w*|eficaz\w*|eficaces"
    r"|efectiv[oa]s?\s+(?:en|para|contra)|acab\w*\s+con"
    r"|contra|indicad[oa]s?\s+para|calidad\s+de\s+vida|recuper\w*|fren\w*|deten\w*|detien\w*"
    r"|devuelv\w*|devolv\w*|util(?:es)?\s+(?:en|para)|respond\w*|(?:sirve|funciona)n?\s+(?:para|contra)"
    # a condition resolved, or made to disappear ("resuelve las hernias de disco", "la hace desaparecer")
    r"|resuelv(?:e|en)|resolv(?:er|emos)|cicatriz(?:a|an)|efecto\s+terapeutico|(?:(?:la|lo|las|los)\s+)?hac(?:e|en)\s+desaparecer"
    r"|" + _REGAINED + r")\b"
)
_DISEASES = (
    r"\b(?:acne|rosacea|psoriasis|dermatitis|eccema|eczema|alopecia|calvicie|vitiligo|melasma"
    r"|lupus|artritis|artrosis|osteoartritis|diabetes|cancer\w*|tumor\w*|parkinson|alzheimer"
    r"|demencia|esclerosis\s+multiple|autismo|fibromialgia|crohn|colitis|disfuncion\s+erectil"
    r"|epoc|covid\w*|coronavirus|enfermedad\w*|patologias?|lesiones|lesion|cartilago|menisco"
    r"|tendon\w*|ligamento\w*|disco\s+intervertebral|hernias?|paralisis|infarto|ela|ictus"
    r"|condromalacia|tendinitis|tendinopat\w*|epicondilitis|fascitis|bursitis|gonartrosis"
    r"|coxartrosis|lumbalgia|ciatica|espondil\w*|discopat\w*|osteonecrosis|necrosis"
    r"|insuficiencia\s+\w+|neuropat\w*|asma|epilepsia|lesiones\s+medulares|retinopat\w*|ceguera"
    r"|osteoporosis|degenerativ\w*|desgaste\s+articular|deterioro\s+(?:\w+\s+)?articular|lesiones\s+deportivas|ictus|cirrosis"
    r"|hepatitis|fibrosis|distrofia\w*|sordera|ulceras?|pie\s+diabetico|heridas\s+cronicas"
    r"|incontinencia(?:\s+urinaria)?|prolapso\w*|caida\s+(?:\w+\s+)?del\s+(?:cabello|pelo)"
    # skin cancers and their forerunners
    r"|melanomas?|queratosis\s+actinicas?|epiteliomas?"
    r"|hipotiroidismo|varices|herniad[oa]s?|ateroscleros\w*|arterio(?:e)?scleros\w*|ateromas?"
    r"|sindrome\s+\w+|trastornos?\s+\w+|deterioro\s+cognitivo|esclerosis\s+\w+|neuronas"
    r"|dano\s+(?:neuronal|cerebral|articular|muscular|hepatico|renal|cardiaco|pulmonar)"
    r"|sistema\s+inmun\w*|(?:afecciones|condiciones)\s+(?:ortopedicas|articulares|musculoesqueleticas"
    r"|cutaneas|de\s+la\s+piel)"
    r"|dolor\w*\s+(?:cronic\w*|articular\w*|de\s+espalda|de\s+rodilla|lumbar\w*|de\s+cuello)"
    r"|tejidos?\s+(?:lesionad|enferm|danad)\w*)\b"
)
# a disease's medicines, named or not
_MEDICINE = (
    r"(?:medicamentos?|farmacos?|medicacion|insulina|pastillas|metformina|corticoides|esteroides"
    r"|antiinflamatorios|analgesicos|opioides|inhaladores|levodopa|metotrexato|oxigeno|dialisis)\b"
)
_AGEING = r"(?:el\s+|del\s+|al\s+|la\s+)?(?:envejec\w*|vejez)"
# years in figures or in words ("rejuvenece la piel entre cinco y diez años")
_YEARS = r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte)\s+anos\b"
# who is not a candidate: "no tratamos a pacientes con cáncer activo", "no está indicado para"
_NOT_CANDIDATE = (
    r"\bno\s+(?:\w+\s+){0,3}?(?:es|son|eres|sea|sean)\s+candidat\w*|\bcriterios\s+de\s+exclusion"
    r"|\bno\s+(?:tratamos|atendemos|aceptamos|operamos|intervenimos)\b|\bno\s+esta\s+indicad\w*"
    r"|\bcontraindicad\w*|\bno\s+se\s+(?:debe|puede|recomienda)\s+aplicar"
    # ("no es recomendable para personas que tienen piel sensible, rosácea o acné activo")
    r"|\bno\s+es\s+recomendable\s+para\b"
    # a contraindication named, a use ruled out ("no es apropiada para tratar grandes zonas")
    r"|\bcontraindicacion\w*|\bno\s+(?:es|son)\s+(?:apropiad|adecuad)[oa]s?\s+para\b"
)
# no cure said to exist yet ("no existe un tratamiento definitivo para la rosácea"), not "no
# existe otro tratamiento tan eficaz"
_NO_CURE_YET = (
    r"\bno\s+(?:existe|existen|hay|se\s+conoce|se\s+ha\s+encontrado)\s+(?!otr[oa]s?\b)(?:\w+\s+){0,2}?"
    r"(?:tratamientos?|cura|curas|solucion\w*|terapias?|aprobacion\w*)\b"
    # ... or the disease said to be one that cannot be cured ("es una enfermedad crónica, lo que
    # significa que no se puede curar", "no tiene cura"; not a disease "until now incurable")
    r"|\bno\s+(?:se\s+)?(?:puede|pueden|podra)\s+curar\w*|\bno\s+tienen?\s+cura\b"
    # "hasta hoy nunca se ha observado un tratamiento 100% eficaz"
    r"|\bnunca\s+se\s+ha\s+(?:observado|encontrado|demostrado|descrito)\s+(?:un\s+|una\s+|ningun\w*\s+)?"
    r"(?:tratamiento|cura|terapia)"
    # the benefit said to be limited, the tissue to have little power to regenerate ("el
    # beneficio suele ser más limitado", "el cartílago tiene poca capacidad de regeneración")
    r"|\b(?:beneficio|efecto|resultado|eficacia)\w*\s+(?:\w+\s+){0,2}?(?:mas\s+)?limitad[oa]s?\b"
    r"|\bpoca\s+capacidad\s+de\s+(?:regenera|repara|recupera)\w*"
)
# Approved care on record (session 27): CAR-T cells, the cell and tissue medicines the EMA or
# Spain's AEMPS has authorised (Alofisel, Holoclar, NC1, ARI-0001; SOURCES_es_tr.md), the public
# health system that funds them, and the national transplant bodies with their unrelated donors
_APPROVED_CARE = (
    r"\bcar-?t\b|\b(?:alofisel|darvadstrocel|holoclar|kymriah|yescarta|tecartus|carvykti|abecma"
    r"|breyanzi|ryoncil|nc1|ari-?0001|ont|redmo)\b|\bsistema\s+nacional\s+de\s+salud\b"
    r"|\btratamientos?\s+oncologic[oa]s\b"
    r"|\bdonante\s+no\s+emparentado\b|\bformadoras\s+de\s+sangre\b"
    r"|\b(?:ministerio\s+de\s+)?sanidad\s+ha\s+(?:aprobado|anunciado|autorizado)\b"
)
_BLOOD_CANCER = r"\b(?:hematolog\w*|leucemia\w*|linfoma\w*)"
# where disease and source words describe established or approved care, not an offer
_ESTABLISHED_CARE = _BLOOD_CANCER + "|" + _APPROVED_CARE
_BLOOD = r"\bmedula\s+osea|" + _ESTABLISHED_CARE
# ... and, for a source, a marrow transplant or donation named beside it
_MARROW_ESTABLISHED = (
    _ESTABLISHED_CARE
    + r"|\b(?:trasplante|donante|donador|donacion)\w*\s+(?:\w+\s+){0,4}?de\s+medula"
)
# transplant medicine: an organ, marrow or islet transplant ("el trasplante de órganos es el único
# tratamiento para algunos enfermos", "tras un trasplante de islotes dejó la insulina")
_TRANSPLANT = (
    r"\btrasplantes?\s+(?:\w+\s+){0,2}?de\s+(?:organos|medula|rinon|higado|corazon|pulmon\w*"
    r"|cornea|progenitores|(?:celulas\s+de\s+los\s+)?islotes)\b"
)
# a risk list: a harm named among the side effects a treatment may have, not denied ("los posibles
# efectos secundarios, como infecciones o lesiones en la zona de la inyección")
_RISK_LIST = (
    r"^(?!.*\b(?:sin|no|ni|ningun\w*|cero|nul[oa]s?|libres?\s+de)\s+(?:\w+\s+){0,3}?(?:efectos|riesgos"
    r"|complicaciones)\b).*\b(?:efectos\s+(?:secundarios|adversos)|riesgos|complicaciones)\s*,?\s+"
    r"(?:(?:mas\s+)?(?:frecuentes|comunes|habituales|posibles)\s*,?\s+)?(?:como|tales\s+como|incluyen"
    r"|pueden\s+incluir)\b[^.;!?]{0,100}?" + _DISEASES
)

CURE_RULES: Final = (
    rule(
        "cure",
        # infections and allergies fought ("ayuda a combatir alergias e infecciones", "destruye
        # virus, bacterias y hongos"), not the risk of them a treatment avoids ("elimina riesgos
        # de alergias o rechazos")
        r"\b(?:infecciones|alergias|virus|bacterias|hongos)\b",
        needs_in_clause=_TREAT,
        not_in_sentence=r"\briesgo|\brechaz\w*|\bevit\w*|\bposib\w*|\bcomplicacion\w*|\bpeligro"
        r"|\befectos\s+(?:secundarios|adversos)|\bderivad\w*"
        r"|" + _NOT_CANDIDATE,
    ),
    rule(
        "cure",
        # "adiós al dolor de rodilla", "olvídate del dolor crónico", "hacer que te olvides de la
        # incontinencia urinaria": a condition waved goodbye or forgotten
        r"\b(?:adios|olvid(?:ate|ese|arse|ense)|(?:te|se)\s+olvid(?:es|e|en|aras|ara|aran)"
        r"|despid(?:ete|ase|anse))\s+(?:(?:a|de)\s+(?:la\s+|las\s+|los\s+|su\s+|tu\s+)?"
        r"|al\s+|del\s+)" + _DISEASES,
    ),
    rule(
        "cure",
        _DISEASES,
        needs_in_clause=_TREAT,
        # nor is the immune system that rejects a donor's cells
        not_before=r"\b(?:tipos?\s+de|contraer|transmitir|contagi\w*|tus|sus)\s+$|\bmicro-\s*$"
        r"|\brechaz\w*\s+(?:\w+\s+){0,2}?(?:por|de)\s+(?:parte\s+de\s+)?(?:el|del|su)\s+(?:propio\s+)?$"
        r"|\b(?:cicatri\w*|marcas|manchas|secuelas|huellas)\s+(?:de\w*\s+)?(?:la\s+|el\s+)?$",
        # nor the condition "to be treated" ("dependerán de la patología a tratar")
        not_after=r"^\s*(?:previas?|preexistentes?|anteriores?|que\s+(?:padece|tenga)|a\s+tratar\b)",
        # blood-forming stem cells in blood diseases and transplant medicine are an established,
        # approved use; a condition that rules a patient out is no cure offered, nor is a harm in
        # a list of risks
        # ... and the standard drugs for hair loss are not the clinic's cells
        not_in_sentence="|".join(
            (
                _BLOOD,
                _TRANSPLANT,
                _NOT_CANDIDATE,
                _RISK_LIST,
                _NO_CURE_YET,
                r"\b(?:minoxidil|finasterid)\w*",
            )
        ),
    ),
    rule(
        "cure",
        # a disease in a before-and-after caption ("Psoriasis en codos: antes / 6 semanas después")
        _DISEASES,
        needs_in_sentence=r"\bantes\s*/\s*(?:\w+\s+){0,3}?despues\b|\b(?:fotos?|imagen\w*|casos?)\s+"
        r"(?:de\s+|del\s+)?antes\s+y\s+despues\b",
        not_in_sentence=_NOT_CANDIDATE,
    ),
    rule(
        "cure",
        # a disease beside a lost function regained after the treatment, across a colon ("niños
        # con autismo ...: después del protocolo empiezan a hablar")
        _DISEASES,
        needs_in_sentence=r"^(?=.*" + _REGAINED + r")(?=.*\b(?:protocolo|celulas|terapia\s+celular"
        r"|tratamiento|infusion\w*|exosomas|aplicaci\w*|sesion\w*)\b)",
        not_in_sentence=_BLOOD + "|" + _NOT_CANDIDATE,
    ),
    rule(
        "cure",
        # a before-and-after told in words ("llegó con unos temblores de Parkinson ... Mirá cómo
        # está seis meses después de su tratamiento")
        _DISEASES + r"(?=[^.!?]{0,120}[.!?]\s+(?:mira|mire|miren|fijate|fijese|observa|vean?)\s+"
        r"(?:como|lo\s+que)\s+(?:esta|quedo|se\s+ve|camina|habla|luce|vive)\b[^.!?]{0,60}?\bdespues\b)",
        not_in_sentence=_NOT_CANDIDATE,
    ),
    rule(
        "cure",
        # a disease rooted out ("Rosácea y psoriasis | las eliminamos de raíz con células madre")
        r"\b(?:elimin|erradic|cur|acab|arranc|trat)\w*\s+(?:\w+\s+){0,3}?de\s+raiz\b",
        needs_in_sentence=_DISEASES,
        not_in_sentence=_NOT_CANDIDATE,
    ),
    rule(
        "cure",
        # ("para combatir los signos ..." is a purpose, not "parar")
        r"\b(?:revert\w*|reviert\w*|deten\w*|detien\w*|fren\w*|cur\w*|elimin\w*|acab\w*\s+con"
        # (ageing slowed or delayed: the rule below)
        # ... or the noun ("la reversión del envejecimiento")
        r"|par(?!a\b)\w*|invert\w*|atenu\w*|reversion\s+del?)\s+(?:\w+\s+){0,3}?" + _AGEING,
        # fighting or preventing the *signs* of ageing is cosmetic; ageing itself is not
        r"\b(?:previen\w*|previn\w*|preven\w*|evit\w*|contrarrest\w*|combat\w*)\s+"
        r"(?:(?!signos\b|senales\b|marcas\b)\w+\s+){0,3}?" + _AGEING,
        r"\benvejec\w*\s+(?:\w+\s+){0,2}?(?:se\s+hace|es|sea|resulta|se\s+vuelve)\s+mas\s+lento"
        # "el envejecimiento es reversible", as "ageing is reversible"
        r"|\benvejec\w*\s+(?:(?!no\b)\w+\s+){0,2}?(?:es|sea|resulta)\s+(?:totalmente\s+"
        r"|completamente\s+)?reversible\b",
        r"\b(?:par(?:as|an|ar|amos)|deten\w*|detien\w*|fren(?:a|as|an|ar|amos))\s+el\s+"
        r"(?:paso\s+del\s+)?(?:tiempo|reloj)\b"
        r"|\b(?:quitar|restar)\w*\s+(?:\w+\s+){0,2}?anos\b|\b(?:eterna\s+|fuente\s+de\s+(?:la\s+)?)juventud"
        # youth itself given back, as English reads "restore your youth" ("restaurar la juventud
        # de tu rostro", "devuelve juventud y vitalidad")
        r"|\b(?:restaur|devuelv|devolv|recuper)\w*\s+(?:la\s+|su\s+|tu\s+)?juventud\b"
        r"|\b(?:deten\w*|detien\w*|revert\w*|reviert\w*|retroce\w*|atras\w*)\s+(?:\w+\s+){0,2}?"
        # a biological age lowered or turned back, not the measure named ("un resultado de edad
        # biológica puede ser útil")
        r"reloj\s+biologico|\b(?:reduc|rebaj|baj|disminu|revert|reviert|retroce|quit|rest|rejuvenec)\w*"
        r"\s+(?:\w+\s+){0,3}?edad\s+biologica\b|\bedad\s+biologica\s+(?:\w+\s+){0,2}?(?:mas\s+joven|menor"
        r"|inferior)\b"
        r"|\b(?:rejuvenec\w*|quit\w*|rest\w*)\s+(?:\w+\s+){0,3}?(?:hasta\s+|entre\s+(?:\w+\s+)?y\s+)?"
        + _YEARS
        # "detener poco a poco el paso de los años", "retrasar los efectos de la vejez"
        + r"|\b(?:deten\w*|detien\w*|fren\w*|par(?:ar|a|an))\s+(?:\w+\s+){0,3}?el\s+paso\s+de\s+los\s+anos\b"
        r"|\b(?:revert|reviert|retras|retard|deten|detien|repar|reversion\s+de)\w*\s+(?:asi\s+|tambien\s+)?(?:los\s+|las\s+)?(?:efectos|huellas)\s+"
        r"(?:\w+\s+){0,2}?(?:vejez|envejec\w*)"
        r"|\b\d+\s+anos\s+mas\s+joven|\b(?:borr|revert|reviert)\w*\s+(?:la\s+|su\s+|tu\s+)?edad\b"
        # "ayude a revertir los signos de la edad", as "reverse the signs of ageing" in English
        r"|\b(?:revert|reviert)\w*\s+(?:los\s+|las\s+)?(?:signos|senales|efectos|huellas)\s+(?:\w+\s+){0,2}?"
        r"(?:edad|tiempo|envejec\w*)",
        # "el tiempo se queda quieto en tu rostro", "tu piel deja de envejecer"
        r"\bel\s+(?:paso\s+del\s+)?(?:tiempo|reloj)\s+(?:se\s+(?:queda\w*\s+quiet\w*|detiene|detendra"
        r"|para|parara|congela\w*)|deja\w*\s+de\s+(?:pasar|correr|avanzar)|no\s+pasa)\s+(?:en|por|para)\s+"
        r"(?:tu|su|la)\s+(?:rostro|piel|cara)\b|\bdej\w*\s+de\s+envejecer\b",
    ),
    rule(
        "cure",
        # wrinkles erased, as in English ("acabar con las arrugas", "desaparecer las arrugas");
        # wrinkles softened or reduced are the modest change a careful clinic may promise, and
        # treatments named for their purpose ("utilizados para eliminar arrugas") promise nothing
        r"\b(?:acab\w*\s+con|elimin\w*|borr\w*|(?:hace\w*\s+|hacer\s+|a\s+)?desaparecer)\s+"
        r"(?:(?:las|tus|sus|todas\s+las)\s+)?(?:arrugas|lineas\s+de\s+expresion"
        r"|(?:los\s+)?signos\s+del\s+envejecimiento)\b"
        r"|\b(?:cambi|modific|alter)\w*\s+el\s+curso\s+del\s+envejecimiento",
        not_before=r"\bpara\s+$",
    ),
    rule(
        "cure",
        r"\b(?:mas\s+de|hasta|cerca\s+de|alrededor\s+de)\s+\d+\s+(?:\w+\s+)?(?:enfermedades|patologias"
        r"|afecciones|dolencias)\b"
        r"|\btrat\w*\s+(?:diversas|distintas|varias|multiples|numerosas|muchas)\s+(?:afecciones"
        r"|enfermedades|patologias|condiciones|dolencias)\b"
        # "son exitosos en la atención de enfermedades como la artritis"
        r"|\bexitos[oa]s?\s+(?:en|para)\s+(?:el\s+tratamiento|la\s+atencion|tratar|atender)\s+"
        r"(?:de\s+)?(?:\w+\s+){0,2}?(?:enfermedades|patologias|afecciones|dolencias)\b",
        r"\b(?:reduc|disminu|alivi|elimin|mejor)\w*\s+(?:\w+\s+){0,4}?sintomas\b",
        r"\balivi\w*\s+(?:tu|su|el|sus|tus|los)\s+dolor\w*|\bdolor\w*\s+(?:\w+\s+){0,2}?desaparec\w*"
        r"|\bdesaparec\w*\s+(?:\w+\s+){0,2}?(?:el\s+)?dolor\b"
        r"|\b(?:temblor\w*|condiciones|afecciones|dolencias)\s+(?:(?!no\b|nunca\b)\w+\s+){0,2}?"
        r"desaparec\w*",
        r"\b(?:preserv|conserv)\w*\s+(?:la\s+|tu\s+|su\s+)?juventud\b|\bmilagro\s+de\b",
        r"\bremision\s+(?:\w+\s+)?de\s+(?:los\s+|sus\s+)?sintomas|\bremision\s+(?:completa|total)\b",
    ),
    rule(
        "cure",
        # an operation avoided thanks to the cells ("logró evitar esas cirugías gracias a la
        # terapia con células madre"); a purpose ("para evitar la cirugía") is not a result
        r"\b(?:evit|evad|libr)\w*\s+(?:\w+\s+){0,2}?(?:cirugi\w*|operaci\w*|reemplazos?|protesis"
        r"|quirofano)\b",
        needs_in_sentence=r"\bcelulas\s+madre|\bterapia\s+celular|\bplasma|\bprp\b|\bexosomas",
        not_before=r"\b(?:para|a\s+fin\s+de|intentar|intenta)\s+$",
    ),
    rule(
        "cure",
        # blood sugar lowered: diabetes treated in other words
        r"\b(?:reduc|disminu|baj)\w*\s+(?:\w+\s+){0,3}?(?:niveles\s+de\s+)?(?:azucar|glucosa|glucemia)\b",
        # lowering it before an operation is an instruction, not a benefit
        not_in_sentence=r"\bantes\s+del?\b|\bprevi[oa]s?\b",
    ),
    rule(
        "cure",
        # a disease's medicines cut or stopped, offered as a benefit
        r"\b(?:reduccion|suspension|disminucion|retirada|abandono)\s+(?:o\s+\w+\s+)?de\s+"
        r"(?:la\s+|los\s+|sus\s+|su\s+)?(?:medicamentos?|farmacos?|medicacion|insulina)\b"
        r"|\b(?:dej|suspend|abandon|prescind)\w*\s+(?:de\s+(?:tomar\s+|usar\s+|necesitar\s+)?)?(?:la\s+"
        r"|los\s+|las\s+|sus\s+|su\s+|tu\s+|tus\s+|el\s+)?"
        + _MEDICINE
        +
        # ("volver a respirar sin depender del oxígeno")
        r"|\bsin\s+(?:depender|necesitar)\s+(?:de\s+|del\s+)?(?:la\s+|los\s+|las\s+|el\s+)?"
        + _MEDICINE,
        # stopping blood thinners before the procedure is an instruction, not a benefit ("suspender
        # los antiinflamatorios al menos una semana antes y hasta un mes después")
        not_in_sentence=r"\bantes\s+del?\b|\bprevi[oa]s?\b|\bantes\s+y\s+(?:hasta\s+)?(?:\w+\s+){0,4}?despues\b"
        r"|\bse\s+recomienda\s+(?:suspender|dejar)\b",
    ),
    rule(
        "cure",
        # years of youth given back, time turned back (session 27): "te puede devolver
        # aproximadamente 10-12 años de juventud facial", "como si retrocediéramos en el tiempo"
        r"\bdevol?v\w*\s+(?:\w+\s+){0,2}?(?:\d+(?:\s*-\s*\d+)?|unos|varios|muchos)\s+anos\s+de\s+juventud"
        r"|\bretroced\w*\s+en\s+el\s+tiempo\b"
        # "técnicas de avanzada para volver el tiempo atrás", "hacer retroceder el reloj"
        r"|\bvolv\w*\s+(?:el\s+)?(?:tiempo|reloj)\s+(?:\w+\s+)?atras\b"
        r"|\bretroce\w*\s+(?:el\s+)?(?:tiempo|reloj)\b",
    ),
    rule(
        "cure",
        r"\bcontrarrest\w*\s+(?:este|ese|dicho|el)\s+proceso\b",
        needs_in_sentence=r"envejec|rejuvenec|\bedad\b",
    ),
    rule(
        "cure",
        r"\bcausas\s+(?:\w+\s+){0,2}?(?:de\s+la\s+edad|del\s+envejecimiento|que\s+los\s+provocan)",
        needs_in_sentence=r"\btrat\w*",
    ),
    rule(
        "cure",
        r"\bcur(?:a|an|ar|amos|acion|aciones|ativ[oa]s?|ara|aran|aria)\b"
        r"|\bsan(?:a|an|ar)\s+(?:\w+\s+)?(?:enfermedad|dolenc|afeccion)\w*",
        # healing's time or paths ("dos vías de curación") are not a cure promised
        not_before=r"\b(?:la\s+)?(?:tiempo|periodo|proceso|vias?|fases?|etapas?)\s+de\s+$",
        # nor the body's own power to heal ("las propias capacidades curativas del cuerpo")
        not_after=r"^\w*\s+(?:del|de\s+(?:tu|su|nuestro))\s+(?:propio\s+)?(?:cuerpo|organismo)\b",
    ),
    rule(
        "cure",
        # ageing slowed or delayed as the treatment's outcome ("nuestro tratamiento ralentiza el
        # envejecimiento"), not as a purpose, a wish or a power ("diseñadas para retardar", "cuando
        # se desea retrasar", "se puede retrasar", "ayudan a prevenir y retrasar", session 29)
        r"\b(?:ralentiz|retras|retard)\w*\s+(?:\w+\s+){0,3}?" + _AGEING,
        not_before=r"\b(?:para|desea|deseas|puede|pueden|poder\s+de|ayuda\w*\s+a|finalidad|objetivo"
        r"|busca\w*)\b[^.;:]{0,40}$",
    ),
)
