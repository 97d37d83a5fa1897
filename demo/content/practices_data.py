"""Demo learning practices (lerende praktijken) for Lerend Netwerk.

All practices, organisations and texts below are fictional demo content. Municipality
codes are CBS "GM" codes; theme and effective element slugs match the curated lists.
"""

PRACTICES = [
    {
        "slug": "zwolle-een-voordeur",
        "municipality": "GM0193",
        "title": "Eén voordeur in Zwolle",
        "summary": (
            "Zwolle werkt aan één herkenbare toegang tot het sociaal domein. Inwoners met een "
            "brede vraag kunnen er terecht en houden één vaste contactpersoon tot hun situatie "
            "stabiel is."
        ),
        "lead_emails": ["trekker@zwolle.example"],
        "member_emails": [
            "associate@wijkteam-utrecht.example",
            "daan.visser@mee.example",
            "lid@gemeente-delft.example",
        ],
        "themes": ["toegang", "integraal-werken"],
        "effective_elements": ["brede-vraagverheldering", "vaste-contactpersoon"],
        "status": "active",
        "start": "2025-09-01",
        "end": "2026-12-31",
        "approach": [
            (
                "Wie in Zwolle hulp zocht, kwam vaak bij meerdere loketten terecht: het "
                "Wmo-loket, de schuldhulp, het jeugdteam. Inwoners vertelden hun verhaal soms "
                "vier keer. In Holtenbroek en Stadshagen testen de sociale wijkteams daarom "
                "sinds september 2025 één voordeur: één telefoonnummer, één inloop in het "
                "wijkcentrum en één eerste gesprek waarin de hele situatie op tafel komt."
            ),
            (
                "Brede vraagverheldering krijgt vorm in een keukentafelgesprek met een "
                "gesprekskaart die samen met ervaringsdeskundigen van de cliëntenraad is "
                "gemaakt. De medewerker die het eerste gesprek voert, blijft de vaste "
                "contactpersoon, ook als er specialistische hulp bij komt. Stichting Welzijn "
                "Zwolle en Humanitas Zwolle schuiven aan bij het wekelijkse wijkoverleg."
            ),
            (
                "Trekker Annemieke ter Horst organiseert elke zes weken een leerbijeenkomst "
                "met wijkcoaches, partners en inwoners. Ze verzamelt situaties waarin de "
                "voordeur niet werkte en legt die voor aan het netwerk. Het kennisinstituut "
                "denkt mee over de gesprekskaart en over de vraag hoe je de vaste "
                "contactpersoon organiseert zonder dat de caseload van medewerkers ontspoort."
            ),
        ],
        "learning_questions": [
            ("Hoe houden we de vaste contactpersoon overeind als een huishouden verhuist naar een andere wijk?"),
            (
                "Wanneer is een vraag breed genoeg verhelderd, en wanneer wordt het eerste "
                "gesprek te zwaar voor de inwoner?"
            ),
            (
                "Hoe voorkomen we dat de voordeur een extra loket wordt in plaats van een "
                "vervanging van de bestaande loketten?"
            ),
        ],
        "organisations": [
            {
                "name": "Sociaal wijkteam Holtenbroek",
                "role": "voert de eerste gesprekken en levert vaste contactpersonen",
            },
            {
                "name": "Stichting Welzijn Zwolle",
                "role": "inloop in het wijkcentrum en vrijwillige ondersteuning",
            },
            {
                "name": "Humanitas Zwolle",
                "role": "thuisadministratie en maatjes",
            },
            {
                "name": "Cliëntenraad Sociaal Domein Zwolle",
                "role": "denkt mee over de gesprekskaart en de werkwijze",
            },
        ],
        "results": [
            (
                "Na ruim een jaar ervaren inwoners het eerste gesprek als rustiger: ze hoeven "
                "minder vaak opnieuw te beginnen. Tegelijk zien de wijkcoaches dat de vaste "
                "contactpersoon onder druk komt bij huishoudens met veel instanties. Het team "
                "probeert nu een vaste achtervang per contactpersoon, zodat de lijn niet "
                "breekt bij ziekte of vakantie."
            ),
        ],
    },
    {
        "slug": "midden-groningen-bestaanszekerheid",
        "municipality": "GM1952",
        "title": "Bestaanszekerheid in Midden-Groningen",
        "summary": (
            "Midden-Groningen wil geldzorgen eerder in beeld krijgen en inwoners actief "
            "opzoeken, voordat betalingsachterstanden uitgroeien tot problematische schulden."
        ),
        "lead_emails": ["hilde.wubbena@midden-groningen.example"],
        "member_emails": [
            "petra.schuiling@hoogeveen.example",
            "hans.mulder@schuldhulpmaatje.example",
        ],
        "themes": ["aanpak-armoede", "schuldhulpverlening"],
        "effective_elements": ["vroegsignalering", "outreachend-contact"],
        "status": "active",
        "start": "2025-06-01",
        "end": "2027-03-31",
        "approach": [
            (
                "In Midden-Groningen leven veel huishoudens rond of net boven het sociaal "
                "minimum. De nasleep van de aardbevingsproblematiek en de hoge energiekosten "
                "maken een deel van de inwoners extra kwetsbaar. Veel mensen melden zich pas "
                "bij de gemeente als de deurwaarder al langs is geweest. De lerende praktijk "
                "richt zich daarom op de periode daarvoor."
            ),
            (
                "Met de woningcorporatie, het waterbedrijf en de energieleveranciers zijn "
                "afspraken gemaakt over het doorgeven van signalen van betalingsachterstanden. "
                "Binnen vijf werkdagen gaan een medewerker van het team Geldzaken en een "
                "vrijwilliger van de schuldhulpmaatjes samen op huisbezoek. Ze bellen niet "
                "eerst, maar gaan langs met een kaart en een concreet aanbod."
            ),
            (
                "Trekker Hilde Wubbena zit het signaleringsoverleg voor en houdt bij welke "
                "signalen tot contact leiden. Samen met ervaringsdeskundigen toetst ze de "
                "brieven en de manier van aanbellen. Het kennisinstituut helpt bij de keuze "
                "wat je meet, zodat het team kan zien of outreachend contact ook echt eerder "
                "hulp oplevert."
            ),
        ],
        "learning_questions": [
            ("Welke signalen van betalingsachterstanden voorspellen het best dat een huishouden hulp nodig heeft?"),
            "Hoe ga je onaangekondigd op huisbezoek zonder dat het voelt als controle?",
            ("Wat doen we met huishoudens die de deur niet opendoen, ook niet na drie pogingen?"),
        ],
        "organisations": [
            {
                "name": "Team Geldzaken Midden-Groningen",
                "role": "huisbezoeken en schuldhulpverlening",
            },
            {
                "name": "Woonstichting Midden-Groningen",
                "role": "geeft signalen van huurachterstand door",
            },
            {
                "name": "Schuldhulpmaatje Midden-Groningen",
                "role": "vrijwillige maatjes bij huisbezoeken",
            },
            {
                "name": "Ervaringsdeskundigen Armoede Groningen",
                "role": "toetsen brieven en de manier van aanbellen",
            },
        ],
        "results": [
            (
                "De eerste maanden laten zien dat signalen van de woningcorporatie het vaakst "
                "tot een gesprek leiden. Bij signalen van energieleveranciers klopte het adres "
                "vaker niet of was het huishouden al in beeld. Het team merkt dat een "
                "huisbezoek met een vrijwilliger erbij de drempel verlaagt. De vraag is nu hoe "
                "je dit volhoudt als het aantal signalen stijgt."
            ),
        ],
    },
    {
        "slug": "leeuwarden-gebiedsteams",
        "municipality": "GM0080",
        "title": "Mensgericht werken in de Leeuwarder gebiedsteams",
        "summary": (
            "De gebiedsteams in Leeuwarden werkten aan een mensgerichte basishouding en gaven "
            "inwoners met een blijvende ondersteuningsvraag langer lopende beschikkingen, "
            "zodat zij meer regie houden."
        ),
        "lead_emails": ["wietske.postma@leeuwarden.example"],
        "member_emails": [
            "jelle.bouma@sudwestfryslan.example",
            "gerben.vandermeer@ede.example",
        ],
        "themes": ["toegang", "eigen-regie"],
        "effective_elements": ["mensgerichte-basishouding", "langduriger-beschikken"],
        "status": "completed",
        "start": "2024-03-01",
        "end": "2025-12-31",
        "approach": [
            (
                "Inwoners met een chronische ziekte of beperking moesten in Leeuwarden elk "
                "jaar opnieuw aantonen dat ze hulp nodig hadden. Dat kostte hen energie en "
                "leverde de gebiedsteams veel administratie op, terwijl de situatie zelden "
                "veranderde. De lerende praktijk koos ervoor om hier te beginnen: minder "
                "herindicaties, meer tijd voor het gesprek."
            ),
            (
                "Voor inwoners met een stabiele, blijvende vraag gaven de teams beschikkingen "
                "af van drie tot vijf jaar, met een korte jaarlijkse check in plaats van een "
                "herindicatie. Tegelijk volgden alle consulenten een leertraject over de "
                "mensgerichte basishouding, samen met ervaringsdeskundigen van de cliëntenraad."
            ),
            (
                "Trekker Wietske Postma bracht beleid, uitvoering en juridische zaken bij "
                "elkaar om de beleidsregels aan te passen. Ze hield elk kwartaal een "
                "reflectiebijeenkomst waarin consulenten situaties inbrachten waarin ze "
                "twijfelden tussen regels en mens. Het kennisinstituut bracht kennis in over "
                "langduriger beschikken en hielp bij de evaluatie."
            ),
        ],
        "learning_questions": [
            ("Voor welke inwoners is een langere beschikking verantwoord, en hoe leg je dat uit aan de controller?"),
            ("Hoe zie je aan het werk van een consulent of de mensgerichte basishouding echt landt?"),
            "Wat vervangt de herindicatie als moment om te horen hoe het met iemand gaat?",
        ],
        "organisations": [
            {
                "name": "Gebiedsteam Leeuwarden-Oost",
                "role": "pilotteam voor de nieuwe werkwijze",
            },
            {
                "name": "Cliëntenraad Sociaal Domein Leeuwarden",
                "role": "ervaringsdeskundige inbreng in het leertraject",
            },
            {
                "name": "Juridische Zaken gemeente Leeuwarden",
                "role": "aanpassen van de beleidsregels",
            },
        ],
        "results": [
            (
                "Na bijna twee jaar hadden de deelnemende teams het aantal herindicaties voor "
                "stabiele situaties sterk teruggebracht. Inwoners vertelden dat ze minder bang "
                "waren hun hulp kwijt te raken. Consulenten hielden tijd over voor nieuwe "
                "aanvragen en voor huisbezoeken waar die echt nodig waren. De jaarlijkse check "
                "bleek een waardevol contactmoment, zeker als een bekende consulent die deed."
            ),
            (
                "Wat anderen hieruit kunnen halen: begin met een kleine, goed afgebakende "
                "groep inwoners en betrek juridische zaken en de controller vanaf de eerste "
                "maand. Een basishouding verandert niet door één training; de "
                "reflectiebijeenkomsten met echte situaties maakten het verschil. Leeuwarden "
                "heeft de werkwijze inmiddels uitgebreid naar alle gebiedsteams."
            ),
        ],
    },
    {
        "slug": "emmen-samen-minder-alleen",
        "municipality": "GM0114",
        "title": "Samen minder alleen in Emmen",
        "summary": (
            "Emmen bouwt in drie wijken en dorpen aan laagdrempelige ontmoetingsplekken en aan "
            "een goede samenwerking tussen huisartsen, welzijn en vrijwilligers om eenzaamheid "
            "eerder te doorbreken."
        ),
        "lead_emails": ["bert.lanting@emmen.example"],
        "member_emails": [
            "annelies.schouten@ggd-hollands-noorden.example",
            "khadija.elamrani@gc-maastricht-west.example",
        ],
        "themes": ["eenzaamheid", "sociaal-en-gezond"],
        "effective_elements": ["laagdrempelige-ontmoeting", "samenwerking-in-de-wijk"],
        "status": "active",
        "start": "2025-10-01",
        "end": "2027-01-31",
        "approach": [
            (
                "Emmen is een uitgestrekte gemeente met veel dorpen, waar voorzieningen "
                "verdwijnen en ouderen soms kilometers van een ontmoetingsplek wonen. "
                "Huisartsen en wijkverpleegkundigen zien steeds meer mensen met klachten die "
                "samenhangen met eenzaamheid. De lerende praktijk start in Emmermeer, "
                "Klazienaveen en Nieuw-Amsterdam."
            ),
            (
                "In elk gebied is er een vaste plek met een open inloop: een buurtkamer in een "
                "flat, een dorpshuis en de kantine van de voetbalclub. Vrijwilligers zorgen "
                "voor koffie en een warm welkom, een welzijnswerker is er op vaste momenten. "
                "Huisartsen, praktijkondersteuners en wijkverpleegkundigen verwijzen warm door "
                "via een kort belmoment met de welzijnswerker."
            ),
            (
                "Trekker Bert Lanting brengt de partners elke twee maanden bij elkaar in een "
                "wijkoverleg en bezoekt zelf regelmatig de inloop. Hij verzamelt verhalen van "
                "bezoekers en vrijwilligers om te zien wat werkt. Het kennisinstituut brengt "
                "kennis in over wat werkt bij eenzaamheid en helpt om het verschil tussen "
                "sociale en emotionele eenzaamheid in de aanpak mee te nemen."
            ),
        ],
        "learning_questions": [
            ("Hoe bereiken we mensen die zich eenzaam voelen maar nooit uit zichzelf naar een inloop komen?"),
            ("Wat maakt dat een doorverwijzing van de huisarts ook echt leidt tot een eerste bezoek?"),
            "Hoe houden we vrijwilligers vast op plekken waar maar weinig bezoekers komen?",
        ],
        "organisations": [
            {
                "name": "Stichting Welzijn Zuidoost-Drenthe",
                "role": "welzijnswerk en begeleiding van vrijwilligers",
            },
            {
                "name": "Huisartsenpraktijk Klazienaveen",
                "role": "signaleert en verwijst warm door",
            },
            {
                "name": "Dorpshuis Nieuw-Amsterdam",
                "role": "ontmoetingsplek en gastvrijheid",
            },
            {
                "name": "Wijkverpleging Zuidoost-Drenthe",
                "role": "signaleert eenzaamheid bij thuiswonende ouderen",
            },
        ],
        "results": [
            (
                "De buurtkamer in Emmermeer loopt het best: nieuwe bezoekers komen vaak de "
                "eerste keer met een buurvrouw mee. In het dorpshuis wisselt het bezoek sterk. "
                "Doorverwijzingen vanuit de huisarts leiden vaker tot een bezoek als de "
                "welzijnswerker zelf belt en iemand de eerste keer ophaalt. Het team zoekt nu "
                "uit hoe dat ophalen met vrijwilligers vol te houden is."
            ),
        ],
    },
    {
        "slug": "lelystad-erop-af",
        "municipality": "GM0995",
        "title": "Erop af in Lelystad",
        "summary": (
            "Lelystad zoekt huishoudens met beginnende geldzorgen actief op, aan de deur en op "
            "plekken waar mensen al komen, zodat hulp start voordat de schulden groot worden."
        ),
        "lead_emails": ["chantal.pinas@lelystad.example"],
        "member_emails": [
            "ineke.bosman@humanitas.example",
            "kim.oomen@welzijn-breda.example",
        ],
        "themes": ["outreachend-werken", "schuldhulpverlening"],
        "effective_elements": ["outreachend-contact", "vroegsignalering"],
        "status": "active",
        "start": "2025-04-01",
        "end": "2026-12-31",
        "approach": [
            (
                "In sommige wijken van Lelystad, zoals de Atolwijk en Lelystad-Haven, melden "
                "weinig mensen zich zelf voor schuldhulp, terwijl er veel signalen van "
                "betalingsachterstanden zijn. Schaamte, wantrouwen richting de gemeente en "
                "eerdere slechte ervaringen spelen mee. De lerende praktijk 'Erop af' kiest "
                "daarom voor outreachend werken als uitgangspunt."
            ),
            (
                "Een vast team van twee schuldhulpverleners en een outreachend werker gaat op "
                "huisbezoek na signalen van de woningcorporatie en de zorgverzekeraar. "
                "Daarnaast staat het team wekelijks met een geldvragen-tafel bij de "
                "voedselbank, het consultatiebureau en een supermarkt. Ervaringsdeskundigen "
                "lopen mee en vertellen hoe zij zelf uit de schulden kwamen."
            ),
            (
                "Trekker Chantal Pinas coördineert de signaalafspraken met partners en houdt "
                "wekelijks een korte casusbespreking met het team. Ze legt vast welke route "
                "van eerste contact naar hulp het vaakst slaagt. Samen met het kennisinstituut "
                "kijkt ze welke werkzame elementen van outreachend werken in Lelystad het "
                "verschil maken."
            ),
        ],
        "learning_questions": [
            ("Welke vindplaatsen leveren de meeste eerste gesprekken op, en welke vooral veel tijd?"),
            ("Hoe bouw je vertrouwen op bij inwoners die slechte ervaringen hebben met de gemeente?"),
            ("Hoe zorgen we dat een eerste contact aan de deur niet strandt op de wachttijd voor de intake?"),
        ],
        "organisations": [
            {
                "name": "Team Schuldhulp Lelystad",
                "role": "huisbezoeken, intake en schuldregeling",
            },
            {
                "name": "Voedselbank Lelystad",
                "role": "vindplaats voor de geldvragen-tafel",
            },
            {
                "name": "Woonstichting Flevoland-Midden",
                "role": "geeft signalen van huurachterstand door",
            },
            {
                "name": "Humanitas Lelystad",
                "role": "thuisadministratie tussen huisbezoek en intake",
            },
        ],
        "results": [
            (
                "De geldvragen-tafel bij de voedselbank en het consultatiebureau levert meer "
                "gesprekken op dan verwacht, vaak met jonge gezinnen die nog nergens in beeld "
                "waren. Huisbezoeken na een huursignaal zijn intensief, maar leiden relatief "
                "vaak tot een regeling. Knelpunt is de overdracht: als er weken tussen eerste "
                "contact en intake zitten, haken mensen af. Het team test nu een 'warme week' "
                "met een intake binnen zeven dagen."
            ),
        ],
    },
    {
        "slug": "arnhem-een-huishouden-een-plan",
        "municipality": "GM0202",
        "title": "Eén huishouden, één plan in Arnhem",
        "summary": (
            "Arnhem werkte met procesregie en één vaste contactpersoon voor huishoudens met "
            "problemen op meerdere leefgebieden, zodat zij niet langer met losse plannen van "
            "verschillende hulpverleners te maken hadden."
        ),
        "lead_emails": ["mehmet.yildiz@arnhem.example"],
        "member_emails": [
            "sofie.kowalczyk@haarlem.example",
            "gerben.vandermeer@ede.example",
            "ineke.bosman@humanitas.example",
        ],
        "themes": ["integraal-werken", "toegang"],
        "effective_elements": ["procesregie", "vaste-contactpersoon"],
        "status": "completed",
        "start": "2024-01-15",
        "end": "2025-10-31",
        "approach": [
            (
                "Huishoudens met schulden, opvoedvragen en gezondheidsproblemen hadden in "
                "Arnhem soms zes hulpverleners en net zoveel plannen. Niemand had het "
                "overzicht, en inwoners wisten niet bij wie ze moesten zijn. De wijkteams in "
                "Presikhaaf en Malburgen wilden dit doorbreken met één plan per huishouden, "
                "opgesteld met het huishouden zelf."
            ),
            (
                "Per huishouden werd één medewerker procesregisseur en vaste contactpersoon. "
                "Die kreeg het mandaat om partners bij elkaar te roepen, afspraken vast te "
                "leggen en knopen door te hakken als partijen het niet eens werden. Het plan "
                "werd in gewone taal geschreven, op maximaal twee kantjes, en het huishouden "
                "kreeg een eigen exemplaar."
            ),
            (
                "Trekker Mehmet Yildiz regelde met de directeuren van de belangrijkste "
                "partners dat het mandaat van de procesregisseur werd erkend. Hij zette een "
                "escalatieoverleg op voor vastgelopen situaties en organiseerde "
                "leerbijeenkomsten waarin regisseurs van elkaar leerden. Het kennisinstituut "
                "bracht kennis in over integraal werken en ondersteunde bij de evaluatie."
            ),
        ],
        "learning_questions": [
            ("Welk mandaat heeft een procesregisseur nodig om partners echt in beweging te krijgen?"),
            ("Hoe voorkom je dat het plan van het huishouden een plan van de hulpverleners wordt?"),
            "Wanneer draag je de procesregie over, en wanneer stop je ermee?",
        ],
        "organisations": [
            {
                "name": "Wijkteam Presikhaaf",
                "role": "procesregie en vaste contactpersoon",
            },
            {
                "name": "Wijkteam Malburgen",
                "role": "procesregie en vaste contactpersoon",
            },
            {
                "name": "Jeugdteam Arnhem-Zuid",
                "role": "opvoedondersteuning binnen het plan",
            },
            {
                "name": "Stichting Schuldhulp Gelderland-Midden",
                "role": "schuldhulp binnen het plan",
            },
        ],
        "results": [
            (
                "In de evaluatie vertelden huishoudens dat ze voor het eerst één persoon "
                "hadden die het overzicht hield. Het aantal losse plannen per huishouden "
                "daalde, en partners spraken elkaar vaker direct aan. Het escalatieoverleg was "
                "steeds minder vaak nodig naarmate regisseurs meer vertrouwen kregen. Wel "
                "kostte procesregie veel tijd: een regisseur kon maar een beperkt aantal "
                "huishoudens tegelijk begeleiden."
            ),
            (
                "Voor andere gemeenten: leg het mandaat vooraf vast op bestuurlijk niveau, "
                "anders blijft procesregie vrijblijvend. Houd het plan kort en schrijf het "
                "samen met het huishouden, in hun woorden. En spreek af wanneer de procesregie "
                "eindigt, zodat een huishouden niet eindeloos 'in regie' blijft. Arnhem neemt "
                "de werkwijze mee in de nieuwe inkoop voor het sociaal domein."
            ),
        ],
    },
    {
        "slug": "tiel-mantelzorg-in-beeld",
        "municipality": "GM0281",
        "title": "Mantelzorgers eerder in beeld in Tiel",
        "summary": (
            "Tiel wil overbelasting van mantelzorgers eerder signaleren via huisartsen, "
            "wijkverpleging, scholen en werkgevers, en hen sneller in contact brengen met "
            "passende ondersteuning."
        ),
        "lead_emails": ["femke.vanwijk@tiel.example"],
        "member_emails": [
            "kim.oomen@welzijn-breda.example",
            "annelies.schouten@ggd-hollands-noorden.example",
            "jelle.bouma@sudwestfryslan.example",
        ],
        "themes": ["mantelzorg", "sociaal-en-gezond"],
        "effective_elements": ["vroegsignalering", "samenwerking-in-de-wijk"],
        "status": "active",
        "start": "2026-02-01",
        "end": "2027-06-30",
        "approach": [
            (
                "Veel mantelzorgers in Tiel zien zichzelf niet als mantelzorger. Ze zorgen "
                "voor een partner, ouder of kind en melden zich pas als ze zelf uitvallen. Het "
                "steunpunt mantelzorg kent maar een deel van hen. De lerende praktijk wil "
                "signalen oppakken die nu blijven liggen: bij de huisarts, bij de "
                "wijkverpleegkundige of op school, bij jonge mantelzorgers."
            ),
            (
                "Partners in de wijk gebruiken een korte signaleringskaart met vragen over de "
                "belasting van de zorg. Bij twijfel volgt, met toestemming, een belletje naar "
                "de mantelzorgconsulent, die binnen een week contact opneemt. In Tiel-Oost en "
                "Passewaaij is een vast wijkoverleg gestart waarin huisartsenpraktijk, "
                "wijkverpleging, welzijn en Wmo-consulenten signalen bespreken."
            ),
            (
                "Trekker Femke van Wijk verbindt beleid en uitvoering en haalt elke maand "
                "ervaringen op bij de consulenten. Met een klankbordgroep van mantelzorgers "
                "leest ze mee met de kaart en de folders. Het kennisinstituut adviseert over "
                "vroegsignalering en over het meten van effect zonder mantelzorgers extra te "
                "belasten."
            ),
        ],
        "learning_questions": [
            "Hoe herken je een mantelzorger die zichzelf geen mantelzorger noemt?",
            "Hoe krijgen we werkgevers en scholen betrokken bij vroegsignalering?",
            ("Wat is een goed moment om na een signaal contact op te nemen zonder opdringerig te zijn?"),
        ],
        "organisations": [
            {
                "name": "Steunpunt Mantelzorg Rivierenland",
                "role": "mantelzorgconsulenten en respijtzorg",
            },
            {
                "name": "Huisartsenpraktijk Passewaaij",
                "role": "signaleert overbelasting in de spreekkamer",
            },
            {
                "name": "Wijkverpleging Tiel-Oost",
                "role": "signaleert tijdens bezoeken aan huis",
            },
            {
                "name": "Stichting Welzijn Tiel",
                "role": "ontmoeting en ondersteuning van jonge mantelzorgers",
            },
        ],
        "results": [
            (
                "In de eerste maanden kwamen de meeste nieuwe signalen binnen via de "
                "wijkverpleging; de huisartsenpraktijk volgt langzamer. Mantelzorgers reageren "
                "positief op een telefoontje van de consulent, als duidelijk is waarom er "
                "gebeld wordt. Scholen en werkgevers zijn nog nauwelijks bereikt. Daar ligt de "
                "nadruk in het komende halfjaar."
            ),
        ],
    },
    {
        "slug": "zaanstad-eigen-regie",
        "municipality": "GM0479",
        "title": "Regie bij de inwoner in Zaanstad",
        "summary": (
            "Zaanstad onderzoekt hoe inwoners met een hulpvraag zelf meer regie houden over "
            "hun ondersteuning, met regiehulp waar dat nodig is en een mensgerichte houding "
            "van de wijkcoaches."
        ),
        "lead_emails": ["priya.ramdin@zaanstad.example"],
        "member_emails": [
            "daan.visser@mee.example",
            "thijs.degroot@meedoen-deventer.example",
            "associate@wijkteam-utrecht.example",
        ],
        "themes": ["eigen-regie", "toegang"],
        "effective_elements": ["eigen-regie-en-regiehulp", "mensgerichte-basishouding"],
        "status": "active",
        "start": "2025-09-01",
        "end": "2026-12-31",
        "approach": [
            (
                "De sociale wijkteams in Zaanstad merken dat inwoners vaak in een afwachtende "
                "rol terechtkomen zodra ze hulp krijgen: de professional maakt het plan, de "
                "inwoner tekent. Dat past niet bij wat de gemeente wil. In Poelenburg en "
                "Zaandam-Oost onderzoekt de lerende praktijk hoe het anders kan, zonder "
                "inwoners alleen te laten die het even niet zelf kunnen."
            ),
            (
                "Inwoners stellen hun eigen plan op met een eenvoudig werkblad, eventueel met "
                "hulp van een onafhankelijke cliëntondersteuner of iemand uit hun netwerk. De "
                "wijkcoach stelt open vragen en vult niets in. Wie dat nodig heeft, krijgt "
                "regiehulp: een vrijwilliger of cliëntondersteuner die helpt afspraken te "
                "maken en overzicht te houden. Een vaste groep inwoners denkt mee als "
                "klankbord."
            ),
            (
                "Trekker Priya Ramdin begeleidt intervisie in de teams en verzamelt "
                "voorbeelden van gesprekken waarin regie werd overgenomen of juist "
                "teruggegeven. Met de cliëntenraad verbetert ze het werkblad. Het "
                "kennisinstituut brengt kennis in uit het dossier over eigen regie en helpt "
                "bij het opzetten van een eenvoudige meting."
            ),
        ],
        "learning_questions": [
            "Hoe geef je regie terug aan een inwoner die liever heeft dat jij het regelt?",
            "Waar ligt de grens tussen regiehulp en het overnemen van regie?",
            "Hoe merk je in een gesprek dat een inwoner zich echt gehoord voelt?",
        ],
        "organisations": [
            {
                "name": "Sociaal wijkteam Poelenburg",
                "role": "pilotteam voor het eigen plan",
            },
            {
                "name": "Cliëntenraad Sociaal Domein Zaanstad",
                "role": "denkt mee over het werkblad",
            },
            {
                "name": "Stichting Cliëntondersteuning Zaanstreek",
                "role": "onafhankelijke cliëntondersteuning en regiehulp",
            },
        ],
        "results": [
            (
                "Inwoners die het werkblad zelf invulden, kwamen vaker met eigen oplossingen "
                "dan de wijkcoaches hadden verwacht. Voor inwoners die minder goed lezen bleek "
                "het werkblad te ingewikkeld; er wordt nu een versie met pictogrammen getest. "
                "In intervisie merken wijkcoaches dat het lastigste is om een stilte te laten "
                "vallen in plaats van meteen een oplossing te bieden."
            ),
        ],
    },
    {
        "slug": "rotterdam-vroegsignalering-schulden",
        "municipality": "GM0599",
        "title": "Vroeg erbij bij schulden in Rotterdam",
        "summary": (
            "Rotterdam bouwde de vroegsignalering van betalingsachterstanden uit in drie "
            "gebieden en combineerde signalen van vaste-lastenpartners met huisbezoeken door "
            "wijkteams en ervaringsdeskundigen."
        ),
        "lead_emails": ["kevin.martina@rotterdam.example"],
        "member_emails": [
            "romano.wijngaarde@ervaringsdeskundigen-haaglanden.example",
            "hans.mulder@schuldhulpmaatje.example",
            "amira.haddad@schiedam.example",
        ],
        "themes": ["schuldhulpverlening", "aanpak-armoede"],
        "effective_elements": ["vroegsignalering", "outreachend-contact"],
        "status": "completed",
        "start": "2024-02-01",
        "end": "2025-12-31",
        "approach": [
            (
                "Rotterdam werkte al met signalen van woningcorporaties en "
                "energieleveranciers, maar een groot deel van die signalen leidde niet tot "
                "contact. Brieven bleven ongeopend en telefoontjes werden niet beantwoord. In "
                "Feijenoord, Delfshaven en IJsselmonde onderzocht de lerende praktijk hoe je "
                "meer huishoudens echt bereikt."
            ),
            (
                "Signalen kwamen binnen bij een centraal team, dat ze binnen twee werkdagen "
                "doorzette naar het wijkteam. Het wijkteam ging langs, vaak samen met een "
                "ervaringsdeskundige, en had een concreet aanbod bij zich: samen de post "
                "openen, een betalingsregeling aanvragen of een afspraak bij de schuldhulp. "
                "Wie niet thuis was, kreeg een handgeschreven kaart en een tweede bezoek op "
                "een ander tijdstip."
            ),
            (
                "Trekker Kevin Martina zorgde voor korte lijnen tussen het centrale team en de "
                "wijken en hield elke maand een leersessie met de huisbezoekers. Hij hield de "
                "registratie eenvoudig, zodat de tellingen betrouwbaar bleven. Het "
                "kennisinstituut hielp bij het analyseren van de registratie en bij het "
                "vertalen van ervaringen naar lessen."
            ),
        ],
        "learning_questions": [
            ("Welke vorm van eerste contact leidt het vaakst tot een gesprek: brief, telefoon of huisbezoek?"),
            ("Wat voegt een ervaringsdeskundige toe aan een huisbezoek, en wanneer juist niet?"),
            ("Hoe voorkom je dat vroegsignalering stopt bij een betalingsregeling terwijl er meer speelt?"),
        ],
        "organisations": [
            {
                "name": "Team Vroegsignalering gemeente Rotterdam",
                "role": "ontvangt signalen en zet ze door",
            },
            {
                "name": "Wijkteam Feijenoord",
                "role": "huisbezoeken en vervolghulp",
            },
            {
                "name": "Stichting Ervaringsdeskundigen Rijnmond",
                "role": "ervaringsdeskundigen lopen mee bij huisbezoeken",
            },
            {
                "name": "Woonstichting Maaskant",
                "role": "geeft signalen van huurachterstand door",
            },
        ],
        "results": [
            (
                "Huisbezoeken leidden veel vaker tot een gesprek dan brieven of telefoontjes. "
                "Vooral een tweede bezoek op een ander tijdstip, bijvoorbeeld 's avonds, "
                "maakte verschil. Huisbezoekers vertelden dat een ervaringsdeskundige de toon "
                "van het gesprek veranderde: minder uitleg over regels, meer herkenning. Bij "
                "een deel van de huishoudens zat achter de achterstand een bredere vraag, "
                "zoals werkloosheid of een scheiding."
            ),
            (
                "Voor anderen: beoordeel vroegsignalering niet op het aantal verwerkte "
                "signalen, maar op het aantal echte gesprekken en wat daarna gebeurt. Geef het "
                "wijkteam ruimte om door te vragen, ook als de achterstand snel is opgelost. "
                "Rotterdam heeft de werkwijze na afloop in alle gebieden ingevoerd, met vaste "
                "ervaringsdeskundigen per gebied."
            ),
        ],
    },
    {
        "slug": "gouda-dialoog-in-de-wijk",
        "municipality": "GM0513",
        "title": "Dialoog in de Goudse wijk",
        "summary": (
            "Gouda organiseert kleine gesprekken tussen bewoners in wijken waar spanningen "
            "oplopen, en betrekt bewoners bij het bedenken en uitvoeren van de aanpak."
        ),
        "lead_emails": ["lotte.verhoef@gouda.example"],
        "member_emails": [
            "ozlem.kaya@welzijn-eindhoven.example",
            "luuk.janssen@venlo.example",
        ],
        "themes": ["polarisatie", "clientenparticipatie"],
        "effective_elements": ["samenwerking-in-de-wijk", "laagdrempelige-ontmoeting"],
        "status": "active",
        "start": "2025-11-01",
        "end": "2027-02-28",
        "approach": [
            (
                "In Gouda-Oost en Korte Akkeren liepen de afgelopen jaren spanningen op tussen "
                "groepen bewoners: over overlast op pleinen, over de komst van nieuwe "
                "voorzieningen en in discussies op sociale media. Bewoners voelden zich niet "
                "gehoord, door de gemeente en door elkaar. De lerende praktijk wil plekken "
                "maken waar bewoners met verschillende achtergronden elkaar weer spreken."
            ),
            (
                "Opbouwwerkers en wijkagenten organiseren samen met bewoners kleine "
                "dialoogtafels in buurthuizen, moskeeën en de bibliotheek. De gemeente bepaalt "
                "de agenda niet: bewoners kiezen zelf het onderwerp. Een bewonersklankbord "
                "bereidt de tafels voor en helpt mensen uit te nodigen die anders niet komen. "
                "Wat op tafel komt, gaat terug naar de wijkmanager."
            ),
            (
                "Trekker Lotte Verhoef zorgt dat gemeentelijke afdelingen reageren op wat uit "
                "de gesprekken komt, zodat bewoners merken dat er iets mee gebeurt. Ze "
                "begeleidt de gespreksleiders en organiseert twee keer per jaar een "
                "terugkomavond. Het kennisinstituut denkt mee over wat werkt bij polarisatie "
                "en over de rol van de gemeente als gesprekspartner."
            ),
        ],
        "learning_questions": [
            "Hoe bereiken we bewoners die zich van de gemeente hebben afgekeerd?",
            "Wanneer is een dialoogtafel geslaagd, ook als de meningsverschillen blijven?",
            "Hoe voorkomen we dat de gemeente beloftes doet die ze niet kan waarmaken?",
        ],
        "organisations": [
            {
                "name": "Stichting Wijkwerk Gouda",
                "role": "opbouwwerk en gespreksleiding",
            },
            {
                "name": "Bibliotheek Gouda-Oost",
                "role": "locatie voor dialoogtafels",
            },
            {
                "name": "Bewonersklankbord Korte Akkeren",
                "role": "bereidt tafels voor en nodigt bewoners uit",
            },
            {
                "name": "Politie basisteam Gouda",
                "role": "wijkagenten schuiven aan als gesprekspartner",
            },
        ],
        "results": [
            (
                "Kleine tafels met acht tot tien deelnemers werken beter dan de grote avonden "
                "waarmee de praktijk begon. Bewoners waarderen dat ze zelf het onderwerp "
                "kiezen. Het moeilijkst is de terugkoppeling: als de gemeente na een tafel "
                "niets laat horen, zakt het vertrouwen snel weg. Gouda werkt daarom nu met een "
                "vaste termijn van vier weken voor terugkoppeling."
            ),
        ],
    },
    {
        "slug": "vlissingen-armoede-samen-aanpakken",
        "municipality": "GM0718",
        "title": "Samen armoede aanpakken in Vlissingen",
        "summary": (
            "Vlissingen wil de armoedeaanpak samen met ervaringsdeskundigen vormgeven en "
            "inwoners met geldzorgen een breed eerste gesprek bieden in plaats van een losse "
            "aanvraag per regeling."
        ),
        "lead_emails": ["marco.koppejan@vlissingen.example"],
        "member_emails": ["romano.wijngaarde@ervaringsdeskundigen-haaglanden.example"],
        "themes": ["aanpak-armoede", "clientenparticipatie"],
        "effective_elements": ["ervaringsdeskundigheid", "brede-vraagverheldering"],
        "status": "applied",
        "start": "2027-01-01",
        "end": "2027-12-31",
        "approach": [
            (
                "Vlissingen heeft relatief veel huishoudens met een laag inkomen. De gemeente "
                "kent veel regelingen, maar inwoners vinden de weg er niet in: elke regeling "
                "heeft een eigen formulier en een eigen loket. Ervaringsdeskundigen in de stad "
                "hebben al eerder laten weten dat ze willen meedenken, maar kregen tot nu toe "
                "geen vaste plek in het beleid."
            ),
            (
                "In de lerende praktijk, die in januari 2027 start, wil de gemeente een groep "
                "ervaringsdeskundigen betaald laten meewerken aan het ontwerp van een breed "
                "eerste gesprek. Daarin komt niet alleen het inkomen aan bod, maar ook wonen, "
                "gezondheid, werk en het sociale netwerk. Het gesprek moet plaatsvinden op "
                "plekken waar inwoners al komen, zoals de buurthuizen in Oost-Souburg en "
                "Vlissingen-Oost."
            ),
            (
                "Trekker Marco Koppejan bereidt de start voor. Hij maakt afspraken over de "
                "vergoeding van ervaringsdeskundigen, zoekt partners en scherpt met het "
                "kennisinstituut de leervragen aan. In de eerste maanden wil hij vooral "
                "luisteren naar wat inwoners meemaken met het huidige minimabeleid."
            ),
        ],
        "learning_questions": [
            ("Hoe geef je ervaringsdeskundigen echte invloed op beleid, en niet alleen een stem achteraf?"),
            ("Wat hoort er in een breed eerste gesprek over geldzorgen, en wat laat je juist weg?"),
            ("Hoe combineer je een breed gesprek met de voorwaarden van de afzonderlijke regelingen?"),
        ],
        "organisations": [
            {
                "name": "Stichting Ervaringsdeskundigheid Walcheren",
                "role": "denkt mee over het ontwerp van het eerste gesprek",
            },
            {
                "name": "Stichting Welzijn Vlissingen",
                "role": "locaties en contact met bewoners",
            },
            {
                "name": "Humanitas Walcheren",
                "role": "thuisadministratie en vrijwillige ondersteuning",
            },
        ],
        "results": [],
    },
    {
        "slug": "heerlen-weerbare-wijken",
        "municipality": "GM0917",
        "title": "Weerbare wijken in Heerlen",
        "summary": (
            "Heerlen versterkt de samenwerking tussen zorg, veiligheid en bewoners in wijken "
            "waar ondermijnende criminaliteit inwoners onder druk zet, met één procesregisseur "
            "per signaal."
        ),
        "lead_emails": ["joep.lemmens@heerlen.example"],
        "member_emails": [
            "ahmet.celik@amersfoort.example",
            "khadija.elamrani@gc-maastricht-west.example",
            "luuk.janssen@venlo.example",
        ],
        "themes": ["ondermijning", "integraal-werken"],
        "effective_elements": ["samenwerking-in-de-wijk", "procesregie"],
        "status": "active",
        "start": "2025-05-01",
        "end": "2026-12-31",
        "approach": [
            (
                "In delen van Heerlen-Noord zien professionals dat jongeren worden geronseld "
                "als geldezel of koerier, dat woningen worden misbruikt en dat bewoners "
                "zwijgen uit angst. Zorg- en veiligheidspartners wisten vaak allemaal een "
                "stukje, maar deelden dat niet of te laat. De lerende praktijk verbindt de "
                "sociale aanpak en de veiligheidsaanpak in Meezenbroek en Heerlerheide."
            ),
            (
                "Signalen over mogelijke ondermijning worden besproken in een wijkoverleg met "
                "wijkteam, wijkagent, woningcorporatie, jongerenwerk en scholen. Per signaal "
                "wijst het overleg één procesregisseur aan, die bepaalt wat er gebeurt en wie "
                "het contact met het huishouden houdt. Bewoners praten mee op bewonersavonden, "
                "waar vooral wordt geluisterd naar wat zij zien en nodig hebben om zich "
                "veiliger te voelen."
            ),
            (
                "Trekker Joep Lemmens bewaakt de balans tussen zorg en veiligheid en maakt met "
                "de partners afspraken over wat wel en niet gedeeld mag worden. Elk kwartaal "
                "organiseert hij een leersessie over lastige situaties. Het kennisinstituut "
                "adviseert over integraal werken en over de rol van het sociaal domein in de "
                "aanpak van ondermijning."
            ),
        ],
        "learning_questions": [
            (
                "Hoe deel je signalen over ondermijning zonder het vertrouwen van bewoners in "
                "de hulpverlening te schaden?"
            ),
            "Wie neemt de regie als een signaal zowel zorg als handhaving vraagt?",
            "Hoe maak je jongeren weerbaar zonder ze als verdachte te benaderen?",
        ],
        "organisations": [
            {
                "name": "Sociaal wijkteam Heerlen-Noord",
                "role": "procesregie en contact met huishoudens",
            },
            {
                "name": "Jongerenwerk Parkstad",
                "role": "contact met jongeren op straat en online",
            },
            {
                "name": "Woonstichting Parkstad-Noord",
                "role": "signalen over misbruik van woningen",
            },
            {
                "name": "Politie basisteam Heerlen",
                "role": "wijkagenten in het wijkoverleg",
            },
        ],
        "results": [
            (
                "Het wijkoverleg leidt tot snellere afspraken over wie contact zoekt met een "
                "huishouden. Partners zijn wel voorzichtig met het delen van informatie; een "
                "werkafspraak over privacy hielp, maar vraagt onderhoud. De bewonersavonden "
                "trekken vooral de bekende gezichten. Het team probeert nu kleinere gesprekken "
                "bij mensen thuis, samen met het jongerenwerk."
            ),
        ],
    },
    {
        "slug": "tilburg-toegang-met-vertrouwen",
        "municipality": "GM0855",
        "title": "Toegang met vertrouwen in Tilburg",
        "summary": (
            "Tilburg wil de toegang tot ondersteuning eenvoudiger maken met brede "
            "vraagverheldering en langer lopende beschikkingen voor inwoners met een blijvende "
            "hulpvraag."
        ),
        "lead_emails": ["anouk.vandenheuvel@tilburg.example"],
        "member_emails": ["lid@gemeente-delft.example", "sofie.kowalczyk@haarlem.example"],
        "themes": ["toegang", "eigen-regie"],
        "effective_elements": ["brede-vraagverheldering", "langduriger-beschikken"],
        "status": "applied",
        "start": "2027-02-01",
        "end": "2028-01-31",
        "approach": [
            (
                "Inwoners en professionals in Tilburg vertellen dat de toegang tot "
                "ondersteuning wantrouwend aanvoelt: veel vragen naar bewijs, korte "
                "beschikkingen en steeds opnieuw een gesprek. Medewerkers van de toegang "
                "willen meer ruimte om uit te gaan van vertrouwen. Het college heeft dat als "
                "ambitie opgenomen in de nieuwe visie op het sociaal domein."
            ),
            (
                "De lerende praktijk start in februari 2027 in twee wijken. "
                "Toegangsmedewerkers gaan werken met een brede vraagverheldering waarin eerst "
                "de situatie van de inwoner centraal staat en pas daarna de voorziening. Voor "
                "inwoners met een stabiele, blijvende vraag komen langer lopende "
                "beschikkingen. De gemeente wil daarbij leren van gemeenten die dit al eerder "
                "deden."
            ),
            (
                "Trekker Anouk van den Heuvel bereidt de start voor met het team toegang, de "
                "afdeling beleid en de Wmo-raad. Ze legt contact met trekkers in andere "
                "gemeenten die met langduriger beschikken hebben gewerkt, en stelt met het "
                "kennisinstituut een plan op voor de evaluatie."
            ),
        ],
        "learning_questions": [
            ("Welke informatie heb je echt nodig om een langere beschikking verantwoord af te geven?"),
            "Hoe merk je of inwoners meer vertrouwen ervaren in de toegang?",
            ("Wat vraagt brede vraagverheldering van medewerkers die gewend zijn aan een indicatiegesprek?"),
        ],
        "organisations": [
            {
                "name": "Team Toegang Wmo Tilburg",
                "role": "uitvoering in de twee pilotwijken",
            },
            {
                "name": "Wmo-raad Tilburg",
                "role": "adviseert en leest mee",
            },
            {
                "name": "Stichting Cliëntondersteuning Midden-Brabant",
                "role": "onafhankelijke cliëntondersteuning",
            },
        ],
        "results": [],
    },
    {
        "slug": "nieuwegein-wijkaanpak",
        "municipality": "GM0356",
        "title": "Samen tegen overlast in Nieuwegein",
        "summary": (
            "Nieuwegein pakte woonoverlast en overlast op straat aan met een gezamenlijke "
            "wijkaanpak van zorg, veiligheid en bewoners, met één procesregisseur per complexe "
            "situatie."
        ),
        "lead_emails": ["rachid.bouzid@nieuwegein.example"],
        "member_emails": [
            "ahmet.celik@amersfoort.example",
            "ozlem.kaya@welzijn-eindhoven.example",
        ],
        "themes": ["overlast", "integraal-werken"],
        "effective_elements": ["samenwerking-in-de-wijk", "procesregie"],
        "status": "completed",
        "start": "2024-04-01",
        "end": "2025-09-30",
        "approach": [
            (
                "In Batau-Noord en Galecop kwamen steeds meer meldingen binnen over "
                "burenoverlast, vervuilde woningen en groepen op straat. De meldingen kwamen "
                "terecht bij de woningcorporatie, de politie en de gemeente, die los van "
                "elkaar reageerden. Vaak bleek achter de overlast een zorgvraag te zitten, "
                "zoals psychische problemen of schulden."
            ),
            (
                "De partners spraken één gezamenlijk overleg af voor complexe "
                "overlastsituaties. Per situatie werd één procesregisseur aangewezen, meestal "
                "uit het sociaal wijkteam. Die ging eerst in gesprek met de veroorzaker én met "
                "de melders, voordat er maatregelen kwamen. Bij burenruzies werd "
                "buurtbemiddeling standaard aangeboden, en op wijkavonden konden bewoners "
                "meepraten over de aanpak."
            ),
            (
                "Trekker Rachid Bouzid bouwde het overleg op en maakte afspraken tussen "
                "corporatie, politie en zorgpartners over wie wanneer handelt. Hij hield een "
                "overzicht bij van de situaties en van wat werkte. Het kennisinstituut "
                "ondersteunde met kennis over integraal werken bij overlast en bij het "
                "opstellen van de lessen."
            ),
        ],
        "learning_questions": [
            ("Hoe verdeel je de regie tussen zorg en veiligheid als een bewoner overlast geeft én hulp nodig heeft?"),
            ("Wat vertel je melders over de aanpak zonder de privacy van de veroorzaker te schenden?"),
            "Hoe lang blijft een procesregisseur betrokken als de overlast is afgenomen?",
        ],
        "organisations": [
            {
                "name": "Sociaal wijkteam Nieuwegein-Zuid",
                "role": "procesregie bij complexe situaties",
            },
            {
                "name": "Woonstichting Lekstede",
                "role": "signalen en afspraken over het huurcontract",
            },
            {
                "name": "Buurtbemiddeling Nieuwegein",
                "role": "bemiddeling bij burenconflicten",
            },
            {
                "name": "Politie basisteam Nieuwegein",
                "role": "wijkagenten in het overleg",
            },
        ],
        "results": [
            (
                "Tijdens de looptijd namen de herhaalde meldingen over dezelfde adressen "
                "duidelijk af. Partners vonden elkaar sneller en werkten minder langs elkaar "
                "heen. In veel situaties kreeg de procesregisseur de zorgvraag achter de "
                "overlast boven tafel, waarna de overlast verminderde. Melders waardeerden het "
                "dat ze werden teruggebeld, ook als er weinig nieuws te vertellen was."
            ),
            (
                "Voor anderen: spreek af wie de regie heeft voordat de eerste situatie op "
                "tafel ligt. Buurtbemiddeling als standaardaanbod loont. Houd melders op de "
                "hoogte van het proces, niet van de inhoud. En plan drie maanden na afloop een "
                "nazorgmoment: daar werd terugval vaak op tijd gezien. Nieuwegein heeft het "
                "overleg na de lerende praktijk structureel gemaakt."
            ),
        ],
    },
]
