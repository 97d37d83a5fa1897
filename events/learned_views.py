"""A learning network's "Wat we geleerd hebben" (events.learned): a page of events, at an
address next to the network's own pages, because networks sits below events."""

from django.shortcuts import get_object_or_404, render

from networks.models import LearningNetwork

from .learned import network_learned


def network_learned_page(request, network_id):
    """Anyone may read it; what a meeting only for the network left behind is for its
    members and the editors (events.learned)."""
    network = get_object_or_404(LearningNetwork.objects.live().public(), pk=network_id)
    learned = network_learned(request.user, network, page_number=request.GET.get("page"))
    return render(request, "events/network_learned.html", {"network": network, "learned": learned})
