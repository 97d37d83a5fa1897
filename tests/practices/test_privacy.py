"""The practices app answers for its own personal data (practices/privacy.py): memberships,
experiences and applications as a learning practice (found by a verified address only)."""

import pytest
from allauth.account.models import EmailAddress

from lerendnetwerk.personal_data import Export, registered
from practices import services
from practices.models import ExperienceReport, PracticeApplication, PracticeMembership
from privacy.services import delete_account
from tests import pages
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    trekker = MemberFactory(first_name="Tineke", email="tineke@gemeente.example")
    practice = pages.practice("Eén voordeur", leads=[trekker])
    published = services.share_experience(
        trekker, practice, title="Wat de keukentafel ons leerde", body="Het werkte.", themes=[], submit=False
    )
    published.get_latest_revision().publish()
    draft = services.share_experience(trekker, practice, title="Nog niet af", body="Concept.", themes=[], submit=True)
    for address in ("Tineke@Gemeente.example", "typed@elders.example"):
        services.submit_application(
            municipality=practice.municipality,
            contact_name="Tineke",
            contact_email=address,
            contact_phone="06-12345678",
            job_title="Beleidsadviseur",
            themes=[],
            learning_questions="Hoe doe je dat?",
        )
    # An address she only typed on her e-mail page is not hers.
    EmailAddress.objects.create(user=trekker, email="typed@elders.example", verified=False)
    return {"trekker": trekker, "practice": practice, "published": published, "draft": draft}


def test_memberships_experiences_and_her_applications_are_exported(world):
    trekker, export = world["trekker"], Export(world["trekker"])

    (membership,) = registered("practice_memberships").export(trekker, export)
    experiences = registered("experiences").export(trekker, export)
    (application,) = registered("practice_applications").export(trekker, export)

    assert (membership["learning_practice"], membership["role"]) == ("Eén voordeur", "Trekker")
    assert sorted(experience["title"] for experience in experiences) == ["Nog niet af", "Wat de keukentafel ons leerde"]
    assert application["email"] == "Tineke@Gemeente.example" and "notes" not in application


def test_deleting_keeps_published_experiences_without_her_and_drops_drafts_and_contact_details(world):
    trekker = world["trekker"]
    assert registered("experiences").deletion_summary(trekker, None) == {
        "published_experiences": 1,
        "unpublished_experiences": 1,
    }

    delete_account(trekker)

    assert ExperienceReport.objects.get(pk=world["published"].pk).author is None
    assert not ExperienceReport.objects.filter(pk=world["draft"].pk).exists()
    assert not PracticeMembership.objects.filter(member=trekker).exists()
    hers = PracticeApplication.objects.get(contact_email=f"verwijderd-lid-{trekker.pk}@verwijderd.invalid")
    assert (hers.contact_name, hers.contact_phone, hers.job_title) == ("Voormalig lid", "", "")
    assert hers.municipality == world["practice"].municipality
    someone_elses = PracticeApplication.objects.get(contact_email="typed@elders.example")
    assert someone_elses.contact_name == "Tineke"


def test_reflections_and_submitted_evaluations_are_exported_and_reflections_erased(world):
    from practices import learning
    from practices.models import LearningQuestion, PracticeEvaluation, PracticeStatus, Reflection

    trekker, practice = world["trekker"], world["practice"]
    question = LearningQuestion.objects.create(practice=practice, text="Hoe doe je dat dan?")
    someone_else = MemberFactory()
    practice.memberships.create(member=someone_else, role="participant")
    learning.write_reflection(trekker, practice, answers={question: "Aan de keukentafel."})
    theirs = learning.write_reflection(someone_else, practice, answers={question: "In de wijk."})
    practice.status = PracticeStatus.COMPLETED
    practice.save()
    evaluation = learning.save_evaluation(
        trekker, practice, summary="Terugblik.", elements={}, questions={}, submit=True
    )
    export = Export(trekker)

    (reflection,) = registered("reflections").export(trekker, export)
    (submitted,) = registered("submitted_evaluations").export(trekker, export)

    assert reflection["learning_practice"] == "Eén voordeur"
    assert reflection["answers"] == [{"learning_question": "Hoe doe je dat dan?", "answer": "Aan de keukentafel."}]
    assert submitted["learning_practice"] == "Eén voordeur" and submitted["submitted_at"] == evaluation.submitted_at
    assert registered("reflections").deletion_summary(trekker, None) == {"reflections": 1}

    delete_account(trekker)

    assert list(Reflection.objects.all()) == [theirs]
    evaluation = PracticeEvaluation.objects.get(pk=evaluation.pk)
    assert evaluation.submitted_by is None and evaluation.summary == "Terugblik."


def test_invitations_to_her_verified_address_and_those_she_sent_are_exported_and_erased(world):
    from practices import team
    from practices.models import PracticeInvitation, PracticeRole

    trekker, practice = world["trekker"], world["practice"]
    other = pages.practice("Wijkteams", leads=[MemberFactory()])
    PracticeInvitation.objects.create(practice=other, email="tineke@gemeente.example", token="voor-tineke")
    PracticeInvitation.objects.create(practice=other, email="typed@elders.example", token="niet-van-haar")
    team.invite(trekker, practice, "collega@gemeente.example", PracticeRole.ADVISER)

    exported = registered("practice_invitations").export(trekker, Export(trekker))
    assert [row["learning_practice"] for row in exported["received"]] == ["Wijkteams"]
    assert exported["sent"][0]["learning_practice"] == "Eén voordeur"
    assert "collega@gemeente.example" not in str(exported["sent"])

    delete_account(trekker)
    assert set(PracticeInvitation.objects.values_list("token", flat=True)) == {
        "niet-van-haar",
        PracticeInvitation.objects.get(email="collega@gemeente.example").token,
    }
    assert PracticeInvitation.objects.get(email="collega@gemeente.example").invited_by is None
