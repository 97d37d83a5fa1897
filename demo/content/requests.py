"""Things waiting for the editors: applications as a learning practice and requests to
become an Associate Member."""

from members import services as members_services
from members.models import AssociateMembershipRequest, Member
from municipalities.models import Municipality
from practices import services as practices_services
from practices.models import PracticeApplication
from themes.models import Theme

from .pages import days_ago

APPLICATIONS = [
    {
        "municipality": "GM0228",
        "contact_name": "Gerben van der Meer",
        "contact_email": "gerben.vandermeer@ede.example",
        "job_title": "Teamleider sociaal team",
        "themes": ["toegang", "eigen-regie"],
        "learning_questions": (
            "Hoe organiseren we brede vraagverheldering zonder dat elke aanmelding een uur duurt?\n"
            "Wanneer draag je een huishouden over en wanneer blijf je de vaste contactpersoon?"
        ),
        "status": PracticeApplication.Status.NEW,
        "days_ago": 4,
    },
    {
        "municipality": "GM0606",
        "contact_name": "Amira Haddad",
        "contact_email": "amira.haddad@schiedam.example",
        "job_title": "Beleidsmedewerker participatie",
        "themes": ["activering", "eenzaamheid"],
        "learning_questions": "Hoe helpen we statushouders die thuis zitten naar vrijwilligerswerk dat bij ze past?",
        "status": PracticeApplication.Status.IN_PROGRESS,
        "notes": "Verkennend gesprek gepland op 3 december.",
        "days_ago": 19,
    },
    {
        "municipality": "GM0983",
        "contact_name": "Luuk Janssen",
        "contact_email": "luuk.janssen@venlo.example",
        "job_title": "Wijkcoördinator",
        "themes": ["clientenparticipatie", "polarisatie"],
        "learning_questions": "Hoe betrekken we bewoners die nooit op een bewonersavond komen?",
        # The editor accepts it in the demo's learning cycle (cycle.py), as in the admin.
        "status": PracticeApplication.Status.IN_PROGRESS,
        "notes": "Verkennend gesprek gevoerd; de gemeente wil in november starten.",
        "days_ago": 64,
    },
]

# (member, motivation, asked so many days ago)
ASSOCIATE_REQUESTS = [
    (
        "kim.oomen@welzijn-breda.example",
        "Als mantelzorgconsulent zie ik elke week hoe overbelasting ontstaat. Ik wil graag meedenken in het "
        "leernetwerk mantelzorg en onze werkwijze met vroegsignalering via de huisarts delen.",
        3,
    ),
    (
        "jelle.bouma@sudwestfryslan.example",
        "Ik werk als Wmo-consulent in een plattelandsgemeente met veel kleine kernen. Ik wil leren hoe andere "
        "gemeenten langer beschikken en wil onze ervaringen met keukentafelgesprekken op afstand inbrengen.",
        9,
    ),
]


def load():
    """Through the services a visitor and a member use (their confirmation mails go to the
    command's dummy backend); an editor then took some applications further in the admin."""
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for data in APPLICATIONS:
        if PracticeApplication.objects.filter(contact_email=data["contact_email"]).exists():
            continue
        application = practices_services.submit_application(
            municipality=Municipality.objects.get(cbs_code=data["municipality"]),
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            contact_phone="",
            job_title=data["job_title"],
            themes=[themes[slug] for slug in data["themes"]],
            learning_questions=data["learning_questions"],
        )
        application.status, application.notes = data["status"], data.get("notes", "")
        application.save(update_fields=["status", "notes"])  # as the editor's form in the admin does
        PracticeApplication.objects.filter(pk=application.pk).update(created_at=days_ago(data["days_ago"]))
    for email, motivation, days in ASSOCIATE_REQUESTS:
        member = Member.objects.get(email=email)
        if AssociateMembershipRequest.objects.filter(member=member).exists():
            continue
        request = members_services.request_associate_membership(member, motivation)
        AssociateMembershipRequest.objects.filter(pk=request.pk).update(created_at=days_ago(days))
