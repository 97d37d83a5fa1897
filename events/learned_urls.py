"""The pages of events that belong to a learning network's space, at the network's own
addresses (/leernetwerken/netwerk/<id>/…); included at the site's root
(lerendnetwerk/urls.py). The networks app sits below events and cannot list them."""

from django.urls import path

from . import learned_views

app_name = "learned"

urlpatterns = [
    path(
        "leernetwerken/netwerk/<int:network_id>/wat-we-geleerd-hebben/",
        learned_views.network_learned_page,
        name="network",
    ),
]
