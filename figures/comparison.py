"""Comparison groups: municipalities like this one, to read its figures against.

A municipality is compared with the others of the same size class (inhabitants) and the
same urbanisation (CBS stedelijkheid), optionally only those in its province. Both come
from the figures (`inwoners`, `stedelijkheid`) and are kept on the municipality by the
import; a municipality without them has no comparison group.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from municipalities.models import Municipality, SizeClass, Urbanisation

SIZE_WORDS = {
    SizeClass.UNDER_10K: lambda: _("municipalities with fewer than 10,000 inhabitants"),
    SizeClass.FROM_10K: lambda: _("municipalities with 10,000 to 20,000 inhabitants"),
    SizeClass.FROM_20K: lambda: _("municipalities with 20,000 to 50,000 inhabitants"),
    SizeClass.FROM_50K: lambda: _("municipalities with 50,000 to 100,000 inhabitants"),
    SizeClass.FROM_100K: lambda: _("municipalities with 100,000 to 250,000 inhabitants"),
    SizeClass.FROM_250K: lambda: _("municipalities with 250,000 inhabitants or more"),
}


@dataclass
class ComparisonGroup:
    municipality: Municipality
    members: list  # the other municipalities, by name
    reason: str

    @property
    def member_ids(self):
        return [member.pk for member in self.members]


def describe(size_class, urbanisation, province_label=""):
    """'gemeenten met 50.000 tot 100.000 inwoners die matig stedelijk zijn (in Overijssel)'."""
    reason = _("%(size)s that are %(urbanisation)s") % {
        "size": SIZE_WORDS[SizeClass(size_class)](),
        "urbanisation": Urbanisation(urbanisation).label,
    }
    if province_label:
        reason = _("%(reason)s, in %(province)s") % {"reason": reason, "province": province_label}
    return reason


def comparison_group(municipality, *, same_province=False):
    """The municipalities to compare with and why, or None without size and urbanisation."""
    if municipality.size_class is None or municipality.urbanisation is None:
        return None
    members = Municipality.objects.filter(
        size_class=municipality.size_class, urbanisation=municipality.urbanisation
    ).exclude(pk=municipality.pk)
    if same_province:
        members = members.filter(province=municipality.province)
    province = municipality.get_province_display() if same_province else ""
    return ComparisonGroup(
        municipality=municipality,
        members=list(members.order_by("name")),
        reason=describe(municipality.size_class, municipality.urbanisation, province),
    )
