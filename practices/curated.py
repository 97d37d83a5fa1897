"""Effective elements (werkzame elementen) as first installed (migration and demo).
Editors manage the list in the Wagtail admin afterwards."""

CURATED_EFFECTIVE_ELEMENTS = [
    ("Brede vraagverheldering", "brede-vraagverheldering",
     "Samen met de inwoner uitzoeken wat er werkelijk speelt, op alle levensgebieden, voordat er een oplossing komt."),
    ("Vaste contactpersoon", "vaste-contactpersoon",
     "Eén professional die het aanspreekpunt blijft, ook als er meer organisaties meedoen."),
    ("Eigen regie en regiehulp", "eigen-regie-en-regiehulp",
     "De inwoner houdt het stuur; waar dat (even) niet lukt, helpt iemand bij het regie voeren."),
    ("Procesregie", "procesregie",
     "Eén professional bewaakt het plan en de samenwerking rond een huishouden."),
    ("Mensgerichte basishouding", "mensgerichte-basishouding",
     "Uitgaan van de mens en zijn situatie, niet van regels en producten."),
    ("Langduriger beschikken", "langduriger-beschikken",
     "Ondersteuning toekennen voor een langere periode, zodat inwoners niet steeds opnieuw hoeven aan te vragen."),
    ("Vroegsignalering", "vroegsignalering",
     "Problemen zien aankomen en contact zoeken voordat ze uit de hand lopen."),
    ("Outreachend contact", "outreachend-contact",
     "Erop af: zelf contact zoeken met inwoners die niet (meer) om hulp vragen."),
    ("Inzet van ervaringsdeskundigheid", "ervaringsdeskundigheid",
     "Mensen die het zelf hebben meegemaakt denken en werken mee in beleid en uitvoering."),
    ("Samenwerking in de wijk", "samenwerking-in-de-wijk",
     "Professionals, vrijwilligers en inwoners in de wijk kennen elkaar en trekken samen op."),
    ("Laagdrempelige ontmoeting", "laagdrempelige-ontmoeting",
     "Plekken en momenten waar inwoners elkaar zonder drempel kunnen ontmoeten."),
]  # fmt: skip
