"""Demo experiences (ervaringen) shared from the learning practices.

All texts are fictional. "practice" refers to a slug in practices_data.PRACTICES; "author"
is that practice's trekker or one of its member_emails. "days_ago" counts back from the
demo date (22 November 2026).
"""

EXPERIENCES = [
    {
        "key": "zwolle-keukentafel",
        "practice": "zwolle-een-voordeur",
        "author": "trekker@zwolle.example",
        "title": "Wat de gesprekskaart aan de keukentafel ons leerde",
        "body": (
            "Toen we in september begonnen met de voordeur in Holtenbroek, dachten we dat de "
            "gesprekskaart vooral de wijkcoaches zou helpen. Het bleek andersom: de inwoners "
            "gebruikten hem het meest.\n\n"
            "De kaart is een A3 met acht leefgebieden, van geld en wonen tot contacten en "
            "zingeving. Ervaringsdeskundigen van de cliëntenraad hebben de teksten "
            "herschreven, want onze eerste versie stond vol woorden als 'participatie' en "
            "'zelfredzaamheid'.\n\n"
            "Wat we zagen in de eerste twintig gesprekken:\n\n"
            "- Inwoners wezen zelf aan waar ze wilden beginnen. Vaak was dat níet de vraag "
            "waarvoor ze hadden gebeld.\n"
            "- Een vader die belde over een traplift, wees als eerste naar 'geld'. Daar zat de "
            "echte zorg.\n"
            "- Sommige mensen vonden acht vakken te veel. Voor hen leggen we de kaart nu "
            "dubbelgevouwen neer en openen we hem pas als het gesprek daarom vraagt.\n\n"
            "**Wat ik ervan geleerd heb:** brede vraagverheldering is geen vragenlijst die je "
            "afwerkt. Het is ruimte geven, en de kaart helpt daarbij omdat de inwoner kan "
            "aanwijzen in plaats van uitleggen.\n\n"
            "Mijn vraag aan het netwerk: werken jullie ook met zo'n visueel hulpmiddel? En hoe "
            "voorkom je dat het toch een afvinklijst wordt als het druk is?"
        ),
        "themes": ["toegang", "integraal-werken"],
        "state": "published",
        "editors_message": "",
        "days_ago": 210,
    },
    {
        "key": "zwolle-eerste-maand-voordeur",
        "practice": "zwolle-een-voordeur",
        "author": "trekker@zwolle.example",
        "title": "De eerste maand van de voordeur: wat inwoners ons vertelden",
        "body": (
            "Sinds een maand heeft Holtenbroek één voordeur: één telefoonnummer, één "
            "inloopplek en een vaste contactpersoon voor wie zich meldt. We hebben de eerste "
            "zestig meldingen samen met het team teruggelezen.\n\n"
            "Wat opviel: bijna de helft van de mensen belde over iets anders dan waar het "
            "gesprek uiteindelijk over ging. Een vraag over een parkeervergunning bleek over "
            "mantelzorg te gaan, een vraag over huurtoeslag over eenzaamheid.\n\n"
            "**Wat ik ervan geleerd heb:** de eerste vraag is een deur, niet de kamer. Het "
            "team neemt nu standaard tien minuten extra voor het eerste gesprek."
        ),
        "themes": ["toegang"],
        "state": "changes_requested",
        "editors_message": (
            "Mooi stuk! Kun je nog één zin toevoegen over wat een inwoner zelf van de voordeur "
            "vond? Dan maakt het voor andere gemeenten nog duidelijker waarom het werkt. Daarna "
            "publiceren we het graag."
        ),
        "days_ago": 3,
    },
    {
        "key": "zwolle-meelopen-holtenbroek",
        "practice": "zwolle-een-voordeur",
        "author": "associate@wijkteam-utrecht.example",
        "title": "Twee dagen meelopen met de voordeur in Holtenbroek",
        "body": (
            "Als wijkcoach in Utrecht Noordwest werk ik al een paar jaar met een vaste "
            "contactpersoon per huishouden. Toen Zwolle vroeg of iemand van buiten wilde "
            "meekijken, heb ik me gemeld. Ik liep twee dagen mee met het wijkteam in "
            "Holtenbroek.\n\n"
            "Wat me opviel:\n\n"
            "- De inloop in het wijkcentrum is echt laagdrempelig. Mensen komen binnen met een "
            "brief in hun hand en gaan weg met een afspraak bij iemand die ze al hebben "
            "gezien.\n"
            "- Het team is streng voor zichzelf over overdragen. 'Wie het eerste gesprek doet, "
            "houdt het' is de regel, ook als het even niet uitkomt.\n"
            "- Tegelijk zag ik dat de collega's met de meeste ervaring ook de meeste "
            "huishoudens hebben. Dat gaat een keer knellen.\n\n"
            "In Utrecht lopen we tegen hetzelfde aan. Wij werken met een maximum per wijkcoach "
            "en een maandelijkse verdeling in het team. Dat is niet perfect, maar het voorkomt "
            "dat één collega omvalt.\n\n"
            "**Wat ik meeneem naar Utrecht:** de inloop. Wij werken bijna alleen op afspraak, "
            "en ik denk dat we mensen missen die net die drempel niet over komen.\n\n"
            "Ik ben benieuwd hoe andere teams de balans vinden tussen 'jij blijft mijn "
            "contactpersoon' en een eerlijke verdeling van het werk."
        ),
        "themes": ["toegang", "integraal-werken"],
        "state": "published",
        "editors_message": "",
        "days_ago": 90,
    },
    {
        "key": "zwolle-achtervang",
        "practice": "zwolle-een-voordeur",
        "author": "daan.visser@mee.example",
        "title": "Een vaste achtervang voor de vaste contactpersoon",
        "body": (
            "Sinds een paar maanden schuif ik als onafhankelijk cliëntondersteuner aan bij de "
            "leerbijeenkomsten van de voordeur in Zwolle. In de laatste bijeenkomst ging het "
            "over een probleem dat ik vanuit mijn werk goed ken: wat gebeurt er als de vaste "
            "contactpersoon ziek is of op vakantie?\n\n"
            "Een inwoner vertelde dat ze drie weken niemand kon bereiken. Haar contactpersoon "
            "was ziek, en het algemene nummer verwees haar weer naar diezelfde contactpersoon. "
            "Voor haar voelde het alsof de hulp was gestopt.\n\n"
            "Het team test nu een **vaste achtervang**: elke contactpersoon heeft één collega "
            "die de huishoudens kent uit het wekelijkse overleg. De inwoner krijgt bij het "
            "eerste gesprek beide namen.\n\n"
            "Wat ik tot nu toe zie:\n\n"
            "- Inwoners vinden het prettig om vooraf te weten wie ze anders kunnen bellen.\n"
            "- Voor de achtervang is het extra werk om bij te blijven, zeker bij ingewikkelde "
            "situaties.\n"
            "- Een korte notitie 'wat moet je weten als ik er niet ben' helpt meer dan het "
            "dossier.\n\n"
            "Het is nog te vroeg om te zeggen of dit houdbaar is. Heeft iemand ervaring met "
            "een achtervang die langer dan een halfjaar overeind bleef?"
        ),
        "themes": ["toegang", "eigen-regie"],
        "state": "submitted",
        "editors_message": "",
        "days_ago": 4,
    },
    {
        "key": "midden-groningen-aanbellen",
        "practice": "midden-groningen-bestaanszekerheid",
        "author": "hilde.wubbena@midden-groningen.example",
        "title": "Onaangekondigd aanbellen: zo pakten we de eerste huisbezoeken aan",
        "body": (
            "Toen we afspraken dat we na een signaal van een betalingsachterstand binnen vijf "
            "werkdagen langsgaan, was de eerste vraag in het team: bellen we eerst of niet? We "
            "kozen ervoor om niet te bellen. Telefoontjes van een onbekend nummer worden vaak "
            "niet opgenomen, en een brief van de gemeente gaat regelmatig ongeopend de la in.\n\n"
            "Dat voelde spannend. Sommige collega's waren bang dat het als controle zou "
            "overkomen. Daarom hebben we met ervaringsdeskundigen geoefend hoe je aanbelt. Dit "
            "doen we nu altijd:\n\n"
            "- We stellen ons voor met onze voornaam en zeggen direct dat we niet komen "
            "controleren.\n"
            "- We noemen de reden concreet: 'We hebben gehoord dat er een achterstand is bij "
            "de huur, en we kunnen helpen om dat te regelen.'\n"
            "- We hebben een kaart bij ons met een telefoonnummer én een foto van ons tweeën.\n"
            "- We gaan alleen naar binnen als dat wordt aangeboden.\n\n"
            "Het eerste gesprek aan de deur duurt vaak maar vijf minuten. Maar veel mensen "
            "bellen binnen een week terug, omdat ze nu een gezicht bij het nummer hebben.\n\n"
            "**Wat we nog niet weten:** wat we doen als mensen na drie pogingen niet opendoen. "
            "Laten we het los, of gaan we via de buren of de huisarts? Ik hoor graag hoe "
            "andere gemeenten hiermee omgaan."
        ),
        "themes": ["aanpak-armoede", "schuldhulpverlening", "outreachend-werken"],
        "state": "published",
        "editors_message": "",
        "days_ago": 240,
    },
    {
        "key": "midden-groningen-vrijwilligers-training",
        "practice": "midden-groningen-bestaanszekerheid",
        "author": "hans.mulder@schuldhulpmaatje.example",
        "title": "Vrijwilligers mee op huisbezoek: wat we ze vooraf meegeven",
        "body": (
            "Voor de lerende praktijk in Midden-Groningen train ik de vrijwillige "
            "schuldhulpmaatjes die met het team Geldzaken meegaan op huisbezoek. Ik doe dit "
            "werk al jaren in Apeldoorn, maar aanbellen bij mensen die niet om hulp hebben "
            "gevraagd is voor de meeste maatjes nieuw.\n\n"
            "We hebben de training opgebouwd uit drie korte avonden:\n\n"
            "1. **Jouw rol aan de deur.** De professional doet het woord over regelingen en "
            "schulden. De vrijwilliger laat zien dat er ook gewone mensen meehelpen.\n"
            "2. **Oefenen met weerstand.** Een ervaringsdeskundige speelt iemand die boos of "
            "beschaamd reageert. Dat is wennen, maar het maakt maatjes rustiger als het echt "
            "gebeurt.\n"
            "3. **Grenzen.** Je belooft niets wat je niet kunt waarmaken, je vertelt niets "
            "over het huishouden aan anderen en je gaat niet alleen terug.\n\n"
            "Na de eerste maanden hoor ik van maatjes dat het moeilijkste niet het gesprek is, "
            "maar het wachten erna. Ze willen weten hoe het afloopt. We hebben nu afgesproken "
            "dat het team Geldzaken maatjes na een maand kort laat weten of er contact is "
            "gekomen, zonder details.\n\n"
            "Een vraag voor het netwerk: hoe houden jullie vrijwilligers betrokken zonder de "
            "privacyregels op te rekken? Het oefenmateriaal dat ik gebruik, staat op [deze "
            "pagina](https://www.example.org/training-huisbezoek-vrijwilligers)."
        ),
        "themes": ["schuldhulpverlening", "outreachend-werken"],
        "state": "published",
        "editors_message": "",
        "days_ago": 126,
    },
    {
        "key": "midden-groningen-huisbezoek-bijgebleven",
        "practice": "midden-groningen-bestaanszekerheid",
        "author": "petra.schuiling@hoogeveen.example",
        "title": "Een huisbezoek dat me is bijgebleven",
        "body": (
            "Ik liep in september mee met een huisbezoek in Hoogezand, om te zien hoe "
            "Midden-Groningen het aanpakt. We belden aan bij een weduwe van 82 aan de "
            "Vlasstraat, die sinds het overlijden van haar man de post niet meer openmaakte. "
            "Haar zoon woont in het buitenland en belt alleen op zondag. In de gang lag een "
            "stapel enveloppen van de energieleverancier en het waterbedrijf.\n\n"
            "Ze liet ons binnen en zette koffie. Na een halfuur vertelde ze dat haar man "
            "altijd de administratie deed en dat ze zich schaamde dat ze niet wist hoe "
            "internetbankieren werkte. Ze huilde toen we samen de eerste brieven openden. De "
            "achterstand bleek mee te vallen.\n\n"
            "Het team heeft een betalingsregeling getroffen en een vrijwilliger van de "
            "thuisadministratie komt nu elke twee weken langs. Bij het afscheid zei ze dat ze "
            "de hele buurt zou vertellen hoe aardig de gemeente was geweest.\n\n"
            "Ik vond het een heel mooi bezoek en wilde het graag met jullie delen."
        ),
        "themes": ["aanpak-armoede", "schuldhulpverlening"],
        "state": "changes_requested",
        "editors_message": (
            "Dank je voor dit mooie verhaal. We kunnen het zo helaas niet publiceren: de "
            "combinatie van leeftijd, straatnaam, het overlijden van haar man en de zoon in "
            "het buitenland maakt de bewoonster herkenbaar voor buren en hulpverleners in "
            "Hoogezand. Wil je die details weglaten of algemener maken, bijvoorbeeld 'een "
            "oudere vrouw die sinds kort alleen woont'? Voeg daarnaast graag toe wat jij of "
            "het team van dit bezoek hebt geleerd en wat je meeneemt naar Hoogeveen. Dan "
            "kijken we er graag opnieuw naar."
        ),
        "days_ago": 58,
    },
    {
        "key": "leeuwarden-vijf-jaar",
        "practice": "leeuwarden-gebiedsteams",
        "author": "wietske.postma@leeuwarden.example",
        "title": "Vijf jaar in plaats van één: wat langer beschikken in ons gebiedsteam veranderde",
        "body": (
            "Nu de lerende praktijk in Leeuwarden is afgerond, kijk ik terug op de stap die de "
            "meeste discussie opleverde: beschikkingen van drie tot vijf jaar voor inwoners "
            "met een stabiele, blijvende vraag.\n\n"
            "Het begon met een simpele telling. Een groot deel van de herindicaties in ons "
            "pilotteam eindigde met precies dezelfde beslissing als het jaar ervoor. Inwoners "
            "moesten elk jaar opnieuw uitleggen dat hun ziekte niet over was gegaan. Iemand "
            "zei tegen een consulent: 'Van dat gesprek word ik elk jaar zieker.'\n\n"
            "De grootste weerstand kwam niet van de consulenten, maar van onze eigen "
            "organisatie. Juridische zaken was bang voor onterechte zorg, de controller voor "
            "hogere kosten. Wat hielp:\n\n"
            "- **Een duidelijke afbakening.** We begonnen alleen met inwoners met een "
            "chronische aandoening en ondersteuning die al twee jaar niet was veranderd.\n"
            "- **Een jaarlijkse check in plaats van een herindicatie.** Een kort gesprek, "
            "liefst met dezelfde consulent, zonder formulier.\n"
            "- **Elk kwartaal samen naar de cijfers kijken.** Zo zag de controller zelf dat de "
            "kosten niet opliepen.\n\n"
            "Wat ik anderen zou meegeven: haal juridische zaken en de controller in de eerste "
            "maand aan tafel, niet pas als het plan klaar is. Wij verloren daar een halfjaar "
            "mee.\n\n"
            "Zijn er gemeenten die langer beschikken ook voor jeugdhulp of huishoudelijke hulp "
            "hebben ingevoerd? Wat kwam je tegen?"
        ),
        "themes": ["toegang", "eigen-regie"],
        "state": "published",
        "editors_message": "",
        "days_ago": 285,
    },
    {
        "key": "leeuwarden-jaarlijkse-check",
        "practice": "leeuwarden-gebiedsteams",
        "author": "jelle.bouma@sudwestfryslan.example",
        "title": "Van herindicatie naar een jaarlijks 'hoe gaat het'-gesprek",
        "body": (
            "Als Wmo-consulent in Súdwest-Fryslân schoof ik aan bij de reflectiebijeenkomsten "
            "van de gebiedsteams in Leeuwarden. Onze gemeenten liggen naast elkaar, en wij "
            "worstelden met dezelfde stapel herindicaties.\n\n"
            "Wat ik vooral heb meegenomen, is de manier waarop Leeuwarden het jaarlijkse "
            "contact invulde. Geen formulier, geen nieuwe aanvraag, maar een gesprek met drie "
            "vragen:\n\n"
            "- Hoe gaat het nu met je?\n"
            "- Wat is er het afgelopen jaar veranderd, bij jou of om je heen?\n"
            "- Past de hulp nog bij hoe je wilt leven?\n\n"
            "Ik heb dit uitgeprobeerd bij een klein aantal inwoners met een stabiele situatie. "
            "Wat me opviel: het gesprek ging veel vaker over andere dingen dan de voorziening. "
            "Een inwoner vertelde dat haar mantelzorger het zwaar had en misschien zou "
            "stoppen. Dat was in een herindicatiegesprek nooit naar boven gekomen, omdat we "
            "het dan alleen over uren huishoudelijke hulp hadden.\n\n"
            "**De les voor mij:** een mensgerichte basishouding zit niet alleen in een "
            "training, maar ook in de vorm van het gesprek. Als het formulier verdwijnt, "
            "ontstaat er ruimte voor andere vragen.\n\n"
            "Súdwest-Fryslân bekijkt nu of we langer beschikken ook formeel kunnen invoeren. "
            "Wie heeft een beleidsregel die we als voorbeeld kunnen gebruiken?"
        ),
        "themes": ["toegang", "eigen-regie"],
        "state": "published",
        "editors_message": "",
        "days_ago": 150,
    },
    {
        "key": "emmen-warm-doorverwijzen",
        "practice": "emmen-samen-minder-alleen",
        "author": "annelies.schouten@ggd-hollands-noorden.example",
        "title": "Van spreekkamer naar buurtkamer: warm doorverwijzen werkt, maar kost tijd",
        "body": (
            "Vanuit de GGD denk ik mee met de lerende praktijk in Emmen over de rol van de "
            "huisarts bij eenzaamheid. Huisartsen en praktijkondersteuners zien veel mensen "
            "voor wie een medicijn of een verwijzing naar de ggz niet het antwoord is. Ze "
            "willen graag doorverwijzen naar de buurtkamer of het dorpshuis, maar dat kwam in "
            "het begin nauwelijks op gang.\n\n"
            "Een folder meegeven leverde weinig op. Mensen namen hem mee, maar kwamen niet. "
            "Daarom is de praktijk overgestapt op een **warme doorverwijzing**:\n\n"
            "1. De praktijkondersteuner vraagt of de welzijnswerker mag bellen.\n"
            "2. De welzijnswerker belt binnen een paar dagen en maakt een praatje, zonder "
            "meteen een afspraak te willen.\n"
            "3. Bij het eerste bezoek aan de inloop haalt de welzijnswerker of een "
            "vrijwilliger iemand thuis op.\n\n"
            "Dat ophalen blijkt de sleutel. Voor veel mensen is het te groot om alleen een "
            "ruimte vol onbekenden binnen te lopen. Met iemand naast je gaat het ineens wel.\n\n"
            "Het nadeel is duidelijk: het kost veel tijd van welzijnswerkers en vrijwilligers. "
            "We zoeken nu naar manieren om het ophalen over meer schouders te verdelen, "
            "bijvoorbeeld door vaste bezoekers te vragen of ze iemand willen meenemen.\n\n"
            "Heeft iemand ervaring met bezoekers die als 'maatje voor de eerste keer' "
            "optreden? Ik hoor graag wat daarbij goed ging en wat niet."
        ),
        "themes": ["eenzaamheid", "sociaal-en-gezond"],
        "state": "published",
        "editors_message": "",
        "days_ago": 64,
    },
    {
        "key": "emmen-gezelligste-buurtkamer",
        "practice": "emmen-samen-minder-alleen",
        "author": "bert.lanting@emmen.example",
        "title": "Kom naar de gezelligste buurtkamer van Emmen!",
        "body": (
            "Wat zijn we trots! Sinds dit voorjaar is de buurtkamer in Emmermeer elke dinsdag "
            "en donderdag open, en het is er altijd gezellig. Er is koffie met koek, er zijn "
            "spelletjes en onze fantastische vrijwilligers staan altijd klaar met een "
            "luisterend oor.\n\n"
            "De buurtkamer is een groot succes. Bewoners zijn enthousiast en de sfeer is top. "
            "Ook de huisartsen zijn blij dat ze mensen ergens naartoe kunnen sturen. Samen met "
            "onze partners laten we zien dat Emmen een gemeente is waar niemand alleen hoeft "
            "te zijn.\n\n"
            "Wil jij ook langskomen of vrijwilliger worden? Dat kan!\n\n"
            "- **Dinsdag en donderdag** van 10:00 tot 12:00 uur\n"
            "- Koffie en thee zijn gratis\n"
            "- Iedereen is welkom, jong en oud\n\n"
            "Meer informatie vind je op https://www.example.org/buurtkamer-emmermeer. Tot "
            "ziens in de buurtkamer!"
        ),
        "themes": ["eenzaamheid"],
        "state": "changes_requested",
        "editors_message": (
            "Leuk om te lezen dat de buurtkamer zo goed loopt! Deze tekst leest alleen als een "
            "wervende uitnodiging, en dat past niet bij de ervaringen op het platform. "
            "Collega's in andere gemeenten zoeken juist wat je hebt geleerd: hoe kwamen de "
            "eerste bezoekers binnen, wat lukte niet, en wat zou je anders doen? Wil je de "
            "openingstijden en de oproep weghalen en een concreet moment beschrijven waarvan "
            "je iets leerde? Het verschil met het dorpshuis in Nieuw-Amsterdam zou "
            "bijvoorbeeld heel interessant zijn."
        ),
        "days_ago": 27,
    },
    {
        "key": "lelystad-geldvragen-tafel",
        "practice": "lelystad-erop-af",
        "author": "chantal.pinas@lelystad.example",
        "title": "Een geldvragen-tafel bij het consultatiebureau",
        "body": (
            "Toen we begonnen met 'Erop af', dachten we vooral aan huisbezoeken. Maar een van "
            "onze ervaringsdeskundigen zei: 'Jonge ouders met geldzorgen vind je niet thuis, "
            "die vind je bij het consultatiebureau.' Dus vroegen we of we daar mochten staan.\n\n"
            "Sinds het voorjaar staan we elke woensdagochtend met een tafel in de wachtruimte. "
            "Geen banner van de gemeente, wel een bord met de vraag: **'Loopt het met geld "
            "weleens anders dan je wilt?'** Op tafel liggen een overzicht van toeslagen, een "
            "kaart om je vaste lasten op te schrijven, en er is koffie.\n\n"
            "Wat we merken:\n\n"
            "- Ouders komen niet meteen. Vaak pas de tweede of derde keer dat ze ons zien, en "
            "dan eerst met een kleine vraag, bijvoorbeeld over de kinderopvangtoeslag.\n"
            "- Het gesprek gaat bijna altijd over meer dan geld: over werk, de relatie of de "
            "zorg voor een ouder.\n"
            "- De jeugdverpleegkundigen zijn onmisbaar. Zij kennen de ouders en kunnen zeggen: "
            "'Loop even naar die tafel, die mensen zijn oké.'\n\n"
            "Het kost ons één ochtend per week met twee mensen. Dat is veel, maar het levert "
            "gesprekken op met gezinnen die nog nergens in beeld waren.\n\n"
            "Mijn vraag: wie heeft ervaring met andere vindplaatsen waar jonge gezinnen komen, "
            "zoals het kinderdagverblijf of de sportclub? Wat werkte daar?"
        ),
        "themes": ["outreachend-werken", "schuldhulpverlening", "aanpak-armoede"],
        "state": "published",
        "editors_message": "",
        "days_ago": 168,
    },
    {
        "key": "lelystad-thuisadministratie-brug",
        "practice": "lelystad-erop-af",
        "author": "ineke.bosman@humanitas.example",
        "title": "Thuisadministratie als brug tussen huisbezoek en intake",
        "body": (
            "Met Humanitas in Nijmegen hebben we veel ervaring met thuisadministratie. Voor de "
            "lerende praktijk in Lelystad denk ik mee over een probleem dat ik herken: na een "
            "goed eerste contact aan de deur duurt het soms weken voordat de intake bij de "
            "schuldhulp plaatsvindt. In die tijd haken mensen af.\n\n"
            "Lelystad probeert nu een **warme week**: de intake vindt altijd binnen zeven "
            "dagen plaats. Ik stelde voor om daarnaast een vrijwilliger van de "
            "thuisadministratie in te zetten in de periode tussen huisbezoek en intake.\n\n"
            "Wat die vrijwilliger doet:\n\n"
            "- samen de post openen en sorteren;\n"
            "- een map maken met de belangrijkste papieren voor de intake;\n"
            "- meegaan naar het eerste gesprek, als iemand dat prettig vindt.\n\n"
            "We hebben dit nu bij een handvol huishoudens geprobeerd. De intakes verlopen "
            "rustiger, omdat de papieren er al liggen. En mensen zeggen dat ze het gevoel "
            "hebben dat er 'al iets gebeurt'.\n\n"
            "Het risico is dat vrijwilligers werk gaan doen dat bij professionals hoort. We "
            "houden daarom vast aan de afspraak dat de vrijwilliger geen afspraken maakt met "
            "schuldeisers.\n\n"
            "Herkent iemand deze valkuil? Hoe bewaken jullie de grens tussen vrijwilligers en "
            "schuldhulpverleners?"
        ),
        "themes": ["schuldhulpverlening", "outreachend-werken"],
        "state": "submitted",
        "editors_message": "",
        "days_ago": 6,
    },
    {
        "key": "arnhem-mandaat-regisseur",
        "practice": "arnhem-een-huishouden-een-plan",
        "author": "mehmet.yildiz@arnhem.example",
        "title": "Het mandaat van de procesregisseur: waarom we naar de directeuren gingen",
        "body": (
            "Terugkijkend op bijna twee jaar 'Eén huishouden, één plan' in Arnhem is er één "
            "les die ik iedereen zou meegeven: procesregie zonder mandaat is een praatclub.\n\n"
            "In de eerste maanden hadden onze procesregisseurs in Presikhaaf en Malburgen wel "
            "de opdracht om partners bij elkaar te brengen, maar niet de bevoegdheid om knopen "
            "door te hakken. Het gevolg: overleggen waarin iedereen het eens was over het "
            "probleem, maar niemand de eerste stap zette. Een moeder van drie kinderen zat na "
            "zes weken nog steeds zonder oplossing voor haar energierekening, terwijl vier "
            "organisaties haar situatie kenden.\n\n"
            "Toen zijn we naar de directeuren van de belangrijkste partners gegaan. Geen nieuw "
            "convenant, maar een afspraak op één A4:\n\n"
            "- De procesregisseur mag een besluit nemen als partners het niet eens worden.\n"
            "- Een partner die het daar niet mee eens is, kan binnen twee werkdagen opschalen "
            "naar het escalatieoverleg.\n"
            "- Het escalatieoverleg beslist binnen een week.\n\n"
            "In het begin werd het escalatieoverleg vaak gebruikt, na een paar maanden bijna "
            "niet meer. Alleen al het feit dat het er was, veranderde het gedrag aan tafel.\n\n"
            "**Wat ik anders zou doen:** deze afspraak vóór de start maken, niet pas als het "
            "misgaat. Het heeft ons een halfjaar gekost. Meer over de aanpak lees je in ons "
            "[eindverslag](https://www.example.org/arnhem-een-huishouden-een-plan).\n\n"
            "Hoe regelen andere gemeenten het mandaat? Via de inkoop, een convenant of nog "
            "iets anders?"
        ),
        "themes": ["integraal-werken", "toegang"],
        "state": "published",
        "editors_message": "",
        "days_ago": 255,
    },
    {
        "key": "arnhem-plan-twee-kantjes",
        "practice": "arnhem-een-huishouden-een-plan",
        "author": "sofie.kowalczyk@haarlem.example",
        "title": "Een plan op twee kantjes: wat ik uit Arnhem meenam naar Haarlem",
        "body": (
            "Als adviseur integraal werken in Haarlem volgde ik de lerende praktijk in Arnhem "
            "vanaf het begin. Ik schoof aan bij leerbijeenkomsten van de procesregisseurs en "
            "las mee met geanonimiseerde plannen.\n\n"
            "Wat me het meest is bijgebleven, is het plan zelf. In Haarlem hadden we plannen "
            "van tien pagina's, vol doelen in vaktaal. In Arnhem was de regel: **maximaal twee "
            "kantjes, in de woorden van het huishouden**. Bovenaan staat wat het huishouden "
            "zelf wil bereiken, bijvoorbeeld 'weer rust in huis' of 'dat mijn zoon weer naar "
            "school gaat'. Daaronder staat per afspraak wie wat doet en wanneer.\n\n"
            "Ik heb dit met twee wijkteams in Haarlem uitgeprobeerd. Wat we tegenkwamen:\n\n"
            "- Professionals vonden het lastig om hun eigen doelen los te laten. 'Maar waar "
            "zet ik dan de indicatie?' Die staat nu in een bijlage.\n"
            "- Huishoudens lazen het plan wél. Bij de lange versie gebeurde dat bijna nooit.\n"
            "- Partners waren eerst sceptisch, maar merkten dat afspraken beter werden "
            "nagekomen.\n\n"
            "Het plan is geen wondermiddel. Zonder iemand die het bewaakt, blijft het papier. "
            "Maar het helpt om het gesprek te voeren over wat het huishouden wil, in plaats "
            "van over wat wij willen.\n\n"
            "Wil je een leeg voorbeeld van het Haarlemse format? Stuur me gerust een bericht."
        ),
        "themes": ["integraal-werken"],
        "state": "published",
        "editors_message": "",
        "days_ago": 112,
    },
    {
        "key": "tiel-geen-mantelzorger",
        "practice": "tiel-mantelzorg-in-beeld",
        "author": "femke.vanwijk@tiel.example",
        "title": "Mantelzorgers die zichzelf geen mantelzorger noemen",
        "body": (
            "In de eerste maanden van onze lerende praktijk in Tiel stuitten we steeds op "
            "hetzelfde: mensen die veel zorg geven, herkennen zich niet in het woord "
            "'mantelzorger'. 'Ik ben gewoon haar man', zei iemand tegen onze consulent. 'Dat "
            "doe je toch gewoon.'\n\n"
            "Onze signaleringskaart begon met de vraag 'Bent u mantelzorger?'. Die hebben we "
            "snel geschrapt. Samen met de klankbordgroep van mantelzorgers hebben we de kaart "
            "herschreven. Nu begint hij zo:\n\n"
            "- Zorgt u voor iemand in uw omgeving die ziek is of hulp nodig heeft?\n"
            "- Hoeveel tijd kost dat u ongeveer per week?\n"
            "- Lukt het u nog om dingen voor uzelf te doen?\n\n"
            "De wijkverpleegkundigen gebruiken de kaart nu tijdens hun gewone bezoek. Juist "
            "zij zien de partner of het kind in huis goed. Via hen komen de meeste nieuwe "
            "signalen binnen.\n\n"
            "**Wat ik ervan leer:** vroegsignalering begint bij de woorden die je kiest. Als "
            "je een label gebruikt dat mensen niet herkennen, mis je precies de groep die je "
            "zoekt.\n\n"
            "We lopen nog vast bij scholen en werkgevers. Jonge en werkende mantelzorgers zijn "
            "lastig te bereiken. Heeft iemand een goede ingang gevonden bij het voortgezet "
            "onderwijs?"
        ),
        "themes": ["mantelzorg", "sociaal-en-gezond"],
        "state": "published",
        "editors_message": "",
        "days_ago": 78,
    },
    {
        "key": "tiel-eerste-telefoontje",
        "practice": "tiel-mantelzorg-in-beeld",
        "author": "kim.oomen@welzijn-breda.example",
        "title": "Het eerste telefoontje na een signaal: zo bouw ik het op",
        "body": (
            "Ik werk in Breda als mantelzorgconsulent. De lerende praktijk in Tiel vroeg me om "
            "in een leerbijeenkomst te vertellen hoe ik bel na een signaal van een huisarts of "
            "wijkverpleegkundige. Dat leverde zoveel reacties op dat ik het hier graag deel.\n\n"
            "Het eerste telefoontje is spannend voor beide kanten. De mantelzorger heeft niet "
            "zelf om contact gevraagd en kan zich overvallen voelen. Ik bouw het gesprek "
            "daarom altijd op dezelfde manier op:\n\n"
            "1. **Zeg meteen waarom je belt en via wie.** 'De wijkverpleegkundige vertelde dat "
            "u veel voor uw vrouw zorgt, en vroeg of ik eens mocht bellen.'\n"
            "2. **Vraag of het nu uitkomt.** Veel mantelzorgers bellen liever terug op een "
            "rustig moment.\n"
            "3. **Begin bij hen, niet bij het aanbod.** 'Hoe gaat het eigenlijk met ú?' is "
            "vaak de eerste keer dat iemand dat vraagt.\n"
            "4. **Eindig met één kleine afspraak.** Een tweede belletje, een bezoek of een "
            "folder, niet alles tegelijk.\n\n"
            "De consulenten in Tiel gaan hier nu mee aan de slag. Ik ben benieuwd wat zij "
            "tegenkomen, en of dit ook werkt bij mantelzorgers die het Nederlands minder goed "
            "spreken. Wie heeft daar ervaring mee?"
        ),
        "themes": ["mantelzorg"],
        "state": "submitted",
        "editors_message": "",
        "days_ago": 9,
    },
    {
        "key": "zaanstad-stiltes",
        "practice": "zaanstad-eigen-regie",
        "author": "priya.ramdin@zaanstad.example",
        "title": "Stiltes laten vallen: wat intervisie ons leerde over regie teruggeven",
        "body": (
            "In Zaanstad willen we dat inwoners zelf de regie houden over hun ondersteuning. "
            "Op papier klinkt dat logisch. In het gesprek blijkt het verrassend moeilijk.\n\n"
            "Elke maand bespreken de wijkcoaches in Poelenburg in intervisie een gesprek "
            "waarin ze de regie overnamen, vaak zonder het door te hebben. Een wijkcoach "
            "bracht een opname in van een keukentafelgesprek, met toestemming van de inwoner. "
            "Toen we het terugluisterden, viel iedereen hetzelfde op: elke keer dat de inwoner "
            "even stil was, vulde de wijkcoach de stilte met een oplossing.\n\n"
            "'Zal ik de huisarts bellen?' 'Zullen we een aanvraag doen?' Goed bedoeld, maar "
            "daarmee nam ze het over.\n\n"
            "We hebben daarna een simpele oefening afgesproken: **na een open vraag tel je in "
            "je hoofd tot vijf voordat je iets zegt.** Dat voelde in het begin ongemakkelijk. "
            "Maar wijkcoaches merkten dat inwoners in die stilte vaak zelf met een idee "
            "kwamen: een buurvrouw die kon helpen, of een oplossing die eerder had gewerkt.\n\n"
            "Wat ik hieruit leer:\n\n"
            "- Eigen regie is geen methode, maar een houding die je in kleine momenten laat "
            "zien.\n"
            "- Je ziet het pas als je naar echte gesprekken kijkt, niet naar verslagen.\n"
            "- Intervisie werkt beter met één concreet fragment dan met een hele casus.\n\n"
            "Gebruiken jullie ook opnames of rollenspellen om de mensgerichte basishouding te "
            "oefenen? En hoe regelen jullie de toestemming van inwoners?"
        ),
        "themes": ["eigen-regie", "toegang"],
        "state": "published",
        "editors_message": "",
        "days_ago": 182,
    },
    {
        "key": "zaanstad-visie-eigen-regie",
        "practice": "zaanstad-eigen-regie",
        "author": "daan.visser@mee.example",
        "title": "Eigen regie: een kwestie van visie",
        "body": (
            "Eigen regie is een van de belangrijkste uitgangspunten in het sociaal domein. "
            "Sinds de decentralisaties verwachten gemeenten dat inwoners meer zelf doen, met "
            "hulp van hun netwerk waar dat kan. Dat is een mooi uitgangspunt, maar het vraagt "
            "veel van inwoners en van professionals.\n\n"
            "In het beleidsplan van Zaanstad staat dat de inwoner centraal staat en dat "
            "ondersteuning aansluit bij wat iemand zelf kan en wil. Ook staat erin dat de "
            "gemeente inzet op preventie, op een sterke sociale basis en op samenwerking met "
            "partners. Dat zijn belangrijke ambities die breed worden gedeeld.\n\n"
            "Als onafhankelijk cliëntondersteuner vind ik dat eigen regie altijd moet uitgaan "
            "van de mogelijkheden van de inwoner. Niet iedereen kan evenveel. Daarom is "
            "regiehulp zo belangrijk. Ook de houding van professionals doet ertoe: zij moeten "
            "luisteren en niet te snel invullen.\n\n"
            "Ik denk dat we met elkaar nog een lange weg te gaan hebben. Eigen regie vraagt om "
            "een andere manier van denken, bij gemeenten, bij aanbieders en bij inwoners zelf. "
            "Laten we daar samen aan blijven werken."
        ),
        "themes": ["eigen-regie"],
        "state": "changes_requested",
        "editors_message": (
            "Dank je voor je bijdrage. Je stuk is nu vooral een algemene beschouwing over "
            "eigen regie en een samenvatting van het beleidsplan. Daardoor wordt niet "
            "duidelijk wat er in de lerende praktijk in Zaanstad is gebeurd en wat jij ervan "
            "hebt geleerd. Kun je één concreet voorbeeld uit je werk als cliëntondersteuner "
            "beschrijven: wat je probeerde, wat het opleverde en wat je de volgende keer "
            "anders doet? Een vraag aan het netwerk aan het eind helpt collega's om te "
            "reageren."
        ),
        "days_ago": 36,
    },
    {
        "key": "zaanstad-werkblad-pictogrammen",
        "practice": "zaanstad-eigen-regie",
        "author": "thijs.degroot@meedoen-deventer.example",
        "title": "Het werkblad met pictogrammen: eerste test met vijf inwoners",
        "body": (
            "Bij Stichting Meedoen Deventer werk ik veel met mensen voor wie lezen en "
            "schrijven niet vanzelf gaat. Toen Zaanstad vertelde dat het werkblad voor het "
            "eigen plan te ingewikkeld bleek, heb ik aangeboden om mee te denken over een "
            "eenvoudigere versie.\n\n"
            "Met twee wijkcoaches en een inwoner uit de klankbordgroep maakten we een werkblad "
            "met pictogrammen. Elk leefgebied heeft een plaatje: een huis, een euroteken, een "
            "hart, twee poppetjes voor contacten. Naast elk plaatje staan drie gezichtjes, van "
            "blij tot verdrietig. Schrijven hoeft niet, wijzen mag.\n\n"
            "We hebben het de afgelopen weken getest met vijf inwoners. Wat opviel:\n\n"
            "- Inwoners kwamen sneller tot het eigenlijke gesprek. Ze wezen een verdrietig "
            "gezichtje aan en begonnen te vertellen.\n"
            "- Het plaatje voor zingeving begreep niemand. Dat gaan we vervangen.\n"
            "- Een inwoner wilde het werkblad mee naar huis nemen om het met haar dochter te "
            "bespreken. Dat was niet gepland, maar het is precies wat we willen.\n\n"
            "**Wat ik ervan leer:** een eenvoudiger werkblad is niet minder. Het haalt een "
            "drempel weg die we zelf hadden opgeworpen.\n\n"
            "De volgende stap is een test met inwoners die Nederlands nog aan het leren zijn. "
            "Heeft iemand pictogrammen die al met verschillende taalgroepen zijn getest? Ik "
            "kijk zelf naar [deze "
            "verzameling](https://www.example.org/pictogrammen-sociaal-domein), maar hoor "
            "graag wat anderen gebruiken."
        ),
        "themes": ["eigen-regie", "activering"],
        "state": "submitted",
        "editors_message": "",
        "days_ago": 2,
    },
    {
        "key": "rotterdam-tweede-bezoek",
        "practice": "rotterdam-vroegsignalering-schulden",
        "author": "kevin.martina@rotterdam.example",
        "title": "Twee keer aanbellen, op een ander tijdstip",
        "body": (
            "Nu onze lerende praktijk vroegsignalering is afgerond, wil ik één les delen die "
            "klein lijkt maar veel verschil maakte: het tweede bezoek op een ander tijdstip.\n\n"
            "In de eerste maanden gingen onze huisbezoekers overdag langs, tussen negen en "
            "vijf. Logisch, want dan werken wij. Maar op veel adressen werd niet opengedaan. "
            "De huisbezoekers lieten een kaart achter en gingen door naar het volgende adres.\n\n"
            "Een ervaringsdeskundige in het team zei: 'Wie werkt, is overdag niet thuis. En "
            "wie schulden heeft, werkt vaak juist extra.' Toen hebben we afgesproken dat het "
            "tweede bezoek altijd op een ander moment plaatsvindt: 's avonds tussen zes en "
            "acht, of op zaterdagochtend.\n\n"
            "Wat dat opleverde:\n\n"
            "- Bij het tweede bezoek werd veel vaker opengedaan dan bij het eerste.\n"
            "- We spraken huishoudens die we anders nooit hadden gezien: werkende ouders, "
            "mensen met twee banen, zzp'ers.\n"
            "- De gesprekken waren korter, maar mensen belden vaker zelf terug.\n\n"
            "Het vroeg wel iets van de organisatie: avondwerk moest worden ingeroosterd en de "
            "veiligheid van huisbezoekers goed geregeld. We gingen altijd met z'n tweeën.\n\n"
            "**Mijn les voor anderen:** kijk kritisch naar wanneer je werkt, niet alleen naar "
            "hoe. Het rooster van de organisatie is niet het rooster van de inwoner.\n\n"
            "Hoe organiseren andere gemeenten avond- en weekendbezoeken? Ik ben vooral "
            "benieuwd naar de afspraken met de ondernemingsraad."
        ),
        "themes": ["schuldhulpverlening", "aanpak-armoede", "outreachend-werken"],
        "state": "published",
        "editors_message": "",
        "days_ago": 270,
    },
    {
        "key": "rotterdam-ervaringsdeskundige-aan-de-deur",
        "practice": "rotterdam-vroegsignalering-schulden",
        "author": "romano.wijngaarde@ervaringsdeskundigen-haaglanden.example",
        "title": "Als ervaringsdeskundige mee aan de deur",
        "body": (
            "Ik heb zelf jaren met schulden geleefd. Ik weet hoe het is om brieven niet open "
            "te maken en de deur niet open te doen als er wordt aangebeld. Daarom liep ik mee "
            "bij de huisbezoeken in de Rotterdamse lerende praktijk.\n\n"
            "Mijn rol was niet om regelingen uit te leggen. Dat deed de professional. Ik was "
            "er om te laten zien dat je eruit kunt komen. Soms zei ik alleen: 'Ik heb ook zo'n "
            "stapel gehad. Het is echt op te lossen.' Dan zag je iemand ontspannen.\n\n"
            "Wat ik heb geleerd:\n\n"
            "- **Niet elk gesprek vraagt om mijn verhaal.** Soms wil iemand gewoon zakelijk "
            "een regeling treffen. Dan houd ik me stil.\n"
            "- **Het gesprek na het bezoek is net zo belangrijk.** Met de professional "
            "bespraken we elke keer wat er gebeurde. Zo leerden we elkaars rol kennen.\n"
            "- **Het is zwaar.** Elk bezoek haalt iets van vroeger naar boven. Ik had een "
            "vaste collega-ervaringsdeskundige om mee te praten. Zonder die steun had ik het "
            "niet volgehouden.\n\n"
            "Ik merk dat gemeenten graag ervaringsdeskundigen inzetten, maar niet altijd "
            "nadenken over begeleiding en betaling. Wij werden in Rotterdam per dagdeel "
            "betaald, en daardoor voelde ik me serieus genomen.\n\n"
            "Mijn vraag aan trekkers: hoe zorgen jullie dat ervaringsdeskundigen niet alleen "
            "worden gevraagd, maar ook goed worden ondersteund?"
        ),
        "themes": [
            "schuldhulpverlening",
            "clientenparticipatie",
            "outreachend-werken",
        ],
        "state": "published",
        "editors_message": "",
        "days_ago": 196,
    },
    {
        "key": "rotterdam-lessen-voor-schiedam",
        "practice": "rotterdam-vroegsignalering-schulden",
        "author": "amira.haddad@schiedam.example",
        "title": "Wat Schiedam overneemt van de Rotterdamse vroegsignalering",
        "body": (
            "Schiedam ligt naast Rotterdam, en veel van onze inwoners hebben dezelfde "
            "vaste-lastenpartners. Ik was betrokken bij een paar leersessies van de "
            "Rotterdamse lerende praktijk. Nu die is afgerond, heb ik met collega's bekeken "
            "wat we kunnen overnemen.\n\n"
            "Wat we overnemen:\n\n"
            "- **Het tweede bezoek op een ander tijdstip.** Dat is simpel en levert veel op.\n"
            "- **Ervaringsdeskundigen mee op huisbezoek**, met een vaste vergoeding en een "
            "eigen intervisiegroep.\n"
            "- **Doorvragen na de regeling.** Een achterstand oplossen is niet het einde van "
            "het gesprek.\n\n"
            "Wat we (nog) niet overnemen, is het centrale team dat signalen verdeelt. Schiedam "
            "is kleiner en onze schuldhulpverleners kennen de wijken zelf. We verwachten dat "
            "een extra schakel bij ons meer vertraging geeft dan hij oplevert.\n\n"
            "Wat ik lastig vind, is hoe je het **aantal gesprekken** bijhoudt zonder dat het "
            "een productienorm wordt. In Rotterdam hoorde ik dat huisbezoekers soms druk "
            "voelden om veel adressen af te werken. Dat wil ik in Schiedam voorkomen.\n\n"
            "Heeft iemand een goede manier gevonden om vroegsignalering te volgen zonder het "
            "team af te rekenen op aantallen? Ik hoor het graag."
        ),
        "themes": ["schuldhulpverlening", "aanpak-armoede"],
        "state": "submitted",
        "editors_message": "",
        "days_ago": 11,
    },
    {
        "key": "gouda-onderwerp-kiezen",
        "practice": "gouda-dialoog-in-de-wijk",
        "author": "lotte.verhoef@gouda.example",
        "title": "Bewoners kiezen het onderwerp: lessen uit de eerste dialoogtafels",
        "body": (
            "Onze eerste bijeenkomst in Gouda-Oost was een grote avond in het wijkcentrum, met "
            "een wethouder, een presentatie en een zaal vol bewoners. Het werd een avond van "
            "klachten en verwijten. Niet omdat bewoners lastig waren, maar omdat wij het "
            "onderwerp en de vorm hadden gekozen.\n\n"
            "Daarna zijn we het anders gaan doen. We organiseren nu **kleine dialoogtafels** "
            "van acht tot tien mensen, in het buurthuis, de bibliotheek of een moskee. Het "
            "bewonersklankbord nodigt uit, en de deelnemers kiezen aan het begin zelf waar ze "
            "het over willen hebben.\n\n"
            "Dat levert andere gesprekken op. Een tafel over 'de jongeren op het plein' ging "
            "uiteindelijk over het gebrek aan plekken voor jongeren én voor ouderen. Een tafel "
            "over 'de nieuwe buren' ging over de vraag hoe je eigenlijk kennismaakt in een "
            "straat waar iedereen achter de voordeur leeft.\n\n"
            "Wat ik leer:\n\n"
            "- De gemeente moet aan tafel vooral luisteren. Een wijkagent of ambtenaar die "
            "gaat uitleggen, sluit het gesprek af.\n"
            "- Een tafel is geslaagd als mensen blijven zitten, ook als ze het oneens blijven.\n"
            "- Terugkoppeling binnen vier weken is cruciaal. Daarna is het vertrouwen weg.\n\n"
            "Wat we nog lastig vinden: mensen bereiken die nergens komen en op sociale media "
            "het hardst roepen. Hoe doen andere gemeenten dat zonder dat zij het gesprek "
            "overnemen?"
        ),
        "themes": ["polarisatie", "clientenparticipatie"],
        "state": "published",
        "editors_message": "",
        "days_ago": 47,
    },
    {
        "key": "gouda-samenwerking-buurthuis",
        "practice": "gouda-dialoog-in-de-wijk",
        "author": "ozlem.kaya@welzijn-eindhoven.example",
        "title": "Waarom de samenwerking met het buurthuis vastliep",
        "body": (
            "Ik werk als opbouwwerker in Eindhoven en denk mee met de lerende praktijk in "
            "Gouda. Ik wil eerlijk zijn over iets wat niet goed ging.\n\n"
            "De dialoogtafels in Korte Akkeren zouden plaatsvinden in buurthuis De Kade. Maar "
            "de coördinator van het buurthuis, een man van rond de zestig die daar al twintig "
            "jaar werkt, wilde er eigenlijk niets van weten. Hij zei in een overleg letterlijk "
            "dat 'dit soort praatclubs' alleen onrust brengen en dat hij 'die groepen' niet in "
            "zijn buurthuis wilde. Iedereen in de wijk weet hoe hij is, en eerlijk gezegd "
            "houdt hij al jaren alles tegen.\n\n"
            "Twee keer werd een tafel op het laatste moment afgezegd omdat de zaal 'toch "
            "bezet' was. Bewoners stonden voor een dichte deur. Ik vind dat de gemeente hier "
            "veel eerder had moeten ingrijpen, en dat de stichting die het buurthuis beheert "
            "haar verantwoordelijkheid niet neemt.\n\n"
            "Uiteindelijk zijn we uitgeweken naar de bibliotheek. Daar ging het prima."
        ),
        "themes": ["polarisatie"],
        "state": "changes_requested",
        "editors_message": (
            "Dank je voor je open verhaal; een samenwerking die vastloopt is juist leerzaam "
            "voor anderen. In deze vorm kunnen we het niet publiceren. De coördinator is door "
            "de naam van het buurthuis, zijn leeftijd en zijn functie direct herkenbaar, en "
            "hij wordt persoonlijk bekritiseerd zonder dat hij kan reageren. Wil je het stuk "
            "richten op wat er in de samenwerking gebeurde en wat jij of het team ervan hebt "
            "geleerd, zonder personen of de locatie aan te wijzen? Bijvoorbeeld: hoe maak je "
            "vooraf afspraken met een locatie, en wat doe je als een partner niet meewerkt?"
        ),
        "days_ago": 19,
    },
    {
        "key": "heerlen-regisseur-per-signaal",
        "practice": "heerlen-weerbare-wijken",
        "author": "joep.lemmens@heerlen.example",
        "title": "Eén regisseur per signaal: zo werkt ons wijkoverleg",
        "body": (
            "In Heerlen-Noord wisten veel partners iets over ondermijning, maar niemand wist "
            "alles. De wijkagent zag wie er 's nachts af en aan reed, de woningcorporatie zag "
            "een woning waar niemand leek te wonen, en het jongerenwerk hoorde over jongeren "
            "die opeens dure spullen hadden. Die signalen kwamen zelden bij elkaar.\n\n"
            "Sinds ruim een jaar hebben we in Meezenbroek en Heerlerheide elke twee weken een "
            "wijkoverleg. Aan tafel zitten het wijkteam, de wijkagent, de woningcorporatie, "
            "het jongerenwerk en iemand namens de scholen. Per signaal wijzen we **één "
            "procesregisseur** aan. Die beslist wat de volgende stap is en wie contact zoekt "
            "met het huishouden.\n\n"
            "Een paar afspraken die we hebben gemaakt:\n\n"
            "- We bespreken signalen eerst zonder namen. Pas als duidelijk is dat er actie "
            "nodig is, delen de partners die daarvoor een grondslag hebben gegevens.\n"
            "- Als er zorgen én veiligheidsrisico's zijn, komt de procesregisseur in principe "
            "uit het wijkteam. Handhaving volgt, maar leidt niet.\n"
            "- Elke regisseur koppelt na vier weken terug wat er is gebeurd.\n\n"
            "Het moeilijkste is het vertrouwen van bewoners. Als het wijkteam te nauw met de "
            "politie lijkt samen te werken, gaan deuren dicht. Daarom houden we de rollen bij "
            "huisbezoeken zichtbaar gescheiden.\n\n"
            "Hoe bewaken andere gemeenten die grens tussen zorg en veiligheid, zonder dat "
            "signalen blijven liggen?"
        ),
        "themes": ["ondermijning", "integraal-werken"],
        "state": "published",
        "editors_message": "",
        "days_ago": 138,
    },
    {
        "key": "heerlen-spreekkamer",
        "practice": "heerlen-weerbare-wijken",
        "author": "khadija.elamrani@gc-maastricht-west.example",
        "title": "Wat je als praktijkondersteuner ziet, maar niet altijd kunt zeggen",
        "body": (
            "Als praktijkondersteuner ggz in Maastricht-West ben ik gevraagd mee te denken met "
            "de lerende praktijk in Heerlen over de rol van de eerste lijn. In de spreekkamer "
            "hoor ik soms dingen die passen bij ondermijning: een jongere die slecht slaapt "
            "omdat hij 'iets moet terugbetalen', of een ouder die bang is voor mensen die aan "
            "de deur komen.\n\n"
            "Tegelijk heb ik een beroepsgeheim. Ik kan niet zomaar aanschuiven bij een "
            "wijkoverleg en vertellen wat ik hoor. In een leersessie in Heerlen hebben we "
            "besproken hoe de eerste lijn toch kan bijdragen:\n\n"
            "- **Met toestemming doorverwijzen** naar het wijkteam, met een warme overdracht.\n"
            "- **Algemene patronen delen** zonder namen, bijvoorbeeld dat er meer jongeren met "
            "stressklachten uit een bepaalde wijk komen.\n"
            "- **Zelf beter weten wie je kunt bellen**, zodat je in de spreekkamer een "
            "concreet aanbod kunt doen.\n\n"
            "Wat ik merk: veel huisartsen en praktijkondersteuners weten niet dat zo'n "
            "wijkoverleg bestaat. Een korte kennismaking met de procesregisseurs zou al veel "
            "helpen.\n\n"
            "Ik ben benieuwd of andere gemeenten de huisartsenzorg betrekken bij de aanpak van "
            "ondermijning, en hoe ze daarbij omgaan met het beroepsgeheim."
        ),
        "themes": ["ondermijning", "sociaal-en-gezond"],
        "state": "submitted",
        "editors_message": "",
        "days_ago": 13,
    },
    {
        "key": "nieuwegein-eerst-praten",
        "practice": "nieuwegein-wijkaanpak",
        "author": "rachid.bouzid@nieuwegein.example",
        "title": "Eerst praten met wie overlast geeft: wat ons overleg veranderde",
        "body": (
            "Voordat we in Nieuwegein met de wijkaanpak begonnen, ging het bij overlast "
            "meestal zo: buren melden, de woningcorporatie stuurt een brief, de politie komt "
            "langs, en na een paar maanden volgt nog een brief. Niemand sprak echt met de "
            "bewoner die de overlast veroorzaakte.\n\n"
            "In de lerende praktijk hebben we dat omgedraaid. Bij een complexe "
            "overlastsituatie gaat de procesregisseur uit het sociaal wijkteam **eerst in "
            "gesprek met de veroorzaker**, liefst samen met iemand die de bewoner al kent. Pas "
            "daarna bespreken we in het overleg welke maatregelen nodig zijn.\n\n"
            "Een voorbeeld: een bewoner die 's nachts harde muziek draaide, bleek door pijn "
            "niet te kunnen slapen en zwaar in de schulden te zitten. De muziek was zijn "
            "manier om de nacht door te komen. Met schuldhulp, een afspraak bij de huisarts en "
            "een koptelefoon was de overlast binnen een paar weken flink minder.\n\n"
            "Niet elke situatie loopt zo af. Soms is er weinig bereidheid en moeten handhaving "
            "of de corporatie ingrijpen. Maar ook dan helpt het dat er eerst een gesprek is "
            "geweest.\n\n"
            "Wat ik anderen zou meegeven:\n\n"
            "- Spreek vooraf af wie de regie heeft: zorg of veiligheid.\n"
            "- Geef de procesregisseur tijd voor dat eerste gesprek, ook als de melders "
            "ongeduldig zijn.\n"
            "- Plan na drie maanden een nazorgmoment.\n\n"
            "Hoe gaan andere gemeenten om met melders die vinden dat praten te lang duurt?"
        ),
        "themes": ["overlast", "integraal-werken"],
        "state": "published",
        "editors_message": "",
        "days_ago": 225,
    },
    {
        "key": "nieuwegein-melders-terugbellen",
        "practice": "nieuwegein-wijkaanpak",
        "author": "ahmet.celik@amersfoort.example",
        "title": "Melders terugbellen, ook als er niets nieuws te melden is",
        "body": (
            "Als adviseur openbare orde en veiligheid in Amersfoort volgde ik de wijkaanpak in "
            "Nieuwegein als meedenker. Eén onderdeel heb ik direct meegenomen naar mijn eigen "
            "gemeente: het terugbellen van melders.\n\n"
            "In Nieuwegein merkten ze dat buren die overlast meldden, vaak opnieuw meldden "
            "omdat ze niets hoorden. Niet omdat er niets gebeurde, maar omdat niemand het ze "
            "vertelde. Door de privacyregels kun je niet vertellen wat er met de veroorzaker "
            "wordt besproken. Dus zeiden partners maar niets.\n\n"
            "De afspraak werd: **elke melder wordt binnen een week teruggebeld**, en daarna "
            "elke vier weken zolang de situatie loopt. Je vertelt iets over het proces, niet "
            "over de inhoud. Bijvoorbeeld: 'We hebben uw melding besproken met de betrokken "
            "organisaties, er is iemand met de bewoner in gesprek, en ik bel u over vier weken "
            "weer.'\n\n"
            "Wat dat opleverde:\n\n"
            "- minder herhaalde meldingen over hetzelfde adres;\n"
            "- melders die meer geduld hadden met de aanpak;\n"
            "- minder boze mails aan de gemeenteraad.\n\n"
            "In Amersfoort proberen we dit nu in één wijk. Het kost tijd, en niet elke "
            "organisatie wil de terugbeller zijn. Wij hebben het bij de gemeente belegd.\n\n"
            "Wie heeft het terugbellen bij de woningcorporatie of de politie belegd, en hoe "
            "bevalt dat?"
        ),
        "themes": ["overlast", "integraal-werken"],
        "state": "published",
        "editors_message": "",
        "days_ago": 101,
    },
    {
        "key": "vlissingen-voorbereiding",
        "practice": "vlissingen-armoede-samen-aanpakken",
        "author": "marco.koppejan@vlissingen.example",
        "title": "Voorbereiding: eerste gesprekken met ervaringsdeskundigen in Vlissingen",
        "body": (
            "Onze lerende praktijk begint pas in januari, maar de voorbereiding is al volop "
            "bezig. De afgelopen weken heb ik drie gesprekken gevoerd met ervaringsdeskundigen "
            "uit Vlissingen en Middelburg over hoe zij het minimabeleid van de gemeente "
            "ervaren.\n\n"
            "Wat ik tot nu toe hoor:\n\n"
            "- Het aantal regelingen is niet het probleem, wel dat elke regeling een eigen "
            "formulier heeft.\n"
            "- Mensen schamen zich omdat ze steeds opnieuw hun inkomen moeten laten zien.\n"
            "- Ervaringsdeskundigen willen meedenken, maar niet 'gratis het werk van de "
            "gemeente doen'.\n\n"
            "Dat laatste neem ik serieus. We zoeken nu naar een vaste vergoeding per "
            "bijeenkomst, en naar een manier om ervaringsdeskundigen al bij het ontwerp te "
            "betrekken, niet pas bij de toetsing achteraf.\n\n"
            "Nog uit te werken:\n\n"
            "- hoe we het brede eerste gesprek opbouwen;\n"
            "- welke locaties we kiezen;\n"
            "- een voorbeeld uit een andere gemeente zoeken.\n\n"
            "Vraag aan het netwerk: wie werkt al met betaalde ervaringsdeskundigen bij het "
            "ontwerp van armoedebeleid, en hoe hebben jullie de vergoeding geregeld?"
        ),
        "themes": ["aanpak-armoede", "clientenparticipatie"],
        "state": "draft",
        "editors_message": "",
        "days_ago": 5,
    },
    {
        "key": "tilburg-waarom-langer-beschikken",
        "practice": "tilburg-toegang-met-vertrouwen",
        "author": "anouk.vandenheuvel@tilburg.example",
        "title": "Waarom we in Tilburg willen beginnen met langer beschikken",
        "body": (
            "In februari starten we in Tilburg met onze lerende praktijk 'Toegang met "
            "vertrouwen'. Ik schrijf dit stuk om mijn eigen gedachten te ordenen, en om alvast "
            "vragen op te halen bij gemeenten die ons voorgingen.\n\n"
            "Waarom langer beschikken? Toegangsmedewerkers vertellen me dat ze veel tijd kwijt "
            "zijn aan herindicaties waarvan de uitkomst vooraf al vaststaat. Inwoners ervaren "
            "die gesprekken als wantrouwen. Een lid van de Wmo-raad zei: 'Je moet elk jaar "
            "bewijzen dat je nog steeds ziek bent.'\n\n"
            "Ik heb de ervaringen uit Leeuwarden gelezen en wil graag leren van hun aanpak met "
            "een jaarlijkse check. Wat ik nog niet weet:\n\n"
            "- Met welke groepen beginnen we?\n"
            "- Hoe overtuigen we de controller dat dit niet tot hogere kosten leidt?\n"
            "- Hoe combineren we dit met brede vraagverheldering, zodat we iemand met een "
            "langere beschikking niet uit het oog verliezen?\n\n"
            "**Nog doen:** een gesprek plannen met de trekker in Leeuwarden en de Wmo-raad "
            "vragen wie wil meelezen.\n\n"
            "Heb je ervaring met langer beschikken, vooral met de afspraken met je controller? "
            "Dan hoor ik graag van je."
        ),
        "themes": ["toegang", "eigen-regie"],
        "state": "draft",
        "editors_message": "",
        "days_ago": 14,
    },
]
