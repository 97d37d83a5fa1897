"""The practice's werkruimte on the site: the overview and who takes part (deelnemers),
invitations and accepting them. Django views, not Wagtail routes: the practice page may
still be a draft. Participants (any role) and editors see it; the trekkers and editors
manage who takes part; everyone else gets a 404 (visitors are sent to log in)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import learning, team
from .models import LearningPractice
from .records import STEERING_TEAM_ROLES, PracticeInvitation, PracticeMembership, PracticeRole
from .team_forms import InviteForm, RoleForm


def _workspace(request, practice_id):
    """The practice (drafts too) and what the user may do in it, or 404."""
    practice = get_object_or_404(LearningPractice.objects.select_related("municipality"), pk=practice_id)
    access = team.workspace_access(request.user, practice)
    if not access.may_view:
        raise Http404
    return practice, access


def _participants_url(practice):
    return reverse("practices:participants", args=[practice.pk])


@login_required
def workspace(request, practice_id):
    practice, access = _workspace(request, practice_id)
    memberships, invitations = team.team_of(practice)
    context = {
        "practice": practice,
        "access": access,
        "membership": access.membership,
        "leads": [membership.member for membership in memberships if membership.is_lead],
        "participant_count": len(memberships),
        "invitation_count": len(invitations),
        # The other areas' cards: the learning cycle, editing the practice.
        "learning_access": learning.LearningAccess.of(access),
        "may_edit_practice": access.may_manage,
    }
    return render(request, "practices/workspace/overview.html", context)


def _render_participants(request, practice, access, invite_form=None):
    memberships, invitations = team.team_of(practice)
    steering = [membership for membership in memberships if membership.role in STEERING_TEAM_ROLES]
    others = [membership for membership in memberships if membership.role not in STEERING_TEAM_ROLES]
    context = {
        "practice": practice,
        "access": access,
        "groups": [
            {"key": "steering", "title": _("Regieteam"), "memberships": steering},
            {"key": "others", "title": _("Around the regieteam"), "memberships": others},
        ],
        "invitations": invitations if access.may_manage else [],
        "invite_form": invite_form or (InviteForm() if access.may_manage else None),
        "role_choices": PracticeRole.choices,
    }
    return render(request, "practices/workspace/participants.html", context)


@login_required
def participants(request, practice_id):
    practice, access = _workspace(request, practice_id)
    return _render_participants(request, practice, access)


def _manager_workspace(request, practice_id):
    practice, access = _workspace(request, practice_id)
    if not access.may_manage:
        raise Http404
    return practice, access


@login_required
@require_POST
def invite(request, practice_id):
    practice, access = _manager_workspace(request, practice_id)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            invited = team.invite(request.user, practice, form.cleaned_data["email"], form.cleaned_data["role"])
        except team.TeamError as error:
            form.add_error("email", error.message)
        else:
            if isinstance(invited, PracticeMembership):
                messages.success(
                    request,
                    _("%(name)s is a member already and now takes part. We let them know.")
                    % {"name": invited.member.display_name},
                )
            else:
                messages.success(
                    request, _("We sent an invitation to %(email)s.") % {"email": form.cleaned_data["email"]}
                )
            return redirect(_participants_url(practice))
    return _render_participants(request, practice, access, invite_form=form)


@login_required
@require_POST
def change_role(request, practice_id, membership_id):
    practice, _access = _manager_workspace(request, practice_id)
    membership = get_object_or_404(PracticeMembership, pk=membership_id, practice_id=practice.pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the roles."))
        return redirect(_participants_url(practice))
    try:
        membership = team.change_role(request.user, membership, form.cleaned_data["role"])
    except team.TeamError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(name)s is now %(role)s.")
            % {"name": membership.member.display_name, "role": membership.get_role_display().lower()},
        )
    return redirect(_participants_url(practice))


@login_required
@require_http_methods(["GET", "POST"])
def remove(request, practice_id, membership_id):
    """Asks first (GET), removes on POST."""
    practice, _access = _manager_workspace(request, practice_id)
    membership = get_object_or_404(
        PracticeMembership.objects.select_related("member"), pk=membership_id, practice_id=practice.pk
    )
    if request.method == "POST":
        try:
            team.remove_participant(request.user, membership)
        except team.TeamError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("%(name)s no longer takes part.") % {"name": membership.member.display_name})
            if membership.member_id == request.user.pk and not request.user.is_editor:
                return redirect("practices:my_practices")  # left the practice: its pages are closed now
        return redirect(_participants_url(practice))
    return render(request, "practices/workspace/remove.html", {"practice": practice, "membership": membership})


@login_required
@require_POST
def withdraw(request, practice_id, invitation_id):
    practice, _access = _manager_workspace(request, practice_id)
    invitation = get_object_or_404(PracticeInvitation, pk=invitation_id, practice_id=practice.pk)
    try:
        team.withdraw_invitation(request.user, invitation)
    except team.TeamError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The invitation to %(email)s has been withdrawn.") % {"email": invitation.email})
    return redirect(_participants_url(practice))


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    """The link in an invitation mail. A visitor is led to sign up (with the invited
    address filled in) or log in, and comes back here; a member whose verified address
    was invited accepts and lands in the werkruimte."""
    invitation = team.invitation_for_token(token)
    if invitation is None:
        return render(request, "practices/invitation.html", {"state": "unknown"}, status=404)
    user = request.user
    if not invitation.is_open:
        if user.is_authenticated and invitation.accepted_by_id == user.pk:
            return redirect("practices:workspace", practice_id=invitation.practice_id)
        return render(request, "practices/invitation.html", {"state": "used"}, status=404)
    context = {"invitation": invitation, "practice": invitation.practice}
    if not user.is_authenticated:
        next_url = request.get_full_path()
        context.update(
            {
                "state": "visitor",
                "signup_url": reverse("account_signup")
                + "?"
                + urlencode({"next": next_url, "email": invitation.email}),
                "login_url": reverse("account_login") + "?" + urlencode({"next": next_url}),
            }
        )
        return render(request, "practices/invitation.html", context)
    if invitation.email not in user.verified_email_addresses():
        context["state"] = "other_address"
        return render(request, "practices/invitation.html", context, status=403)
    if request.method == "POST":
        try:
            team.accept_invitation(user, invitation)
        except team.TeamError as error:
            messages.error(request, error.message)
            return redirect("practices:invitation", token=token)
        messages.success(request, _("Welcome to %(title)s.") % {"title": invitation.practice.title})
        return redirect("practices:workspace", practice_id=invitation.practice_id)
    context["state"] = "ready"
    return render(request, "practices/invitation.html", context)


@login_required
def my_practices(request):
    """Mijn praktijken: the practices the member takes part in, to their werkruimte."""
    return render(request, "practices/my_practices.html", {"memberships": team.practices_of(request.user)})
