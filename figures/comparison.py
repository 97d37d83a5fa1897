"""Comparison groups: municipalities like this one, to read its figures against.

A municipality is compared with the others of the same size class (inhabitants) and the
same urbanisation (CBS stedelijkheid), optionally only those in its province. Both come
from the figures (`inwoners`, `stedelijkheid`) and are kept on the municipality by the
import; a municipality without them has no comparison group.
"""

from dataclasses import dataclass

from django.db.models import Q, Subquery
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


def with_comparison_group(municipalities, slug):
    """The municipality with `slug` out of `municipalities`, read in one query with the
    members of its comparison group (kept as `comparison_members`, which
    comparison_group() uses); None when there is no such municipality."""
    chosen = Municipality.objects.filter(slug=slug)
    same_kind = Q(
        size_class=Subquery(chosen.values("size_class")),
        urbanisation=Subquery(chosen.values("urbanisation")),
    )
    found = list(municipalities.filter(Q(slug=slug) | same_kind).order_by("name"))
    municipality = next((each for each in found if each.slug == slug), None)
    if municipality is not None:
        municipality.comparison_members = [each for each in found if each.pk != municipality.pk]
    return municipality


def comparison_group(municipality, *, same_province=False):
    """The municipalities to compare with and why, or None without size and urbanisation."""
    if municipality.size_class is None or municipality.urbanisation is None:
        return None
    members = getattr(municipality, "comparison_members", None)  # read with it (with_comparison_group)
    if members is None or same_province:
        members = Municipality.objects.filter(
            size_class=municipality.size_class, urbanisation=municipality.urbanisation
        ).exclude(pk=municipality.pk)
        if same_province:
            members = members.filter(province=municipality.province)
        members = list(members.order_by("name"))
    province = municipality.get_province_display() if same_province else ""
    return ComparisonGroup(
        municipality=municipality,
        members=members,
        reason=describe(municipality.size_class, municipality.urbanisation, province),
    )
