from django import forms

from .models import NotificationPreference


class PreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["email_mentions", "email_replies", "email_contributions", "digest"]
        widgets = {"digest": forms.RadioSelect}
