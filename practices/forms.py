from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.forms import ShortLabelsMixin, SingleLineCharField
from lerendnetwerk.text import without_bidi_controls
from lerendnetwerk.uploads import check_content_matches_extension, extension_of
from municipalities.models import Municipality, Province
from themes.forms import ThemeMultipleChoiceField
from themes.models import Theme

from .records import EXPERIENCE_MAX_LENGTH, EffectiveElement, LearningQuestion, PracticeApplication, PracticeStatus

# Attachments members may add to an experience: documents, not plain text.
ATTACHMENT_EXTENSIONS = ("pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp")


class AttachmentField(forms.FileField):
    """A document (PDF or office file) of limited size whose content matches its extension."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.help_text = _("PDF, Word, Excel, PowerPoint or OpenDocument, at most %(size)s.") % {
            "size": filesizeformat(settings.EXPERIENCE_ATTACHMENT_MAX_SIZE)
        }

    def clean(self, data, initial=None):
        uploaded = super().clean(data, initial)
        if not uploaded:
            return uploaded
        if extension_of(uploaded) not in ATTACHMENT_EXTENSIONS:
            raise forms.ValidationError(
                _("This type of file cannot be attached. Choose a PDF or an office document."), code="file_type"
            )
        max_size = settings.EXPERIENCE_ATTACHMENT_MAX_SIZE
        if uploaded.size > max_size:
            raise forms.ValidationError(
                _("This file is too large (%(size)s). The maximum is %(max)s.")
                % {"size": filesizeformat(uploaded.size), "max": filesizeformat(max_size)},
                code="file_size",
            )
        check_content_matches_extension(uploaded)
        return uploaded


def element_choices(practice):
    """The elements a leervraag or an experience of the practice may name: the practice's
    chosen elements, or all of them while it has chosen none."""
    chosen = EffectiveElement.objects.filter(practices=practice)
    return chosen if chosen.exists() else EffectiveElement.objects.all()


class ExperienceForm(forms.Form):
    title = SingleLineCharField(label=_("Title"), max_length=120)
    body = forms.CharField(
        label=_("Your experience"),
        max_length=EXPERIENCE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_(
            "What happened, what did you try, what did you learn? Do not write anything that makes a "
            "resident recognisable. You can write **bold** and *italic*, make a list with - and add links."
        ),
    )
    themes = ThemeMultipleChoiceField(label=_("Themes"))
    attachment = AttachmentField(label=_("Attachment"))
    remove_attachment = forms.BooleanField(label=_("Remove the current attachment"), required=False)
    learning_question = forms.ModelChoiceField(
        label=_("About which learning question?"),
        queryset=LearningQuestion.objects.none(),
        required=False,
        empty_label=_("No particular learning question"),
    )
    effective_element = forms.ModelChoiceField(
        label=_("About which effective element?"),
        queryset=EffectiveElement.objects.none(),
        required=False,
        empty_label=_("No particular effective element"),
    )

    def __init__(self, *args, has_attachment=False, practice=None, elements=None, **kwargs):
        """With the practice: its leervragen (when it has any) and `elements` to choose from."""
        super().__init__(*args, **kwargs)
        if not has_attachment:
            del self.fields["remove_attachment"]
        questions = LearningQuestion.objects.filter(practice=practice) if practice is not None else None
        if questions is None or not questions.exists():
            del self.fields["learning_question"]
        else:
            self.fields["learning_question"].queryset = questions
        if elements is None:
            del self.fields["effective_element"]
        else:
            self.fields["effective_element"].queryset = elements

    def clean_title(self):
        title = without_bidi_controls(self.cleaned_data["title"]).strip()
        if not title:
            raise forms.ValidationError(_("Give your experience a title."))
        return title

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if len(body) < 50:
            raise forms.ValidationError(_("Tell a little more: at least a few sentences."), code="too_short")
        return body

    def experience_data(self):
        """What the services take: the fields, and whether to send it to the editors."""
        data = self.cleaned_data
        return {
            "title": data["title"],
            "body": data["body"],
            "themes": data["themes"],
            "attachment": data.get("attachment"),
            "learning_question": data.get("learning_question"),
            "effective_element": data.get("effective_element"),
            "submit": self.data.get("action") != "draft",
        }

    def file_needs_reselecting(self, request):
        """A valid file was sent with a form that failed: the browser does not send it again."""
        return request.method == "POST" and bool(request.FILES.get("attachment")) and "attachment" not in self.errors


class PracticeFilterForm(forms.Form):
    hide_optional_marks = True

    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )
    element = forms.ModelChoiceField(
        label=_("Effective element"),
        queryset=EffectiveElement.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All effective elements"),
    )
    province = forms.ChoiceField(label=_("Province"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("All provinces")), *Province.choices]
        self.fields["status"].choices = [("", _("Every status")), *PracticeStatus.choices]

    def filters(self):
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class PracticeApplicationForm(ShortLabelsMixin, forms.Form):
    short_labels = {"themes": _("Themes"), "hours_acknowledged": _("Time for the trekker")}

    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.order_by("name"),
        empty_label=_("Choose your municipality"),
    )
    contact_name = SingleLineCharField(
        label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    job_title = SingleLineCharField(label=_("Your job title"), max_length=200, required=False)
    contact_email = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    contact_phone = SingleLineCharField(
        label=_("Telephone"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    themes = ThemeMultipleChoiceField(label=_("On which theme(s) do you want to learn?"), required=True)
    learning_questions = forms.CharField(
        label=_("Your learning questions"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "What do you want to find out as a municipality? For example: how do we make one contact person work?"
        ),
    )
    knowledge_gap = forms.ModelChoiceField(
        label=_("Do you want to work on a knowledge gap?"),
        queryset=None,
        required=False,
        empty_label=_("No, not on a particular knowledge gap"),
        help_text=_("Questions from the “Wat werkt bij” dossiers that no one can answer yet."),
        error_messages={
            "invalid_choice": _(
                "This knowledge gap no longer looks for learning practices. Choose another one or leave it empty."
            )
        },
    )
    hours_acknowledged = forms.BooleanField(
        label=_("We will appoint a trekker who spends about 4 hours a week on the learning practice."),
        error_messages={
            "required": _("A learning practice needs a trekker with about 4 hours a week. Please confirm.")
        },
    )
    # Left empty by people; bots fill it in. Hidden from view and from screen readers.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        gaps = self.knowledge_gaps()
        self.fields["knowledge_gap"].queryset = gaps
        self.fields["knowledge_gap"].label_from_instance = lambda gap: f"{gap.question} ({gap.page.title})"

    @staticmethod
    def knowledge_gaps():
        """The knowledge gaps that look for learning practices. The gap model belongs to the
        knowledge app (which builds on this one), so it is found through the field."""
        gap_model = PracticeApplication._meta.get_field("knowledge_gap").related_model
        return gap_model.objects.seeking_practices()

    @staticmethod
    def gap_from_query(query):
        """The gap id in `?kennislacune=<id>` (a link on a dossier), or None for anything else."""
        value = query.get("kennislacune", "")
        return int(value) if value.isascii() and value.isdigit() and len(value) < 10 else None

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))

    def clean_contact_name(self):
        name = without_bidi_controls(self.cleaned_data["contact_name"]).strip()
        if not name:
            raise forms.ValidationError(self.fields["contact_name"].error_messages["required"], code="required")
        return name

    def clean_job_title(self):
        return without_bidi_controls(self.cleaned_data["job_title"]).strip()
