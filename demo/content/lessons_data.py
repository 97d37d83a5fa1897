"""Demo lessons (lessen): what the knowledge institute distils from the learning practices."""

LESSONS = [
    {
        "slug": "vaste-contactpersoon-mag-doorbeslissen",
        "title": "Een vaste contactpersoon werkt pas als die ook mag doorbeslissen",
        "summary": (
            "In Zwolle en Arnhem bleek een vaste contactpersoon vooral waardevol als die "
            "zelf knopen mocht doorhakken. Zonder mandaat wordt de contactpersoon een "
            "doorgeefluik en haken inwoners alsnog af."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Zwolle krijgt elke inwoner die zich bij de voordeur meldt één "
                    "vaste contactpersoon. Inwoners waarderen dat: ze hoeven hun verhaal "
                    "niet steeds opnieuw te vertellen. Toch liep het vast zodra er iets "
                    "besloten moest worden. De contactpersoon moest dan terug naar een "
                    "teamleider of een collega van een ander loket, en de inwoner wachtte "
                    "opnieuw.\n\n"
                    "In Arnhem zagen we hetzelfde patroon. Pas toen contactpersonen "
                    "binnen afgesproken grenzen zelf mochten beslissen, bijvoorbeeld over "
                    "een tijdelijke voorziening, ging het sneller en voelden inwoners "
                    "zich serieus genomen."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Een vaste contactpersoon is bedoeld om vertrouwen en continuïteit te "
                    "bieden. Dat vertrouwen staat onder druk als de persoon tegenover je "
                    "steeds moet zeggen dat iemand anders erover gaat. Met mandaat kan de "
                    "professional beloftes waarmaken en maatwerk leveren, in plaats van "
                    "een aanvraag door te zetten en af te wachten. Het scheelt bovendien "
                    "overleg en dubbel werk binnen het team. Inwoners merken het verschil "
                    "direct: ze krijgen sneller duidelijkheid en hoeven minder vaak te "
                    "wachten op iemand die ze nooit hebben gezien."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Leg vast waarover een contactpersoon zelf mag beslissen, tot welk "
                    "bedrag of voor welke periode, en wanneer overleg nodig is. Begin "
                    "klein, bijvoorbeeld met tijdelijke oplossingen die later in een "
                    "formeel besluit worden omgezet. Bespreek in het team regelmatig een "
                    "paar casussen waarin het mandaat wel of niet genoeg was, en stel de "
                    "afspraken zo nodig bij.\n\n"
                    "Vergeet de achterkant niet. Als de administratie of inkoop besluiten van "
                    "contactpersonen steeds terugdraait, verdwijnt het vertrouwen snel, "
                    "bij inwoners en bij professionals."
                ),
            },
        ],
        "quote": {
            "text": ("Inwoners vroegen niet om een aardig gezicht, ze vroegen om iemand die kon zeggen: dit regel ik."),
            "by": "Trekker in Zwolle",
        },
        "themes": ["toegang", "integraal-werken"],
        "practices": ["zwolle-een-voordeur", "arnhem-een-huishouden-een-plan"],
        "dossiers": ["wat-werkt-bij-integraal-werken"],
        "days_ago": 34,
    },
    {
        "slug": "brede-vraagverheldering-tijd-vooraf",
        "title": ("Brede vraagverheldering kost tijd in het eerste gesprek en levert die later terug"),
        "summary": (
            "Wie in het eerste gesprek doorvraagt achter de aanvraag, voorkomt later "
            "nieuwe meldingen en losse trajecten. Dat vraagt wel ruimte in de agenda van "
            "de professional."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Zwolle en Leeuwarden begonnen veel gesprekken met een concrete "
                    "vraag: een traplift, hulp bij het huishouden, een formulier. "
                    "Professionals die de tijd namen om door te vragen, hoorden vaak een "
                    "ander verhaal. Over geldzorgen, een zieke partner of een kind dat "
                    "niet meer naar school gaat.\n\n"
                    "Die gesprekken duurden langer dan het team gewend was. Maar de "
                    "trekkers merkten dat dezelfde huishoudens daarna minder vaak opnieuw "
                    "aanklopten met een nieuwe, losse vraag."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "De eerste vraag van een inwoner is vaak de vraag waarvan hij denkt "
                    "dat die past bij het loket. Wie alleen die vraag beantwoordt, lost "
                    "een symptoom op. Een breed gesprek over wonen, geld, gezondheid, "
                    "werk en netwerk maakt zichtbaar wat er echt speelt en wat iemand "
                    "zelf al kan. Dat is ook de basis voor een plan dat de inwoner zelf "
                    "herkent en wil uitvoeren. Professionals gaven aan dat ze daardoor "
                    "ook eerder zagen welke hulp niet nodig was."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Plan voor een eerste gesprek bewust meer tijd in en stuur niet "
                    "alleen op het aantal afgehandelde meldingen. Geef professionals een "
                    "eenvoudige gesprekskaart met de leefgebieden, maar laat ze vrij in "
                    "de volgorde. En kijk bij de evaluatie niet alleen naar de duur van "
                    "het eerste contact, maar ook naar hoe vaak huishoudens binnen een "
                    "jaar terugkomen.\n\n"
                    "Bespreek ook hoe je omgaat met inwoners die alleen hun concrete "
                    "vraag beantwoord willen zien. Doorvragen is een aanbod, geen "
                    "verplichting."
                ),
            },
        ],
        "quote": None,
        "themes": ["toegang", "integraal-werken"],
        "practices": ["zwolle-een-voordeur", "leeuwarden-gebiedsteams"],
        "dossiers": ["wat-werkt-bij-integraal-werken"],
        "days_ago": 152,
    },
    {
        "slug": "signaal-betalingsachterstand-snel-opvolgen",
        "title": ("Een signaal over een betalingsachterstand is pas iets waard als je snel aanbelt"),
        "summary": (
            "Vroegsignalering van schulden levert alleen iets op als het signaal snel "
            "wordt opgevolgd, bij voorkeur met een huisbezoek. Een brief alleen bereikt "
            "juist de mensen met de grootste zorgen vaak niet."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "Midden-Groningen en Rotterdam ontvangen signalen van "
                    "woningcorporaties, zorgverzekeraars en energieleveranciers over "
                    "betalingsachterstanden. In beide gemeenten bleek dat een brief of "
                    "mail weinig reactie opleverde. Mensen met schulden openen post vaak "
                    "niet meer.\n\n"
                    "Wat wel werkte: binnen korte tijd langsgaan, met een korte, "
                    "vriendelijke boodschap en het aanbod om samen naar de post te "
                    "kijken. Hoe langer er tussen signaal en contact zat, hoe vaker de "
                    "achterstand al was opgelopen of er al een deurwaarder bij was."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Een achterstand is vaak nog overzichtelijk als hij net ontstaat. Er "
                    "is dan nog ruimte voor een betalingsregeling of een toeslag die niet "
                    "werd aangevraagd. Een persoonlijk bezoek doorbreekt bovendien de "
                    "schaamte en de neiging om problemen weg te stoppen. Het laat zien "
                    "dat er iemand is die wil helpen, niet iemand die komt innen.\n\n"
                    "De medewerkers in Midden-Groningen merkten ook dat het helpt als de "
                    "bezoeker niets hoeft te verkopen. Eerst kennismaken en luisteren, "
                    "pas daarna samen kijken wat nodig is."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Spreek een vaste termijn af waarbinnen een signaal wordt opgepakt en "
                    "organiseer de capaciteit daarvoor. Combineer een brief met een "
                    "huisbezoek en maak vooraf duidelijk wat de bezoeker mag aanbieden. "
                    "Houd bij hoeveel signalen tot een gesprek leiden: dat zegt meer dan "
                    "het aantal verstuurde brieven.\n\n"
                    "Maak ook afspraken met de partners die signalen sturen: hoe snel "
                    "geven zij een achterstand door, en hoe houd je hen op de hoogte van "
                    "wat er met hun signaal is gebeurd?"
                ),
            },
        ],
        "quote": {
            "text": "Aan de deur hoor je in vijf minuten meer dan in drie brieven.",
            "by": "Schuldhulpverlener in Midden-Groningen",
        },
        "themes": ["schuldhulpverlening", "aanpak-armoede"],
        "practices": [
            "midden-groningen-bestaanszekerheid",
            "rotterdam-vroegsignalering-schulden",
        ],
        "dossiers": ["wat-werkt-bij-schuldhulpverlening"],
        "days_ago": 12,
    },
    {
        "slug": "praat-over-rondkomen-niet-over-schulden",
        "title": "Praat over rondkomen, niet over schulden",
        "summary": (
            "Het woord schulden schrikt veel inwoners af. In Midden-Groningen kwamen meer "
            "mensen in beeld toen de gemeente het gesprek ging voeren over rondkomen en "
            "vaste lasten."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Midden-Groningen merkten medewerkers dat inwoners afhaakten zodra "
                    "het woord schuldhulpverlening viel. Veel mensen vonden dat ze geen "
                    "schulden hadden, of schaamden zich ervoor. Toen de gemeente haar "
                    "folders, website en gesprekken aanpaste en ging vragen of mensen "
                    "goed rondkwamen, veranderde dat.\n\n"
                    "Inwoners vertelden makkelijker over een hoge energierekening, een "
                    "auto die kapot ging of een eigen risico dat niet te betalen was. Zo "
                    "kwamen ook mensen in beeld die net boven de bijstandsgrens zitten."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Woorden bepalen of iemand zich aangesproken voelt. Schulden klinkt "
                    "als eigen schuld en als een probleem dat al groot is. Rondkomen is "
                    "iets waar veel huishoudens mee bezig zijn en waar je over kunt "
                    "praten zonder je te schamen. Dat maakt de stap naar hulp kleiner en "
                    "zorgt dat je eerder in beeld komt, als er nog meer mogelijk is. Het "
                    "sluit ook aan bij hoe inwoners zelf over hun situatie praten, en dat "
                    "maakt het gesprek gelijkwaardiger."
                ),
            },
            {
                "heading": "Let op",
                "text": (
                    "Een andere taal helpt alleen als de hulp erachter ook laagdrempelig "
                    "is. Wie na een gesprek over rondkomen toch eerst een dik "
                    "aanvraagformulier krijgt, haakt alsnog af. Toets nieuwe teksten "
                    "daarom met inwoners zelf, bijvoorbeeld met ervaringsdeskundigen, en "
                    "kijk ook naar wat er na het eerste contact gebeurt.\n\n"
                    "Blijf wel duidelijk over wat je kunt bieden. Een vriendelijk woord "
                    "mag niet verhullen dat er soms echt schulden zijn die om een formele "
                    "regeling vragen."
                ),
            },
        ],
        "quote": None,
        "themes": ["aanpak-armoede"],
        "practices": ["midden-groningen-bestaanszekerheid"],
        "dossiers": ["wat-werkt-bij-aanpak-armoede"],
        "days_ago": 88,
    },
    {
        "slug": "langer-beschikken-met-vinger-aan-de-pols",
        "title": "Langer beschikken geeft rust, als je de vinger aan de pols houdt",
        "summary": (
            "Leeuwarden gaf inwoners met een stabiele situatie een langere beschikking. "
            "Dat scheelde herindicaties en onrust, mits het gebiedsteam contact bleef "
            "houden."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Leeuwarden kregen inwoners met een blijvende beperking vaak een "
                    "beschikking voor een jaar. Elk jaar volgde een nieuw gesprek, met "
                    "dezelfde vragen en dezelfde uitkomst. Inwoners vonden dat belastend "
                    "en professionals zagen het als papierwerk.\n\n"
                    "De gebiedsteams gingen bij stabiele situaties langer beschikken. In "
                    "plaats van een herindicatie kwam er een kort, informeel "
                    "contactmoment, telefonisch of bij iemand thuis. Inwoners gaven aan "
                    "dat ze meer rust ervoeren en zich minder gecontroleerd voelden."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Een langere beschikking laat zien dat je iemand vertrouwt en dat je "
                    "de situatie serieus neemt. Het geeft inwoners ruimte om hun leven in "
                    "te richten zonder steeds de angst dat ondersteuning wegvalt. "
                    "Professionals houden tijd over voor situaties die wel veranderen.\n\n"
                    "Het korte contactmoment tussendoor bleek daarbij belangrijk. Zo "
                    "hoort het gebiedsteam toch als er iets verandert, bijvoorbeeld als "
                    "een mantelzorger uitvalt of de gezondheid achteruitgaat, en kan het "
                    "op tijd bijsturen."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Maak samen met de teams criteria voor situaties waarin langer "
                    "beschikken past. Spreek af wanneer en hoe er tussentijds contact is, "
                    "en leg vast dat de inwoner zelf altijd kan aangeven dat er iets "
                    "verandert. Betrek ook de afdeling financiën: langer beschikken "
                    "vraagt vertrouwen in de teams en een andere manier van sturen op "
                    "kosten.\n\n"
                    "Begin met een afgebakende groep en kijk na een jaar samen met de "
                    "teams en inwoners terug."
                ),
            },
        ],
        "quote": {
            "text": ("Mijn zoon wordt niet ineens beter. Dat ik dat niet elk jaar hoef uit te leggen, scheelt zoveel."),
            "by": "Moeder van een zoon met een beperking in Leeuwarden",
        },
        "themes": ["toegang", "eigen-regie"],
        "practices": ["leeuwarden-gebiedsteams"],
        "dossiers": ["wat-werkt-bij-eigen-regie"],
        "days_ago": 210,
    },
    {
        "slug": "mensgerichte-basishouding-leer-je-samen",
        "title": "Een mensgerichte basishouding leer je niet in één training",
        "summary": (
            "Leeuwarden en Zaanstad zagen dat een training over mensgericht werken een "
            "goed begin is, maar dat de houding pas beklijft als teams er structureel "
            "samen op reflecteren."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "Beide gemeenten startten met een training voor hun teams over een "
                    "mensgerichte basishouding: luisteren, aansluiten bij wat iemand zelf "
                    "wil en niet meteen in oplossingen denken. Na de training waren "
                    "medewerkers enthousiast. Een paar maanden later vielen veel van hen "
                    "terug in oude routines, vooral bij drukte.\n\n"
                    "Wat wel hielp, was een vast moment in het teamoverleg om één casus "
                    "te bespreken vanuit de vraag: hoe hebben we deze inwoner bejegend, "
                    "en wat had hij zelf gewild?"
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Een houding verandert niet door kennis alleen. Het gaat om "
                    "gewoontes, om wat collega's van elkaar verwachten en om wat de "
                    "organisatie beloont. Door regelmatig samen terug te kijken, wordt de "
                    "basishouding iets van het hele team. Zo blijft het ook overeind als "
                    "er nieuwe collega's bijkomen of als de werkdruk hoog is. In Zaanstad "
                    "gaven medewerkers aan dat ze zich ook gesteund voelden om bij drukte "
                    "toch even de tijd te nemen."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Zie een training als startpunt en plan vooraf hoe je het vervolg "
                    "borgt. Leidinggevenden spelen daarin een grote rol: als zij in "
                    "overleggen vooral naar productie vragen, krijgt de basishouding "
                    "weinig ruimte. Betrek ook inwoners of ervaringsdeskundigen bij de "
                    "reflectie; zij zien vaak scherper hoe de bejegening overkomt.\n\n"
                    "Houd het praktisch: een vaste agendaplek van twintig minuten werkt "
                    "beter dan een losse studiedag per jaar."
                ),
            },
        ],
        "quote": None,
        "themes": ["toegang", "implementatie"],
        "practices": ["leeuwarden-gebiedsteams", "zaanstad-eigen-regie"],
        "dossiers": ["wat-werkt-bij-implementatie"],
        "days_ago": 268,
    },
    {
        "slug": "ontmoeting-rond-samen-iets-doen",
        "title": "Ontmoeting werkt beter rond samen iets doen dan rond elkaar ontmoeten",
        "summary": (
            "Activiteiten die expliciet over eenzaamheid gaan, trekken weinig mensen. In "
            "Emmen kwamen inwoners wel naar plekken waar je samen iets doet, zoals koken, "
            "klussen of tuinieren."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Emmen organiseerden welzijn en de gemeente eerst "
                    "ontmoetingsmiddagen voor mensen die zich alleen voelen. De opkomst "
                    "bleef laag. Toen in twee wijken een kookgroep en een klusochtend "
                    "startten, zonder het woord eenzaamheid in de uitnodiging, kwamen er "
                    "wel mensen.\n\n"
                    "Deelnemers bleven na afloop vaak hangen voor koffie. Sommigen "
                    "spraken daarna ook buiten de activiteit met elkaar af. De "
                    "begeleiders merkten dat gesprekken over persoonlijke zorgen vanzelf "
                    "ontstonden, juist omdat dat niet het doel was."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Eenzaamheid is voor veel mensen iets om je voor te schamen. Naar een "
                    "activiteit gaan die daarover gaat, voelt als toegeven dat je eenzaam "
                    "bent. Samen iets doen geeft een reden om te komen en iets om over te "
                    "praten. Het geeft deelnemers ook een rol: ze leveren een bijdrage en "
                    "zijn niet alleen iemand die geholpen wordt.\n\n"
                    "De begeleiders in Emmen zagen dat vooral mannen makkelijker "
                    "aansloten bij een klus- of tuinactiviteit dan bij een koffieochtend."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Vraag bewoners wat ze graag doen of kunnen, en bouw activiteiten "
                    "daaromheen. Kies plekken dichtbij en zonder drempel, zoals een "
                    "buurthuis, bibliotheek of moestuin. Zorg dat er een vast gezicht is "
                    "dat mensen welkom heet en nieuwe deelnemers op weg helpt. En houd "
                    "vol: het duurt vaak maanden voordat een groep echt loopt.\n\n"
                    "Vraag ook huisartsen, wijkteams en vrijwilligers om mensen "
                    "persoonlijk mee te nemen."
                ),
            },
        ],
        "quote": {
            "text": (
                "Ik kwam voor de soep. Ik kom nu voor de mensen, maar dat had ik nooit gezegd als je het had gevraagd."
            ),
            "by": "Deelnemer kookgroep in Emmen",
        },
        "themes": ["eenzaamheid"],
        "practices": ["emmen-samen-minder-alleen"],
        "dossiers": ["wat-werkt-bij-eenzaamheid"],
        "days_ago": 45,
    },
    {
        "slug": "korte-lijn-huisarts-en-wijkteam",
        "title": "Tussen huisarts en wijkteam is een korte lijn meer waard dan een formulier",
        "summary": (
            "Huisartsen zien veel inwoners met vragen die niet medisch zijn. Emmen en "
            "Tiel merkten dat een vast aanspreekpunt in het wijkteam beter werkt dan een "
            "verwijsformulier."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Emmen kwamen via de huisarts en de praktijkondersteuner veel "
                    "mensen in beeld die zich eenzaam voelden of vastliepen met geld of "
                    "werk. In Tiel ging het om mantelzorgers die met klachten bij de "
                    "huisarts kwamen. In beide gemeenten bestond een formulier om door te "
                    "verwijzen, maar het werd weinig gebruikt.\n\n"
                    "Wat het verschil maakte: een medewerker van het wijkteam die op "
                    "vaste momenten in de huisartsenpraktijk aanwezig was en die de "
                    "huisarts ook gewoon kon bellen."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Huisartsen hebben weinig tijd en willen weten dat een doorverwijzing "
                    "ergens landt. Als ze de persoon in het wijkteam kennen, verwijzen ze "
                    "sneller en gerichter. Voor inwoners is de stap kleiner als de "
                    "huisarts zegt: ik ken iemand die je kan helpen, ze zit hier op "
                    "dinsdag. Samenwerking tussen zorg en sociaal domein staat of valt "
                    "met dit soort persoonlijke verbindingen. Een formulier kan die "
                    "verbinding ondersteunen, maar niet vervangen."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Investeer in kennismaking tussen wijkteams en huisartsenpraktijken, "
                    "en maak een vaste contactpersoon per praktijk. Spreek af hoe "
                    "terugkoppeling gaat, zodat de huisarts weet wat er met een "
                    "verwijzing gebeurt. Begin met een of twee praktijken die er zin in "
                    "hebben en laat hen hun ervaringen delen met collega's.\n\n"
                    "Houd er rekening mee dat een vaste aanwezigheid in de praktijk tijd "
                    "kost van het wijkteam. Maak die tijd expliciet vrij, anders is het "
                    "het eerste wat sneuvelt bij drukte."
                ),
            },
        ],
        "quote": {
            "text": ("Nu loop ik even bij de wijkcoach binnen. Vroeger wist ik niet eens wie ik moest bellen."),
            "by": "Huisarts in Emmen",
        },
        "themes": ["sociaal-en-gezond", "eenzaamheid"],
        "practices": ["emmen-samen-minder-alleen", "tiel-mantelzorg-in-beeld"],
        "dossiers": ["wat-werkt-bij-sociaal-en-gezond", "wat-werkt-bij-eenzaamheid"],
        "days_ago": 190,
    },
    {
        "slug": "aanbellen-zonder-afspraak-wanneer-wel",
        "title": "Aanbellen zonder afspraak: wanneer wel en wanneer niet?",
        "summary": (
            "Outreachend werken betekent niet altijd onaangekondigd op de stoep staan. "
            "Lelystad leerde dat een goede voorbereiding en een heldere reden bepalen of "
            "een huisbezoek als hulp of als controle voelt."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Lelystad gaan medewerkers langs bij inwoners over wie een signaal "
                    "binnenkomt, bijvoorbeeld over een huurachterstand. Soms werd dat "
                    "goed ontvangen, soms ging de deur meteen weer dicht. Het verschil "
                    "zat niet in de inwoner, maar in de aanpak.\n\n"
                    "Bezoeken werkten beter als er vooraf een kaartje in de bus was "
                    "gedaan met een naam en foto, als de bezoeker een concrete reden kon "
                    "noemen en als het gesprek begon met wat de inwoner zelf belangrijk "
                    "vond."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Onaangekondigd bezoek kan bedreigend voelen, zeker voor mensen die "
                    "eerder slechte ervaringen hadden met instanties. Een aankondiging en "
                    "een herkenbaar gezicht maken het bezoek voorspelbaar. Een concrete "
                    "aanleiding zorgt dat het niet voelt als controle. En beginnen bij de "
                    "inwoner zelf laat zien dat het om hem gaat, niet om de organisatie. "
                    "Dat maakt de kans groter dat er een tweede gesprek volgt, ook als "
                    "het eerste kort was."
                ),
            },
            {
                "heading": "Let op",
                "text": (
                    "Soms is direct langsgaan wel nodig, bijvoorbeeld als er zorgen zijn "
                    "over veiligheid of een dreigende huisuitzetting. Spreek in het team "
                    "af wanneer je van de standaardaanpak afwijkt. En wees eerlijk over "
                    "waar het signaal vandaan komt: inwoners voelen het als je eromheen "
                    "draait, en dat kost vertrouwen.\n\n"
                    "Zorg ook voor de veiligheid van medewerkers: ga bij twijfel met zijn "
                    "tweeën en laat weten waar je bent."
                ),
            },
        ],
        "quote": None,
        "themes": ["outreachend-werken"],
        "practices": ["lelystad-erop-af"],
        "dossiers": ["wat-werkt-bij-outreachend-werken"],
        "days_ago": 121,
    },
    {
        "slug": "vaker-terugkomen-opent-de-deur",
        "title": "Wie vaker terugkomt, krijgt de deur open",
        "summary": (
            "Bij outreachend werken rond schulden gaat de deur vaak pas bij het tweede of "
            "derde bezoek open. Lelystad en Midden-Groningen leerden om daar tijd en "
            "geduld voor in te plannen."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Lelystad en Midden-Groningen werd bij het eerste bezoek vaak niet "
                    "opengedaan, of de inwoner zei dat alles in orde was. Medewerkers die "
                    "het daarbij lieten, zagen dezelfde naam een paar maanden later terug "
                    "met een grotere achterstand.\n\n"
                    "Medewerkers die een tweede en soms derde keer langskwamen, steeds "
                    "met een korte en vriendelijke boodschap, kwamen vaker binnen. "
                    "Inwoners vertelden later dat ze het eerste bezoek spannend vonden, "
                    "maar dat het hielp dat dezelfde persoon terugkwam."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Vertrouwen bouw je niet in één keer op. Mensen met geldzorgen hebben "
                    "vaak al veel teleurstelling meegemaakt en zijn wantrouwig. Herhaald "
                    "contact met dezelfde persoon laat zien dat het menens is en dat er "
                    "geen oordeel volgt. Het geeft de inwoner ook tijd om zelf te "
                    "besluiten dat hij hulp wil.\n\n"
                    "Daarnaast leert de medewerker bij elk bezoek iets meer over de "
                    "situatie, bijvoorbeeld via buren of de post in de bus."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Plan standaard meerdere contactpogingen in en laat ze zo mogelijk "
                    "door dezelfde medewerker doen. Tel niet alleen het aantal "
                    "gesprekken, maar ook het aantal pogingen, zodat de inzet zichtbaar "
                    "wordt. Spreek af wanneer je stopt en hoe je dat doet, bijvoorbeeld "
                    "met een kaartje waarop staat dat de deur altijd openstaat.\n\n"
                    "Bespreek met financiers dat dit werk tijd kost die niet altijd "
                    "direct resultaat oplevert."
                ),
            },
        ],
        "quote": {
            "text": "De derde keer zei ze: kom maar binnen, je geeft het toch niet op.",
            "by": "Outreachend medewerker in Lelystad",
        },
        "themes": ["outreachend-werken", "schuldhulpverlening"],
        "practices": ["lelystad-erop-af", "midden-groningen-bestaanszekerheid"],
        "dossiers": [
            "wat-werkt-bij-outreachend-werken",
            "wat-werkt-bij-schuldhulpverlening",
        ],
        "days_ago": 331,
    },
    {
        "slug": "een-plan-begint-met-een-gesprek",
        "title": "Eén plan per huishouden begint bij één gesprek met alle betrokkenen",
        "summary": (
            "In Arnhem kwam een gezamenlijk plan pas echt van de grond toen het "
            "huishouden en alle betrokken professionals samen aan tafel zaten, in plaats "
            "van dat plannen op papier werden samengevoegd."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "Huishoudens in Arnhem met problemen op meerdere terreinen hadden "
                    "vaak vijf of meer hulpverleners, elk met een eigen plan. De eerste "
                    "poging was om die plannen op papier samen te voegen. Dat leverde een "
                    "lang document op waarin de inwoner zich niet herkende.\n\n"
                    "Het werkte beter om één gesprek te organiseren met het huishouden en "
                    "alle betrokkenen. Het huishouden bepaalde wat het belangrijkste was, "
                    "en de professionals spraken af wie wat deed. Het plan paste daarna "
                    "op één A4."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Een gezamenlijk gesprek maakt zichtbaar waar hulp elkaar tegenwerkt "
                    "of overlapt. Professionals horen van elkaar wat ze doen, en het "
                    "huishouden hoort één verhaal in plaats van vijf. Omdat het "
                    "huishouden zelf de prioriteit bepaalt, is het plan ook van hen. Dat "
                    "vergroot de kans dat afspraken worden nagekomen.\n\n"
                    "Professionals in Arnhem merkten ook dat ze na zo'n gesprek "
                    "makkelijker contact met elkaar opnamen. Ze kenden elkaar, en dat "
                    "maakte latere afstemming sneller."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Maak het makkelijk om zo'n gesprek te organiseren: wie mag het "
                    "bijeenroepen, en hoe zorg je dat partners komen? Leg afspraken vast "
                    "over privacy en het delen van informatie, met toestemming van het "
                    "huishouden. Houd het plan kort en in begrijpelijke taal, en plan "
                    "vooraf een moment om samen terug te kijken.\n\n"
                    "Een goede gespreksleider die niet zelf de hulp biedt, helpt om het "
                    "gesprek bij het huishouden te houden."
                ),
            },
        ],
        "quote": None,
        "themes": ["integraal-werken"],
        "practices": ["arnhem-een-huishouden-een-plan"],
        "dossiers": ["wat-werkt-bij-integraal-werken"],
        "days_ago": 382,
    },
    {
        "slug": "procesregie-is-een-rol",
        "title": "Procesregie is een rol, geen functie: spreek af wie hem draagt",
        "summary": (
            "Arnhem en Nieuwegein zagen dat procesregie vastloopt als iedereen denkt dat "
            "een ander de regie heeft. Wie de rol krijgt, hangt af van de situatie, maar "
            "het moet altijd expliciet zijn."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In beide gemeenten werkten veel partijen rond dezelfde huishoudens "
                    "of dezelfde straat. Bij evaluaties bleek regelmatig dat niemand het "
                    "overzicht had. Iedereen deed zijn deel goed, maar afspraken liepen "
                    "door elkaar en niemand voelde zich verantwoordelijk voor het geheel.\n\n"
                    "Arnhem koos ervoor om bij elk huishouden expliciet een "
                    "procesregisseur te benoemen. Nieuwegein deed hetzelfde in het "
                    "wijkoverleg over overlast. Dat hoefde niet steeds de gemeente te "
                    "zijn."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Procesregie gaat over het bewaken van samenhang: wie doet wat, "
                    "wanneer kijken we terug, wat als het vastloopt. Dat is een rol die "
                    "past bij de professional met de beste relatie of de meeste kennis "
                    "van de situatie. Door het expliciet te maken, weet iedereen bij wie "
                    "je terecht kunt. Dat voorkomt dat signalen blijven liggen. In "
                    "Nieuwegein hielp het ook dat partners wisten wie ze konden "
                    "aanspreken als afspraken niet werden nagekomen."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Spreek bij de start van elke samenwerking af wie de procesregie "
                    "heeft en wat dat inhoudt. Geef die persoon het mandaat om partners "
                    "aan te spreken. Zorg dat de rol kan worden overgedragen als de "
                    "situatie verandert, en leg dat vast. Als gemeente kun je vaak het "
                    "best de randvoorwaarden regelen, ook als je de regie zelf niet "
                    "draagt.\n\n"
                    "Vraag bij evaluaties steeds: was duidelijk wie de regie had, en wist "
                    "het huishouden dat ook?"
                ),
            },
        ],
        "quote": {
            "text": ("We dachten allemaal dat een ander het overzicht had. Dat bleek niemand te zijn."),
            "by": "Wijkcoördinator in Nieuwegein",
        },
        "themes": ["integraal-werken", "toegang"],
        "practices": ["arnhem-een-huishouden-een-plan", "nieuwegein-wijkaanpak"],
        "dossiers": ["wat-werkt-bij-integraal-werken"],
        "days_ago": 298,
    },
    {
        "slug": "mantelzorgers-herken-je-niet-aan-hun-vraag",
        "title": "Mantelzorgers herken je niet aan de vraag die ze stellen",
        "summary": (
            "Veel mantelzorgers zien zichzelf niet als mantelzorger en vragen zelden om "
            "ondersteuning. In Tiel kwamen ze in beeld door bij andere vragen door te "
            "vragen naar de zorg voor een naaste."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "Het mantelzorgsteunpunt in Tiel kreeg weinig aanmeldingen, terwijl "
                    "de gemeente wist dat er veel mensen voor een naaste zorgen. Toen "
                    "medewerkers van het wijkteam, de bibliotheek en de thuiszorg bij "
                    "andere gesprekken vroegen of iemand voor een ander zorgt, kwamen er "
                    "veel meer mantelzorgers in beeld.\n\n"
                    "Ze meldden zich vaak met iets heel anders: vermoeidheid, geldzorgen, "
                    "problemen op het werk. De zorg voor een ouder of partner kwam pas "
                    "ter sprake als ernaar werd gevraagd."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Voor veel mensen is zorgen voor een naaste vanzelfsprekend. Het "
                    "woord mantelzorger past niet bij hoe ze zichzelf zien. Daardoor "
                    "zoeken ze ook geen ondersteuning, totdat het te zwaar wordt. Door er "
                    "bij andere vragen naar te vragen, signaleer je overbelasting eerder "
                    "en kun je iemand op tijd wijzen op respijtzorg of een "
                    "lotgenotengroep. In Tiel bleek de vraag ook een opening voor een "
                    "gesprek over hoe het met de mantelzorger zelf gaat."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Voeg een eenvoudige vraag over zorgen voor een ander toe aan intake- "
                    "en keukentafelgesprekken, ook buiten het mantelzorgbeleid. Train "
                    "medewerkers van partners in de wijk om die vraag te stellen. En zorg "
                    "dat er na het signaal een warme overdracht is naar het steunpunt, in "
                    "plaats van alleen een folder.\n\n"
                    "Kies woorden die aansluiten bij hoe mensen zichzelf zien. Vraag "
                    "bijvoorbeeld: zorgt u voor iemand in uw omgeving? In plaats van: "
                    "bent u mantelzorger?"
                ),
            },
        ],
        "quote": {
            "text": ("Ik ben gewoon haar dochter. Dat ik mantelzorger ben, hoorde ik pas van jullie."),
            "by": "Mantelzorger in Tiel",
        },
        "themes": ["mantelzorg", "sociaal-en-gezond"],
        "practices": ["tiel-mantelzorg-in-beeld"],
        "dossiers": ["wat-werkt-bij-mantelzorg"],
        "days_ago": 26,
    },
    {
        "slug": "signalen-over-mantelzorgers-delen",
        "title": ("Hoe deel je signalen over overbelaste mantelzorgers zonder de privacy te schaden?"),
        "summary": (
            "Thuiszorg, apotheek en huisarts zien vaak als eerste dat een mantelzorger "
            "het zwaar heeft. Tiel zocht uit hoe je die signalen opvolgt met toestemming "
            "en zonder achter iemands rug om te werken."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "Wijkverpleegkundigen en thuiszorgmedewerkers in Tiel zagen "
                    "regelmatig dat een partner of kind het niet meer volhield. Ze wisten "
                    "alleen niet goed of ze dat mochten doorgeven, en aan wie. Daardoor "
                    "bleven signalen liggen.\n\n"
                    "In de lerende praktijk spraken partners af dat zij de mantelzorger "
                    "zelf vragen of die contact wil met het steunpunt. Bij een ja geven "
                    "ze naam en telefoonnummer door en belt het steunpunt binnen een paar "
                    "dagen."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Door toestemming te vragen, blijft de mantelzorger zelf aan zet. Dat "
                    "past bij de AVG, maar het is ook prettiger: niemand wil horen dat "
                    "anderen over hem hebben gepraat. Omdat de vraag komt van iemand die "
                    "de mantelzorger al kent en vertrouwt, is de kans groter dat die ja "
                    "zegt.\n\n"
                    "Voor de partners zelf gaf de afspraak ook duidelijkheid. Ze hoefden "
                    "niet meer te twijfelen of ze iets mochten doorgeven: als de "
                    "mantelzorger ja zegt, is de weg helder. Zegt iemand nee, dan laten "
                    "ze het daarbij en vragen ze het later nog eens."
                ),
            },
            {
                "heading": "Let op",
                "text": (
                    "Maak de afspraak eenvoudig en schriftelijk, zodat ook nieuwe "
                    "medewerkers weten wat ze mogen doen. Laat je privacyfunctionaris "
                    "meekijken. En zorg dat het steunpunt de capaciteit heeft om snel te "
                    "bellen. Als er na een signaal weken niets gebeurt, stoppen partners "
                    "met doorgeven.\n\n"
                    "Houd bovendien zicht op mantelzorgers die niet in beeld zijn bij "
                    "zorgverleners, bijvoorbeeld jonge mantelzorgers of mensen die op "
                    "afstand voor een ouder zorgen. Zij hebben andere ingangen nodig."
                ),
            },
        ],
        "quote": None,
        "themes": ["mantelzorg"],
        "practices": ["tiel-mantelzorg-in-beeld"],
        "dossiers": ["wat-werkt-bij-mantelzorg"],
        "days_ago": 139,
    },
    {
        "slug": "regiehulp-soms-meer-doen",
        "title": "Regiehulp betekent soms juist meer doen voor iemand, niet minder",
        "summary": (
            "Eigen regie wordt soms opgevat als: de inwoner moet het zelf doen. Zaanstad "
            "leerde dat wie tijdelijk taken overneemt, iemand juist helpt om de regie "
            "terug te krijgen."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "Professionals in Zaanstad vertelden dat ze inwoners vaak zelf "
                    "formulieren lieten invullen of instanties lieten bellen, vanuit het "
                    "idee van eigen regie. Bij inwoners met veel stress of weinig "
                    "taalvaardigheid gebeurde dat dan niet, en liep het verder vast.\n\n"
                    "Wijkcoaches die in het begin meer overnamen, bijvoorbeeld samen "
                    "bellen of een aanvraag samen afmaken, zagen dat inwoners daarna "
                    "vaker zelf stappen zetten. Eerst rust, dan ruimte om zelf te kiezen."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Eigen regie gaat over zeggenschap: de inwoner bepaalt wat er "
                    "gebeurt. Dat is iets anders dan alles zelf uitvoeren. Wie onder "
                    "grote druk staat, heeft weinig ruimte in zijn hoofd voor plannen en "
                    "regelen. Door tijdelijk taken over te nemen, komt die ruimte terug. "
                    "Belangrijk is dat de keuzes bij de inwoner blijven liggen.\n\n"
                    "Wijkcoaches merkten dat inwoners het overnemen niet als betutteling "
                    "ervoeren, zolang ze zelf bepaalden wat er gebeurde."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Bespreek met teams wat eigen regie in de praktijk betekent, en maak "
                    "het verschil tussen zeggenschap en zelf doen expliciet. Geef "
                    "professionals ruimte om in het begin meer te doen, en spreek af hoe "
                    "ze dat afbouwen. Vraag inwoners regelmatig of ze nog het gevoel "
                    "hebben dat zij de koers bepalen.\n\n"
                    "Let ook op de eigen regels: soms zijn procedures zo ingewikkeld dat "
                    "geen inwoner ze zonder hulp kan doorlopen."
                ),
            },
        ],
        "quote": {
            "text": (
                "Ze hoefde niet alles zelf te doen. Ze moest alleen weer het gevoel krijgen dat het haar leven was."
            ),
            "by": "Wijkcoach in Zaanstad",
        },
        "themes": ["eigen-regie"],
        "practices": ["zaanstad-eigen-regie"],
        "dossiers": ["wat-werkt-bij-eigen-regie"],
        "days_ago": 72,
    },
    {
        "slug": "afspraken-met-schuldeisers-op-de-werkvloer",
        "title": "Afspraken met schuldeisers moeten ook op de werkvloer landen",
        "summary": (
            "Rotterdam maakte afspraken met woningcorporaties en energieleveranciers over "
            "het delen van signalen. Het verschil ontstond pas toen ook de medewerkers "
            "aan beide kanten elkaar kenden."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Rotterdam waren er al convenanten met verhuurders, "
                    "zorgverzekeraars en energieleveranciers over vroegsignalering. Op "
                    "papier was alles geregeld. Toch kwamen signalen laat, onvolledig of "
                    "bij de verkeerde afdeling binnen.\n\n"
                    "De lerende praktijk organiseerde bijeenkomsten waar "
                    "incassomedewerkers en schuldhulpverleners elkaar ontmoetten. Daarna "
                    "namen medewerkers vaker direct contact op en werd de kwaliteit van "
                    "de signalen beter."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Een convenant regelt wat mag, maar niet hoe mensen met elkaar "
                    "omgaan. Als je weet wie er aan de andere kant zit en wat die met een "
                    "signaal doet, is de stap om iets door te geven kleiner. Wederzijds "
                    "begrip helpt ook bij lastige situaties, zoals het tijdelijk "
                    "stilzetten van incasso terwijl er een oplossing wordt gezocht.\n\n"
                    "Schuldeisers hebben er zelf ook belang bij: een regeling levert meer "
                    "op dan een vordering die blijft oplopen."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Organiseer naast bestuurlijke afspraken ook ontmoetingen tussen "
                    "uitvoerders. Maak per partner een vast aanspreekpunt en houd een "
                    "korte, actuele lijst bij. Geef partners terugkoppeling over wat er "
                    "met hun signalen is gebeurd, zonder privacygevoelige details. Dat "
                    "motiveert om signalen te blijven delen.\n\n"
                    "Herhaal de ontmoetingen: bij partners wisselen medewerkers vaak, en "
                    "dan verdwijnt de korte lijn weer."
                ),
            },
        ],
        "quote": None,
        "themes": ["schuldhulpverlening"],
        "practices": ["rotterdam-vroegsignalering-schulden"],
        "dossiers": ["wat-werkt-bij-schuldhulpverlening"],
        "days_ago": 241,
    },
    {
        "slug": "dialoog-begin-eerder-en-kleiner",
        "title": "Wacht met een dialoog niet tot de spanning hoog is: begin eerder en kleiner",
        "summary": (
            "Een grote bewonersavond als de emoties al hoog oplopen, levert vaak vooral "
            "verharding op. Gouda leerde om eerder te beginnen met kleine gesprekken in "
            "de wijk."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Gouda organiseerde de gemeente een avond over een omstreden plan "
                    "in de wijk. De zaal zat vol, maar het gesprek werd gedomineerd door "
                    "een kleine groep. Andere bewoners gingen teleurgesteld naar huis en "
                    "de tegenstellingen leken daarna groter.\n\n"
                    "Bij een volgend onderwerp koos de lerende praktijk voor kleine "
                    "gesprekken aan keukentafels en in het buurthuis, begeleid door "
                    "opbouwwerkers. Die begonnen ruim voordat er een besluit lag."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "In een kleine groep kunnen mensen hun verhaal doen en luisteren naar "
                    "anderen zonder publiek. Dat verlaagt de neiging om standpunten te "
                    "verdedigen. Wie vroeg begint, praat nog over zorgen en wensen, niet "
                    "alleen over voor of tegen. Zo ontstaat ruimte voor nuance en voor "
                    "onderling begrip.\n\n"
                    "Bewoners die normaal niet naar een zaalbijeenkomst komen, "
                    "bijvoorbeeld jongeren of mensen die de taal minder goed spreken, "
                    "doen in een klein gesprek wel mee."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Investeer in een netwerk van sleutelfiguren en opbouwwerkers die "
                    "spanningen vroeg opmerken. Kies bij gevoelige onderwerpen voor "
                    "meerdere kleine gesprekken in plaats van één grote avond. Zorg voor "
                    "een goede gespreksleider die neutraal is. En wees vooraf duidelijk "
                    "over wat er nog te beïnvloeden valt.\n\n"
                    "Een grote avond kan later nog steeds zinvol zijn, om samen te delen "
                    "wat er in de kleine gesprekken is opgehaald."
                ),
            },
        ],
        "quote": {
            "text": "Aan de keukentafel zei niemand dat de ander gek was. In de zaal wel.",
            "by": "Opbouwwerker in Gouda",
        },
        "themes": ["polarisatie"],
        "practices": ["gouda-dialoog-in-de-wijk"],
        "dossiers": [],
        "days_ago": 55,
    },
    {
        "slug": "terugkoppelen-wat-er-met-inbreng-gebeurt",
        "title": ("Bewoners laten meepraten vraagt dat je terugkoppelt wat je met hun inbreng deed"),
        "summary": (
            "Bewoners haken af als ze niet horen wat er met hun ideeën is gebeurd. In "
            "Gouda bleef de betrokkenheid hoger toen de gemeente vaste momenten van "
            "terugkoppeling inbouwde, ook als het antwoord nee was."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "Na de eerste gesprekken in de wijk kwam in Gouda de vraag van "
                    "bewoners: wat is er eigenlijk gedaan met wat we hebben gezegd? "
                    "Niemand wist het precies. Een deel van de bewoners kwam bij een "
                    "volgende bijeenkomst niet meer.\n\n"
                    "De lerende praktijk maakte daarna na elk gesprek een korte "
                    "terugkoppeling: wat we hoorden, wat we ermee doen en wat niet, en "
                    "waarom. Die ging per post, via de wijkkrant en mondeling via "
                    "sleutelfiguren."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Meepraten kost bewoners tijd en soms moed. Als er daarna niets "
                    "gebeurt, voelen ze zich niet serieus genomen. Terugkoppeling laat "
                    "zien dat hun inbreng is gelezen en gewogen. Ook een eerlijk nee "
                    "wordt vaak beter ontvangen dan stilte, zeker als je uitlegt waarom.\n\n"
                    "In Gouda merkten de opbouwwerkers dat bewoners die een "
                    "terugkoppeling hadden gekregen, vaker terugkwamen en ook buren "
                    "meenamen. De terugkoppeling werd zo een uitnodiging voor het "
                    "volgende gesprek."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Plan de terugkoppeling al in bij de start van een "
                    "participatietraject. Wijs iemand aan die er verantwoordelijk voor "
                    "is. Gebruik kanalen die bewoners echt bereiken en schrijf in gewone "
                    "taal. Betrek bewoners of cliëntenraden bij het controleren of de "
                    "terugkoppeling begrijpelijk en volledig is.\n\n"
                    "Houd het kort: één pagina is genoeg, als er maar duidelijk in staat "
                    "wat er met de inbreng gebeurt en wanneer bewoners weer van je horen."
                ),
            },
        ],
        "quote": None,
        "themes": ["clientenparticipatie", "polarisatie"],
        "practices": ["gouda-dialoog-in-de-wijk"],
        "dossiers": ["wat-werkt-bij-clientenparticipatie"],
        "days_ago": 163,
    },
    {
        "slug": "signalen-ondermijning-bij-wijkteam",
        "title": "Signalen van ondermijning komen vaak binnen bij het wijkteam",
        "summary": (
            "Wijkprofessionals zien dingen die wijzen op criminele uitbuiting of misbruik "
            "van kwetsbare inwoners. Heerlen leerde hoe je die signalen opvangt zonder "
            "dat het vertrouwen van inwoners verloren gaat."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Heerlen vertelden wijkcoaches en schuldhulpverleners over "
                    "inwoners die hun woning of bankrekening ter beschikking stelden aan "
                    "anderen, vaak onder druk of vanwege schulden. Ze wisten niet goed "
                    "wat ze met die informatie moesten. Ze waren bang het vertrouwen van "
                    "de inwoner te beschamen of zelf in gevaar te komen.\n\n"
                    "De lerende praktijk zette een vast overleg op tussen wijkteam, "
                    "gemeente en politie, met duidelijke afspraken over wat wel en niet "
                    "wordt gedeeld."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Ondermijning en kwetsbaarheid hangen vaak samen. Wie alleen vanuit "
                    "veiligheid kijkt, ziet de inwoner als dader. Wie alleen vanuit zorg "
                    "kijkt, mist het patroon. Samenwerking met heldere rollen maakt het "
                    "mogelijk om de inwoner te helpen en tegelijk de criminele invloed "
                    "aan te pakken.\n\n"
                    "Voor professionals geeft een vast overleg ook rust. Ze hoeven niet "
                    "langer alleen te beslissen wat ze met een zorg doen."
                ),
            },
            {
                "heading": "Wat je als gemeente kunt doen",
                "text": (
                    "Zorg dat wijkprofessionals weten waar ze met zorgen terechtkunnen en "
                    "wat er daarna gebeurt. Geef ze basiskennis over signalen van "
                    "ondermijning. Maak afspraken over informatiedeling die passen binnen "
                    "de wet, en bescherm medewerkers door signalen via de gemeente te "
                    "laten lopen in plaats van op hun naam.\n\n"
                    "Betrek ook de woningcorporatie en de schuldhulpverlening bij het "
                    "overleg, omdat zij vaak als eerste iets merken."
                ),
            },
        ],
        "quote": {
            "text": (
                "Ik zag het al maanden, maar ik wist niet bij wie ik het kwijt kon zonder mijn cliënt te verraden."
            ),
            "by": "Wijkcoach in Heerlen",
        },
        "themes": ["ondermijning", "integraal-werken"],
        "practices": ["heerlen-weerbare-wijken"],
        "dossiers": ["wat-werkt-bij-integraal-werken"],
        "days_ago": 104,
    },
    {
        "slug": "overlast-kijk-naar-de-veroorzaker",
        "title": "Bij overlast helpt het om ook te kijken naar wat er met de veroorzaker is",
        "summary": (
            "Overlast wordt vaak behandeld als een conflict tussen buren. In Nieuwegein "
            "bleek dat achter veel aanhoudende overlast een inwoner met eigen problemen "
            "zat, die ondersteuning nodig had."
        ),
        "sections": [
            {
                "heading": "Wat we zagen",
                "text": (
                    "In Nieuwegein kwamen klachten over geluid, vervuiling en ruzie "
                    "binnen bij de woningcorporatie, de wijkagent en de gemeente. Elk "
                    "pakte de klacht op zijn eigen manier op. Waarschuwingen en "
                    "bemiddeling hielpen soms even, maar de overlast kwam terug.\n\n"
                    "Toen partners in het wijkoverleg samen keken naar de huishoudens "
                    "achter de klachten, bleek het vaak om mensen te gaan met psychische "
                    "problemen, verslaving of schulden. Pas met ondersteuning voor hen "
                    "nam de overlast af."
                ),
            },
            {
                "heading": "Waarom dit werkt",
                "text": (
                    "Overlast is vaak een signaal dat iemand het zelf niet meer redt. Wie "
                    "alleen op de klacht reageert, bestrijdt het gevolg. Door ook de "
                    "veroorzaker te zien als iemand die hulp nodig heeft, pak je de "
                    "oorzaak aan. Dat helpt de buurt en voorkomt escalatie, zoals een "
                    "huisuitzetting.\n\n"
                    "In Nieuwegein hielp het dat partners vooraf een gezamenlijk beeld "
                    "maakten van het huishouden. Zo werd duidelijk wie al contact had, "
                    "wat er eerder was geprobeerd en welke hulp nog ontbrak."
                ),
            },
            {
                "heading": "Let op",
                "text": (
                    "Aandacht voor de veroorzaker mag niet betekenen dat klagers zich "
                    "niet gehoord voelen. Houd ook contact met de buren en laat weten dat "
                    "er iets gebeurt, zonder privacygevoelige details. En spreek af wie "
                    "de procesregie heeft, zodat zorg en handhaving elkaar niet in de weg "
                    "zitten.\n\n"
                    "Soms is handhaving nodig naast hulp. Het gaat erom dat je die twee "
                    "bewust op elkaar afstemt en de inwoner uitlegt waarom."
                ),
            },
        ],
        "quote": None,
        "themes": ["overlast", "integraal-werken"],
        "practices": ["nieuwegein-wijkaanpak"],
        "dossiers": ["wat-werkt-bij-integraal-werken"],
        "days_ago": 360,
    },
]
