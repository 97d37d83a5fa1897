"""The member directory's filter "Leernetwerk" (members.directory's registry: the members
app sits below this one and does not import it). Offers the live networks (one query for
the choices); the directory already shows only the profiles the reader may see."""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from members import directory

from .records import NetworkMembership


def _network_field():
    from .models import LearningNetwork

    return forms.ModelChoiceField(
        label=_("Learning network"),
        queryset=LearningNetwork.objects.live().order_by("title"),
        to_field_name="slug",
        required=False,
        empty_label=_("All learning networks"),
    )


def _in_network(profiles, network):
    return profiles.filter(
        Exists(NetworkMembership.objects.filter(network_id=network.pk, member_id=OuterRef("member_id")))
    )


def register_directory_filter():
    directory.register(directory.DirectoryFilter(name="network", make_field=_network_field, apply=_in_network))
