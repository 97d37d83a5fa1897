"""The startanalyse: begun from the municipality's figures (a snapshot that stays until it
is refreshed), written by the regieteam, shared with the participants, prepared by a
member before the practice exists and attached to it (by hand, or on acceptance through a
verified address only), and the author's personal data."""

from datetime import date
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from figures import startanalysis
from figures.models import Direction, IndicatorValue, StartAnalysis
from lerendnetwerk.personal_data import Erasure, Export, registered
from members.roles import Role
from municipalities.models import SizeClass, Urbanisation
from practices import decisions
from practices.models import PracticeApplication, PracticeRole
from privacy.services import delete_account
from tests import pages
from tests.factories import IndicatorFactory, MemberFactory, MunicipalityFactory
from tests.support.second_factor import log_in

LIKE_ZWOLLE = {"size_class": SizeClass.FROM_100K, "urbanisation": Urbanisation.STRONGLY_URBAN}


def value(indicator, municipality, period, number, example=False):
    return IndicatorValue.objects.create(
        indicator=indicator, municipality=municipality, period=period, value=Decimal(number), example=example
    )


@pytest.fixture
def world(db):
    zwolle = MunicipalityFactory(name="Zwolle", cbs_code="GM0193", **LIKE_ZWOLLE)
    peers = [MunicipalityFactory(name=name, **LIKE_ZWOLLE) for name in ("Deventer", "Enschede", "Apeldoorn")]
    poverty = pages.theme("aanpak-armoede")
    income = IndicatorFactory(
        code="laag-inkomen",
        name="Huishoudens met een laag inkomen",
        direction=Direction.HIGHER_IS_WORSE,
        table_id="85618NED",
        themes=[poverty],
    )
    value(income, zwolle, "2022JJ00", "8.8")
    value(income, zwolle, "2023JJ00", "8.6")
    value(income, None, "2023JJ00", "7.5")
    for peer, number in zip(peers, ("7.0", "9.4", "8.0"), strict=True):
        value(income, peer, "2023JJ00", number)
    people = {
        "trekker": MemberFactory(first_name="Tessa", last_name="Trekker"),
        "administrator": MemberFactory(first_name="Wim", last_name="Wethouder"),
        "participant": MemberFactory(first_name="Pim", last_name="Deelnemer"),
        "adviser": MemberFactory(first_name="Ada", last_name="Adviseur"),
        "member": MemberFactory(first_name="Lid"),
        "editor": MemberFactory(first_name="Redactie", roles=[Role.EDITOR]),
    }
    practice = pages.practice("Armoede in Zwolle", municipality=zwolle, leads=[people["trekker"]], themes=[poverty])
    for role, practice_role in (
        ("administrator", PracticeRole.ADMINISTRATOR),
        ("participant", PracticeRole.PARTICIPANT),
        ("adviser", PracticeRole.ADVISER),
    ):
        practice.memberships.create(member=people[role], role=practice_role)
    return {"zwolle": zwolle, "income": income, "practice": practice, "people": people, "poverty": poverty}


def texts(**changes):
    base = {
        "target_groups": "Alleenstaande ouders in Holtenbroek.",
        "causes": "Hoge vaste lasten en weinig bekendheid met regelingen.",
        "local_strengths": "Een sterk buurtnetwerk.",
        "current_efforts": "Schuldhulp aan de keukentafel.",
        "focus": "Hoe bereiken we wie nooit aanklopt?",
    }
    return {**base, **changes}


def worksheet_url(practice):
    return reverse("startanalysis:practice", kwargs={"practice_id": practice.pk})


# The figures it starts from


def test_the_worksheet_starts_from_the_figures_against_country_and_comparison_group(world):
    analysis = startanalysis.begin_for_practice(world["people"]["trekker"], world["practice"])
    snapshot = analysis.figures
    assert "3 similar municipalities" in snapshot["group"] or "3 vergelijkbare gemeenten" in snapshot["group"]
    (theme,) = snapshot["themes"]
    assert theme["key"] == "aanpak-armoede"
    (row,) = theme["indicators"]
    assert row["name"] == "Huishoudens met een laag inkomen"
    assert row["value"] == "8,6%" and row["period"] == "2023"
    assert row["national"] == "7,5%"
    assert (row["group_median"], row["group_min"], row["group_max"]) == ("8,0%", "7,0%", "9,4%")
    assert row["against_national"] == "hoger dan landelijk: ongunstiger"
    assert row["table"] == "85618NED" and row["example"] is False
    assert analysis.figures_taken_at is not None and analysis.status == StartAnalysis.Status.DRAFT


def test_a_new_import_does_not_change_the_figures_until_they_are_brought_up_to_date(world):
    trekker = world["people"]["trekker"]
    analysis = startanalysis.begin_for_practice(trekker, world["practice"])
    analysis = startanalysis.save(trekker, analysis, texts=texts(), theme_notes={"aanpak-armoede": "Hoger dan elders."})
    value(world["income"], world["zwolle"], "2024JJ00", "8.1")
    analysis.refresh_from_db()
    assert analysis.figures["themes"][0]["indicators"][0]["value"] == "8,6%"

    taken = analysis.figures_taken_at
    analysis = startanalysis.refresh_figures(trekker, analysis)
    assert analysis.figures["themes"][0]["indicators"][0]["value"] == "8,1%"
    assert analysis.figures_taken_at > taken
    assert analysis.causes == texts()["causes"]
    assert analysis.theme_notes == {"aanpak-armoede": "Hoger dan elders."}


def test_the_figures_are_brought_up_to_date_from_the_page_keeping_what_was_typed(client, world):
    trekker = world["people"]["trekker"]
    analysis = startanalysis.begin_for_practice(trekker, world["practice"])
    value(world["income"], world["zwolle"], "2024JJ00", "8.1")
    log_in(client, trekker)
    response = client.post(
        worksheet_url(world["practice"]),
        {"version": analysis.version, "action": "refresh", **texts(causes="Nog niet gedeeld.")},
    )
    assert response.status_code == 302
    analysis.refresh_from_db()
    assert analysis.causes == "Nog niet gedeeld." and analysis.figures["themes"][0]["indicators"][0]["value"] == "8,1%"
    assert "8,1%" in client.get(worksheet_url(world["practice"])).content.decode()


def test_example_figures_say_so_on_the_worksheet(client, world):
    world["income"].values.update(example=True)
    startanalysis.begin_for_practice(world["people"]["trekker"], world["practice"])
    log_in(client, world["people"]["trekker"])
    content = client.get(worksheet_url(world["practice"])).content.decode()
    assert "Voorbeeldcijfers" in content and "Voorbeeldcijfer, niet gepubliceerd." in content


# Writing and sharing


def test_only_the_regieteam_and_editors_begin_the_startanalyse(world):
    with pytest.raises(startanalysis.StartAnalysisError):
        startanalysis.begin_for_practice(world["people"]["participant"], world["practice"])
    with pytest.raises(startanalysis.StartAnalysisError):
        startanalysis.begin_for_practice(world["people"]["adviser"], world["practice"])
    first = startanalysis.begin_for_practice(world["people"]["administrator"], world["practice"])
    assert startanalysis.begin_for_practice(world["people"]["trekker"], world["practice"]) == first
    assert StartAnalysis.objects.count() == 1


def test_sharing_needs_the_target_groups_and_causes_and_can_be_undone(world):
    trekker = world["people"]["trekker"]
    analysis = startanalysis.begin_for_practice(trekker, world["practice"])
    with pytest.raises(startanalysis.StartAnalysisError):
        startanalysis.save(trekker, analysis, texts=texts(causes="  "), share=True)
    analysis.refresh_from_db()
    assert analysis.status == StartAnalysis.Status.DRAFT and analysis.target_groups == ""  # nothing half-saved

    analysis = startanalysis.save(trekker, analysis, texts=texts(), share=True)
    assert analysis.is_shared and analysis.shared_at is not None
    analysis = startanalysis.save(world["people"]["administrator"], analysis, texts=texts(), share=False)
    assert analysis.status == StartAnalysis.Status.DRAFT and analysis.shared_at is None
    assert analysis.updated_by == world["people"]["administrator"]


def test_a_participant_outside_the_regieteam_cannot_save(world):
    analysis = startanalysis.begin_for_practice(world["people"]["trekker"], world["practice"])
    with pytest.raises(startanalysis.StartAnalysisError):
        startanalysis.save(world["people"]["participant"], analysis, texts=texts())


def test_a_worksheet_saved_from_an_older_version_is_refused(world):
    trekker, administrator = world["people"]["trekker"], world["people"]["administrator"]
    analysis = startanalysis.begin_for_practice(trekker, world["practice"])
    loaded = analysis.version
    startanalysis.save(administrator, analysis, texts=texts(causes="Van de wethouder."), version=loaded)
    with pytest.raises(startanalysis.StartAnalysisError):
        startanalysis.save(trekker, analysis, texts=texts(causes="Van de trekker."), version=loaded)
    analysis.refresh_from_db()
    assert analysis.causes == "Van de wethouder."


def test_notes_are_kept_only_for_the_themes_of_the_figures(world):
    trekker = world["people"]["trekker"]
    analysis = startanalysis.begin_for_practice(trekker, world["practice"])
    analysis = startanalysis.save(
        trekker, analysis, texts={}, theme_notes={"aanpak-armoede": "Opvallend.", "verzonnen": "Nee."}
    )
    assert analysis.theme_notes == {"aanpak-armoede": "Opvallend."}


def test_the_form_keeps_what_was_typed_when_sharing_is_refused(client, world):
    trekker = world["people"]["trekker"]
    analysis = startanalysis.begin_for_practice(trekker, world["practice"])
    log_in(client, trekker)
    response = client.post(
        worksheet_url(world["practice"]),
        {
            "version": analysis.version,
            "action": "share",
            "note_aanpak-armoede": "Hoger dan landelijk.",
            **texts(causes=""),
        },
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("[data-error-summary]") is not None
    assert soup.select_one("#id_target_groups").text.strip() == texts()["target_groups"]
    assert soup.select_one("#id_note_aanpak-armoede").text.strip() == "Hoger dan landelijk."
    analysis.refresh_from_db()
    assert analysis.target_groups == "" and not analysis.is_shared


def test_the_form_keeps_what_was_typed_when_a_text_is_too_long(client, world):
    trekker = world["people"]["trekker"]
    analysis = startanalysis.begin_for_practice(trekker, world["practice"])
    log_in(client, trekker)
    response = client.post(
        worksheet_url(world["practice"]),
        {"version": analysis.version, "action": "save", **texts(focus="x" * 5001)},
    )
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("a[href='#id_focus']") is not None
    assert soup.select_one("#id_causes").text.strip() == texts()["causes"]
    analysis.refresh_from_db()
    assert analysis.causes == ""


def test_saving_sharing_and_reading_through_the_pages(client, world):
    trekker, participant = world["people"]["trekker"], world["people"]["participant"]
    log_in(client, trekker)
    url = worksheet_url(world["practice"])
    assert "Begin de startanalyse" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    analysis = StartAnalysis.objects.get(practice=world["practice"])
    response = client.post(url, {"version": analysis.version, "action": "save", **texts()}, follow=True)
    assert "opgeslagen als concept" in response.content.decode()
    log_in(client, participant)
    assert client.get(url).status_code == 404  # a draft: only the regieteam

    log_in(client, trekker)
    analysis.refresh_from_db()
    client.post(url, {"version": analysis.version, "action": "share", **texts()})
    log_in(client, participant)
    response = client.get(url)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("textarea") is None  # to read, not to change
    assert texts()["causes"] in soup.text and "Huishoudens met een laag inkomen" in soup.text
    assert client.post(url, {"version": analysis.version, "action": "save", **texts()}).status_code == 404


def test_the_regieteam_has_a_version_to_read_and_print(client, world):
    trekker = world["people"]["trekker"]
    analysis = startanalysis.begin_for_practice(trekker, world["practice"])
    startanalysis.save(trekker, analysis, texts=texts())
    log_in(client, trekker)
    soup = BeautifulSoup(client.get(worksheet_url(world["practice"]) + "?lezen").content, "html.parser")
    assert soup.select_one("textarea") is None
    assert texts()["focus"] in soup.text
    assert soup.select_one("button[data-print]") is not None


def test_the_workspace_and_practice_page_link_the_startanalyse_for_its_readers(client, world):
    trekker, participant = world["people"]["trekker"], world["people"]["participant"]
    practice = world["practice"]
    workspace = reverse("practices:workspace", kwargs={"practice_id": practice.pk})
    url = worksheet_url(practice)
    log_in(client, trekker)
    assert url in client.get(workspace).content.decode()
    analysis = startanalysis.begin_for_practice(trekker, practice)
    assert url in client.get(practice.url).content.decode()  # the regieteam sees its draft

    log_in(client, participant)
    assert url not in client.get(workspace).content.decode()
    assert url not in client.get(practice.url).content.decode()
    startanalysis.save(trekker, analysis, texts=texts(), share=True)
    assert url in client.get(workspace).content.decode()
    assert url in client.get(practice.url).content.decode()

    log_in(client, world["people"]["member"])
    assert url not in client.get(practice.url).content.decode()
    client.logout()
    assert url not in client.get(practice.url).content.decode()


# Before the practice exists: the member's own startanalyse


def test_a_member_prepares_a_startanalyse_of_their_municipality_that_only_they_see(client, world):
    author = world["people"]["member"]
    log_in(client, author)
    response = client.post(reverse("startanalysis:mine"), {"municipality": world["zwolle"].pk})
    analysis = StartAnalysis.objects.get(created_by=author)
    assert response.url == reverse("startanalysis:detail", kwargs={"analysis_id": analysis.pk})
    assert analysis.practice is None and analysis.figures["themes"]
    # Beginning again opens the same one.
    client.post(reverse("startanalysis:mine"), {"municipality": world["zwolle"].pk})
    assert StartAnalysis.objects.filter(created_by=author).count() == 1
    assert "Startanalyse van Zwolle" in client.get(reverse("practices:my_practices")).content.decode()

    detail = reverse("startanalysis:detail", kwargs={"analysis_id": analysis.pk})
    response = client.post(detail, {"version": analysis.version, "action": "save", **texts()})
    assert response.status_code == 302
    for other in ("trekker", "adviser"):
        log_in(client, world["people"][other])
        assert client.get(detail).status_code == 404
    log_in(client, world["people"]["editor"])
    assert client.get(detail).status_code == 200


def test_the_begin_form_keeps_its_error_for_a_municipality_that_does_not_exist(client, world):
    log_in(client, world["people"]["member"])
    response = client.post(reverse("startanalysis:mine"), {"municipality": "999999"})
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").select_one("[data-error-summary]") is not None
    assert not StartAnalysis.objects.exists()


def test_a_prepared_startanalyse_cannot_be_shared_before_it_belongs_to_a_practice(world):
    author = world["people"]["member"]
    analysis = startanalysis.begin_for_municipality(author, world["zwolle"])
    with pytest.raises(startanalysis.StartAnalysisError):
        startanalysis.save(author, analysis, texts=texts(), share=True)


def test_the_author_attaches_it_by_hand_to_a_practice_of_the_municipality_in_whose_regieteam_they_are(client, world):
    author = world["people"]["administrator"]
    analysis = startanalysis.begin_for_municipality(author, world["zwolle"])
    startanalysis.save(author, analysis, texts=texts())
    detail = reverse("startanalysis:detail", kwargs={"analysis_id": analysis.pk})
    log_in(client, author)
    assert "Koppelen aan de praktijk" in client.get(detail).content.decode()
    response = client.post(
        reverse("startanalysis:attach", kwargs={"analysis_id": analysis.pk}), {"practice": world["practice"].pk}
    )
    assert response.url == worksheet_url(world["practice"])
    analysis.refresh_from_db()
    assert analysis.practice == world["practice"] and analysis.causes == texts()["causes"]
    assert client.get(detail).url == worksheet_url(world["practice"])


def test_attaching_is_refused_elsewhere_for_others_and_twice(world):
    author = world["people"]["administrator"]
    elsewhere = pages.practice("Elders", leads=[author])
    analysis = startanalysis.begin_for_municipality(author, world["zwolle"])
    with pytest.raises(startanalysis.StartAnalysisError):
        startanalysis.attach(author, analysis, elsewhere)  # another municipality
    with pytest.raises(startanalysis.StartAnalysisError):
        startanalysis.attach(world["people"]["trekker"], analysis, world["practice"])  # not the author
    participant_analysis = startanalysis.begin_for_municipality(world["people"]["participant"], world["zwolle"])
    with pytest.raises(startanalysis.StartAnalysisError):
        startanalysis.attach(world["people"]["participant"], participant_analysis, world["practice"])  # no regieteam
    startanalysis.begin_for_practice(world["people"]["trekker"], world["practice"])
    with pytest.raises(startanalysis.StartAnalysisError):
        startanalysis.attach(author, analysis, world["practice"])  # the practice has one
    analysis.refresh_from_db()
    assert analysis.practice is None


def test_attaching_by_hand_refuses_a_practice_outside_the_choice(client, world):
    author = world["people"]["administrator"]
    analysis = startanalysis.begin_for_municipality(author, world["zwolle"])
    log_in(client, author)
    response = client.post(
        reverse("startanalysis:attach", kwargs={"analysis_id": analysis.pk}), {"practice": "nope"}, follow=True
    )
    assert response.status_code == 200
    analysis.refresh_from_db()
    assert analysis.practice is None


def _application(email, municipality):
    application = PracticeApplication.objects.create(
        municipality=municipality,
        contact_name="Tessa Nieuw",
        contact_email=email,
        learning_questions="Hoe bereiken we iedereen?",
        hours_acknowledged=True,
    )
    return application


def _accept(application, trekker_email):
    return decisions.accept_application(
        MemberFactory(roles=[Role.EDITOR]),
        application,
        title=f"Nieuwe praktijk {application.pk}",
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
        themes=[],
        elements=[],
        trekker_email=trekker_email,
    )


def test_an_accepted_application_takes_its_authors_startanalyse_along(world):
    author = MemberFactory(email="tessa@zwolle.example")
    analysis = startanalysis.begin_for_municipality(author, world["zwolle"])
    elsewhere = startanalysis.begin_for_municipality(author, MunicipalityFactory(name="Kampen"))
    practice = _accept(_application("Tessa@Zwolle.example", world["zwolle"]), "tessa@zwolle.example")
    analysis.refresh_from_db()
    elsewhere.refresh_from_db()
    assert analysis.practice == practice and analysis.status == StartAnalysis.Status.DRAFT
    assert elsewhere.practice is None


def test_an_unverified_contact_address_does_not_take_a_startanalyse_along(world):
    author = MemberFactory(email="tessa@zwolle.example")
    EmailAddress.objects.create(user=author, email="contact@zwolle.example", verified=False)
    analysis = startanalysis.begin_for_municipality(author, world["zwolle"])
    # The author becomes trekker through their verified address, but the application's
    # contact address is one they never confirmed: it may be anyone's.
    practice = _accept(_application("contact@zwolle.example", world["zwolle"]), "tessa@zwolle.example")
    assert practice.memberships.filter(member=author).exists()
    analysis.refresh_from_db()
    assert analysis.practice is None


def test_a_declined_application_leaves_the_startanalyse_with_its_author(world):
    author = MemberFactory(email="tessa@zwolle.example")
    analysis = startanalysis.begin_for_municipality(author, world["zwolle"])
    application = _application("tessa@zwolle.example", world["zwolle"])
    decisions.decline_application(MemberFactory(roles=[Role.EDITOR]), application, reason="Nu niet.")
    analysis.refresh_from_db()
    assert analysis.practice is None


# Personal data


def test_the_authors_startanalyses_are_exported(world):
    author = world["people"]["trekker"]
    analysis = startanalysis.begin_for_practice(author, world["practice"])
    startanalysis.save(author, analysis, texts=texts())
    startanalysis.begin_for_municipality(author, MunicipalityFactory(name="Kampen"))
    rows = registered("start_analyses").export(author, Export(author))
    assert {row["municipality"] for row in rows} == {"Zwolle", "Kampen"}
    zwolle = next(row for row in rows if row["municipality"] == "Zwolle")
    assert zwolle["learning_practice"] == "Armoede in Zwolle" and zwolle["causes"] == texts()["causes"]


def test_erasing_deletes_a_prepared_draft_and_keeps_the_practices_text_without_the_author(world):
    author = world["people"]["trekker"]
    analysis = startanalysis.begin_for_practice(author, world["practice"])
    startanalysis.save(author, analysis, texts=texts())
    prepared = startanalysis.begin_for_municipality(author, MunicipalityFactory(name="Kampen"))
    erasure = Erasure(member=author, addresses=frozenset(author.verified_email_addresses()), now=timezone.now())
    registered("start_analyses").erase(erasure)
    assert not StartAnalysis.objects.filter(pk=prepared.pk).exists()
    analysis.refresh_from_db()
    assert analysis.created_by is None and analysis.updated_by is None
    assert analysis.causes == texts()["causes"]


def test_deleting_the_account_keeps_the_practices_startanalyse_and_deletes_the_prepared_one(world):
    author = world["people"]["administrator"]
    analysis = startanalysis.begin_for_practice(author, world["practice"])
    startanalysis.save(author, analysis, texts=texts())
    prepared = startanalysis.begin_for_municipality(author, MunicipalityFactory(name="Kampen"))
    delete_account(author)
    assert not StartAnalysis.objects.filter(pk=prepared.pk).exists()
    analysis.refresh_from_db()
    assert analysis.created_by is None and analysis.target_groups == texts()["target_groups"]
