"""The release in the keys of what is kept (lerendnetwerk/release.py): a change to the
code, a template or a translation gives new keys, so a new release never reads what an
older one kept (a value of another shape, an included template's old text)."""

from django.test import RequestFactory

from lerendnetwerk import release, shared_fragments


def test_the_digest_covers_the_projects_code_templates_and_translations(settings):
    files = {str(path.relative_to(settings.BASE_DIR)) for path in release._files()}
    assert "forum/views.py" in files
    assert "lerendnetwerk/shared_fragments.py" in files
    assert "templates/base.html" in files
    assert "locale/nl/LC_MESSAGES/django.mo" in files
    assert not any(".venv" in name or "site-packages" in name or "__pycache__" in name for name in files)


def test_a_changed_file_gives_another_release(monkeypatch, tmp_path, settings):
    template = tmp_path / "base.html"
    template.write_text("<p>oud</p>")
    monkeypatch.setattr(release, "_files", lambda: iter([template]))
    monkeypatch.setattr(settings, "BASE_DIR", tmp_path)
    release.digest.cache_clear()
    try:
        before = release.digest()
        release.digest.cache_clear()
        assert release.digest() == before  # the same files: the same release
        template.write_text("<p>nieuw</p>")
        release.digest.cache_clear()
        assert release.digest() != before
    finally:
        release.digest.cache_clear()


def test_a_value_kept_by_another_release_is_not_read(monkeypatch, db, settings):
    settings.SHARED_FRAGMENT_SECONDS = 600
    request = RequestFactory().get("/")
    request.user = type("Visitor", (), {"is_authenticated": False})()
    monkeypatch.setattr(release, "digest", lambda: "oude-release")
    assert shared_fragments.kept_value(request, "vorm", (), lambda: ("a", "b")) == ("a", "b")
    request = RequestFactory().get("/")
    request.user = type("Visitor", (), {"is_authenticated": False})()
    monkeypatch.setattr(release, "digest", lambda: "nieuwe-release")
    assert shared_fragments.kept_value(request, "vorm", (), lambda: ("a", "b", "c")) == ("a", "b", "c")
