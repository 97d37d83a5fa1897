DOSSIERS = [
    {
        "slug": "wat-werkt-bij-eigen-regie",
        "theme": "eigen-regie",
        "title": "Wat werkt bij eigen regie",
        "intro": (
            "Eigen regie betekent dat inwoners zelf zoveel mogelijk richting geven aan "
            "hun leven en aan de hulp die ze krijgen. Voor gemeenten is dat een "
            "uitgangspunt in de Wmo en de Participatiewet, maar in de praktijk is het "
            "lastig: niet iedereen kan of wil alles zelf regelen. Dit dossier laat zien "
            "welke factoren helpen om eigen regie echt te ondersteunen, met tips en "
            "hulpmiddelen voor professionals en beleidsmakers."
        ),
        "factors": [
            {
                "title": "Aansluiten bij wat iemand zelf belangrijk vindt",
                "text": (
                    "Eigen regie begint bij de vraag wat iemand zelf wil bereiken, niet "
                    "bij het aanbod van de gemeente. Als doelen in de eigen woorden van "
                    "de inwoner staan, is de kans groter dat iemand gemotiveerd blijft. "
                    "Professionals die eerst luisteren en pas later oplossingen "
                    "bespreken, zien vaker dat afspraken ook worden nagekomen."
                ),
                "in_practice": (
                    "Schrijf het doel in het plan op in de woorden van de inwoner zelf "
                    "en lees het samen hardop voor voordat je het plan afrondt."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Een gelijkwaardige werkrelatie",
                "text": (
                    "De kwaliteit van de relatie tussen inwoner en professional is een "
                    "van de best onderzochte factoren in hulpverlening. Wederzijds "
                    "vertrouwen, respect en overeenstemming over doelen hangen samen met "
                    "betere uitkomsten. In de praktijk betekent dit: eerlijk zijn over "
                    "wat wel en niet kan, en de inwoner behandelen als deskundige over "
                    "zijn eigen leven."
                ),
                "in_practice": (
                    "Vraag aan het eind van een gesprek kort: 'Hadden we het vandaag "
                    "over wat voor jou belangrijk is?' en neem het antwoord serieus."
                ),
                "evidence": "sterk",
            },
            {
                "title": "Regiehulp als eigen regie tekortschiet",
                "text": (
                    "Sommige inwoners hebben tijdelijk of blijvend hulp nodig om regie "
                    "te voeren, bijvoorbeeld door stress, schulden of een beperking. "
                    "Regiehulp betekent dat iemand meedenkt en helpt kiezen, zonder de "
                    "regie over te nemen. Onafhankelijke cliëntondersteuning kan daarin "
                    "een belangrijke rol spelen, zeker bij ingewikkelde keuzes."
                ),
                "in_practice": (
                    "Wijs inwoners bij elk keukentafelgesprek actief op onafhankelijke "
                    "cliëntondersteuning en leg uit wat die ondersteuner kan doen."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Het eigen netwerk betrekken",
                "text": (
                    "Familie, vrienden en buren kunnen helpen om regie te houden, maar "
                    "alleen als de inwoner dat zelf wil. Een netwerkgesprek of "
                    "familiegroepsplan maakt zichtbaar wie wat kan doen. Tegelijk is "
                    "het netwerk van mensen in een kwetsbare positie vaak klein of "
                    "overbelast, dus verwachtingen moeten realistisch blijven."
                ),
                "in_practice": (
                    "Teken samen met de inwoner een eenvoudige netwerkkaart en vraag bij "
                    "elke persoon: wat wil jij dat deze persoon weet of doet?"
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Ruimte voor professionals om maatwerk te leveren",
                "text": (
                    "Professionals kunnen eigen regie van inwoners alleen ondersteunen "
                    "als ze zelf ruimte hebben om af te wijken van standaardprocedures. "
                    "Strakke protocollen en productgericht indiceren leiden er vaak toe "
                    "dat de vraag van de inwoner in een vast hokje wordt geduwd. "
                    "Gemeenten die professionals mandaat geven, zien meer passende "
                    "oplossingen, al is dit nog weinig systematisch onderzocht."
                ),
                "in_practice": (
                    "Spreek in het team af welke afwijkingen van beleid een professional "
                    "zelf mag besluiten en welke in een casusoverleg moeten."
                ),
                "evidence": "beperkt",
            },
        ],
        "evidence": [
            (
                "De factoren in dit dossier zijn gebaseerd op internationale overzichts"
                "studies naar de werkrelatie in hulpverlening, naar zelfbeschikking en "
                "naar gedeelde besluitvorming in zorg en welzijn. Daarnaast gebruiken we "
                "Nederlandse praktijkevaluaties van sociale wijkteams en ervaringen uit "
                "lerende praktijken die werken aan eigen regie en regiehulp. Vooral het "
                "belang van een goede werkrelatie is in veel studies bevestigd."
            ),
            (
                "Over de vraag hoe je eigen regie het best ondersteunt bij mensen met "
                "weinig draagkracht is nog veel minder bekend. Studies meten eigen regie "
                "op verschillende manieren, waardoor uitkomsten moeilijk te vergelijken "
                "zijn. Ook de inzet van het sociale netwerk en de ruimte voor "
                "professionals zijn vooral beschreven in praktijkverhalen en kleinere "
                "evaluaties. Daar valt nog veel te leren."
            ),
        ],
        "tools": [
            {
                "title": "Gesprekskaart wat wil jij bereiken",
                "description": (
                    "Een kaart met open vragen die helpt om samen met de inwoner doelen in eigen woorden te formuleren."
                ),
                "filename": "gesprekskaart-wat-wil-jij-bereiken.pdf",
            },
            {
                "title": "Checklist regiehulp",
                "description": (
                    "Korte checklist om in te schatten of en welke hulp een inwoner nodig "
                    "heeft om zelf regie te voeren."
                ),
                "filename": "checklist-regiehulp.pdf",
            },
            {
                "title": "Werkblad netwerkkaart",
                "description": (
                    "Eenvoudig werkblad om het sociale netwerk van een inwoner in beeld "
                    "te brengen en afspraken vast te leggen."
                ),
                "filename": "werkblad-netwerkkaart.pdf",
            },
        ],
        "related_elements": [
            "eigen-regie-en-regiehulp",
            "mensgerichte-basishouding",
            "brede-vraagverheldering",
        ],
    },
    {
        "slug": "wat-werkt-bij-schuldhulpverlening",
        "theme": "schuldhulpverlening",
        "title": "Wat werkt bij schuldhulpverlening",
        "intro": (
            "Gemeenten zijn verantwoordelijk voor schuldhulpverlening aan inwoners met "
            "geldproblemen. Veel mensen zoeken pas hulp als hun schulden al hoog zijn "
            "opgelopen, en een deel valt onderweg uit. Dit dossier beschrijft wat helpt "
            "om mensen eerder te bereiken, ze vast te houden in het traject en "
            "terugval te voorkomen, met concrete tips en hulpmiddelen."
        ),
        "factors": [
            {
                "title": "Vroeg signaleren en zelf contact opnemen",
                "text": (
                    "Betalingsachterstanden bij huur, energie, water en zorgverzekering "
                    "zijn vaak het eerste teken van geldproblemen. Gemeenten die deze "
                    "signalen ontvangen en zelf contact zoeken, bereiken mensen eerder, "
                    "als de schulden nog beperkt zijn. Een huisbezoek of telefoontje "
                    "werkt beter dan alleen een brief."
                ),
                "in_practice": (
                    "Bel of bezoek binnen enkele dagen na een signaal en begin het "
                    "gesprek met de vraag hoe het met iemand gaat, niet met de schuld."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Eerst rust en stabiliteit",
                "text": (
                    "Zolang er beslagleggingen, afsluitingen of dreigende huisuitzetting "
                    "spelen, kan iemand nauwelijks aan een oplossing werken. Een "
                    "stabilisatiefase met een leefbaar inkomen, vaste lasten die "
                    "doorbetaald worden en afspraken met schuldeisers geeft ademruimte. "
                    "Praktijkevaluaties laten zien dat dit uitval later in het traject "
                    "kan verminderen."
                ),
                "in_practice": (
                    "Maak in het eerste gesprek direct afspraken over de vaste lasten en "
                    "neem binnen een week contact op met de belangrijkste schuldeisers."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Rekening houden met stress en doenvermogen",
                "text": (
                    "Geldzorgen kosten veel mentale ruimte. Onderzoek naar schaarste "
                    "laat zien dat mensen onder financiële druk minder goed kunnen "
                    "plannen en overzicht houden. Dat is geen onwil. Schuldhulpverlening "
                    "werkt beter als formulieren eenvoudig zijn, stappen klein blijven en "
                    "er hulp is bij het ordenen van post en papieren."
                ),
                "in_practice": (
                    "Vraag niet om alle papieren tegelijk. Maak een korte lijst van wat "
                    "je als eerste nodig hebt en help desnoods met het uitzoeken."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Een vaste contactpersoon en nazorg",
                "text": (
                    "Mensen in de schuldhulpverlening hebben vaak met veel instanties "
                    "te maken. Een vaste contactpersoon die bereikbaar is en het hele "
                    "traject overziet, maakt het eenvoudiger om vol te houden. Na afloop "
                    "van een traject helpt nazorg om terugval te voorkomen. Hoe intensief "
                    "die nazorg moet zijn, is nog onvoldoende onderzocht."
                ),
                "in_practice": (
                    "Plan bij het afsluiten van een traject al twee vervolgafspraken in, "
                    "bijvoorbeeld na drie en na zes maanden."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Vrijwilligers naast professionals",
                "text": (
                    "Goed opgeleide vrijwilligers kunnen inwoners helpen met de "
                    "thuisadministratie en ze steunen tijdens een traject. Ze hebben "
                    "vaak meer tijd en worden door inwoners soms als minder bedreigend "
                    "ervaren. Dat werkt het best als vrijwilligers begeleid worden en er "
                    "korte lijnen zijn met de professionele schuldhulpverlening."
                ),
                "in_practice": (
                    "Spreek met vrijwilligersorganisaties af hoe zij snel een "
                    "professional kunnen inschakelen als een situatie te zwaar wordt."
                ),
                "evidence": "redelijk",
            },
        ],
        "evidence": [
            (
                "Dit dossier is gebaseerd op internationaal onderzoek naar de gevolgen "
                "van schulden en financiële stress, Nederlandse effectstudies en "
                "evaluaties van schuldhulpverlening en vroegsignalering, en ervaringen "
                "uit lerende praktijken. De invloed van geldzorgen op het vermogen om "
                "te plannen en beslissingen te nemen is in verschillende landen en met "
                "verschillende methoden onderzocht."
            ),
            (
                "Over de werkzaamheid van specifieke onderdelen van schuldhulpverlening "
                "is minder bekend. Veel evaluaties kijken naar het aantal afgeronde "
                "trajecten, maar minder naar hoe het mensen op langere termijn vergaat. "
                "Ook over de beste vorm van nazorg en over de inzet van vrijwilligers "
                "is het onderzoek nog beperkt en vooral beschrijvend van aard."
            ),
        ],
        "tools": [
            {
                "title": "Gespreksleidraad eerste contact na een signaal",
                "description": (
                    "Leidraad voor het eerste telefoontje of huisbezoek na een signaal over een betalingsachterstand."
                ),
                "filename": "gespreksleidraad-eerste-contact-na-signaal.pdf",
            },
            {
                "title": "Stappenplan stabilisatiefase",
                "description": (
                    "Overzicht van de stappen om in de eerste weken rust te brengen in een financiële situatie."
                ),
                "filename": "stappenplan-stabilisatiefase.pdf",
            },
        ],
        "related_elements": [
            "vroegsignalering",
            "outreachend-contact",
            "vaste-contactpersoon",
        ],
    },
    {
        "slug": "wat-werkt-bij-clientenparticipatie",
        "theme": "clientenparticipatie",
        "title": "Wat werkt bij cliëntenparticipatie",
        "intro": (
            "Bij cliëntenparticipatie denken inwoners die gebruikmaken van voorzieningen "
            "mee over beleid en uitvoering in het sociaal domein. Gemeenten organiseren "
            "dat via adviesraden, panels of ervaringsdeskundigen. Dit dossier laat zien "
            "wat ervoor zorgt dat die inbreng echt iets oplevert, voor de gemeente en "
            "voor de deelnemers zelf, en biedt hulpmiddelen om ermee aan de slag te gaan."
        ),
        "factors": [
            {
                "title": "Vroeg betrekken, niet achteraf toetsen",
                "text": (
                    "Inbreng van inwoners heeft de meeste invloed als die er al is "
                    "wanneer het probleem nog wordt verkend. Als een plan al bijna klaar "
                    "is, blijft er weinig ruimte over en voelen deelnemers zich een "
                    "vinkje. Gemeenten die inwoners in de eerste fase betrekken, horen "
                    "vaker iets wat ze zelf nog niet wisten."
                ),
                "in_practice": (
                    "Nodig cliëntvertegenwoordigers uit bij de eerste verkenning van een "
                    "nieuw beleidsplan, niet pas bij de formele adviesaanvraag."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Terugkoppelen wat er met de inbreng gebeurt",
                "text": (
                    "Deelnemers willen weten wat er met hun inbreng is gedaan, ook als "
                    "die niet is overgenomen. Zonder terugkoppeling haken mensen af en "
                    "neemt het vertrouwen in de gemeente af. Een korte, begrijpelijke "
                    "reactie per advies laat zien dat de inbreng serieus is genomen."
                ),
                "in_practice": (
                    "Stuur binnen een maand na elk advies een korte brief of mail met "
                    "per punt: overgenomen, deels overgenomen of niet, en waarom."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Verschillende vormen van meedoen",
                "text": (
                    "Een formele adviesraad past niet bij iedereen. Mensen met weinig "
                    "tijd, laaggeletterdheid of psychische klachten doen vaker mee via "
                    "korte gesprekken, een bezoek aan een wijkplek of een eenmalige "
                    "bijeenkomst. Door vormen te combineren bereik je een bredere groep "
                    "en hoor je ook stemmen die anders ontbreken."
                ),
                "in_practice": (
                    "Ga naast de vaste adviesraad minstens twee keer per jaar zelf naar "
                    "een plek waar inwoners al komen, zoals een voedselbank of buurthuis."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Ondersteuning en waardering van deelnemers",
                "text": (
                    "Meedoen kost tijd en energie. Deelnemers hebben baat bij duidelijke "
                    "informatie, begrijpelijke stukken, een vast aanspreekpunt en een "
                    "passende vergoeding. Let daarbij op de gevolgen voor uitkeringen en "
                    "toeslagen. Zonder die ondersteuning blijven vooral mensen over die "
                    "al goed hun weg kennen."
                ),
                "in_practice": (
                    "Zoek vooraf uit hoe een vrijwilligersvergoeding uitpakt voor "
                    "deelnemers met een uitkering en leg dat helder aan hen uit."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Ervaringskennis als volwaardige kennisbron",
                "text": (
                    "Ervaringskennis van inwoners vult de kennis van beleidsmakers en "
                    "professionals aan. Ervaringsdeskundigen die hun eigen ervaring "
                    "hebben verwerkt en kunnen vertalen naar de ervaringen van anderen, "
                    "brengen knelpunten in beeld die in cijfers niet zichtbaar zijn. Dat "
                    "werkt als hun inbreng even zwaar weegt als andere kennis."
                ),
                "in_practice": (
                    "Geef een ervaringsdeskundige een vaste plek in de werkgroep, met "
                    "dezelfde stukken en dezelfde spreektijd als de andere leden."
                ),
                "evidence": "redelijk",
            },
        ],
        "evidence": [
            (
                "De kennis in dit dossier komt uit internationale overzichtsstudies naar "
                "participatie van burgers en cliënten in beleid, Nederlandse "
                "praktijkevaluaties van adviesraden in het sociaal domein en ervaringen "
                "uit lerende praktijken. Ook onderzoek naar de inzet van "
                "ervaringsdeskundigheid in zorg en welzijn is gebruikt. Het belang van "
                "vroeg betrekken en goed terugkoppelen komt in veel bronnen terug."
            ),
            (
                "Het effect van cliëntenparticipatie op de kwaliteit van beleid en op "
                "uitkomsten voor inwoners is lastig te meten en nog weinig onderzocht. "
                "De meeste kennis is beschrijvend: wat deelnemers en gemeenten ervaren. "
                "Vooral over het bereiken van groepen die weinig meedoen en over "
                "passende vergoedingen is meer praktijkonderzoek nodig."
            ),
        ],
        "tools": [
            {
                "title": "Participatiewijzer voor beleidsmakers",
                "description": (
                    "Helpt om per fase van een beleidstraject te bepalen hoe en wanneer je inwoners betrekt."
                ),
                "filename": "participatiewijzer-voor-beleidsmakers.pdf",
            },
            {
                "title": "Format terugkoppeling op adviezen",
                "description": (
                    "Eenvoudig format om per advies van een adviesraad of panel terug te "
                    "koppelen wat de gemeente ermee doet."
                ),
                "filename": "format-terugkoppeling-op-adviezen.pdf",
            },
            {
                "title": "Checklist ondersteuning deelnemers",
                "description": (
                    "Lijst van praktische zaken om te regelen voordat inwoners gaan "
                    "meedenken, van reiskosten tot leesbare stukken."
                ),
                "filename": "checklist-ondersteuning-deelnemers.pdf",
            },
        ],
        "related_elements": [
            "ervaringsdeskundigheid",
            "laagdrempelige-ontmoeting",
        ],
    },
    {
        "slug": "wat-werkt-bij-preventie-partnergeweld",
        "theme": "huiselijk-geweld",
        "title": "Wat werkt bij preventie van partnergeweld",
        "intro": (
            "Partnergeweld komt in alle lagen van de samenleving voor en heeft grote "
            "gevolgen voor slachtoffers, plegers en kinderen die het meemaken. Gemeenten "
            "hebben een rol in preventie, vroegsignalering en een samenhangende aanpak "
            "met zorg en veiligheid. Dit dossier zet op een rij welke factoren helpen om "
            "partnergeweld te voorkomen en te stoppen, met hulpmiddelen voor de praktijk."
        ),
        "factors": [
            {
                "title": "Vroeg signaleren en bespreekbaar maken",
                "text": (
                    "Veel slachtoffers praten lang niet over wat er thuis gebeurt. "
                    "Professionals die signalen herkennen en het onderwerp rustig durven "
                    "aan te snijden, maken het makkelijker om hulp te vragen. De meldcode "
                    "huiselijk geweld en kindermishandeling geeft daarbij houvast, maar "
                    "werkt alleen als professionals er ook echt mee oefenen."
                ),
                "in_practice": (
                    "Oefen in het team twee keer per jaar met een casus hoe je het "
                    "gesprek over spanningen thuis begint, en loop samen de meldcode door."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Veiligheid staat voorop",
                "text": (
                    "Bij elke vorm van hulp gaat het eerst om de vraag of iedereen in het "
                    "gezin veilig is. Een gestructureerde inschatting van risico's en een "
                    "concreet veiligheidsplan helpen om gevaarlijke situaties op tijd te "
                    "zien. Dat voorkomt dat hulpverleners aan andere problemen werken "
                    "terwijl het geweld gewoon doorgaat."
                ),
                "in_practice": (
                    "Maak bij elk vermoeden van partnergeweld samen met het slachtoffer "
                    "een veiligheidsplan: wie bel je, waar kun je heen, wat neem je mee."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Aandacht voor het hele systeem",
                "text": (
                    "Partnergeweld speelt zich af in relaties en gezinnen. Een aanpak die "
                    "slachtoffer, pleger en kinderen in beeld heeft, vergroot de kans dat "
                    "het geweld echt stopt. Dat vraagt om hulp voor plegers, steun voor "
                    "slachtoffers en aparte aandacht voor kinderen, in samenhang en met "
                    "heldere afspraken tussen hulpverleners."
                ),
                "in_practice": (
                    "Zorg dat in elk plan staat wie met de pleger werkt en wie het "
                    "contact met de kinderen heeft, en plan een gezamenlijk overleg."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Gezonde relaties bij jongeren",
                "text": (
                    "Preventie kan al vroeg beginnen. Programma's op scholen en in het "
                    "jongerenwerk die jongeren leren over grenzen, respect en gezonde "
                    "relaties, laten in internationaal onderzoek positieve effecten zien "
                    "op kennis en houding. Of ze ook geweld op latere leeftijd voorkomen, "
                    "is minder duidelijk."
                ),
                "in_practice": (
                    "Vraag scholen en jongerenwerk in je gemeente welke lessen over "
                    "relaties en grenzen ze al geven, en zoek samen naar gaten."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Samenwerking tussen zorg en veiligheid",
                "text": (
                    "Bij ernstig of herhaald geweld zijn veel partijen betrokken: Veilig "
                    "Thuis, politie, wijkteams, jeugdhulp en soms justitie. Zonder "
                    "afstemming vallen gezinnen tussen wal en schip. Een vaste "
                    "overlegstructuur met duidelijke rollen helpt om snel te schakelen. "
                    "Hoe die samenwerking het best ingericht wordt, is vooral uit de "
                    "praktijk bekend."
                ),
                "in_practice": (
                    "Leg in een korte werkafspraak vast wie bij een zorgmelding binnen "
                    "welke termijn contact opneemt met het gezin."
                ),
                "evidence": "beperkt",
            },
        ],
        "evidence": [
            (
                "Dit dossier is gebaseerd op internationale overzichtsstudies naar "
                "preventie van partnergeweld en relatiegeweld onder jongeren, "
                "Nederlands onderzoek naar de aanpak van huiselijk geweld en evaluaties "
                "van samenwerking tussen zorg en veiligheid. Ervaringen van professionals "
                "en van slachtoffers zijn meegenomen via praktijkevaluaties en lerende "
                "praktijken."
            ),
            (
                "Er is nog weinig onderzoek dat laat zien welke aanpakken geweld op de "
                "lange termijn voorkomen. Veel studies meten kennis en houding, maar "
                "niet of het geweld daadwerkelijk afneemt. Ook over de effecten van "
                "hulp aan plegers en over de aanpak bij specifieke groepen, zoals "
                "ouderen of mensen met een licht verstandelijke beperking, is de "
                "kennis nog beperkt."
            ),
        ],
        "tools": [
            {
                "title": "Gespreksleidraad spanningen thuis",
                "description": (
                    "Voorbeeldvragen om het gesprek over spanningen en geweld thuis op "
                    "een rustige, veilige manier te beginnen."
                ),
                "filename": "gespreksleidraad-spanningen-thuis.pdf",
            },
            {
                "title": "Format veiligheidsplan",
                "description": (
                    "Invulformat om samen met een slachtoffer concrete afspraken over veiligheid vast te leggen."
                ),
                "filename": "format-veiligheidsplan.pdf",
            },
        ],
        "related_elements": [
            "vroegsignalering",
            "procesregie",
        ],
    },
    {
        "slug": "wat-werkt-bij-aanpak-armoede",
        "theme": "aanpak-armoede",
        "title": "Wat werkt bij de aanpak van armoede",
        "intro": (
            "Armoede raakt alle levensgebieden: gezondheid, wonen, opvoeding en meedoen "
            "in de samenleving. Gemeenten hebben veel instrumenten, van bijzondere "
            "bijstand tot kindregelingen, maar die bereiken lang niet iedereen die er "
            "recht op heeft. Dit dossier laat zien wat helpt om armoede effectief aan te "
            "pakken en de gevolgen ervan te verzachten, met praktische hulpmiddelen."
        ),
        "factors": [
            {
                "title": "Regelingen die mensen echt bereiken",
                "text": (
                    "Veel inwoners maken geen gebruik van regelingen waar ze recht op "
                    "hebben, omdat ze die niet kennen, de aanvraag te ingewikkeld vinden "
                    "of zich schamen. Eenvoudige aanvraagprocedures, actief benaderen en "
                    "regelingen bundelen verkleinen dat niet-gebruik. Ook automatisch "
                    "toekennen waar dat kan helpt."
                ),
                "in_practice": (
                    "Laat een inwoner met armoede-ervaring je aanvraagformulier invullen "
                    "en schrap alle vragen waarvan je het antwoord al weet."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Vertrouwen als uitgangspunt",
                "text": (
                    "Een benadering vanuit wantrouwen en controle leidt tot stress, "
                    "schaamte en afhaken. Gemeenten die uitgaan van vertrouwen, "
                    "bijvoorbeeld door minder bewijsstukken te vragen en meer ruimte te "
                    "geven voor maatwerk, merken dat inwoners eerder hulp vragen. "
                    "Nederlandse experimenten wijzen in die richting, al zijn de "
                    "uitkomsten niet overal gelijk."
                ),
                "in_practice": (
                    "Kijk samen met het team welke controles je bij de aanvraag echt "
                    "nodig hebt en welke je kunt vervangen door een steekproef achteraf."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Rekening houden met doenvermogen",
                "text": (
                    "Niet iedereen kan onder druk plannen, formulieren invullen en "
                    "deadlines halen. Armoede maakt dat nog moeilijker. Regelingen en "
                    "brieven die uitgaan van wat mensen gemiddeld kunnen opbrengen, en "
                    "niet van de ideale burger, sluiten beter aan. Persoonlijke hulp bij "
                    "aanvragen is daarbij belangrijk."
                ),
                "in_practice": (
                    "Herschrijf je meest verstuurde brief in eenvoudige taal, met bovenaan "
                    "in één zin wat de inwoner moet doen en voor wanneer."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Extra aandacht voor kinderen",
                "text": (
                    "Opgroeien in armoede heeft gevolgen voor gezondheid, schoolprestaties "
                    "en kansen later. Dat verband is in veel onderzoek aangetoond. "
                    "Voorzieningen die kinderen direct laten meedoen, zoals sport, "
                    "cultuur en schoolspullen, beperken uitsluiting. Betrek kinderen en "
                    "jongeren zelf bij de keuze wat ze nodig hebben."
                ),
                "in_practice": (
                    "Vraag op een school of in een jongerenraad wat kinderen missen om "
                    "mee te doen, en pas het aanbod daarop aan."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Ervaringsdeskundigen in uitvoering en beleid",
                "text": (
                    "Ervaringsdeskundigen armoede en schulden kunnen drempels wegnemen "
                    "die professionals niet zien. Ze leggen makkelijker contact met "
                    "inwoners die instanties wantrouwen en helpen beleid toetsen op "
                    "begrijpelijkheid. Dat werkt als ze goed opgeleid zijn, een "
                    "duidelijke rol hebben en passend betaald worden."
                ),
                "in_practice": (
                    "Laat een ervaringsdeskundige meelopen bij het loket en bespreek na "
                    "afloop samen welke drempels inwoners tegenkwamen."
                ),
                "evidence": "beperkt",
            },
        ],
        "evidence": [
            (
                "De factoren in dit dossier zijn gebaseerd op internationaal en "
                "Nederlands onderzoek naar de gevolgen van armoede, in het bijzonder "
                "voor kinderen, op studies naar niet-gebruik van regelingen en op "
                "Nederlandse experimenten met een meer vertrouwensvolle benadering in "
                "de bijstand. Daarnaast gebruiken we praktijkevaluaties van "
                "armoedebeleid en ervaringen uit lerende praktijken."
            ),
            (
                "Dat armoede grote gevolgen heeft, is goed onderbouwd. Over de vraag "
                "welke gemeentelijke maatregelen die gevolgen het meest verminderen, is "
                "veel minder bekend. Effectstudies van lokale armoederegelingen zijn "
                "schaars. Ook de inzet van ervaringsdeskundigen is vooral beschreven in "
                "praktijkverhalen en nog weinig systematisch onderzocht."
            ),
        ],
        "tools": [
            {
                "title": "Toets begrijpelijke regelingen",
                "description": (
                    "Vragenlijst om aanvraagformulieren en brieven samen met inwoners te "
                    "toetsen op begrijpelijkheid en drempels."
                ),
                "filename": "toets-begrijpelijke-regelingen.pdf",
            },
            {
                "title": "Overzicht gemeentelijke regelingen voor gezinnen",
                "description": (
                    "Invulbaar overzicht waarmee je alle lokale regelingen voor gezinnen "
                    "met een laag inkomen op één pagina zet."
                ),
                "filename": "overzicht-regelingen-voor-gezinnen.pdf",
            },
            {
                "title": "Gespreksleidraad brede vraagverheldering bij geldzorgen",
                "description": (
                    "Vragen om achter een financiële vraag ook andere zorgen en wensen "
                    "van een huishouden in beeld te krijgen."
                ),
                "filename": "gespreksleidraad-vraagverheldering-geldzorgen.pdf",
            },
        ],
        "related_elements": [
            "vroegsignalering",
            "ervaringsdeskundigheid",
            "brede-vraagverheldering",
        ],
    },
    {
        "slug": "wat-werkt-bij-eenzaamheid",
        "theme": "eenzaamheid",
        "title": "Wat werkt bij eenzaamheid",
        "intro": (
            "Eenzaamheid komt voor bij jong en oud en kan grote gevolgen hebben voor "
            "gezondheid en welzijn. Gemeenten proberen eenzaamheid te verminderen met "
            "ontmoetingsplekken, bezoekdiensten en lokale coalities. Dit dossier beschrijft "
            "welke factoren daarbij het verschil maken, waarom er geen aanpak is die voor "
            "iedereen werkt, en welke hulpmiddelen je direct kunt gebruiken."
        ),
        "factors": [
            {
                "title": "Onderscheid tussen soorten eenzaamheid",
                "text": (
                    "Sociale eenzaamheid gaat over het missen van een breder netwerk, "
                    "emotionele eenzaamheid over het missen van een hechte band. Een "
                    "activiteit in het buurthuis helpt bij het eerste, maar lost het "
                    "tweede meestal niet op. Wie eerst uitzoekt wat iemand mist, kan "
                    "gerichter ondersteunen."
                ),
                "in_practice": (
                    "Vraag niet alleen 'voel je je alleen?', maar ook 'mis je vooral "
                    "mensen om je heen, of één persoon bij wie je terecht kunt?'"
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Werken aan gedachten en verwachtingen",
                "text": (
                    "Langdurig eenzame mensen raken soms gevangen in negatieve gedachten "
                    "over zichzelf en anderen. Daardoor gaan ze contact uit de weg. "
                    "Aanpakken die helpen om die gedachten te herkennen en te "
                    "veranderen, laten in internationaal onderzoek veelbelovende "
                    "resultaten zien, vooral bij langdurige eenzaamheid."
                ),
                "in_practice": (
                    "Kijk of een welzijnswerker of praktijkondersteuner in je gemeente "
                    "een cursus of begeleiding rond eenzaamheid en zelfbeeld aanbiedt."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Ontmoeting met een betekenisvolle rol",
                "text": (
                    "Mensen voelen zich minder eenzaam als ze ergens bij horen en iets "
                    "kunnen bijdragen. Een ontmoetingsplek werkt beter als bezoekers er "
                    "ook een taak kunnen hebben, zoals koken, klussen of gastvrouw zijn. "
                    "Zo is iemand niet alleen hulpvrager, maar ook iemand die meetelt."
                ),
                "in_practice": (
                    "Vraag bij elke nieuwe bezoeker van een ontmoetingsplek wat diegene "
                    "leuk vindt of goed kan, en bied binnen een paar weken een kleine taak."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Eenzame mensen actief opzoeken",
                "text": (
                    "Juist de meest eenzame mensen komen zelden op een activiteit af. "
                    "Huisartsen, wijkverpleging, apothekers, kappers en buren zien hen "
                    "wel. Een netwerk van signaleerders die weten waar ze iemand naartoe "
                    "kunnen verwijzen, helpt om mensen te bereiken die anders buiten "
                    "beeld blijven."
                ),
                "in_practice": (
                    "Geef huisartsen en wijkverpleging één vast telefoonnummer en naam "
                    "voor het doorverwijzen van inwoners die eenzaam lijken."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Een samenhangend lokaal aanbod",
                "text": (
                    "Omdat eenzaamheid verschillende oorzaken heeft, is er niet één "
                    "interventie die voor iedereen werkt. Gemeenten die preventie, "
                    "signalering, ontmoeting en individuele begeleiding met elkaar "
                    "verbinden in een lokale coalitie, kunnen beter aansluiten bij wat "
                    "iemand nodig heeft."
                ),
                "in_practice": (
                    "Maak met je partners een overzicht van het lokale aanbod per soort "
                    "eenzaamheid en kijk waar het aanbod ontbreekt."
                ),
                "evidence": "redelijk",
            },
        ],
        "evidence": [
            (
                "Dit dossier is gebaseerd op internationale overzichtsstudies naar "
                "interventies tegen eenzaamheid, Nederlands onderzoek naar de aard en "
                "oorzaken van eenzaamheid en praktijkevaluaties van lokale aanpakken, "
                "zoals ontmoetingsplekken en bezoekdiensten. Ook ervaringen uit lerende "
                "praktijken rond ontmoeting en samenwerking in de wijk zijn verwerkt."
            ),
            (
                "Veel interventies tegen eenzaamheid zijn nog niet goed onderzocht. "
                "Studies zijn vaak klein, volgen deelnemers kort en meten verschillende "
                "dingen. Over eenzaamheid bij jongeren, bij mensen met een migratie"
                "achtergrond en bij mensen met een beperking is relatief weinig bekend. "
                "Ook het effect van lokale coalities is vooral beschreven, niet gemeten."
            ),
        ],
        "tools": [
            {
                "title": "Gesprekskaart eenzaamheid",
                "description": (
                    "Kaart met vragen om eenzaamheid bespreekbaar te maken en te verkennen wat iemand mist."
                ),
                "filename": "gesprekskaart-eenzaamheid.pdf",
            },
            {
                "title": "Wegwijzer lokaal aanbod",
                "description": (
                    "Format om samen met partners het lokale aanbod tegen eenzaamheid in "
                    "kaart te brengen en gaten te zien."
                ),
                "filename": "wegwijzer-lokaal-aanbod-eenzaamheid.pdf",
            },
        ],
        "related_elements": [
            "laagdrempelige-ontmoeting",
            "samenwerking-in-de-wijk",
            "outreachend-contact",
        ],
    },
    {
        "slug": "wat-werkt-bij-sociaal-en-gezond",
        "theme": "sociaal-en-gezond",
        "title": "Wat werkt bij sociaal en gezond",
        "intro": (
            "Gezondheid hangt sterk samen met hoe mensen wonen, leven en rondkomen. "
            "Gemeenten, huisartsen, welzijn en zorgverzekeraars werken daarom steeds "
            "vaker samen om sociale en gezondheidsproblemen in samenhang aan te pakken. "
            "Dit dossier laat zien welke factoren die samenwerking tussen het sociale en "
            "het medische domein laten slagen, en welke hulpmiddelen daarbij helpen."
        ),
        "factors": [
            {
                "title": "Oog voor sociale oorzaken van klachten",
                "text": (
                    "Het verband tussen sociale omstandigheden, zoals armoede, "
                    "eenzaamheid en slechte huisvesting, en gezondheid is in veel "
                    "onderzoek aangetoond. Klachten waarmee mensen bij de huisarts "
                    "komen, hebben vaak een sociale achtergrond. Wie dat herkent, kan "
                    "gerichter hulp bieden en voorkomt onnodige medische zorg."
                ),
                "in_practice": (
                    "Spreek met huisartsen af welke twee of drie signalen, zoals "
                    "geldzorgen of eenzaamheid, aanleiding zijn om het wijkteam te bellen."
                ),
                "evidence": "sterk",
            },
            {
                "title": "Korte lijnen tussen huisarts en wijkteam",
                "text": (
                    "Samenwerking tussen huisartsenpraktijk en sociaal wijkteam werkt "
                    "het best als professionals elkaar persoonlijk kennen. Een vaste "
                    "contactpersoon, regelmatig overleg of een spreekuur van het wijkteam "
                    "in de praktijk verlagen de drempel om door te verwijzen. "
                    "Praktijkevaluaties laten zien dat onderling vertrouwen hierbij "
                    "belangrijker is dan formele afspraken."
                ),
                "in_practice": (
                    "Laat een wijkteammedewerker één dagdeel per week aanwezig zijn in "
                    "de huisartsenpraktijk, bijvoorbeeld tijdens een vast spreekuur."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Verwijzen naar welzijn",
                "text": (
                    "Bij welzijn op recept verwijst een huisarts of praktijkondersteuner "
                    "mensen met psychosociale klachten naar een welzijnscoach. Die zoekt "
                    "samen met de inwoner naar activiteiten die energie geven. "
                    "Deelnemers zijn er vaak positief over, maar de effecten op "
                    "gezondheid en zorggebruik zijn in onderzoek nog niet eenduidig."
                ),
                "in_practice": (
                    "Zorg dat de welzijnscoach na een verwijzing altijd kort terugkoppelt "
                    "aan de huisarts wat er met de inwoner is afgesproken."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Een brede kijk op gezondheid",
                "text": (
                    "Een brede opvatting van gezondheid kijkt niet alleen naar ziekte, "
                    "maar ook naar zingeving, meedoen en dagelijks functioneren. Zo'n "
                    "gedeelde taal helpt zorg- en welzijnsprofessionals om samen het "
                    "gesprek met inwoners te voeren. Of dit tot betere uitkomsten leidt, "
                    "is nog beperkt onderzocht."
                ),
                "in_practice": (
                    "Organiseer een gezamenlijke scholing voor huisartsen, "
                    "praktijkondersteuners en wijkteams over het voeren van een breed "
                    "gesprek."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Samen de wijk analyseren",
                "text": (
                    "Gemeente, GGD, zorgverzekeraar en zorgaanbieders hebben elk eigen "
                    "cijfers over gezondheid en welzijn in de wijk. Door die samen te "
                    "bekijken en aan te vullen met verhalen van bewoners en "
                    "professionals, ontstaat een gedeeld beeld van wat nodig is. Dat is "
                    "een goede basis voor gezamenlijke keuzes."
                ),
                "in_practice": (
                    "Plan één keer per jaar een wijksessie waarin de GGD cijfers laat "
                    "zien en professionals en bewoners vertellen wat ze zien."
                ),
                "evidence": "beperkt",
            },
        ],
        "evidence": [
            (
                "Dit dossier is gebaseerd op internationaal onderzoek naar sociale "
                "factoren die gezondheid beïnvloeden, overzichtsstudies naar het "
                "verwijzen van patiënten naar welzijn en Nederlandse praktijkevaluaties "
                "van samenwerking tussen huisartsen en sociale wijkteams. Ook "
                "ervaringen uit lerende praktijken en regionale samenwerkingsverbanden "
                "zijn verwerkt."
            ),
            (
                "Dat sociale omstandigheden en gezondheid sterk met elkaar samenhangen, "
                "staat vast. Veel minder bekend is welke vormen van samenwerking tussen "
                "sociaal en medisch domein het meeste opleveren. Evaluaties zijn vaak "
                "kleinschalig en richten zich op tevredenheid en samenwerking, minder "
                "op gezondheid of zorggebruik op langere termijn."
            ),
        ],
        "tools": [
            {
                "title": "Werkafspraken huisarts en wijkteam",
                "description": (
                    "Voorbeeld van werkafspraken over doorverwijzen, terugkoppelen en "
                    "overleg tussen huisartsenpraktijk en wijkteam."
                ),
                "filename": "werkafspraken-huisarts-en-wijkteam.pdf",
            },
            {
                "title": "Draaiboek wijksessie sociaal en gezond",
                "description": (
                    "Draaiboek voor een bijeenkomst waarin partners samen cijfers en "
                    "ervaringen over een wijk bespreken."
                ),
                "filename": "draaiboek-wijksessie-sociaal-en-gezond.pdf",
            },
        ],
        "related_elements": [
            "samenwerking-in-de-wijk",
            "brede-vraagverheldering",
        ],
    },
    {
        "slug": "wat-werkt-bij-sociale-innovatie",
        "theme": "sociale-innovatie",
        "title": "Wat werkt bij sociale innovatie",
        "intro": (
            "Bij sociale innovatie zoeken gemeenten, inwoners en organisaties naar nieuwe "
            "oplossingen voor hardnekkige maatschappelijke problemen, waar bestaande "
            "aanpakken tekortschieten. Dat vraagt om experimenteren, samen leren en "
            "soms anders organiseren. Dit dossier beschrijft welke factoren helpen om "
            "vernieuwing van de grond te krijgen en vast te houden."
        ),
        "factors": [
            {
                "title": "Beginnen bij een gedeeld probleem",
                "text": (
                    "Vernieuwing slaagt vaker als ze start vanuit een probleem dat "
                    "inwoners en professionals herkennen, niet vanuit een oplossing die "
                    "al klaarligt. Door eerst samen scherp te krijgen wat er niet werkt "
                    "en voor wie, ontstaat draagvlak. Het voorkomt ook dat je iets "
                    "nieuws bouwt waar niemand op zit te wachten."
                ),
                "in_practice": (
                    "Formuleer het probleem samen met inwoners in één zin en hang die "
                    "zichtbaar op bij elke bijeenkomst van het project."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Klein beginnen en snel leren",
                "text": (
                    "Een nieuwe aanpak eerst op kleine schaal uitproberen, evalueren en "
                    "bijstellen, kost minder en levert sneller inzicht op dan een groot "
                    "plan. Korte leercycli maken het makkelijker om fouten op te sporen. "
                    "Belangrijk is wel dat je vooraf afspreekt waaraan je ziet of iets "
                    "werkt."
                ),
                "in_practice": (
                    "Spreek voor een pilot van drie maanden af welke twee of drie "
                    "signalen laten zien of de aanpak werkt, en bespreek die maandelijks."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Inwoners als mede-ontwerpers",
                "text": (
                    "Inwoners die het probleem zelf ervaren, weten vaak het best wat een "
                    "oplossing in de praktijk betekent. Als zij meedenken vanaf het "
                    "begin, sluit de aanpak beter aan op hun leefwereld. Onderzoek naar "
                    "co-creatie laat zien dat dit de bruikbaarheid vergroot, mits de "
                    "inbreng echt invloed heeft."
                ),
                "in_practice": (
                    "Nodig bij elke ontwerpsessie minstens evenveel inwoners als "
                    "professionals uit, en laat inwoners ook de conclusies mee opschrijven."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Ruimte om te experimenteren",
                "text": (
                    "Innovatie vraagt dat professionals dingen mogen proberen die niet "
                    "in het protocol staan, en dat mislukken niet wordt afgestraft. "
                    "Bestuurlijke steun, een eigen budget en ruimte in regels geven "
                    "experimenten een kans. Tegelijk moet duidelijk zijn waar de grenzen "
                    "liggen, bijvoorbeeld bij rechtmatigheid."
                ),
                "in_practice": (
                    "Vraag de verantwoordelijke wethouder om een schriftelijke opdracht "
                    "waarin staat welke regels tijdens het experiment mogen wijken."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Vooruitdenken over borging",
                "text": (
                    "Veel vernieuwingen stoppen als het projectgeld op is. Wie vanaf het "
                    "begin nadenkt over wie de aanpak na de pilot gaat dragen en "
                    "betalen, vergroot de kans dat iets blijft. Onderzoek naar "
                    "implementatie bevestigt dat financiering en eigenaarschap "
                    "belangrijke voorwaarden zijn."
                ),
                "in_practice": (
                    "Zet halverwege een pilot de vraag 'wie neemt dit over als het "
                    "werkt?' op de agenda van de stuurgroep."
                ),
                "evidence": "redelijk",
            },
        ],
        "evidence": [
            (
                "De kennis in dit dossier komt uit internationale literatuur over "
                "sociale innovatie, co-creatie en het opschalen van vernieuwingen, "
                "aangevuld met onderzoek naar implementatie in zorg en welzijn. Daarnaast "
                "gebruiken we Nederlandse praktijkevaluaties van experimenten in het "
                "sociaal domein en ervaringen van gemeenten in lerende praktijken."
            ),
            (
                "Sociale innovatie is een breed begrip, waardoor onderzoek moeilijk te "
                "vergelijken is. Er zijn veel beschrijvingen van geslaagde en mislukte "
                "projecten, maar weinig studies die systematisch nagaan welke factoren "
                "het verschil maken. Vooral over borging en opschaling op de lange "
                "termijn is de kennis nog dun."
            ),
        ],
        "tools": [
            {
                "title": "Canvas probleemverkenning",
                "description": (
                    "Werkblad om met inwoners en partners een maatschappelijk probleem "
                    "scherp te formuleren voordat je oplossingen bedenkt."
                ),
                "filename": "canvas-probleemverkenning.pdf",
            },
            {
                "title": "Leercyclus voor pilots",
                "description": (
                    "Eenvoudig schema om een pilot in korte rondes van proberen, "
                    "evalueren en bijstellen te organiseren."
                ),
                "filename": "leercyclus-voor-pilots.pdf",
            },
        ],
        "related_elements": [
            "ervaringsdeskundigheid",
        ],
    },
    {
        "slug": "wat-werkt-bij-outreachend-werken",
        "theme": "outreachend-werken",
        "title": "Wat werkt bij outreachend werken",
        "intro": (
            "Bij outreachend werken gaan professionals actief op mensen af die zelf "
            "geen hulp zoeken, maar die wel ondersteuning nodig hebben. Denk aan "
            "inwoners met schulden, psychische problemen of een vervuilde woning. Dit "
            "dossier beschrijft wat helpt om contact te maken, vertrouwen op te bouwen "
            "en mensen te verbinden met passende hulp, met tips en hulpmiddelen."
        ),
        "factors": [
            {
                "title": "Aanwezig zijn waar mensen zijn",
                "text": (
                    "Outreachend werken begint met zichtbaar zijn in de wijk: op straat, "
                    "bij de voedselbank, in portieken en bij huisbezoeken. Wie vaker "
                    "dezelfde professional ziet, raakt sneller vertrouwd. Een vast "
                    "gezicht in de wijk maakt het makkelijker om later iets te vragen."
                ),
                "in_practice": (
                    "Plan wekelijks vaste momenten waarop je op dezelfde plek in de wijk "
                    "aanwezig bent, zodat bewoners weten waar ze je kunnen vinden."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Vertrouwen opbouwen met geduld",
                "text": (
                    "Mensen die zorg mijden, hebben vaak slechte ervaringen met "
                    "instanties. Vertrouwen ontstaat door afspraken na te komen, eerlijk "
                    "te zijn en niet meteen met formulieren te komen. Dat kost tijd. "
                    "Praktijkervaringen laten zien dat het eerste contact soms meerdere "
                    "bezoeken vraagt voordat iemand de deur opendoet."
                ),
                "in_practice": (
                    "Laat een handgeschreven briefje met je naam en telefoonnummer "
                    "achter als iemand niet opendoet, en kom op een afgesproken dag terug."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Praktische hulp als ingang",
                "text": (
                    "Een kapotte wasmachine, een stapel ongeopende post of een "
                    "afgesloten telefoon: door eerst te helpen met wat iemand zelf "
                    "belangrijk vindt, laat je zien dat je er voor die persoon bent. "
                    "Dat opent vaak de deur naar gesprekken over grotere problemen. "
                    "Flexibel budget voor kleine oplossingen helpt daarbij."
                ),
                "in_practice": (
                    "Regel dat outreachende professionals een klein budget hebben om "
                    "zonder aanvraagprocedure snel een praktisch probleem op te lossen."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Samenwerking met signaleerders",
                "text": (
                    "Woningcorporaties, wijkagenten, huisartsen en buurtbewoners zien "
                    "vaak als eersten dat het niet goed gaat. Als zij weten bij wie ze "
                    "terechtkunnen en horen wat er met hun signaal gebeurt, blijven ze "
                    "signaleren. Afspraken over privacy en terugkoppeling horen daarbij."
                ),
                "in_practice": (
                    "Koppel altijd kort terug aan wie een signaal gaf dat er contact is "
                    "gelegd, ook als je geen inhoudelijke details mag delen."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Steun en reflectie voor professionals",
                "text": (
                    "Outreachend werken is zwaar. Professionals werken vaak alleen, "
                    "zien schrijnende situaties en moeten afwegen hoe ver ze gaan bij "
                    "iemand die geen hulp wil. Intervisie, goede begeleiding en ruimte "
                    "om lastige afwegingen te bespreken helpen om dit vol te houden en "
                    "zorgvuldig te blijven werken."
                ),
                "in_practice": (
                    "Plan elke twee weken een korte intervisie waarin outreachende "
                    "professionals één lastige situatie samen bespreken."
                ),
                "evidence": "beperkt",
            },
        ],
        "evidence": [
            (
                "Dit dossier is gebaseerd op internationale overzichtsstudies naar "
                "assertieve en outreachende zorg, onder andere voor mensen met "
                "psychische problemen en dakloze mensen, en op Nederlandse "
                "praktijkevaluaties van outreachende teams in wijken en in de "
                "schuldhulpverlening. Ook ervaringen uit lerende praktijken zijn "
                "verwerkt."
            ),
            (
                "Over outreachend werken in het brede sociaal domein, buiten de ggz en "
                "dakloosheid, zijn weinig effectstudies. De meeste kennis komt uit "
                "praktijkbeschrijvingen en interviews met professionals en inwoners. "
                "Ook over de vraag wanneer je moet stoppen met aanbieden van hulp, en "
                "hoe je daarbij de rechten van inwoners respecteert, is nog weinig bekend."
            ),
        ],
        "tools": [
            {
                "title": "Handreiking eerste huisbezoek",
                "description": (
                    "Praktische tips voor een eerste bezoek aan iemand die niet zelf om hulp heeft gevraagd."
                ),
                "filename": "handreiking-eerste-huisbezoek.pdf",
            },
            {
                "title": "Afwegingskader hoe ver ga je",
                "description": (
                    "Vragen om in het team te bespreken hoe ver je gaat bij iemand die "
                    "hulp afwijst, met oog voor veiligheid en privacy."
                ),
                "filename": "afwegingskader-hoe-ver-ga-je.pdf",
            },
            {
                "title": "Werkafspraken met signaleerders",
                "description": (
                    "Voorbeeldafspraken met corporaties en andere partners over het "
                    "doorgeven van signalen en terugkoppeling."
                ),
                "filename": "werkafspraken-met-signaleerders.pdf",
            },
        ],
        "related_elements": [
            "outreachend-contact",
            "vaste-contactpersoon",
            "vroegsignalering",
        ],
    },
    {
        "slug": "wat-werkt-bij-mantelzorg",
        "theme": "mantelzorg",
        "title": "Wat werkt bij mantelzorgondersteuning",
        "intro": (
            "Mantelzorgers zorgen langdurig en onbetaald voor een naaste met een ziekte, "
            "beperking of ouderdomsklachten. Gemeenten moeten hen ondersteunen, maar veel "
            "mantelzorgers zien zichzelf niet zo en vragen pas hulp als ze overbelast "
            "zijn. Dit dossier laat zien welke factoren helpen om mantelzorgers op tijd "
            "te bereiken en hen passend te ondersteunen."
        ),
        "factors": [
            {
                "title": "Mantelzorgers vroeg in beeld",
                "text": (
                    "Veel mensen herkennen zichzelf niet als mantelzorger. Ze zien de "
                    "zorg als iets vanzelfsprekends. Professionals die bij elk gesprek "
                    "over de zorgvrager ook vragen naar de mensen die helpen, brengen "
                    "mantelzorgers eerder in beeld, voordat overbelasting ontstaat."
                ),
                "in_practice": (
                    "Voeg aan elk Wmo-gesprek de vraag toe: 'Wie helpt er nu, en hoe "
                    "gaat het met die persoon?' en noteer het antwoord apart."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Kennis en vaardigheden voor de zorgtaak",
                "text": (
                    "Informatie over de ziekte, leren omgaan met gedragsveranderingen en "
                    "weten waar je hulp kunt halen, verlagen de belasting. Vooral bij "
                    "mantelzorgers van mensen met dementie laten meerdere studies zien "
                    "dat programma's met voorlichting en training de ervaren belasting "
                    "kunnen verminderen."
                ),
                "in_practice": (
                    "Verwijs mantelzorgers van mensen met dementie actief naar een "
                    "cursus of gespreksgroep in de regio, en bel na een maand na."
                ),
                "evidence": "sterk",
            },
            {
                "title": "Respijtzorg die past",
                "text": (
                    "Even vrij zijn van de zorg helpt mantelzorgers om het vol te "
                    "houden. Toch maken veel mantelzorgers geen gebruik van respijtzorg, "
                    "omdat het aanbod onbekend is, niet past bij hun situatie of omdat "
                    "ze zich schuldig voelen. Flexibele vormen, zoals oppas aan huis op "
                    "zelfgekozen momenten, sluiten vaak beter aan."
                ),
                "in_practice": (
                    "Vraag mantelzorgers niet of ze respijtzorg willen, maar wat ze zouden "
                    "doen met een vrije middag, en zoek daar de juiste vorm bij."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Mantelzorger als partner van professionals",
                "text": (
                    "Mantelzorgers kennen de zorgvrager vaak het best. Als professionals "
                    "hen als partner behandelen, hun kennis gebruiken en afspraken "
                    "samen maken, voelen mantelzorgers zich gesteund in plaats van "
                    "gepasseerd. Dat vraagt om tijd voor overleg en aandacht voor wat "
                    "de mantelzorger zelf aankan."
                ),
                "in_practice": (
                    "Nodig de mantelzorger uit bij het opstellen van het ondersteunings"
                    "plan en vraag expliciet welke taken diegene wel en niet wil doen."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Aandacht voor werkende en jonge mantelzorgers",
                "text": (
                    "Mantelzorgers die ook werken of nog op school zitten, lopen extra "
                    "risico op overbelasting. Werkende mantelzorgers hebben baat bij "
                    "flexibiliteit van de werkgever, jonge mantelzorgers bij een school "
                    "die weet wat er thuis speelt. Gerichte aandacht voor deze groepen "
                    "is nog niet goed onderzocht, maar wordt in de praktijk als "
                    "waardevol ervaren."
                ),
                "in_practice": (
                    "Bespreek met scholen hoe leerkrachten jonge mantelzorgers kunnen "
                    "herkennen en naar wie ze hen kunnen doorverwijzen."
                ),
                "evidence": "beperkt",
            },
        ],
        "evidence": [
            (
                "Dit dossier is gebaseerd op internationale overzichtsstudies naar "
                "ondersteuning van mantelzorgers, vooral van mensen met dementie, en op "
                "Nederlands onderzoek naar overbelasting en het gebruik van respijtzorg. "
                "Daarnaast zijn praktijkevaluaties van lokale mantelzorgondersteuning en "
                "ervaringen uit lerende praktijken gebruikt."
            ),
            (
                "Het meeste onderzoek richt zich op mantelzorgers van mensen met "
                "dementie. Over mantelzorg bij psychische problemen, verslaving of een "
                "verstandelijke beperking is veel minder bekend. Ook de effecten van "
                "gemeentelijke ondersteuning, zoals de mantelzorgwaardering en "
                "respijtzorg, zijn nog weinig systematisch onderzocht."
            ),
        ],
        "tools": [
            {
                "title": "Signaleringskaart overbelasting mantelzorg",
                "description": (
                    "Kaart met signalen van overbelasting en vragen om het gesprek met een mantelzorger te beginnen."
                ),
                "filename": "signaleringskaart-overbelasting-mantelzorg.pdf",
            },
            {
                "title": "Gespreksleidraad mantelzorger als partner",
                "description": (
                    "Vragen om samen met de mantelzorger taken, wensen en grenzen in de zorg af te spreken."
                ),
                "filename": "gespreksleidraad-mantelzorger-als-partner.pdf",
            },
        ],
        "related_elements": [
            "vroegsignalering",
            "samenwerking-in-de-wijk",
        ],
    },
    {
        "slug": "wat-werkt-bij-hulp-na-seksueel-misbruik",
        "theme": "hulp-na-seksueel-misbruik",
        "title": "Wat werkt bij hulp na seksueel misbruik",
        "intro": (
            "Seksueel misbruik en seksueel geweld kunnen langdurige gevolgen hebben voor "
            "de psychische en lichamelijke gezondheid van slachtoffers. Gemeenten zijn "
            "verantwoordelijk voor een deel van de hulp en voor goede samenwerking in de "
            "keten. Dit dossier beschrijft wat helpt om slachtoffers snel en zorgvuldig "
            "te ondersteunen, en welke hulpmiddelen professionals daarbij kunnen gebruiken."
        ),
        "factors": [
            {
                "title": "Snelle en samenhangende acute hulp",
                "text": (
                    "Vlak na een verkrachting of aanranding is snelle hulp belangrijk: "
                    "medische zorg, sporenonderzoek als iemand dat wil, en psychische "
                    "ondersteuning. Als die hulp op één plek en door één team wordt "
                    "geregeld, hoeft een slachtoffer het verhaal niet steeds opnieuw te "
                    "vertellen. Professionals moeten weten waar ze direct naartoe "
                    "kunnen verwijzen."
                ),
                "in_practice": (
                    "Zorg dat het telefoonnummer van het regionale centrum voor acute "
                    "hulp na seksueel geweld bij alle wijkteams en huisartsen bekend is."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Een niet-oordelende eerste reactie",
                "text": (
                    "Hoe de eerste persoon reageert bij wie een slachtoffer het verhaal "
                    "vertelt, heeft invloed op de verdere verwerking en op de bereidheid "
                    "om hulp te zoeken. Geloven, rustig luisteren en geen schuld "
                    "suggereren zijn daarbij de basis. Dat geldt voor professionals, "
                    "maar ook voor naasten."
                ),
                "in_practice": (
                    "Zeg bij een onthulling als eerste: 'Goed dat je het mij vertelt', "
                    "en vraag daarna wat iemand nu nodig heeft."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Traumagerichte behandeling bij blijvende klachten",
                "text": (
                    "Een deel van de slachtoffers ontwikkelt langdurige klachten, zoals "
                    "een posttraumatische stressstoornis. Voor die klachten zijn "
                    "traumagerichte behandelingen in veel internationaal onderzoek "
                    "effectief gebleken. Belangrijk is dat slachtoffers met blijvende "
                    "klachten tijdig worden doorverwezen naar gespecialiseerde hulp."
                ),
                "in_practice": (
                    "Vraag enkele weken na het eerste contact actief hoe het gaat met "
                    "slapen, herbelevingen en schrikreacties, en verwijs bij aanhoudende "
                    "klachten door."
                ),
                "evidence": "sterk",
            },
            {
                "title": "Regie bij het slachtoffer",
                "text": (
                    "Seksueel geweld is een ervaring van controleverlies. Daarom is het "
                    "belangrijk dat het slachtoffer zelf beslist over volgende stappen, "
                    "zoals aangifte doen of wie er geïnformeerd wordt. Professionals "
                    "geven informatie over de mogelijkheden en gevolgen, maar dringen "
                    "niet aan."
                ),
                "in_practice": (
                    "Leg de opties rond aangifte en melding eenvoudig uit en geef "
                    "iemand de tijd om er later op terug te komen."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Aandacht voor kwetsbare groepen",
                "text": (
                    "Sommige groepen lopen meer risico en vinden moeilijker de weg naar "
                    "hulp, zoals jongeren, mensen met een licht verstandelijke beperking "
                    "en mannelijke slachtoffers. Zij hebben baat bij hulp die aansluit "
                    "bij hun taal en situatie, en bij professionals die weten hoe ze "
                    "signalen kunnen herkennen."
                ),
                "in_practice": (
                    "Check of je voorlichtingsmateriaal ook in eenvoudige taal bestaat "
                    "en of het ook mannen en jongens aanspreekt."
                ),
                "evidence": "beperkt",
            },
        ],
        "evidence": [
            (
                "De factoren in dit dossier zijn gebaseerd op internationale "
                "overzichtsstudies naar behandeling van traumaklachten, onderzoek naar "
                "de reacties die slachtoffers krijgen als ze over misbruik vertellen en "
                "Nederlandse evaluaties van de acute hulp na seksueel geweld. Ook "
                "ervaringen van professionals en slachtoffers uit praktijkonderzoek "
                "zijn meegenomen."
            ),
            (
                "De effectiviteit van traumagerichte behandeling is goed onderbouwd. "
                "Over wat werkt in de fase tussen de acute hulp en gespecialiseerde "
                "behandeling is veel minder bekend. Ook over hulp aan mannelijke "
                "slachtoffers, mensen met een beperking en slachtoffers van misbruik in "
                "het verleden is de kennis nog beperkt."
            ),
        ],
        "tools": [
            {
                "title": "Handreiking eerste reactie bij onthulling",
                "description": (
                    "Korte handreiking voor professionals over wat je wel en niet zegt "
                    "als iemand vertelt over seksueel misbruik."
                ),
                "filename": "handreiking-eerste-reactie-bij-onthulling.pdf",
            },
            {
                "title": "Sociale kaart hulp na seksueel geweld",
                "description": (
                    "Invulbaar overzicht van de lokale en regionale hulp na seksueel "
                    "geweld, met contactgegevens en bereikbaarheid."
                ),
                "filename": "sociale-kaart-hulp-na-seksueel-geweld.pdf",
            },
        ],
        "related_elements": [
            "mensgerichte-basishouding",
            "vaste-contactpersoon",
        ],
    },
    {
        "slug": "wat-werkt-bij-culturele-interventies",
        "theme": "culturele-interventies",
        "title": "Wat werkt bij culturele interventies",
        "intro": (
            "Kunst en cultuur worden steeds vaker ingezet om sociale doelen te bereiken, "
            "zoals minder eenzaamheid, meer zelfvertrouwen of betere contacten in de "
            "wijk. Voor gemeenten is dat een manier om cultuurbeleid en sociaal beleid te "
            "verbinden. Dit dossier laat zien welke factoren bepalen of een culturele "
            "interventie ook echt sociaal effect heeft."
        ),
        "factors": [
            {
                "title": "Actief meedoen in plaats van alleen kijken",
                "text": (
                    "Zelf zingen, schilderen, toneelspelen of dansen lijkt meer op te "
                    "leveren dan alleen een voorstelling bezoeken. Actieve deelname doet "
                    "een beroep op creativiteit en vaardigheden en geeft een gevoel van "
                    "trots. Internationale overzichtsstudies wijzen op positieve effecten "
                    "op welbevinden, al verschilt de kwaliteit van het onderzoek sterk."
                ),
                "in_practice": (
                    "Kies bij subsidie voor projecten waarin deelnemers zelf iets maken, "
                    "niet alleen naar een voorstelling of tentoonstelling kijken."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Samen iets maken in een groep",
                "text": (
                    "Als deelnemers samen werken aan een voorstelling, koor of "
                    "kunstwerk, ontstaan contacten vanzelf. Het gezamenlijke doel "
                    "verlaagt de drempel om met anderen te praten. Dat maakt culturele "
                    "activiteiten geschikt voor mensen die een ontmoetingsactiviteit "
                    "anders te spannend vinden."
                ),
                "in_practice": (
                    "Werk naar een concreet eindresultaat toe, zoals een optreden voor "
                    "familie en buren, zodat de groep een gezamenlijk doel heeft."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Kunstenaars die sociaal sterk zijn",
                "text": (
                    "Een goede culturele interventie vraagt om begeleiders die artistiek "
                    "vakmanschap combineren met gevoel voor groepen en kwetsbaarheid. Zij "
                    "moeten deelnemers uitdagen zonder te overvragen. Samenwerking met "
                    "een sociaal werker kan helpen als deelnemers veel problemen hebben."
                ),
                "in_practice": (
                    "Laat een kunstenaar en een sociaal werker het project samen "
                    "voorbereiden en na elke bijeenkomst kort evalueren."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Aansluiten bij de leefwereld van deelnemers",
                "text": (
                    "Een activiteit werkt beter als de vorm en inhoud aansluiten bij wat "
                    "deelnemers kennen en belangrijk vinden, zoals muziek uit hun eigen "
                    "cultuur of verhalen over de eigen wijk. Het project vindt bij "
                    "voorkeur plaats op een vertrouwde plek, dicht bij huis."
                ),
                "in_practice": (
                    "Vraag deelnemers in de eerste bijeenkomst welke muziek, verhalen of "
                    "beelden voor hen belangrijk zijn, en bouw daarop voort."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Continuïteit na het project",
                "text": (
                    "Veel culturele projecten zijn tijdelijk. Deelnemers die net contact "
                    "hebben opgebouwd, vallen na afloop terug. Een vervolg, zoals een "
                    "vaste groep die zelf doorgaat of doorverwijzing naar een lokale "
                    "vereniging, helpt om het effect vast te houden. Plan dat vervolg "
                    "al bij de start van het project."
                ),
                "in_practice": (
                    "Bespreek halverwege het project met de groep hoe ze daarna samen "
                    "verder willen, en zoek een plek waar dat kan."
                ),
                "evidence": "beperkt",
            },
        ],
        "evidence": [
            (
                "Dit dossier is gebaseerd op internationale overzichtsstudies naar de "
                "invloed van kunst en cultuur op gezondheid en welbevinden, Nederlandse "
                "praktijkevaluaties van cultuurprojecten in wijken en zorginstellingen, "
                "en ervaringen van gemeenten die cultuur en sociaal domein verbinden. "
                "Ook gesprekken met kunstenaars en sociaal werkers zijn meegenomen."
            ),
            (
                "Het onderzoek naar culturele interventies groeit, maar veel studies "
                "zijn klein, zonder vergelijkingsgroep en kort van duur. Daardoor is "
                "onduidelijk hoe lang effecten aanhouden en voor wie ze het sterkst "
                "zijn. Over de kosten en baten van culturele interventies voor "
                "gemeenten is nog weinig bekend, net als over de vraag welke "
                "kunstvormen voor welke groepen het best passen."
            ),
        ],
        "tools": [
            {
                "title": "Checklist sociaal-culturele projecten",
                "description": ("Vragen om een projectvoorstel te toetsen op de werkzame factoren uit dit dossier."),
                "filename": "checklist-sociaal-culturele-projecten.pdf",
            },
            {
                "title": "Samenwerkingsafspraken kunstenaar en sociaal werker",
                "description": (
                    "Voorbeeld van afspraken over rollen en overleg bij een gezamenlijk "
                    "project van kunstenaar en sociaal werker."
                ),
                "filename": "samenwerkingsafspraken-kunstenaar-sociaal-werker.pdf",
            },
        ],
        "related_elements": [
            "laagdrempelige-ontmoeting",
        ],
    },
    {
        "slug": "wat-werkt-bij-implementatie",
        "theme": "implementatie",
        "title": "Wat werkt bij implementatie",
        "intro": (
            "Een bewezen effectieve aanpak levert alleen iets op als die ook goed wordt "
            "ingevoerd. In de praktijk gaat het daar vaak mis: te weinig tijd, te weinig "
            "draagvlak of een aanpak die niet past bij de lokale situatie. Dit dossier "
            "laat zien welke factoren een invoering laten slagen en hoe gemeenten en "
            "organisaties daar zelf op kunnen sturen."
        ),
        "factors": [
            {
                "title": "Een aanpak die past bij de context",
                "text": (
                    "Voordat je een aanpak kiest, is het belangrijk om te weten of die "
                    "past bij het probleem, de doelgroep en de organisatie. Een aanpak "
                    "die elders werkt, werkt niet vanzelf ook bij jou. Een korte "
                    "analyse van de lokale situatie voorkomt dat je een aanpak invoert "
                    "die niet aansluit."
                ),
                "in_practice": (
                    "Beantwoord vooraf drie vragen: welk probleem lossen we op, voor wie "
                    "precies, en wat hebben we nodig om dit goed uit te voeren?"
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Training en begeleiding in de praktijk",
                "text": (
                    "Een eenmalige training is meestal niet genoeg om nieuw gedrag vast "
                    "te houden. Coaching op de werkvloer, intervisie en feedback op "
                    "echte situaties zorgen ervoor dat professionals de aanpak ook echt "
                    "toepassen. Dit is een van de best onderbouwde factoren in "
                    "implementatieonderzoek."
                ),
                "in_practice": (
                    "Plan na elke training minstens drie vervolgsessies waarin "
                    "professionals eigen casussen inbrengen en feedback krijgen."
                ),
                "evidence": "sterk",
            },
            {
                "title": "Draagvlak en eigenaarschap",
                "text": (
                    "Professionals passen een aanpak eerder toe als ze begrijpen waarom "
                    "die nodig is en mee hebben kunnen denken over de invoering. "
                    "Leidinggevenden spelen een grote rol: zij maken tijd vrij en laten "
                    "zien dat de aanpak belangrijk is. Aandachtsfunctionarissen of "
                    "aanjagers in het team helpen om het levend te houden."
                ),
                "in_practice": (
                    "Wijs in elk team een aanjager aan met vaste uren, die collega's "
                    "helpt en knelpunten meldt aan de leidinggevende."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Kern vasthouden, vorm aanpassen",
                "text": (
                    "Een aanpak moet vaak worden aangepast aan de lokale situatie. Dat "
                    "kan, zolang de werkzame kern behouden blijft. Wie weet wat de "
                    "werkzame elementen van een aanpak zijn, kan bewust kiezen wat wel "
                    "en niet kan veranderen. Zo voorkom je dat de aanpak ongemerkt "
                    "zijn werking verliest."
                ),
                "in_practice": (
                    "Zet op één A4 wat de kern van de aanpak is en wat lokaal mag "
                    "verschillen, en bespreek dat met het uitvoerende team."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Monitoren en bijsturen",
                "text": (
                    "Door bij te houden of de aanpak wordt uitgevoerd zoals bedoeld, en "
                    "wat het oplevert, zie je op tijd waar het schuurt. Dat hoeft geen "
                    "groot onderzoek te zijn. Een paar eenvoudige gegevens en regelmatig "
                    "gesprek met uitvoerders zijn vaak genoeg om bij te sturen."
                ),
                "in_practice": (
                    "Kies maximaal vijf gegevens die je elk kwartaal bekijkt, en "
                    "bespreek ze met de uitvoerders in plaats van alleen met managers."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Structurele borging",
                "text": (
                    "Veel aanpakken verdwijnen als de projectfinanciering stopt of "
                    "als de trekker vertrekt. Borging vraagt om structureel budget, "
                    "opname in werkprocessen en het inwerken van nieuwe medewerkers. "
                    "Over hoe borging het best lukt, is nog relatief weinig onderzoek "
                    "gedaan."
                ),
                "in_practice": (
                    "Neem de aanpak op in het inwerkprogramma voor nieuwe collega's, "
                    "zodat kennis niet verdwijnt met vertrekkende medewerkers."
                ),
                "evidence": "beperkt",
            },
        ],
        "evidence": [
            (
                "De factoren in dit dossier komen uit internationale "
                "implementatiewetenschap, met overzichtsstudies naar factoren die de "
                "invoering van interventies in zorg, onderwijs en welzijn bevorderen of "
                "belemmeren. Daarnaast gebruiken we Nederlandse ervaringen met het "
                "invoeren van erkende interventies en lessen uit lerende praktijken in "
                "het sociaal domein."
            ),
            (
                "Het belang van training met begeleiding in de praktijk is goed "
                "onderbouwd. Over de andere factoren is veel bekend uit beschrijvend "
                "onderzoek, maar minder uit studies die effecten vergelijken. Vooral "
                "over implementatie in gemeentelijke organisaties en over duurzame "
                "borging op de lange termijn is de kennis nog beperkt."
            ),
        ],
        "tools": [
            {
                "title": "Implementatieplan in één A4",
                "description": (
                    "Format om op één pagina doelen, kern van de aanpak, rollen en "
                    "monitoring bij een invoering vast te leggen."
                ),
                "filename": "implementatieplan-in-een-a4.pdf",
            },
            {
                "title": "Quickscan implementatiegereedheid",
                "description": (
                    "Korte vragenlijst om te bepalen of een team en organisatie klaar zijn "
                    "om een nieuwe aanpak in te voeren."
                ),
                "filename": "quickscan-implementatiegereedheid.pdf",
            },
        ],
        "related_elements": [],
    },
    {
        "slug": "wat-werkt-bij-activering",
        "theme": "activering",
        "title": "Wat werkt bij activering",
        "intro": (
            "Activering gaat over het ondersteunen van inwoners met een uitkering of een "
            "grote afstand tot de arbeidsmarkt bij de stap naar werk, vrijwilligerswerk "
            "of een andere vorm van meedoen. Gemeenten voeren dit uit vanuit de "
            "Participatiewet. Dit dossier beschrijft welke factoren helpen om mensen "
            "duurzaam te laten meedoen, en geeft tips en hulpmiddelen."
        ),
        "factors": [
            {
                "title": "Persoonlijke en intensieve begeleiding",
                "text": (
                    "Regelmatig contact met een vaste klantmanager of jobcoach die "
                    "iemand goed kent, hangt samen met betere resultaten. Mensen voelen "
                    "zich gezien en er is ruimte om belemmeringen op tijd te bespreken. "
                    "Dat vraagt om een werkbare caseload, zodat er ook echt tijd is voor "
                    "gesprekken."
                ),
                "in_practice": (
                    "Spreek met inwoners een vaste contactfrequentie af, bijvoorbeeld om "
                    "de twee weken, en houd die ook aan als het goed gaat."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Eerst plaatsen, dan trainen",
                "text": (
                    "Bij mensen met psychische problemen blijkt het vaak beter te werken "
                    "om snel een passende baan te zoeken en daarna begeleiding op de "
                    "werkplek te geven, dan eerst lange trajecten te volgen. Deze "
                    "aanpak, bekend als Individuele Plaatsing en Steun, is internationaal "
                    "uitgebreid onderzocht."
                ),
                "in_practice": (
                    "Vraag in het eerste gesprek naar het werk dat iemand graag wil doen, "
                    "en zoek binnen een maand contact met een passende werkgever."
                ),
                "evidence": "sterk",
            },
            {
                "title": "Werkgevers actief betrekken",
                "text": (
                    "Een goede relatie met werkgevers is net zo belangrijk als de "
                    "begeleiding van de werkzoekende. Werkgevers die weten wat ze kunnen "
                    "verwachten en bij wie ze terechtkunnen bij problemen, zijn eerder "
                    "bereid iemand een kans te geven. Nazorg op de werkplek helpt om "
                    "uitval te voorkomen."
                ),
                "in_practice": (
                    "Geef elke werkgever die iemand aanneemt één vast contactpersoon bij "
                    "de gemeente en bel in de eerste maanden regelmatig na."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Aandacht voor problemen naast werk",
                "text": (
                    "Schulden, gezondheidsklachten, zorg voor kinderen of een onveilige "
                    "woonsituatie maken het moeilijk om aan werk te denken. Activering "
                    "werkt beter als die problemen tegelijk worden aangepakt, in "
                    "samenwerking met wijkteam, schuldhulpverlening en zorg. Anders "
                    "lopen trajecten vaak vast."
                ),
                "in_practice": (
                    "Bespreek bij de start van een traject ook geldzaken en gezondheid, "
                    "en spreek af wie welke hulp regelt."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Kleine stappen waarderen",
                "text": (
                    "Voor mensen met een grote afstand tot de arbeidsmarkt is betaald "
                    "werk niet altijd het eerste doel. Vrijwilligerswerk, een cursus of "
                    "een vaste dagbesteding kunnen belangrijke stappen zijn voor "
                    "zelfvertrouwen en contacten. Of die stappen later ook tot werk "
                    "leiden, is nog niet goed onderzocht."
                ),
                "in_practice": (
                    "Leg samen met de inwoner vast welke kleine stappen al gezet zijn, en "
                    "bespreek die bij elk gesprek als voortgang."
                ),
                "evidence": "beperkt",
            },
        ],
        "evidence": [
            (
                "Dit dossier is gebaseerd op internationale overzichtsstudies naar "
                "arbeidstoeleiding en begeleiding van mensen met een afstand tot de "
                "arbeidsmarkt, Nederlandse effectstudies naar re-integratie in de "
                "bijstand en praktijkevaluaties van gemeentelijke activering. Ook "
                "ervaringen van klantmanagers, jobcoaches en inwoners in lerende "
                "praktijken zijn verwerkt."
            ),
            (
                "De aanpak Individuele Plaatsing en Steun is goed onderbouwd voor mensen "
                "met psychische problemen. Voor andere groepen is minder bekend welke "
                "vormen van begeleiding het beste werken. Ook over de waarde van "
                "maatschappelijke participatie zonder betaald werk, en over duurzaam "
                "werkbehoud, is de kennis nog beperkt."
            ),
        ],
        "tools": [
            {
                "title": "Gespreksleidraad werkwensen en belemmeringen",
                "description": (
                    "Vragen om in het eerste gesprek werkwensen, talenten en "
                    "belemmeringen van een inwoner in beeld te brengen."
                ),
                "filename": "gespreksleidraad-werkwensen-en-belemmeringen.pdf",
            },
            {
                "title": "Stappenladder meedoen",
                "description": (
                    "Overzicht waarop inwoner en begeleider samen bijhouden welke "
                    "stappen richting meedoen en werk zijn gezet."
                ),
                "filename": "stappenladder-meedoen.pdf",
            },
        ],
        "related_elements": [
            "vaste-contactpersoon",
            "mensgerichte-basishouding",
        ],
    },
    {
        "slug": "wat-werkt-bij-integraal-werken",
        "theme": "integraal-werken",
        "title": "Wat werkt bij integraal werken",
        "intro": (
            "Huishoudens met problemen op meerdere gebieden krijgen vaak met veel "
            "hulpverleners en regelingen te maken, die niet altijd op elkaar aansluiten. "
            "Integraal werken betekent dat organisaties en domeinen samen één aanpak "
            "kiezen rond een huishouden. Dit dossier beschrijft welke factoren helpen om "
            "dat in de praktijk te laten werken, met hulpmiddelen voor professionals."
        ),
        "factors": [
            {
                "title": "Eén huishouden, één plan",
                "text": (
                    "Als alle betrokken hulpverleners werken vanuit één gezamenlijk plan "
                    "met heldere doelen, voorkom je tegenstrijdige afspraken en dubbel "
                    "werk. Het plan wordt samen met het huishouden opgesteld en in "
                    "begrijpelijke taal geschreven. Praktijkevaluaties laten zien dat "
                    "inwoners dit als overzichtelijker ervaren."
                ),
                "in_practice": (
                    "Beperk het plan tot maximaal drie doelen tegelijk en zet bij elke "
                    "afspraak wie het doet en wanneer het klaar is."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Procesregie bij één professional",
                "text": (
                    "Een procesregisseur houdt overzicht over alle hulp, bewaakt de "
                    "afspraken en spreekt partijen aan als iets blijft liggen. Voor het "
                    "huishouden is dit ook het vaste aanspreekpunt. Dat werkt alleen "
                    "als de regisseur voldoende tijd en mandaat heeft en andere partijen "
                    "die rol erkennen."
                ),
                "in_practice": (
                    "Leg bij de start van elk integraal traject schriftelijk vast wie de "
                    "procesregie heeft, en meld dat aan alle betrokken partijen."
                ),
                "evidence": "redelijk",
            },
            {
                "title": "Doorzettingsmacht bij vastlopen",
                "text": (
                    "Soms lopen situaties vast omdat regels of budgetten van "
                    "verschillende organisaties botsen. Een vaste plek waar "
                    "professionals zo'n situatie kunnen voorleggen en waar iemand met "
                    "mandaat een besluit neemt, voorkomt dat het huishouden blijft "
                    "wachten. Dit is vooral uit de praktijk bekend."
                ),
                "in_practice": (
                    "Richt een maandelijks escalatieoverleg in met beslissers van de "
                    "belangrijkste partners, en houd bij welke knelpunten terugkomen."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Kennis van elkaars werk",
                "text": (
                    "Professionals uit verschillende domeinen gebruiken andere taal, "
                    "regels en werkwijzen. Als ze elkaars mogelijkheden en grenzen "
                    "kennen, schakelen ze makkelijker en sneller. Gezamenlijke scholing, "
                    "meelopen en casusbesprekingen helpen om vertrouwen en begrip op te "
                    "bouwen."
                ),
                "in_practice": (
                    "Organiseer een meeloopdag waarop professionals van wijkteam, "
                    "schuldhulp en werk en inkomen een dag bij elkaar meekijken."
                ),
                "evidence": "beperkt",
            },
            {
                "title": "Bestuurlijke steun en duidelijke kaders",
                "text": (
                    "Integraal werken vraagt dat organisaties iets inleveren van hun "
                    "eigen autonomie. Dat lukt alleen als bestuurders en managers het "
                    "uitdrukkelijk steunen en kaders bieden, bijvoorbeeld over "
                    "gegevensdeling met toestemming en over financiering. Zonder die "
                    "steun blijft integraal werken afhankelijk van individuele "
                    "professionals."
                ),
                "in_practice": (
                    "Vraag bestuurders van de partners om samen een korte "
                    "intentieverklaring te tekenen over integraal werken en "
                    "gegevensdeling."
                ),
                "evidence": "redelijk",
            },
        ],
        "evidence": [
            (
                "De factoren in dit dossier zijn gebaseerd op internationale "
                "overzichtsstudies naar samenwerking tussen organisaties in zorg en "
                "welzijn, Nederlandse praktijkevaluaties van sociale wijkteams en "
                "gezinsaanpakken, en ervaringen uit lerende praktijken die werken met "
                "één plan, procesregie en een vaste contactpersoon."
            ),
            (
                "Integraal werken wordt breed gezien als wenselijk, maar er is weinig "
                "onderzoek dat laat zien wat het oplevert voor inwoners op de lange "
                "termijn. Evaluaties richten zich vaak op de samenwerking zelf. Ook "
                "over de kosten, over de beste inrichting van doorzettingsmacht en over "
                "privacy in de praktijk is de kennis nog beperkt."
            ),
        ],
        "tools": [
            {
                "title": "Format één huishouden één plan",
                "description": (
                    "Invulformat voor een gezamenlijk plan met doelen, afspraken en "
                    "verantwoordelijken, in begrijpelijke taal."
                ),
                "filename": "format-een-huishouden-een-plan.pdf",
            },
            {
                "title": "Rolbeschrijving procesregisseur",
                "description": (
                    "Beschrijving van taken, mandaat en grenzen van de procesregisseur, "
                    "als basis voor afspraken met partners."
                ),
                "filename": "rolbeschrijving-procesregisseur.pdf",
            },
            {
                "title": "Werkwijze escalatieoverleg",
                "description": (
                    "Voorbeeld van een werkwijze om vastgelopen situaties snel voor te "
                    "leggen aan beslissers met mandaat."
                ),
                "filename": "werkwijze-escalatieoverleg.pdf",
            },
        ],
        "related_elements": [
            "procesregie",
            "vaste-contactpersoon",
            "brede-vraagverheldering",
        ],
    },
]
