"""The leervragen that were a list on the practice page become LearningQuestion objects
(practices 0005), in their order, and go back into the list on a rollback."""

import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale

from tests.factories import MunicipalityFactory

BEFORE = [("practices", "0004_experience_text_help")]
AFTER = [("practices", "0005_learning_cycle")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_questions_in_a_practice_list_become_learning_questions_in_order():
    municipality = MunicipalityFactory()
    content_type = ContentType.objects.get(app_label="practices", model="learningpractice")
    try:
        apps = _migrate(BEFORE)
        Practice = apps.get_model("practices", "LearningPractice")
        practice = Practice.objects.create(
            path="00019999",
            depth=2,
            numchild=0,
            title="Oude praktijk",
            slug="oude-praktijk",
            content_type_id=content_type.pk,
            locale_id=Locale.get_default().pk,
            municipality_id=municipality.pk,
            summary="Samenvatting.",
            learning_questions=json.dumps(
                [
                    {"type": "question", "value": "Hoe doen we dat eigenlijk?", "id": "a"},
                    {"type": "question", "value": "  ", "id": "b"},
                    {"type": "question", "value": "Waarom is dit beter?", "id": "c"},
                ]
            ),
        )

        apps = _migrate(AFTER)
        Question = apps.get_model("practices", "LearningQuestion")
        questions = list(Question.objects.filter(practice_id=practice.pk).order_by("sort_order"))
        assert [(q.text, q.status) for q in questions] == [
            ("Hoe doen we dat eigenlijk?", "open"),
            ("Waarom is dit beter?", "open"),
        ]

        apps = _migrate(BEFORE)
        Practice = apps.get_model("practices", "LearningPractice")
        stream = Practice.objects.get(pk=practice.pk).learning_questions
        assert [block.value for block in stream] == ["Hoe doen we dat eigenlijk?", "Waarom is dit beter?"]
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
