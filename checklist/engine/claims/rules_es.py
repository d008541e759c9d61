"""Spanish: the rules and context words, as data (the context words, which drop a proposal, in
``rules_es_context``; the cure rules and their vocabulary of disease in ``rules_es_cure``).
Patterns are lower-case ASCII, read against the folded text (``foreign.fold``): accents are
optional ("curación" and "curacion" alike)."""

from __future__ import annotations

from typing import Final

from . import semantic
from .foreign import Language, rule
from .rules_es_context import (
    CLAUSE_BREAK,
    DENIED_AFTER,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    HEDGES_IN_SENTENCE,
    NEGATED_BEFORE,
    QUESTION,
    REPORTED,
    SEMANTIC_ANCHORS,
    SOURCE_DENIED_AFTER,
    SOURCE_INFORMS,
    WARNING,
)
from .rules_es_cure import _APPROVED_CARE, _MARROW_ESTABLISHED, _NOT_CANDIDATE, CURE_RULES
from .rules_es_fda import _CELLS, FDA_RULES
from .rules_es_implied import IMPLIED_RULES

_OUTCOME = (
    r"(?:resultad\w*|efect\w*|cambio\w*|mejor\w*|lifting|tensado|rejuvenec\w*|transformaci\w*"
    r"|brillo|luminosidad|resplandor"
    r"|diferencia|benefici\w*|piel\s+(?:mas\s+)?(?:joven|tersa|firme))"
)
_SUITS = (
    r"\b(?:apt|adecuad|indicad|ideal|recomend|para\b|sirve|funciona|puede|aplica|benefici|ayud"
    r"|candidat|trat|valid|realiz|utiliz|usar|uso\b|resultad|efectiv|eficaz|segur[oa]s?\b|permite)"
)
# weeks or months named, unless the wait is what is denied ("no hay que esperar semanas")
_LATER = (
    r"^(?!.*\b(?:no\s+(?:hay\s+que|hace\s+falta|tienes\s+que|tiene\s+que|necesitas?)|sin|olvidate\s+de)\s+"
    r"(?:\w+\s+){0,3}?(?:semanas|meses)\b).*\b(?:semanas?|mes|meses|anos?)\b"
)
_SOON = (
    # (not a comparison: "los rellenos tienen efecto más inmediato")
    r"(?:(?<!mas\s)inmediat\w*|instantane\w*|al\s+instante|de\s+inmediato|en\s+el\s+acto"
    # "el efecto es de una": at once, said colloquially (not "de una sesión")
    r"|de\s+(?:forma|manera)\s+inmediata|de\s+una(?=\s*[:;,.!?]|\s*$))"
)

RULES: Final = (
    # fda_misrepresentation --------------------------------------------------------------------
    *FDA_RULES,
    # cure (rules_es_cure) ----------------------------------------------------------------------
    *CURE_RULES,
    # no_risk ----------------------------------------------------------------------------------
    rule(
        "no_risk",
        r"\bsin\s+(?:ningun\w*\s+|los\s+|las\s+|el\s+)?(?:tipo\s+de\s+)?(?:(?:posibilidad|probabilidad|riesgo)\s+de\s+)?"
        # ("sin el riesgo de algún efecto secundario")
        r"(?:(?:algun|ningun)\w*\s+)?"
        r"(?:riesgos?|efectos\s+(?:secundarios|adversos|colaterales|negativos)|complicaciones"
        r"|contraindicaciones|rechazo|reacciones?\s+alergic\w*|alergias?)\b",
        # harm to health denied outright ("no es dañino para la salud del paciente", "sin que esto
        # cause daños en nuestra piel")
        r"\bno\s+(?:es|son|resulta|resultan)\s+(?:\w+\s+)?(?:danin[oa]s?|perjudicial\w*|nociv[oa]s?)\s+"
        r"para\s+(?:la\s+|el\s+|su\s+|tu\s+|nuestra\s+)?(?:salud|paciente|organismo|cuerpo|piel)\b"
        r"|\bsin\s+que\s+(?:esto\s+|ello\s+)?(?:cause|provoque|produzca)n?\s+(?:ningun\w*\s+)?danos?\b",
        r"\bno\s+(?:hay|existe|existen|tiene|tienen|presenta|presentan|conlleva|conllevan|implica"
        r"|genera|generan|produce|producen|causa|causan|provoca|provocan|posee|poseen|reporta|reportan"
        r"|registra|registran|observa|observan"
        # "no ha mostrado efectos secundarios" (tras millones de aplicaciones)
        r"|(?:ha|han)\s+(?:mostrado|presentado|registrado|causado|provocado))\s+"
        r"(?:ningun\w*\s+)?(?:tipo\s+de\s+)?(?:(?:posibilidad|probabilidad)\s+de\s+)?(?:riesgos?"
        r"|efectos\s+(?:secundarios|adversos|colaterales)|complicaciones|rechazos?"
        r"|contraindicaciones|peligro|reacciones?\s+alergic\w*|alergias?)\b",
        # "no tiene consecuencias a largo plazo", "no deja secuelas", "sin secuelas"
        r"\b(?:no\s+(?:tiene|tienen|deja|dejan|produce|producen|genera|generan)|sin)\s+(?:ningun\w*\s+)?"
        r"(?:consecuencias|secuelas)\b",
        # (not "no elimina el riesgo de infección": a risk admitted)
        r"(?<!\bno\s)\b(?:anula|elimina|descarta|excluye)\w*\s+(?:la\s+|el\s+|toda\s+|cualquier\s+)?(?:posibilidad|probabilidad"
        r"|riesgo)\s+de\s+(?:\w+\s+){0,2}?(?:reacci|rechaz|infecci|complicaci|efectos\s+(?:adversos"
        r"|secundarios))\w*",
        r"\bningun\w*\s+(?:tipo\s+de\s+)?(?:riesgo|efecto\s+(?:secundario|adverso)|complicacion"
        r"|rechazo)\b"
        # harm in other words: "no causa daño alguno", "no representa ningún peligro para tu salud"
        r"|\bno\s+(?:causa|causan|provoca|provocan|produce|producen|genera|generan|hace|representa"
        r"|representan|supone|suponen)\s+(?:ningun\w*\s+)?(?:tipo\s+de\s+)?(?:dano|danos|peligro)"
        r"(?:\s+algun[oa])?\b"
        # "no se presentan riesgos", "no pone en riesgo tu salud"
        r"|\bno\s+se\s+(?:presenta|presentan|producen|generan|conocen)\s+(?:ningun\w*\s+)?(?:riesgos?"
        r"|efectos\s+(?:secundarios|adversos)|complicaciones)\b"
        r"|\bno\s+(?:pone|ponen)\s+en\s+(?:riesgo|peligro)\s+(?:tu|su|la)\s+salud\b",
        r"\bcarece\w*\s+de\s+(?:toda\s+|cualquier\s+)?(?:(?:posibilidad|probabilidad|riesgo)\s+de\s+)?"
        r"(?:toxicidad|riesgos?|rechazos?|complicaciones|efectos\s+(?:secundarios|adversos)"
        r"|reacciones\s+(?:adversas|alergic\w*)|alergias)",
        r"\bno\s+(?:puede|pueden|podra|podran)\s+(?:producir|generar|causar|provocar|dar)\s+"
        r"(?:ningun\w*\s+)?(?:tipo\s+de\s+)?(?:rechazos?|reacciones?\s+alergic\w*|alergias?"
        r"|efectos\s+(?:secundarios|adversos)|complicaciones)\b",
        r"\bnunca\s+(?:hay|produce|causa|genera)\s+(?:\w+\s+)?(?:rechazo|complicaciones|efectos)",
        # harm said to be impossible ("no existe forma de que te hagan daño", "no hay nada que
        # pueda salir mal")
        r"\bno\s+(?:hay|existe)\s+(?:ninguna\s+)?(?:forma|manera|modo|posibilidad)\s+de\s+que\s+"
        r"(?:(?!no\b)\w+\s+){0,4}?(?:dan\w*|dano|mal\b|complic\w*|rechac\w*|reaccion\w*|infect\w*)"
        r"|\bnada\s+(?:\w+\s+)?(?:puede|pueda|podra|podria)\s+(?:salir\s+mal|ir\s+mal|complicarse"
        r"|fallar)\b"
        r"|\bno\s+(?:te|le|les|os)?\s*(?:puede|pueden|podra|podran|va\s+a|van\s+a)\s+(?:hacer|causar)\s+"
        r"(?:ningun\s+)?dano\b",
        # a record offered as safety ("no hemos tenido ni una complicación")
        r"\bni\s+(?:una?|un\s+sol[oa]|una\s+sola)\s+(?:complicacion|efecto\s+(?:secundario|adverso)"
        r"|rechazo|infeccion|reaccion)\b",
        # a note's "is not" sign ("células autólogas ≠ sin riesgo"); both ways ("opciones con y
        # sin efectos secundarios")
        not_before=r"\u2260\s*$|\bcon\s+(?:y|o)\s+$",
        self_negated=True,
    ),
    rule(
        "no_risk",
        r"\b(?:cero|nulo|0\s?%)\s+(?:de\s+)?riesgos?\b"
        r"|\briesgos?\s+(?:de\s+(?:(?!no\b|nunca\b)\w+\s+){1,4}?)?(?:es\s+)?(?:cero|nulo|inexistente)\b"
        # a risk given the value none, as in a table ("Posibilidad de complicaciones | Nosotros: nula")
        r"|\b(?:posibilidad|probabilidad|riesgo)\s+de\s+(?:complicaciones|rechazo|efectos\s+(?:secundarios"
        r"|adversos)|infecci\w*|reacci\w*)\s*[|:]\s*(?:(?:con\s+)?(?:nosotros|nuestra\s+clinica)\s*:\s*)?"
        r"(?:nula|nulo|cero|ninguna|0\s?%)\b",
        r"\blibres?\s+de\s+(?:riesgos?|efectos\s+(?:secundarios|adversos)|complicaciones)"
        r"|\briesgos?\s+(?:es\s+)?(?:inexistente|nulo)s?\b|\bsin\s+peligro\b"
        r"|\bseguridad\s+(?:total|absoluta|del\s+100\s?%)|\brechazo\s+(?:cero|nulo)\b"
        # session 23, as English reads them: "total seguridad", "ninguna posibilidad de
        # infección", "la ausencia de efectos secundarios", "sin molestias, dolor ni efectos
        # secundarios", "completamente indoloros y seguros"
        r"|\b(?:total|absoluta|completa|plena)\s+seguridad\b"
        r"|\bninguna\s+(?:posibilidad|probabilidad)\s+de\s+(?:infeccion|rechazo|complicacion\w*|reaccion\w*)"
        r"|\bausencia\s+(?:total\s+)?de\s+(?:efectos\s+(?:secundarios|adversos)|riesgos?|complicaciones)"
        r"|\bsin\s+(?:\w+,?\s+){1,4}?ni\s+(?:efectos\s+(?:secundarios|adversos)|riesgos?|complicaciones)"
        # ("totalmente natural y seguro" among them)
        r"|\b(?:totalmente|completamente|100\s?%)\s+\w+\s+y\s+segur[oa]s?\b"
        r"|\befectos\s+(?:secundarios|adversos)\s+(?:son\s+)?(?:[\w,]+\s+){0,3}?(?:cuasi\s+|practicamente\s+)?"
        r"(?:nulos|inexistentes)|\bno\s+es\s+(?:riesgos[oa]|peligros[oa])\b"
        r"|\bevita\w*\s+(?:\w+\s+)?rechazo\b"
        # "el rechazo ... es imposible", "los riesgos son prácticamente inexistentes"
        r"|\b(?:rechazos?|riesgos?|complicaciones|efectos\s+(?:secundarios|adversos))\b"
        r"(?:\s+[\w-]+){0,4}?\s+(?:es|son|resulta|resultan)\s+(?:practicamente\s+)?"
        r"(?:imposibles?|inexistentes?|nul[oa]s?)\b",
        r"\b(?:elimina|evita)\w*\s+(?:todo|cualquier)\s+(?:tipo\s+de\s+|posibilidad\s+de\s+)?riesgo",
        # a risk asked about and answered none ("¿Efectos secundarios? Ninguno.", "¿Alergia?
        # Imposible")
        r"(?:(?<=secundarios\?\s)|(?<=adversos\?\s)|(?<=riesgos\?\s)|(?<=riesgo\?\s)"
        r"|(?<=complicaciones\?\s)|(?<=alergia\?\s)|(?<=alergias\?\s)|(?<=rechazo\?\s)"
        r"|(?<=reaccion\?\s)|(?<=peligro\?\s))(?:ningun[oa]?|cero|imposible|nulo|nada"
        # ("¿Es un tratamiento sin riesgos? No." admits them)
        r"|(?<!sin\sriesgos\?\s)(?<!sin\sriesgo\?\s)(?<!sin\scomplicaciones\?\s)(?<!sin\srechazo\?\s)"
        r"(?<!sin\sefectos\ssecundarios\?\s)(?<!sin\sefectos\sadversos\?\s)no(?=\s*[.!]))\b",
        r"\b(?:100\s?%|totalmente|completamente|absolutamente|cien\s+por\s+cien(?:to)?)\s+"
        r"(?:segur[oa]s?|inocu[oa]s?|inofensiv[oa]s?)\b",
    ),
    rule(
        "no_risk",
        # the treatment called harmless outright ("un tratamiento eficaz, inocuo y poco doloroso"),
        # or its safety said to be ensured ("lo que asegura su seguridad")
        r"\binocu[oa]s?\b|\b(?:asegura|garantiza)(?:n|ndo)?\s+(?:su|la|tu)\s+(?:total\s+)?seguridad\b",
        # "relativamente inocuo" weighs it; a substance said harmless in itself is chemistry
        not_before=r"\b(?:relativamente|generalmente|practicamente|casi|bastante|considerad[oa]s?)\s+$",
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
        # the body said never to reject what is its own ("el organismo no se rechaza a sí mismo",
        # "lo natural no se rechaza"), unless the risks that remain are named beside it
        r"\bno\s+(?:se\s+)?rechaza(?:n|ra|ran)?\s+a\s+si\s+mism[oa]s?\b"
        r"|\blo\s+(?:natural|propio|tuyo|suyo)\s+no\s+(?:se\s+)?rechaza\w*",
        not_in_sentence=r"\briesgo|\bcomplicacion|\binfecci|\befectos\s+(?:secundarios|adversos)",
        self_negated=True,
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
    rule(
        "no_risk",
        # the same the other way round ("al usar los propios componentes del cuerpo, es un
        # tratamiento seguro"), unless risks that remain are named (a risk denied is no admission)
        r"\b(?:al|como|ya\s+que|porque|dado\s+que|puesto\s+que)\s+(?:\w+\s+){0,2}?(?:tus|sus|los|las|su|tu)?\s*"
        r"propi[oa]s?\s+(?:\w+\s+){0,2}?(?:componentes|celulas|grasa|sangre|plasma|tejidos?|fluidos)\b"
        r"[^.!?]{0,80}?\b(?:es|son|resulta|resultan)\s+(?:un\s+(?:tratamiento|procedimiento|metodo)\s+"
        r"|una\s+(?:terapia|opcion|tecnica)\s+)?(?:totalmente\s+|completamente\s+|muy\s+)?segur[oa]s?\b",
        not_in_sentence=r"\bcomplicacion|\befectos\s+(?:secundarios|adversos)|\briesgos?\s+(?:son|es"
        r"|incluyen|como|posibles)|\bpuede\w*\s+(?:causar|provocar|presentar)",
    ),
    # guaranteed -------------------------------------------------------------------------------
    rule(
        "guaranteed",
        r"\bgarantiz\w*|\bgarantia\w*|\bgarantid\w*|\bresultados?\s+asegurad\w*"
        r"|\bexito\s+(?:asegurado|garantizado|total)\b"
        r"|\b(?:100\s?%|cien\s+por\s+cien)\s+(?:de\s+)?(?:efectiv|eficac|exito|satisfac)\w*"
        r"|\bsiempre\s+funciona\w*|\bfunciona\s+siempre\b"
        # the clinic's own figure ("tus probabilidades de éxito con nosotros: 97%", "un 99,2 % de
        # casos exitosos", "el 100 % de nuestras pacientes")
        r"|\b(?:tasa|indice|porcentaje|probabilidad(?:es)?)\s+de\s+exito[\s:]+(?:\w+:?\s+){0,3}?\d+"
        r"|\b\d{2,3}(?:[.,]\d+)?\s?%\s+de\s+nuestr[oa]s\s+(?:pacientes|casos|clientes|clientas)"
        r"|\b\d{2,3}(?:[.,]\d+)?\s?%\s+de\s+(?:casos\s+|procedimientos\s+|tratamientos\s+)?"
        r"(?:satisfaccion|exito|exitos[oa]s|efectividad|eficacia)\b"
        r"|\b(?:fueron|son|ha\s+sido|han\s+sido)\s+todo\s+un\s+exito\b"
        # the clinic's share that reach their goals ("87% logran objetivos"), a change said to
        # be inevitable
        r"|\b\d{2,3}\s?%\s+(?:logran|consiguen|alcanzan)\b|\b(?:transformacion|cambio|mejora)\s+es\s+inevitable\b"
        # an outcome measured in the clinic's own figure ("reducción del 76 por ciento de los signos
        # de envejecimiento facial"); a study's figure is reported, not promised
        r"|\b(?:reduccion|mejora|mejoria|aumento|disminucion)\s+(?:de(?:l)?\s+)?(?:un\s+)?"
        r"\d{2,3}(?:[.,]\d+)?\s?(?:%|por\s+ciento)"
        # the clinic's own word given ("le prometemos", "se lo aseguro yo", "le asegura el resultado
        # que usted busca"); "aseguró" alone is a report ("aseguró que los resultados ...")
        r"|\b(?:prometemos|aseguramos)\b|\b(?:se\s+lo|se\s+la|te\s+lo|te\s+la|le|te|les)\s+(?:aseguro"
        r"|prometo)\b|\b(?:le|te|les)\s+asegura(?:n|mos)?\b"
        # the outcome said to be ensured ("estas innovaciones aseguran resultados")
        r"|\basegura(?:n)?\s+(?:unos\s+|los\s+|el\s+|un\s+|excelentes\s+|mejores\s+)?(?:resultados?|exito)\b",
        not_after=r"^\s*(?:la\s+|su\s+|tu\s+|de\s+|el\s+)?(?:privacidad|confidencial\w*|seguridad|acceso"
        r"|calidad|atencion|precio|esteril\w*|intimidad|discrecion|mejor\s+precio"
        r"|(?:maxima|mejor|correcta|adecuada|optima)\s+(?:penetracion|absorcion|distribucion"
        r"|asimilacion|higiene|trazabilidad))",
        # "garantizar" is often "to ensure": only a promised outcome is a guarantee
        # (nor a better chance: "con mayor garantía de éxito")
        not_before=r"\b(?:para|como|debe\w*|deber\w*|poder|permit\w*|necesari\w*|busca\w*|fin\s+de"
        r"|mayor(?:es)?|mas|menor(?:es)?)\s+$"
        # a study's figure, reported ("en el estudio, los autores observaron una reducción del 50%")
        r"|\b(?:estudios?|ensayos?|investigaci\w*|autores|publicad[oa]s?)\b[^.!?]*$",
        # ... or health itself for the years to come ("células que son garantía de salud para el
        # futuro")
        needs_in_clause=r"\b(?:resultad|exito|efect|mejor|joven|rejuvenec|satisf|dinero|eficac|objetiv|transform"
        r"|permanente|duradero|funciona|cura|piel|arrugas|envejec|cambio|content|feliz|encantad"
        r"|salud\s+(?:para\s+el|en\s+el|de\s+por\s+vida|futura))",
    ),
    rule(
        "guaranteed",
        # ... but results ensured are results promised, whatever the purpose clause ("estudio de
        # cada caso para garantizar resultados seguros y naturales"), as English reads "to
        # guarantee natural results"
        r"\b(?:para|a\s+fin\s+de)\s+garantizar\s+(?:unos\s+|los\s+|sus\s+|tus\s+)?resultados\b",
    ),
    rule(
        "guaranteed",
        # a high share of patients said to improve, with no study named ("alrededor del 85% de
        # los pacientes tienen una reducción significativa"), as English reads the figure
        r"\b(?:[7-9]\d|100)(?:[.,]\d+)?(?:\s*[-\u2013]\s*\d{2,3})?\s?(?:%|por\s+ciento)\s+de\s+"
        r"(?:(?:los|las|nuestr[oa]s)\s+)?(?:pacientes|casos|clientes|clientas|personas|usuari[oa]s)\s+"
        r"(?:\w+\s+){0,6}?"
        r"(?:mejor\w*|reduc\w*|resultad\w*|notan?\b|ven\b|obtien\w*|consigu\w*|satisf\w*|disminu\w*"
        r"|aument\w*|respond\w*|recuper\w*|quedan?\s+embarazad\w*)"
        # ... the result named first ("resultados satisfactorios en el 80-82% de los pacientes",
        # "recuperando en un 90% de pacientes el grosor"), a share of the problem removed ("un 80%
        # de eliminación de lesiones", "una mejora del dolor entre el 80% y 100%")
        r"|\b(?:resultad|exit|mejor|recuper|logr|consigu)\w*\s+(?:\w+\s+){0,2}?en\s+(?:el|un)\s+"
        r"(?:[7-9]\d|100)(?:\s*[-\u2013]\s*\d{2,3})?\s?%\s+de\s+(?:(?:los|las|nuestr[oa]s)\s+)?"
        r"(?:pacientes|casos|personas)\b"
        r"|\b(?:[7-9]\d|100)\s?%\s+de\s+(?:eliminacion|mejora|mejoria|reduccion|desaparicion)\b"
        r"|\bmejor\w*\s+(?:\w+\s+){0,3}?entre\s+el\s+(?:[7-9]\d|100)\s?%"
        # ... or the clinic's success or pregnancy rate ("la tasa de embarazo en nuestro centro es
        # del 60-70 %", "la probabilidad de éxito en un primer ciclo es de un 60%")
        r"|\b(?:tasa|probabilidad|indice)\s+de\s+(?:exito|embarazo|gestacion)\b[^.!?]{0,80}?\b\d{2}(?:[.,]\d+)?\s?%",
        not_in_sentence=r"\b(?:estudios?|ensayos?|investigaci\w*|autores|publicad[oa]s?|revista"
        r"|revision\w*|varia\w*|no\s+(?:se\s+)?garantiz\w*|segun|registro|datos|sef|edad|anos)\b"
        # (nor an authorised cell medicine's trial result: "con el tratamiento NC1 el 80% ...")
        + "|"
        + _APPROVED_CARE,
    ),
    rule(
        "guaranteed",
        # certainty by grammar: "se verá diez años más joven", "sus cicatrices desaparecerán"
        r"\b(?:se\s+vera|te\s+veras|lucira|luciras|se\s+sentira|te\s+sentiras"
        r"|(?:te|le|lo|la|los|las)\s+hara(?:n)?\s+(?:parecer|lucir|ver(?:te|se)?|sentir(?:te|se)?))"
        r"\s+(?:\w+\s+){0,3}?(?:mas\s+joven\w*|mas\s+fresc\w*|rejuvenecid\w*|radiante|perfect\w*)",
        r"\b(?:cicatrices|arrugas|manchas|lineas|ojeras|poros|flacidez|surcos)\s+(?:\w+\s+){0,3}?"
        r"(?:desaparecer(?:a|an)|se\s+borrar(?:a|an)|se\s+eliminar(?:a|an))\b",
        # a preview promised as the outcome ("lo que ves en tu simulación es exactamente lo que vas
        # a tener")
        r"\b(?:exactamente|justo|tal\s+cual)\s+(?:lo\s+que|como)\s+(?:vas|va|van)\s+a\s+(?:tener"
        r"|obtener|lucir|quedar)\b",
        # "vas a ver cómo se te borran las ojeras"
        r"\b(?:vas|va|van)\s+a\s+(?:ver|notar)\s+(?:como\s+)?(?:se\s+(?:te|le|les)\s+)?(?:borran|desaparecen"
        r"|quitan|esfuman)\s+(?:\w+\s+){0,2}?(?:cicatrices|arrugas|manchas|lineas|ojeras|poros|flacidez"
        r"|surcos)\b",
        # the result the reader came for, promised ("vas a salir con la cara que viniste a buscar")
        r"\b(?:vas|va|van)\s+a\s+(?:salir|quedar|regresar|volver|irte|irse)\s+con\s+(?:el|la|tu|su)\s+"
        r"(?:\w+\s+)?que\s+(?:\w+\s+){0,3}?(?:busc|quier|dese|son|merec)\w*",
        # the change said to be certain ("aquí el cambio es seguro", "el éxito está asegurado")
        r"\b(?:cambio|exito|mejoria)\s+(?:es|esta)\s+(?:segur|asegurad)[oa]\b(?!\s+(?:para|en|con)\b)",
        # the money back, or the session repeated free, if the result does not come
        r"\bsi\s+(?:(?!no\b)\w+\s+){0,4}?no\s+(?:\w+\s+){0,3}?(?:resultad|mejor|satisf|content|cambio"
        r"|diferencia|firme|funcion|not|ve|logr|obten|consig)\w*[^.;?!]{0,60}?\b(?:devolvemos|reembolsamos"
        r"|reintegramos|repetimos\b[^.;]{0,40}?\b(?:sin\s+(?:costo|cargo)|gratis))\b"
        r"|\b(?:devolvemos|reembolsamos|reintegramos)\b[^.;?!]{0,60}?\bsi\s+no\s+(?:\w+\s+){0,2}?(?:ves|ve"
        r"|notas|nota|hay|logras|logra|obtienes|obtiene|funciona|resultad|mejor|diferencia|cambio"
        r"|satisf|content)"
        # after the promised result ("notarás tu piel más firme, y si no, te reembolsamos"), or
        # in its place ("ves el cambio o te devolvemos tu dinero")
        r"|\bsi\s+no\s*,\s*(?:(?!no\b)\w+\s+){0,2}?(?:devolvemos|reembolsamos|reintegramos)\b"
        r"|\b(?:ves|ve|notas|nota|funciona|resultad\w*|cambio|mejor\w*)\b[^.;?!]{0,40}?\bo\s+(?:te\s+"
        r"|le\s+|les\s+|os\s+)?(?:devolvemos|reembolsamos|reintegramos)\b",
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
        r"|lucira|luciras|obtendra|obtendras)\b|\bsi\s+o\s+si\b"
        # "tu piel quedará más firme", "notarás una piel más joven": the reader's skin as it will be
        r"|\b(?:tu|su)\s+(?:piel|rostro|cara|cutis|cabello|pelo)\s+(?:\w+\s+)?(?:quedara|estara|lucira"
        r"|se\s+vera)\s+(?:\w+\s+)?mas\s+(?:firme|joven|tersa|tenso|tensa|luminosa|lisa|radiante|suave"
        r"|fresc[oa]|uniforme|denso|abundante|fuerte)\b"
        r"|\b(?:vera|veras|notara|notaras|lucira|luciras|tendra|tendras|obtendra|obtendras)\s+(?:una|un)\s+"
        r"(?:piel|rostro|cutis|aspecto|cabello)\s+(?:\w+\s+)?mas\s+(?:firme|joven|tersa|luminos[oa]|lis[oa]"
        r"|radiante|suave|fresc[oa]|uniforme|denso|abundante)\b"
        # "usted va a ver su cara más firme", "notarás tu piel más firme"
        r"|\b(?:(?:vas|va|van)\s+a\s+(?:ver|notar|tener|lucir)|vera|veras|notara|notaras|lucira"
        r"|luciras|tendra|tendras)\s+(?:tu|su)\s+(?:cara|piel|rostro|cuello|escote|mirada)\s+mas\s+"
        r"(?:firme|joven|tersa|luminosa|lisa|radiante|tensa|uniforme)\b"
        # "puede contar con ese mismo resultado"
        r"|\b(?:puede|puedes|pueden|podra|podras)\s+contar\s+con\s+(?:ese|esos|el|los|este|estos|esa"
        r"|la)\s+mism[oa]s?\s+(?:resultad|exito|cambio)\w*",
        needs_in_clause=r"\b(?:resultad|piel|mejor|cambio|diferencia|joven|firme|arrug|efect"
        r"|rejuvenec)",
    ),
    rule(
        "guaranteed",
        # "nunca falla", "no se ha ido ni una paciente sin su resultado": the denial is the promise
        # ("no ha habido una sola paciente que se fuera sin ver el cambio")
        r"\b(?:nunca|jamas)\s+falla\w*|\b(?:ni|no\s+(?:ha\s+habido|hay|hubo))\s+(?:una?|un\s+solo"
        r"|una\s+sola)\s+(?:paciente|cliente|clienta|persona)\s+(?:que\s+(?:\w+\s+){0,3}?)?sin\s+"
        r"(?:ver\s+|notar\s+)?(?:su\s+|sus\s+|el\s+|la\s+)?(?:resultad|cambio|mejori)\w*",
        self_negated=True,
    ),
    rule(
        "guaranteed",
        # the clinic's figure made the reader's odds ("9 de cada 10 viajeras regresan con el
        # cambio que buscaban; tú serás la siguiente")
        r"\b(?:tu|usted)\s+(?:tambien\s+)?(?:seras|sera|vas\s+a\s+ser|va\s+a\s+ser)\s+(?:el|la)\s+"
        r"(?:siguiente|proxim[oa])\b|\b(?:tu|usted)\s+tambien\s+(?:lo\s+|la\s+)?(?:vas\s+a|va\s+a"
        r"|lograras|lograra|conseguiras|conseguira|veras|vera|notaras|notara)\b"
        # ("esas son tus probabilidades: prácticamente vas a ser uno de ellos")
        r"|\b(?:esas?|estas?|esos|estos)\s+son\s+(?:tus|sus)\s+(?:probabilidades|posibilidades|chances)\b"
        r"|\b(?:vas|va)\s+a\s+ser\s+(?:un[oa]|otr[oa])\s+(?:mas\s+)?de\s+(?:ell[oa]s|ell[oa]s)\b",
        needs_in_sentence=r"\d\s?%|\b(?:(?:\d+|nueve|ocho|siete)\s+)?de\s+cada\s+(?:10|diez|100|cien)\b",
    ),
    # permanent --------------------------------------------------------------------------------
    rule(
        "permanent",
        # ("un cambio irreversible, no un retoque")
        r"\bpermanente(?:s|mente)?\b|\birreversible(?:s|mente)?\b",
        not_before=r"\b(?:maquillaje|depilacion|tatuaje|residencia|contacto|formacion|equipo"
        r"|personal|atencion|actualizacion|capacitacion|comunicacion|disponibilidad|servicio"
        r"|asistencia|seguimiento|evaluacion|control|vigilancia|monitoreo|busqueda|innovacion"
        r"|comision|comite|consejo|secretaria|mesa|diputacion|asamblea|representante|residente"
        r"|delegacion|observador|tribunal|educacion|dientes|muelas|denticion|dentadura"
        r"|lucha|riesgo|dano|danos|lesion|lesiones|cicatriz|secuelas?|invalidez|discapacidad"
        r"|ondulacion|alisado|tinte|deformidad|perdida|paralisis|dolor|dano\s+\w+|complicacion\w*"
        r"|ceguera|necrosis|cicatrices|productos?|materiales?|implantes?|deterioro(?:\s+progresivo\s+[ey])?|degeneracion(?:\s+progresiva\s+[ey])?)\s+$"
        # both ways: "que impida temporal o permanentemente el tratamiento"
        r"|\btemporal(?:es|mente)?\s+o\s+$"
        # what a reader may want is not a promise ("no es la opción para quienes requieren ...
        # resultados permanentes")
        r"|\b(?:quienes|personas\s+que)\s+(?:requiere|requieren|busca|buscan|quiere|quieren|desea"
        r"|desean)\b[^.;:]{0,120}$",
        # "las cicatrices ... son permanentes": a risk disclosed
        not_in_sentence=r"\bcicatri\w*\b[^.!?]{0,80}?\b(?:son|quedan|seran|pueden\s+ser)\s+"
        r"(?:\w+\s+)?permanentes\b"
        # kinds of filler classified ("temporales, semipermanentes y permanentes")
        r"|\bclasific\w*|\btemporales\b[^.!?]{0,30}?\bsemipermanentes\b",
    ),
    rule(
        "permanent",
        r"\bpara\s+siempre\b|\bde\s+por\s+vida\b|\beternamente\b|\bde\s+forma\s+definitiva\b"
        # "una desaparición definitiva de la pigmentación"
        r"|\b(?:desaparicion|eliminacion|correccion)\s+definitiva\b"
        r"|\bresultados?\s+(?:\w+\s+)?eternos?\b|\bresultados?\s+(?:es|son)\s+definitiv\w*"
        r"|\b(?:solucion|tratamiento|remedio)\s+definitiv[oa]\b|\bpara\s+toda\s+la\s+vida\b"
        # done once for good ("te lo haces una vez en la vida", "se hace una vez y listo")
        r"|\buna\s+(?:sola\s+)?vez\s+en\s+(?:la|tu|su)\s+vida\b|\buna\s+(?:sola\s+)?vez\s+y\s+(?:listo"
        r"|ya\b|se\s+acabo|para\s+siempre)"
        r"|\btodo\s+lo\s+que\s+(?:necesitara|necesitaras)\b"
        # a duration listed as a value ("Rellenos: 6 meses. Células madre: toda la vida.")
        r"|(?<=:\s)toda\s+la\s+vida\b(?=\s*[.!]|\s*$)"
        # "te acompaña toda la vida", "conserva el resultado el resto de tu vida": the result, for
        # life ("ningún tratamiento lo conserva toda la vida" denies it)
        r"|\b(?:dura|duran|durara|duraran|acompana|acompanara|mantiene|conserva|perdura)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:toda\s+la\s+vida|el\s+resto\s+de\s+(?:tu|su|la)\s+vida)\b",
        not_before=r"\b(?:cambi|marc|transform|revolucion)\w*\s+(?!que\b)(?:\w+\s+)?$"
        r"|\b(?:medicacion|medicamentos?|tratamiento|insulina|dialisis|secuelas?|dano)\s*:?\s+$"
        # check-ups for life are care, not a result ("tendrá revisiones de por vida")
        r"|\b(?:revision|control|chequeo|seguimiento|vigilancia)\w*\s+(?:\w+\s+)?$",
        # a lifetime membership or discount is no result ("la membresía de por vida")
        not_in_sentence=r"\b(?:membresia|descuento|fidelidad|suscripcion)\w*",
    ),
    rule(
        "permanent",
        r"\bnunca\s+(?:mas\s+)?(?:tendras|necesitaras|habra)\s+que\s+repetir",
        # ("no tendrás que repetirlo nunca", "no vas a tener que volver nunca más por retoques")
        r"\b(?:tendras|tendra|vas\s+a\s+tener|va\s+a\s+tener|hara\s+falta|habra\s+que)\s+(?:que\s+)?"
        r"(?:volver|repetir\w*|retocar\w*)\s+(?:\w+\s+){0,2}?(?:nunca|jamas)\b",
        # hair said not to fall out again: the loss denied is the permanence claimed
        r"\b(?:cabello|pelo|folicul\w*)\s+(?:\w+\s+){0,2}?(?:no|nunca|jamas)\s+(?:mas\s+)?se\s+"
        r"(?:vuelve\s+a\s+)?ca(?:e|en|era|eran)\b|\bresistentes?\s+a\s+la\s+caida\b",
        r"\bno\s+(?:necesita|necesitaras|requiere|requeriras|hace\s+falta)\s+(?:\w+\s+){0,2}?"
        r"(?:retoques|repetir\w*|mantenimiento|nuevas\s+sesiones)",
        # an effect that "never goes away"
        r"\b(?:efecto|resultado|volumen)s?\s+(?:\w+\s+){0,8}?(?:no\s+(?:desaparece|se\s+pierde)\w*\s+"
        r"(?:nunca|jamas|con\s+(?:los\s+anos|el\s+tiempo|la\s+edad))|(?:nunca|jamas)\s+(?:desaparece"
        r"|se\s+pierde)\w*)",
        self_negated=True,
    ),
    # instant ----------------------------------------------------------------------------------
    rule(
        "instant",
        r"\b" + _OUTCOME + r"\s+(?:(?!no\b|nunca\b)\w+\s+){0,2}?" + _SOON,
        r"\btecnicas?\s+inmediatas?\b",
        r"\b(?:inmediatamente|al\s+instante|de\s+inmediato|instantaneamente)\s+(?:\w+\s+){0,3}?"
        r"(?:visibles?|notar\w*|ver\w*|resultad\w*|rejuvenec\w*|mas\s+joven)"
        # "inmediatamente después de la intervención, podrá apreciar unos resultados"
        # "los dientes quedan más blancos inmediatamente después de la sesión"
        r"|\b(?:quedan?|queda|luce|lucen|se\s+ven?)\s+mas\s+\w+\s+inmediatamente\s+despues\b"
        r"|\binmediatamente\s+despues\s+de\s+(?:la|el)\s+\w+,?\s+(?:\w+\s+){0,2}?(?:apreciar|notar"
        r"|ver)\w*",
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
        r"|\ben\s+(?:menos\s+de\s+)?(?:una\s+sola|solo\s+una|una)\s+hora\b",
        needs_in_sentence=_OUTCOME + r"|arrug\w*|suaviz\w*|ver\b|apariencia|firme\w*",
    ),
    rule(
        "instant",
        # "de la noche a la mañana"; the final result the same day, on leaving, from the first
        # minute
        # (not a clinic that shuts overnight: "se encuentran con las puertas cerradas")
        r"\b(?:de\s+la\s+noche\s+a\s+la\s+manana|de\s+un\s+dia\s+para\s+otro)\b"
        r"(?![^.!?]*\b(?:puertas\s+cerrad|cierr|quiebr)\w*)"
        # ... the final result the morning after, or as soon as the session ends
        r"|\b(?:a\s+la\s+manana\s+siguiente|al\s+dia\s+siguiente)\b[^.!?]{0,30}?\bresultado\s+final\b"
        r"|\b(?:efecto|resultado)\s+(?:completo|final|total)\s+se\s+(?:aprecia|ve|nota)\s+en\s+cuanto\s+"
        r"(?:termina|acaba|finaliza)\b"
        r"|\bresultado\s+final\b[^.!?]{0,60}?\b(?:mismo\s+dia|al\s+salir|primer\s+minuto"
        r"|inmediat\w*|en\s+(?:una\s+sola|solo\s+una|una)\s+(?:tarde|manana|noche|hora)\b)"
        r"|\b(?:mismo\s+dia|sales?\s+de\s+la\s+(?:consulta|clinica)|primer\s+minuto)\b[^.!?]{0,60}?"
        r"\bresultado\s+final\b",
        # walking out with the result ("sales a las 12 con el rostro que siempre soñaste", "sales
        # con el resultado final puesto")
        r"\bsal(?:es|e|en|dras|dra|imos)?\b[^.!?]{0,30}?\bcon\s+(?:el|la|tu|su)\s+(?:resultado\s+final"
        r"|(?:rostro|cara|piel|resultado|cambio|efecto)\s+que)\b"
        # ... or with years off, minutes or an hour later ("salir, una hora después, con diez años
        # menos")
        r"|\bsal(?:ir|es|e|en|dras|dra|imos)\b[^.!?]{0,30}?\b(?:minutos|horas?)\s+despues\b[^.!?]{0,40}?"
        r"\b(?:anos\s+menos|(?:perdid|quitad|restad|menos)\w*\s+(?:\w+\s+){0,3}?anos)\b",
    ),
    rule(
        "instant",
        # what is seen now called the final result ("lo que ves a la derecha ya es el resultado
        # final, no es inflamación": the swelling denied is part of the claim)
        r"\bya\s+(?:es|son)\s+(?:el|tu|su)\s+resultado\s+(?:final|definitivo|completo)\b",
        # ... or shown off the day after ("os lo hacéis el viernes y el sábado ya lucís el
        # resultado final")
        r"\bya\b(?:\s+\w+){0,5}?\s+luc\w*\s+(?:el|tu|su)\s+resultado\s+(?:final|definitivo|completo)\b",
        not_in_sentence=_LATER,
        self_negated=True,
    ),
    rule(
        "instant",
        # a before-and-after minutes or hours apart ("antes y después: la misma paciente con 45
        # minutos de diferencia")
        r"\bmism[oa]\s+(?:paciente|persona|rostro|cara)\b[^.!?]{0,30}?\b(?:\d+|unos|pocos|una|dos"
        r"|tres)\s+(?:minutos|horas?)\s+de\s+diferencia\b",
    ),
    rule(
        "instant",
        # the change already complete on waking, on leaving, off the couch ("al despertar al día
        # siguiente la transformación ya está completa", "se levanta de la camilla y el surco ya
        # no está")
        r"\bya\s+(?:(?:esta|estan|es|son|se\s+ven?|luce|lucen)\s+)?(?:(?:completa|total)mente\s+)?"
        r"(?:complet|terminad|renovad|transformad|rejuvenecid)[oa]s?\b"
        r"|\b(?:arrugas?|surcos?|lineas|ojeras|manchas|bolsas)\s+ya\s+no\s+(?:esta|estan|se\s+ven?)\b",
        needs_in_sentence=r"\bal\s+despertar|\bal\s+dia\s+siguiente|\bmanana\s+siguiente|\bmismo\s+dia\b"
        r"|\bal\s+salir\b|\bde\s+la\s+camilla\b|\ben\s+(?:unos\s+|pocos\s+)?minutos\b"
        r"|\ben\s+(?:una|dos|pocas)\s+horas?\b",
        not_in_sentence=r"\b(?:semanas|meses)\b",
    ),
    # universal --------------------------------------------------------------------------------
    rule(
        "universal",
        r"\b(?:cualquier|todo|todos\s+los|toda|todas\s+las)\s+(?:tipos?\s+de\s+)?(?:piel|pieles"
        r"|edad|edades|fototipos?|biotipos?)\b"
        # every kind of the concern ("planes de prevención para todo tipo de alopecia")
        r"|\b(?:cualquier|todo)\s+tipo\s+de\s+(?:alopecia|calvicie|cicatri\w*|arrugas|manchas|acne"
        r"|flacidez)\b",
        # "a disease seen at any age" says nothing of who the treatment suits
        needs_in_clause=_SUITS,
    ),
    rule(
        "universal",
        r"\b(?:apt[oa]s?|adecuad[oa]s?|indicad[oa]s?|ideal|valid[oa]|recomendad[oa]s?|sirve"
        r"|beneficios[oa]s?)\s+"
        r"para\s+(?:todo\s+el\s+mundo|todos|todas|cualquier\s+persona|cualquiera|la\s+totalidad)\b"
        # "se adapta a ti sin excepción"; offered with no assessment first ("sin consulta de
        # evaluación previa")
        r"|\b(?:se\s+adapta\w*|funciona\w*|sirve\w*|apt[oa]s?|valid[oa]s?)\s+(?:\w+\s+){0,3}?sin\s+"
        r"excepci\w*"
        r"|\bsin\s+(?:(?:consulta|cita)\s+(?:de\s+)?)?(?:valoracion|evaluacion|revision\s+medica"
        r"|examen\s+medico)\s+(?:medica\s+)?previ[ao]\b",
        r"\btodo\s+el\s+mundo\s+puede\b|\bcualquier\s+persona\s+puede\b"
        r"|\b(?:sin|no\s+hay)\s+(?:limite|restriccion)\w*\s+de\s+edad"
        r"|\btodos\s+(?:somos|son|sois)\s+candidat\w*|\bcualquier\s+persona\b"
        # "no importa su edad", "da igual si tienes 25 o 75"
        r"|\b(?:sin\s+importar|independientemente\s+de|no\s+importa|da\s+igual|da\s+lo\s+mismo)\s+"
        r"(?:(?:la|su|tu|el|si|que)\s+)?(?:(?:tienes|tiene|tengas|tenga|eres|es|seas|sea)\s+)?"
        r"(?:edad|tipo\s+de\s+piel|\d+\b|joven|hombre|mujer)"
        r"|\btodos\s+los\s+pacientes\s+(?:pueden|son\s+candidat\w*)|\bpara\s+todo\s+el\s+mundo\b"
        r"|\bfunciona\s+(?:en|para|con)\s+(?:todos|todas|todo\s+el\s+mundo|cualquiera)\b"
        # "a todos les funciona igualito"
        r"|\ba\s+(?:todos|todas|todo\s+el\s+mundo|cualquiera)\s+(?:les?\s+)?(?:funciona|sirve)\b"
        r"|\btodo\s+tipo\s+de\s+(?:pacientes|personas)"
        # (not a duty laid on any patient: "cualquier paciente con una enfermedad mental ...
        # debería esperar")
        r"|\bcualquier\s+(?:tipo\s+de\s+)?paciente\b(?![^.!?]{0,80}?\bdeb(?:e|en|eria|erian)\b)"
        r"|\bpara\s+toda\s+persona\b|\btodos\s+los\s+publicos\b|\btodas\s+las\s+personas\b|\bcualquiera\s+puede\b|\bsea\s+cual\s+sea\s+(?:tu|su)\s+(?:edad|piel|tipo)",
        # a slogan's fragment standing alone ("Una sola terapia. Cualquier edad. Cualquier piel.")
        r"(?:^|(?<=[.!?]\s))(?:cualquier|toda|todas\s+las|todos\s+los)\s+(?:edad|edades|piel|pieles"
        r"|tipo\s+de\s+piel)(?=\s*[.!]|\s*$)",
    ),
    rule(
        "universal",
        # no one screened or turned away ("no necesita estudios ni valoración previa", "nunca le
        # hemos tenido que decir que no a nadie", "ninguna paciente se va sin tratamiento")
        r"\bno\s+(?:necesita|necesitas|requiere|requieres|hace\s+falta)\s+(?:(?!solo\b)\w+\s+){0,3}?"
        r"(?:valoracion|evaluacion|revision\s+medica|examen\s+medico)\b",
        # "cualquiera que desee una barba perfecta puede someterse a este procedimiento"
        r"\bcualquier(?:a|\s+persona)\s+que\s+(?:desee|quiera|busque)\b[^.!?]{0,60}?\bpuede\b",
        r"\b(?:nunca|jamas)\s+(?:\w+\s+){0,4}?(?:decir\s+que\s+no|dicho\s+que\s+no|rechaz\w*|negad\w*)\s+"
        r"(?:a\s+)?(?:nadie|ningun\w*|una?\s+(?:sola\s+|solo\s+)?(?:paciente|persona|clienta?))\b"
        r"|\bno\s+(?:rechazamos|rechaza|descartamos|excluimos)\s+a\s+(?:nadie|ningun\w*)\b",
        r"\b(?:nadie|ningun[oa]?\s+(?:paciente|persona|cliente|clienta))\s+(?:se\s+va|sale|se\s+queda"
        r"|queda|se\s+fue|se\s+ha\s+ido)\s+sin\s+(?:su\s+)?(?:tratamiento|tratar\w*|atender\w*"
        r"|ser\s+atendid\w*)",
        not_in_sentence=_NOT_CANDIDATE,
        self_negated=True,
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
        # "una fórmula celular propia cuya composición es confidencial"
        r"|\b(?:composicion|origen|procedencia)\s+(?:\w+\s+){0,2}?(?:secret[oa]|confidencial)\b"
        # ("una línea celular propia cuya fórmula no podemos revelar")
        r"|\b(?:formula|composicion|origen|procedencia)\s+(?:\w+\s+){0,2}?no\s+(?:podemos|puede|se\s+puede"
        r"|pueden)\s+(?:revelar|divulgar|desvelar|compartir|contar)\b"
        r"|\bprepucio\w*|\brecien\s+nacidos?\b|\bde\s+(?:otra\s+persona|terceros|un\s+tercero)\b"
        r"|\b(?:fuentes|celulas|tejidos?)\s+donad[oa]s\b",
        # a marrow transplant for a blood disease is the established use; bone marrow named as
        # one of the sources of a cosmetic treatment ("de fuentes donadas, como la médula ósea")
        # is not
        not_in_sentence=_MARROW_ESTABLISHED
        + r"|\b(?:zonas?|areas?)\b[^.;]{0,40}?\bdona(?:nte|dora)s?\b",  # a hair transplant's donor area
        not_before=r"\b(?:zonas?|areas?|region|regiones)\s+$|\b(?:a\s+diferencia\s+de|en\s+comparacion\s+con)"
        r"\s+(?:las\s+|los\s+)?(?:celulas\s+(?:madre\s+)?)?$",
    ),
    rule(
        "unverified_source",
        r"\b(?:plantas|frutas|manzanas?|algas|uvas?|vegetales|animales|origen\s+vegetal"
        r"|ovin[oa]s?|bovin[oa]s?|porcin[oa]s?|alogenic[oa]s?|ovejas?|cerdos?|vacas?|caballos?"
        r"|conejos?|tiburon\w*|salmon\w*)\b",
        needs_in_clause=_CELLS + r"|exosoma\w*",
        not_in_sentence=_MARROW_ESTABLISHED,
    ),
    rule(
        "unverified_source",
        r"\bexosomas\b(?:\s+[\w-]+){0,6}?\s+(?:deriva\w*|obtenid\w*|obtien\w*|procede\w*|provien\w*"
        r"|extraid\w*)\s+(?:\w+\s+){0,2}?(?:de|a\s+partir\s+de)\s+(?:\w+\s+){0,2}?" + _CELLS,
        not_in_sentence=r"autolog\w*|propio\s+paciente|propia\s+sangre|propio\s+cuerpo",
    ),
    # claims in other words (rules_es_implied) ----------------------------------------------------
    *IMPLIED_RULES,
)

LANGUAGE: Final = Language(
    code="es",
    rules=RULES,
    clause_break=CLAUSE_BREAK,
    negated_before=NEGATED_BEFORE,
    denied_after=DENIED_AFTER,
    source_denied_after=SOURCE_DENIED_AFTER,
    source_informs=SOURCE_INFORMS,
    hedges_before=HEDGES_BEFORE,
    hedges_after=HEDGES_AFTER,
    hedges_in_sentence=HEDGES_IN_SENTENCE,
    warning=WARNING,
    reported=REPORTED,
    question=QUESTION,
    semantic_anchors=SEMANTIC_ANCHORS,
    exemplars=semantic.bank_digest("es"),
)
