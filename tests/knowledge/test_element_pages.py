"""Werkzame elementen as public pages: what editors write, and what the network knows about
each element, computed from live, public content only."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import PageViewRestriction

from knowledge.models import EffectiveElementIndexPage, EffectiveElementPage
from practices.models import LearningQuestion, LearningQuestionStatus
from tests import pages
from tests.factories import MunicipalityFactory


def test_element_pages_go_only_under_the_element_index_under_knowledge(db):
    knowledge = pages.knowledge_index()
    index = pages.element_index()
    assert EffectiveElementPage.can_create_at(index)
    assert not EffectiveElementPage.can_create_at(knowledge)
    assert not EffectiveElementIndexPage.can_create_at(knowledge)  # one per knowledge section
    assert not EffectiveElementIndexPage.can_create_at(pages.home())


def private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.fixture
def chain(db):
    """Practices, experiences, lessons, dossiers and leervragen around "vaste contactpersoon",
    with drafts and private pages that must never show."""
    fixed = pages.element("vaste-contactpersoon")
    other = pages.element("procesregie")
    zwolle = MunicipalityFactory(name="Zwolle", province="overijssel")
    deventer = MunicipalityFactory(name="Deventer", province="overijssel")
    arnhem = MunicipalityFactory(name="Arnhem", province="gelderland")
    voordeur = pages.practice("Eén voordeur", municipality=zwolle, elements=[fixed])
    wijk = pages.practice("Wijkteam dichtbij", municipality=deventer, elements=[fixed])
    plan = pages.practice("Eén huishouden, één plan", municipality=arnhem, elements=[other])
    draft = pages.practice("Conceptpraktijk", municipality=arnhem, elements=[fixed], publish=False)
    hidden = private(pages.practice("Besloten praktijk", municipality=arnhem, elements=[fixed]))

    question = LearningQuestion.objects.create(practice=voordeur, text="Hoe houden we de contactpersoon vast?")
    question.elements.set([fixed])
    answered = LearningQuestion.objects.create(
        practice=wijk, text="Wie is de contactpersoon?", status=LearningQuestionStatus.ANSWERED
    )
    answered.elements.set([fixed])
    investigating = LearningQuestion.objects.create(
        practice=wijk, text="Werkt het ook 's avonds?", status=LearningQuestionStatus.INVESTIGATING
    )
    investigating.elements.set([fixed])
    for practice in (draft, hidden):
        LearningQuestion.objects.create(practice=practice, text=f"Vraag van {practice.title}?").elements.set([fixed])

    experiences = {
        "about": pages.experience(voordeur, "Eén gezicht aan de deur", element=fixed),
        "via_question": pages.experience(plan, "Vasthouden in Arnhem", learning_question=question),
        "other": pages.experience(plan, "Procesregie in de praktijk", element=other),
        "draft": pages.experience(voordeur, "Nog in concept", element=fixed, publish=False),
        "under_draft": pages.experience(draft, "Onder een conceptpraktijk", element=fixed),
        "under_private": pages.experience(hidden, "Onder een besloten praktijk", element=fixed),
    }
    dossier = pages.dossier("integraal-werken", elements=[fixed])
    pages.dossier("eenzaamheid", elements=[other])
    lesson = pages.lesson("Een contactpersoon mag doorbeslissen", elements=[fixed], practices=[voordeur])
    pages.lesson("Procesregie is een rol", elements=[other])
    pages.lesson("Concept-les over de contactpersoon", elements=[fixed], publish=False)
    page = pages.element_page("vaste-contactpersoon")
    return {
        "page": page,
        "element": fixed,
        "voordeur": voordeur,
        "wijk": wijk,
        "plan": plan,
        "experiences": experiences,
        "dossier": dossier,
        "lesson": lesson,
    }


def test_element_page_shows_what_editors_wrote_and_the_practices_by_province(client, chain):
    response = client.get(chain["page"].url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Zo pas je het toe." in content
    assert "Dit is ervoor nodig." in content
    groups = [(group.name, [p.title for p in group.practices]) for group in response.context["practices_by_province"]]
    assert groups == [("Overijssel", ["Eén voordeur", "Wijkteam dichtbij"])]
    assert "Eén huishouden, één plan" not in [p.title for p in response.context["practices"]]
    assert "Conceptpraktijk" not in content
    assert "Besloten praktijk" not in content
    assert f'{pages.practice_index().url}?element=vaste-contactpersoon"' in content
    assert f'{pages.lesson_index().url}?element=vaste-contactpersoon"' in content


def test_element_page_shows_only_live_public_experiences_lessons_dossiers_and_open_questions(client, chain):
    response = client.get(chain["page"].url)
    content = response.content.decode()
    assert [experience.title for experience in response.context["experiences"]] == [
        "Vasthouden in Arnhem",
        "Eén gezicht aan de deur",
    ]
    for hidden in ("Procesregie in de praktijk", "Nog in concept", "Onder een conceptpraktijk", "Onder een besloten"):
        assert hidden not in content
    assert [lesson.title for lesson in response.context["element_lessons"]] == ["Een contactpersoon mag doorbeslissen"]
    assert "Procesregie is een rol" not in content
    assert "Concept-les" not in content
    assert [dossier.title for dossier in response.context["element_dossiers"]] == ["Wat werkt bij integraal werken"]
    assert [question.text for question in response.context["open_questions"]] == [
        "Hoe houden we de contactpersoon vast?",
        "Werkt het ook 's avonds?",
    ]
    assert "Wie is de contactpersoon?" not in content
    assert "Vraag van Conceptpraktijk?" not in content
    assert "Vraag van Besloten praktijk?" not in content


def test_element_page_says_what_it_rests_on_in_correct_dutch_and_links_the_lists(client, chain):
    content = client.get(chain["page"].url).content.decode()
    # Two experiences (Zwolle, Arnhem) and three practices (Zwolle, Deventer and Arnhem's).
    assert (
        'Gebaseerd op <a class="utrecht-link" href="#experiences-heading">2 ervaringen</a> uit '
        '<a class="utrecht-link" href="#practices-heading">3 gemeenten</a>, '
        '<a class="utrecht-link" href="#practices-heading">3 lerende praktijken</a>'
    ) in content


def test_one_experience_in_one_municipality_reads_in_the_singular(client, db):
    practice = pages.practice("Eén voordeur", elements=[pages.element("procesregie")])
    pages.experience(practice, "Regie in de praktijk", element=pages.element("procesregie"))
    content = client.get(pages.element_page("procesregie").url).content.decode()
    assert ">1 ervaring</a> uit" in content
    assert ">1 gemeente</a>, " in content
    assert ">1 lerende praktijk</a>" in content


def test_element_page_without_anything_computed_still_renders(client, db):
    response = client.get(pages.element_page("procesregie").url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Gebaseerd op" not in content
    assert "Nog geen lerende praktijk werkt aan dit element." in content


def test_the_index_lists_the_live_element_pages_and_knowledge_links_it(client, db):
    pages.element_page("vaste-contactpersoon")
    pages.element_page("procesregie", publish=False)
    index = client.get(pages.element_index().url).content.decode()
    assert "Vaste contactpersoon" in index
    assert "Procesregie" not in index
    knowledge = client.get(pages.knowledge_index().url).content.decode()
    assert f'href="{pages.element_index().url}"' in knowledge


def test_search_finds_an_element_page(client, db):
    pages.element_page("vaste-contactpersoon", intro="Eén aanspreekpunt dat blijft, ook bij meer organisaties.")
    call_command("update_index", verbosity=0)
    response = client.get(reverse("search"), {"q": "aanspreekpunt"})
    assert [result["page"].title for result in response.context["results"]] == ["Vaste contactpersoon"]
    response = client.get(reverse("search"), {"q": "aanspreekpunt", "type": "element"})
    assert [result["page"].title for result in response.context["results"]] == ["Vaste contactpersoon"]


def test_the_chain_is_navigable_from_dossier_lesson_practice_and_experience_to_the_element(client, chain):
    url = chain["page"].url
    for page in (chain["dossier"], chain["lesson"], chain["voordeur"], chain["experiences"]["about"]):
        content = client.get(page.url).content.decode()
        assert f'href="{url}"' in content, page.title
    lesson = client.get(chain["lesson"].url).content.decode()
    # The experience links back to its lesson(s) as before; the lesson to its dossiers.
    assert "Gebaseerd op" in lesson
    assert f'href="{chain["voordeur"].url}"' in lesson


def test_an_element_without_a_live_page_is_named_not_linked(client, chain):
    chain["page"].unpublish()
    content = client.get(chain["voordeur"].url).content.decode()
    assert f'href="{chain["page"].url}"' not in content
    assert "?element=vaste-contactpersoon" in content


def test_lesson_counts_its_sources_from_live_public_practices_only(client, chain):
    experiences = chain["experiences"]
    lesson = pages.lesson(
        "Uit twee praktijken",
        practices=[chain["voordeur"], chain["wijk"]],
        experiences=[experiences["about"], experiences["via_question"], experiences["under_draft"]],
    )
    content = client.get(lesson.url).content.decode()
    assert (
        'Gebaseerd op <a class="utrecht-link" href="#source-experiences">2 ervaringen</a> uit '
        '<a class="utrecht-link" href="#source-practices">3 gemeenten</a>, '
        '<a class="utrecht-link" href="#source-practices">3 lerende praktijken</a>'
    ) in content
    assert "Onder een conceptpraktijk" not in content


# The lesson index's element filter


def lesson_titles(response):
    return [lesson.title for lesson in response.context["lessons"]]


def test_the_lesson_index_filters_on_an_element(client, chain):
    index = pages.lesson_index().url
    response = client.get(index, {"element": "vaste-contactpersoon"})
    assert lesson_titles(response) == ["Een contactpersoon mag doorbeslissen"]
    assert response.context["is_filtered"]


@pytest.mark.parametrize("value", ["abc", "99999", "", "%00"])
def test_the_lesson_index_ignores_an_unknown_element(client, chain, value):
    response = client.get(pages.lesson_index().url, {"element": value})
    assert response.status_code == 200
    assert set(lesson_titles(response)) == {"Een contactpersoon mag doorbeslissen", "Procesregie is een rol"}


def test_an_element_page_links_its_lessons_filter_free_and_the_element_index_is_under_knowledge(client, chain):
    crumbs = client.get(chain["page"].url).context["page"].get_ancestors()
    assert pages.knowledge_index().pk in [page.pk for page in crumbs]
