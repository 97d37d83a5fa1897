"""The startanalyse's worksheet: a note per theme of its figures, then the practice's own
analysis (target groups, causes, local strengths, what is already done, what it wants to
learn). Which button was pressed says what happens: save as a draft, share, make it a
draft again, refresh the figures."""

from django import forms
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality

TEXT_MAX_LENGTH = 5000
NOTE_MAX_LENGTH = 2000

ACTIONS = ("save", "share", "unshare", "refresh")


def _text(label, help_text, *, rows=6, max_length=TEXT_MAX_LENGTH):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=False,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=help_text,
    )


class StartAnalysisForm(forms.Form):
    hide_optional_marks = True  # every field is optional: a draft may be half done

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    target_groups = _text(
        _("Target groups"),
        _("Which residents is this about? Think of age, household, income, education, background."),
    )
    causes = _text(
        _("Causes"),
        _("What lies behind the figures, as you see it locally? Which causes do you suspect, and why?"),
    )
    local_strengths = _text(
        _("Local strengths"),
        _("What does the municipality have going for it: social networks, organisations, residents who take part?"),
    )
    current_efforts = _text(
        _("What is already being done"),
        _("Which approaches, teams and arrangements already exist, and what do you know of how they work?"),
    )
    focus = _text(
        _("What we want to learn"),
        _("Your focus for the practice: which groups and which question come first, before you choose what to do."),
    )

    def __init__(self, *args, themes=(), **kwargs):
        """`themes`: the snapshot's themes ({"key", "name"}): one note field each."""
        super().__init__(*args, **kwargs)
        self.themes = list(themes)
        self.note_fields = []
        for theme in self.themes:
            name = f"note_{theme['key']}"
            self.fields[name] = _text(
                _("What we read in the figures on %(theme)s") % {"theme": theme["name"]},
                _("Which figure stands out, compared with the country and similar municipalities?"),
                rows=3,
                max_length=NOTE_MAX_LENGTH,
            )
            self.note_fields.append(name)

    def note_field(self, key):
        return self[f"note_{key}"]

    def texts(self):
        data = self.cleaned_data
        return {name: data[name] for name in ("target_groups", "causes", "local_strengths", "current_efforts", "focus")}

    def theme_notes(self):
        return {name.removeprefix("note_"): self.cleaned_data[name] for name in self.note_fields}

    @staticmethod
    def initial_for(analysis):
        initial = {
            "version": analysis.version,
            "target_groups": analysis.target_groups,
            "causes": analysis.causes,
            "local_strengths": analysis.local_strengths,
            "current_efforts": analysis.current_efforts,
            "focus": analysis.focus,
        }
        initial.update({f"note_{key}": text for key, text in analysis.theme_notes.items()})
        return initial


class BeginStartAnalysisForm(forms.Form):
    """A member preparing an application begins a startanalyse for their municipality."""

    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.order_by("name"),
        empty_label=_("Choose your municipality"),
    )


class AttachForm(forms.Form):
    practice = forms.ModelChoiceField(label=_("Learning practice"), queryset=None, empty_label=None)

    def __init__(self, *args, practices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["practice"].queryset = practices
