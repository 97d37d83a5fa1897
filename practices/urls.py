from django.urls import path

from . import learning_views, views

app_name = "practices"

# The werkruimte of one practice: its participants and the editors work on it here.
WORKSPACE = "praktijken/werkruimte/<int:practice_id>/"

urlpatterns = [
    path("mijn-ervaringen/", views.my_experiences, name="my_experiences"),
    path("mijn-ervaringen/<int:experience_id>/bewerken/", views.experience_edit, name="experience_edit"),
    path("mijn-ervaringen/<int:experience_id>/voorbeeld/", views.experience_preview, name="experience_preview"),
    # The learning cycle: leervragen, reflections, the end evaluation (learning_views.py).
    path(WORKSPACE + "leervragen/", learning_views.learning_questions, name="learning_questions"),
    path(
        WORKSPACE + "leervragen/<int:question_id>/",
        learning_views.learning_question_edit,
        name="learning_question_edit",
    ),
    path(
        WORKSPACE + "leervragen/<int:question_id>/verwijderen/",
        learning_views.learning_question_remove,
        name="learning_question_remove",
    ),
    path(WORKSPACE + "reflecties/", learning_views.reflections, name="reflections"),
    path(WORKSPACE + "reflecties/schrijven/", learning_views.reflection_write, name="reflection_write"),
    path(
        WORKSPACE + "reflecties/<int:reflection_id>/ervaring/",
        learning_views.reflection_to_experience,
        name="reflection_to_experience",
    ),
    path(WORKSPACE + "evaluatie/", learning_views.evaluation, name="evaluation"),
]

# Included under /gemeenten/ in the "municipalities" namespace (lerendnetwerk/urls.py).
municipality_urlpatterns = [
    path("", views.municipality_index, name="index"),
    path("<slug:slug>/", views.municipality_detail, name="detail"),
]
