"""Spanish: the context words that drop a proposal (negations, denials, hedges, warnings,
reported speech, sources named to inform), as data for ``rules_es.LANGUAGE``. Patterns are
lower-case ASCII, read against the folded text (``foreign.fold``)."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

# a study described: "el estudio evaluó la seguridad y eficacia de ..."
_STUDY_DESCRIBED = r"\bel\s+estudio\s+(?:evaluo|analizo|incluyo|comparo|siguio)\b"

CLAUSE_BREAK: Final = re.compile(
    r";|:(?!\d)|\s[-–—]+\s|\bpero\b|\bsin\s+embargo\b|\baunque\b|\bsino\b|\bmientras\s+que\b"
    r"|\bno\s+obstante\b"
)


def _words_on(count: int) -> str:
    """Up to ``count`` words after a negation, none across a comma or a semicolon: how far it
    reaches."""
    return r"(?:[^\w,;]+[\w'-]+){0," + str(count) + "}"


NEGATED_BEFORE: Final = re.compile(
    # "no", "nunca" and "ningún" reach five words, "sin" and "ni" two ("sin cirugía y con resultados
    # permanentes" still claims them); none reaches across a comma
    # (not "no quirúrgico", "no invasivo": a kind of procedure, not a denial)
    r"(?:\b(?:no(?!\s+(?:solo|menos|quirurgic[oa]s?|invasiv[oa]s?|ablativ[oa]s?)\b)|nunca|jamas|tampoco"
    r"|ningun[oa]?|imposible)\b"
    + _words_on(5)
    # "no todo ... aplica para todo el mundo", "no quiere decir que lo pueda hacer cualquier
    # persona": denied for all, or what it does not mean, reach eight words
    + r"|\bno\s+(?:tod[oa]s?|quiere\s+decir\s+que|significa\s+que)\b"
    + _words_on(8)
    # "no estamos afirmando que ... son aprobados por la FDA": what the clinic says it does not
    # claim, to the end of its clause
    + r"|\bno\s+(?:estamos\s+(?:afirmando|diciendo|sugiriendo|prometiendo)|afirmamos|decimos"
    r"|sugerimos|prometemos|pretendemos\s+(?:decir|afirmar))\s+que\b"
    + _words_on(12)
    # "ningún proveedor legítimo te dirá que ... está libre de riesgos": what nobody honest says
    + r"|\bningun\w*\s+(?:[\w'-]+\s+){0,3}?(?:te\s+|le\s+|les\s+)?(?:dira|diria|dice|promete|prometera"
    r"|garantiza|garantizara|asegura|asegurara)\s+que\b"
    + _words_on(12)
    # "no existe un tratamiento que detenga la caída para siempre": what does not exist, to the
    # end of the clause that says what it would do (as English reads "there is no treatment that")
    + r"|\bno\s+(?:existe|existen|hay)\s+(?:[\w'-]+\s+){0,3}?(?:que|capaz\s+de|capaces\s+de)\b"
    + _words_on(8)
    # (not "sin cirugía", "sin agujas": a kind of procedure named, as "no invasivo" is; "lifting
    # sin cirugía aprobado por la FDA" still claims the approval)
    + r"|\b(?:sin(?!\s+(?:cirugia|bisturi|agujas|cortes|incisiones|quirofano|hospitalizacion)\b"
    r"(?:[^\w,;]+[\w'-]+)?[^\w,;]*$)|ni|carece\w*\s+de)\b(?:[^\w,;]+(?!(?:y|e|con|pero)\b)[\w'-]+){0,2}"
    # a note's "is not" sign ("células autólogas ≠ sin riesgo")
    r"|\u2260"
    + _words_on(2)
    # "nada en dermatología es para siempre": nothing is, a few words on
    + r"|\bnada\s+(?:[\w'-]+\s+){0,4}?(?:es|son|sera|seran|dura|duran)\b"
    + _words_on(3)
    + r"|\b(?:en\s+lugar\s+de|en\s+vez\s+de|lejos\s+de|el\s+mito\s+de|no\s+es\s+cierto\s+que"
    r"|es\s+falso\s+que|a\s+diferencia\s+de"
    # "no es un «filtro de belleza» que borra las arrugas": what it is not, in a few words
    r"|\bno\s+(?:es|son)\s+(?:un|una|unos|unas|el|la)\b)" + _words_on(8) + r")[^\w,;]*$"
)

DENIED_AFTER: Final = re.compile(
    # ("te queda para siempre, no es como el bótox": a comparison, not a denial)
    r"^\W*(?:[\w'-]+\s+){0,3}?(?:no\s+(?:(?:es|son)(?!\s+como\b)|esta|estan|existe|existen|significa|implica"
    r"|funciona|funcionan|dura|duran|garantiza|se\s+puede|se\s+garantiza)"
    r"|(?:es|son)\s+(?:un\s+|una\s+)?(?:mitos?|falsos?|falsa|mentira))\b"
    # the phrase itself said not to erase or stand for something ("una garantía de satisfacción
    # no borra los riesgos"); not a relative clause after it ("... que no sustituye ...")
    r"|^\W*(?:(?!que\b)[\w'-]+\s+){0,3}?no\s+(?:borra|borran|sustituye|sustituyen|reemplaza"
    r"|reemplazan|equivale|equivalen)\b"
)

SOURCE_DENIED_AFTER: Final = re.compile(
    r"\b(?:no|nunca|jamas)\s+(?:se\s+)?(?:ha\s+|han\s+)?(?:tienen|tiene|contienen|contiene"
    r"|sobreviven|sobrevive|funcionan|funciona|usamos|utilizamos|trabajamos|ofrecemos|avalad\w*"
    r"|aprobad\w*|autorizad\w*|son|es|estan|esta|existe|existen)\b"
)

SOURCE_INFORMS: Final = re.compile(
    # donation as everyday life: egg, semen, blood, plasma, organ and marrow donation, the donors'
    # registry, assisted reproduction, a newborn's cord blood given to a public bank ("la sangre de
    # cordón que dones"), egg donors as women ("las donantes"); a clinic's donor cells are still sold
    r"\b(?:ovodonacion|donacion\s+de\s+(?:ovulos|semen|sangre|plasma|organos|medula|embriones)"
    r"|donantes?\s+de\s+(?:ovulos|semen|sangre|plasma|organos|medula)|registro\s+de\s+donantes"
    r"|banco\s+de\s+semen|tasa\s+de\s+donantes|reproduccion\s+asistida|fecundacion\s+in\s+vitro"
    r"|embriones\s+(?:donados|destinados)|(?:la|las)\s+donantes?|que\s+dones)\b|"
    # the child's own cord blood or cells ("su propia sangre de cordón"), autologous
    r"\b(?:su|tu|sus|tus)\s+propi[oa]s?\s+(?:sangre\s+de(?:l)?\s+cordon|celulas)\b|"
    # a mother's own placenta eaten or encapsulated (placentofagia) is no donor source; an
    # animal's placenta, or placental cells injected or in a cream, are
    r"^(?!.*\b(?:oveja|ovin|bovin|vaca|cerdo|porcin|animal|donant|donad|inyec|celulas\s+madre|suero"
    r"|crema|extracto|facial|amnio|cordon)\w*)(?=.*\bplacent\w*)(?=.*\b(?:encapsul\w*|capsulas?"
    r"|pildoras?|tintura\w*|batido\w*|consum\w*|comer|come|comen|ingeri\w*|ingest\w*|placentofag\w*"
    r"|(?:su|tu|mi)\s+propia\s+placenta)\b)|"
    # its established use: blood cancers, marrow transplants, cord-blood banks
    r"\b(?:leucemia\w*|linfoma\w*|mieloma\w*|hematopoyetic\w*|hematologic\w*"
    r"|(?:cancer\w*|enfermedad\w*|trastorno\w*)\s+(?:de\s+la\s+)?sangre"
    r"|trasplantes?\s+de\s+medula|bancos?\s+de\s+(?:sangre\s+de\s+)?cordon)\b"
    # cord cells banked for a possible future use ("conservar las células madre del cordón
    # umbilical"); a study described (_STUDY_DESCRIBED, at the end)
    r"|\b(?:conserv|almacen|guard|preserv)\w*\s+(?:las\s+)?celulas\s+madre\s+(?:\w+\s+){0,2}?cordon"
    # ... or the baby's cord said to be kept ("el cordón se guarda solo para el niño")
    r"|\b(?:el|su|tu)\s+cordon\b(?:\s+\w+){0,3}?\s+se\s+(?:guarda|almacena|conserva|congela"
    r"|criopreserva|preserva)\b"
    # transplant medicine: a donor matched to a patient ("glóbulos blancos compatibles con los
    # del paciente"), unless matching is said to be needless, as sellers of donor cells say
    r"|^(?!.*\b(?:sin|no|ni)\s+(?:\w+\s+){0,3}?compatib).*(?:\bcompatib\w*\s+con\s+(?:(?:los|las|el|la)\s+"
    r"(?:del\s+|de\s+la\s+)?|(?:algun|un)\s+(?:posible\s+)?)(?:paciente|receptor)"
    r"|\bpruebas?\s+de\s+compatibilidad|\bhla\b)"
    # what the tissue is, cord blood collected and banked, what a word means, the risks it
    # can carry, what the cells cannot do, sources refused in a list, research reported,
    # nothing approved
    r"|\bes\s+(?:la|el)\s+(?:sangre|organo|tejido|liquido|membrana|capa|fluido)\s+que\b"
    r"|\b(?:rodea|nutre|protege)\w*\s+al\s+bebe\b"
    r"|\bse\s+(?:recoge|extrae)\w*\s+(?:\w+\s+){0,2}?(?:en\s+el\s+)?parto\b"
    r"|\bse\s+congela\w*|\bbancos?\s+(?:de\s+(?:sangre|celulas(?:\s+madre)?)\s+)?(?:privados?"
    r"|publicos?)"
    r"|\b(?:alogenic\w*|xenogenic\w*)\b[^.]{0,40}?\b(?:proceden|significa|se\s+refiere|vienen)\b"
    r"|=\s*(?:origen\s+)?(?:alogenic|xenogenic|heterolog)\w*"
    # a patient's legal remedy ("¿puedo demandar si me inyectaron células de donante sin avisarme?")
    r"|\b(?:demandar|pleitos?|abogad[oa]s?)\b|\bsin\s+(?:avisar\w*|(?:mi|su|tu)\s+consentimiento)\b"
    r"|\bpueden?\s+ser\s+rechazad\w*|\bpueden?\s+(?:provocar|causar|generar|transmitir)\s+"
    r"(?:\w+\s+){0,2}?(?:reacci|rechaz|infecci|enfermedad|tumor)\w*"
    r"|\bno\s+(?:actuan|funcionan|se\s+comportan)\s+como\b|\bno\s+pueden\s+convertirse\b"
    r"|\b(?:no|nunca|jamas)\s+(?:usamos|utilizamos|empleamos|aplicamos|trabajamos\s+con|ofrecemos"
    r"|vendemos|se\s+(?:usan|utilizan|emplean|aplican|ofrecen|venden))\b[^.]{0,80}\bni\b"
    # a use refused or advised against ("rechazamos el uso de exosomas de origen donante")
    r"|\b(?:rechaz|desaconsej|conden)\w*\s+(?:el|su)\s+(?:uso|empleo|utilizacion)\b"
    r"|\bnos\s+oponemos\s+al\s+(?:uso|empleo)\b"
    r"|\binvestigador\w*|\bestudian\s+si\b"
    # a glossary's definition ("Membrana amniótica: capa interna de ...", "Alogénico: que
    # procede de otra persona"); research on the source ("se estudian", "un equipo de
    # científicos", "en cerdos", "uso en investigación"); the risks a product can carry
    # ("puede traer células muertas o bacterias"), an outbreak on record
    r"|^\W*(?!nosotros\b)[\w-]+(?:\s+[\w-]+){0,3}\s*:\s+(?:que\s+procede|capa|tejido|celulas|membrana|sangre"
    r"|liquido|gelatina|sustancia|vesiculas|particulas)\b"
    r"|\bse\s+(?:estudian?|investigan?)\b|\b(?:equipo|grupo)\s+de\s+(?:cientificos|investigadores)"
    r"|\bcientificos\b|\ben\s+(?:ratones|ratas|cerdos|animales|modelos\s+animales|monos|perros)\b"
    r"|\buso\s+en\s+investigacion\b|\bestrictamente\s+regulad\w*"
    r"|\bpuede\w*\s+(?:traer|contener|estar\s+contaminad)\w*|\bbrotes?\s+de\b"
    # where the cells were found, told as the history of a discovery
    r"|\bse\s+(?:descubrio|descubrieron|ha\s+descubierto|han\s+descubierto)\b"
    # research said to find or stress it ("nuevas investigaciones destacan que", "las
    # investigaciones ... han descubierto que")
    r"|\binvestigaciones\b[^.;]{0,80}?\b(?:destacan|muestran|sugieren|indican|senalan|revelan"
    r"|han\s+(?:descubierto|demostrado|mostrado|encontrado))\b"
    r"|\bningun[oa]?\s+(?:\w+\s+)?(?:esta|estan|ha\s+sido)\s+aprobad\w*"
    # a regulator's or a court's action, a recall, harm on record
    r"|\b(?:fda|cofepris|invima|anmat|aemps|minsa|profeco|ministerio|juez|jueza|tribunal\w*|corte"
    r"|ftc|comite)\b[^.!?]{0,100}?\b(?:advirti\w*|alert\w*|retir\w*|orden\w*|sancion\w*|clausur\w*"
    r"|demand\w*|prohibi\w*|decomis\w*|suspendi\w*|regula\w*|no\s+(?:aprob|autoriz|permit)\w*)"
    r"|\bretirad[oa]s?\s+del\s+mercado|\bse\s+retiraron\b"
    r"|\bpacientes?\s+(?:que\s+)?(?:quedaron|quedo|sufrieron|sufrio|desarrollaron|desarrollo"
    r"|murieron|murio|perdieron|perdio|fueron\s+hospitalizad\w*|fue\s+hospitalizad\w*)\b"
    r"|\bregulad[oa]s?\s+como\b|\bse\s+regulan\s+como\b"
    # what the tissue is; firms that sell it; the risks or the ethics it carries
    r"|\b(?:es|son)\s+(?:el|la|los|las|un|una)\s+(?:[\w-]+\s+){0,2}?(?:organo|tejido|fluido"
    r"|liquido|membrana|sustancia|saco|capa)\s+que\b|\bque\s+rodea\w*\b"
    r"|\b(?:empresas|companias|firmas|negocios|vendedores)\s+(?:que\s+)?(?:venden|comercializan"
    r"|ofrecen|anuncian|promocionan)\b|\b(?:algunas|varias|muchas)\s+(?:empresas|companias|firmas)\b"
    r"|^(?!.*\bnuestr).*\bse\s+comercializan\b"
    r"|(?<!no\s)\b(?:conllevan?|implican?|suponen?|entranan?)\s+(?:\w+\s+){0,2}?"
    r"(?:riesgos?|peligros?)\b|\b(?:dilemas?|debates?|problemas?|cuestiones)\s+etic\w*"
    r"|\bser\s+donante\b|\bdonacion\s+de\b"
    # ("donar el cordón en un banco público")
    r"|\bdonar\s+(?:el\s+|la\s+|sus\s+|su\s+)?(?:sangre|medula|celulas|organos|cordon)\b"
    r"|\b(?:solo|unicamente|exclusivamente)\s+(?:se\s+)?(?:usa|usan|utiliza|utilizan|emplea"
    r"|emplean|permite|permiten)\s+(?:\w+\s+){0,2}?(?:investigacion|ensayos?)\b"
    + "|"
    + _STUDY_DESCRIBED
)

HEDGES_BEFORE: Final = MappingProxyType(
    {
        "permanent": re.compile(
            r"\b(?:puede|pueden|podria|podrian|posiblemente|quizas?|algun[oa]s?|parte"
            r"|parcial\w*|suele|suelen|generalmente|normalmente|hasta\s+un|mayoria|casi)\b"
        ),
        "instant": re.compile(
            r"\b(?:puede|pueden|podria|podrian|algun[oa]s?|primer[oa]s?|inicial\w*|liger\w*"
            r"|leve)\b"
        ),
        "no_risk": re.compile(
            r"\b(?:mayoria|generalmente|normalmente|suele|suelen|casi|raramente|raro|bajo"
            r"|minim\w*|poco"
            # "de la técnica ... dependen el resultado y la ausencia de complicaciones"
            r"|depend\w*)\b"
        ),
        "universal": re.compile(r"\b(?:mayoria|casi|generalmente|muchos|muchas)\b"),
        "guaranteed": re.compile(
            r"\b(?:puede|pueden|podria|podrian|esperamos|intentamos|buscamos|probablemente|suele|suelen)\b"
        ),
        "cure": re.compile(
            r"\b(?:potencial\w*|capacidad|podria|podrian|busca\w*|pretende\w*|intenta\w*"
            r"|investiga\w*|estudia\w*|ensayos?|esperanza|futuro|objetivo)\b"
            # too soon to speak of a cure ("todavía es pronto para hablar de curación")
            r"|\bpronto\s+para\s+hablar\s+de\b"
        ),
    }
)

HEDGES_AFTER: Final = MappingProxyType(
    {
        "permanent": re.compile(
            r"^\W*(?:\w+\s+){0,3}?(?:en\s+(?:algunos|muchos|la\s+mayoria)|en\s+parte"
            r"|parcialmente)\b"
        ),
        "cure": re.compile(r"^\W*(?:\w+\s+){0,4}?(?:en\s+investigacion|en\s+estudio)\b"),
        # "luminosidad inmediata y progresiva": it goes on building
        # ... or goes on improving ("resultados visibles inmediatos que mejoran por 6 meses")
        "instant": re.compile(
            r"^\W*(?:(?:y|e|pero)\s+(?:\w+\s+)?(?:progresiv|gradual|creciente)\w*"
            r"|(?:\w+\s+){0,2}?que\s+(?:(?:siguen?|continuan?)\s+)?(?:mejora|aumenta)\w*)"
        ),
        # "no genera rechazo ... en la mayoría de los pacientes": most is not all
        "no_risk": re.compile(
            r"^\W*(?:[\w'-]+\s+){0,4}?en\s+(?:la\s+)?(?:mayoria|gran\s+parte|casi\s+todos)\b"
        ),
    }
)

HEDGES_IN_SENTENCE: Final = MappingProxyType(
    {
        # seen at once but at its best weeks later, across the clause ("se aprecia de inmediato,
        # aunque especialmente a las 4 semanas"), session 27
        "instant": re.compile(
            r"\baunque\b[^.;]{0,80}?\b(?:semanas?|mes|meses)\b"
            # the final result later ("se debe esperar 1 semana para obtener los resultados finales")
            r"|\b(?:semanas?|mes|meses)\s+(?:\w+\s+){0,3}?(?:resultados?|efectos?)\s+(?:finales|definitivos)\b"
        ),
        "cure": re.compile(
            # the law's definition of a medicine ("indicaciones para prevenir, diagnosticar o
            # tratar enfermedades"): three of its verbs in one list
            r"\b(?:preven|diagnostic|trat|cur|alivi|mitig)\w*,\s+(?:(?:o|y)\s+)?(?:preven|diagnostic"
            r"|trat|cur|alivi|mitig)\w*,?\s+(?:o|y)\s+(?:preven|diagnostic|trat|cur|alivi|mitig)\w*|"
            r"\bplantea\w*\s+la\s+posibilidad|\bsi\s+(?:\w+\s+){0,4}?demuestra\w*"
            r"|\bpodria\w*|\binvestigaci\w*|\bpublicad[oa]s?\s+en\b|\brevista\s+\w+"
            r"|\bestudios?\s+(?:publicad|realizad|recientes?|preliminar)\w*"
            # (unnamed "estudios científicos" said to have shown the cure make it, as in English)
            r"|\bensayos?\s+clinic\w*|\binvestigador\w*|(?<!estudios\s)\bcientificos\b|\bse\s+(?:esta|estan)\s+"
            r"(?:estudiando|investigando|probando)|\b(?:aun|todavia)\s+no\b|\bexperimental\w*"
            r"|\bvari(?:a|an)\s+segun\b"
            # a result that rests on a correct diagnosis first ("es necesario un diagnóstico
            # correcto del tipo y causa de la alopecia")
            r"|\bdiagnostico\s+(?:\w+\s+)?(?:correcto|adecuado|preciso)\b"
            # a prospect, an aim or a potential: "en un futuro", "con el propósito de
            # contribuir", "tienen el potencial de ayudar" (and a study described, at the end)
            r"|\ben\s+(?:un|el)\s+futuro\b"
            # what it does not replace ("no sustituye tratamientos convencionales para ...")
            r"|\bno\s+(?:sustituye|reemplaza)n?\b"
            # a result in animals ("alargar la vida de ratones")
            r"|\bratones\b|\bratas\b|\ben\s+(?:modelos\s+)?animales\b"
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
        # who may donate marrow or blood is not whom a treatment suits ("todos podemos donar
        # médula, a menos que ...")
        "universal": re.compile(
            r"\b(?:buena\s+salud|buen\s+estado\s+de\s+salud|previa\s+(?:valoracion|evaluacion"
            r"|consulta))\b|\bdonar\b|\bser\s+donantes?\b"
            # "..., pero existen algunas limitaciones": who it does not suit is admitted
            r"|\blimitaciones\b"
            # "siempre que sea evaluada por un profesional": screened after all
            r"|\bsiempre\s+que\s+(?:sea|haya\s+sido)\s+(?:evaluad|valorad|examinad)\w*"
            # "sin embargo, no todos los pacientes son candidatos"
            r"|\bno\s+tod[oa]s\s+(?:los\s+|las\s+)?(?:pacientes|personas)\s+son\s+(?:candidat|apt)\w*"
        ),
        # "los rellenos permanentes ... tienen un alto índice de complicaciones": permanence
        # named as the risk, as English reads "permanent" beside harm
        "permanent": re.compile(
            r"\b(?:indice|riesgo|tasa|numero)\s+(?:\w+\s+)?de\s+complicaciones\b|\bgranulomas?\b"
            r"|\b(?:puede|pueden)\s+(?:producir|causar|provocar|generar)\b"
            # the reactions said to last ("estas reacciones ... en raras ocasiones, permanentes")
            r"|\b(?:reacciones|efectos\s+(?:secundarios|adversos)|secuelas)\b"
        ),
        "unverified_source": re.compile(
            r"\ben\s+el\s+mercado\b|\bnos\s+referimos\b|\bse\s+refiere\b"
            r"|\b(?:dos|tres|varios|diferentes|distintos)\s+tipos\s+(?:\w+\s+)?de\s+celulas"
            # where such cells are found ("una sustancia que se halla en el cordón umbilical")
            r"|^(?!.*\bnuestr[oa]s?\b).*\bse\s+(?:halla|hallan|encuentra|encuentran)\s+en\s+(?:el|la|los|las)\b"
        ),
    }
)

WARNING: Final = re.compile(
    # "cuidado" warns ("ten cuidado con", "¡Cuidado!"), not skin care ("cuidado dermatológico")
    r"\b(?:ten|tenga|tengan|tener|mucho)\s+cuidado\b|\bcuidado\s+con\b|(?:^|[.!?\u00a1:]\s*)cuidado\b"
    r"|\bdesconfi\w*|\bojo\s+con\b|\bprecaucion\b|\balert\w*|\badvirti\w*|\badvert\w*|\badviert"
    r"\w*|\bno\s+(?:te\s+)?(?:dejes|dejarse|creas|caigas)\b|\bsenal\w*\s+de\s+alarma"
    r"|\bevit[ae]\w*\s+(?:las\s+|los\s+)?(?:clinicas|centros)"
    r"|\bpreocupante\w*"
    r"|\b(?:clinicas|centros|institutos|anuncios|webs?)\s+que\s+(?:proponen|prometen|ofrecen|anuncian|aseguran"
    r"|garantizan|dicen|venden)"
    # other clinics named, unless the clinic compares itself with them ("Nosotros: al salir de
    # la consulta | Otras clínicas: entre 3 y 6 meses", "no como otras clínicas")
    r"|^(?!.*\b(?:nosotros|nuestra\s+clinica)\s*:).*(?<!no\scomo\s)(?<!diferencia\sde\s)(?<!mejor\sque\s)"
    r"\b(?:otras|algunas|muchas)\s+clinicas\b"
    r"|\bquien(?:es)?\s+(?:(?:os|te|le|les|se|nos)\s+)?(?:lo\s+|los\s+|la\s+|las\s+)?(?:ofrece\w*"
    r"|ofrezca\w*|vende\w*|venda\w*|promociona\w*|anuncia\w*|prometa\w*)\b"
    # a clinic that would promise it, to be suspected ("sospechar de toda clínica que asegure")
    r"|\bsospech\w*\s+de\b"
    r"|(?<!nuestra\s)\b(?:toda\s+|cualquier\s+|una\s+)?(?:clinica|centro|anuncio|web|pagina)\s+que\s+"
    r"(?:asegure|prometa|ofrezca|anuncie|diga|garantice)\w*\b"
    # a clinic met in a hypothesis ("si una clínica te garantiza ...", "cuando una clínica dice
    # ..."), an offer the reader may get ("si te ofrecen células de placenta ...", "si un médico
    # le ofrece ..."), the advice to go elsewhere ("da media vuelta", "busca otra clínica")
    r"|\b(?:si|cuando)\s+(?:una?|algun[oa]?|cualquier)\s+(?:clinica|centro|anuncio|web|pagina"
    r"|vendedor|consultorio|empresa)\b"
    r"|\bsi\s+(?:(?:un|una|algun[oa]?)\s+\w+\s+)?(?:te|le|les|os)\s+(?:ofrecen?|venden?|proponen?"
    r"|prometen?|garantizan?|aseguran?)\b"
    r"|\bbusca\w*\s+otr[oa]\s+(?:clinica|centro|medico|doctor|profesional)|\bda\s+media\s+vuelta"
    r"|\bcambi[ae]\s+de\s+(?:clinica|centro|medico)\b"
)

REPORTED: Final = re.compile(
    r"\bengan\w*|\bfraud\w*|\bestafa\w*|(?<!por\s)\bsupuest\w*|\bmitos?\b"
    # what a product or seller claimed, told in the past ("el producto afirmaba tratar ...")
    r"|\b(?:afirmaba|afirmaban|aseguraba|aseguraban|prometia|prometian)\b"
    # a study's authors cited ("Zhou y otros colaboradores", "et al."), preclinical evidence
    r"|\by\s+(?:otros\s+)?(?:colaboradores|col\.)|\bet\s+al\b|\bevidencia\s+preclinica\b"
    # claims weighed ("suele tratarse de una afirmación vacía", "afirmaciones citadas"), approval
    # a regulator says it has not given ("no hemos autorizado ni aprobado")
    r"|\bafirmacion(?:es)?\s+(?:vacias?|falsas?|enganosas?|citadas|mencionadas|publicitarias)\b"
    r"|\bno\s+(?:hemos|ha|han)\s+(?:autorizado|aprobado)\b"
    # an item of a rule's list of what advertising may not do (Real Decreto 1907/1996, art. 4:
    # "Que proporcionen seguridades de alivio o curación cierta")
    r"|^\W*(?:[a-z\d]{1,2}[.)]\s*)?que\s+(?:proporcionen|atribuyan|sugieran|utilicen|ofrezcan"
    r"|aseguren|prometan|garanticen|pretendan|induzcan|aludan|hagan\s+referencia)\b"
    # effects a regulator says are attributed to a product ("al cual se le atribuyen efectos")
    r"|\bse\s+(?:le|les)\s+atribuy\w*|\batribuid[oa]s?\b"
    # what a firm says, as reported ("según dicen"); a law that forbids it
    r"|\bsegun\s+(?:dicen|afirman|aseguran|sostienen)\b|\bprohibe\w*|\bvetad[oa]s?\b"
    # what a patient or a reporter was told ("según le dijeron", "nos aseguraron que"); experts
    # consulted, or what was told to this outlet ("explicó a este medio")
    r"|\bsegun\s+(?:le|les|me|nos|te)\s+(?:dijeron|dijo|aseguraron|prometieron|contaron"
    r"|explicaron)\b|\b(?:nos|les|le|me)\s+aseguraron\b"
    r"|\b(?:expertos|especialistas|medicos|fuentes|cientificos|dermatologos)\s+consultad[oa]s\b"
    # what scientists suspect ("los biólogos sospechan que")
    r"|\b(?:biologos|cientificos|investigadores|expertos|genetistas|especialistas)\s+(?:\w+\s+)?"
    r"(?:sospechan|creen|opinan|consideran|estan\s+convencidos)\b"
    # what the company says ("según la compañía estadounidense"), what products claim ("pastillas
    # y artilugios que dicen retrasar")
    r"|\bsegun\s+(?:la|el|los|las)\s+(?:compania|empresa|clinica|firma|fabricante|vendedor)\w*"
    # session 26's written round: an advertising jury's and a consumer body's voice ("el Jurado
    # consideró", "el anunciante alegó", "la OCU explica"), a promise received ("la promesa de
    # que"), a reporter posing as a patient, a therapy "que se anuncie como" a cure, "eso no existe"
    r"|\bel\s+jurado\b|\bjurado\s+de\s+la\s+publicidad\b|\b(?:el|la|los|las)\s+anunciantes?\b"
    r"|\b(?:ocu|facua|profeco|asufin|cecu|autocontrol)\b|\bla\s+promesa\s+de\s+que\b"
    r"|\bse\s+hizo\s+pasar\s+por\b|\bse\s+anunci(?:a|an|e|en)\s+como\b|\beso\s+no\s+existe\b"
    # a magic solution denied ("no ofrece una solución mágica con resultados garantizados")
    r"|\bno\s+(?:ofrece|promete|garantiza|es)\w*\s+(?:\w+\s+){0,2}?(?:solucion|cura|milagro|varita)\w*"
    r"\s+(?:\w+\s+)?(?:magic|milagros)\w*"
    r"|\b(?:tratamientos|productos|pastillas|suplementos|terapias|artilugios|clinicas)\b[^.!?]{0,40}?"
    r"\bque\s+(?:dicen|prometen|aseguran|afirman)\b"
    r"|\ba\s+(?:este|esta)\s+(?:medio|diario|periodico|redaccion|revista|cadena)\b"
    # "ningún estudio sólido ha demostrado ...", "no tiene ningún respaldo", "evidencia de baja
    # calidad": the evidence said to be missing or weak
    r"|\bningun\w*\s+(?:\w+\s+){0,2}?(?:estudio|ensayo|prueba)s?\b"
    r"|\bningun\w*\s+(?:respaldo|sustento|fundamento|aval)\b"
    r"|\bevidencia\s+(?:\w+\s+){0,2}?(?:baja|escasa|limitada|insuficiente|debil)\b"
    # what others promise ("tratamientos que prometan curar"); what is not approved ("productos
    # que no estén autorizados"), or not established ("cuya seguridad no se ha establecido")
    r"|\bpromet(?:e|en|a|an|ia|ian|io|ieron|iendo|edor\w*)\b"
    r"|\bno\s+(?:esta|estan|este|esten|ha\s+sido|han\s+sido|haya\s+sido|hayan\s+sido)\s+"
    r"(?:\w+\s+)?(?:aprobad|probad|demostrad|autorizad)\w*|\bsin\s+(?:el\s+)?(?:respaldo|aval"
    r"|autorizacion)\b|\bno\s+autorizad\w*"
    r"|\b(?:seguridad|eficacia|composicion|beneficios?)\b[^.!?]{0,30}?\bno\s+se\s+(?:ha|han)\s+"
    r"(?:establecido|demostrado|probado|comprobado)"
    # the evidence said not to support it ("la evidencia no permite afirmar que ...")
    r"|\bno\s+(?:permite|permiten|se\s+puede|podemos)\s+(?:afirmar|asegurar|concluir)\s+que\b"
    # a use suggested, its worth left undetermined, what its proponents believe ("se ha sugerido
    # que", "no se puede determinar la eficacia", "los proponentes de la terapia creen que")
    r"|\bse\s+ha\s+sugerido\b|\bhan\s+sugerido\s+que\b"
    r"|\bno\s+se\s+(?:puede|pudo|ha\s+podido)\s+(?:determinar|establecer|demostrar)\b"
    r"|\b(?:proponentes|defensores|partidarios)\s+de\b"
    # a regulator named is news about it, unless it is the one said to back the treatment
    # ("avalado por COFEPRIS y la FDA", "con aval de COFEPRIS", "registro INVIMA") or to have
    # licensed it ("licencia de la Cofepris")
    r"|(?<!por\s)(?<!por\sla\s)(?<!por\sel\s)(?<!licencia\sde\s)(?<!licencia\sde\sla\s)"
    r"(?<!registro\sante\s)(?<!registro\sante\sla\s)(?<!sanitario\s)(?<!registro\s)(?<!aval\sde\s)"
    r"(?<!aval\sde\sla\s)(?<!autorizacion\sde\s)(?<!autorizacion\sde\sla\s)"
    # ... nor a licence's kind named ("licencia sanitaria de COFEPRIS"), nor a second regulator
    # beside the FDA said to approve it ("aprobados por la FDA y la COFEPRIS")
    r"(?<!sanitaria\sde\s)(?<!sanitaria\sde\sla\s)(?<!sanitario\sde\s)(?<!sanitario\sdel\s)"
    r"(?<!fda\sy\s)(?<!fda\sy\sla\s)(?<!fda\sy\sel\s)"
    r"\b(?:cofepris|invima|anmat|aemps|minsa|profeco)\b|\babus\w*|\bdudos\w*|\bdudas\b"
    # no body recommends or backs it ("ninguna de las principales organizaciones ... recomienda")
    r"|\bningun[oa]?\s+(?:[\w-]+\s+){0,10}?(?:recomienda|avala|respalda|aprueba)n?\b"
    r"|\bcontroversia\w*|\bpolemic\w*|\baseguran\s+(?:que|haber)\b|\bdeclar(?:o|aron|a)\b"
    # what is said ("todo lo que se dice que puede «curar»"), a firm's adverts, the regulator's
    # account ("de acuerdo con la FDA"), the tests a treatment has not passed
    "|['\"\u00ab\u201c\u2018]cura(?:r|n)?['\"\u00bb\u201d\u2019]"
    r"|\bse\s+dice\s+que\b|\bpublicitari[oa]s?\b|\b(?:segun|de\s+acuerdo\s+con)\s+la\s+(?:fda|ftc)\b"
    r"|\bno\s+(?:hacen|han\s+hecho|realizan|han\s+realizado|pasan|han\s+pasado)\s+(?:las\s+|los\s+)?"
    r"(?:pruebas|ensayos|estudios)\b"
    r"|\bse\s+(?:estan\s+)?(?:estudiando|investigando)\b|\bfalta(?:n)?\s+(?:estudios|evidencia)"
    r"|\b(?:baja|poca|sin)\s+evidencia\b|\bno\s+hay\s+(?:evidencia|pruebas|estudios)"
    # "se presenta como un milagro", "la clínica anunciaba su terapia como «aprobada»" report a
    # sale; "como una alternativa" is the offer itself
    r"|(?:\bse\s+(?:presenta|presentan|venden?|anuncian?)|\b(?:lo|la|los|las)\s+(?:anunci|present"
    r"|vend|promocion|publicit)\w*|\b(?:anunci|present|vend|promocion|publicit)(?:aba|aban|ia|ian"
    r"|aron|ieron)\s+(?:[\w-]+\s+){1,4}?|\b(?:anunciad|presentad|vendid|promocionad|publicitad"
    r"|comercializad)[oa]s?)\s+como\b(?!\s+(?:una|dos|tres|la|las|el|los)?\s*(?:alternativa"
    r"|opcion)\w*)|\bpublicidad\b|\bdenunci\w*"
    r"|\bse\s+han\s+(?:explorado|probado|estudiado|investigado|ensayado)\b|\bse\s+supone\w*\b"
    r"|\bsu\s+afirmacion\b"
    # what a firm says on its own website, clinics that advertise it, a use without approval
    r"|\ben\s+su\s+(?:pagina|sitio)\s+(?:web|de\s+internet)\b"
    r"|\bclinicas?\s+(?:\w+\s+){0,3}?que\s+(?:anuncian|ofrecen|venden|promocionan|promueven"
    r"|publicitan)\b|\bsin\s+(?:la\s+)?aprobacion\b"
    r"|\b(?:segun|de\s+acuerdo\s+con)\s+(?:\w+\s+){0,2}?expertos\b|\bpracticas\s+irregulares"
    r"|\bilegal\w*|\bprohibid\w*|\bno\s+(?:esta|estan)\s+permitid\w*"
    # a fact-check's verdict, a rumour on social media, a phrase quoted as a phrase ("la
    # expresión «procedimiento sin riesgo»"), a document that says it, quoted ("un contrato que
    # decía «resultados garantizados»")
    r"|^\W*(?:falso|falsa|bulo|inexacto|inexacta)\s*:|\bcircula\w*\s+(?:en|por)\s+(?:las\s+)?(?:redes"
    r"|internet|whatsapp|facebook|tiktok)\b"
    r"|\b(?:frases?|expresion(?:es)?|terminos?|etiquetas?|leyendas?|eslogan\w*)\b[^.!?]{0,20}?[«\"“]"
    r"|[»\"”][^.!?]{0,20}?\bfrase\b|\b(?:frases|expresiones)\s+como\b"
    r"|\b(?:contrato|consentimiento|documento|folleto|anuncio|cartel|etiqueta|publicidad|pagina|web"
    r"|formulario|presupuesto)\s+que\s+(?:dice|dicen|decia|decian|pone|ponia|rezaba|afirma|afirmaba)"
    r"\s*:?\s*[«\"“]"
    # an insurer's exclusion ("la póliza no cubre", "se excluyen los tratamientos"), not a
    # medicine "sin exclusiones"
    r"|(?<!sin\s)\bexclusion(?:es)?\b|\bse\s+excluyen?\b|\bquedan?\s+excluid\w*"
    r"|\bno\s+(?:se\s+)?(?:cubre|cubren|cubrira|cubriran|reembolsa|reembolsara|reembolsaran)\b"
    # a doubt voiced
    r"|\bno\s+me\s+(?:cuadra|convence|lo\s+creo|fio)\b"
    # session 27: what products or their makers claim ("estos productos afirman tener efectos
    # inmediatos"), "tal como lo publicitan", what a leaflet used to offer ("en el díptico se
    # anunciaba"), a benefit held only in theory ("teóricamente")
    r"|\b(?:productos|cremas|marcas|fabricantes|vendedores|empresas|laboratorios)\s+(?:\w+\s+)?"
    r"(?:afirman|aseguran|sostienen|alegan)\b"
    r"|\btal\s+(?:y\s+)?como\s+(?:lo\s+|la\s+|los\s+|las\s+)?(?:publicitan|anuncian|prometen"
    r"|venden|dicen)\b|\bse\s+(?:anunciaba|ofrecia|prometia|publicitaba)n?\b|\bteoricamente\b"
    # a study's question ("se propone determinar si", "estudiaremos si", "el proyecto que busca
    # tratamiento para"), a court's account ("según el mismo relato, publicitaron")
    r"|\bse\s+propone\s+(?:determinar|evaluar|estudiar|investigar|comprobar)\b|\bestudiaremos\s+si\b"
    r"|\b(?:proyecto|ensayo|estudio)\s+que\s+(?:busca|pretende|investiga|evalua)\b"
    r"|\bsegun\s+(?:el\s+)?(?:mismo\s+)?relato\b|\bpublicitaron\b"
    # the law's own terms: curative against "satisfactive" medicine, a duty of means or of result
    r"|\bmedicina\s+(?:curativa|satisfactiva|voluntaria|necesaria)\b|\bobligacion\s+de\s+(?:medios"
    r"|resultados?)\b|\blex\s+artis\b"
)

QUESTION: Final = re.compile(
    r"^[\s\"'«“]*¿"
    # asked in other words ("una lectora me pregunta si las células curan el acné"), unless the
    # sentence answers it after a colon ("nos preguntan si dura: dura para siempre")
    r"|(?:\bpregunt(?:a|an|o|aron|e|en|ando)\s+(?:\w+\s+){0,2}?|\b(?:alguien\s+sabe|quiero\s+saber"
    r"|quisiera\s+saber|me\s+pregunto)\s+)si\b(?![^:;]*[:;])"
)

# What a semantic proposal (foreign.py, the Spanish exemplar bank) must also speak of, as the
# English semantic.ANCHORS: broad words of what each category is about, read on the folded text.
SEMANTIC_ANCHORS: Final = MappingProxyType(
    {
        "no_risk": re.compile(
            r"\b(?:riesg|segur|efectos?\s+(?:secundari|advers|colateral)|complicac|dan[oa]|peligr"
            r"|reacci|rechaz|alergi|dolor|infecc|toxic|natural|problema|preocup|miedo)\w*"
        ),
        "permanent": re.compile(
            r"\b(?:dur[ae]|duran|siempre|permanent|vida|definitiv|nunca|repet|anos|decada"
            r"|mantenimiento|etern|manten|perman|retoque)\w*"
        ),
        "instant": re.compile(
            r"\b(?:inmediat|instant|mismo\s+dia|al\s+momento|horas?|minutos?|dias?|al\s+salir|rapid"
            r"|enseguida|al\s+despertar|de\s+inmediato)\w*"
        ),
        "guaranteed": re.compile(
            r"\b(?:garanti|asegur|resultad|exito|siempre|tod[oa]s|promet|devoluc|dinero|funciona"
            r"|seguro\s+que|sin\s+duda|pacientes)\w*|%"
        ),
        "universal": re.compile(
            r"\b(?:tod[oa]s?|cualquier|edad|tipos?|candidat|sin\s+importar|indistint|apt[oa]"
            r"|perfil|nadie)\w*"
        ),
        "fda_misrepresentation": re.compile(
            r"\b(?:fda|aprob|autoriz|certific|regist|regul|licenc|361|exent|avalad|respald)\w*"
        ),
        "unverified_source": re.compile(
            r"\b(?:donant|donad|donacion|cordon|placent|amnio|embrion|fetal|feto|animal|planta"
            r"|vegetal|oveja|exosom|secret|wharton|alogen|xeno|bebe|recien\s+nacid|umbilical"
            r"|perinatal|cultiv|laboratorio)\w*"
        ),
    }
)
