"""Demo forum content for Lerend Netwerk.

All discussions, names and situations below are fictional demo content. "author" is an
e-mail from people.DEMO_PEOPLE. A category "practice:<slug>" is the closed space of that
learning practice (its lead, its members and the institute's staff). "reply_to" is None
for a reply to the thread, or the index of an earlier post in the same "posts" list.
"answer" is the index of the post that answers a question. Mentions are written as
@{e-mail}. "days_ago" counts back from the demo date (22 November 2026).
"""

CATEGORIES = [
    {
        "slug": "toegang-en-integraal-werken",
        "name": "Toegang en integraal werken",
        "description": (
            "Over de voordeur van het sociaal domein, een vaste contactpersoon en samenwerken rond één huishouden."
        ),
        "theme": "toegang",
    },
    {
        "slug": "armoede-en-schulden",
        "name": "Armoede en schulden",
        "description": (
            "Over bestaanszekerheid, vroegsignalering van betalingsachterstanden en schuldhulp die mensen echt bereikt."
        ),
        "theme": "aanpak-armoede",
    },
    {
        "slug": "eenzaamheid-en-ontmoeting",
        "name": "Eenzaamheid en ontmoeting",
        "description": (
            "Over ontmoetingsplekken, bezoekdiensten en het bereiken van inwoners die er alleen voor staan."
        ),
        "theme": "eenzaamheid",
    },
    {
        "slug": "mantelzorg-sociaal-en-gezond",
        "name": "Mantelzorg, sociaal en gezond",
        "description": (
            "Over mantelzorgers op tijd in beeld en korte lijnen tussen huisarts, wijkverpleging en sociaal domein."
        ),
        "theme": "mantelzorg",
    },
    {
        "slug": "eigen-regie-en-clientenparticipatie",
        "name": "Eigen regie en cliëntenparticipatie",
        "description": "Over inwoners die zelf richting geven aan hun hulp en meepraten over beleid en uitvoering.",
        "theme": "eigen-regie",
    },
    {
        "slug": "veiligheid-overlast-en-ondermijning",
        "name": "Veiligheid, overlast en ondermijning",
        "description": "Over zorg en veiligheid aan één tafel, woonoverlast en het weerbaar maken van wijken.",
        "theme": "overlast",
    },
    {
        "slug": "werken-in-de-wijk",
        "name": "Werken in de wijk en outreachend werken",
        "description": (
            "Over erop af gaan, samenwerken met partners in de wijk en contact maken met wie zelf geen hulp vraagt."
        ),
        "theme": "outreachend-werken",
    },
    {
        "slug": "over-het-lerend-netwerk",
        "name": "Over het lerend netwerk",
        "description": "Vragen en tips over het platform: je profiel, ervaringen delen, meldingen en bijeenkomsten.",
        "theme": None,
    },
]


THREADS = [
    # ------------------------------------------------------------------ Over het lerend netwerk
    {
        "key": "welkom-zo-werkt-het-forum",
        "category": "over-het-lerend-netwerk",
        "title": "Welkom op het forum: zo werkt het",
        "author": "moderator@lerendnetwerk.example",
        "is_question": False,
        "themes": [],
        "days_ago": 200,
        "opening": (
            "Fijn dat je er bent. Dit forum is de plek om vragen te stellen aan collega's in "
            "andere gemeenten, ervaringen uit je eigen praktijk te delen en mee te denken met "
            "anderen.\n\n"
            "Een paar afspraken:\n\n"
            "- **Deel geen herleidbare gegevens van inwoners.** Beschrijf een situatie in "
            "algemene termen.\n"
            "- Stel je vraag zo concreet mogelijk en vermeld om welke gemeente of organisatie "
            "het gaat.\n"
            "- Is je vraag beantwoord? Markeer dan het antwoord, zodat anderen het snel "
            "vinden.\n"
            "- Wil je iemand er direct bij halen, noem dan zijn of haar naam met een @.\n\n"
            "Elke lerende praktijk heeft daarnaast een eigen besloten ruimte. Daar lezen alleen "
            "de deelnemers van die praktijk en de medewerkers van het kennisinstituut mee."
        ),
        "posts": [
            {
                "author": "beheerder@lerendnetwerk.example",
                "body": (
                    "Aanvulling vanuit beheer: je kunt een categorie **volgen**. Dan krijg je "
                    "een melding bij nieuwe discussies over jouw thema, en blijft je mailbox "
                    "verder rustig. Loop je ergens op vast, stuur me dan gerust een bericht."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 1,
            },
            {
                "author": "pieter.groen@hogeschool-utrecht.example",
                "body": (
                    "Goede afspraken. Een vraag: mag ik als onderzoeker hier ook een oproep "
                    "plaatsen voor gemeenten die mee willen doen aan een evaluatie? Of is daar "
                    "een andere plek voor?"
                ),
                "reply_to": None,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "moderator@lerendnetwerk.example",
                "body": (
                    "Dat mag, Pieter, zolang het bij een oproep blijft en je duidelijk maakt wat "
                    "deelname van een gemeente vraagt. Plaats hem in de categorie die het best "
                    "bij het onderwerp past, dan komt hij bij de juiste mensen terecht."
                ),
                "reply_to": 1,
                "useful": 3,
                "agree": 1,
            },
            {
                "author": "annelies.schouten@ggd-hollands-noorden.example",
                "body": (
                    "Ik vind de besloten ruimtes per praktijk echt een meerwaarde. Daar durven "
                    "mensen eerder te vertellen wat níet lukte. Dat levert vaak de beste lessen "
                    "op."
                ),
                "reply_to": None,
                "useful": 1,
                "agree": 6,
            },
            {
                "author": "ozlem.kaya@welzijn-eindhoven.example",
                "body": (
                    "Eens. Ik modereer zelf ook een paar discussies en let erop dat het gesprek "
                    "in de open categorieën net zo veilig blijft. Twijfel je of iets hier "
                    "thuishoort, stuur dan gerust een bericht aan mij of aan Ruben voordat je "
                    "het plaatst."
                ),
                "reply_to": 3,
                "useful": 2,
                "agree": 3,
            },
            {
                "author": "kim.oomen@welzijn-breda.example",
                "body": (
                    "Tip voor nieuwe leden: vul op je profiel de thema's in waar je aan werkt. "
                    "Via mijn profiel kwam ik in contact met twee mantelzorgconsulenten uit "
                    "andere regio's, en met hen bel ik nog steeds regelmatig."
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 2,
            },
        ],
        "answer": None,
        "pinned": True,
        "locked": False,
    },
    {
        "key": "ervaring-delen-zonder-teamnaam",
        "category": "over-het-lerend-netwerk",
        "title": "Kan ik een ervaring delen zonder dat de naam van mijn team erbij staat?",
        "author": "gerben.vandermeer@ede.example",
        "is_question": True,
        "themes": [],
        "days_ago": 7,
        "opening": (
            "Ons sociaal team in Ede heeft een situatie meegemaakt waar we veel van hebben "
            "geleerd, vooral over hoe je onnodige overdrachten tussen collega's voorkomt. Ik wil "
            "dat graag als ervaring delen. Alleen: het gaat om een kleine kern, en als de "
            "teamnaam erbij staat, weten mensen uit het dorp misschien over wie het gaat.\n\n"
            "Kan ik een ervaring insturen waarin alleen de gemeente wordt genoemd en niet het "
            "team? En wie leest er mee voordat het online staat?"
        ),
        "posts": [
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Goede vraag, Gerben. Ja, dat kan. Je schrijft de tekst zelf, dus je kunt de "
                    "teamnaam gewoon weglaten en alleen de gemeente noemen.\n\n"
                    "Elke ervaring komt eerst als concept bij de redactie binnen en is dan nog "
                    "niet openbaar. Ik of een collega leest mee en let ook op details die iemand "
                    "herkenbaar kunnen maken, zoals een leeftijd in combinatie met een beroep of "
                    "een straatnaam. Twijfelen we, dan bellen we je voordat we iets publiceren."
                ),
                "reply_to": None,
                "useful": 6,
                "agree": 2,
            },
            {
                "author": "priya.ramdin@zaanstad.example",
                "body": (
                    "Dat kan ik bevestigen. Bij onze eerste ervaring uit Zaanstad stelde de "
                    "redactie voor om de gezinssamenstelling vager te beschrijven. Dat voelde "
                    "eerst als verlies aan detail, maar de les bleef er net zo goed in staan."
                ),
                "reply_to": 0,
                "useful": 3,
                "agree": 3,
            },
            {
                "author": "gerben.vandermeer@ede.example",
                "body": (
                    "Helder, dank je. Dan stuur ik hem deze week in. Ik wil de tekst wel eerst "
                    "aan een collega voorleggen. Kan dat binnen het platform, of kan ik dat beter "
                    "apart doen?"
                ),
                "reply_to": 0,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "beheerder@lerendnetwerk.example",
                "body": (
                    "Wat je instuurt, gaat direct naar de redactie. Wil je eerst intern laten "
                    "meelezen, schrijf de tekst dan in een gewoon document en plak hem in het "
                    "formulier als hij klaar is. Opmaak zoals **vet** en opsommingen met een "
                    "streepje blijft dan gewoon werken."
                ),
                "reply_to": 2,
                "useful": 4,
                "agree": 1,
            },
            {
                "author": "jelle.bouma@sudwestfryslan.example",
                "body": (
                    "Herkenbaar vanuit Súdwest-Fryslân. In onze dorpen is een omschrijving als "
                    "'alleenstaande vader met een eigen bedrijf' al genoeg om te weten over wie "
                    "het gaat. Goed dat de redactie daar zo scherp op let."
                ),
                "reply_to": None,
                "useful": 1,
                "agree": 4,
            },
        ],
        "answer": 0,
        "pinned": False,
        "locked": False,
    },
    {
        "key": "carpoolen-landelijke-bijeenkomst-juni",
        "category": "over-het-lerend-netwerk",
        "title": "Carpoolen naar de landelijke bijeenkomst van 11 juni in Utrecht",
        "author": "rachid.bouzid@nieuwegein.example",
        "is_question": False,
        "themes": [],
        "days_ago": 172,
        "opening": (
            "Op donderdag 11 juni is de landelijke bijeenkomst van het lerend netwerk in "
            "Utrecht. Ik kom uit Nieuwegein, dus voor mij is het om de hoek. Misschien zijn er "
            "collega's van verder weg die samen willen rijden of samen met de trein willen "
            "reizen, zodat je onderweg alvast kunt bijpraten.\n\n"
            "Zet hieronder waar je vandaan komt en of je plek hebt of zoekt. Tijden en "
            "ophaalplekken spreek je onderling af via een persoonlijk bericht."
        ),
        "posts": [
            {
                "author": "wietske.postma@leeuwarden.example",
                "body": (
                    "Ik kom uit Leeuwarden en ga met de trein van kwart over zeven. Wie vanuit "
                    "het noorden komt: reis gezellig mee, dan kunnen we onderweg de sessie over "
                    "gebiedsteams voorbereiden."
                ),
                "reply_to": None,
                "useful": 0,
                "agree": 2,
            },
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Ik kom uit Emmen en stap in Zwolle over op dezelfde trein, dus vanaf daar "
                    "reis ik graag met je mee. Ik stuur je een bericht over de details."
                ),
                "reply_to": 0,
                "useful": 0,
                "agree": 1,
            },
            {
                "author": "trekker@zwolle.example",
                "body": (
                    "Dan zijn we met z'n drieën, want ik stap in Zwolle in. Ik neem de "
                    "uitnodiging voor onze sessie mee, dan kunnen we in de trein de vragen nog "
                    "even doornemen."
                ),
                "reply_to": 1,
                "useful": 0,
                "agree": 2,
            },
            {
                "author": "mehmet.yildiz@arnhem.example",
                "body": (
                    "Vanuit Arnhem heb ik nog twee plekken in de auto. Ik vertrek rond half acht "
                    "en kan mensen oppikken bij station Ede-Wageningen. Stuur me een bericht als "
                    "je mee wilt."
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 0,
            },
            {
                "author": "associate@wijkteam-utrecht.example",
                "body": (
                    "Ik woon in Utrecht en fiets er gewoon heen, maar een collega van ons "
                    "wijkteam woont in Veenendaal en zoekt nog vervoer. Ik heb haar op jouw "
                    "bericht gewezen, Mehmet."
                ),
                "reply_to": 3,
                "useful": 1,
                "agree": 0,
            },
            {
                "author": "moderator@lerendnetwerk.example",
                "body": (
                    "Dank voor het meedenken, allemaal. De bijeenkomst is voorbij en de "
                    "afspraken zijn gemaakt, dus ik sluit deze discussie. Het verslag van de dag "
                    "vind je bij de bijeenkomst zelf."
                ),
                "reply_to": None,
                "useful": 1,
                "agree": 0,
            },
        ],
        "answer": None,
        "pinned": False,
        "locked": True,
    },
    # ------------------------------------------------------------------ Toegang en integraal werken
    {
        "key": "vaste-contactpersoon-klein-team",
        "category": "toegang-en-integraal-werken",
        "title": "Vaste contactpersoon met een klein team: hoe vangen jullie ziekte en verlof op?",
        "author": "jelle.bouma@sudwestfryslan.example",
        "is_question": True,
        "themes": ["toegang"],
        "days_ago": 10,
        "opening": (
            "In Súdwest-Fryslân voeren we keukentafelgesprekken in de dorpen rond Sneek en "
            "Bolsward. We willen dat een inwoner één vast gezicht houdt, maar ons team is klein. "
            "Valt er iemand uit door ziekte of verlof, dan krijgt de inwoner toch weer een "
            "nieuwe consulent en begint het verhaal opnieuw.\n\n"
            "Mijn vragen aan gemeenten met vergelijkbare teams:\n\n"
            "- Werken jullie met een vaste achtervang per consulent?\n"
            "- Hoe zorg je dat die achtervang de inwoner al een beetje kent?\n"
            "- Hoeveel huishoudens kan één vaste contactpersoon aan voordat het misgaat?"
        ),
        "posts": [
            {
                "author": "trekker@zwolle.example",
                "body": (
                    "In Zwolle lopen we hier ook tegenaan. We proberen nu een **vaste achtervang "
                    "per contactpersoon**: twee collega's die elkaars huishoudens kennen. De "
                    "achtervang is bij een belangrijk gesprek één keer aanwezig, zodat hij of zij "
                    "geen onbekende is. Het kost wat tijd, maar de lijn breekt minder vaak bij "
                    "vakantie of ziekte."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 3,
            },
            {
                "author": "jelle.bouma@sudwestfryslan.example",
                "body": (
                    "Dank, Annemieke. Hoe stellen jullie die duo's samen: op wijk, op het soort "
                    "vragen of op wie goed met elkaar samenwerkt?"
                ),
                "reply_to": 0,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "trekker@zwolle.example",
                "body": (
                    "Vooral op wijk. Wie in dezelfde wijk werkt, kent de partners en de "
                    "huisartsen al. De klik komt daarna meestal vanzelf, en we kijken elk "
                    "halfjaar of de duo's nog werken."
                ),
                "reply_to": 1,
                "useful": 3,
                "agree": 1,
            },
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Mooie vraag om breder te trekken. @{wietske.postma@leeuwarden.example}, "
                    "jullie hebben in de gebiedsteams van Leeuwarden veel geleerd over vaste "
                    "contactpersonen. Wil je daar iets over vertellen? De les *Een vaste "
                    "contactpersoon werkt pas als die ook mag doorbeslissen* gaat er ook over."
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 0,
            },
            {
                "author": "wietske.postma@leeuwarden.example",
                "body": (
                    "Graag. Wat voor ons het verschil maakte: de vaste contactpersoon kreeg ook "
                    "**mandaat om door te beslissen**. Een achtervang zonder mandaat moet alles "
                    "terugleggen bij het team, en dan voelt het voor de inwoner alsnog als een "
                    "nieuw loket.\n\n"
                    "Over aantallen durf ik geen harde grens te noemen. Het hangt sterk af van "
                    "hoe ingewikkeld de situaties zijn. Wij spraken per kwartaal met elkaar af "
                    "wie het nog aankon en wie lucht nodig had."
                ),
                "reply_to": 3,
                "useful": 6,
                "agree": 4,
            },
            {
                "author": "daan.visser@mee.example",
                "body": (
                    "Vanuit de cliëntondersteuning herken ik dit. Wat inwoners vooral merken, is "
                    "of de nieuwe persoon het dossier al kent. Een korte overdracht met de "
                    "inwoner erbij, al is het telefonisch, scheelt veel wantrouwen."
                ),
                "reply_to": 4,
                "useful": 2,
                "agree": 4,
            },
            {
                "author": "gerben.vandermeer@ede.example",
                "body": (
                    "Interessant. In Ede geven we onze generalisten nu meer ruimte om zelf te "
                    "beslissen, en ik zie hetzelfde: minder overdrachten naar de teamleider. Het "
                    "vraagt wel dat je als leidinggevende durft los te laten."
                ),
                "reply_to": 4,
                "useful": 1,
                "agree": 3,
            },
            {
                "author": "jelle.bouma@sudwestfryslan.example",
                "body": (
                    "Dat mandaat is bij ons precies het knelpunt. Ik neem dit mee naar ons "
                    "teamoverleg van volgende week. Dank allemaal, dit helpt echt."
                ),
                "reply_to": 4,
                "useful": 0,
                "agree": 1,
            },
        ],
        "answer": 4,
        "pinned": False,
        "locked": False,
    },
    {
        "key": "vijf-hulpverleners-wie-heeft-regie",
        "category": "toegang-en-integraal-werken",
        "title": "Vijf hulpverleners in één gezin: wie neemt bij jullie de procesregie?",
        "author": "shanti.doelwijt@denhelder.example",
        "is_question": True,
        "themes": ["integraal-werken"],
        "days_ago": 18,
        "opening": (
            "Als jeugdconsulent in Den Helder kom ik regelmatig bij gezinnen waar vier of vijf "
            "hulpverleners betrokken zijn: jeugdhulp, schuldhulp, een Wmo-consulent, soms de "
            "reclassering. Iedereen doet zijn eigen stukje goed, maar niemand overziet het "
            "geheel. Ouders weten vaak niet meer wie ze moeten bellen.\n\n"
            "Hoe spreken jullie af wie de **procesregie** heeft? Is dat bij jullie een vaste "
            "functie, of een rol die per gezin wordt verdeeld? En wat doe je als iedereen denkt "
            "dat een ander het oppakt?"
        ),
        "posts": [
            {
                "author": "associate@wijkteam-utrecht.example",
                "body": (
                    "Heel herkenbaar. In Utrecht Noordwest spreken we in het eerste gezamenlijke "
                    "overleg af wie de regie heeft, en dat zetten we letterlijk bovenaan het "
                    "plan. Het klinkt simpel, maar zonder die regel gebeurt het niet.\n\n"
                    "@{mehmet.yildiz@arnhem.example}, jullie hebben in Arnhem een hele lerende "
                    "praktijk aan deze vraag gewijd. Hoe hebben jullie het uiteindelijk geregeld?"
                ),
                "reply_to": None,
                "useful": 3,
                "agree": 2,
            },
            {
                "author": "mehmet.yildiz@arnhem.example",
                "body": (
                    "Onze belangrijkste les: **procesregie is een rol, geen functie**. We wezen "
                    "per huishouden één regisseur aan, meestal de professional met het beste "
                    "contact met het gezin, en niet automatisch degene met de zwaarste hulp.\n\n"
                    "Daarnaast kreeg de regisseur een escalatieroute. Loopt het vast tussen "
                    "organisaties, dan kan hij of zij binnen een week een overleg met de "
                    "leidinggevenden beleggen. Dat gaf regisseurs het gezag dat ze anders misten."
                ),
                "reply_to": 0,
                "useful": 6,
                "agree": 5,
            },
            {
                "author": "shanti.doelwijt@denhelder.example",
                "body": (
                    "Dat 'beste contact' vind ik een mooi criterium. Maar wat als dat de "
                    "schuldhulpverlener is, die formeel niets te zeggen heeft over de jeugdhulp?"
                ),
                "reply_to": 1,
                "useful": 0,
                "agree": 1,
            },
            {
                "author": "mehmet.yildiz@arnhem.example",
                "body": (
                    "Dat kwam bij ons ook voor. De regisseur beslist niet over de inhoud van elk "
                    "stuk hulp; dat blijft bij de organisatie zelf. De regie gaat over het "
                    "samenhangende plan: wie doet wat, en wanneer. Dat onderscheid moet je wel "
                    "met alle partners op papier zetten."
                ),
                "reply_to": 2,
                "useful": 4,
                "agree": 2,
            },
            {
                "author": "sofie.kowalczyk@haarlem.example",
                "body": (
                    "In Haarlem stappen we net over op één gezin, één plan, één regisseur. Het "
                    "dossier *Wat werkt bij integraal werken* hielp ons bij het gesprek met "
                    "partners, vooral het deel over afspraken vooraf. Wat bij ons nog wringt, "
                    "zijn de privacyvragen; daar loopt in deze categorie al een aparte discussie "
                    "over."
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 1,
            },
            {
                "author": "ineke.bosman@humanitas.example",
                "body": (
                    "Vanuit Humanitas zijn wij vaak een van die vijf. Fijn als de regisseur ons "
                    "ook uitnodigt, want onze vrijwilligers zien de post en de geldzaken van "
                    "dichtbij. Vaak merken zij eerder dan de professionals dat er iets misgaat."
                ),
                "reply_to": 0,
                "useful": 2,
                "agree": 4,
            },
        ],
        "answer": 1,
        "pinned": False,
        "locked": False,
    },
    {
        "key": "toestemming-gegevens-delen-een-plan",
        "category": "toegang-en-integraal-werken",
        "title": "Toestemming voor gegevensdeling bij één plan: hoe vragen jullie dat aan inwoners?",
        "author": "sofie.kowalczyk@haarlem.example",
        "is_question": True,
        "themes": ["integraal-werken", "toegang"],
        "days_ago": 33,
        "opening": (
            "In Haarlem werken we toe naar één plan per huishouden. Het proces staat, maar we "
            "lopen vast op het delen van gegevens. Partners willen weten wat ze mogen delen, en "
            "onze privacyjurist is terecht streng. Nu vragen we inwoners een "
            "toestemmingsformulier te tekenen, maar dat zijn twee kantjes juridische taal. "
            "Mensen tekenen zonder te lezen, of haken juist af.\n\n"
            "Hoe vragen jullie toestemming? Met een formulier, in een gesprek of allebei? En hoe "
            "leg je uit met wie je wat deelt?"
        ),
        "posts": [
            {
                "author": "daan.visser@mee.example",
                "body": (
                    "Als cliëntondersteuner zie ik vaak hoe zo'n formulier binnenkomt. Wat helpt: "
                    "neem het **in het gesprek** door, per partner. 'Mag ik met de schuldhulp "
                    "delen dat je huur achterloopt?' is voor mensen veel beter te overzien dan een "
                    "lijst met organisaties. En laat ruimte om voor de ene partner wel en voor de "
                    "andere niet te kiezen."
                ),
                "reply_to": None,
                "useful": 6,
                "agree": 4,
            },
            {
                "author": "sofie.kowalczyk@haarlem.example",
                "body": (
                    "Dat per partner vragen is sterk. Leggen jullie dat gesprek dan ook vast, of "
                    "blijft het bij mondelinge toestemming?"
                ),
                "reply_to": 0,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "daan.visser@mee.example",
                "body": (
                    "De keuzes komen in het plan te staan, en de inwoner krijgt een korte "
                    "samenvatting in gewone taal mee. Hoe het juridisch precies moet, laat ik "
                    "graag aan jullie jurist over. Maar het begin moet het gesprek zijn, niet het "
                    "formulier."
                ),
                "reply_to": 1,
                "useful": 3,
                "agree": 2,
            },
            {
                "author": "mehmet.yildiz@arnhem.example",
                "body": (
                    "In Arnhem gebruikten we in de lerende praktijk één vel papier met in het "
                    "midden het huishouden en eromheen de partners. Samen met de inwoner trek je "
                    "lijnen: met wie mag wat gedeeld worden. Het werkte beter dan we dachten, ook "
                    "bij mensen die niet goed kunnen lezen."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 3,
            },
            {
                "author": "romano.wijngaarde@ervaringsdeskundigen-haaglanden.example",
                "body": (
                    "Deze vind ik mooi. Als je in de schulden zit, heb je het gevoel dat iedereen "
                    "al alles van je weet. Zelf de lijnen mogen trekken geeft je een stukje "
                    "controle terug. Dat is meer waard dan welk formulier ook."
                ),
                "reply_to": 3,
                "useful": 2,
                "agree": 6,
            },
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Goede discussie. In de lessen uit Arnhem staat hier ook iets over, in *Eén "
                    "plan per huishouden begint bij één gesprek met alle betrokkenen*. Sofie, als "
                    "jullie werkwijze over een paar maanden staat, zou ik die graag als ervaring "
                    "op het platform zien."
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 1,
            },
        ],
        "answer": 0,
        "pinned": False,
        "locked": False,
    },
    # ------------------------------------------------------------------ Armoede en schulden
    {
        "key": "meelezen-wat-werkt-bij-schuldhulpverlening",
        "category": "armoede-en-schulden",
        "title": "Meelezen gevraagd: wat mist er nog in 'Wat werkt bij schuldhulpverlening'?",
        "author": "nadia.elidrissi@lerendnetwerk.example",
        "is_question": False,
        "themes": ["schuldhulpverlening"],
        "days_ago": 140,
        "opening": (
            "We werken het dossier *Wat werkt bij schuldhulpverlening* bij. De werkzame factoren "
            "en hulpmiddelen staan erin, maar de voorbeelden uit de praktijk lopen soms achter "
            "op wat er in gemeenten gebeurt.\n\n"
            "Daarom mijn vragen aan jullie:\n\n"
            "- Welke werkzame factor herken je sterk in je eigen werk?\n"
            "- Waar wringt het, of klopt het dossier niet met wat jij ziet?\n"
            "- Welk hulpmiddel gebruik je zelf, dat er nog niet in staat?\n\n"
            "Reageer hieronder. Deze discussie blijft bovenaan staan zolang we aan het dossier "
            "werken, en ik koppel terug wat we met jullie inbreng doen."
        ),
        "posts": [
            {
                "author": "kevin.martina@rotterdam.example",
                "body": (
                    "Wat ik sterk herken: **snel contact na een signaal**. In Rotterdam leidde een "
                    "huisbezoek binnen een paar dagen veel vaker tot een gesprek dan een brief. "
                    "Wat ik mis: hoe je de uitvoering overeind houdt als het aantal signalen "
                    "ineens stijgt. Dat is in grote steden het echte probleem."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 4,
            },
            {
                "author": "nadia.elidrissi@lerendnetwerk.example",
                "body": (
                    "Dank, Kevin. Dat capaciteitsvraagstuk nemen we mee. Heb je een voorbeeld van "
                    "hoe jullie pieken opvingen? Dan kunnen we dat als praktijkvoorbeeld "
                    "beschrijven."
                ),
                "reply_to": 0,
                "useful": 1,
                "agree": 0,
            },
            {
                "author": "kevin.martina@rotterdam.example",
                "body": (
                    "We maakten een eenvoudige volgorde: eerst huishoudens met meerdere signalen "
                    "tegelijk, of met kinderen. De rest kreeg eerst een handgeschreven kaart. Niet "
                    "ideaal, maar het hield de wijkteams overeind. Ik stuur je de werkafspraak "
                    "door."
                ),
                "reply_to": 1,
                "useful": 3,
                "agree": 1,
            },
            {
                "author": "ineke.bosman@humanitas.example",
                "body": (
                    "Vanuit Humanitas: het dossier zegt terecht dat nazorg terugval helpt "
                    "voorkomen. Maar vrijwilligers komen er nog weinig in voor, terwijl wij vaak "
                    "degenen zijn die na afloop blijven langskomen om samen de post te openen. "
                    "Misschien een voorbeeld opnemen van samenwerking tussen schuldhulp en "
                    "thuisadministratie?"
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 5,
            },
            {
                "author": "romano.wijngaarde@ervaringsdeskundigen-haaglanden.example",
                "body": (
                    "Helemaal mee eens. Beschrijf dan ook wat het van de vrijwilliger vraagt. Ik "
                    "had destijds een maatje dat niet oordeelde, en dat was voor mij de reden om "
                    "vol te houden toen het traject zwaar werd."
                ),
                "reply_to": 3,
                "useful": 1,
                "agree": 6,
            },
            {
                "author": "hilde.wubbena@midden-groningen.example",
                "body": (
                    "In Midden-Groningen lopen geldzorgen en de nasleep van de gaswinning door "
                    "elkaar. Mensen hebben stress over hun huis en schuiven de post voor zich uit. "
                    "Misschien kan het dossier meer aandacht geven aan **stress en schaarste**: "
                    "wat doet dat met iemands vermogen om een traject vol te houden?"
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 3,
            },
            {
                "author": "nadia.elidrissi@lerendnetwerk.example",
                "body": (
                    "Goede aanvulling, Hilde. Er staat een korte passage over in, maar die maken "
                    "we concreter, met tips voor het gesprek. Ik verwerk alle reacties tot nu toe "
                    "in een concept en leg dat volgende maand voor aan een paar van jullie."
                ),
                "reply_to": 5,
                "useful": 2,
                "agree": 2,
            },
            {
                "author": "marco.koppejan@vlissingen.example",
                "body": (
                    "Vanuit Vlissingen: ik zou graag iets lezen over het betrekken van "
                    "ervaringsdeskundigen bij het **schrijven** van brieven en folders. Bij ons "
                    "bleek de toon van de eerste brief van de schuldhulp voor veel mensen al een "
                    "drempel."
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 3,
            },
        ],
        "answer": None,
        "pinned": True,
        "locked": False,
    },
    {
        "key": "regelingen-die-mensen-echt-bereiken",
        "category": "armoede-en-schulden",
        "title": "Nieuw armoedebeleid: welke regelingen bereiken de mensen die ze nodig hebben?",
        "author": "petra.schuiling@hoogeveen.example",
        "is_question": True,
        "themes": ["aanpak-armoede"],
        "days_ago": 25,
        "opening": (
            "Ik schrijf het nieuwe armoedebeleid voor Hoogeveen. We hebben een flink aantal "
            "regelingen, van een kindpakket tot bijzondere bijstand, maar ik heb sterk de indruk "
            "dat ze vooral terechtkomen bij mensen die de weg al kennen.\n\n"
            "Mijn vraag: welke regelingen of werkwijzen bereiken bij jullie **echt** de "
            "huishoudens die het nodig hebben? En wat hebben jullie afgeschaft of samengevoegd, "
            "en waarom? Ik zoek vooral ervaringen van gemeenten van vergelijkbare omvang."
        ),
        "posts": [
            {
                "author": "marco.koppejan@vlissingen.example",
                "body": (
                    "In Vlissingen hebben we met ons cliëntenplatform alle regelingen "
                    "doorgelopen. Wat opviel: mensen wisten vaak niet eens dat ze ergens recht op "
                    "hadden. We werken nu aan **één aanvraag voor meerdere regelingen**, waarbij "
                    "de gemeente zelf kijkt waar iemand nog meer recht op heeft. Het staat nog in "
                    "de steigers, maar de eerste reacties zijn positief."
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 3,
            },
            {
                "author": "petra.schuiling@hoogeveen.example",
                "body": (
                    "Eén aanvraag klinkt als muziek. Hoe hebben jullie de ervaringsdeskundigen "
                    "daarbij betrokken: meelezen achteraf, of echt meeontwerpen?"
                ),
                "reply_to": 0,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "marco.koppejan@vlissingen.example",
                "body": (
                    "Echt meeontwerpen. Ze zaten aan tafel toen het formulier werd gemaakt en "
                    "hebben alle vragen geschrapt die ze zelf niet begrepen. Dat waren er meer "
                    "dan we hadden gedacht."
                ),
                "reply_to": 1,
                "useful": 3,
                "agree": 5,
            },
            {
                "author": "nadia.elidrissi@lerendnetwerk.example",
                "body": (
                    "Goede vraag, Petra. Het dossier *Wat werkt bij de aanpak van armoede* gaat "
                    "uitgebreid in op het bereik van regelingen. In het kort: regelingen bereiken "
                    "meer mensen als de aanvraag eenvoudig is, als de gemeente informatie "
                    "gebruikt die ze al heeft, en als er iemand is die helpt bij het aanvragen.\n\n"
                    "@{romano.wijngaarde@ervaringsdeskundigen-haaglanden.example}, jij traint "
                    "consulenten in Den Haag. Wat zie jij als de grootste drempel, vanuit de "
                    "inwoner gezien?"
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 2,
            },
            {
                "author": "romano.wijngaarde@ervaringsdeskundigen-haaglanden.example",
                "body": (
                    "De grootste drempel is schaamte, en daarna de taal. Een brief die begint met "
                    "je rechten en plichten leest als een dreiging. Wat werkt: iemand die je kent, "
                    "zoals de juf of een vrijwilliger van het wijkcentrum, die zegt: 'hier heb jij "
                    "recht op, zullen we het samen doen?'\n\n"
                    "> Regelingen verspreiden zich via mensen, niet via folders."
                ),
                "reply_to": 3,
                "useful": 6,
                "agree": 6,
            },
            {
                "author": "ineke.bosman@humanitas.example",
                "body": (
                    "Dat zie ik bij onze vrijwilligers ook. Bij bijna elk huishouden vinden ze wel "
                    "een regeling die niet wordt gebruikt, gewoon omdat ze samen de post doornemen."
                ),
                "reply_to": 4,
                "useful": 2,
                "agree": 4,
            },
            {
                "author": "petra.schuiling@hoogeveen.example",
                "body": (
                    "Dit zet me aan het denken. We geven veel uit aan campagnes; misschien moeten "
                    "we meer investeren in de mensen die het doorvertellen. Dank allemaal, ik neem "
                    "dit mee in de eerste schets van het beleid."
                ),
                "reply_to": 4,
                "useful": 0,
                "agree": 2,
            },
        ],
        "answer": 3,
        "pinned": False,
        "locked": False,
    },
    {
        "key": "schuldhulpmaatjes-en-vroegsignalering",
        "category": "armoede-en-schulden",
        "title": "Schuldhulpmaatjes en vroegsignalering: hoe stemmen jullie af met de gemeente?",
        "author": "hans.mulder@schuldhulpmaatje.example",
        "is_question": True,
        "themes": ["schuldhulpverlening"],
        "days_ago": 8,
        "opening": (
            "In Apeldoorn train ik nieuwe schuldhulpmaatjes. Steeds vaker komen mensen bij ons "
            "binnen via de vroegsignalering van de gemeente. Dat is mooi, maar we weten vaak "
            "niet wat er al is gebeurd: is er een huisbezoek geweest, loopt er een "
            "betalingsregeling, is de schuldhulp al in beeld?\n\n"
            "Hoe regelen jullie de afstemming tussen vrijwilligers en het team vroegsignalering? "
            "Zijn er vaste afspraken over wat er wordt doorgegeven, en met wiens toestemming?"
        ),
        "posts": [
            {
                "author": "hilde.wubbena@midden-groningen.example",
                "body": (
                    "In Midden-Groningen doen we een korte **warme overdracht**: de medewerker "
                    "van het Sociaal Team belt het maatje, met de inwoner erbij als dat kan. Er "
                    "gaat geen dossier mee, alleen wat de inwoner zelf wil dat het maatje weet. "
                    "Dat is weinig, maar genoeg om niet opnieuw te hoeven beginnen."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 3,
            },
            {
                "author": "kevin.martina@rotterdam.example",
                "body": (
                    "In Rotterdam werkte een vaste contactpersoon per gebied bij het team "
                    "vroegsignalering goed. Vrijwilligers konden daar altijd terecht met de vraag "
                    "'wat is er al gebeurd?', als de inwoner toestemming had gegeven. Die "
                    "toestemming vroegen we al bij het eerste huisbezoek, zodat het later niet "
                    "opnieuw hoefde."
                ),
                "reply_to": None,
                "useful": 6,
                "agree": 4,
            },
            {
                "author": "hans.mulder@schuldhulpmaatje.example",
                "body": (
                    "Een vaste contactpersoon bij de gemeente zou ons veel zoekwerk schelen. Kevin, "
                    "was die toestemming schriftelijk, of vonden jullie een mondelinge toestemming "
                    "in de registratie voldoende?"
                ),
                "reply_to": 1,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "kevin.martina@rotterdam.example",
                "body": (
                    "We legden het vast in de registratie, met een korte zin over wat er gedeeld "
                    "mocht worden. Wat juridisch precies nodig is, zou ik in Apeldoorn even met de "
                    "privacyfunctionaris afstemmen; de uitwerking verschilt per gemeente."
                ),
                "reply_to": 2,
                "useful": 3,
                "agree": 1,
            },
            {
                "author": "ineke.bosman@humanitas.example",
                "body": (
                    "Bij Humanitas Nijmegen werken we op dezelfde manier. Een tip: spreek ook af "
                    "wat het maatje **terugmeldt**. Wij geven door als iemand afhaakt, zodat de "
                    "gemeente opnieuw contact kan zoeken. Zonder die afspraak verdwijnen mensen "
                    "alsnog uit beeld."
                ),
                "reply_to": 0,
                "useful": 4,
                "agree": 5,
            },
            {
                "author": "chantal.pinas@lelystad.example",
                "body": (
                    "Die terugmelding is goud waard. In Lelystad hebben we daarvoor een vaste "
                    "belafspraak van een kwartier per week met de vrijwilligersorganisatie. Klein, "
                    "maar sindsdien vallen er minder mensen tussen wal en schip."
                ),
                "reply_to": 4,
                "useful": 2,
                "agree": 3,
            },
            {
                "author": "petra.schuiling@hoogeveen.example",
                "body": (
                    "Ik lees mee vanuit Hoogeveen en neem dit mee in ons nieuwe beleid. Fijn om te "
                    "zien dat goede afstemming niet ingewikkeld hoeft te zijn."
                ),
                "reply_to": None,
                "useful": 0,
                "agree": 2,
            },
        ],
        "answer": 1,
        "pinned": False,
        "locked": False,
    },
    # ------------------------------------------------------------------ Eenzaamheid en ontmoeting
    {
        "key": "taalcafe-nieuwkomers-en-ouderen",
        "category": "eenzaamheid-en-ontmoeting",
        "title": "Nieuwkomers en ouderen samen aan tafel: ervaringen met een taalcafé als ontmoetingsplek?",
        "author": "amira.haddad@schiedam.example",
        "is_question": True,
        "themes": ["eenzaamheid"],
        "days_ago": 2,
        "opening": (
            "Ik ben net begonnen bij de gemeente Schiedam en werk aan de uitvoering van de Wet "
            "inburgering. Nieuwkomers willen graag Nederlands oefenen, en in dezelfde wijken "
            "wonen veel ouderen die weinig aanspraak hebben. Het idee ligt voor de hand: breng "
            "ze samen in een taalcafé.\n\n"
            "Heeft iemand hier ervaring mee? Ik ben vooral benieuwd:\n\n"
            "- hoe je voorkomt dat het een les wordt in plaats van een ontmoeting;\n"
            "- wie zo'n plek trekt: welzijn, de bibliotheek of vrijwilligers zelf;\n"
            "- hoe je ouderen bereikt die niet uit zichzelf komen."
        ),
        "posts": [
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Welkom, Amira. In Emmen zien we dat ontmoeting beter loopt **rond samen iets "
                    "doen** dan rond 'elkaar ontmoeten'. Een taalcafé waar je samen kookt of een "
                    "moestuin bijhoudt, werkt waarschijnlijk beter dan een tafel met koffie en een "
                    "gespreksonderwerp. Mensen hebben dan vanzelf iets om over te praten."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 4,
            },
            {
                "author": "noa.pattipeilohy@deverbinding-almere.example",
                "body": (
                    "Eens met Bert. In Almere doen we iets vergelijkbaars met muziek: nieuwkomers "
                    "en ouderen leren elkaar liedjes uit hun jeugd. De taal komt dan vanzelf, "
                    "zonder dat het voelt als een les."
                ),
                "reply_to": 0,
                "useful": 2,
                "agree": 5,
            },
            {
                "author": "amira.haddad@schiedam.example",
                "body": (
                    "Wat een mooi idee. Wie begeleidt dat bij jullie? Een muzikant, of iemand van het welzijnswerk?"
                ),
                "reply_to": 1,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "noa.pattipeilohy@deverbinding-almere.example",
                "body": (
                    "Een muziekdocent en een welzijnswerker samen. De docent zorgt voor het "
                    "programma, de welzijnswerker let op wie buiten de boot valt en belt na als "
                    "iemand een keer niet komt. Juist die combinatie maakt het verschil."
                ),
                "reply_to": 2,
                "useful": 4,
                "agree": 2,
            },
            {
                "author": "ozlem.kaya@welzijn-eindhoven.example",
                "body": (
                    "Vanuit het opbouwwerk in Eindhoven: zorg dat de ouderen ook iets te bieden "
                    "hebben, en niet alleen ontvangen. Wie zich nuttig voelt, komt terug. Bij ons "
                    "geven een paar oudere buurtbewoners uitleg over de wijk en de winkels, en dat "
                    "gaf hun een eigen rol."
                ),
                "reply_to": None,
                "useful": 3,
                "agree": 6,
            },
            {
                "author": "luuk.janssen@venlo.example",
                "body": (
                    "Herkenbaar uit Venlo. En vraag nieuwkomers zelf wat ze willen. Bij ons kwam "
                    "het idee voor fietsles van een groep vrouwen; buurtbewoners gaven de lessen, "
                    "en daar zijn vriendschappen uit ontstaan."
                ),
                "reply_to": 4,
                "useful": 2,
                "agree": 3,
            },
        ],
        "answer": None,
        "pinned": False,
        "locked": False,
    },
    {
        "key": "sociale-en-emotionele-eenzaamheid",
        "category": "eenzaamheid-en-ontmoeting",
        "title": "Sociale en emotionele eenzaamheid: maken jullie dat onderscheid in de praktijk?",
        "author": "annelies.schouten@ggd-hollands-noorden.example",
        "is_question": False,
        "themes": ["eenzaamheid", "sociaal-en-gezond"],
        "days_ago": 95,
        "opening": (
            "In de gezondheidsmonitor zien gemeenten vaak één cijfer voor eenzaamheid. Maar in "
            "gesprekken met welzijnswerkers en huisartsen hoor ik steeds dat het verschil tussen "
            "**sociale eenzaamheid** (te weinig contacten) en **emotionele eenzaamheid** (het "
            "missen van een hechte band) veel uitmaakt voor wat je aanbiedt.\n\n"
            "Een ontmoetingsplek helpt iemand met weinig contacten, maar iemand die net zijn "
            "partner heeft verloren, heeft daar soms weinig aan.\n\n"
            "Maken jullie dat onderscheid in het eerste gesprek? En hoe vraag je ernaar zonder "
            "dat het een vragenlijst wordt?"
        ),
        "posts": [
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Goed punt. In Emmen trekt de inloop vooral mensen die contact zoeken. Voor "
                    "mensen met een verlies is een maatje of een lotgenotengroep vaak passender. "
                    "Onze welzijnswerker vraagt daarom in het eerste gesprek: *wie mist u het "
                    "meest?* Het antwoord zegt vaak genoeg."
                ),
                "reply_to": None,
                "useful": 6,
                "agree": 4,
            },
            {
                "author": "annelies.schouten@ggd-hollands-noorden.example",
                "body": (
                    "Mooie vraag, juist omdat hij niet klinkt als een meetinstrument. Gebruiken "
                    "jullie het antwoord ook om te kiezen tussen de inloop en een maatje?"
                ),
                "reply_to": 0,
                "useful": 0,
                "agree": 1,
            },
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Ja, als leidraad. Het blijft een gesprek en geen beslisboom. Soms begint "
                    "iemand bij de inloop en komt het verdriet pas na een paar weken op tafel. Dan "
                    "schakelen we alsnog."
                ),
                "reply_to": 1,
                "useful": 3,
                "agree": 2,
            },
            {
                "author": "noa.pattipeilohy@deverbinding-almere.example",
                "body": (
                    "Culturele activiteiten kunnen bij emotionele eenzaamheid iets anders doen dan "
                    "een praatgroep: samen zingen of schilderen geeft ruimte aan gevoelens zonder "
                    "dat je er meteen over hoeft te praten. Ik zeg dat wel met enige "
                    "voorzichtigheid, want het effect is lastig zichtbaar te maken."
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 3,
            },
            {
                "author": "thijs.degroot@meedoen-deventer.example",
                "body": (
                    "Die voorzichtigheid waardeer ik. In Deventer zie ik bij mensen die lang in de "
                    "bijstand zitten vooral sociale eenzaamheid: het werk en de collega's vielen "
                    "weg. Vrijwilligerswerk helpt dan, maar alleen als er vaste gezichten zijn."
                ),
                "reply_to": 3,
                "useful": 2,
                "agree": 4,
            },
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Het dossier *Wat werkt bij eenzaamheid* beschrijft dit onderscheid ook, met "
                    "de boodschap dat er geen aanpak is die voor iedereen werkt. De vraag van "
                    "Bert, 'wie mist u het meest?', zou ik graag als tip toevoegen. Bert, mag dat?"
                ),
                "reply_to": None,
                "useful": 3,
                "agree": 1,
            },
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Natuurlijk. Het is trouwens niet onze uitvinding: een vrijwilliger in "
                    "Klazienaveen begon ermee, en de rest van het team nam het over."
                ),
                "reply_to": 5,
                "useful": 0,
                "agree": 3,
            },
        ],
        "answer": None,
        "pinned": False,
        "locked": False,
    },
    # ------------------------------------------------------------------ Mantelzorg, sociaal en gezond
    {
        "key": "jonge-mantelzorgers-op-school",
        "category": "mantelzorg-sociaal-en-gezond",
        "title": "Jonge mantelzorgers op school: wie heeft een aanpak die werkt?",
        "author": "kim.oomen@welzijn-breda.example",
        "is_question": True,
        "themes": ["mantelzorg"],
        "days_ago": 110,
        "opening": (
            "Mijn werk bij Welzijn Breda draait om jonge mantelzorgers: scholieren die thuis "
            "zorgen voor een ouder, broer of zus. Ze noemen zichzelf bijna nooit mantelzorger en "
            "vallen daardoor makkelijk buiten beeld. Op school merken docenten wel dat er iets "
            "is, bijvoorbeeld verzuim of vermoeidheid, maar de link met de situatie thuis wordt "
            "zelden gelegd.\n\n"
            "Wie heeft een werkende samenwerking met scholen? Ik ben vooral benieuwd hoe je "
            "mentoren en zorgcoördinatoren meekrijgt zonder dat het weer een extra taak wordt."
        ),
        "posts": [
            {
                "author": "femke.vanwijk@tiel.example",
                "body": (
                    "In Tiel staan we hier nog aan het begin. Scholen zijn voor ons de lastigste "
                    "partner om te bereiken, dus ik lees met veel belangstelling mee."
                ),
                "reply_to": None,
                "useful": 0,
                "agree": 3,
            },
            {
                "author": "ozlem.kaya@welzijn-eindhoven.example",
                "body": (
                    "In Eindhoven hebben we goede ervaringen met een **vast aanspreekpunt per "
                    "school** vanuit welzijn. Geen voorlichtingscampagne, maar iemand die elke "
                    "maand een uur aanschuift bij het zorgoverleg. Mentoren leggen dan makkelijker "
                    "een vermoeden voor. @{annelies.schouten@ggd-hollands-noorden.example}, "
                    "jullie hebben vanuit de jeugdgezondheidszorg vast ook ervaring met die route?"
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 3,
            },
            {
                "author": "annelies.schouten@ggd-hollands-noorden.example",
                "body": (
                    "Zeker. De jeugdarts en jeugdverpleegkundige zien elk kind op een paar vaste "
                    "momenten, en daar kun je een vraag over de zorg thuis aan toevoegen. Wat bij "
                    "ons werkte: **vraag naar wat een kind thuis doet**, niet naar 'mantelzorg'. "
                    "Een kind dat zegt 'ik kook elke dag omdat mama ziek is', weet vaak niet dat "
                    "daar een woord voor is.\n\n"
                    "Koppel het wel aan een warme doorverwijzing, anders blijft het bij signaleren."
                ),
                "reply_to": 1,
                "useful": 6,
                "agree": 5,
            },
            {
                "author": "kim.oomen@welzijn-breda.example",
                "body": (
                    "Dit is precies wat ik zocht. Hoe regelen jullie die doorverwijzing: belt de "
                    "jeugdverpleegkundige zelf met welzijn?"
                ),
                "reply_to": 2,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "annelies.schouten@ggd-hollands-noorden.example",
                "body": (
                    "Met toestemming van ouder en kind, ja. Een kort telefoontje en een eerste "
                    "kennismaking op school, in een vertrouwde omgeving. Dat is voor een jongere "
                    "veel minder spannend dan een afspraak op een kantoor."
                ),
                "reply_to": 3,
                "useful": 4,
                "agree": 2,
            },
            {
                "author": "daan.visser@mee.example",
                "body": (
                    "Een aanvulling: let ook op kinderen van ouders met een verstandelijke "
                    "beperking. Ik kom die gezinnen tegen in mijn werk bij MEE, en de kinderen "
                    "nemen daar vaak ongemerkt veel zorg over."
                ),
                "reply_to": None,
                "useful": 3,
                "agree": 4,
            },
            {
                "author": "femke.vanwijk@tiel.example",
                "body": (
                    "Dit neem ik mee naar onze lerende praktijk in Tiel. Misschien kunnen we de "
                    "jeugdverpleegkundige uitnodigen voor ons wijkoverleg in Tiel-Oost."
                ),
                "reply_to": 2,
                "useful": 1,
                "agree": 2,
            },
        ],
        "answer": 2,
        "pinned": False,
        "locked": False,
    },
    {
        "key": "welzijn-op-recept-lijn-warm-houden",
        "category": "mantelzorg-sociaal-en-gezond",
        "title": "Welzijn op recept: zo houden wij de lijn tussen huisarts en welzijn warm",
        "author": "khadija.elamrani@gc-maastricht-west.example",
        "is_question": False,
        "themes": ["sociaal-en-gezond"],
        "days_ago": 45,
        "opening": (
            "In ons gezondheidscentrum in Maastricht-West hoor ik in het spreekuur veel klachten "
            "die eigenlijk over geldzorgen, eenzaamheid of werk gaan. We werken sinds een jaar "
            "met welzijn op recept, en ik deel graag wat we hebben geleerd.\n\n"
            "- Een doorverwijzing werkt alleen als de welzijnscoach **binnen een week** belt.\n"
            "- Huisartsen willen terugkoppeling, maar kort: drie zinnen is genoeg.\n"
            "- Een vast gezicht van welzijn in het gezondheidscentrum, één ochtend per week, "
            "helpt enorm.\n\n"
            "Wat ik nog zoek: hoe houd je dit vol als de financiering steeds maar voor een jaar "
            "wordt verlengd?"
        ),
        "posts": [
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Herkenbaar vanuit Emmen. Bij ons leidt een doorverwijzing vaker tot een "
                    "bezoek als de welzijnswerker zelf belt **en** iemand de eerste keer ophaalt. "
                    "Dat ophalen kost tijd, maar het maakt het verschil voor mensen die de drempel "
                    "niet alleen over komen."
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 5,
            },
            {
                "author": "khadija.elamrani@gc-maastricht-west.example",
                "body": "Dat ophalen doen wij nog niet. Doen jullie dat met professionals of met vrijwilligers?",
                "reply_to": 0,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Nu nog vooral met de welzijnswerker zelf. We onderzoeken of vrijwilligers het "
                    "kunnen overnemen, maar dan moet je vervoer en begeleiding goed regelen."
                ),
                "reply_to": 1,
                "useful": 2,
                "agree": 1,
            },
            {
                "author": "annelies.schouten@ggd-hollands-noorden.example",
                "body": (
                    "Over de financiering: in onze regio hielp het om gemeente en zorgverzekeraar "
                    "samen aan tafel te krijgen, met de huisartsen erbij. Het dossier *Wat werkt "
                    "bij sociaal en gezond* noemt gedeelde verantwoordelijkheid als factor, en "
                    "dat is in zulke gesprekken een goed vertrekpunt."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 3,
            },
            {
                "author": "thijs.degroot@meedoen-deventer.example",
                "body": (
                    "Vergeet in dat gesprek de inwoners niet. Een paar mensen die via welzijn op "
                    "recept weer zijn gaan meedoen, vertellen het verhaal overtuigender dan welke "
                    "rapportage ook."
                ),
                "reply_to": 3,
                "useful": 2,
                "agree": 5,
            },
            {
                "author": "femke.vanwijk@tiel.example",
                "body": (
                    "In Tiel gebruiken we een vergelijkbare werkwijze voor mantelzorgers die de "
                    "huisarts signaleert. Jouw punt over korte terugkoppeling neem ik over: "
                    "huisartsen haken af bij lange verslagen."
                ),
                "reply_to": None,
                "useful": 1,
                "agree": 3,
            },
            {
                "author": "khadija.elamrani@gc-maastricht-west.example",
                "body": (
                    "Dank, Annelies. Ik ga voorstellen om de zorgverzekeraar uit te nodigen bij "
                    "ons volgende overleg met de gemeente en de huisartsen."
                ),
                "reply_to": 3,
                "useful": 0,
                "agree": 1,
            },
        ],
        "answer": None,
        "pinned": False,
        "locked": False,
    },
    # ------------------------------------------------------------------ Eigen regie en cliëntenparticipatie
    {
        "key": "eigen-regie-of-aan-je-lot-overlaten",
        "category": "eigen-regie-en-clientenparticipatie",
        "title": "Eigen regie of aan je lot overlaten: waar ligt voor jullie de grens?",
        "author": "daan.visser@mee.example",
        "is_question": False,
        "themes": ["eigen-regie"],
        "days_ago": 130,
        "opening": (
            "Als onafhankelijk cliëntondersteuner in Enschede zit ik naast inwoners tijdens "
            "keukentafelgesprekken. Ik hoor vaak: 'we gaan uit van uw eigen regie'. Voor veel "
            "mensen is dat prima. Maar ik zie ook mensen die door schulden, een beperking of "
            "gewoon uitputting even geen regie **kunnen** voeren. Dan klinkt 'eigen regie' als: "
            "zoek het zelf maar uit.\n\n"
            "> Eigen regie is geen eindpunt, het is iets waar je soms bij geholpen moet worden.\n\n"
            "Zo zei een collega het laatst, en ik vond het raak. Waar leggen jullie de grens? "
            "Hoe merk je in een gesprek dat iemand meer nodig heeft dan ruimte?"
        ),
        "posts": [
            {
                "author": "priya.ramdin@zaanstad.example",
                "body": (
                    "Hier gaat onze lerende praktijk in Zaanstad precies over. Een les die we "
                    "leerden: **regiehulp betekent soms juist meer doen voor iemand, niet "
                    "minder**. Een tijdje de regie overnemen, met de afspraak dat je die stap voor "
                    "stap teruggeeft, kan meer eigen regie opleveren dan iemand vanaf het begin "
                    "alles zelf laten doen."
                ),
                "reply_to": None,
                "useful": 6,
                "agree": 5,
            },
            {
                "author": "romano.wijngaarde@ervaringsdeskundigen-haaglanden.example",
                "body": (
                    "Dank voor deze zin. Toen ik in de schulden zat, kreeg ik steeds te horen dat "
                    "ik zelf verantwoordelijk was. Dat klopte, maar ik had op dat moment geen "
                    "ruimte in mijn hoofd. Iemand die een paar maanden met mij de brieven opende, "
                    "heeft me meer regie teruggegeven dan alle goede adviezen."
                ),
                "reply_to": 0,
                "useful": 4,
                "agree": 6,
            },
            {
                "author": "thijs.degroot@meedoen-deventer.example",
                "body": (
                    "Dat herken ik uit de activering. Mensen die al lang in de bijstand zitten, "
                    "hebben vaak ervaren dat hun keuzes weinig uitmaken. Eerst samen iets kleins "
                    "regelen dat lukt, geeft vertrouwen om daarna zelf te kiezen."
                ),
                "reply_to": 1,
                "useful": 2,
                "agree": 4,
            },
            {
                "author": "wietske.postma@leeuwarden.example",
                "body": (
                    "In Leeuwarden gebruikten we drie vragen: *wat kun je nu zelf, wat kun je "
                    "samen met iemand, en wat moeten we voor je doen?* Het antwoord verandert in "
                    "de loop van de tijd, en dat mag. Het helpt om het plan daar regelmatig op na "
                    "te lopen."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 3,
            },
            {
                "author": "daan.visser@mee.example",
                "body": (
                    "Mooi, omdat de inwoner zo zelf benoemt waar de grens ligt. Zetten jullie die "
                    "drie vragen ook letterlijk in het plan?"
                ),
                "reply_to": 3,
                "useful": 0,
                "agree": 1,
            },
            {
                "author": "wietske.postma@leeuwarden.example",
                "body": (
                    "Ja, als drie kolommen in het ondersteuningsplan. En we spreken af wanneer we "
                    "er opnieuw naar kijken. Bij langduriger beschikken is dat extra belangrijk, "
                    "anders verlies je de vinger aan de pols."
                ),
                "reply_to": 4,
                "useful": 3,
                "agree": 2,
            },
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Waardevolle discussie. Ook het dossier *Wat werkt bij eigen regie* zegt dat "
                    "niet iedereen alles zelf kan of wil regelen, en dat goede ondersteuning daarop "
                    "aansluit. De drie vragen van Wietske en de les uit Zaanstad vullen elkaar mooi "
                    "aan. Ik verwijs naar deze discussie in de volgende nieuwsbrief."
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 2,
            },
        ],
        "answer": None,
        "pinned": False,
        "locked": False,
    },
    {
        "key": "ervaringsdeskundigen-vergoeden",
        "category": "eigen-regie-en-clientenparticipatie",
        "title": "Ervaringsdeskundigen vergoeden: vrijwilligersvergoeding of betaalde opdracht?",
        "author": "luuk.janssen@venlo.example",
        "is_question": True,
        "themes": ["clientenparticipatie"],
        "days_ago": 50,
        "opening": (
            "In Venlo-Oost willen we vaker ervaringsdeskundigen betrekken bij de uitvoering, "
            "bijvoorbeeld bij huisbezoeken en bij het testen van brieven. Binnen de gemeente is "
            "discussie over de vergoeding. De een zegt: vrijwilligersvergoeding, dan blijft het "
            "laagdrempelig. De ander zegt: het is vakwerk, dus betaal het als vakwerk.\n\n"
            "Hoe doen jullie dat, en wat zeggen de ervaringsdeskundigen er zelf over? Mensen met "
            "een uitkering kunnen bij betaling in de knel komen met hun inkomen. Hoe gaan jullie "
            "daarmee om?"
        ),
        "posts": [
            {
                "author": "moderator@lerendnetwerk.example",
                "body": (
                    "Goede vraag, Luuk. @{marco.koppejan@vlissingen.example}, jullie werken in "
                    "Vlissingen met ervaringsdeskundigen uit het cliëntenplatform. Hoe hebben "
                    "jullie dit geregeld?"
                ),
                "reply_to": None,
                "useful": 1,
                "agree": 0,
            },
            {
                "author": "marco.koppejan@vlissingen.example",
                "body": (
                    "We maken onderscheid. Wie meedenkt in het cliëntenplatform, krijgt een "
                    "vrijwilligersvergoeding. Wie als opgeleide ervaringsdeskundige meeloopt in de "
                    "uitvoering, krijgt een betaalde opdracht. Dat tweede kostte veel overleg met "
                    "Werk en Inkomen, juist vanwege de uitkering."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 3,
            },
            {
                "author": "romano.wijngaarde@ervaringsdeskundigen-haaglanden.example",
                "body": (
                    "Het verschil tussen die twee rollen is belangrijk. Ik ben opgeleid als "
                    "ervaringsdeskundige en werk niet alleen met mijn verhaal, maar ook met "
                    "methodes. Dat mag betaald worden.\n\n"
                    "Betrek de ervaringsdeskundige wel **zelf** bij het gesprek over de "
                    "vergoeding. Wat voor de een een opstap is, is voor de ander een risico voor "
                    "de uitkering. Maatwerk per persoon, in overleg met de consulent inkomen, "
                    "werkt het best."
                ),
                "reply_to": 1,
                "useful": 6,
                "agree": 6,
            },
            {
                "author": "luuk.janssen@venlo.example",
                "body": (
                    "Dank je, Romano. Dat maatwerk per persoon is waar we naartoe willen. Is er in "
                    "Den Haag een vast aanspreekpunt bij inkomen voor dit soort vragen?"
                ),
                "reply_to": 2,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "romano.wijngaarde@ervaringsdeskundigen-haaglanden.example",
                "body": (
                    "Bij ons loopt het via de stichting waar ik werk; die heeft contact met één "
                    "vaste consulent. Dat voorkomt dat iedereen zijn eigen uitzondering moet "
                    "bevechten."
                ),
                "reply_to": 3,
                "useful": 3,
                "agree": 2,
            },
            {
                "author": "nadia.elidrissi@lerendnetwerk.example",
                "body": (
                    "Het dossier *Wat werkt bij cliëntenparticipatie* laat zien dat inbreng pas "
                    "iets oplevert als deelnemers zich serieus genomen voelen. Een passende "
                    "vergoeding hoort daarbij, net als terugkoppeling over wat er met de inbreng "
                    "is gedaan."
                ),
                "reply_to": None,
                "useful": 3,
                "agree": 2,
            },
            {
                "author": "lotte.verhoef@gouda.example",
                "body": (
                    "Die terugkoppeling onderschat je snel. In Gouda merkten we dat bewoners "
                    "afhaakten omdat ze nooit hoorden wat er met hun ideeën gebeurde, niet vanwege "
                    "de vergoeding."
                ),
                "reply_to": 5,
                "useful": 2,
                "agree": 4,
            },
        ],
        "answer": 2,
        "pinned": False,
        "locked": False,
    },
    # ------------------------------------------------------------------ Veiligheid, overlast en ondermijning
    {
        "key": "zorg-en-veiligheid-aan-een-tafel",
        "category": "veiligheid-overlast-en-ondermijning",
        "title": "Zorg en veiligheid aan één tafel: hoe voorkom je dat het casusoverleg een politieoverleg wordt?",
        "author": "ahmet.celik@amersfoort.example",
        "is_question": True,
        "themes": ["overlast", "integraal-werken"],
        "days_ago": 155,
        "opening": (
            "Binnen het team Veiligheid in Amersfoort werk ik aan de verbinding met het sociaal "
            "domein. We hebben een gezamenlijk casusoverleg bij woonoverlast, maar de "
            "zorgpartners brengen weinig in. Politie en corporatie hebben de meeste informatie "
            "en bepalen de agenda.\n\n"
            "Hoe zorgen jullie ervoor dat zorg en veiligheid gelijkwaardig aan tafel zitten? "
            "Werken jullie met een onafhankelijke voorzitter, een vaste agenda of iets anders?"
        ),
        "posts": [
            {
                "author": "ozlem.kaya@welzijn-eindhoven.example",
                "body": (
                    "Goede vraag. @{rachid.bouzid@nieuwegein.example}, jullie hebben in "
                    "Nieuwegein in twee wijken met precies deze partners gewerkt. Ik denk dat je "
                    "hier veel over kunt vertellen."
                ),
                "reply_to": None,
                "useful": 1,
                "agree": 0,
            },
            {
                "author": "rachid.bouzid@nieuwegein.example",
                "body": (
                    "Graag. Drie dingen hielpen bij ons:\n\n"
                    "1. **Een voorzitter uit het sociaal domein**, met de afspraak dat politie en "
                    "corporatie eerst de feiten inbrengen en de zorg daarna vertelt over de "
                    "persoon.\n"
                    "2. Bij elke casus de vraag: *wat speelt er bij de veroorzaker?* Overlast "
                    "heeft vaak een oorzaak die je met handhaving alleen niet oplost.\n"
                    "3. Na drie maanden een korte evaluatie: wat is er veranderd voor de buurt én "
                    "voor de bewoner?"
                ),
                "reply_to": 0,
                "useful": 6,
                "agree": 5,
            },
            {
                "author": "ahmet.celik@amersfoort.example",
                "body": (
                    "Dat tweede punt vind ik sterk. Hoe reageerde de politie op een voorzitter "
                    "vanuit het sociaal domein?"
                ),
                "reply_to": 1,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "rachid.bouzid@nieuwegein.example",
                "body": (
                    "In het begin wat sceptisch. Het omslagpunt was een casus waarin de overlast "
                    "stopte nadat de zorg het tempo mocht bepalen. Sindsdien is er meer wederzijds "
                    "vertrouwen. Reken wel op een paar maanden voordat het zover is."
                ),
                "reply_to": 2,
                "useful": 4,
                "agree": 2,
            },
            {
                "author": "sevda.aksoy@veiligthuis-brabant-noord.example",
                "body": (
                    "Vanuit Veilig Thuis: neem ook de vraag mee of er **huiselijk geweld** speelt "
                    "achter de overlast. Dat signaal raakt in een veiligheidsoverleg snel "
                    "ondergesneeuwd, terwijl het voor de aanpak veel uitmaakt."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 4,
            },
            {
                "author": "joep.lemmens@heerlen.example",
                "body": (
                    "Helemaal mee eens. In Heerlen zien we soms ook dat er achter overlast druk "
                    "van criminele netwerken op een huishouden zit. Dan helpt een zorgaanbod alleen "
                    "als je ook naar de veiligheid van de bewoner zelf kijkt."
                ),
                "reply_to": 4,
                "useful": 3,
                "agree": 3,
            },
        ],
        "answer": 1,
        "pinned": False,
        "locked": False,
    },
    {
        "key": "jongeren-en-snel-geld-preventie",
        "category": "veiligheid-overlast-en-ondermijning",
        "title": "Jongeren en snel geld: wat doen jullie preventief, vóór er een strafzaak is?",
        "author": "joep.lemmens@heerlen.example",
        "is_question": False,
        "themes": ["ondermijning"],
        "days_ago": 4,
        "opening": (
            "In Heerlen-Noord zie ik hoe jongeren al jong worden benaderd voor klusjes die snel "
            "geld opleveren: een pakketje wegbrengen, een bankpas uitlenen. Als de politie erbij "
            "komt, is het kwaad vaak al geschied.\n\n"
            "In onze lerende praktijk zoeken we naar wat je **daarvoor** kunt doen. We denken aan "
            "jongerenwerk op straat, gesprekken op school en ouders die weten waar ze op moeten "
            "letten. Ik ben benieuwd wat jullie doen, ook als het nog in de kinderschoenen staat."
        ),
        "posts": [
            {
                "author": "ahmet.celik@amersfoort.example",
                "body": (
                    "In Amersfoort zijn we gestart met gastlessen over geldezels op het mbo, samen "
                    "met de wijkagent en een jongerenwerker. Wat opviel: de jongeren wisten vaak "
                    "precies hoe het werkt, maar niet wat de gevolgen later zijn, zoals een "
                    "registratie bij de bank."
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 3,
            },
            {
                "author": "lotte.verhoef@gouda.example",
                "body": (
                    "Gastlessen kunnen helpen, maar in Gouda merkten we dat het vertrouwen in de "
                    "jongerenwerker belangrijker is dan de les zelf. Jongeren komen pas met hun "
                    "verhaal als ze iemand al langer kennen."
                ),
                "reply_to": 0,
                "useful": 3,
                "agree": 5,
            },
            {
                "author": "joep.lemmens@heerlen.example",
                "body": (
                    "Dat is ook mijn zorg bij gastlessen: ze zijn eenmalig. Hoe houden jullie "
                    "jongerenwerkers vast in een wijk? Bij ons is het verloop groot."
                ),
                "reply_to": 1,
                "useful": 0,
                "agree": 1,
            },
            {
                "author": "lotte.verhoef@gouda.example",
                "body": (
                    "Door ze minstens een paar jaar een vaste wijk te geven en ze niet elk jaar "
                    "naar een nieuw project te verschuiven. Dat vroeg een gesprek met de "
                    "welzijnsorganisatie over hoe ze roosteren, maar het heeft geholpen."
                ),
                "reply_to": 2,
                "useful": 4,
                "agree": 2,
            },
            {
                "author": "luuk.janssen@venlo.example",
                "body": (
                    "In Venlo-Oost hebben ondernemers een rol gekregen. De eigenaar van de "
                    "sportschool en die van de snackbar zien jongeren vaker dan wij, en merken wie "
                    "er ineens dure spullen heeft. Ze hebben geen meldtaak, maar wel een korte lijn "
                    "naar de wijkcoördinator."
                ),
                "reply_to": None,
                "useful": 3,
                "agree": 2,
            },
            {
                "author": "khadija.elamrani@gc-maastricht-west.example",
                "body": (
                    "Vanuit de huisartsenpraktijk: let ook op de ouders. Sommige ouders in geldnood "
                    "zien het extra geld van hun kind en vragen niet door. Wie armoede aanpakt, "
                    "werkt ook preventief tegen ondermijning."
                ),
                "reply_to": 4,
                "useful": 2,
                "agree": 5,
            },
            {
                "author": "thijs.degroot@meedoen-deventer.example",
                "body": (
                    "Een blik vanuit de activering: jongeren met een bijbaan of stage en een goede "
                    "begeleider zijn minder vatbaar voor snel geld. Als het lukt om werkgevers in "
                    "de wijk erbij te betrekken, sla je twee vliegen in één klap."
                ),
                "reply_to": None,
                "useful": 1,
                "agree": 3,
            },
        ],
        "answer": None,
        "pinned": False,
        "locked": False,
    },
    # ------------------------------------------------------------------ Werken in de wijk
    {
        "key": "outreachend-werken-structureel-financieren",
        "category": "werken-in-de-wijk",
        "title": "Hoe krijg je outreachend werken structureel gefinancierd na de projectperiode?",
        "author": "chantal.pinas@lelystad.example",
        "is_question": True,
        "themes": ["outreachend-werken"],
        "days_ago": 75,
        "opening": (
            "In Lelystad gaat ons team achter de voordeur bij inwoners die zelf niet om hulp "
            "vragen. Het werkt: we komen binnen bij mensen die nergens anders in beeld waren. "
            "Maar de financiering loopt via een projectbudget dat eind dit jaar stopt.\n\n"
            "Hoe hebben jullie outreachend werken **structureel** gemaakt? Welke argumenten "
            "werkten bij de raad of het college? En hoe laat je de waarde zien van dingen die "
            "níet zijn gebeurd, zoals een huisuitzetting die is voorkomen?"
        ),
        "posts": [
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Een vraag die in veel praktijken speelt. @{kevin.martina@rotterdam.example}, "
                    "Rotterdam heeft de werkwijze na afloop van de lerende praktijk in alle "
                    "gebieden ingevoerd. Kun je vertellen hoe dat besluit tot stand kwam?"
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 0,
            },
            {
                "author": "kevin.martina@rotterdam.example",
                "body": (
                    "Zeker. Wat het verschil maakte: we hielden de registratie bewust eenvoudig en "
                    "betrouwbaar. Zo konden we laten zien hoeveel signalen tot een echt gesprek "
                    "leidden, en wat er daarna gebeurde. Geen mooie verhalen alleen, maar ook geen "
                    "ingewikkelde kosten-batenanalyse.\n\n"
                    "Daarnaast nodigden we raadsleden uit om een dag mee te lopen met een "
                    "huisbezoeker. Dat overtuigde meer dan welke notitie ook."
                ),
                "reply_to": 0,
                "useful": 6,
                "agree": 5,
            },
            {
                "author": "chantal.pinas@lelystad.example",
                "body": (
                    "Dat meelopen is een goed idee, daar ga ik werk van maken. Hoe hielden jullie "
                    "het registreren licht voor de huisbezoekers?"
                ),
                "reply_to": 1,
                "useful": 0,
                "agree": 1,
            },
            {
                "author": "kevin.martina@rotterdam.example",
                "body": (
                    "Een paar vaste velden: signaal ontvangen, contact gelukt ja of nee, gesprek "
                    "gevoerd, vervolg afgesproken. Alles daarbuiten was optioneel. Huisbezoekers "
                    "vulden het in omdat het weinig tijd kostte."
                ),
                "reply_to": 2,
                "useful": 5,
                "agree": 2,
            },
            {
                "author": "pieter.groen@hogeschool-utrecht.example",
                "body": (
                    "Vanuit het lectoraat een kanttekening: het is verleidelijk om 'voorkomen "
                    "huisuitzettingen' te tellen, maar je weet nooit zeker wat er zonder de aanpak "
                    "was gebeurd. Beschrijf liever wat er concreet veranderde in de situatie van "
                    "huishoudens, met voorbeelden. Dat is eerlijker, en raadsleden begrijpen het "
                    "ook."
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 3,
            },
            {
                "author": "hilde.wubbena@midden-groningen.example",
                "body": (
                    "Eens met Pieter. In Midden-Groningen combineren we een paar vaste tellingen "
                    "met korte verhalen van medewerkers. Die verhalen onthouden raadsleden het "
                    "best."
                ),
                "reply_to": 4,
                "useful": 2,
                "agree": 4,
            },
            {
                "author": "ineke.bosman@humanitas.example",
                "body": (
                    "Vergeet de partners niet in het verhaal naar de raad. Het dossier *Wat werkt "
                    "bij outreachend werken* laat goed zien waarom vertrouwen opbouwen tijd kost. "
                    "Als vrijwilligersorganisatie merken wij dat mensen eerder bij ons komen "
                    "dankzij jullie aanpak. Dat mag je gerust namens ons vertellen."
                ),
                "reply_to": None,
                "useful": 1,
                "agree": 3,
            },
        ],
        "answer": 1,
        "pinned": False,
        "locked": False,
    },
    # ------------------------------------------------------------------ Besloten: Zwolle
    {
        "key": "zwolle-leerbijeenkomst-december",
        "category": "practice:zwolle-een-voordeur",
        "title": "Leerbijeenkomst 3 december: welke situaties leggen we voor?",
        "author": "trekker@zwolle.example",
        "is_question": False,
        "themes": ["toegang"],
        "days_ago": 5,
        "opening": (
            "Op donderdag 3 december is onze volgende leerbijeenkomst in het wijkcentrum in "
            "Holtenbroek. Net als de vorige keer wil ik een paar situaties bespreken waarin de "
            "voordeur niet werkte zoals bedoeld. Denk aan een inwoner die toch van loket naar "
            "loket ging, of een eerste gesprek dat te zwaar werd.\n\n"
            "Zet hieronder kort, zonder herleidbare details, welke situatie jij wilt inbrengen. "
            "@{daan.visser@mee.example}, jij had vorige maand een voorbeeld van een inwoner die "
            "na het eerste gesprek niet meer terugkwam. Wil je dat uitwerken?"
        ),
        "posts": [
            {
                "author": "daan.visser@mee.example",
                "body": (
                    "Doe ik. Kort gezegd: het eerste gesprek duurde bijna twee uur, alle "
                    "leefgebieden kwamen aan bod, en de inwoner voelde zich daarna vooral "
                    "overweldigd. Mijn vraag voor de bijeenkomst: **wanneer stop je met "
                    "doorvragen?** En hoe spreek je af wat er in een tweede gesprek aan bod komt?"
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 3,
            },
            {
                "author": "associate@wijkteam-utrecht.example",
                "body": (
                    "Herkenbaar uit Utrecht. Wij stellen soms de vraag: *wat wilt u als eerste "
                    "opgelost hebben?* Dan begin je daar, en de rest komt in een volgend gesprek. "
                    "Ik neem graag een voorbeeld mee van een gezin waarbij dat goed ging."
                ),
                "reply_to": 0,
                "useful": 3,
                "agree": 4,
            },
            {
                "author": "trekker@zwolle.example",
                "body": (
                    "Graag, Merel. Dan zetten we jouw voorbeeld naast dat van Daan: het ene gesprek "
                    "te breed, het andere bewust smal begonnen. Een mooi contrast voor de "
                    "bijeenkomst."
                ),
                "reply_to": 1,
                "useful": 1,
                "agree": 2,
            },
            {
                "author": "lid@gemeente-delft.example",
                "body": (
                    "Ik ben nieuw in het netwerk en lees met veel interesse mee. Mag ik als "
                    "toehoorder aansluiten bij de bijeenkomst op 3 december? In Delft staan we aan "
                    "het begin van een vergelijkbare aanpak."
                ),
                "reply_to": None,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "trekker@zwolle.example",
                "body": (
                    "Welkom, Joost! Je bent van harte welkom. Ik stuur je de uitnodiging met het "
                    "adres en het programma. Neem gerust een vraag uit Delft mee; een frisse blik "
                    "helpt ons ook."
                ),
                "reply_to": 3,
                "useful": 0,
                "agree": 2,
            },
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Ik sluit aan namens het kennisinstituut en maak na afloop een kort verslag. "
                    "Als de vraag over de grenzen van het eerste gesprek helder wordt, kan dat een "
                    "mooie les worden voor andere praktijken."
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 1,
            },
        ],
        "answer": None,
        "pinned": False,
        "locked": False,
    },
    {
        "key": "zwolle-verhuizing-vaste-contactpersoon",
        "category": "practice:zwolle-een-voordeur",
        "title": "Verhuizing naar een andere wijk: wie blijft de vaste contactpersoon?",
        "author": "trekker@zwolle.example",
        "is_question": True,
        "themes": ["toegang"],
        "days_ago": 70,
        "opening": (
            "Een van onze leervragen komt nu echt op tafel. Een huishouden verhuist van "
            "Holtenbroek naar een wijk waar de voordeur nog niet draait. Formeel gaat het dossier "
            "dan over naar het wijkteam van de nieuwe wijk, en daarmee ook de contactpersoon. "
            "Voor het gezin is dat een grote stap terug: ze hadden net vertrouwen opgebouwd.\n\n"
            "Hoe gaan jullie hiermee om? Laat je de contactpersoon meeverhuizen, ook al werkt "
            "die in een andere wijk? En zo ja, hoe lang?"
        ),
        "posts": [
            {
                "author": "associate@wijkteam-utrecht.example",
                "body": (
                    "In Utrecht laat de contactpersoon in zo'n geval **een afgesproken periode "
                    "meeverhuizen**, meestal tot de situatie stabiel is. Daarna volgt een warme "
                    "overdracht: een gezamenlijk gesprek met de nieuwe contactpersoon erbij. Het "
                    "kost het oude team wat capaciteit, maar het voorkomt dat je opnieuw moet "
                    "beginnen."
                ),
                "reply_to": None,
                "useful": 6,
                "agree": 4,
            },
            {
                "author": "trekker@zwolle.example",
                "body": (
                    "Hoe bepalen jullie wanneer iets 'stabiel' is? Dat is bij ons precies de "
                    "discussie tussen de teamleiders."
                ),
                "reply_to": 0,
                "useful": 0,
                "agree": 1,
            },
            {
                "author": "associate@wijkteam-utrecht.example",
                "body": (
                    "We houden het eenvoudig: als er geen acute vragen meer zijn en de inwoner zelf "
                    "zegt dat hij de overstap aankan. Het gaat om de inschatting van de inwoner en "
                    "de contactpersoon samen, niet om een vaste termijn."
                ),
                "reply_to": 1,
                "useful": 4,
                "agree": 3,
            },
            {
                "author": "daan.visser@mee.example",
                "body": (
                    "Goed dat de inwoner het zelf mag aangeven. Ik zie te vaak dat een overdracht "
                    "wordt gepland op basis van de planning van de organisatie. Vraag het gewoon: "
                    "*bent u eraan toe om een nieuw gezicht te leren kennen?*"
                ),
                "reply_to": 2,
                "useful": 2,
                "agree": 5,
            },
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Dit sluit aan bij de les uit Leeuwarden over de vaste contactpersoon. "
                    "Annemieke, als jullie hier een werkafspraak over maken, hoor ik graag hoe die "
                    "uitpakt. Deze vraag komt in meer praktijken terug."
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 1,
            },
            {
                "author": "trekker@zwolle.example",
                "body": (
                    "Dank jullie wel. We stellen voor dat de contactpersoon maximaal een halfjaar "
                    "meeverhuist, met een overdracht zodra de inwoner eraan toe is. Ik leg het "
                    "volgende week voor aan de teamleiders."
                ),
                "reply_to": 2,
                "useful": 3,
                "agree": 2,
            },
        ],
        "answer": 0,
        "pinned": False,
        "locked": False,
    },
    # ------------------------------------------------------------------ Besloten: Emmen
    {
        "key": "emmen-ophalen-door-vrijwilligers",
        "category": "practice:emmen-samen-minder-alleen",
        "title": "Ophalen door vrijwilligers: hoe regelen we vervoer, verzekering en voorbereiding?",
        "author": "bert.lanting@emmen.example",
        "is_question": True,
        "themes": ["eenzaamheid"],
        "days_ago": 9,
        "opening": (
            "Uit onze eerste resultaten blijkt dat mensen vaker naar de inloop komen als iemand "
            "ze de eerste keer ophaalt. Nu doet de welzijnswerker dat zelf, maar dat houden we "
            "niet vol. We willen vrijwilligers vragen het over te nemen.\n\n"
            "Ik loop tegen praktische vragen aan:\n\n"
            "- Hoe zit het met de verzekering als een vrijwilliger iemand in de eigen auto "
            "meeneemt?\n"
            "- Vraag je een verklaring omtrent het gedrag?\n"
            "- Hoe bereid je een vrijwilliger voor op iemand die op het laatste moment toch niet "
            "mee wil?\n\n"
            "Wie heeft dit al eens geregeld?"
        ),
        "posts": [
            {
                "author": "annelies.schouten@ggd-hollands-noorden.example",
                "body": (
                    "Over de verzekering: veel gemeenten hebben een collectieve "
                    "vrijwilligersverzekering. Check bij jullie gemeente of die ook geldt voor "
                    "vervoer in de eigen auto, want dat verschilt. De welzijnsorganisatie weet dat "
                    "meestal precies."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 2,
            },
            {
                "author": "ozlem.kaya@welzijn-eindhoven.example",
                "body": (
                    "In Eindhoven vragen we een verklaring omtrent het gedrag van iedereen die één "
                    "op één met bewoners werkt. Voor vrijwilligersorganisaties zijn daar vaak "
                    "kosteloze mogelijkheden voor; vraag het na bij jullie welzijnsorganisatie."
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 2,
            },
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Dank, dat wist ik niet. En de voorbereiding van de vrijwilliger zelf? Daar "
                    "maak ik me eigenlijk de meeste zorgen over."
                ),
                "reply_to": 1,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "ozlem.kaya@welzijn-eindhoven.example",
                "body": (
                    "Wat bij ons werkt: **twee vrijwilligers samen** voor de eerste ophaalritten, "
                    "en een korte instructie over het accepteren van een 'nee'. Wie een keer niet "
                    "mee wil, krijgt een week later een nieuwe uitnodiging. Vrijwilligers moeten "
                    "weten dat een afzegging niet hun schuld is."
                ),
                "reply_to": 2,
                "useful": 6,
                "agree": 4,
            },
            {
                "author": "khadija.elamrani@gc-maastricht-west.example",
                "body": (
                    "Vanuit de praktijkondersteuning: geef de vrijwilliger ook een nummer om te "
                    "bellen als hij zich zorgen maakt over iemand. Bij het ophalen zie je soms "
                    "dingen die bij een verwijzing niet zichtbaar zijn."
                ),
                "reply_to": None,
                "useful": 3,
                "agree": 4,
            },
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Goede aanvulling, Khadija. Dan wordt de welzijnswerker dat aanspreekpunt. Ik "
                    "zet alles op een rij voor ons wijkoverleg in januari."
                ),
                "reply_to": 4,
                "useful": 1,
                "agree": 1,
            },
        ],
        "answer": 3,
        "pinned": False,
        "locked": False,
    },
    {
        "key": "emmen-belscript-huisarts-welzijn",
        "category": "practice:emmen-samen-minder-alleen",
        "title": "Belmoment tussen huisartsenpraktijk en welzijn: een kort belscript om te testen",
        "author": "khadija.elamrani@gc-maastricht-west.example",
        "is_question": False,
        "themes": ["sociaal-en-gezond", "eenzaamheid"],
        "days_ago": 60,
        "opening": (
            "Zoals beloofd in het wijkoverleg deel ik hier het korte belscript dat we in "
            "Maastricht-West gebruiken als de praktijkondersteuner iemand doorverwijst naar "
            "welzijn. Bert vroeg of het bruikbaar is voor Klazienaveen.\n\n"
            "1. Vertel wie je bent en dat de huisartsenpraktijk je heeft gevraagd te bellen.\n"
            "2. Vraag hoe het nu gaat, niet waarom iemand eenzaam is.\n"
            "3. Noem één concreet moment: *dinsdag is er koffie in het dorpshuis, zal ik u "
            "ophalen?*\n"
            "4. Spreek af wanneer je terugbelt als het nu nog niet past.\n\n"
            "Reacties en aanpassingen zijn welkom."
        ),
        "posts": [
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Dank je, Khadija. Punt 2 spreekt me erg aan. Onze welzijnswerker begon tot nu "
                    "toe met de reden van de verwijzing, en dat voelt voor mensen al snel als een "
                    "diagnose."
                ),
                "reply_to": None,
                "useful": 3,
                "agree": 4,
            },
            {
                "author": "annelies.schouten@ggd-hollands-noorden.example",
                "body": (
                    "Mooi en kort. Bij punt 3 zou ik een tweede mogelijkheid toevoegen voor mensen "
                    "die niet van groepen houden, bijvoorbeeld een wandeling met een vrijwilliger. "
                    "Niet iedereen voelt zich thuis in een drukke inloop."
                ),
                "reply_to": None,
                "useful": 4,
                "agree": 3,
            },
            {
                "author": "khadija.elamrani@gc-maastricht-west.example",
                "body": (
                    "Goed punt. Ik pas het aan: eerst vragen waar iemand zich prettig bij voelt, "
                    "en dan twee mogelijkheden noemen in plaats van één."
                ),
                "reply_to": 1,
                "useful": 1,
                "agree": 2,
            },
            {
                "author": "bert.lanting@emmen.example",
                "body": (
                    "Dan testen we de aangepaste versie volgende maand in Klazienaveen. Na een "
                    "maand haal ik de ervaringen op bij de welzijnswerker en de huisartsenpraktijk."
                ),
                "reply_to": 2,
                "useful": 2,
                "agree": 1,
            },
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Dit is precies het soort praktisch materiaal waar andere praktijken iets aan "
                    "hebben. Willen jullie het script na de test delen als hulpmiddel? Dan kan het "
                    "bij de les over de korte lijn tussen huisarts en wijkteam."
                ),
                "reply_to": None,
                "useful": 2,
                "agree": 2,
            },
        ],
        "answer": None,
        "pinned": False,
        "locked": False,
    },
    # ------------------------------------------------------------------ Besloten: Tiel
    {
        "key": "tiel-signaleringskaart-versie-2",
        "category": "practice:tiel-mantelzorg-in-beeld",
        "title": "Signaleringskaart versie 2: wat de klankbordgroep ervan vond",
        "author": "femke.vanwijk@tiel.example",
        "is_question": False,
        "themes": ["mantelzorg"],
        "days_ago": 12,
        "opening": (
            "De klankbordgroep van mantelzorgers heeft de nieuwe versie van de signaleringskaart "
            "gelezen. De belangrijkste reacties:\n\n"
            "- De vraag *'Voelt u zich overbelast?'* werkt niet: bijna iedereen zegt nee, ook als "
            "het niet goed gaat.\n"
            "- Beter: *'Wat zou er gebeuren als u een week ziek was?'*\n"
            "- Het woord **mantelzorger** liever niet bovenaan, want veel mensen herkennen zich "
            "er niet in.\n\n"
            "Ik wil de kaart aanpassen voor de volgende ronde in Tiel-Oost en Passewaaij. "
            "Herkennen jullie dit, en missen jullie nog iets?"
        ),
        "posts": [
            {
                "author": "kim.oomen@welzijn-breda.example",
                "body": (
                    "Heel herkenbaar. Bij jonge mantelzorgers werkt 'overbelast' ook niet. Wij "
                    "vragen: *'Wie zorgt er voor jou als jij voor je moeder zorgt?'* Dat opent "
                    "vaak meer dan een vraag naar klachten."
                ),
                "reply_to": None,
                "useful": 5,
                "agree": 5,
            },
            {
                "author": "jelle.bouma@sudwestfryslan.example",
                "body": (
                    "In Súdwest-Fryslân merk ik hetzelfde aan de keukentafel. De vraag over een "
                    "week ziek zijn is sterk, omdat die over de situatie gaat en niet over de "
                    "persoon. Mag ik die lenen voor onze gesprekken?"
                ),
                "reply_to": None,
                "useful": 1,
                "agree": 4,
            },
            {
                "author": "femke.vanwijk@tiel.example",
                "body": (
                    "Natuurlijk, Jelle, daar is dit netwerk voor. Laat wel even weten hoe het valt "
                    "in de dorpen; ik ben benieuwd of het daar anders werkt dan in de stad."
                ),
                "reply_to": 1,
                "useful": 0,
                "agree": 2,
            },
            {
                "author": "annelies.schouten@ggd-hollands-noorden.example",
                "body": (
                    "Vanuit de GGD: test de kaart ook bij de wijkverpleging. Zij zien "
                    "mantelzorgers thuis en hebben soms maar een paar minuten. Een kaart met drie "
                    "vragen wordt vaker gebruikt dan een kaart met tien."
                ),
                "reply_to": 0,
                "useful": 4,
                "agree": 3,
            },
            {
                "author": "femke.vanwijk@tiel.example",
                "body": (
                    "Goed punt. We gaan terug naar drie kernvragen en zetten de rest op de "
                    "achterkant, voor wie meer tijd heeft."
                ),
                "reply_to": 3,
                "useful": 2,
                "agree": 1,
            },
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Mooi om te zien. De les *Mantelzorgers herken je niet aan de vraag die ze "
                    "stellen* past hier goed bij. Femke, als versie 3 klaar is, zou ik de vragen "
                    "graag opnemen als hulpmiddel bij het dossier *Wat werkt bij "
                    "mantelzorgondersteuning*."
                ),
                "reply_to": None,
                "useful": 3,
                "agree": 1,
            },
        ],
        "answer": None,
        "pinned": False,
        "locked": False,
    },
    # ------------------------------------------------------------------ Besloten: Rotterdam
    {
        "key": "rotterdam-les-tweede-huisbezoek",
        "category": "practice:rotterdam-vroegsignalering-schulden",
        "title": "Klopt onze samenvatting van de les over het tweede huisbezoek?",
        "author": "redacteur@lerendnetwerk.example",
        "is_question": True,
        "themes": ["schuldhulpverlening"],
        "days_ago": 40,
        "opening": (
            "Voor de lessen uit deze praktijk werk ik aan een stuk over het tweede huisbezoek. "
            "Mijn samenvatting tot nu toe:\n\n"
            "> Wie niet thuis is bij het eerste bezoek, krijgt een handgeschreven kaart en een "
            "tweede bezoek op een ander tijdstip. Juist dat tweede bezoek, vaak 's avonds, "
            "leidde vaak tot een gesprek.\n\n"
            "Kloppen de nuances? Ik twijfel vooral over twee dingen: ging de ervaringsdeskundige "
            "altijd mee bij het tweede bezoek, en wat gebeurde er als ook dat niets opleverde? "
            "@{hans.mulder@schuldhulpmaatje.example}, jij zag vanuit de vrijwilligers het "
            "vervolg; ik hoor graag je kijk."
        ),
        "posts": [
            {
                "author": "kevin.martina@rotterdam.example",
                "body": (
                    "De samenvatting klopt in grote lijnen. Een nuance: de ervaringsdeskundige "
                    "ging **niet** altijd mee. Bij het tweede bezoek kozen we bewust wie er ging, "
                    "afhankelijk van wat we over het huishouden wisten. En leverde ook het tweede "
                    "bezoek niets op, dan volgde een laatste poging via de corporatie of een andere "
                    "partner die het huishouden wel kende."
                ),
                "reply_to": None,
                "useful": 6,
                "agree": 4,
            },
            {
                "author": "romano.wijngaarde@ervaringsdeskundigen-haaglanden.example",
                "body": (
                    "Ik zou toevoegen dat de kaart zelf ertoe deed. Een handgeschreven kaart met "
                    "een naam en een telefoonnummer voelt anders dan een brief van de gemeente. "
                    "Mensen bewaarden die kaarten; sommigen belden weken later alsnog."
                ),
                "reply_to": 0,
                "useful": 5,
                "agree": 5,
            },
            {
                "author": "hans.mulder@schuldhulpmaatje.example",
                "body": (
                    "Vanuit Schuldhulpmaatje: mensen die via het tweede bezoek binnenkwamen, "
                    "worstelden vaak al lang met hun post. Een maatje was voor hen een goede "
                    "volgende stap, maar dan wel snel, binnen een paar weken na het gesprek."
                ),
                "reply_to": None,
                "useful": 3,
                "agree": 3,
            },
            {
                "author": "redacteur@lerendnetwerk.example",
                "body": (
                    "Dank, dit is waardevol. Romano, mag ik dat van die bewaarde kaarten als "
                    "voorbeeld in de les gebruiken?"
                ),
                "reply_to": 1,
                "useful": 0,
                "agree": 0,
            },
            {
                "author": "romano.wijngaarde@ervaringsdeskundigen-haaglanden.example",
                "body": (
                    "Ja, dat mag, ook met mijn naam erbij. Ik heb het zelf zo gezien bij de "
                    "huisbezoeken waar ik mee naartoe ging."
                ),
                "reply_to": 3,
                "useful": 1,
                "agree": 3,
            },
            {
                "author": "nadia.elidrissi@lerendnetwerk.example",
                "body": (
                    "Interessant voor het dossier *Wat werkt bij schuldhulpverlening*: de snelle "
                    "overgang van een eerste gesprek naar vervolghulp. Hans, bedoel je met 'snel' "
                    "dat het wijkteam het maatje direct inschakelde?"
                ),
                "reply_to": 2,
                "useful": 1,
                "agree": 1,
            },
            {
                "author": "hans.mulder@schuldhulpmaatje.example",
                "body": (
                    "Ja, met toestemming van de inwoner belde het wijkteam ons meteen. Duurde het "
                    "langer, dan was de motivatie vaak alweer weg."
                ),
                "reply_to": 5,
                "useful": 2,
                "agree": 2,
            },
        ],
        "answer": 0,
        "pinned": False,
        "locked": False,
    },
]


REPLY_POOL = [
    "Herkenbaar. Bij ons hielp het om de eerste drie gesprekken samen met een ervaringsdeskundige te voeren.",
    "Goede tip. Ik neem deze mee naar ons teamoverleg van volgende week en laat hier weten hoe hij viel.",
    "Wat bij ons werkte: eerst luisteren, pas daarna uitleggen wat wij kunnen doen. Het gesprek "
    "wordt er een stuk rustiger van.",
    "Eens. Schrijf ook op wat je hebt afgesproken, in gewone taal, zodat de ander het thuis nog eens kan nalezen.",
    "Mooie tip, die ga ik morgen meteen proberen.",
    "Mooi voorbeeld. Hoe houden jullie dit vol als het team wisselt? Bij ons verdwijnt zo'n "
    "werkwijze vaak met de collega die hem bedacht.",
    "Ik vraag aan het eind altijd of er nog iets is wat we niet hebben besproken. Daar komt "
    "verrassend vaak het belangrijkste uit.",
    "Dit sluit aan bij het dossier Wat werkt bij integraal werken: maak vooraf afspraken, dan "
    "hoef je later minder te repareren.",
    "Ik ben het hier niet helemaal mee eens. Soms is het juist goed om niet meteen alles op tafel te willen hebben.",
    "Praktische tip: plan na het eerste gesprek meteen een korte belafspraak. Dan weet de ander dat je terugkomt.",
    "Klinkt klein, maar bij ons helpt het als je de koffie niet laat staan en gewoon even "
    "meedrinkt. Het haalt de spanning uit het bezoek.",
    "Een nieuwe collega loopt bij ons de eerste maand mee met iemand die de wijk goed kent. Dat "
    "levert meer op dan een inwerkmap.",
    "Het lastigste vind ik eerlijk zijn over wat we níet kunnen bieden, zonder dat iemand "
    "afhaakt. Hoe doen jullie dat?",
    "Vergeet de huisarts niet. Die kent mensen vaak al jaren en kan een eerste contact een stuk makkelijker maken.",
    "Dank voor het delen. Zou je dit ook als ervaring op het platform willen zetten? Dan vinden "
    "anderen het later makkelijker terug.",
    "Helemaal eens. Eenvoud wint het bijna altijd van volledigheid.",
    "Laat de inwoner zelf kiezen waar het gesprek plaatsvindt: thuis, in het wijkcentrum of "
    "tijdens een wandeling. Dat zegt al veel.",
    "Wij zijn gestopt met standaard vragenlijsten in het eerste gesprek. Je krijgt dan "
    "antwoorden op je eigen vragen, niet op die van de inwoner.",
    "Een aanvulling: neem ook de vrijwilligers mee in dit soort afspraken. Zij merken vaak als "
    "eerste dat er iets verandert.",
    "Goed punt over de taal. Onze brieven worden nu eerst gelezen door iemand van het "
    "cliëntenplatform, en er zijn veel moeilijke woorden geschrapt.",
    "Wat ik mis in deze discussie is de rol van de leidinggevende. Zonder ruimte van boven "
    "blijft het bij goede bedoelingen.",
    "Wij vragen vaak: wat gaat er op dit moment goed? Dat geeft energie, en je leert iemands eigen kracht kennen.",
    "In kleinere gemeenten kent iedereen elkaar. Dat is een voordeel, maar soms ook een drempel om hulp te vragen.",
    "In een grote stad is het juist andersom: niemand kent elkaar, dus moet je extra investeren in het eerste contact.",
    "Samen een tekening maken van wie er om iemand heen staan, zegt vaak meer dan een lijst met namen. Aanrader.",
    "Klopt. En neem de tijd om uit te leggen wat er met de informatie gebeurt. Dat geeft vertrouwen.",
    "Bij ons is het een vaste afspraak dat je binnen twee werkdagen terugbelt, ook als je nog geen antwoord hebt.",
    "Interessant. Hebben jullie dit ook met inwoners zelf geëvalueerd? Ik ben benieuwd hoe het vanaf hun kant voelde.",
    "Ik merk dat een ervaringsdeskundige aan tafel de toon van het hele gesprek verandert: "
    "minder uitleg over regels, meer herkenning.",
    "Dit herken ik. We hebben het eens geprobeerd met een vast formulier, maar dat werd al snel een afvinklijst.",
    "Goede vraag. Ik heb er geen pasklaar antwoord op, maar ik volg deze discussie met belangstelling.",
    "Wat mij helpt: na elk gesprek vijf minuten nemen om op te schrijven wat ik heb gehoord, "
    "voordat de volgende afspraak begint.",
    "Vraag ook wie er verder belangrijk is voor iemand. Een buurvrouw of een broer kan meer "
    "betekenen dan welke voorziening ook.",
    "Eens met de eerdere reacties. Ik zou nog toevoegen: beloof niets wat je niet zeker weet. Vertrouwen is snel weg.",
    "Bij ons werkt het om partners één keer per kwartaal samen te laten lunchen. Informeel, "
    "maar de lijnen worden er korter van.",
    "Mooi hoe je dat beschrijft. Het klinkt eenvoudig, maar in de praktijk vraagt het veel "
    "discipline van het hele team.",
    "We hebben goede ervaringen met een korte intervisie na lastige gesprekken. Een half uur per "
    "twee weken is al genoeg.",
    "Niet iedereen zit te wachten op een gesprek aan de keukentafel. Soms is een telefoontje of "
    "een appje een betere eerste stap.",
    "Hier in de regio hebben we hetzelfde geprobeerd. Het liep pas toen we een vaste trekker "
    "aanwezen die er tijd voor kreeg.",
    "Ik zou voorzichtig zijn met te veel tegelijk willen. Begin met één wijk en leer daar eerst van.",
    "Dank voor deze discussie. Ik heb er meer aan dan aan de meeste trainingen die ik dit jaar heb gevolgd.",
    "Leg vooraf vast wie wat doet, en spreek ook af wat je doet als het niet lukt. Dat tweede wordt vaak vergeten.",
    "Bij ons zijn de beste ideeën juist van inwoners gekomen. Vraag het ze gewoon, ze weten vaak "
    "precies wat er nodig is.",
    "Herkenbaar dat het vooral tijd kost. Wij hebben dat expliciet benoemd in het plan, zodat "
    "niemand verwacht dat het in een maand lukt.",
    "Vraag niet alleen naar problemen, maar ook naar wensen. Wat zou iemand over een jaar anders "
    "willen? Dat geeft richting.",
    "Wij merken dat humor helpt, mits je die voorzichtig gebruikt. Een lach kan het ijs breken "
    "als de spanning hoog is.",
    "Tip: nodig bij een nieuwe samenwerking ook de mensen uit de uitvoering uit, niet alleen de leidinggevenden.",
    "Ik zou graag meer horen over hoe jullie dit hebben geëvalueerd. Hebben jullie iets "
    "bijgehouden, of vooral verhalen verzameld?",
    "Let erop dat je de ander niet overspoelt met informatie. Eén folder meegeven is genoeg, de rest komt later.",
    "Een vaste plek in het wijkcentrum werkt goed, merken wij. Mensen lopen makkelijker binnen "
    "als ze weten dat er altijd iemand is. Het duurde wel een half jaar voordat de inloop echt "
    "op gang kwam, dus geef het de tijd voordat je conclusies trekt.",
    "Een valkuil die ik herken: te snel willen doorverwijzen. Soms is even blijven zitten en doorvragen meer waard.",
    "We hebben afgesproken dat we elkaar bij twijfel altijd eerst bellen in plaats van mailen. "
    "Dat scheelt veel misverstanden.",
    "Dit is precies waar ik ook tegenaan loop. Fijn om te zien dat het elders is gelukt, dat geeft hoop.",
    "Een simpel overzicht met namen, foto's en telefoonnummers van alle partners in de wijk heeft ons veel gebracht.",
    "Misschien een open deur, maar: vraag wat iemand zelf al heeft geprobeerd. Dan voorkom je "
    "dat je iets aanraadt wat al mislukt is.",
    "Ik zou er een ervaringsdeskundige bij betrekken voordat je het aanpakt. Die ziet dingen "
    "die wij als professionals missen.",
    "Mooi om te zien hoeveel verschillende manieren er zijn. Het laat wel zien dat er geen aanpak is die overal werkt.",
    "Wij spreken bij elk nieuw contact af hoe en wanneer we elkaar op de hoogte houden. Klinkt "
    "formeel, maar het werkt.",
    "Herkenbaar. Wat bij ons hielp: eerlijk zeggen dat we het ook niet weten, en samen uitzoeken wat er kan.",
    "Ik heb geleerd om altijd te vragen of iemand er nog iemand bij wil hebben. Een vertrouwd "
    "gezicht maakt het gesprek lichter.",
    "Goede aanvulling op wat eerder is gezegd. Ik denk dat het vooral om de houding gaat, meer dan om de methode.",
    "Sinds we één keer per maand samen situaties bespreken met alle partners aan tafel, loopt "
    "het een stuk soepeler. Belangrijk: iedereen brengt om de beurt iets in, zodat het niet "
    "altijd dezelfde organisatie is die praat en de rest die luistert.",
    "Probeer ook eens een gesprek buiten de deur, tijdens een wandeling. Naast elkaar lopen "
    "praat soms makkelijker dan tegenover elkaar zitten.",
    "Ik zou dit graag eens in het echt zien. Zou ik een keer mogen meelopen of aanschuiven bij jullie overleg?",
    "Let op het tempo. Wat voor ons een logische volgende stap is, voelt voor de ander soms als een grote sprong.",
    "Wij evalueren elk halfjaar met partners wat goed gaat en wat niet. Dat voorkomt dat ergernissen zich opstapelen.",
    "Dit is een goede vraag voor de volgende landelijke bijeenkomst. Ik denk dat veel gemeenten hier mee worstelen.",
    "Mijn ervaring: de eerste indruk bepaalt veel. Zorg dat je op tijd bent, je goed voorstelt "
    "en uitlegt waarom je er bent.",
    "Bij ons is het belangrijkste geweest dat we dezelfde taal gingen spreken. Wat de een "
    "'casus' noemt, is voor de ander een gezin.",
    "Een kleine tip: vraag of je mag terugbellen, in plaats van te zeggen dat je terugbelt. Het "
    "geeft de ander meer regie.",
    "Ook goed om te bedenken wat je níet doet. Een duidelijke grens maakt een samenwerking juist sterker.",
    "We hebben gemerkt dat een warme overdracht veel meer oplevert dan een doorverwijzing per "
    "mail. Het kost iets meer tijd, maar het werkt.",
    "Herkenbaar dat financiering een terugkerend probleem is. Het helpt om vroeg met de "
    "wethouder in gesprek te gaan, niet pas aan het eind.",
    "Ik zou bij de start ook vragen wat de ander van jou verwacht. Verwachtingen die niet "
    "uitgesproken worden, zorgen later voor teleurstelling.",
    "Dit ga ik onthouden, dank je voor het delen.",
    "Wat ons opviel: inwoners vinden het prettig als je terugkoppelt wat er met hun verhaal is "
    "gebeurd, ook als het antwoord nee is.",
    "Wees niet bang om stil te vallen in een gesprek. Vaak komt na een stilte pas het echte verhaal.",
    "Wij hebben een korte kaart gemaakt met vijf vragen die iedereen in het team gebruikt. Het "
    "zorgt voor rust en eenheid.",
    "Goed dat je dit aankaart. Ik denk dat we het te vaak hebben over structuren en te weinig "
    "over de mensen die het moeten doen.",
    "Een idee: laat partners een dag met elkaar meelopen. Je begrijpt elkaars werk veel beter "
    "als je het van dichtbij hebt gezien.",
    "Bij ons werkte het om klein te beginnen met één concreet gezamenlijk doel. Het vertrouwen groeide toen dat lukte.",
    "Ik vind het belangrijk om ook te vragen hoe iemand eerdere hulp heeft ervaren. Dat zegt "
    "veel over waar je op moet letten.",
    "We zijn gestopt met lange verslagen na een overleg. Drie zinnen met afspraken en wie wat "
    "doet, meer is niet nodig.",
    "Herkenbaar dat het soms wringt tussen beleid en uitvoering. Een trekker die in beide "
    "werelden thuis is, maakt dan veel verschil.",
    "Ik heb goede ervaringen met een vaste wijkagent bij ons overleg. Die kent de buurt en "
    "brengt vaak net een ander perspectief.",
    "Vraag jezelf af of je het gesprek voert voor de inwoner of voor het dossier. Dat helpt mij "
    "om de juiste vragen te stellen.",
    "Sluit ook af met een compliment als daar reden voor is. Mensen horen vaak vooral wat er misgaat.",
    "Mooie discussie. Het bevestigt voor mij dat je niet om kennis van de wijk heen kunt, hoe goed je plan ook is.",
    "Misschien iets om mee te nemen: zet de afspraken na een eerste overleg op één A4 en hang "
    "die op in het wijkcentrum.",
    "Bij ons hielp het dat partners elkaars telefoonnummer hadden in plaats van een algemeen "
    "nummer. Dan bel je elkaar echt.",
]


LONG_THREADS = [
    {
        "key": "beste-tip-eerste-keukentafelgesprek",
        "category": "toegang-en-integraal-werken",
        "title": "Wat is jouw beste tip voor een eerste keukentafelgesprek?",
        "author": "anouk.vandenheuvel@tilburg.example",
        "opening": (
            "In Tilburg willen we minder formulieren en meer gesprek aan de keukentafel. Voor "
            "ons nieuwe gespreksformat verzamel ik praktische tips van collega's, juist de "
            "kleine dingen die je niet in een training leert.\n\n"
            "Denk aan: hoe begin je, wat vraag je zeker wel en wat liever niet, hoe sluit je "
            "af, en wat doe je als het gesprek een andere kant op gaat dan je had verwacht?\n\n"
            "Eén tip per reactie is genoeg. Ik verzamel ze en deel de bundel later in deze "
            "discussie."
        ),
        "length": 260,
        "days_ago": 60,
    },
    {
        "key": "vraag-aan-nieuwe-samenwerkingspartner",
        "category": "werken-in-de-wijk",
        "title": "Welke vraag stel je altijd aan een nieuwe samenwerkingspartner?",
        "author": "luuk.janssen@venlo.example",
        "opening": (
            "Als wijkcoördinator in Venlo-Oost zit ik bijna elke maand aan tafel met een nieuwe "
            "partner: een corporatie, een sportclub, een huisartsenpraktijk of een groep "
            "bewoners met een plan. Ik merk dat het eerste gesprek veel bepaalt voor hoe de "
            "samenwerking daarna loopt.\n\n"
            "Ik heb zelf een vaste vraag: **wat wil je dat ik over een jaar over jullie zeg?** "
            "Welke vraag stel jij altijd, en waarom? Ik ben benieuwd naar jullie ervaringen, "
            "ook als een samenwerking juist niet van de grond kwam."
        ),
        "length": 180,
        "days_ago": 25,
    },
]
