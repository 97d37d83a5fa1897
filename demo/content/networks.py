"""Learning networks: three of different modes, with coordinators (an adviser of the
institute, a trekker), members who joined, asked or were invited, a request still waiting,
an invitation still open, shelves and closed discussions. Everything through the services
(networks.membership, networks.shelf, forum.services); a second load changes nothing."""

from forum import services as forum_services
from forum.models import Thread
from home.models import HomePage
from members.models import Member
from networks import membership, shelf
from networks.models import LearningNetwork, NetworkIndexPage, NetworkInvitation, NetworkMembership, NetworkRole
from themes.models import Theme

from .forum import _spread_in_time
from .pages import days_ago, paragraphs, publish_child, stream

INDEX_INTRO = (
    "Groepen professionals rond één actueel vraagstuk. Ze komen een paar keer per jaar bij elkaar, delen tussendoor "
    "casussen in hun besloten discussies en houden bij wat ze leren."
)

NETWORKS = [
    {
        "slug": "toegang-en-integraal-werken",
        "title": "Toegang en integraal werken",
        "mode": "request",
        "themes": ["toegang", "integraal-werken"],
        "summary": "Hoe organiseer je één voordeur die werkt? Trekkers en professionals uit wijkteams leren van "
        "elkaars aanpak van toegang en integraal werken.",
        "description": [
            "In dit leernetwerk werken gemeenten die hun toegang tot het sociaal domein willen verbeteren. "
            "We kijken naar brede vraagverheldering, een vaste contactpersoon en procesregie: wat werkt, en "
            "hoe doe je dat dan in je eigen gemeente?",
            "Lid worden kan op aanvraag: vertel de coördinatoren kort waar je aan werkt.",
        ],
        "coordinators": ["redacteur@lerendnetwerk.example", "trekker@zwolle.example"],
        "accepted": [
            ("hilde.wubbena@midden-groningen.example", "We bouwen in Midden-Groningen aan één voordeur.", "Welkom!"),
            ("mehmet.yildiz@arnhem.example", "Ik ben procesregisseur in een wijkteam in Arnhem.", ""),
            ("femke.vanwijk@tiel.example", "", "Fijn dat je erbij bent, Femke."),
            ("associate@wijkteam-utrecht.example", "Als Associate Member wil ik graag meedenken.", ""),
        ],
        "waiting": [
            (
                "lid@gemeente-delft.example",
                "In Delft starten we volgend jaar met een nieuwe toegang. Ik wil graag leren hoe anderen dat deden.",
            )
        ],
        "invited": [],
        "shelf": [
            "brede-vraagverheldering-tijd-vooraf",
            "vaste-contactpersoon-mag-doorbeslissen",
            "procesregie-is-een-rol",
            "wat-werkt-bij-eigen-regie",
        ],
        "thread": {
            "title": "Casus: drie loketten voor één gezin",
            "days_ago": 9,
            "author": "trekker@zwolle.example",
            "opening": "Een gezin in Zwolle had in een half jaar contact met drie loketten en vier "
            "hulpverleners. Wie van jullie heeft een vaste contactpersoon die ook mag doorbeslissen?",
            "replies": [
                (
                    "hilde.wubbena@midden-groningen.example",
                    "Bij ons mag de contactpersoon tot een bedrag zelf beslissen. Dat scheelt weken.",
                ),
                (
                    "mehmet.yildiz@arnhem.example",
                    "In Arnhem werkt het alleen als de teamleider er echt achter staat. "
                    "Zonder mandaat blijft het bij doorverwijzen.",
                ),
                (
                    "redacteur@lerendnetwerk.example",
                    "Mooie casus voor de volgende bijeenkomst. Ik zet de les over doorbeslissen op de boekenplank.",
                ),
            ],
        },
    },
    {
        "slug": "armoede-en-schulden",
        "title": "Armoede en schulden",
        "mode": "open",
        "themes": ["aanpak-armoede", "schuldhulpverlening"],
        "summary": "Vroeg signaleren, praten over rondkomen en schulden voorkomen: een open netwerk voor iedereen die "
        "werkt aan armoede en schulden.",
        "description": [
            "Een open leernetwerk: elk lid kan meedoen. We delen wat werkt bij vroegsignalering, bij "
            "schuldhulpverlening en bij het gesprek over geld.",
        ],
        "coordinators": ["nadia.elidrissi@lerendnetwerk.example"],
        "joined": [
            "hans.mulder@schuldhulpmaatje.example",
            "priya.ramdin@zaanstad.example",
            "kevin.martina@rotterdam.example",
            "lid@gemeente-delft.example",
        ],
        "waiting": [],
        "invited": [],
        "shelf": [
            "praat-over-rondkomen-niet-over-schulden",
            "signaal-betalingsachterstand-snel-opvolgen",
            "wat-werkt-bij-aanpak-armoede",
            "wat-werkt-bij-schuldhulpverlening",
        ],
        "thread": {
            "title": "Wie belt er na een signaal van de woningcorporatie?",
            "days_ago": 5,
            "author": "nadia.elidrissi@lerendnetwerk.example",
            "opening": "Bij vroegsignalering komt het signaal vaak binnen, maar wie gaat er dan op af? "
            "Ik ben benieuwd hoe jullie dat geregeld hebben.",
            "replies": [
                ("priya.ramdin@zaanstad.example", "In Zaanstad gaat er binnen een week iemand langs, zonder afspraak."),
                (
                    "hans.mulder@schuldhulpmaatje.example",
                    "Wij koppelen een maatje als mensen dat willen. De eerste stap blijft het lastigst.",
                ),
            ],
        },
    },
    {
        "slug": "eenzaamheid-in-de-wijk",
        "title": "Eenzaamheid in de wijk",
        "mode": "invitation",
        "themes": ["eenzaamheid"],
        "summary": "Een kleine groep welzijnswerkers en beleidsmakers die samen onderzoekt wat werkt tegen "
        "eenzaamheid in de wijk. Deelname op uitnodiging.",
        "description": [
            "Dit netwerk werkt in een vaste, kleine groep, zodat we ook lastige casussen open kunnen bespreken. "
            "Nieuwe leden komen erbij op uitnodiging van de coördinatoren.",
        ],
        "coordinators": ["nadia.elidrissi@lerendnetwerk.example", "ozlem.kaya@welzijn-eindhoven.example"],
        "invited_accepted": ["annelies.schouten@ggd-hollands-noorden.example", "ineke.bosman@humanitas.example"],
        # An invitation a member has yet to accept (they see it on the network's page and in
        # the bell), and one to an address that is no member yet.
        "invited": ["trekker@zwolle.example", "wijkcoach@gemeente-kampen.example"],
        "waiting": [],
        "shelf": ["ontmoeting-rond-samen-iets-doen", "vaker-terugkomen-opent-de-deur", "wat-werkt-bij-eenzaamheid"],
        "thread": {
            "title": "Hoe vind je de mensen die nergens komen?",
            "days_ago": 3,
            "author": "ozlem.kaya@welzijn-eindhoven.example",
            "opening": "Onze activiteiten lopen goed, maar we bereiken vooral mensen die al ergens komen. "
            "Wat doen jullie om de anderen te vinden?",
            "replies": [
                (
                    "ineke.bosman@humanitas.example",
                    "Aanbellen zonder afspraak, samen met de wijkagent. Niet "
                    "iedereen doet open, maar wie dat doet, vertelt veel.",
                ),
            ],
        },
    },
]


def load_index():
    """The section (created right after the practices, so it follows them in the menu)."""
    index, _created = publish_child(
        HomePage.objects.get(),
        NetworkIndexPage,
        "leernetwerken",
        title="Leernetwerken",
        intro=INDEX_INTRO,
        show_in_menus=True,
    )
    return index


def _network(index, data):
    themes = list(Theme.objects.filter(slug__in=data["themes"]))

    def prepare(page):
        page.themes.set(themes)

    network, _created = publish_child(
        index,
        LearningNetwork,
        data["slug"],
        prepare=prepare,
        title=data["title"],
        summary=data["summary"],
        membership_mode=data["mode"],
        description=stream(paragraphs(data["description"])),
    )
    return network


def _is_member(network, member):
    return NetworkMembership.objects.filter(network=network, member=member).exists()


def _people(network, data, members):
    coordinator = members[data["coordinators"][0]]
    for email in data["coordinators"]:
        membership.appoint_coordinator(network, members[email])
    for email in data.get("joined", []):
        if not _is_member(network, members[email]):
            membership.join(members[email], network)
    for email, message, answer in data.get("accepted", []):
        if not _is_member(network, members[email]):
            request = membership.pending_request_of(members[email], network) or membership.request_membership(
                members[email], network, message
            )
            membership.decide_request(coordinator, request, accept=True, message=answer)
    for email, message in data["waiting"]:
        if not _is_member(network, members[email]) and membership.pending_request_of(members[email], network) is None:
            membership.request_membership(members[email], network, message)
    for email in data.get("invited_accepted", []):
        if not _is_member(network, members[email]):
            invitation = membership.open_invitation_for(members[email], network) or membership.invite(
                coordinator, network, email
            )
            membership.accept_invitation(members[email], invitation)
    for email in data["invited"]:
        if not NetworkInvitation.objects.filter(network=network, email=email).exists():
            membership.invite(coordinator, network, email, NetworkRole.MEMBER)


def _shelf(network, data, coordinator):
    on_shelf = set(network.shelf_items.values_list("page__slug", flat=True))
    pages = {page.slug: page for page in shelf.shelf_pages().filter(slug__in=data["shelf"])}
    for slug in data["shelf"]:
        if slug in pages and slug not in on_shelf:
            shelf.add_to_shelf(coordinator, network, pages[slug])


def _discussion(network, data, members):
    space = forum_services.ensure_network_space(network)
    thread_data = data["thread"]
    if Thread.objects.filter(category=space, title=thread_data["title"]).exists():
        return
    thread = forum_services.start_thread(
        members[thread_data["author"]], space, title=thread_data["title"], body=thread_data["opening"]
    )
    for email, body in thread_data["replies"]:
        forum_services.reply(members[email], thread, body=body)
    _spread_in_time(thread, days_ago(thread_data["days_ago"]))


def load():
    index = NetworkIndexPage.objects.first() or load_index()
    members = {member.email: member for member in Member.objects.all()}
    networks = {}
    for data in NETWORKS:
        network = _network(index, data)
        _people(network, data, members)
        _shelf(network, data, members[data["coordinators"][0]])
        _discussion(network, data, members)
        networks[data["slug"]] = network
    return networks
