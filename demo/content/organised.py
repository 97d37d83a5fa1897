"""Meetings made by the people who hold them: a network meeting made by its coordinator
(a trekker, not an editor) and a practice's own local meeting made by its trekker, both
for their own circle, through events.organising; a few members register. A second load
changes nothing (each meeting is found by its organiser and title)."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from events import organising, services
from events.models import EventPage
from members.models import Member
from municipalities.models import Municipality
from networks.models import LearningNetwork
from practices.models import LearningPractice

MEETINGS = [
    {
        "network": "toegang-en-integraal-werken",
        "organiser": "trekker@zwolle.example",
        "title": "Casusoverleg toegang: de vaste contactpersoon",
        "summary": "Twee gemeenten brengen een casus in over de vaste contactpersoon; we zoeken samen wat werkt.",
        "days_ahead": 24,
        "hours": (19, 21),
        "venue": "Stadskantoor Zwolle",
        "address": "Lübeckplein 2, 8017 JZ Zwolle",
        "municipality": "GM0193",
        "capacity": 20,
        "description": (
            "Alleen voor de leden van het leernetwerk.\n\n"
            "Zwolle en Arnhem brengen elk een casus in. Neem gerust een eigen vraag mee."
        ),
        "attendees": ["hilde.wubbena@midden-groningen.example", "mehmet.yildiz@arnhem.example"],
    },
    {
        "practice": "midden-groningen-bestaanszekerheid",
        "organiser": "hilde.wubbena@midden-groningen.example",
        "title": "Lokale bijeenkomst: vroegsignalering in de wijk",
        "summary": (
            "De deelnemers van de praktijk bespreken de eerste huisbezoeken na een signaal van de woningcorporatie."
        ),
        "days_ahead": 17,
        "hours": (10, 12),
        "venue": "Gemeentehuis Hoogezand",
        "address": "Kerkstraat 76, 9601 EL Hoogezand",
        "municipality": "GM1952",
        "capacity": 15,
        "description": (
            "Voor de deelnemers van de lerende praktijk.\n\nWe sluiten af met afspraken voor de volgende maand."
        ),
        "attendees": ["petra.schuiling@hoogeveen.example"],
    },
]


def _moment(days_ahead, hour):
    day = timezone.localdate() + timedelta(days=days_ahead)
    return timezone.make_aware(datetime.combine(day, time(hour)))


def load():
    members = {member.email: member for member in Member.objects.all()}
    made = []
    for data in MEETINGS:
        organiser = members[data["organiser"]]
        network = LearningNetwork.objects.get(slug=data["network"]) if "network" in data else None
        practice = LearningPractice.objects.get(slug=data["practice"]) if "practice" in data else None
        event = EventPage.objects.filter(
            network=network, organising_practice=practice, title=data["title"], organised_by=organiser
        ).first()
        if event is None:
            start_hour, end_hour = data["hours"]
            details = organising.MeetingDetails(
                title=data["title"],
                summary=data["summary"],
                start=_moment(data["days_ahead"], start_hour),
                end=_moment(data["days_ahead"], end_hour),
                venue=data["venue"],
                address=data["address"],
                municipality=Municipality.objects.get(cbs_code=data["municipality"]),
                capacity=data["capacity"],
                description=data["description"],
                circle_only=True,
            )
            event, _outcome = organising.create_meeting(organiser, details, network=network, practice=practice)
            for email in data["attendees"]:
                if email in members:
                    services.register_member(event, members[email], services.Choice(public_consent=True))
        made.append(event)
    return made
