"""The Wagtail admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE). Apart from
uploads.py because Wagtail's document forms need the app registry at import time, and
the upload check is used by forms that models import."""

from wagtail.documents.forms import BaseDocumentForm

from .uploads import check_content_matches_extension


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (single and multiple upload), with the content check."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_content_matches_extension(uploaded)
        return uploaded
