from django.urls import path

from . import evaluation_views, views

app_name = "events"

urlpatterns = [
    path("", views.my_events, name="my_events"),
    path("agenda/<str:token>.ics", views.personal_feed, name="personal_feed"),
    path("agenda/vernieuwen/", views.regenerate_feed, name="regenerate_feed"),
    path("afmelden/<str:token>/", views.cancel_by_link, name="cancel_by_link"),
    path("bevestigen/<str:token>/", views.guest_confirm, name="guest_confirm"),
    path("<int:event_id>/evaluatie/", evaluation_views.evaluation_form, name="evaluation"),
    path("<int:event_id>/evaluatie/resultaten/", evaluation_views.evaluation_results, name="evaluation_results"),
    path(
        "<int:event_id>/evaluatie/resultaten.csv",
        evaluation_views.evaluation_results_csv,
        name="evaluation_results_csv",
    ),
]
