"""The trekker keeps the practice's working fields up to date on the site (werkruimte ›
"Praktijk bewerken"): status, period, chosen effective elements, reflection rhythm, the
organisations and residents involved, and the public texts (summary, approach).

Two kinds of field, two ways in:

- The working fields (status, period, effective elements, reflection rhythm) are facts the
  practice itself decides and the learning cycle reads at once (the reflection prompts
  follow the rhythm and the status; the end evaluation asks about the chosen elements).
  They are chosen from fixed lists, hold no free text, and apply at once: they are written
  on the page's row, and also into a new latest revision, so that a later publish (the
  editors approving a text change, or publishing in the admin) keeps them instead of
  bringing back the old values.
- The public texts (summary, approach, organisations with their links, residents and
  experts by experience) stay under editorial control, as experiences do: they are saved
  as a new page revision and submitted to the page's moderation workflow (Wagtail's
  "Redactie" workflow on the page tree). The live page keeps the old texts until an
  editor approves; approving publishes the latest revision. A practice page that is still
  a draft goes live when the editors approve it. A second change while one waits is saved
  as the newer latest revision in the same review, so the editors approve the newest
  version (Wagtail publishes the latest revision when a workflow finishes); after a
  request for changes the review resumes.

Editors (Wagtail's page rights on the practice) make the same changes from the same form;
theirs are published at once when the page is live.
"""

import json
import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision, WorkflowState
from wagtail.users.models import UserProfile

from . import team
from .models import LearningPractice
from .services import change_requests, experience_workflow, is_waiting_for_changes

# On the row at once (and in the latest revision); effective_elements is a relation.
WORKING_FIELDS = ("status", "start_date", "end_date", "reflection_interval_weeks")
# Through the editors' review.
PUBLIC_TEXT_FIELDS = ("summary", "approach", "organisations", "residents_involvement")

PUBLIC_TEXT_LABELS = {
    "summary": _("Summary"),
    "approach": _("Approach"),
    "organisations": _("Organisations involved"),
    "residents_involvement": _("Residents and experts by experience"),
}


class WorkingFieldsError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


# Who may do what


# The approach (a StreamField) and the organisations, as the site's form shows them


class _PlainParagraphs(HTMLParser):
    """The text of paragraphs made of <p> and <br> only; `other_markup` when there is more."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = []
        self.other_markup = False

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self.paragraphs.append("")
        elif tag == "br":
            self._add("\n")
        else:
            self.other_markup = True

    def handle_endtag(self, tag):
        if tag not in ("p", "br"):
            self.other_markup = True

    def handle_data(self, data):
        self._add(data)

    def _add(self, text):
        if not self.paragraphs:
            self.paragraphs.append("")
        self.paragraphs[-1] += text


def approach_as_text(approach):
    """The approach as plain paragraphs (separated by an empty line), or None when the
    editors laid it out with more than plain paragraphs (headings, images, links, lists):
    the site's text box could not keep that, so it is left to the editors."""
    paragraphs = []
    for child in approach:
        if child.block_type != "paragraph":
            return None
        parser = _PlainParagraphs()
        parser.feed(child.value.source)
        parser.close()
        if parser.other_markup:
            return None
        paragraphs.extend(text.strip() for text in parser.paragraphs)
    return "\n\n".join(text for text in paragraphs if text)


def approach_from_text(text):
    """StreamField data for plain paragraphs typed on the site: one text block."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = [paragraph.strip() for paragraph in re.split(r"\n\s*\n", text) if paragraph.strip()]
    if not paragraphs:
        return json.dumps([])
    html = "".join("<p>" + escape(paragraph).replace("\n", "<br/>") + "</p>" for paragraph in paragraphs)
    return json.dumps([{"type": "paragraph", "value": html}])


def organisations_as_rows(organisations):
    return [
        {"name": child.value["name"], "role": child.value["role"] or "", "url": child.value["url"] or ""}
        for child in organisations
        if child.block_type == "organisation"
    ]


def organisations_from_rows(rows):
    return json.dumps(
        [
            {"type": "organisation", "value": {"name": row["name"], "role": row["role"], "url": row["url"]}}
            for row in rows
        ]
    )


def _public_texts(page):
    """What the page shows publicly, in the form the site edits it (to compare versions)."""
    return {
        "summary": page.summary,
        "approach": approach_as_text(page.approach),
        "approach_data": [(child.block_type, child.block.get_prep_value(child.value)) for child in page.approach],
        "organisations": organisations_as_rows(page.organisations),
        "residents_involvement": page.residents_involvement,
    }


def _changed_texts(before, after):
    changed = []
    for name in PUBLIC_TEXT_FIELDS:
        key = "approach_data" if name == "approach" else name
        if before[key] != after[key]:
            changed.append(name)
    return changed


# The latest version, as the form shows it


@dataclass(frozen=True)
class PracticeVersion:
    """The fields this page edits, as they are in the practice's latest revision."""

    status: str
    start_date: object
    end_date: object
    reflection_interval_weeks: int
    effective_element_ids: list
    summary: str
    approach: object
    organisations: object
    residents_involvement: str


VERSION_FIELDS = (*WORKING_FIELDS, "summary", "approach", "organisations", "residents_involvement")


def latest_version(practice):
    """The practice's latest version (a change in review, or the editors' draft), read from
    the revision's content in one query instead of rebuilding the whole page from it."""
    if not practice.has_unpublished_changes or practice.latest_revision_id is None:
        values = {name: getattr(practice, name) for name in VERSION_FIELDS}
        values["effective_element_ids"] = [element.pk for element in practice.effective_elements.all()]
        return PracticeVersion(**values)
    content = Revision.objects.filter(pk=practice.latest_revision_id).values_list("content", flat=True).get()
    values = {}
    for name in VERSION_FIELDS:
        model_field = LearningPractice._meta.get_field(name)
        values[name] = model_field.to_python(content[name]) if name in content else getattr(practice, name)
    values["effective_element_ids"] = list(content.get("effective_elements") or [])
    return PracticeVersion(**values)


# A change waiting for the editors


IN_REVIEW = "in_review"
CHANGES_REQUESTED = "changes_requested"


@dataclass(frozen=True)
class PendingChange:
    """A change to the public texts that the editors have not decided on yet."""

    code: str
    submitted_at: object
    changed_fields: list = field(default_factory=list)
    # The editors' message with their request for changes.
    message: str = ""

    @property
    def changed_labels(self):
        return [str(PUBLIC_TEXT_LABELS[name]) for name in self.changed_fields]

    @property
    def is_waiting_for_changes(self):
        return self.code == CHANGES_REQUESTED


def pending_change(practice, draft=None):
    """The change in review (or sent back with a request for changes), or None."""
    state = practice.current_workflow_state
    if state is None:
        return None
    draft = draft or latest_version(practice)
    changed = _changed_texts(_public_texts(practice), _public_texts(draft)) if practice.live else []
    if is_waiting_for_changes(state):
        return PendingChange(CHANGES_REQUESTED, state.created_at, changed, change_requests([state]).get(state.pk, ""))
    return PendingChange(IN_REVIEW, state.created_at, changed)


# Saving


UNCHANGED = "unchanged"
SAVED = "saved"
SUBMITTED = "submitted"
PUBLISHED = "published"


@dataclass(frozen=True)
class SaveResult:
    outcome: str
    working_changed: bool
    texts_changed: list


def _working_values(page):
    values = {name: getattr(page, name) for name in WORKING_FIELDS}
    values["effective_elements"] = sorted(element.pk for element in page.effective_elements.all())
    return values


def _practice_workflow(practice):
    """The page's moderation workflow; without one (someone removed it in the admin), the
    editors' review workflow of experiences, so a change never goes live unreviewed."""
    return practice.get_workflow() or experience_workflow()


def _submit_for_review(practice, member):
    # The trekker follows the review on this page; Wagtail's own notices point into the
    # admin, where they cannot go.
    UserProfile.objects.filter(pk=UserProfile.get_for_user(member).pk).update(
        approved_notifications=False, rejected_notifications=False
    )
    state = practice.current_workflow_state
    if state is None:
        _practice_workflow(practice).start(practice, member)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=member)
    # In review already: the editors approve the latest revision, which is now this one.


@transaction.atomic
def save_practice(
    member,
    practice,
    *,
    status,
    start_date,
    end_date,
    effective_elements,
    reflection_interval_weeks,
    summary,
    residents_involvement,
    organisations,
    approach=None,
):
    """Save the trekker's (or an editor's) changes: the working fields at once, the public
    texts through the editors' review (see the module's docstring). `approach` is None
    when it is left to the editors. Nothing is saved when something is refused."""
    access = team.workspace_access(member, practice)
    if not access.may_manage:
        raise WorkingFieldsError(_("Only the trekkers of this practice and the editors can change it."))
    if start_date and end_date and end_date < start_date:
        raise WorkingFieldsError(_("The end cannot be before the start."))
    practice = LearningPractice.objects.select_for_update().get(pk=practice.pk)
    had_pending_changes = practice.has_unpublished_changes or practice.current_workflow_state is not None
    draft = practice.get_latest_revision_as_object()

    working = {
        "status": status,
        "start_date": start_date,
        "end_date": end_date,
        "reflection_interval_weeks": reflection_interval_weeks,
    }
    element_ids = sorted(element.pk for element in effective_elements)
    working_changed = _working_values(draft) != {**working, "effective_elements": element_ids} or _working_values(
        practice
    ) != {**working, "effective_elements": element_ids}

    before = _public_texts(draft)
    draft.summary = summary
    draft.residents_involvement = residents_involvement
    draft.organisations = organisations_from_rows(organisations)
    if approach is not None and approach != before["approach"]:
        draft.approach = approach_from_text(approach)
    texts_changed = _changed_texts(before, _public_texts(draft))

    if not working_changed and not texts_changed:
        return SaveResult(UNCHANGED, False, [])

    # The working fields: on the row now, for everything that reads them.
    for name, value in working.items():
        setattr(practice, name, value)
        setattr(draft, name, value)
    practice.effective_elements = list(effective_elements)
    draft.effective_elements = list(effective_elements)
    practice.save(update_fields=[*WORKING_FIELDS, "effective_elements"], clean=False)

    revision = draft.save_revision(user=member, log_action=True)
    practice.refresh_from_db()

    if access.is_editor:
        if practice.live:
            revision.publish(user=member)
            return SaveResult(PUBLISHED, working_changed, texts_changed)
        return SaveResult(SAVED, working_changed, texts_changed)
    if texts_changed:
        _submit_for_review(practice, member)
        return SaveResult(SUBMITTED, working_changed, texts_changed)
    if practice.live and not had_pending_changes:
        # Only working fields changed on a page that was up to date: publishing keeps the
        # live version and the latest revision the same. The trekker has no page rights
        # in Wagtail; this service decided that these fields need no review.
        revision.publish(user=member, skip_permission_checks=True)
    return SaveResult(SAVED, working_changed, texts_changed)
