from django.urls import path

from . import evaluation_views, organiser_views, views

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
    # Meetings made by the people who hold them (organiser_views.py).
    path("organiseren/netwerk/<int:network_id>/", organiser_views.organise_for_network, name="organise_for_network"),
    path(
        "organiseren/praktijk/<int:practice_id>/", organiser_views.organise_for_practice, name="organise_for_practice"
    ),
    path("praktijk/<int:practice_id>/", organiser_views.practice_meetings, name="practice_meetings"),
    path(
        "organiseren/netwerk/<int:network_id>/reeks/",
        organiser_views.organise_series_for_network,
        name="organise_series_for_network",
    ),
    path("organiseren/reeks/<int:series_id>/sessie/", organiser_views.add_session, name="organise_add_session"),
    path("organiseren/<int:event_id>/", organiser_views.change, name="organise_change"),
    path("organiseren/<int:event_id>/annuleren/", organiser_views.cancel, name="organise_cancel"),
    path("organiseren/<int:event_id>/deelnemers/", organiser_views.attendees, name="organise_attendees"),
    path("organiseren/<int:event_id>/deelnemers.csv", organiser_views.attendees_csv, name="organise_attendees_csv"),
    path(
        "organiseren/<int:event_id>/deelnemers/<int:registration_id>/aanwezig/",
        organiser_views.set_present,
        name="organise_set_present",
    ),
    path("organiseren/<int:event_id>/bericht/", organiser_views.message, name="organise_message"),
    path("organiseren/<int:event_id>/evaluatie/", organiser_views.evaluation_settings, name="organise_evaluation"),
]
