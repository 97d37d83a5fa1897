"""Bijeenkomsten: the calendar with meetings of every type and format, coming and past.

Unlike the rest of the demo (dated from DEMO_TODAY), meetings are dated from the day the
demo is loaded: a calendar is about what is coming, so "upcoming" must stay upcoming.
Registrations go through `events.services` (with `now=` set to a moment inside the
registration window), so seats, waitlists and workshop places add up exactly as on the
live site. The confirmation mails they send go to the command's dummy e-mail backend,
like the mails of the other demo modules.

A meeting that exists already is left as it is, with its registrations: loading the demo
again changes nothing.
"""

import random
from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.html import escape

from events import services
from events.models import Attendance, EventFormat, EventIndexPage, EventPage, RegistrationQuestion, Workshop
from forum import services as forum_services
from forum.models import Category, Thread
from home.models import HomePage
from knowledge.models import Lesson
from members.models import Member
from municipalities.models import Municipality
from networks.models import LearningNetwork
from practices.models import LearningPractice
from themes.models import Theme

from .forum import _spread_in_time
from .pages import date_page, paragraphs, publish_child, stream
from .people import DEMO_PEOPLE
from .practices_data import PRACTICES

INDEX_INTRO = (
    "Landelijke bijeenkomsten, leernetwerken, webinars en regiobijeenkomsten: hier ontmoet je trekkers en "
    "professionals die met dezelfde vraagstukken bezig zijn. Meld je aan, of lees het verslag van wat je miste."
)

INSTITUTE = "Kennisinstituut Sociaal Domein"
ONLINE_URL = "https://online.lerendnetwerk.example/bijeenkomst/{slug}"

# The registration questions the editors use most; each meeting picks a few.
QUESTIONS = {
    "organisation": {"label": "Organisatie", "kind": "text", "prefill": "organisation", "required": True},
    "diet": {
        "label": "Dieetwensen of allergieën",
        "kind": "text",
        "help_text": "Laat leeg als je geen wensen hebt.",
    },
    "role": {
        "label": "Wat is je rol?",
        "kind": "choice",
        "choices": (
            "Trekker van een lerende praktijk\nBeleidsmedewerker\nProfessional in een wijkteam\n"
            "Ervaringsdeskundige\nAnders"
        ),
        "required": True,
    },
    "webinar_question": {
        "label": "Welke vraag wil je dat we in het webinar behandelen?",
        "kind": "textarea",
        "help_text": "We verzamelen de vragen vooraf en bespreken er zoveel mogelijk.",
    },
}

DIETS = ["", "Vegetarisch", "", "", "Glutenvrij", "", "Veganistisch", "", "Geen varkensvlees", "", "Lactosevrij"]

WEBINAR_QUESTIONS = [
    "Hoe houd je het contact vast als iemand na de eerste afspraak niet meer reageert?",
    "Wat doe je als de wachttijd bij een partner de hele aanpak ophoudt?",
    "Hoe leg je aan je wethouder uit dat dit geld bespaart, ook al zie je dat pas later?",
    "Welke afspraken over gegevensdeling heb je echt nodig om te beginnen?",
]

# Who does not register for meetings: the institute's own staff organise them.
ORGANISERS = {person["email"] for person in DEMO_PEOPLE if "editor" in person["roles"]}


def _slot(start, end, title, *sessions):
    return {
        "type": "slot",
        "value": {
            "start": start,
            "end": end,
            "title": title,
            "sessions": [
                {
                    "title": session[0],
                    "speakers": session[1] if len(session) > 1 else "",
                    "room": session[2] if len(session) > 2 else "",
                    "description": session[3] if len(session) > 3 else "",
                }
                for session in sessions
            ],
        },
    }


def _report(sections, quote=None):
    """A verslag: headings with text (a list of strings becomes a bulleted list)."""
    blocks = []
    for heading, text in sections:
        blocks.append({"type": "heading", "value": {"text": heading}})
        if isinstance(text, list):
            items = "".join(f"<li>{escape(item)}</li>" for item in text)
            blocks.append({"type": "paragraph", "value": f"<ul>{items}</ul>"})
        else:
            blocks.append({"type": "paragraph", "value": f"<p>{escape(text)}</p>"})
    if quote:
        blocks.append({"type": "quote", "value": {"quote": quote[0], "attribution": quote[1]}})
    return blocks


# Days are counted from the day the demo is loaded: negative is in the past.
EVENTS = [
    {
        "slug": "landelijke-bijeenkomst-toegang-die-werkt",
        "title": "Landelijke bijeenkomst: toegang die werkt",
        "event_type": "national",
        "format": "hybrid",
        "day": 24,
        "start": "09:30",
        "end": "16:30",
        "summary": (
            "Een dag over de voordeur van het sociaal domein: wat werkt bij brede vraagverheldering, een vaste "
            "contactpersoon en procesregie, met lerende praktijken uit het hele land."
        ),
        "themes": ["toegang", "integraal-werken"],
        "venue": "Jaarbeurs, Media Plaza",
        "address": "Jaarbeursplein 6\n3521 AL Utrecht",
        "municipality": "GM0344",
        "audience": "members",
        "capacity_in_person": 120,
        "capacity_online": 250,
        "opens": -30,
        "closes": 17,
        "cancel_days_before": 3,
        "description": [
            "Twee jaar lang werkten gemeenten als lerende praktijk aan een betere toegang tot het sociaal domein. "
            "Op deze landelijke bijeenkomst delen ze wat werkte, wat tegenviel en wat ze anders zouden doen.",
            "In de middag kies je per ronde een workshop. De plenaire delen kun je ook online volgen; de "
            "workshops zijn alleen in de zaal.",
        ],
        "programme": [
            _slot("09:30", "10:00", "Inloop met koffie"),
            _slot(
                "10:00",
                "10:45",
                "Opening: wat we leerden van twee jaar lerende praktijken",
                ("Welkom en terugblik", f"Sjoerd Wiersma ({INSTITUTE})", "Zaal 1"),
                ("Wat werkt bij toegang: de stand van het onderzoek", f"Nadia El Idrissi ({INSTITUTE})", "Zaal 1"),
            ),
            _slot(
                "10:45",
                "12:00",
                "Drie praktijken, drie voordeuren",
                (
                    "Eén voordeur in Zwolle",
                    "Annemieke ter Horst (gemeente Zwolle)",
                    "Zaal 1",
                    "Hoe het wijkteam binnen twee weken met iedere aanmelder aan tafel zit.",
                ),
                (
                    "Eén huishouden, één plan in Arnhem",
                    "Mehmet Yildiz (gemeente Arnhem)",
                    "Zaal 1",
                    "Wat er verandert als één professional de procesregie echt mag voeren.",
                ),
                (
                    "Toegang met vertrouwen in Tilburg",
                    "Anouk van den Heuvel (gemeente Tilburg)",
                    "Zaal 1",
                    "Een praktijk die net begint: de leervragen en de eerste stappen.",
                ),
            ),
            _slot("12:00", "13:15", "Lunch en informatiemarkt"),
            _slot(
                "13:30",
                "14:30",
                "Workshopronde 1",
                (
                    "Brede vraagverheldering in twintig minuten",
                    "Merel Kok (sociaal wijkteam Utrecht Noordwest)",
                    "Zaal 2",
                ),
                ("Vaste contactpersoon bij ziekte en verlof", "Priya Ramdin (gemeente Zaanstad)", "Zaal 3"),
                (
                    "Inwoners als adviseur van de voordeur",
                    "Romano Wijngaarde (Stichting Ervaringsdeskundigen Haaglanden)",
                    "Zaal 4",
                ),
            ),
            _slot(
                "14:45",
                "15:45",
                "Workshopronde 2",
                ("Procesregie: wie pakt de regie, en wanneer?", "Mehmet Yildiz (gemeente Arnhem)", "Zaal 2"),
                ("Langer beschikken zonder het zicht te verliezen", "Wietske Postma (gemeente Leeuwarden)", "Zaal 3"),
                ("Gegevens delen met toestemming", "Pieter Groen (Hogeschool Utrecht)", "Zaal 4"),
            ),
            _slot(
                "15:45",
                "16:30",
                "Afsluiting en borrel",
                ("Wat neem je maandag mee naar je team?", f"Sjoerd Wiersma ({INSTITUTE})", "Zaal 1"),
            ),
        ],
        "questions": ["organisation", "diet", "role"],
        "workshops": [
            ("Ronde 1 (13.30 uur)", "Brede vraagverheldering in twintig minuten", "Oefenen met de gesprekskaart.", 30),
            ("Ronde 1 (13.30 uur)", "Vaste contactpersoon bij ziekte en verlof", "Casuïstiek in een kleine groep.", 5),
            ("Ronde 1 (13.30 uur)", "Inwoners als adviseur van de voordeur", "Met ervaringsdeskundigen.", 25),
            (
                "Ronde 2 (14.45 uur)",
                "Procesregie: wie pakt de regie, en wanneer?",
                "Aan de hand van drie casussen.",
                30,
            ),
            ("Ronde 2 (14.45 uur)", "Langer beschikken zonder het zicht te verliezen", "Werkplaats, kleine groep.", 5),
            ("Ronde 2 (14.45 uur)", "Gegevens delen met toestemming", "Wat mag, wat moet en hoe vraag je het?", 25),
        ],
        "practices": [
            "zwolle-een-voordeur",
            "arnhem-een-huishouden-een-plan",
            "tilburg-toegang-met-vertrouwen",
            "zaanstad-eigen-regie",
        ],
        "attendees": 26,
        "online": 10,
        "first": ["trekker@zwolle.example", "associate@wijkteam-utrecht.example"],
    },
    {
        "slug": "leernetwerk-eenzaamheid-ontmoeting-die-blijft",
        "network": "eenzaamheid-in-de-wijk",
        "title": "Leernetwerk eenzaamheid: ontmoeting die blijft",
        "event_type": "learning_network",
        "format": "in_person",
        "day": 9,
        "start": "13:30",
        "end": "16:30",
        "summary": (
            "Een kleine kring van trekkers en professionals over ontmoeting die langer blijft dan één activiteit: "
            "wat werkt, en hoe houd je het vol na de projectperiode?"
        ),
        "themes": ["eenzaamheid", "sociaal-en-gezond"],
        "venue": "Gemeentehuis Emmen",
        "address": "Raadhuisplein 1\n7811 AP Emmen",
        "municipality": "GM0114",
        "audience": "members",
        "capacity_in_person": 12,
        "opens": -21,
        "cancel_days_before": 2,
        "description": [
            "Het leernetwerk eenzaamheid komt vier keer per jaar samen, steeds bij een van de deelnemende "
            "gemeenten. Deze keer is Emmen gastheer en laten we zien hoe huisartsen en welzijn elkaar vinden.",
            "We werken in een kleine groep, zodat iedereen een eigen situatie kan inbrengen. Daarom is het "
            "aantal plaatsen beperkt; is het vol, dan kom je op de wachtlijst.",
        ],
        "programme": [
            _slot(
                "13:30",
                "14:15",
                "Samen minder alleen in Emmen",
                ("Wat we leerden van een jaar belmomenten", "Bert Lanting (gemeente Emmen)"),
            ),
            _slot(
                "14:15",
                "15:30",
                "Intervisie: ontmoeting die blijft",
                ("Casussen uit de deelnemende gemeenten", f"Nadia El Idrissi ({INSTITUTE})"),
            ),
            _slot("15:30", "16:30", "Wat nemen we mee, en wat vragen we het instituut?"),
        ],
        "questions": ["organisation", "diet"],
        "practices": ["emmen-samen-minder-alleen", "tiel-mantelzorg-in-beeld"],
        "attendees": 16,
        "last": ["associate@wijkteam-utrecht.example"],
        "cancel": [4],
    },
    {
        "slug": "webinar-wat-werkt-bij-schuldhulpverlening",
        "title": "Webinar: wat werkt bij schuldhulpverlening, de nieuwe inzichten",
        "event_type": "webinar",
        "format": "online",
        "day": 5,
        "start": "15:00",
        "end": "16:15",
        "summary": (
            "Het vernieuwde dossier 'Wat werkt bij schuldhulpverlening' in een uur: de werkzame factoren, wat "
            "praktijken ermee deden en ruimte voor jouw vragen."
        ),
        "themes": ["schuldhulpverlening", "aanpak-armoede"],
        "audience": "open",
        "capacity_online": 300,
        "opens": -25,
        "description": [
            "Vroegsignalering, een vaste contactpersoon en afspraken met schuldeisers: in het vernieuwde dossier "
            "staat wat werkt. In dit webinar lichten we de belangrijkste inzichten toe en vertellen twee "
            "lerende praktijken hoe ze ermee aan de slag gingen.",
            "Het webinar is ook open voor mensen die (nog) geen lid zijn van het netwerk.",
        ],
        "programme": [
            _slot(
                "15:00",
                "15:25",
                "De werkzame factoren op een rij",
                ("Wat het onderzoek zegt", f"Nadia El Idrissi ({INSTITUTE})"),
            ),
            _slot(
                "15:25",
                "15:55",
                "Uit de praktijk",
                ("Vroeg erbij bij schulden in Rotterdam", "Kevin Martina (gemeente Rotterdam)"),
                ("Bestaanszekerheid in Midden-Groningen", "Hilde Wubbena (gemeente Midden-Groningen)"),
            ),
            _slot("15:55", "16:15", "Vragen uit de chat"),
        ],
        "questions": ["organisation", "webinar_question"],
        "practices": [
            "midden-groningen-bestaanszekerheid",
            "rotterdam-vroegsignalering-schulden",
            "lelystad-erop-af",
        ],
        "attendees": 18,
        "first": ["lid@gemeente-delft.example", "hans.mulder@schuldhulpmaatje.example"],
        "guests": [
            {
                "name": "Wouter Dijkstra",
                "email": "wouter.dijkstra@budgetcoaching-noord.example",
                "organisation": "Budgetcoaching Noord",
            },
            {
                "name": "Sanne Hoekstra",
                "email": "s.hoekstra@wooncorporatie-delta.example",
                "organisation": "Wooncorporatie Delta",
            },
            {
                "name": "Yusuf Demir",
                "email": "y.demir@kredietbank-oost.example",
                "organisation": "Kredietbank Oost",
                "confirmed": False,
            },
        ],
    },
    {
        "slug": "regiobijeenkomst-noord-bestaanszekerheid",
        "title": "Regiobijeenkomst Noord: bestaanszekerheid dichtbij",
        "event_type": "regional",
        "format": "in_person",
        "day": 16,
        "start": "13:00",
        "end": "17:00",
        "summary": (
            "Gemeenten, welzijn en vrijwilligersorganisaties uit Groningen, Fryslân en Drenthe over armoede en "
            "schulden in dorpen en kleine kernen."
        ),
        "themes": ["aanpak-armoede", "schuldhulpverlening"],
        "venue": "Forum Groningen",
        "address": "Nieuwe Markt 1\n9712 KN Groningen",
        "municipality": "GM0014",
        "audience": "open",
        "capacity_in_person": 40,
        "opens": -14,
        "cancel_days_before": 2,
        "description": [
            "In het noorden wonen veel mensen ver van het gemeentehuis. Hoe bereik je huishoudens die rond moeten "
            "komen als de dichtstbijzijnde hulp een half uur rijden is? Midden-Groningen vertelt over de aanpak "
            "met dorpsteams en vrijwillige thuisadministratie.",
        ],
        "programme": [
            _slot("13:00", "13:30", "Ontvangst"),
            _slot(
                "13:30",
                "14:30",
                "Bestaanszekerheid in Midden-Groningen",
                ("Dorpsteams en vroegsignalering", "Hilde Wubbena (gemeente Midden-Groningen)", "Studio 1"),
            ),
            _slot(
                "14:45",
                "16:15",
                "Tafelgesprekken",
                ("Vrijwillige thuisadministratie in kleine kernen", "Ineke Bosman (Humanitas)", "Studio 1"),
                (
                    "Praten over rondkomen bij het keukentafelgesprek",
                    "Jelle Bouma (gemeente Súdwest-Fryslân)",
                    "Studio 2",
                ),
            ),
            _slot("16:15", "17:00", "Napraten met een hapje en een drankje"),
        ],
        "questions": ["organisation", "diet", "role"],
        "practices": ["midden-groningen-bestaanszekerheid"],
        "attendees": 11,
        "first": ["hilde.wubbena@midden-groningen.example", "jelle.bouma@sudwestfryslan.example"],
        "guests": [
            {
                "name": "Grietje Mulder",
                "email": "grietje.mulder@dorpsbelangen-oldambt.example",
                "organisation": "Vereniging Dorpsbelangen",
            },
            {"name": "Ruud Smit", "email": "r.smit@voedselbank-veendam.example", "organisation": "Voedselbank Veendam"},
        ],
    },
    {
        "slug": "leernetwerk-mantelzorg-huisarts-en-wijkteam",
        "title": "Leernetwerk mantelzorg: signalen delen tussen huisarts en wijkteam",
        "event_type": "learning_network",
        "format": "hybrid",
        "day": 31,
        "start": "14:00",
        "end": "17:00",
        "summary": (
            "Overbelaste mantelzorgers vallen vaak pas op als het te laat is. Hoe delen huisarts en wijkteam hun "
            "signalen eerder, en wat mag daarbij wel en niet?"
        ),
        "themes": ["mantelzorg", "sociaal-en-gezond"],
        "venue": "Stadhuis Nijmegen",
        "address": "Korte Burchtstraat 20\n6511 TA Nijmegen",
        "municipality": "GM0268",
        "audience": "members",
        "capacity_in_person": 12,
        "capacity_online": 30,
        "opens": -10,
        "cancel_days_before": 2,
        "description": [
            "Tiel werkt met een signaleringskaart die huisartsenpraktijk en wijkteam samen gebruiken. In dit "
            "leernetwerk bespreken we de tweede versie en leggen we de vragen over privacy voor aan een jurist.",
            "In de zaal is plaats voor een kleine groep; online meedoen kan ook.",
        ],
        "programme": [
            _slot(
                "14:00",
                "14:45",
                "De signaleringskaart, versie 2",
                ("Wat de klankbordgroep ervan vond", "Femke van Wijk (gemeente Tiel)"),
            ),
            _slot(
                "15:00",
                "16:00",
                "Wat mag je delen?",
                ("Privacy bij signalen over mantelzorgers", f"mr. Lisa Verbeek, jurist ({INSTITUTE})"),
            ),
            _slot("16:00", "17:00", "Aan de slag in je eigen gemeente"),
        ],
        "questions": ["organisation", "diet"],
        "practices": ["tiel-mantelzorg-in-beeld"],
        "attendees": 22,
        "online": 7,
        "first": ["femke.vanwijk@tiel.example", "kim.oomen@welzijn-breda.example"],
        "last": ["trekker@zwolle.example"],
    },
    {
        "slug": "regiobijeenkomst-zuid-weerbare-wijken",
        "title": "Regiobijeenkomst Zuid: weerbare wijken",
        "event_type": "regional",
        "format": "in_person",
        "day": 45,
        "start": "12:30",
        "end": "16:30",
        "summary": (
            "Wijkteams, gemeenten en politie uit Limburg en Brabant over ondermijning: signalen herkennen, "
            "jongeren beschermen en zorg en veiligheid samen laten werken."
        ),
        "themes": ["ondermijning", "integraal-werken"],
        "venue": "Glaspaleis Schunck",
        "address": "Bongerd 18\n6411 JM Heerlen",
        "municipality": "GM0917",
        "audience": "members",
        "capacity_in_person": 35,
        "opens": -5,
        "cancel_days_before": 3,
        "description": [
            "Heerlen werkt als lerende praktijk aan weerbare wijken. Professionals in de wijk zien als eersten "
            "dat er iets niet klopt, maar weten vaak niet wat ze met dat signaal moeten. Deze middag gaat over "
            "wat je wel kunt doen.",
        ],
        "programme": [
            _slot("12:30", "13:15", "Lunch"),
            _slot(
                "13:15",
                "14:00",
                "Weerbare wijken in Heerlen",
                ("Een jaar lerende praktijk", "Joep Lemmens (gemeente Heerlen)"),
            ),
            _slot(
                "14:00",
                "15:30",
                "Workshops",
                ("Signalen van ondermijning herkennen in het wijkteam", "Joep Lemmens (gemeente Heerlen)"),
                ("Jongeren en snel geld", "Sevda Aksoy (Veilig Thuis Brabant-Noord)"),
                ("Zorg en veiligheid aan één tafel", "Rachid Bouzid (gemeente Nieuwegein)"),
            ),
            _slot("15:30", "16:30", "Plenaire afsluiting"),
        ],
        "questions": ["organisation", "diet", "role"],
        "workshops": [
            ("Workshop (14.00 uur)", "Signalen van ondermijning herkennen in het wijkteam", "", 15),
            ("Workshop (14.00 uur)", "Jongeren en snel geld", "", 15),
            ("Workshop (14.00 uur)", "Zorg en veiligheid aan één tafel", "", 12),
        ],
        "practices": ["heerlen-weerbare-wijken", "nieuwegein-wijkaanpak"],
        "attendees": 9,
        "first": ["joep.lemmens@heerlen.example"],
    },
    {
        "slug": "landelijke-bijeenkomst-ervaringsdeskundigen-aan-tafel",
        "title": "Landelijke bijeenkomst: ervaringsdeskundigen aan tafel",
        "event_type": "national",
        "format": "in_person",
        "day": 75,
        "start": "10:00",
        "end": "16:00",
        "summary": (
            "Hoe laat je inwoners en ervaringsdeskundigen echt meebeslissen over beleid en uitvoering? Een dag "
            "georganiseerd samen met ervaringsdeskundigen, voor gemeenten en hun partners."
        ),
        "themes": ["clientenparticipatie", "eigen-regie"],
        "venue": "Pakhuis de Zwijger",
        "address": "Piet Heinkade 179\n1019 HC Amsterdam",
        "municipality": "GM0363",
        "audience": "open",
        "capacity_in_person": 150,
        "opens": 14,
        "closes": 68,
        "cancel_days_before": 5,
        "description": [
            "Ervaringsdeskundigen bepaalden mee wat er op het programma staat. Verwacht geen panels met "
            "beleidsmakers, maar gesprekken aan tafel over wat meedoen echt betekent, en wat het vraagt van "
            "gemeenten.",
            "De aanmelding is nog niet open; zet de datum alvast in je agenda.",
        ],
        "programme": [
            _slot("10:00", "10:30", "Ontvangst"),
            _slot(
                "10:30",
                "11:30",
                "Niets over ons zonder ons",
                ("Openingsgesprek", "Romano Wijngaarde (Stichting Ervaringsdeskundigen Haaglanden)"),
            ),
            _slot(
                "11:45",
                "12:45",
                "Tafelronde 1",
                ("Terugkoppelen wat er met inbreng gebeurt", "Lotte Verhoef (gemeente Gouda)"),
                ("Ervaringsdeskundigen vergoeden", "Thijs de Groot (Stichting Meedoen Deventer)"),
            ),
            _slot("12:45", "13:45", "Lunch"),
            _slot(
                "13:45",
                "14:45",
                "Tafelronde 2",
                ("Samen armoede aanpakken in Vlissingen", "Marco Koppejan (gemeente Vlissingen)"),
                ("Bewoners bereiken die nooit komen", "Luuk Janssen (gemeente Venlo)"),
            ),
            _slot("15:00", "16:00", "Wat neem jij mee?"),
        ],
        "questions": ["organisation", "diet", "role"],
        "workshops": [
            ("Tafelronde 1 (11.45 uur)", "Terugkoppelen wat er met inbreng gebeurt", "", 40),
            ("Tafelronde 1 (11.45 uur)", "Ervaringsdeskundigen vergoeden", "", 40),
            ("Tafelronde 2 (13.45 uur)", "Samen armoede aanpakken in Vlissingen", "", 40),
            ("Tafelronde 2 (13.45 uur)", "Bewoners bereiken die nooit komen", "", 40),
        ],
        "practices": ["gouda-dialoog-in-de-wijk", "vlissingen-armoede-samen-aanpakken"],
        "attendees": 0,
    },
    {
        "slug": "lunchwebinar-spanningen-in-de-wijk",
        "title": "Lunchwebinar: het gesprek aangaan bij spanningen in de wijk",
        "event_type": "webinar",
        "format": "online",
        "day": 3,
        "start": "12:00",
        "end": "13:00",
        "summary": (
            "Wat doe je als een discussie in de wijk uit de hand loopt? Gouda deelt wat ze leerden over de "
            "dialoog: eerder beginnen, en kleiner."
        ),
        "themes": ["polarisatie", "clientenparticipatie"],
        "audience": "members",
        "capacity_online": 100,
        "opens": -30,
        "closes": -1,
        "description": [
            "Een lunchwebinar van een uur voor professionals en beleidsmedewerkers die met spanningen in de wijk "
            "te maken hebben. De aanmelding is gesloten; deelnemers krijgen de link per e-mail.",
        ],
        "programme": [
            _slot(
                "12:00",
                "12:35",
                "Dialoog in de Goudse wijk",
                ("Eerder en kleiner beginnen", "Lotte Verhoef (gemeente Gouda)"),
            ),
            _slot("12:35", "13:00", "Vragen en uitwisseling"),
        ],
        "questions": ["organisation", "webinar_question"],
        "practices": ["gouda-dialoog-in-de-wijk"],
        "attendees": 14,
        "first": ["lotte.verhoef@gouda.example"],
    },
    # Past meetings
    {
        "slug": "landelijke-bijeenkomst-een-huishouden-een-plan",
        "title": "Landelijke bijeenkomst: één huishouden, één plan",
        "event_type": "national",
        "format": "in_person",
        "day": -60,
        "start": "10:00",
        "end": "16:00",
        "summary": (
            "Integraal werken rond één huishouden: wie voert de procesregie, hoe maak je één plan, en wat als "
            "vijf hulpverleners elk hun eigen plan hebben?"
        ),
        "themes": ["integraal-werken", "toegang"],
        "venue": "Provinciehuis Noord-Brabant",
        "address": "Brabantlaan 1\n5216 TV 's-Hertogenbosch",
        "municipality": "GM0796",
        "audience": "members",
        "capacity_in_person": 100,
        "opens": -110,
        "closes": -65,
        "cancel_days_before": 3,
        "description": [
            "Een landelijke dag over integraal werken met de lerende praktijken uit Arnhem en Nieuwegein, en "
            "werkplaatsen waarin je met je eigen casus aan de slag gaat.",
        ],
        "programme": [
            _slot("10:00", "10:30", "Ontvangst"),
            _slot(
                "10:30",
                "11:30",
                "Eén huishouden, één plan",
                ("Wat we in Arnhem leerden", "Mehmet Yildiz (gemeente Arnhem)", "Statenzaal"),
                ("Wat de lessen zeggen over procesregie", f"Sjoerd Wiersma ({INSTITUTE})", "Statenzaal"),
            ),
            _slot(
                "11:45",
                "12:45",
                "Werkplaatsronde 1",
                ("Procesregie in de praktijk", "Mehmet Yildiz (gemeente Arnhem)", "Zaal A"),
                ("Overlast en zorg", "Rachid Bouzid (gemeente Nieuwegein)", "Zaal B"),
            ),
            _slot("12:45", "13:45", "Lunch"),
            _slot(
                "13:45",
                "14:45",
                "Werkplaatsronde 2",
                ("De vaste contactpersoon die mag doorbeslissen", "Annemieke ter Horst (gemeente Zwolle)", "Zaal A"),
                ("Toestemming voor gegevensdeling", "Pieter Groen (Hogeschool Utrecht)", "Zaal B"),
            ),
            _slot("15:00", "16:00", "Terugblik en borrel"),
        ],
        "questions": ["organisation", "diet", "role"],
        "workshops": [
            ("Ronde 1 (11.45 uur)", "Procesregie in de praktijk", "", 40),
            ("Ronde 1 (11.45 uur)", "Overlast en zorg", "", 40),
            ("Ronde 2 (13.45 uur)", "De vaste contactpersoon die mag doorbeslissen", "", 40),
            ("Ronde 2 (13.45 uur)", "Toestemming voor gegevensdeling", "", 40),
        ],
        "practices": ["arnhem-een-huishouden-een-plan", "nieuwegein-wijkaanpak", "zwolle-een-voordeur"],
        "lessons": [
            "een-plan-begint-met-een-gesprek",
            "procesregie-is-een-rol",
            "vaste-contactpersoon-mag-doorbeslissen",
        ],
        "report": _report(
            [
                (
                    "Wat we bespraken",
                    "Trekkers, beleidsmedewerkers en professionals uit het hele land kwamen naar 's-Hertogenbosch. "
                    "Arnhem liet zien hoe één plan begint met één goed gesprek met het hele huishouden, en niet "
                    "met een formulier. Nieuwegein vertelde hoe zorg en veiligheid rond overlast aan één tafel "
                    "kwamen zonder dat het casusoverleg een politieoverleg werd.",
                ),
                (
                    "Wat deelnemers meenamen",
                    [
                        "Procesregie is een rol, geen functie: spreek per huishouden af wie hem heeft.",
                        "Geef de vaste contactpersoon mandaat om door te beslissen, anders wordt het een loket.",
                        "Vraag toestemming voor gegevensdeling in gewone taal en leg uit waarom.",
                        "Plan na drie maanden een vast moment om met het huishouden terug te kijken.",
                    ],
                ),
                (
                    "Hoe verder",
                    "De lessen uit Arnhem en Nieuwegein staan hieronder. In het forum praten we verder over wat "
                    "je als eerste uitprobeert.",
                ),
            ],
            quote=(
                "Het plan van het gezin was eindelijk ook echt hún plan, niet dat van vijf organisaties.",
                "Deelnemer uit een wijkteam in Gelderland",
            ),
        ),
        "discussion": {
            "category": "toegang-en-integraal-werken",
            "author": "redacteur@lerendnetwerk.example",
            "title": "Napraten over de landelijke bijeenkomst ‘Eén huishouden, één plan’",
            "opening": (
                "Dank aan iedereen die in 's-Hertogenbosch was! Het verslag en de lessen staan bij de bijeenkomst. "
                "Welke afspraak over procesregie ga jij als eerste uitproberen in je eigen team?"
            ),
            "replies": [
                (
                    "mehmet.yildiz@arnhem.example",
                    "Wat mij opviel in de werkplaats: bijna iedereen herkende het huishouden met vijf plannen. "
                    "Begin klein, met één wijk en een afspraak wie de regie heeft. Bij ons werkte dat beter dan "
                    "een nieuw convenant.",
                ),
                (
                    "rachid.bouzid@nieuwegein.example",
                    "Wij gaan het casusoverleg anders voorzitten: eerst de vraag van de bewoner, dan pas de "
                    "signalen van politie en corporatie. Ik laat na een paar maanden weten hoe het gaat.",
                ),
                (
                    "trekker@zwolle.example",
                    "Wij nemen de vaste terugkijkmomenten mee. Na drie maanden samen met het huishouden kijken "
                    "wat er van het plan terecht is gekomen, dat deden we nog niet structureel.",
                ),
            ],
        },
        "attendees": 30,
        "first": ["trekker@zwolle.example", "mehmet.yildiz@arnhem.example", "rachid.bouzid@nieuwegein.example"],
    },
    {
        "slug": "webinar-eigen-regie-en-regiehulp",
        "title": "Webinar: eigen regie en regiehulp, waar ligt de grens?",
        "event_type": "webinar",
        "format": "online",
        "day": -21,
        "start": "15:30",
        "end": "16:45",
        "summary": (
            "Eigen regie betekent niet dat je iemand aan zijn lot overlaat. Over regiehulp: wanneer doe je meer, "
            "en hoe geef je de regie daarna weer terug?"
        ),
        "themes": ["eigen-regie", "toegang"],
        "audience": "open",
        "capacity_online": 250,
        "opens": -50,
        "description": [
            "Zaanstad en Leeuwarden werkten als lerende praktijk aan eigen regie. In dit webinar vertellen ze "
            "over de grens tussen steunen en overnemen.",
        ],
        "programme": [
            _slot(
                "15:30",
                "16:00",
                "Regie bij de inwoner in Zaanstad",
                ("Soms moet je meer doen", "Priya Ramdin (gemeente Zaanstad)"),
            ),
            _slot(
                "16:00",
                "16:25",
                "Langer beschikken in Leeuwarden",
                ("Met de vinger aan de pols", "Wietske Postma (gemeente Leeuwarden)"),
            ),
            _slot("16:25", "16:45", "Vragen"),
        ],
        "questions": ["organisation", "webinar_question"],
        "practices": ["zaanstad-eigen-regie", "leeuwarden-gebiedsteams"],
        "lessons": ["regiehulp-soms-meer-doen", "langer-beschikken-met-vinger-aan-de-pols"],
        "report": _report(
            [
                (
                    "In het kort",
                    "De rode draad van het webinar: eigen regie is het doel, "
                    "regiehulp is soms de weg ernaartoe. Wie in een crisis zit, heeft iemand nodig die tijdelijk "
                    "meer doet, en die daarna bewust weer een stap terug zet.",
                ),
                (
                    "De vragen uit de chat",
                    [
                        "Wanneer geef je de regie terug? Spreek het moment vooraf af met de inwoner.",
                        "Hoe voorkom je afhankelijkheid? Doe het samen, niet voor iemand.",
                        "Langer beschikken uitleggen aan de controller? Laat zien hoeveel herindicaties je uitspaart.",
                    ],
                ),
            ],
            quote=(
                "Regie teruggeven is ook een vak. Je moet het net zo bewust doen als het overnemen.",
                "Priya Ramdin, trekker in Zaanstad",
            ),
        ),
        "attendees": 17,
        "first": ["priya.ramdin@zaanstad.example", "wietske.postma@leeuwarden.example"],
        "guests": [
            {
                "name": "Marloes Kuipers",
                "email": "marloes.kuipers@zorgcooperatie-west.example",
                "organisation": "Zorgcoöperatie West",
            },
            {
                "name": "Bas Vermeulen",
                "email": "bas.vermeulen@hogeschool-zuid.example",
                "organisation": "Hogeschool Zuid",
            },
        ],
    },
    {
        "slug": "leernetwerk-outreachend-werken-erop-af",
        "network": "armoede-en-schulden",
        "title": "Leernetwerk outreachend werken: erop af, en dan?",
        "event_type": "learning_network",
        "format": "in_person",
        "day": -35,
        "start": "13:00",
        "end": "16:30",
        "summary": (
            "Aanbellen zonder afspraak, vaker terugkomen, de deur die pas de derde keer opengaat: het leernetwerk "
            "over wat outreachend werken vraagt van professionals en organisaties."
        ),
        "themes": ["outreachend-werken", "schuldhulpverlening"],
        "venue": "Stadhuis Lelystad",
        "address": "Stationsplein 2\n8232 VT Lelystad",
        "municipality": "GM0995",
        "audience": "members",
        "capacity_in_person": 12,
        "opens": -70,
        "cancel_days_before": 2,
        "description": [
            "Lelystad werkt als lerende praktijk aan erop af gaan bij huishoudens met betalingsachterstanden. "
            "In een kleine groep bespreken we wat werkt en waar het schuurt.",
        ],
        "programme": [
            _slot(
                "13:00", "13:45", "Erop af in Lelystad", ("Een ochtend mee op pad", "Chantal Pinas (gemeente Lelystad)")
            ),
            _slot("14:00", "15:30", "Intervisie met eigen casussen", ("Begeleiding", "Daan Visser (MEE)")),
            _slot("15:30", "16:30", "Wat vragen we aan onze organisaties?"),
        ],
        "questions": ["organisation", "diet"],
        "practices": ["lelystad-erop-af"],
        "lessons": ["aanbellen-zonder-afspraak-wanneer-wel", "vaker-terugkomen-opent-de-deur"],
        "report": _report(
            [
                (
                    "Wat we bespraken",
                    "De deelnemers brachten elk een huishouden in waar ze niet binnenkwamen. "
                    "Bijna altijd ging de deur pas open bij het tweede of derde bezoek, als er iemand stond die de "
                    "bewoner al eens had gezien.",
                ),
                (
                    "Wat deelnemers meenamen",
                    [
                        "Kom terug, en kom met dezelfde persoon terug.",
                        "Laat een briefje achter met een naam en een telefoonnummer, geen folder.",
                        "Spreek met de organisatie af dat een huisbezoek zonder resultaat ook werk is.",
                    ],
                ),
            ],
            quote=("De derde keer zette ze koffie. Daarna konden we over de brieven praten.", "Chantal Pinas, trekker"),
        ),
        "attendees": 15,
        "first": ["chantal.pinas@lelystad.example", "daan.visser@mee.example"],
        "cancel": [3],
    },
    {
        "slug": "regiobijeenkomst-oost-de-voordeur",
        "title": "Regiobijeenkomst Oost: de voordeur in Overijssel en Gelderland",
        "event_type": "regional",
        "format": "hybrid",
        "day": -14,
        "start": "13:30",
        "end": "17:00",
        "summary": (
            "Gemeenten uit Overijssel en Gelderland vergeleken hun voordeur: hoe lang duurt het van aanmelding tot "
            "gesprek, en wat werkt bij brede vraagverheldering?"
        ),
        "themes": ["toegang", "implementatie"],
        "venue": "Stadkamer",
        "address": "Zeven Alleetjes 1\n8011 CV Zwolle",
        "municipality": "GM0193",
        "audience": "open",
        "capacity_in_person": 40,
        "capacity_online": 60,
        "opens": -45,
        "cancel_days_before": 2,
        "description": [
            "Zwolle was gastheer van deze regiobijeenkomst. In de zaal en online werkten we aan de vraag hoe je "
            "brede vraagverheldering doet zonder dat elke aanmelding een uur duurt.",
        ],
        "programme": [
            _slot(
                "13:30",
                "14:15",
                "Eén voordeur in Zwolle",
                ("Terugblik na een jaar", "Annemieke ter Horst (gemeente Zwolle)"),
            ),
            _slot(
                "14:30",
                "16:00",
                "Samen aan de slag",
                ("Gesprekskaart brede vraagverheldering", "Thijs de Groot (Stichting Meedoen Deventer)"),
                ("Mensgerichte basishouding leer je samen", "Mehmet Yildiz (gemeente Arnhem)"),
            ),
            _slot("16:00", "17:00", "Napraten"),
        ],
        "questions": ["organisation", "diet", "role"],
        "practices": ["zwolle-een-voordeur", "arnhem-een-huishouden-een-plan"],
        "lessons": ["brede-vraagverheldering-tijd-vooraf", "mensgerichte-basishouding-leer-je-samen"],
        "report": _report(
            [
                (
                    "Wat we bespraken",
                    "In de zaal en online liet Zwolle zien dat tijd vooraf nemen voor "
                    "brede vraagverheldering later tijd oplevert: minder doorverwijzingen, minder nieuwe "
                    "aanmeldingen voor hetzelfde huishouden.",
                ),
                (
                    "Wat deelnemers meenamen",
                    [
                        "Plan het eerste gesprek binnen twee weken, en neem er een uur voor.",
                        "Oefen de basishouding samen, in het team, met echte casussen.",
                        "Vraag na drie maanden aan de inwoner of de hulp klopte.",
                    ],
                ),
            ],
        ),
        "attendees": 20,
        "online": 6,
        "first": ["trekker@zwolle.example", "thijs.degroot@meedoen-deventer.example"],
        "guests": [
            {
                "name": "Ilse Brinkman",
                "email": "ilse.brinkman@wijkteam-kampen.example",
                "organisation": "Wijkteam Kampen",
                "attendance": "in_person",
            }
        ],
    },
    {
        "slug": "regiobijeenkomst-west-overlast-in-de-wijk",
        "title": "Regiobijeenkomst West: overlast in de wijk, zorg voor de veroorzaker",
        "event_type": "regional",
        "format": "in_person",
        "day": -90,
        "start": "13:00",
        "end": "16:30",
        "summary": (
            "Woonoverlast en verward gedrag: wat werkt als je niet alleen naar de klacht kijkt, maar ook naar de "
            "bewoner die de overlast veroorzaakt?"
        ),
        "themes": ["overlast", "integraal-werken"],
        "venue": "Huis van de Stad",
        "address": "Burgemeester Jamessingel 1\n2803 PV Gouda",
        "municipality": "GM0513",
        "audience": "members",
        "capacity_in_person": 45,
        "opens": -130,
        "cancel_days_before": 2,
        "description": [
            "Een middag voor gemeenten, corporaties en wijkteams uit Zuid-Holland en Utrecht, met de lerende "
            "praktijk uit Nieuwegein.",
        ],
        "programme": [
            _slot(
                "13:00",
                "14:00",
                "Samen tegen overlast in Nieuwegein",
                ("Kijk naar de veroorzaker", "Rachid Bouzid (gemeente Nieuwegein)"),
            ),
            _slot("14:15", "15:45", "Casustafels", ("Begeleiding", "Ruben Kartosen (moderator lerend netwerk)")),
            _slot("15:45", "16:30", "Afsluiting"),
        ],
        "questions": ["organisation", "diet"],
        "practices": ["nieuwegein-wijkaanpak"],
        "lessons": ["overlast-kijk-naar-de-veroorzaker"],
        "report": _report(
            [
                (
                    "Wat we bespraken",
                    "Achter veel woonoverlast zit een bewoner die zelf vastloopt: schulden, psychische klachten, "
                    "eenzaamheid. Nieuwegein liet zien hoe een vaste contactpersoon voor de veroorzaker de klachten "
                    "van buren sneller deed afnemen dan waarschuwingsbrieven.",
                ),
                (
                    "Wat deelnemers meenamen",
                    [
                        "Nodig de corporatie uit aan tafel voordat er een dossier ligt.",
                        "Bel de veroorzaker, niet alleen de melder.",
                    ],
                ),
            ],
        ),
        "attendees": 13,
        "first": ["rachid.bouzid@nieuwegein.example", "lotte.verhoef@gouda.example"],
    },
    {
        "slug": "leernetwerk-armoede-praten-over-rondkomen",
        # A session of the learning network; its discussion in the network's closed space followed it.
        "network": "armoede-en-schulden",
        "follow_up": "Wie belt er na een signaal van de woningcorporatie?",
        "title": "Leernetwerk armoede: praten over rondkomen",
        "event_type": "learning_network",
        "format": "online",
        "day": -7,
        "start": "10:00",
        "end": "11:30",
        "summary": (
            "Mensen praten niet graag over schulden, wel over rondkomen. Het online leernetwerk over het gesprek "
            "dat de deur opent naar hulp."
        ),
        "themes": ["aanpak-armoede", "schuldhulpverlening"],
        "audience": "members",
        "capacity_online": 40,
        "opens": -35,
        "description": [
            "Een online sessie van anderhalf uur met trekkers en professionals die armoede aanpakken, met "
            "voorbeelden uit Midden-Groningen en Rotterdam.",
        ],
        "programme": [
            _slot(
                "10:00",
                "10:30",
                "Praat over rondkomen, niet over schulden",
                ("Wat we leerden", "Hilde Wubbena (gemeente Midden-Groningen)"),
            ),
            _slot(
                "10:30",
                "11:15",
                "Het signaal van een betalingsachterstand",
                ("Snel opvolgen in Rotterdam", "Kevin Martina (gemeente Rotterdam)"),
            ),
            _slot("11:15", "11:30", "Afsluiting"),
        ],
        "questions": ["organisation"],
        "practices": [
            "midden-groningen-bestaanszekerheid",
            "rotterdam-vroegsignalering-schulden",
            "vlissingen-armoede-samen-aanpakken",
        ],
        "lessons": ["praat-over-rondkomen-niet-over-schulden", "signaal-betalingsachterstand-snel-opvolgen"],
        "report": _report(
            [
                (
                    "In het kort",
                    "De deelnemers wisselden uit welke woorden werken. 'Hoe komt u rond?' opent meer deuren dan "
                    "'Heeft u schulden?'. Rotterdam liet zien dat een belletje binnen een week na het signaal van "
                    "een betalingsachterstand vaak genoeg is om erger te voorkomen.",
                ),
            ],
        ),
        "attendees": 12,
        "first": ["hilde.wubbena@midden-groningen.example", "kevin.martina@rotterdam.example"],
    },
]


# Dates


def _moment(day, clock, today):
    """Today + `day` days at `clock` ("13:30"), Amsterdam time."""
    hour, minute = (int(part) for part in clock.split(":"))
    return timezone.make_aware(
        datetime.combine(today + timedelta(days=day), time(hour, minute)), timezone.get_default_timezone()
    )


# Who comes


PEOPLE = {person["email"]: person for person in DEMO_PEOPLE}
PRACTICE_PEOPLE = {data["slug"]: data["lead_emails"] + data["member_emails"] for data in PRACTICES}


def _attendee_emails(data):
    """Who registers, in the order they register: the named people first, then people of
    the linked practices, then people interested in the themes, then anyone; the `last`
    ones at the end (on a full meeting, they end up on the waitlist)."""
    rng = random.Random(data["slug"])
    first, last = data.get("first", []), data.get("last", [])
    order = list(first)
    themes = set(data["themes"])
    groups = [
        [email for slug in data["practices"] for email in PRACTICE_PEOPLE[slug]],
        [email for email, person in PEOPLE.items() if themes & set(person["interests"] + person["expertise"])],
        list(PEOPLE),
    ]
    for group in groups:
        group = [e for e in dict.fromkeys(group) if e not in order and e not in last and e not in ORGANISERS]
        rng.shuffle(group)
        order += group
    return order[: data["attendees"] - len(last)] + last


def _attendances(event, data, count):
    """How each attendee takes part. In a hybrid meeting, `online` of them join online,
    spread over the list (the `last` ones always in person)."""
    if event.format != EventFormat.HYBRID:
        return [event.attendance_options[0]] * count
    spread = count - len(data.get("last", []))
    online = {int((k + 0.5) * spread / data["online"]) for k in range(data["online"])}
    return [Attendance.ONLINE if n in online else Attendance.IN_PERSON for n in range(count)]


def _role(person):
    organisation = person["organisation"]
    if "municipal_lead" in person["roles"]:
        return "Trekker van een lerende praktijk"
    if "wijkteam" in organisation.lower():
        return "Professional in een wijkteam"
    if "ervaringsdeskundig" in organisation.lower():
        return "Ervaringsdeskundige"
    if organisation.startswith("Gemeente"):
        return "Beleidsmedewerker"
    return "Anders"


def _answers(keys, questions, person, number):
    values = {
        "organisation": person["organisation"],
        "diet": DIETS[number % len(DIETS)],
        "role": _role(person) if "roles" in person else "Anders",
        "webinar_question": WEBINAR_QUESTIONS[number % len(WEBINAR_QUESTIONS)] if number % 3 == 0 else "",
    }
    return [
        {"question": question.pk, "label": question.label, "answer": values[key]}
        for key, question in zip(keys, questions, strict=True)
    ]


def _workshops(event, number):
    """One workshop per time slot, spread over the attendees, skipping full ones."""
    if not event.workshop_slots:
        return []
    places = services.workshop_places_left(event)
    chosen = []
    for _slot_name, workshops in event.workshop_slots:
        turn = number % len(workshops)
        for workshop in workshops[turn:] + workshops[:turn]:
            if places[workshop.pk] is None or places[workshop.pk] > 0:
                chosen.append(workshop)
                break
    return chosen


def _register(event, data, members, now):
    """Register the attendees through the services, each at a moment within the
    registration window; then cancellations, and check-in for meetings that took place."""
    event = EventPage.objects.get(pk=event.pk)
    emails = _attendee_emails(data) if data["attendees"] else []
    guests = data.get("guests", [])
    if not emails and not guests:
        return
    keys = data.get("questions", [])
    questions = list(event.questions.all())
    attendances = _attendances(event, data, len(emails))
    window_start = event.registration_opens or event.start - timedelta(days=42)
    window_end = min(now, event.effective_registration_closes, event.effective_cancellation_deadline)
    step = (window_end - window_start) / (len(emails) + len(guests) + 2)
    moments = [window_start + step * (n + 1) for n in range(len(emails) + len(guests) + 1)]

    registrations = []
    for number, email in enumerate(emails):
        choice = services.Choice(
            attendance=attendances[number],
            answers=_answers(keys, questions, PEOPLE[email], number),
            # Workshops are in the room: online attendees of a hybrid meeting skip them.
            workshops=_workshops(event, number) if attendances[number] == Attendance.IN_PERSON else [],
            public_consent=number % 5 not in (2, 4),
        )
        registrations.append(services.register_member(event, members[email], choice, now=moments[number]))
    for number, guest in enumerate(guests, start=len(emails)):
        choice = services.Choice(
            attendance=guest.get("attendance", event.attendance_options[0]),
            answers=_answers(keys, questions, guest, number),
            workshops=_workshops(event, number),
        )
        moment = moments[number]
        registration = services.request_guest_registration(event, guest["name"], guest["email"], choice, now=moment)
        if guest.get("confirmed", True):
            services.confirm_guest(registration, now=moment + step / 4)
    for position in data.get("cancel", []):
        services.cancel(registrations[position], now=moments[-1])

    if event.is_past and event.format != EventFormat.ONLINE:
        present = event.registrations.confirmed().filter(attendance=Attendance.IN_PERSON).order_by("created_at", "pk")
        for number, registration in enumerate(present):
            if number % 6 != 5:  # a few did not show up
                services.set_present(registration, True, now=event.start + timedelta(minutes=5 + number % 25))


# The forum conversation after a meeting


def _discussion(data, members, themes):
    category = Category.objects.get(slug=data["category"])
    thread = Thread.objects.filter(category=category, title=data["title"]).first()
    if thread is not None:
        return thread
    thread = forum_services.start_thread(
        members[data["author"]], category, title=data["title"], body=data["opening"], themes=themes
    )
    for email, body in data["replies"]:
        forum_services.reply(members[email], thread, body=body)
    return thread


# Loading


def load_index():
    home = HomePage.objects.get()
    index, _created = publish_child(
        home, EventIndexPage, "bijeenkomsten", title="Bijeenkomsten", intro=INDEX_INTRO, show_in_menus=True
    )
    return index


def load():
    index = load_index()
    now = timezone.now()
    today = timezone.localdate()
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    practices = {practice.slug: practice for practice in LearningPractice.objects.all()}
    lessons = {lesson.slug: lesson for lesson in Lesson.objects.all()}
    municipalities = {
        m.cbs_code: m for m in Municipality.objects.filter(cbs_code__in=[d.get("municipality") for d in EVENTS])
    }
    members = {member.email: member for member in Member.objects.all()}
    networks = {network.slug: network for network in LearningNetwork.objects.all()}
    events = {}
    for data in EVENTS:
        start = _moment(data["day"], data["start"], today)
        end = _moment(data["day"], data["end"], today)
        event_themes = [themes[slug] for slug in data["themes"]]
        discussion = None
        if "discussion" in data and not EventPage.objects.child_of(index).filter(slug=data["slug"]).exists():
            discussion = _discussion(data["discussion"], members, event_themes)
        network = networks.get(data.get("network"))
        if "follow_up" in data:  # a discussion in the network's closed space (demo/content/networks.py)
            discussion = Thread.objects.filter(category__network=network, title=data["follow_up"]).first()

        def prepare(page, data=data, event_themes=event_themes):
            page.themes.set(event_themes)
            page.practices = [practices[slug] for slug in data["practices"]]
            page.related_lessons = [lessons[slug] for slug in data.get("lessons", [])]
            page.questions = [
                RegistrationQuestion(sort_order=order, **QUESTIONS[key])
                for order, key in enumerate(data.get("questions", []))
            ]
            page.workshops = [
                Workshop(sort_order=order, slot=slot, title=title, description=description, capacity=capacity)
                for order, (slot, title, description, capacity) in enumerate(data.get("workshops", []))
            ]

        event, created = publish_child(
            index,
            EventPage,
            data["slug"],
            prepare=prepare,
            title=data["title"],
            event_type=data["event_type"],
            format=data["format"],
            summary=data["summary"],
            start=start,
            end=end,
            venue=data.get("venue", ""),
            address=data.get("address", ""),
            municipality=municipalities.get(data.get("municipality")),
            online_url=ONLINE_URL.format(slug=data["slug"]) if data["format"] != EventFormat.IN_PERSON else "",
            description=stream(paragraphs(data["description"])),
            programme=stream(data["programme"]),
            audience=data["audience"],
            registration_opens=_moment(data["opens"], "09:00", today) if "opens" in data else None,
            registration_closes=_moment(data["closes"], "17:00", today) if "closes" in data else None,
            cancellation_deadline=start - timedelta(days=data["cancel_days_before"])
            if "cancel_days_before" in data
            else None,
            capacity_in_person=data.get("capacity_in_person"),
            capacity_online=data.get("capacity_online"),
            report=stream(data.get("report", [])),
            discussion=discussion,
            network=network,
        )
        if created:
            published = min((event.registration_opens or start) - timedelta(days=3), now - timedelta(days=2))
            date_page(event, published)
            _register(event, data, members, now)
            if discussion is not None:
                _spread_in_time(discussion, end + timedelta(hours=20))
        events[data["slug"]] = event
    return events
