"""Dutch names where editors read them:

- the role group "Gemeente trekker" is called "Gemeentetrekker" (members.roles);
- Wagtail's default page workflow, made by its migration 0048 from the "Moderators"
  group that 0003 removed, was called "Moderators approval" (the page editor offered
  "Stuur door naar Moderators approval") and nobody but a superuser could approve it.
  It is now the editors' ("Redactie"), who publish pages anyway.
"""

from django.db import migrations

OLD_LEAD_GROUP, LEAD_GROUP = "Gemeente trekker", "Gemeentetrekker"
EDITOR_GROUP = "Redacteur"  # members.roles.ROLE_GROUP_NAMES
WAGTAIL_DEFAULT_NAME = "Moderators approval"
WORKFLOW_NAME = "Redactie"
TASK_NAME = "Goedkeuring door de redactie"


def dutch_names(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    if not Group.objects.filter(name=LEAD_GROUP).exists():
        Group.objects.filter(name=OLD_LEAD_GROUP).update(name=LEAD_GROUP)

    tasks = list(GroupApprovalTask.objects.filter(name=WAGTAIL_DEFAULT_NAME))
    if tasks:
        editors, _created = Group.objects.get_or_create(name=EDITOR_GROUP)
        for task in tasks:
            task.name = TASK_NAME
            task.save(update_fields=["name"])
            if not task.groups.exists():
                task.groups.set([editors])
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_NAME).update(name=WORKFLOW_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0007_encrypt_mfa_secrets"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(dutch_names, migrations.RunPython.noop)]
