"""What members do in a learning network on the site: join, ask to join, leave, accept an
invitation; and the coordinators' management page (members, roles, requests, invitations,
the shelf). Thin views: parse, authorise, call membership.py or shelf.py, render. The
network's page itself is the Wagtail page (models.LearningNetwork).

Joining and leaving need a live network; managing works on a draft too (the editors and the
coordinators prepare a network before publishing it). Who may not manage gets a 404;
visitors are sent to log in first."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import membership, shelf
from .forms import DecisionForm, InviteForm, RequestForm, RoleForm, ShelfForm
from .models import LearningNetwork
from .records import NetworkInvitation, NetworkMembership, NetworkMembershipRequest, NetworkRole, ShelfItem


def _live_network(network_id):
    return get_object_or_404(LearningNetwork.objects.live().public(), pk=network_id)


def _page_url(network):
    return network.url or reverse("networks:manage", args=[network.pk])


def _manage_url(network):
    return reverse("networks:manage", args=[network.pk])


# The member's way in and out


@login_required
@require_POST
def join(request, network_id):
    network = _live_network(network_id)
    try:
        membership.join(request.user, network)
    except membership.NetworkError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Welcome to %(title)s.") % {"title": network.title})
    return redirect(_page_url(network))


@login_required
@require_http_methods(["GET", "POST"])
def request_membership(request, network_id):
    """Ask to join, with a message (the network's page has the same form; this page shows
    it again with what was typed when something is wrong)."""
    network = _live_network(network_id)
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            membership.request_membership(request.user, network, form.cleaned_data["message"])
        except membership.NetworkError as error:
            messages.error(request, error.message)
            return redirect(_page_url(network))
        messages.success(
            request, _("Your request has been sent to the coordinators. You will hear from us when they decided.")
        )
        return redirect(_page_url(network))
    status = 400 if form.is_bound else 200
    return render(request, "networks/request.html", {"network": network, "form": form}, status=status)


@login_required
@require_POST
def withdraw_request(request, network_id):
    network = _live_network(network_id)
    try:
        membership.withdraw_request(request.user, network)
    except membership.NetworkError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your request has been withdrawn."))
    return redirect(_page_url(network))


@login_required
@require_http_methods(["GET", "POST"])
def leave(request, network_id):
    """Asks first (GET), leaves on POST."""
    network = _live_network(network_id)
    own = membership.membership_of(request.user, network)
    if own is None:
        raise Http404
    if request.method == "POST":
        try:
            membership.leave(request.user, network)
        except membership.NetworkError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("You have left %(title)s.") % {"title": network.title})
        return redirect(_page_url(network))
    return render(request, "networks/leave.html", {"network": network, "membership": own})


@login_required
@require_POST
def accept(request, network_id):
    """A member accepts the invitation sent to one of their verified addresses (the
    network's page offers it)."""
    network = _live_network(network_id)
    invitation = membership.open_invitation_for(request.user, network)
    if invitation is None:
        messages.error(request, _("There is no open invitation to this network for you."))
        return redirect(_page_url(network))
    return _accept_and_welcome(request, invitation)


def _accept_and_welcome(request, invitation):
    try:
        membership.accept_invitation(request.user, invitation)
    except membership.NetworkError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Welcome to %(title)s.") % {"title": invitation.network.title})
    return redirect(_page_url(invitation.network))


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    """The link in an invitation mail. A visitor is led to sign up (with the invited address
    filled in) or log in, and comes back here; a member whose verified address was invited
    accepts it."""
    found = membership.invitation_for_token(token)
    if found is None:
        return render(request, "networks/invitation.html", {"state": "unknown"}, status=404)
    user = request.user
    if not found.is_open:
        if user.is_authenticated and found.accepted_by_id == user.pk:
            return redirect(_page_url(found.network))
        return render(request, "networks/invitation.html", {"state": "used"}, status=404)
    context = {"invitation": found, "network": found.network}
    if not user.is_authenticated:
        next_url = request.get_full_path()
        context.update(
            {
                "state": "visitor",
                "signup_url": reverse("account_signup") + "?" + urlencode({"next": next_url, "email": found.email}),
                "login_url": reverse("account_login") + "?" + urlencode({"next": next_url}),
            }
        )
        return render(request, "networks/invitation.html", context)
    if found.email not in user.verified_email_addresses():
        context["state"] = "other_address"
        return render(request, "networks/invitation.html", context, status=403)
    if request.method == "POST":
        return _accept_and_welcome(request, found)
    context["state"] = "ready"
    return render(request, "networks/invitation.html", context)


# The coordinators' management page


def _managed_network(request, network_id, *, memberships=None):
    """The network (drafts too) for its coordinators and the editors, or 404. `memberships`:
    a function reading the network's members, when the page lists them anyway (the user's
    own membership is then found among them, without a query of its own)."""
    network = get_object_or_404(LearningNetwork, pk=network_id)
    members = memberships(network) if memberships is not None else None
    access = membership.network_access(request.user, network, memberships=members)
    if not access.may_manage:
        raise Http404
    return network, access, members


def _render_manage(
    request, network, access, *, memberships=None, invite_form=None, decision=None, shelf_form=None, status=200
):
    if memberships is None:
        memberships = membership.members_of(network)
    requests, invitations = membership.requests_and_invitations(network)
    failed_request_id, failed_form = decision or (None, None)
    for pending in requests:
        pending.form = failed_form if pending.pk == failed_request_id else DecisionForm(prefix=f"request-{pending.pk}")
    context = {
        "network": network,
        "access": access,
        "memberships": memberships,
        "requests": requests,
        "invitations": invitations,
        "invite_form": invite_form or InviteForm(),
        "role_choices": NetworkRole.choices,
        "shelf": shelf.shelf_of(network),
        "shelf_form": shelf_form or ShelfForm(pages=shelf.shelf_pages()),
    }
    return render(request, "networks/manage.html", context, status=status)


@login_required
def manage(request, network_id):
    network, access, memberships = _managed_network(request, network_id, memberships=membership.members_of)
    return _render_manage(request, network, access, memberships=memberships)


@login_required
@require_POST
def decide(request, network_id, request_id):
    network, access, _members = _managed_network(request, network_id)
    pending = get_object_or_404(
        NetworkMembershipRequest.objects.select_related("member"), pk=request_id, network_id=network.pk
    )
    form = DecisionForm(request.POST, prefix=f"request-{pending.pk}")
    if not form.is_valid():
        return _render_manage(request, network, access, decision=(pending.pk, form), status=400)
    try:
        membership.decide_request(request.user, pending, accept=form.accepts, message=form.cleaned_data["message"])
    except membership.NetworkError as error:
        messages.error(request, error.message)
    else:
        name = pending.member.display_name
        if form.accepts:
            messages.success(request, _("%(name)s is now a member. We let them know.") % {"name": name})
        else:
            messages.success(
                request, _("The request of %(name)s has been declined. We let them know.") % {"name": name}
            )
    return redirect(_manage_url(network))


@login_required
@require_POST
def invite(request, network_id):
    network, access, _members = _managed_network(request, network_id)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            membership.invite(request.user, network, form.cleaned_data["email"], form.cleaned_data["role"])
        except membership.NetworkError as error:
            form.add_error("email", error.message)
        else:
            messages.success(request, _("We invited %(email)s.") % {"email": form.cleaned_data["email"]})
            return redirect(_manage_url(network))
    return _render_manage(request, network, access, invite_form=form, status=400)


@login_required
@require_POST
def withdraw_invitation(request, network_id, invitation_id):
    network, _access, _members = _managed_network(request, network_id)
    found = get_object_or_404(NetworkInvitation, pk=invitation_id, network_id=network.pk)
    try:
        membership.withdraw_invitation(request.user, found)
    except membership.NetworkError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The invitation to %(email)s has been withdrawn.") % {"email": found.email})
    return redirect(_manage_url(network))


@login_required
@require_POST
def change_role(request, network_id, membership_id):
    network, _access, _members = _managed_network(request, network_id)
    target = get_object_or_404(NetworkMembership, pk=membership_id, network_id=network.pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the roles."))
        return redirect(_manage_url(network))
    try:
        target = membership.change_role(request.user, target, form.cleaned_data["role"])
    except membership.NetworkError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(name)s is now %(role)s.")
            % {"name": target.member.display_name, "role": target.get_role_display().lower()},
        )
    return redirect(_manage_url(network))


@login_required
@require_http_methods(["GET", "POST"])
def remove(request, network_id, membership_id):
    """Asks first (GET), removes on POST."""
    network, access, _members = _managed_network(request, network_id)
    target = get_object_or_404(
        NetworkMembership.objects.select_related("member"), pk=membership_id, network_id=network.pk
    )
    if request.method == "POST":
        try:
            membership.remove_member(request.user, target)
        except membership.NetworkError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("%(name)s is no longer a member.") % {"name": target.member.display_name})
            if target.member_id == request.user.pk and not access.is_editor:
                return redirect(_page_url(network))  # removed themselves: this page is closed now
        return redirect(_manage_url(network))
    return render(request, "networks/remove.html", {"network": network, "membership": target})


@login_required
@require_POST
def shelf_add(request, network_id):
    network, access, _members = _managed_network(request, network_id)
    form = ShelfForm(request.POST, pages=shelf.shelf_pages())
    if form.is_valid():
        try:
            shelf.add_to_shelf(request.user, network, form.cleaned_data["page"])
        except membership.NetworkError as error:
            form.add_error("page", error.message)
        else:
            messages.success(request, _("“%(title)s” is on the shelf.") % {"title": form.cleaned_data["page"].title})
            return redirect(_manage_url(network) + "#shelf-heading")
    return _render_manage(request, network, access, shelf_form=form, status=400)


@login_required
@require_POST
def shelf_remove(request, network_id, item_id):
    network, _access, _members = _managed_network(request, network_id)
    item = get_object_or_404(ShelfItem.objects.select_related("page"), pk=item_id, network_id=network.pk)
    try:
        shelf.remove_from_shelf(request.user, item)
    except membership.NetworkError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("“%(title)s” is no longer on the shelf.") % {"title": item.page.title})
    return redirect(_manage_url(network) + "#shelf-heading")
