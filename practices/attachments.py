"""Attachments of experiences: a document a member uploads with an experience.

- Stored under a random name (its address reveals nothing and cannot be guessed), and
  downloaded under the member's own file name, made safe (`safe_file_name`).
- Private until published: who may download it follows the experience that shows it
  (`may_download`), checked by the `before_serve_document` hook in wagtail_hooks.py.

Documents the editors upload in the admin are not attachments: they are public unless
their collection is made private in the admin (Wagtail's collection privacy).
"""

import unicodedata
import uuid

from django.conf import settings
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from lerendnetwerk.uploads import extension_of
from members.roles import ensure_collection

from .records import ExperienceAttachment, ExperienceReport, PracticeMembership

MAX_FILE_NAME_LENGTH = 120
FALLBACK_STEM = "bijlage"
# Characters that are not allowed in file names on common systems, or that break headers.
REPLACED_CHARACTERS = frozenset('"<>:|?*')


def safe_file_name(name, extension):
    """The member's file name as it may be offered for download: no folders, no control
    or invisible formatting characters (such as the right-to-left override, which can make
    "rapport‮fdp.exe" look like "rapportexe.pdf"), at most MAX_FILE_NAME_LENGTH characters,
    and ending in `extension`, the one whose content was checked."""
    extension = extension.lower().lstrip(".")
    name = unicodedata.normalize("NFC", str(name)).replace("\\", "/").rsplit("/", 1)[-1]
    characters = []
    for character in name:
        category = unicodedata.category(character)
        if category in {"Cc", "Zl", "Zp"}:  # control characters and line breaks
            characters.append(" ")
        elif category.startswith("C"):  # formatting (bidi, zero width), private use, unassigned
            continue
        elif character in REPLACED_CHARACTERS:
            characters.append("_")
        else:
            characters.append(character)
    name = " ".join("".join(characters).split())
    stem = name[: -len(extension) - 1] if name.lower().endswith("." + extension) else name
    stem = stem.strip(" .")[: MAX_FILE_NAME_LENGTH - len(extension) - 1].rstrip(" .")
    return f"{stem or FALLBACK_STEM}.{extension}"


def store_attachment(member, uploaded_file):
    """Save an uploaded (already checked) attachment as a Wagtail document under a random
    name, keeping the member's file name for the download."""
    extension = extension_of(uploaded_file)
    file_name = safe_file_name(uploaded_file.name, extension)
    uploaded_file.name = f"bijlage-{uuid.uuid4().hex}.{extension}"
    document = get_document_model()(
        title=file_name[: -len(extension) - 1],
        file=uploaded_file,
        collection=ensure_collection(settings.EXPERIENCE_ATTACHMENT_COLLECTION_NAME),
        uploaded_by_user=member,
    )
    document.save()
    ExperienceAttachment.objects.create(document=document, file_name=file_name)
    return document


def download_name(document_id):
    """The file name to download a document under, when it is a member's attachment."""
    return ExperienceAttachment.objects.filter(document_id=document_id).values_list("file_name", flat=True).first()


# Who may download an attachment


def may_download(request, document):
    """Whether this request may download the document. An editor's document: yes (its
    collection's privacy is checked by Wagtail). A member's attachment:

    - everyone who may see a live experience whose published version shows it;
    - the people who may see an experience's draft (its author, the practice's members and
      the editors) when the experience's latest version shows it;
    - otherwise (only in an older version, or in none) its uploader and the editors.

    A constant number of queries, whatever the number of experiences or versions."""
    if not ExperienceAttachment.objects.filter(document_id=document.pk).exists():
        return True
    user = request.user
    is_active_member = user.is_authenticated and user.is_active
    if is_active_member and (document.uploaded_by_user_id == user.pk or user.is_editor):
        return True
    if _shown_by_a_live_experience_visible_to(request, document):
        return True
    return is_active_member and _shown_by_a_draft_visible_to(user, document)


def _shown_by_a_live_experience_visible_to(request, document):
    # The row of a live page holds its published version; drafts live in revisions.
    experiences = list(ExperienceReport.objects.live().filter(attachment_id=document.pk).only("path"))
    if not experiences:
        return False
    steplen = ExperienceReport.steplen
    ancestor_paths = {
        experience.path[:end] for experience in experiences for end in range(steplen, len(experience.path) + 1, steplen)
    }
    restrictions = list(PageViewRestriction.objects.filter(page__path__in=ancestor_paths).select_related("page"))
    for experience in experiences:
        applying = [restriction for restriction in restrictions if experience.path.startswith(restriction.page.path)]
        if all(restriction.accept_request(request) for restriction in applying):
            return True
    return False


def _shown_by_a_draft_visible_to(user, document):
    experiences = list(
        ExperienceReport.objects.filter(
            Q(latest_revision__content__attachment=document.pk)
            | Q(latest_revision__isnull=True, attachment_id=document.pk)
        ).only("path", "author_id")
    )
    if any(experience.author_id == user.pk for experience in experiences):
        return True
    practice_paths = [experience.path[: -ExperienceReport.steplen] for experience in experiences]
    return (
        bool(practice_paths)
        and PracticeMembership.objects.filter(member_id=user.pk, practice__path__in=practice_paths).exists()
    )
