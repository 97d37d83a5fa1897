from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lerendnetwerk import shared_fragments

from . import services
from .forms import AssociateRequestForm, DirectoryFilterForm, ProfileForm
from .models import AssociateMembershipRequest, MemberProfile
from .roles import Role

CARD_PHOTO = "fill-96x96"
PROFILE_PHOTO = "fill-240x240"


@login_required
def directory(request):
    """The same for every member (what they may see of profiles is the same): read only
    when the page's content is not kept (templates/members/directory.html,
    lerendnetwerk.shared_fragments)."""

    def listing():
        form = DirectoryFilterForm(request.GET or None)
        filters = form.filters() if form.is_bound else {}
        profiles = (
            MemberProfile.objects.visible_to(request.user)
            .matching(**filters)
            .with_card_data(CARD_PHOTO)
            .order_by("member__last_name", "member__first_name", "pk")
        )
        page_obj = Paginator(profiles, settings.MEMBER_DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
        return {"form": form, "page_obj": page_obj, "profiles": page_obj.object_list, "is_filtered": bool(filters)}

    context = shared_fragments.lazy_context(listing, ("form", "page_obj", "profiles", "is_filtered"))
    return render(request, "members/directory.html", context)


def profile_detail(request, member_id):
    is_own_profile = request.user.is_authenticated and member_id == request.user.pk
    if is_own_profile:
        # A member always sees their own profile, even before it is listed.
        profile = MemberProfile.objects.with_card_data(PROFILE_PHOTO).filter(member_id=member_id).first()
        if profile is None:
            raise Http404
        context = {
            **_profile_context(profile),
            "is_own_profile": True,
            "is_associate": profile.member.has_role(Role.ASSOCIATE_MEMBER),
        }
        return render(request, "members/profile_detail.html", context)
    # Another member's profile is the same for every reader of an audience: only whether
    # the reader may see it is asked here; the profile is read when it is not kept.
    if not MemberProfile.objects.visible_to(request.user).filter(member_id=member_id).exists():
        if not request.user.is_authenticated:
            # Visitors are asked to log in whether or not the profile exists, so that
            # nobody learns who is a member.
            return redirect_to_login(request.get_full_path())
        raise Http404

    def read():
        profile = MemberProfile.objects.with_card_data(PROFILE_PHOTO).filter(member_id=member_id).first()
        if profile is None:  # erased since the question above: rendering stops, the answer is 404
            raise Http404
        return _profile_context(profile)

    context = shared_fragments.lazy_context(read, PROFILE_CONTEXT)
    return render(
        request,
        "members/profile_detail.html",
        {**context, "is_own_profile": False, "profile_member_id": member_id},
    )


PROFILE_CONTEXT = ("profile", "member")


def _profile_context(profile):
    return {"profile": profile, "member": profile.member}


@login_required
def my_profile(request):
    return redirect("members:profile", member_id=request.user.pk)


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request, member_id):
    if member_id != request.user.pk:
        raise PermissionDenied
    member = request.user
    profile = MemberProfile.objects.select_related("photo", "municipality").get(member=member)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile, member=member)
    if request.method == "POST" and form.is_valid():
        services.update_profile(
            member,
            first_name=form.cleaned_data["first_name"],
            name_prefix=form.cleaned_data["name_prefix"],
            last_name=form.cleaned_data["last_name"],
            profile_fields=form.profile_fields(),
            interests=form.cleaned_data["interests"],
            expertise=form.cleaned_data["expertise"],
            photo=form.cleaned_data.get("photo"),
            remove_photo=form.cleaned_data.get("remove_photo", False),
        )
        messages.success(request, _("Your profile has been saved."))
        return redirect("members:profile", member_id=member.pk)
    photo_lost = request.method == "POST" and bool(request.FILES.get("photo")) and "photo" not in form.errors
    return render(
        request,
        "members/profile_edit.html",
        {
            "form": form,
            "profile": profile,
            "photo_needs_reselecting": photo_lost,
            "is_welcome": "welkom" in request.GET,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def associate_request(request):
    member = request.user
    latest = AssociateMembershipRequest.objects.filter(member=member).first()
    is_associate = member.has_role(Role.ASSOCIATE_MEMBER)
    form = AssociateRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_associate_membership(member, form.cleaned_data["motivation"])
        except services.AlreadyAssociate:
            messages.info(request, _("You are an Associate Member already."))
        except services.RequestPending:
            messages.info(request, _("Your earlier request is still waiting for a decision."))
        else:
            messages.success(request, _("Your request has been sent. You will hear from us by e-mail."))
        return redirect("members:associate_request")
    return render(
        request,
        "members/associate_request.html",
        {"form": form, "latest": latest, "is_associate": is_associate},
    )
