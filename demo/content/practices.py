from datetime import date

from home.models import HomePage
from members.models import Member
from municipalities.models import Municipality
from practices.curated import CURATED_EFFECTIVE_ELEMENTS
from practices.models import (
    EffectiveElement,
    LearningPractice,
    LearningQuestion,
    PracticeIndexPage,
    PracticeMembership,
    PracticeRole,
)
from themes.models import Theme

from .pages import paragraphs, publish_child, stream
from .practices_data import PRACTICES

INDEX_INTRO = (
    "Gemeenten die een periode werken aan een stevig vraagstuk in het sociaal domein, met een trekker, "
    "een paar werkzame elementen en hun eigen leervragen. Zoek een praktijk die lijkt op die van jou."
)


def load_index():
    home = HomePage.objects.get()
    index, _created = publish_child(
        home, PracticeIndexPage, "praktijken", title="Lerende praktijken", intro=INDEX_INTRO, show_in_menus=True
    )
    return index


def load():
    for name, slug, description in CURATED_EFFECTIVE_ELEMENTS:
        EffectiveElement.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})
    index = load_index()
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    elements = {element.slug: element for element in EffectiveElement.objects.all()}
    members = {member.email: member for member in Member.objects.all()}
    practices = {}
    for data in PRACTICES:

        def prepare(page, data=data):
            page.themes.set([themes[slug] for slug in data["themes"]])
            page.effective_elements = [elements[slug] for slug in data["effective_elements"]]

        practice, _created = publish_child(
            index,
            LearningPractice,
            data["slug"],
            prepare=prepare,
            title=data["title"],
            municipality=Municipality.objects.get(cbs_code=data["municipality"]),
            summary=data["summary"],
            status=data["status"],
            start_date=date.fromisoformat(data["start"]),
            end_date=date.fromisoformat(data["end"]),
            approach=stream(paragraphs(data["approach"])),
            organisations=stream([{"type": "organisation", "value": org} for org in data["organisations"]]),
            results=stream(paragraphs(data["results"])),
        )
        # Editors add participants in the admin (a plain model form, no service behind it).
        for email in data["lead_emails"]:
            PracticeMembership.objects.update_or_create(
                practice=practice, member=members[email], defaults={"role": PracticeRole.LEAD}
            )
        for email in data["member_emails"]:
            PracticeMembership.objects.get_or_create(
                practice=practice, member=members[email], defaults={"role": PracticeRole.PARTICIPANT}
            )
        for position, text in enumerate(data["learning_questions"]):
            LearningQuestion.objects.get_or_create(practice=practice, text=text, defaults={"sort_order": position})
        practices[data["slug"]] = practice
    return practices
