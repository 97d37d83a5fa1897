from django.urls import path

from . import organiser_views, views

app_name = "events"

urlpatterns = [
    path("", views.my_events, name="my_events"),
    path("agenda/<str:token>.ics", views.personal_feed, name="personal_feed"),
    path("agenda/vernieuwen/", views.regenerate_feed, name="regenerate_feed"),
    path("afmelden/<str:token>/", views.cancel_by_link, name="cancel_by_link"),
    path("bevestigen/<str:token>/", views.guest_confirm, name="guest_confirm"),
    # Meetings made by the people who hold them (organiser_views.py).
    path("organiseren/netwerk/<int:network_id>/", organiser_views.organise_for_network, name="organise_for_network"),
    path(
        "organiseren/praktijk/<int:practice_id>/", organiser_views.organise_for_practice, name="organise_for_practice"
    ),
    path("praktijk/<int:practice_id>/", organiser_views.practice_meetings, name="practice_meetings"),
    path("organiseren/<int:event_id>/", organiser_views.change, name="organise_change"),
    path("organiseren/<int:event_id>/annuleren/", organiser_views.cancel, name="organise_cancel"),
]
