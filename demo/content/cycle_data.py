"""The learning cycle in the demo: an application the institute accepts (a practice in its
first weeks), reflections in a practice mid-way, and the end evaluation of a practice that
ended, from which the institute drew a lesson. Texts only; cycle.py plays them through the
services."""

# The editor accepts Venlo's application: the practice started a few weeks ago.
ACCEPTED_APPLICATION = {
    "contact_email": "luuk.janssen@venlo.example",
    "title": "Bewoners aan zet in Venlo-Oost",
    "weeks_ago": 3,
    "months": 15,
    "elements": ["mensgerichte-basishouding", "samenwerking-in-de-wijk"],
    "summary": (
        "Venlo zoekt in Venlo-Oost naar manieren om bewoners te betrekken die nooit op een "
        "bewonersavond komen: aan de keukentafel, op het schoolplein en in de moskee."
    ),
}

# Mid-way: Emmen's trekker reflected twice on the open leervragen (answers in order of the
# practice's leervragen; None leaves a question unanswered that time).
REFLECTIONS = {
    "practice": "emmen-samen-minder-alleen",
    "author": "bert.lanting@emmen.example",
    "periods": [
        [
            (
                "Via de wijkverpleging: zij komen achter de voordeur. We vragen ze nu om bij elk "
                "bezoek één vraag over contacten te stellen en een folder van de buurtkamer achter te laten."
            ),
            (
                "Als de welzijnswerker zelf belt binnen een week, komt bijna iedereen een keer kijken. "
                "Een doorverwijzing met alleen een telefoonnummer leidt bijna nooit tot een bezoek."
            ),
            None,
        ],
        [
            (
                "Het ophalen werkt: wie de eerste keer wordt opgehaald, komt vaker terug. We testen of "
                "buren dat kunnen doen in plaats van de welzijnswerker."
            ),
            "De huisartsen willen terughoren wat er met hun doorverwijzing gebeurde; dat doen we nu per mail.",
            (
                "In het dorpshuis werken we nu met duo's: een vaste vrijwilliger en iemand die af en toe "
                "komt. Niemand staat meer alleen op een lege middag."
            ),
        ],
    ],
}

# Ended: Arnhem's regieteam evaluated; the institute drew a lesson from it.
EVALUATION = {
    "practice": "arnhem-een-huishouden-een-plan",
    "author": "mehmet.yildiz@arnhem.example",
    "summary": (
        "Anderhalf jaar werkten we met één plan per huishouden en een procesregisseur met mandaat. "
        "Huishoudens zeggen dat ze hun verhaal minder vaak hoeven te doen; partners moesten wennen "
        "aan een regisseur die ook op hun werk mag sturen."
    ),
    "elements": {
        "procesregie": {
            "what_worked": (
                "Een procesregisseur die partners kan aanspreken en een afspraak kan doorbreken, met "
                "rugdekking van de wethouder. Eén gezamenlijk overleg per huishouden in plaats van vijf losse."
            ),
            "conditions": (
                "Een schriftelijk mandaat dat alle partners hebben ondertekend, en een vaste "
                "escalatieroute naar het management als een afspraak vastloopt."
            ),
            "what_did_not_work": (
                "Procesregie bij elk huishouden met meer dan één hulpverlener: de regisseurs raakten "
                "overbelast. Nu alleen als het huishouden vastloopt."
            ),
        },
        "vaste-contactpersoon": {
            "what_worked": "Eén naam en één telefoonnummer voor het huishouden, ook als de hulp wisselt.",
            "conditions": "Bereikbaarheid binnen een werkdag en een vervanger die het huishouden al kent.",
            "what_did_not_work": "Een contactpersoon zonder tijd om ook echt langs te gaan.",
        },
    },
    "answers": [
        (
            "Een mandaat op papier, ondertekend door alle partners, en een wethouder die het "
            "uitdraagt. Zonder dat werd de regisseur een extra overlegtafel."
        ),
        (
            "Door het plan met het huishouden aan de keukentafel te schrijven, in hun woorden, en "
            "het huishouden de eerste versie te laten ondertekenen."
        ),
        (
            "Overdragen zodra het huishouden twee maanden zonder nieuwe crisis is; stoppen in "
            "een afsluitend gesprek waarin het huishouden zelf zegt wat het nog nodig heeft."
        ),
    ],
}

# Before the decision, Venlo's contact began a startanalyse of Venlo from the figures; the
# accepted application took it along to the practice, where he filled it in and shared it.
START_ANALYSIS = {
    "author": "luuk.janssen@venlo.example",
    "texts": {
        "target_groups": (
            "Bewoners van Venlo-Oost die nooit op een bewonersavond komen: jonge gezinnen met een "
            "laag inkomen, oudere alleenstaanden en nieuwkomers die de weg naar de gemeente nog niet kennen."
        ),
        "causes": (
            "Wantrouwen na eerdere plannen die over hun hoofd heen werden gemaakt, avonden die niet "
            "passen bij werk en zorg, en taal: de uitnodigingen zijn ambtelijk en alleen in het Nederlands."
        ),
        "local_strengths": (
            "Een actieve moskeevereniging, twee basisscholen met een ouderkamer, de buurtsportcoach "
            "die iedereen kent, en ondernemers aan de Vleesstraat die willen meedoen."
        ),
        "current_efforts": (
            "Het wijkteam houdt spreekuur in het buurthuis; er is een bewonersbudget, maar dat wordt "
            "vooral gebruikt door dezelfde vaste groep."
        ),
        "focus": (
            "Hoe bereik je bewoners daar waar ze al zijn (keukentafel, schoolplein, moskee), en wat "
            "verandert er als zij meebeslissen over het bewonersbudget?"
        ),
    },
    "note": (
        "Meer huishoudens met een laag inkomen dan landelijk en dan in vergelijkbare gemeenten: "
        "een reden om juist deze bewoners zelf te vragen wat er nodig is."
    ),
}
