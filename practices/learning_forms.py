"""The forms of a practice's learning cycle: a leervraag, a reflection on the open
leervragen and the end evaluation. The last two have a field per leervraag or element."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lerendnetwerk.forms import SingleLineCharField

from .records import LearningQuestionStatus

ANSWER_MAX_LENGTH = 3000


class LearningQuestionForm(forms.Form):
    text = SingleLineCharField(
        label=_("Learning question"),
        max_length=300,
        help_text=_("What do you want to find out? For example: how do you make one contact person work?"),
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=LearningQuestionStatus.choices, widget=forms.RadioSelect, initial="open"
    )
    elements = forms.ModelMultipleChoiceField(
        label=_("Effective elements"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("On which effective elements does this question bear?"),
    )
    answer = forms.CharField(
        label=_("Short answer"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Once the question is answered: what did you learn, in a few sentences?"),
    )

    def __init__(self, *args, elements, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["elements"].queryset = elements

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == LearningQuestionStatus.ANSWERED and not cleaned.get("answer", "").strip():
            self.add_error("answer", _("Write the short answer, now that the question is answered."))
        return cleaned

    def question_data(self):
        data = self.cleaned_data
        return {
            "text": data["text"],
            "status": data["status"],
            "elements": data["elements"],
            "answer": data["answer"],
        }


def _answer_field(label, *, rows=4, help_text=""):
    return forms.CharField(
        label=label,
        max_length=ANSWER_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=help_text,
    )


class ReflectionForm(forms.Form):
    """One short answer per open leervraag; at least one."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[f"question_{question.pk}"] = _answer_field(
                question.text, help_text=_("What did you see or try, and what does it teach you?")
            )

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(f"question_{question.pk}", "").strip() for question in self.questions):
            raise forms.ValidationError(_("Answer at least one learning question, in a few words."), code="no_answers")
        return cleaned

    def answers(self):
        return {question: self.cleaned_data[f"question_{question.pk}"] for question in self.questions}


ELEMENT_PARTS = {
    "what_worked": _("What worked"),
    "conditions": _("Under which conditions"),
    "what_did_not_work": _("What did not work"),
}


class EvaluationForm(forms.Form):
    """Per chosen effective element what worked, under which conditions and what did not;
    per leervraag the answer; a look back. Nothing is required while it is a draft."""

    summary = _answer_field(
        _("Looking back"), rows=6, help_text=_("What did the practice bring, and what would you do differently?")
    )

    def __init__(self, *args, elements, questions, evaluation=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.elements, self.questions = list(elements), list(questions)
        saved_elements = {part.element_id: part for part in evaluation.elements.all()} if evaluation else {}
        saved_questions = {part.learning_question_id: part for part in evaluation.questions.all()} if evaluation else {}
        if evaluation is not None:
            self.initial.setdefault("summary", evaluation.summary)
        for element in self.elements:
            saved = saved_elements.get(element.pk)
            for part, label in ELEMENT_PARTS.items():
                name = f"element_{element.pk}_{part}"
                self.fields[name] = _answer_field(label)
                if saved is not None:
                    self.initial.setdefault(name, getattr(saved, part))
        for question in self.questions:
            saved = saved_questions.get(question.pk)
            name = f"question_{question.pk}"
            self.fields[name] = _answer_field(question.text, help_text=_("The answer the practice found."))
            self.initial.setdefault(name, saved.answer if saved else question.answer)

    def clean(self):
        cleaned = super().clean()
        if self.data.get("action") == "submit" and not cleaned.get("summary", "").strip():
            self.add_error("summary", _("Look back in a few sentences before you submit the evaluation."))
        return cleaned

    def element_groups(self):
        """[(element, [bound fields])] for the template's fieldsets."""
        return [
            (element, [self[f"element_{element.pk}_{part}"] for part in ELEMENT_PARTS]) for element in self.elements
        ]

    def question_fields(self):
        return [self[f"question_{question.pk}"] for question in self.questions]

    def evaluation_data(self):
        data = self.cleaned_data
        return {
            "summary": data["summary"],
            "elements": {
                element: {part: data[f"element_{element.pk}_{part}"] for part in ELEMENT_PARTS}
                for element in self.elements
            },
            "questions": {question: data[f"question_{question.pk}"] for question in self.questions},
            "submit": self.data.get("action") == "submit",
        }
