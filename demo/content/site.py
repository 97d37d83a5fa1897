"""The home page and the editorial pages around it."""

from django.core.management import call_command

from home.models import ContentPage, HomePage

from .pages import publish_child, stream

HOME_INTRO = (
    "Gemeenten en professionals in het sociaal domein leren hier van elkaar: wat werkt, "
    "wat niet, en waarom. Deel ervaringen uit je lerende praktijk, lees wat andere "
    "gemeenten ontdekten en vind collega's die met dezelfde vragen bezig zijn."
)

HOME_BODY = [
    {"type": "heading", "value": {"text": "Zo werkt het lerend netwerk"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Elke gemeente die met het kennisinstituut een lerende praktijk start, wordt lid van "
            "het lerend netwerk. Trekkers delen wat ze onderweg tegenkomen, het instituut brengt "
            "kennis over wat werkt in, en samen maken we lessen die ook andere gemeenten verder helpen.</p>"
            "<ul><li>Vind trekkers in vergelijkbare gemeenten die aan hetzelfde thema werken.</li>"
            "<li>Lees lessen en “Wat werkt bij”-dossiers, gebaseerd op onderzoek én praktijk.</li>"
            "<li>Meld je aan voor landelijke bijeenkomsten en leernetwerken.</li></ul>"
        ),
    },
    {
        "type": "quote",
        "value": {
            "quote": "Door te zien hoe Deventer de vaste contactpersoon regelde, hoefden wij het wiel niet opnieuw uit te vinden.",
            "attribution": "Trekker van een lerende praktijk in Overijssel",
        },
    },
]

ABOUT_BODY = [
    {"type": "heading", "value": {"text": "Voor wie is het lerend netwerk?"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Het netwerk is er voor trekkers van lerende praktijken, voor Associate Members van het "
            "kennisinstituut en voor beleidsmedewerkers en professionals die met hen samenwerken. "
            "Bezoekers kunnen de openbare kennis lezen en de agenda bekijken.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Wat is een lerende praktijk?"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Een gemeente, vaak samen met haar sociale wijkteams, werkt een periode aan een stevig "
            "vraagstuk, zoals de toegang tot het sociaal domein. De gemeente wijst een trekker aan die er "
            "ongeveer vier uur per week aan besteedt. De praktijk kiest een paar werkzame elementen, zoals "
            "brede vraagverheldering of een vaste contactpersoon, en formuleert leervragen. Het instituut "
            "denkt mee, coacht en zorgt dat wat geleerd wordt beschikbaar komt voor andere gemeenten.</p>"
        ),
    },
]

PRIVACY_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>We verwerken alleen de gegevens die nodig zijn om het netwerk te laten werken: je naam, "
            "e-mailadres, de gegevens die je zelf in je profiel zet en wat je op het platform deelt.</p>"
            "<p>Je profiel is standaard alleen zichtbaar voor andere leden. Je kiest zelf of bezoekers het "
            "ook mogen zien en of leden je e-mailadres zien. Je kunt je gegevens altijd inzien en aanpassen "
            "via Mijn profiel.</p>"
        ),
    },
]

ACCESSIBILITY_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>We willen dat iedereen het lerend netwerk kan gebruiken. De site is gebouwd volgens de "
            "richtlijnen van WCAG 2.1 op niveau AA, met de componenten van het NL Design System. "
            "Alles werkt met het toetsenbord en met een schermlezer, ook zonder JavaScript.</p>"
            "<p>Loop je toch tegen iets aan? Laat het ons weten, dan lossen we het op.</p>"
        ),
    },
]


def load_home():
    home = HomePage.objects.get()
    if not home.body:
        home.title = "Lerend Netwerk"
        home.intro = HOME_INTRO
        home.body = stream(HOME_BODY)
        home.save_revision().publish()

    call_command("configure_site", verbosity=0)
    return home


def load_service_pages():
    home = HomePage.objects.get()
    publish_child(
        home,
        ContentPage,
        "over-het-netwerk",
        title="Over het netwerk",
        intro="Het lerend netwerk verbindt gemeenten die met het kennisinstituut aan een sociaal vraagstuk werken.",
        body=stream(ABOUT_BODY),
        show_in_footer=True,
    )
    publish_child(
        home,
        ContentPage,
        "privacyverklaring",
        title="Privacyverklaring",
        intro="Welke gegevens we van je bewaren, waarom, en wat je zelf kunt inzien en aanpassen.",
        body=stream(PRIVACY_BODY),
        show_in_footer=True,
    )
    publish_child(
        home,
        ContentPage,
        "toegankelijkheid",
        title="Toegankelijkheidsverklaring",
        intro="Hoe we zorgen dat iedereen het lerend netwerk kan gebruiken.",
        body=stream(ACCESSIBILITY_BODY),
        show_in_footer=True,
    )
