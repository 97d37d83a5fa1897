"""Every model that holds personal data is covered by some app's privacy module: a model with
a foreign key (or one-to-one, or many-to-many table) to the member or their profile, or with
an e-mail address column, must be declared in the `models` of a registered PersonalData kind
(lerendnetwerk.personal_data). A new app joins the export and the deletion by adding its own
privacy.py; this test fails, naming the models, until it does."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models

from lerendnetwerk.personal_data import kinds
from members.models import MemberProfile

# No allowlist: third-party models (allauth's addresses and authenticators, Wagtail's own
# user references: page owner, revisions, uploads, comments, log entries, …) are declared by
# kinds in members/privacy.py, which say what happens to them.


def models_with_personal_data():
    """{"app_label.model": [field names]} of every model pointing at a member or a profile,
    or holding an e-mail address."""
    people = {get_user_model(), MemberProfile}
    found = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy:
            continue
        fields = [
            field.name
            for field in model._meta.local_fields
            if (field.is_relation and field.related_model in people) or isinstance(field, models.EmailField)
        ]
        if fields:
            found[model._meta.label_lower] = fields
    return found


def covered_models():
    return {label for kind in kinds() for label in kind.models}


def test_every_model_with_personal_data_is_covered_by_a_privacy_module():
    uncovered = {
        label: fields for label, fields in models_with_personal_data().items() if label not in covered_models()
    }
    assert uncovered == {}, f"Not covered by any app's privacy.py (PersonalData.models): {uncovered}"


def test_the_search_finds_the_kinds_of_reference_that_matter():
    found = models_with_personal_data()
    assert found["forum.reaction"] == ["member"]  # a foreign key
    assert found["notifications.notificationpreference"] == ["member"]  # a one-to-one
    assert found["forum.post_mentions"] == ["member"]  # a many-to-many table
    assert found["members.profileinterest"] == ["content_object"]  # to the profile
    assert found["practices.practiceapplication"] == ["contact_email", "decided_by"]  # by address, and the editor
    assert set(found["wagtailcore.page"]) == {"owner", "locked_by"}  # on the parent table only


def test_declarations_name_existing_models_and_keep_only_covered_ones():
    for kind in kinds():
        for label in kind.models:
            assert apps.get_model(label), label
        assert set(kind.kept) <= set(kind.models), kind.key


def test_every_kind_has_a_key_of_its_own_and_the_export_keeps_its_file_names():
    from privacy.export import sections

    assert len({kind.key for kind in kinds()}) == len(kinds())
    assert [section.filename for section in sections()] == [
        "account.json",
        "profile.json",
        "email_addresses.json",
        "consents.json",
        "two_factor_authentication.json",
        "associate_membership_requests.json",
        "practice_memberships.json",
        "submitted_evaluations.json",
        "network_memberships.json",
        "network_requests.json",
        "network_invitations.json",
        "practice_invitations.json",
        "reflections.json",
        "start_analyses.json",
        "experiences.json",
        "practice_applications.json",
        "forum_threads.json",
        "forum_posts.json",
        "forum_reactions.json",
        "forum_follows.json",
        "forum_reports.json",
        "moderation_actions.json",
        "registrations.json",
        "series_registrations.json",
        "meeting_evaluations.json",
        "organised_meetings.json",
        "sent_meeting_messages.json",
        "calendar_feed.json",
        "notifications.json",
        "notification_preferences.json",
    ]
