"""Demo pages of the curated effective elements (practices.curated): what each is, how you
apply it, what it needs and a good example, as an editor of the institute would write them."""

ELEMENTS_INTRO = (
    "Werkzame elementen zijn onderdelen van een aanpak waarvan we weten dat ze het verschil maken. "
    "Per element lees je wat het is, hoe je het toepast, wat het nodig heeft en wat de lerende "
    "praktijken erover leerden."
)

ELEMENT_PAGES = {
    "brede-vraagverheldering": {
        "intro": (
            "Bij brede vraagverheldering zoek je samen met de inwoner uit wat er werkelijk speelt, op alle "
            "levensgebieden, voordat er een oplossing op tafel komt. De hulpvraag waarmee iemand binnenkomt "
            "is vaak niet de vraag die het meest telt."
        ),
        "application": [
            "Neem voor het eerste gesprek ruim de tijd en spreek af dat er nog niets besloten wordt.",
            "Loop de levensgebieden langs (geld, wonen, werk, gezondheid, netwerk) en vraag wat goed gaat.",
            "Vat aan het eind samen met de inwoner samen wat de belangrijkste vraag is, in diens eigen woorden.",
        ],
        "conditions": [
            "Professionals die de tijd krijgen voor een tweede gesprek, en een team dat niet stuurt op snelle "
            "afhandeling. Kennis van wat andere organisaties kunnen, zodat een brede vraag niet blijft liggen."
        ],
        "examples": [
            "In Zwolle voert het wijkteam bij de voordeur eerst een gesprek zonder aanvraagformulier. Pas "
            "daarna wordt bekeken welke voorziening past; het aantal doorverwijzingen over en weer daalde."
        ],
    },
    "vaste-contactpersoon": {
        "intro": (
            "Een vaste contactpersoon is één professional die het aanspreekpunt blijft voor een huishouden, "
            "ook als er meer organisaties meedoen. Inwoners hoeven hun verhaal maar één keer te vertellen."
        ),
        "application": [
            "Spreek bij de start af wie de vaste contactpersoon is en zet die naam in het plan.",
            "Geef de contactpersoon ruimte om door te beslissen binnen afgesproken grenzen.",
            "Regel vervanging bij ziekte of verlof en laat de inwoner weten wie dat is.",
        ],
        "conditions": [
            "Mandaat om kleine beslissingen zelf te nemen, afspraken tussen organisaties over wie wat doet, "
            "en een caseload die klein genoeg is om echt bereikbaar te zijn."
        ],
        "examples": [
            "In Arnhem kreeg elk huishouden met schulden en zorgvragen één contactpersoon met een eigen budget "
            "voor kleine oplossingen. Inwoners noemden vooral de rust: iemand die je kent en die terugbelt."
        ],
    },
    "eigen-regie-en-regiehulp": {
        "intro": (
            "De inwoner houdt het stuur over het eigen leven en de hulp die daarbij komt. Waar dat tijdelijk "
            "of blijvend niet lukt, helpt iemand bij het regie voeren, zonder het over te nemen."
        ),
        "application": [
            "Schrijf doelen op in de woorden van de inwoner.",
            "Vraag steeds wat de inwoner zelf kan en wil doen, en wat daarbij helpt.",
            "Wijs actief op onafhankelijke cliëntondersteuning bij ingewikkelde keuzes.",
        ],
        "conditions": [
            "Een gelijkwaardige werkrelatie, tijd om keuzes uit te leggen en een aanbod van regiehulp dat "
            "inwoners kennen en vertrouwen."
        ],
        "examples": [
            "In Zaanstad bespreken consulenten het plan aan het eind van elk gesprek hardop met de inwoner; "
            "wat niet klopt, wordt direct aangepast."
        ],
    },
    "procesregie": {
        "intro": (
            "Bij procesregie bewaakt één professional het plan en de samenwerking rond een huishouden. Dat is "
            "een rol, geen functie: het gaat om overzicht houden en knopen doorhakken als het vastloopt."
        ),
        "application": [
            "Leg vast wie de procesregie heeft zodra er meer dan twee organisaties betrokken zijn.",
            "Plan vaste momenten om met alle betrokkenen en de inwoner het plan door te lopen.",
            "Maak afspraken over opschalen als partijen het niet eens worden.",
        ],
        "conditions": [
            "Erkenning van de rol door alle partners, een gedeeld plan dat iedereen kan inzien en steun van "
            "leidinggevenden om knopen door te hakken."
        ],
        "examples": [
            "In Arnhem is procesregie gekoppeld aan het plan ‘één huishouden, één plan’; de regisseur roept "
            "partijen bij elkaar als het plan stilvalt."
        ],
    },
    "mensgerichte-basishouding": {
        "intro": (
            "Een mensgerichte basishouding gaat uit van de mens en zijn situatie, niet van regels en "
            "producten. Het is een manier van kijken die je in elk gesprek terugziet."
        ),
        "application": [
            "Begin een gesprek met de situatie van de inwoner, niet met het formulier.",
            "Bespreek in het team casussen waarin regels in de weg zaten, en wat je dan kunt doen.",
        ],
        "conditions": [
            "Leidinggevenden die ruimte geven om af te wijken als dat nodig is, en samen leren in het team."
        ],
        "examples": [
            "Leeuwarden werkte met intervisie rond ‘schurende’ casussen; professionals voelden zich "
            "daarna zekerder om maatwerk te leveren."
        ],
    },
    "langduriger-beschikken": {
        "intro": (
            "Bij langduriger beschikken kent de gemeente ondersteuning toe voor een langere periode, zodat "
            "inwoners met een blijvende vraag niet steeds opnieuw hoeven aan te vragen."
        ),
        "application": [
            "Bepaal voor welke situaties een langere looptijd past, bijvoorbeeld bij een chronische aandoening.",
            "Spreek een vinger-aan-de-pols-contact af in plaats van een nieuwe aanvraag.",
        ],
        "conditions": ["Heldere criteria, een korte lijn met de uitvoerder en een manier om toch bij te sturen."],
        "examples": [
            "Leeuwarden verlengde beschikkingen voor huishoudelijke hulp bij blijvende beperkingen en "
            "belde inwoners halverwege; de administratieve last daalde voor iedereen."
        ],
    },
    "vroegsignalering": {
        "intro": (
            "Vroegsignalering betekent problemen zien aankomen en contact zoeken voordat ze uit de hand lopen, "
            "bijvoorbeeld bij een eerste betalingsachterstand."
        ),
        "application": [
            "Maak afspraken met woningcorporaties, energie- en drinkwaterbedrijven over het delen van signalen.",
            "Neem binnen een week contact op na een signaal, liefst aan de deur.",
        ],
        "conditions": ["Afspraken over privacy en gegevensdeling, en genoeg mensen om snel op te volgen."],
        "examples": [
            "Midden-Groningen gaat bij een signaal van een betalingsachterstand binnen vijf werkdagen langs; "
            "veel inwoners waren nog nooit bij de gemeente in beeld."
        ],
    },
    "outreachend-contact": {
        "intro": (
            "Outreachend werken is erop af gaan: zelf contact zoeken met inwoners die niet (meer) om hulp "
            "vragen. Niet wachten tot iemand komt, maar gaan waar de mensen zijn."
        ),
        "application": [
            "Kom vaker terug: een eerste keer aanbellen leidt zelden tot een gesprek.",
            "Laat een kaartje met naam en telefoonnummer achter, geen folder.",
        ],
        "conditions": ["Tijd en geduld, en werkers die weten wanneer ze juist niet onaangekondigd langsgaan."],
        "examples": [
            "Lelystad zette ‘erop af’-teams in; de meeste gesprekken kwamen pas bij het tweede of derde bezoek."
        ],
    },
    "ervaringsdeskundigheid": {
        "intro": (
            "Mensen die het zelf hebben meegemaakt denken en werken mee in beleid en uitvoering. Hun kennis "
            "laat zien wat een aanpak betekent voor wie hem ondergaat."
        ),
        "application": [
            "Betrek ervaringsdeskundigen vanaf het begin, niet pas bij de evaluatie.",
            "Betaal ervaringsdeskundigen voor hun inzet en bied begeleiding.",
        ],
        "conditions": ["Een gelijkwaardige plek aan tafel en een vergoeding die past bij de inzet."],
        "examples": [
            "In de praktijk van Midden-Groningen schreven ervaringsdeskundigen mee aan de brief bij een "
            "betalingsachterstand; de brief werd korter en vriendelijker."
        ],
    },
    "samenwerking-in-de-wijk": {
        "intro": (
            "Professionals, vrijwilligers en inwoners in de wijk kennen elkaar en trekken samen op. Zo komen "
            "signalen sneller op de goede plek."
        ),
        "application": [
            "Organiseer een vast wijkoverleg waar ook de huisarts en het buurthuis aanschuiven.",
            "Maak een overzicht van wie in de wijk wat doet, en houd het actueel.",
        ],
        "conditions": ["Vaste gezichten in de wijk en tijd voor overleg die niet ten koste gaat van de inwoners."],
        "examples": [
            "In Emmen spreken de huisarts en het wijkteam elke twee weken kort af; eenzame ouderen worden "
            "eerder bereikt."
        ],
    },
    "laagdrempelige-ontmoeting": {
        "intro": (
            "Plekken en momenten waar inwoners elkaar zonder drempel kunnen ontmoeten, zonder dat het "
            "‘hulp’ heet. Ontmoeting ontstaat vaak rond samen iets doen."
        ),
        "application": [
            "Organiseer ontmoeting rond een activiteit (koken, klussen, wandelen), niet rond een probleem.",
            "Vraag deelnemers zelf mee te organiseren.",
        ],
        "conditions": ["Een vaste, bereikbare plek en een gastheer of gastvrouw die mensen welkom heet."],
        "examples": [
            "In Emmen groeide een kookavond in het buurthuis uit tot een vaste groep die ook buiten de "
            "avonden naar elkaar omkijkt."
        ],
    },
}

# The effective elements each demo lesson is about (by the lesson's slug).
LESSON_ELEMENTS = {
    "vaste-contactpersoon-mag-doorbeslissen": ["vaste-contactpersoon"],
    "brede-vraagverheldering-tijd-vooraf": ["brede-vraagverheldering"],
    "signaal-betalingsachterstand-snel-opvolgen": ["vroegsignalering"],
    "praat-over-rondkomen-niet-over-schulden": ["mensgerichte-basishouding", "vroegsignalering"],
    "langer-beschikken-met-vinger-aan-de-pols": ["langduriger-beschikken"],
    "mensgerichte-basishouding-leer-je-samen": ["mensgerichte-basishouding"],
    "ontmoeting-rond-samen-iets-doen": ["laagdrempelige-ontmoeting"],
    "korte-lijn-huisarts-en-wijkteam": ["samenwerking-in-de-wijk"],
    "aanbellen-zonder-afspraak-wanneer-wel": ["outreachend-contact"],
    "vaker-terugkomen-opent-de-deur": ["outreachend-contact"],
    "een-plan-begint-met-een-gesprek": ["brede-vraagverheldering", "eigen-regie-en-regiehulp"],
    "procesregie-is-een-rol": ["procesregie"],
    "mantelzorgers-herken-je-niet-aan-hun-vraag": ["brede-vraagverheldering"],
    "signalen-over-mantelzorgers-delen": ["samenwerking-in-de-wijk"],
    "regiehulp-soms-meer-doen": ["eigen-regie-en-regiehulp"],
    "afspraken-met-schuldeisers-op-de-werkvloer": ["vroegsignalering"],
    "dialoog-begin-eerder-en-kleiner": ["samenwerking-in-de-wijk"],
    "terugkoppelen-wat-er-met-inbreng-gebeurt": ["ervaringsdeskundigheid"],
    "signalen-ondermijning-bij-wijkteam": ["samenwerking-in-de-wijk"],
    "overlast-kijk-naar-de-veroorzaker": ["brede-vraagverheldering"],
}

# The sources (bronnenlijst), date of the last review and knowledge gaps of some dossiers.
# The sources are the (fictional) institute's own publications, so that no real author is
# quoted for something they did not write.
INSTITUTE = "Kennisinstituut Sociaal Domein"
DOSSIER_CHAIN = {
    "wat-werkt-bij-integraal-werken": {
        "last_reviewed": (2026, 10, 14),
        "sources": [
            ("literature", INSTITUTE, 2024, "Integraal werken in het sociaal domein: een overzicht", INSTITUTE),
            ("effect_study", INSTITUTE, 2025, "Eén huishouden, één plan: effecten na twee jaar", INSTITUTE),
            ("other", INSTITUTE, 2026, "Verslag van de landelijke bijeenkomst integraal werken", ""),
        ],
        "gaps": [
            ("Werkt een vaste contactpersoon ook voor huishoudens zonder zorgvraag, alleen met geldzorgen?", True),
            ("Hoeveel mandaat heeft een procesregisseur nodig om echt door te kunnen beslissen?", True),
            ("Wat kost integraal werken een gemeente, en wat levert het op?", False),
        ],
    },
    "wat-werkt-bij-eigen-regie": {
        "last_reviewed": (2026, 9, 2),
        "sources": [
            ("literature", INSTITUTE, 2023, "Eigen regie: wat verstaan we eronder?", INSTITUTE),
            ("effect_study", INSTITUTE, 2025, "Regiehulp voor inwoners met schulden: een effectstudie", INSTITUTE),
        ],
        "gaps": [("Hoe ondersteun je eigen regie bij inwoners met een licht verstandelijke beperking?", True)],
    },
    "wat-werkt-bij-eenzaamheid": {
        "last_reviewed": (2026, 6, 20),
        "sources": [
            ("literature", INSTITUTE, 2024, "Eenzaamheid: oorzaken en aangrijpingspunten", INSTITUTE),
            ("effect_study", INSTITUTE, 2025, "Ontmoeting rond samen iets doen: wat blijft er na een jaar?", INSTITUTE),
        ],
        "gaps": [("Bereik je met laagdrempelige ontmoeting ook jongeren die zich eenzaam voelen?", True)],
    },
}
