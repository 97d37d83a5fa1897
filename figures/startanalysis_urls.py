from django.urls import path

from . import startanalysis_views as views

# Included at the site's root (lerendnetwerk/urls.py): the practice's startanalyse sits in
# its werkruimte (practices/urls.py), a member's own ones under "Mijn startanalyses".
app_name = "startanalysis"

urlpatterns = [
    path("praktijken/werkruimte/<int:practice_id>/startanalyse/", views.practice_worksheet, name="practice"),
    path("mijn-startanalyses/", views.my_start_analyses, name="mine"),
    path("mijn-startanalyses/<int:analysis_id>/", views.member_worksheet, name="detail"),
    path("mijn-startanalyses/<int:analysis_id>/koppelen/", views.attach, name="attach"),
]
