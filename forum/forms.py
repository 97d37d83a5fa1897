from django import forms
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.forms import ShortLabelsMixin, SingleLineCharField
from themes.forms import ThemeMultipleChoiceField

from .models import POST_MAX_LENGTH, TITLE_MAX_LENGTH, Category

MARKDOWN_HELP = _(
    "You can write **bold** and *italic*, quote with > at the start of a line, make a list with - and add "
    "links. Mention a colleague with @ and their name (the suggestions show how)."
)


class MentionedMembersField(forms.Field):
    """The members the text names as "@Name": the suggestions add one hidden value per chosen
    member (forum/mentions.py). Not typed by anyone, so what is not a number is ignored."""

    widget = forms.MultipleHiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        values = value if isinstance(value, list | tuple) else [value] if value else []
        return [int(item) for item in values if str(item).isascii() and str(item).isdecimal() and len(str(item)) < 10]


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=POST_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6, "data-mentions": ""}),
        help_text=MARKDOWN_HELP,
        error_messages={
            "max_length": _("Your message is too long: at most %(limit_value)d characters (it has %(show_value)d).")
        },
    )
    mentioned = MentionedMembersField()

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Write a message first."))
        return body


class ThreadForm(PostForm):
    # One line, without bidirectional controls (SingleLineCharField); a title of nothing
    # but those is empty, and gets the same message as an empty one.
    title = SingleLineCharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        error_messages={"required": _("Give your discussion a title.")},
    )
    is_question = forms.BooleanField(
        label=_("This is a question (you can mark the reply that answers it)"), required=False
    )
    themes = ThemeMultipleChoiceField(label=_("Themes"))

    field_order = ["title", "body", "is_question", "themes"]


class ReportForm(ShortLabelsMixin, forms.Form):
    short_labels = {"reason": _("Reason")}

    reason = forms.CharField(
        label=_("Why should a moderator look at this message?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class HidePostForm(forms.Form):
    """The reason a moderator gives for hiding or restoring a post (for the log)."""

    reason = forms.CharField(label=_("Reason"), required=False)


class MoveForm(forms.Form):
    category = forms.ModelChoiceField(label=_("Move to"), queryset=Category.objects.none())

    def __init__(self, *args, categories, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories


class MentionQueryForm(forms.Form):
    """What was typed after @, for the suggestions. A form, so that what a database cannot
    hold (a NUL character) is refused like any other bad input."""

    q = forms.CharField(required=False)

    def clean_q(self):
        return self.cleaned_data["q"][:50]
