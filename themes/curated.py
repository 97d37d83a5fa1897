"""The curated themes of the network, as first installed (data migration 0002 and the
demo content). Editors manage the list in the Wagtail admin afterwards."""

CURATED_THEMES = [
    (
        "Aanpak armoede",
        "aanpak-armoede",
        "Armoede voorkomen en bestrijden, van vroegsignalering tot bestaanszekerheid.",
    ),
    ("Activering", "activering", "Mensen in beweging brengen naar meedoen, vrijwilligerswerk of werk."),
    (
        "Cliëntenparticipatie",
        "clientenparticipatie",
        "Inwoners en ervaringsdeskundigen die meedenken en meebeslissen over beleid en uitvoering.",
    ),
    (
        "Culturele interventies",
        "culturele-interventies",
        "Kunst en cultuur als middel om mensen te verbinden en te versterken.",
    ),
    ("Eenzaamheid", "eenzaamheid", "Eenzaamheid herkennen, bespreekbaar maken en verminderen."),
    ("Eigen regie", "eigen-regie", "Inwoners die zelf richting geven aan hun leven, en hulp die daarbij aansluit."),
    (
        "Huiselijk geweld en partnergeweld",
        "huiselijk-geweld",
        "Preventie en aanpak van huiselijk geweld en geweld tussen (ex-)partners.",
    ),
    (
        "Hulp na seksueel misbruik",
        "hulp-na-seksueel-misbruik",
        "Passende steun en hulp voor slachtoffers van seksueel misbruik.",
    ),
    ("Implementatie", "implementatie", "Wat werkt ook echt laten werken: invoeren, borgen en opschalen."),
    ("Integraal werken", "integraal-werken", "Samenwerken over domeinen heen rond één huishouden met één plan."),
    ("Mantelzorg", "mantelzorg", "Ondersteuning van mantelzorgers en het voorkomen van overbelasting."),
    ("Ondermijning", "ondermijning", "Weerbaarheid van wijken en inwoners tegen georganiseerde criminaliteit."),
    ("Outreachend werken", "outreachend-werken", "Erop af: hulp naar mensen toe brengen die zelf niet (meer) vragen."),
    ("Overlast", "overlast", "Aanpak van woonoverlast en verward gedrag in de wijk."),
    ("Polarisatie", "polarisatie", "Spanningen tussen groepen signaleren en de dialoog versterken."),
    (
        "Schulden en schuldhulpverlening",
        "schuldhulpverlening",
        "Schulden voorkomen, vroeg signaleren en mensen schuldenvrij helpen.",
    ),
    ("Sociaal en gezond", "sociaal-en-gezond", "De verbinding tussen het sociaal domein en de gezondheidszorg."),
    ("Sociale innovatie", "sociale-innovatie", "Nieuwe werkwijzen die sociale vraagstukken beter oplossen."),
    ("Toegang tot het sociaal domein", "toegang", "De voordeur van de gemeente: hoe inwoners de juiste hulp vinden."),
]
