from django.urls import path

from . import views

app_name = "practices"

urlpatterns = [
    path("", views.my_experiences, name="my_experiences"),
    path("<int:experience_id>/bewerken/", views.experience_edit, name="experience_edit"),
    path("<int:experience_id>/voorbeeld/", views.experience_preview, name="experience_preview"),
]
