"""Spanish: the rules and context words, as data. Patterns are lower-case ASCII, read against
the folded text (``foreign.fold``): accents are optional ("curación" and "curacion" alike)."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

from .foreign import Language, rule

_CELLS = r"celula\w*\s+madre\w*"
_TREAT = (
    r"\b(?:trat(?:a|an|ar|amos|ara|aran)|tratamientos?\s+(?:\w+\s+){0,4}?(?:de|del|para|contra)|cur(?:a|an|ar|amos|acion\w*|ativ\w*|ara\w*)"
    r"|san(?:a|an|ar)|regener\w*|repar\w*|revert\w*|reviert\w*|elimin\w*|combat\w*|alivi\w*"
    r"|terapi\w*|restaur\w*|mejor\w*|expectativas\s+de\s+vida|soluci\w*|benefici\w*|eficaz\w*"
    r"|contra|indicad[oa]s?\s+para|calidad\s+de\s+vida|recuper\w*|fren\w*|deten\w*|detien\w*"
    r"|devuelv\w*|devolv\w*|util(?:es)?\s+(?:en|para)|respond\w*)\b"
)
_DISEASES = (
    r"\b(?:acne|rosacea|psoriasis|dermatitis|eccema|eczema|alopecia|calvicie|vitiligo|melasma"
    r"|lupus|artritis|artrosis|osteoartritis|diabetes|cancer\w*|tumor\w*|parkinson|alzheimer"
    r"|demencia|esclerosis\s+multiple|autismo|fibromialgia|crohn|colitis|disfuncion\s+erectil"
    r"|epoc|covid\w*|coronavirus|enfermedad\w*|patologias?|lesiones|lesion|cartilago|menisco"
    r"|tendon\w*|ligamento\w*|disco\s+intervertebral|hernias?|paralisis|infarto|ela|ictus"
    r"|condromalacia|tendinitis|tendinopat\w*|epicondilitis|fascitis|bursitis|gonartrosis"
    r"|coxartrosis|lumbalgia|ciatica|espondil\w*|discopat\w*|osteonecrosis"
    r"|insuficiencia\s+\w+|neuropat\w*|asma|epilepsia|lesiones\s+medulares|retinopat\w*|ceguera"
    r"|osteoporosis|degenerativ\w*|desgaste\s+articular|lesiones\s+deportivas|ictus|cirrosis"
    r"|hepatitis|distrofia\w*|sordera|ulceras?|pie\s+diabetico|heridas\s+cronicas"
    r"|sindrome\s+\w+|trastornos?\s+\w+|deterioro\s+cognitivo|esclerosis\s+\w+|neuronas"
    r"|dano\s+(?:neuronal|cerebral|articular|muscular|hepatico|renal|cardiaco|pulmonar)"
    r"|sistema\s+inmun\w*|afecciones\s+(?:ortopedicas|articulares|musculoesqueleticas"
    r"|cutaneas|de\s+la\s+piel)"
    r"|dolor\w*\s+(?:cronic\w*|articular\w*|de\s+espalda|de\s+rodilla|lumbar\w*|de\s+cuello)"
    r"|tejidos?\s+(?:lesionad|enferm|danad)\w*)\b"
)
_AGEING = r"(?:el\s+|del\s+|al\s+)?envejec\w*"
_OUTCOME = (
    r"(?:resultad\w*|efect\w*|cambio\w*|mejor\w*|lifting|tensado|rejuvenec\w*|transformaci\w*"
    r"|diferencia|piel\s+(?:mas\s+)?(?:joven|tersa|firme))"
)
_BLOOD_CANCER = r"\b(?:hematolog\w*|leucemia\w*|linfoma\w*)"
_BLOOD = r"\bmedula\s+osea|" + _BLOOD_CANCER
_SUITS = (
    r"\b(?:apt|adecuad|indicad|ideal|recomend|para\b|sirve|funciona|puede|aplica|benefici|ayud"
    r"|candidat|trat|valid|realiz|utiliz|usar|uso\b|resultad|efectiv|eficaz)"
)
# a study described: "el estudio evaluó la seguridad y eficacia de ..."
_STUDY_DESCRIBED = r"\bel\s+estudio\s+(?:evaluo|analizo|incluyo|comparo|siguio)\b"
_SOON = (
    r"(?:inmediat\w*|instantane\w*|al\s+instante|de\s+inmediato|en\s+el\s+acto"
    r"|de\s+(?:forma|manera)\s+inmediata)"
)

RULES: Final = (
    # fda_misrepresentation --------------------------------------------------------------------
    rule(
        "fda_misrepresentation",
        r"\b(?:aprobad|autorizad|avalad|certificad|registrad|validad|reconocid|regulad|respaldad)"
        r"\w*\s+(?:\w+\s+){0,3}?(?:por|ante)\s+(?:\w+\s+(?:y\s+)?){0,2}?(?:la\s+)?(?:fda"
        r"|administracion\s+de\s+alimentos)",
        r"\bfda\s+(?:aprob|autoriz|certific|registr|avala)\w*",
        r"\b(?:aprobacion|autorizacion|registro|certificacion|aval|visto\s+bueno|respaldo"
        r"|reconocimiento|sello)\s+(?:de\s+la\s+)?fda\b",
        r"\b(?:lineamientos|normas|normativas?|regulaciones|estandares|directrices)\s+(?:\w+\s+)"
        r"{0,2}?(?:federales|de\s+la\s+fda)",
        r"\bcumpl\w*\s+(?:con\s+)?(?:\w+\s+){0,3}?fda\b",
        # a health regulator's licence held up as approval ("cuenta con licencia de la Cofepris")
        r"\b(?:cuenta|cuentan|contamos)\s+con\s+(?:la\s+|el\s+)?(?:licencia|aprobacion|autorizacion|aval"
        r"|registro)\s+(?:sanitari[oa]\s+)?(?:de\s+(?:la\s+)?|ante\s+(?:la\s+)?)?(?:cofepris|invima|aemps|anmat)\b",
        # a laser or a device cleared by the FDA is the device's clearance, not the cells'
        not_before=r"\b(?:laser|dispositivo|equipo|aparato|maquina|centrifug)\w*\s+(?:[\w-]+\s+){0,4}$",
    ),
    rule(
        "fda_misrepresentation",
        # ... unless the clearance is stretched to the cells ("certificado por la FDA para procesar
        # sus células madre")
        r"\b(?:aprobad|autorizad|avalad|certificad|registrad)\w*\s+(?:\w+\s+){0,2}?por\s+(?:la\s+)?"
        r"fda\s+para\s+(?:\w+\s+){0,3}?(?:" + _CELLS + r"|terapia\s+celular|exosomas)",
        # the FDA said to find the use acceptable or allowed ("para la FDA es aceptable el uso de
        # células madre autólogas ... siempre y cuando no se cultiven"): the exemption as sanction
        r"\bfda\b[^.!?]{0,60}?\b(?:es|son|resulta)\s+(?:aceptable|permitid[oa]|legal)\w*"
        r"[^.!?]{0,60}?(?:" + _CELLS + r"|terapia\s+celular|exosomas)",
    ),
    rule(
        "fda_misrepresentation",
        # approval said to hold in the United States, where the FDA is the regulator ("en Europa
        # y Estados Unidos, los exosomas solo son aprobados para uso tópico")
        r"\b(?:son|es|esta|estan|fue|fueron|ha\s+sido|han\s+sido)\s+(?:(?:solo|solamente|unicamente"
        r"|ya)\s+)?aprobad[oa]s?\s+(?:para|en|como)\b",
        needs_in_sentence=r"\b(?:estados\s+unidos|ee\.?\s?uu\b|eeuu\b|norteamerica)",
        # cord-blood products for blood disorders are approved there
        not_in_sentence=_BLOOD + r"|\bsangre\s+de(?:l)?\s+cordon|\bhematopoy\w*|\bningun\w*",
    ),
    # cure -------------------------------------------------------------------------------------
    rule(
        "cure",
        # "adiós al dolor de rodilla": a condition waved goodbye
        r"\badios\s+(?:a\s+(?:la\s+|las\s+|los\s+|su\s+|tu\s+)?|al\s+)" + _DISEASES,
    ),
    rule(
        "cure",
        _DISEASES,
        needs_in_clause=_TREAT,
        # nor is the immune system that rejects a donor's cells
        not_before=r"\b(?:tipos?\s+de|contraer|transmitir|contagi\w*|tus|sus)\s+$"
        r"|\brechaz\w*\s+(?:\w+\s+){0,2}?(?:por|de)\s+(?:parte\s+de\s+)?(?:el|del|su)\s+(?:propio\s+)?$"
        r"|\b(?:cicatri\w*|marcas|manchas|secuelas|huellas)\s+(?:de\w*\s+)?(?:la\s+|el\s+)?$",
        not_after=r"^\s*(?:previas?|preexistentes?|anteriores?|que\s+(?:padece|tenga))",
        # blood-forming stem cells in blood diseases are an established, approved use; "no está
        # indicado para pacientes con EPOC" names a condition that rules a patient out
        not_in_sentence=_BLOOD + r"|\bno\s+esta\s+indicad\w*|\bcontraindicad\w*",
    ),
    rule(
        "cure",
        r"\b(?:revert\w*|reviert\w*|deten\w*|detien\w*|fren\w*|cur\w*|elimin\w*|acab\w*\s+con"
        r"|par\w*|invert\w*|ralentiz\w*|retras\w*|retard\w*)\s+(?:\w+\s+){0,3}?" + _AGEING,
        # fighting or preventing the *signs* of ageing is cosmetic; ageing itself is not
        r"\b(?:previen\w*|previn\w*|preven\w*|evit\w*|contrarrest\w*|combat\w*)\s+"
        r"(?:(?!signos\b|senales\b|marcas\b)\w+\s+){0,3}?" + _AGEING,
        r"\benvejec\w*\s+(?:\w+\s+){0,2}?(?:se\s+hace|es|sea|resulta|se\s+vuelve)\s+mas\s+lento",
        r"\b(?:par(?:as|an|ar|amos)|deten\w*|detien\w*|fren(?:a|as|an|ar|amos))\s+el\s+"
        r"(?:paso\s+del\s+)?(?:tiempo|reloj)\b"
        r"|\b(?:quitar|restar)\w*\s+(?:\w+\s+){0,2}?anos\b|\b(?:eterna|fuente\s+de\s+la)\s+juventud"
        r"|\b(?:deten\w*|detien\w*|revert\w*|reviert\w*|retroce\w*|atras\w*)\s+(?:\w+\s+){0,2}?"
        r"reloj\s+biologico|\bedad\s+biologica\b"
        r"|\b(?:rejuvenec\w*|quit\w*|rest\w*)\s+(?:\w+\s+){0,3}?(?:hasta\s+)?\d+\s+anos\b"
        r"|\b\d+\s+anos\s+mas\s+joven",
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
        r"|enfermedades|patologias|condiciones|dolencias)\b",
        r"\b(?:reduc|disminu|alivi|elimin|mejor)\w*\s+(?:\w+\s+){0,4}?sintomas\b",
        r"\balivi\w*\s+(?:tu|su|el|sus|tus|los)\s+dolor\w*|\bdolor\w*\s+(?:\w+\s+){0,2}?desaparec\w*"
        r"|\bdesaparec\w*\s+(?:\w+\s+){0,2}?(?:el\s+)?dolor\b",
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
        r"(?:la\s+|los\s+|sus\s+|su\s+)?(?:medicamentos?|farmacos?|medicacion|insulina)\b",
        # stopping blood thinners before the procedure is an instruction, not a benefit
        not_in_sentence=r"\bantes\s+del?\b|\bprevi[oa]s?\b",
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
    ),
    # no_risk ----------------------------------------------------------------------------------
    rule(
        "no_risk",
        r"\bsin\s+(?:ningun\w*\s+)?(?:tipo\s+de\s+)?(?:(?:posibilidad|probabilidad|riesgo)\s+de\s+)?"
        r"(?:riesgos?|efectos\s+(?:secundarios|adversos|colaterales)|complicaciones"
        r"|contraindicaciones|rechazo|reacciones?\s+alergic\w*|alergias?)\b",
        r"\bno\s+(?:hay|existe|existen|tiene|tienen|presenta|presentan|conlleva|conllevan|implica"
        r"|genera|generan|produce|producen|causa|causan|provoca|provocan|posee|poseen|reporta|reportan"
        r"|registra|registran|observa|observan)\s+"
        r"(?:ningun\w*\s+)?(?:tipo\s+de\s+)?(?:(?:posibilidad|probabilidad)\s+de\s+)?(?:riesgos?"
        r"|efectos\s+(?:secundarios|adversos|colaterales)|complicaciones|rechazos?"
        r"|contraindicaciones|peligro|reacciones?\s+alergic\w*|alergias?)\b",
        r"\b(?:anula|elimina|descarta|excluye)\w*\s+(?:la\s+|el\s+|toda\s+|cualquier\s+)?(?:posibilidad|probabilidad"
        r"|riesgo)\s+de\s+(?:\w+\s+){0,2}?(?:reacci|rechaz|infecci|complicaci|efectos\s+(?:adversos"
        r"|secundarios))\w*",
        r"\bningun\w*\s+(?:tipo\s+de\s+)?(?:riesgo|efecto\s+(?:secundario|adverso)|complicacion"
        r"|rechazo)\b",
        r"\bcarece\w*\s+de\s+(?:toda\s+|cualquier\s+)?(?:(?:posibilidad|probabilidad|riesgo)\s+de\s+)?"
        r"(?:toxicidad|riesgos?|rechazos?|complicaciones|efectos\s+(?:secundarios|adversos))",
        r"\bno\s+(?:puede|pueden|podra|podran)\s+(?:producir|generar|causar|provocar|dar)\s+"
        r"(?:ningun\w*\s+)?(?:tipo\s+de\s+)?(?:rechazos?|reacciones?\s+alergic\w*|alergias?"
        r"|efectos\s+(?:secundarios|adversos)|complicaciones)\b",
        r"\bnunca\s+(?:hay|produce|causa|genera)\s+(?:\w+\s+)?(?:rechazo|complicaciones|efectos)",
        self_negated=True,
    ),
    rule(
        "no_risk",
        r"\b(?:cero|nulo|0\s?%)\s+(?:de\s+)?riesgos?\b"
        r"|\briesgos?\s+(?:de\s+(?:(?!no\b|nunca\b)\w+\s+){1,4}?)?(?:es\s+)?(?:cero|nulo|inexistente)\b",
        r"\blibres?\s+de\s+(?:riesgos?|efectos\s+(?:secundarios|adversos)|complicaciones)"
        r"|\briesgos?\s+(?:es\s+)?(?:inexistente|nulo)s?\b|\bsin\s+peligro\b"
        r"|\bseguridad\s+(?:total|absoluta|del\s+100\s?%)|\brechazo\s+(?:cero|nulo)\b"
        r"|\befectos\s+(?:secundarios|adversos)\s+(?:son\s+)?(?:[\w,]+\s+){0,3}?(?:cuasi\s+|practicamente\s+)?"
        r"(?:nulos|inexistentes)|\bno\s+es\s+(?:riesgos[oa]|peligros[oa])\b"
        r"|\b(?:totalmente|completamente|100\s?%)\s+natural\w*\s+y\s+segur[oa]s?\b"
        r"|\bevita\w*\s+(?:\w+\s+)?rechazo\b"
        # "el rechazo ... es imposible", "los riesgos son prácticamente inexistentes"
        r"|\b(?:rechazos?|riesgos?|complicaciones|efectos\s+(?:secundarios|adversos))\b"
        r"(?:\s+[\w-]+){0,4}?\s+(?:es|son|resulta|resultan)\s+(?:practicamente\s+)?"
        r"(?:imposibles?|inexistentes?|nul[oa]s?)\b",
        r"\b(?:elimina|evita)\w*\s+(?:todo|cualquier)\s+(?:tipo\s+de\s+)?riesgo",
        r"\b(?:100\s?%|totalmente|completamente|absolutamente|cien\s+por\s+cien(?:to)?)\s+"
        r"(?:segur[oa]s?|inocu[oa]s?|inofensiv[oa]s?)\b",
    ),
    rule(
        "no_risk",
        # infection avoided along with allergy or rejection: more than the one narrow true point
        # of the patient's own cells ("evite alergias, infecciones o rechazo")
        r"\bevit\w*\s+(?:[\w,]+\s+){0,3}?(?:alergias|rechazo)\w*,?\s+(?:[\w,]+\s+){0,2}?infecciones"
        r"|\bevit\w*\s+(?:[\w,]+\s+){0,3}?infecciones,?\s+(?:[\w,]+\s+){0,3}?(?:rechazo|alergias)",
        # a purpose ("para evitar infecciones y rechazo, se trabaja en sala estéril") is not a promise
        not_before=r"\b(?:para|a\s+fin\s+de)\s+$",
    ),
    rule(
        "no_risk",
        # safe *because* the cells are the patient's own: the source offered as the safety
        r"\b(?:segur[oa]s?|inocu[oa]s?),?\s+(?:\w+\s+){0,3}?(?:debido\s+a|gracias\s+a|porque|por"
        r"|ya\s+que|al\s+ser|al\s+tratarse|dado\s+que|puesto\s+que)\s+(?:\w+\s+){0,4}?"
        r"(?:autolog\w*|propi[oa]s?\s+(?:paciente|celulas|grasa|sangre|cuerpo|tejido|organismo|fluidos))",
        # unless the risks that remain are named beside it
        not_in_sentence=r"\briesgo|\bcomplicacion|\befectos\s+(?:secundarios|adversos)",
    ),
    # guaranteed -------------------------------------------------------------------------------
    rule(
        "guaranteed",
        r"\bgarantiz\w*|\bgarantia\w*|\bgarantid\w*|\bresultados?\s+asegurad\w*"
        r"|\bexito\s+(?:asegurado|garantizado|total)\b"
        r"|\b(?:100\s?%|cien\s+por\s+cien)\s+(?:de\s+)?(?:efectiv|eficac|exito|satisfac)\w*"
        r"|\bsiempre\s+funciona\w*|\bfunciona\s+siempre\b"
        r"|\b(?:tasa|indice|porcentaje)\s+de\s+exito\s+(?:\w+\s+){0,3}?\d+"
        r"|\b\d{2,3}(?:[.,]\d+)?\s?%\s+de\s+nuestros\s+(?:pacientes|casos|clientes)"
        r"|\b\d{2,3}\s?%\s+de\s+(?:satisfaccion|exito|efectividad|eficacia)\b"
        r"|\b(?:fueron|son|ha\s+sido|han\s+sido)\s+todo\s+un\s+exito\b"
        # the clinic's own word given ("le prometemos", "se lo aseguramos")
        r"|\b(?:prometemos|aseguramos)\b",
        not_after=r"^\s*(?:la\s+|su\s+|tu\s+|de\s+|el\s+)?(?:privacidad|confidencial\w*|seguridad"
        r"|calidad|atencion|precio|esteril\w*|intimidad|discrecion|mejor\s+precio"
        r"|(?:maxima|mejor|correcta|adecuada|optima)\s+(?:penetracion|absorcion|distribucion"
        r"|asimilacion|higiene|trazabilidad))",
        # "garantizar" is often "to ensure": only a promised outcome is a guarantee
        not_before=r"\b(?:para|debe\w*|deber\w*|poder|permit\w*|necesari\w*|busca\w*|fin\s+de)\s+$",
        needs_in_clause=r"\b(?:resultad|exito|efect|mejor|joven|rejuvenec|satisf|dinero|eficac"
        r"|permanente|duradero|funciona|cura|piel|arrugas|cambio|content|feliz|encantad)",
    ),
    rule(
        "guaranteed",
        # certainty by grammar: "se verá diez años más joven", "sus cicatrices desaparecerán"
        r"\b(?:se\s+vera|te\s+veras|lucira|luciras|se\s+sentira|te\s+sentiras)\s+(?:\w+\s+){0,3}?"
        r"(?:mas\s+joven\w*|rejuvenecid\w*|radiante|perfect\w*)",
        r"\b(?:cicatrices|arrugas|manchas|lineas|ojeras|poros|flacidez|surcos)\s+(?:\w+\s+){0,3}?"
        r"(?:desaparecer(?:a|an)|se\s+borrar(?:a|an)|se\s+eliminar(?:a|an))\b",
        # the money back if the result does not come
        r"\bsi\s+(?:(?!no\b)\w+\s+){0,4}?no\s+(?:\w+\s+){0,3}?(?:resultad|mejor|satisf|content|cambio)\w*[^.;]{0,40}?"
        r"\b(?:devolvemos|reembolsamos|reintegramos)\b",
        # what patients "always" get
        r"\b(?:pacientes|clientes|clientas)\s+siempre\s+(?:ven|notan|obtienen|logran|consiguen"
        r"|quedan)\b",
    ),
    rule(
        "guaranteed",
        # "verá sin duda una piel más firme": the outcome promised to the reader, by grammar
        r"\b(?:vera|veras|notara|notaras|lucira|luciras|obtendra|obtendras|tendra|tendras)\s+"
        r"(?:\w+\s+)?(?:sin\s+duda|con\s+(?:toda\s+)?seguridad|sin\s+falta)\b"
        r"|\b(?:sin\s+duda|con\s+(?:toda\s+)?seguridad)\s+(?:\w+\s+)?(?:vera|veras|notara|notaras"
        r"|lucira|luciras|obtendra|obtendras)\b",
        needs_in_clause=r"\b(?:resultad|piel|mejor|cambio|diferencia|joven|firme|arrug|efect"
        r"|rejuvenec)",
    ),
    rule(
        "guaranteed",
        # "nunca falla": the denial is the promise
        r"\b(?:nunca|jamas)\s+falla\w*",
        self_negated=True,
    ),
    # permanent --------------------------------------------------------------------------------
    rule(
        "permanent",
        r"\bpermanente(?:s|mente)?\b",
        not_before=r"\b(?:maquillaje|depilacion|tatuaje|residencia|contacto|formacion|equipo"
        r"|personal|atencion|actualizacion|capacitacion|comunicacion|disponibilidad|servicio"
        r"|asistencia|seguimiento|evaluacion|control|vigilancia|monitoreo|busqueda|innovacion"
        r"|comision|comite|consejo|secretaria|mesa|diputacion|asamblea|representante|residente"
        r"|delegacion|observador|tribunal|educacion"
        r"|lucha|riesgo|dano|danos|lesion|lesiones|cicatriz|secuelas?|invalidez|discapacidad"
        r"|ondulacion|alisado|tinte|deformidad|perdida|paralisis|dolor|dano\s+\w+)\s+$"
        # what a reader may want is not a promise ("no es la opción para quienes requieren ...
        # resultados permanentes")
        r"|\b(?:quienes|personas\s+que)\s+(?:requiere|requieren|busca|buscan|quiere|quieren|desea"
        r"|desean)\b[^.;:]{0,120}$",
        # "las cicatrices ... son permanentes": a risk disclosed
        not_in_sentence=r"\bcicatri\w*\b[^.!?]{0,80}?\b(?:son|quedan|seran|pueden\s+ser)\s+"
        r"(?:\w+\s+)?permanentes\b",
    ),
    rule(
        "permanent",
        r"\bpara\s+siempre\b|\bde\s+por\s+vida\b|\beternamente\b|\bde\s+forma\s+definitiva\b"
        r"|\bresultados?\s+(?:\w+\s+)?eternos?\b|\bresultados?\s+(?:es|son)\s+definitiv\w*"
        r"|\bsolucion\s+definitiva\b|\bpara\s+toda\s+la\s+vida\b"
        r"|\btodo\s+lo\s+que\s+(?:necesitara|necesitaras)\b",
        not_before=r"\b(?:cambi|marc|transform|revolucion)\w*\s+(?:\w+\s+)?$"
        r"|\b(?:medicacion|medicamentos?|tratamiento|insulina|dialisis|secuelas?|dano)\s+$",
    ),
    rule(
        "permanent",
        r"\bnunca\s+(?:mas\s+)?(?:tendras|necesitaras|habra)\s+que\s+repetir",
        # hair said not to fall out again: the loss denied is the permanence claimed
        r"\b(?:cabello|pelo|folicul\w*)\s+(?:\w+\s+){0,2}?(?:no|nunca|jamas)\s+(?:mas\s+)?se\s+"
        r"(?:vuelve\s+a\s+)?ca(?:e|en|era|eran)\b|\bresistentes?\s+a\s+la\s+caida\b",
        r"\bno\s+(?:necesita|necesitaras|requiere|requeriras|hace\s+falta)\s+(?:\w+\s+){0,2}?"
        r"(?:retoques|repetir\w*|mantenimiento|nuevas\s+sesiones)",
        # an effect that "never goes away"
        r"\b(?:efecto|resultado|volumen)s?\s+(?:\w+\s+){0,8}?(?:no\s+(?:desaparece|se\s+pierde)\w*\s+"
        r"(?:nunca|jamas)|(?:nunca|jamas)\s+(?:desaparece|se\s+pierde)\w*)"
        # "te acompaña toda la vida", "dura toda la vida": the result, for life
        r"|\b(?:dura|duran|durara|duraran|acompana|acompanara|mantiene|conserva)\w*\s+(?:\w+\s+){0,2}?"
        r"toda\s+la\s+vida\b",
        self_negated=True,
    ),
    # instant ----------------------------------------------------------------------------------
    rule(
        "instant",
        r"\b" + _OUTCOME + r"\s+(?:(?!no\b|nunca\b)\w+\s+){0,2}?" + _SOON,
        r"\btecnicas?\s+inmediatas?\b",
        r"\b(?:inmediatamente|al\s+instante|de\s+inmediato|instantaneamente)\s+(?:\w+\s+){0,3}?"
        r"(?:visibles?|notar\w*|ver\w*|resultad\w*|rejuvenec\w*|mas\s+joven)",
        r"\b"
        + _OUTCOME
        + r"\s+(?:\w+\s+){0,2}?(?:desde\s+(?:la\s+)?primera\s+(?:sesion|aplicacion)"
        r"|el\s+mismo\s+dia|en\s+(?:solo\s+)?(?:minutos|una\s+hora|\d+\s+minutos)"
        r"|desde\s+el\s+primer\s+dia)",
    ),
    rule(
        "instant",
        # "los beneficios ... son visibles de forma inmediata"; swelling seen at once is not a result
        r"\b(?:visibles?|notables?|apreciables?|perceptibles?)\s+" + _SOON,
        not_in_sentence=r"\b(?:hinchazon|inflamacion|hematoma\w*|enrojecimiento|moretones|edema)\b",
    ),
    rule(
        "instant",
        r"\bapenas\s+(?:terminad|finalizad|acabad)[oa]s?\s+(?:la\s+|el\s+)?(?:sesion|tratamiento"
        r"|procedimiento|aplicacion)|\ben\s+apenas\s+(?:una\s+hora|unos?\s+minutos|\d+\s+minutos)"
        r"|\bal\s+salir\s+de\s+(?:la\s+)?(?:clinica|consulta|sesion|consultorio)"
        r"|\ben\s+(?:una\s+sola|solo\s+una|una)\s+hora\b",
        needs_in_sentence=_OUTCOME + r"|arrug\w*|suaviz\w*|ver\b",
    ),
    rule(
        "instant",
        # "de la noche a la mañana"; the final result the same day, on leaving, from the first
        # minute
        r"\bde\s+la\s+noche\s+a\s+la\s+manana\b"
        r"|\bresultado\s+final\b[^.!?]{0,60}?\b(?:mismo\s+dia|al\s+salir|primer\s+minuto"
        r"|inmediat\w*)"
        r"|\b(?:mismo\s+dia|sales?\s+de\s+la\s+(?:consulta|clinica)|primer\s+minuto)\b[^.!?]{0,60}?"
        r"\bresultado\s+final\b",
    ),
    # universal --------------------------------------------------------------------------------
    rule(
        "universal",
        r"\b(?:cualquier|todo|todos\s+los|toda|todas\s+las)\s+(?:tipos?\s+de\s+)?(?:piel|pieles"
        r"|edad|edades|fototipos?|biotipos?)\b",
        # "a disease seen at any age" says nothing of who the treatment suits
        needs_in_clause=_SUITS,
    ),
    rule(
        "universal",
        r"\b(?:apt[oa]s?|adecuad[oa]s?|indicad[oa]s?|ideal|valid[oa]|recomendad[oa]s?|sirve)\s+"
        r"para\s+(?:todo\s+el\s+mundo|todos|todas|cualquier\s+persona|cualquiera)\b",
        r"\btodo\s+el\s+mundo\s+puede\b|\bcualquier\s+persona\s+puede\b"
        r"|\b(?:sin|no\s+hay)\s+(?:limite|restriccion)\w*\s+de\s+edad"
        r"|\btodos\s+(?:somos|son|sois)\s+candidat\w*|\bcualquier\s+persona\b"
        r"|\b(?:sin\s+importar|independientemente\s+de|no\s+importa)\s+(?:la\s+|su\s+|tu\s+|el\s+)?"
        r"(?:edad|tipo\s+de\s+piel)"
        r"|\btodos\s+los\s+pacientes\s+(?:pueden|son\s+candidat\w*)|\bpara\s+todo\s+el\s+mundo\b"
        r"|\bfunciona\s+(?:en|para|con)\s+(?:todos|todas|todo\s+el\s+mundo|cualquiera)\b"
        r"|\btodo\s+tipo\s+de\s+(?:pacientes|personas)|\bcualquier\s+(?:tipo\s+de\s+)?paciente\b"
        r"|\bpara\s+toda\s+persona\b|\btodos\s+los\s+publicos\b|\btodas\s+las\s+personas\b|\bcualquiera\s+puede\b|\bsea\s+cual\s+sea\s+(?:tu|su)\s+(?:edad|piel|tipo)",
    ),
    # unverified_source ------------------------------------------------------------------------
    rule(
        "unverified_source",
        r"\bcordon\b|\b(?:tejido|sangre|gelatina)\s+del\s+cordon\b|\bplacenta\w*"
        r"|\bwharton\b|\bamnio\w*|\bdonante\w*|\bdonador\w*|\bembrion\w*|\bfetal\w*|\bxenogen\w*"
        r"|\b"
        + _CELLS
        + r"\s+(?:de\s+origen\s+)?(?:vegetal\w*|animal\w*|de\s+(?:plantas|manzana\w*"
        r"|frutas|uvas?|algas|animales))"
        r"|\b(?:recog|obten|extra)\w*\s+(?:\w+\s+){0,2}?(?:durante|en|tras)\s+el\s+parto\b"
        r"|\bformula\s+(?:secreta|exclusiva|patentada)|\borigen\s+confidencial"
        r"|\bprepucio\w*|\brecien\s+nacidos?\b|\bde\s+(?:otra\s+persona|terceros|un\s+tercero)\b"
        r"|\b(?:fuentes|celulas|tejidos?)\s+donad[oa]s\b",
        # a marrow transplant for a blood disease is the established use; bone marrow named as
        # one of the sources of a cosmetic treatment ("de fuentes donadas, como la médula ósea")
        # is not
        not_in_sentence=_BLOOD_CANCER
        + r"|\b(?:trasplante|donante|donador|donacion)\w*\s+(?:\w+\s+){0,2}?de\s+medula",
        not_before=r"\b(?:zona|area|region)\s+$",
    ),
    rule(
        "unverified_source",
        r"\b(?:plantas|frutas|manzanas?|algas|uvas?|vegetales|animales|origen\s+vegetal"
        r"|ovin[oa]s?|bovin[oa]s?|porcin[oa]s?|alogenic[oa]s?|ovejas?|cerdos?|vacas?|caballos?"
        r"|conejos?|tiburon\w*|salmon\w*)\b",
        needs_in_clause=_CELLS + r"|exosoma\w*",
    ),
    rule(
        "unverified_source",
        r"\bexosomas\b(?:\s+[\w-]+){0,6}?\s+(?:deriva\w*|obtenid\w*|obtien\w*|procede\w*|provien\w*"
        r"|extraid\w*)\s+(?:\w+\s+){0,2}?(?:de|a\s+partir\s+de)\s+(?:\w+\s+){0,2}?" + _CELLS,
        not_in_sentence=r"autolog\w*|propio\s+paciente|propia\s+sangre|propio\s+cuerpo",
    ),
)

LANGUAGE: Final = Language(
    code="es",
    rules=RULES,
    clause_break=re.compile(
        r";|:(?!\d)|\s[-–—]+\s|\bpero\b|\bsin\s+embargo\b|\baunque\b|\bsino\b|\bmientras\s+que\b"
        r"|\bno\s+obstante\b"
    ),
    negated_before=re.compile(
        # "no", "nunca" and "ningún" reach five words, "sin" and "ni" two ("sin cirugía y con resultados
        # permanentes" still claims them); none reaches across a comma
        r"(?:\b(?:no(?!\s+(?:solo|menos)\b)|nunca|jamas|tampoco|ningun[oa]?|imposible)\b"
        r"(?:[^\w,;]+[\w'-]+){0,5}"
        r"|\b(?:sin|ni|carece\w*\s+de)\b(?:[^\w,;]+(?!(?:y|e|con|pero)\b)[\w'-]+){0,2}"
        r"|\b(?:en\s+lugar\s+de|en\s+vez\s+de|lejos\s+de|el\s+mito\s+de|no\s+es\s+cierto\s+que"
        r"|es\s+falso\s+que|a\s+diferencia\s+de"
        # "no es un «filtro de belleza» que borra las arrugas": what it is not, in a few words
        r"|\bno\s+(?:es|son)\s+(?:un|una|unos|unas|el|la)\b)(?:[^\w,;]+[\w'-]+){0,8})[^\w,;]*$"
    ),
    denied_after=re.compile(
        r"^\W*(?:[\w'-]+\s+){0,3}?(?:no\s+(?:es|son|esta|estan|existe|existen|significa|implica"
        r"|funciona|funcionan|dura|duran|garantiza|se\s+puede|se\s+garantiza)"
        r"|(?:es|son)\s+(?:un\s+|una\s+)?(?:mitos?|falsos?|falsa|mentira))\b"
    ),
    source_denied_after=re.compile(
        r"\b(?:no|nunca|jamas)\s+(?:se\s+)?(?:ha\s+|han\s+)?(?:tienen|tiene|contienen|contiene"
        r"|sobreviven|sobrevive|funcionan|funciona|usamos|utilizamos|trabajamos|ofrecemos|avalad\w*"
        r"|aprobad\w*|autorizad\w*|son|es|estan|esta|existe|existen)\b"
    ),
    source_informs=re.compile(
        # its established use: blood cancers, marrow transplants, cord-blood banks
        r"\b(?:leucemia\w*|linfoma\w*|mieloma\w*|hematopoyetic\w*|hematologic\w*"
        r"|(?:cancer\w*|enfermedad\w*|trastorno\w*)\s+(?:de\s+la\s+)?sangre"
        r"|trasplantes?\s+de\s+medula|bancos?\s+de\s+(?:sangre\s+de\s+)?cordon)\b"
        # cord cells banked for a possible future use ("conservar las células madre del cordón
        # umbilical"); a study described (_STUDY_DESCRIBED, at the end)
        r"|\b(?:conserv|almacen|guard|preserv)\w*\s+(?:las\s+)?celulas\s+madre\s+(?:\w+\s+){0,2}?cordon"
        # what the tissue is, cord blood collected and banked, what a word means, the risks it
        # can carry, what the cells cannot do, sources refused in a list, research reported,
        # nothing approved
        r"|\bes\s+(?:la|el)\s+(?:sangre|organo|tejido|liquido|membrana|capa|fluido)\s+que\b"
        r"|\b(?:rodea|nutre|protege)\w*\s+al\s+bebe\b"
        r"|\bse\s+(?:recoge|extrae)\w*\s+(?:\w+\s+){0,2}?(?:en\s+el\s+)?parto\b"
        r"|\bse\s+congela\w*|\bbancos?\s+(?:privados?|publicos?|de\s+(?:sangre\s+de\s+)?cordon)"
        r"|\b(?:alogenic\w*|xenogenic\w*)\b[^.]{0,40}?\b(?:proceden|significa|se\s+refiere|vienen)\b"
        r"|\bpueden?\s+ser\s+rechazad\w*|\bpueden?\s+(?:provocar|causar|generar|transmitir)\s+"
        r"(?:\w+\s+){0,2}?(?:reacci|rechaz|infecci|enfermedad|tumor)\w*"
        r"|\bno\s+(?:actuan|funcionan|se\s+comportan)\s+como\b|\bno\s+pueden\s+convertirse\b"
        r"|\b(?:no|nunca|jamas)\s+(?:usamos|utilizamos|empleamos|aplicamos)\b[^.]{0,80}\bni\b"
        r"|\binvestigador\w*|\bestudian\s+si\b"
        # a glossary's definition ("Membrana amniótica: capa interna de ...", "Alogénico: que
        # procede de otra persona"); research on the source ("se estudian", "un equipo de
        # científicos", "en cerdos", "uso en investigación"); the risks a product can carry
        # ("puede traer células muertas o bacterias"), an outbreak on record
        r"|^\W*[\w-]+(?:\s+[\w-]+){0,3}\s*:\s+(?:que\s+procede|capa|tejido|celulas|membrana|sangre"
        r"|liquido|gelatina|sustancia|vesiculas|particulas)\b"
        r"|\bse\s+(?:estudian?|investigan?)\b|\b(?:equipo|grupo)\s+de\s+(?:cientificos|investigadores)"
        r"|\bcientificos\b|\ben\s+(?:ratones|ratas|cerdos|animales|modelos\s+animales|monos|perros)\b"
        r"|\buso\s+en\s+investigacion\b|\bestrictamente\s+regulad\w*"
        r"|\bpuede\w*\s+(?:traer|contener|estar\s+contaminad)\w*|\bbrotes?\s+de\b"
        # where the cells were found, told as the history of a discovery
        r"|\bse\s+(?:descubrio|descubrieron|ha\s+descubierto|han\s+descubierto)\b"
        r"|\bningun[oa]?\s+(?:\w+\s+)?(?:esta|estan|ha\s+sido)\s+aprobad\w*"
        # a regulator's or a court's action, a recall, harm on record
        r"|\b(?:fda|cofepris|invima|anmat|aemps|ministerio|juez|jueza|tribunal\w*|corte|ftc)\b"
        r"[^.!?]{0,100}?\b(?:advirti\w*|alert\w*|retir\w*|orden\w*|sancion\w*|clausur\w*"
        r"|demand\w*|prohibi\w*|decomis\w*|suspendi\w*|regula\w*)"
        r"|\bretirad[oa]s?\s+del\s+mercado|\bse\s+retiraron\b"
        r"|\bpacientes?\s+(?:que\s+)?(?:quedaron|quedo|sufrieron|sufrio|desarrollaron|desarrollo"
        r"|murieron|murio|perdieron|perdio|fueron\s+hospitalizad\w*|fue\s+hospitalizad\w*)\b"
        r"|\bregulad[oa]s?\s+como\b|\bse\s+regulan\s+como\b"
        # what the tissue is; firms that sell it; the risks or the ethics it carries
        r"|\b(?:es|son)\s+(?:el|la|los|las|un|una)\s+(?:[\w-]+\s+){0,2}?(?:organo|tejido|fluido"
        r"|liquido|membrana|sustancia|saco|capa)\s+que\b|\bque\s+rodea\w*\b"
        r"|\b(?:empresas|companias|firmas|negocios|vendedores)\s+(?:que\s+)?(?:venden|comercializan"
        r"|ofrecen|anuncian|promocionan)\b|\b(?:algunas|varias|muchas)\s+(?:empresas|companias|firmas)\b"
        r"|(?<!no\s)\b(?:conllevan?|implican?|suponen?|entranan?)\s+(?:\w+\s+){0,2}?"
        r"(?:riesgos?|peligros?)\b|\b(?:dilemas?|debates?|problemas?|cuestiones)\s+etic\w*"
        r"|\bser\s+donante\b|\bdonacion\s+de\b|\bdonar\s+(?:sangre|medula|celulas|organos)\b"
        r"|\b(?:solo|unicamente|exclusivamente)\s+(?:se\s+)?(?:usa|usan|utiliza|utilizan|emplea"
        r"|emplean|permite|permiten)\s+(?:\w+\s+){0,2}?(?:investigacion|ensayos?)\b"
        + "|"
        + _STUDY_DESCRIBED
    ),
    hedges_before=MappingProxyType(
        {
            "permanent": re.compile(
                r"\b(?:puede|pueden|podria|podrian|posiblemente|quizas?|algun[oa]s?|parte"
                r"|parcial\w*|suele|suelen|generalmente|normalmente|hasta\s+un|mayoria)\b"
            ),
            "instant": re.compile(
                r"\b(?:puede|pueden|podria|podrian|algun[oa]s?|primer[oa]s?|inicial\w*|liger\w*"
                r"|leve)\b"
            ),
            "no_risk": re.compile(
                r"\b(?:mayoria|generalmente|normalmente|suele|suelen|casi|raramente|raro|bajo"
                r"|minim\w*|poco)\b"
            ),
            "universal": re.compile(r"\b(?:mayoria|casi|generalmente|muchos|muchas)\b"),
            "guaranteed": re.compile(
                r"\b(?:puede|pueden|podria|podrian|esperamos|intentamos|buscamos|probablemente)\b"
            ),
            "cure": re.compile(
                r"\b(?:potencial\w*|capacidad|podria|podrian|busca\w*|pretende\w*|intenta\w*"
                r"|investiga\w*|estudia\w*|ensayos?|esperanza|futuro|objetivo)\b"
            ),
        }
    ),
    hedges_after=MappingProxyType(
        {
            "permanent": re.compile(
                r"^\W*(?:\w+\s+){0,3}?(?:en\s+(?:algunos|muchos|la\s+mayoria)|en\s+parte"
                r"|parcialmente)\b"
            ),
            "cure": re.compile(r"^\W*(?:\w+\s+){0,4}?(?:en\s+investigacion|en\s+estudio)\b"),
            # "no genera rechazo ... en la mayoría de los pacientes": most is not all
            "no_risk": re.compile(
                r"^\W*(?:[\w'-]+\s+){0,4}?en\s+(?:la\s+)?(?:mayoria|gran\s+parte|casi\s+todos)\b"
            ),
        }
    ),
    hedges_in_sentence=MappingProxyType(
        {
            "cure": re.compile(
                r"\bplantea\w*\s+la\s+posibilidad|\bsi\s+(?:\w+\s+){0,4}?demuestra\w*"
                r"|\bpodria\w*|\binvestigaci\w*|\bpublicad[oa]s?\s+en\b|\brevista\s+\w+"
                r"|\bestudios?\s+(?:publicad|realizad|recientes?|preliminar)\w*"
                r"|\bensayos?\s+clinic\w*|\binvestigador\w*|\bcientificos\b|\bse\s+(?:esta|estan)\s+"
                r"(?:estudiando|investigando|probando)|\b(?:aun|todavia)\s+no\b|\bexperimental\w*"
                r"|\bvari(?:a|an)\s+segun\b"
                # a prospect, an aim or a potential: "en un futuro", "con el propósito de
                # contribuir", "tienen el potencial de ayudar" (and a study described, at the end)
                r"|\ben\s+(?:un|el)\s+futuro\b"
                # "no existe ningún tratamiento con células madre aprobado para ...": none yet
                r"|\bno\s+(?:existe|existen|hay)\s+(?:ningun\w*\s+|aun\s+|todavia\s+)?"
                r"(?:tratamiento|cura|terapia)s?\b"
                # an aim governs every infinitive of its list ("busca acelerar ..., mejorar ... y
                # aliviar lesiones"); a discovery reported
                r"|\b(?:busca|buscan|pretende|pretenden|intenta|intentan)\s+(?:\w+\s+)?\w+(?:ar|er|ir)\b"
                r"|\bse\s+descubrio\s+que\b"
                r"|\bcon\s+el\s+(?:proposito|objetivo|fin)\s+de\b|\b(?:tienen?|con)\s+el\s+potencial\s+de\b"
                # "no la llega a curar", "no es una cura": the sentence denies the cure
                r"|\bno\s+(?:(?:la|lo|las|los)\s+)?(?:llega\w*\s+a\s+)?cura(?:r|n)?\b"
                r"|\bno\s+es\s+una\s+cura\b"
                # blood-forming cells in blood cancers: the established use, not a clinic's cure
                r"|\bhematopoyetic\w*[^.!?]{0,120}?\b(?:leucemia\w*|linfoma\w*|mieloma\w*"
                r"|(?:cancer\w*|enfermedad\w*)\s+de\s+la\s+sangre)"
                r"|\b(?:leucemia\w*|linfoma\w*|mieloma\w*)[^.!?]{0,120}?\bhematopoyetic\w*"
                + "|"
                + _STUDY_DESCRIBED
            ),
            # "sin efectos secundarios importantes": only serious ones are denied, unless the same
            # sentence calls the treatment safe, which offers it as free of risk
            "no_risk": re.compile(
                r"^(?!.*\b(?:es|son)\s+segur[oa]s?\b).*?\b(?:efectos\s+(?:secundarios|adversos)"
                r"|complicaciones|riesgos)\s+(?:importantes|graves|serios|significativ\w*|relevantes"
                r"|mayores)\b"
            ),
            # what exists, or what a word means, is not what the clinic sells
            # "cualquier persona adulta que goce de buena salud": screened after all
            "universal": re.compile(
                r"\b(?:buena\s+salud|buen\s+estado\s+de\s+salud|previa\s+(?:valoracion|evaluacion"
                r"|consulta))\b"
            ),
            "unverified_source": re.compile(
                r"\ben\s+el\s+mercado\b|\bnos\s+referimos\b|\bse\s+refiere\b"
                r"|\b(?:dos|tres|varios|diferentes|distintos)\s+tipos\s+de\s+celulas"
            ),
        }
    ),
    warning=re.compile(
        r"\bcuidado\b|\bdesconfi\w*|\bojo\s+con\b|\bprecaucion\b|\balert\w*|\badvert\w*|\badviert"
        r"\w*|\bno\s+(?:te\s+)?(?:dejes|dejarse|creas|caigas)\b|\bsenal\w*\s+de\s+alarma"
        r"|\bevit[ae]\w*\s+(?:las\s+|los\s+)?(?:clinicas|centros)"
        r"|\bpreocupante\w*"
        r"|\b(?:clinicas|centros|institutos|anuncios|webs?)\s+que\s+(?:proponen|prometen|ofrecen|anuncian|aseguran"
        r"|garantizan|dicen|venden)|\b(?:otras|algunas|muchas)\s+clinicas\b"
        r"|\bquien(?:es)?\s+(?:lo\s+|los\s+|la\s+|las\s+)?(?:ofrece\w*|vende\w*|promociona\w*"
        r"|anuncia\w*)\b"
    ),
    reported=re.compile(
        r"\bengan\w*|\bfraud\w*|\bestafa\w*|(?<!por\s)\bsupuest\w*|\bmitos?\b"
        # what a firm says, as reported ("según dicen"); a law that forbids it
        r"|\bsegun\s+(?:dicen|afirman|aseguran|sostienen)\b|\bprohibe\w*|\bvetad[oa]s?\b"
        # "ningún estudio sólido ha demostrado ...": the evidence said to be missing
        r"|\bningun\w*\s+(?:\w+\s+){0,2}?(?:estudio|ensayo|prueba)s?\b"
        r"|\bpromet(?:e|en|ia|ian|io|ieron|iendo|edor\w*)\b"
        r"|\bno\s+(?:esta|estan|ha\s+sido|han\s+sido)\s+(?:\w+\s+)?(?:aprobad|probad|demostrad"
        r"|autorizad)\w*|\bsin\s+(?:el\s+)?(?:respaldo|aval|autorizacion)\b|\bno\s+autorizad\w*"
        # a regulator named is news about it, unless it is the one said to back the treatment
        # ("avalado por COFEPRIS y la FDA") or to have licensed it ("licencia de la Cofepris")
        r"|(?<!por\s)(?<!por\sla\s)(?<!licencia\sde\s)(?<!licencia\sde\sla\s)"
        r"(?<!registro\sante\s)(?<!registro\sante\sla\s)\b(?:cofepris|invima|anmat|aemps)\b|\babus\w*|\bdudos\w*|\bdudas\b"
        r"|\bcontroversia\w*|\bpolemic\w*|\baseguran\s+que\b|\bdeclar(?:o|aron|a)\b"
        r"|\bse\s+(?:estan\s+)?(?:estudiando|investigando)\b|\bfalta(?:n)?\s+(?:estudios|evidencia)"
        r"|\b(?:baja|poca|sin)\s+evidencia\b|\bno\s+hay\s+(?:evidencia|pruebas|estudios)"
        # "se presenta como un milagro" reports a sale; "como una alternativa" is the offer itself
        r"|\bse\s+(?:presenta|presentan|venden?|anuncian?)\s+como\b(?!\s+(?:una|dos|tres|la|las|el"
        r"|los)?\s*(?:alternativa|opcion)\w*)|\bpublicidad\b|\bdenunci\w*"
        r"|\bse\s+han\s+(?:explorado|probado|estudiado|investigado|ensayado)\b|\bse\s+supone\w*\b"
        r"|\bsu\s+afirmacion\b"
        # what a firm says on its own website, clinics that advertise it, a use without approval
        r"|\ben\s+su\s+(?:pagina|sitio)\s+(?:web|de\s+internet)\b"
        r"|\bclinicas?\s+(?:\w+\s+){0,3}?que\s+(?:anuncian|ofrecen|venden|promocionan|promueven"
        r"|publicitan)\b|\bsin\s+(?:la\s+)?aprobacion\b"
        r"|\b(?:segun|de\s+acuerdo\s+con)\s+(?:\w+\s+){0,2}?expertos\b|\bpracticas\s+irregulares|\bilegal\w*|\bprohibid\w*|\bno\s+(?:esta|estan)\s+permitid\w*"
    ),
    question=re.compile(r"^[\s\"'«“]*¿"),
)
