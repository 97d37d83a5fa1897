"""The registration rules have one public face: `events.services`' public functions. The
admin, the member's pages, the demo content and the tests call those; the private helpers
(`_lock`, `_place`, …) are used inside `events/services.py` only, so a rule can change
there without another module silently depending on how it is done."""

import ast
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
SERVICES = REPOSITORY / "events" / "services.py"
SKIPPED_DIRECTORIES = {"node_modules", "__pycache__"}


def python_files():
    for path in sorted(REPOSITORY.rglob("*.py")):
        parts = path.relative_to(REPOSITORY).parts
        if any(part.startswith(".") or part in SKIPPED_DIRECTORIES for part in parts[:-1]):
            continue
        if path != SERVICES:
            yield path


def imported_module(node, path):
    """The absolute dotted name a `from … import …` statement imports from."""
    if not node.level:
        return node.module or ""
    package = list(path.relative_to(REPOSITORY).parts[:-1])
    base = package[: len(package) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def is_private(name):
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_uses_of_services(path):
    """(line, what) for each use of a private name of events.services in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    services_names = set()  # local names bound to the events.services module
    uses = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = imported_module(node, path)
            for alias in node.names:
                if module == "events" and alias.name == "services":
                    services_names.add(alias.asname or alias.name)
                elif module == "events.services" and is_private(alias.name):
                    uses.append((node.lineno, f"from events.services import {alias.name}"))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "events.services" and alias.asname:
                    services_names.add(alias.asname)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not is_private(node.attr):
            continue
        value = node.value
        if isinstance(value, ast.Name) and value.id in services_names:
            uses.append((node.lineno, f"{value.id}.{node.attr}"))
        elif (
            isinstance(value, ast.Attribute)
            and value.attr == "services"
            and isinstance(value.value, ast.Name)
            and value.value.id == "events"
        ):
            uses.append((node.lineno, f"events.services.{node.attr}"))
    return uses


ALLOWED_MARK = "# private-use-allowed:"  # a test instrumenting a private step (with its reason)


def test_no_module_outside_events_services_uses_its_private_names():
    uses = [
        f"{path.relative_to(REPOSITORY)}:{line}: {what}"
        for path in python_files()
        for line, what in private_uses_of_services(path)
        if not (
            path.parts[len(REPOSITORY.parts)] == "tests" and ALLOWED_MARK in path.read_text().splitlines()[line - 1]
        )
    ]
    assert uses == []


def test_the_check_finds_private_names_however_events_services_is_imported(tmp_path, monkeypatch):
    """The check above is only worth something if it recognises each way of importing."""
    monkeypatch.setattr(f"{__name__}.REPOSITORY", tmp_path)
    (tmp_path / "events").mkdir()
    admin = tmp_path / "events" / "admin.py"
    admin.write_text(
        "from . import services\n"
        "from .services import _place, register_member\n"
        "import events.services as event_services\n"
        "import events.services\n"
        "services._lock(event)\n"
        "event_services._check_choice(event, choice)\n"
        "events.services._apply_choice(registration, choice)\n"
        "services.register_member(event, member, choice)\n"
        "services.__name__\n"
    )
    other = tmp_path / "other.py"
    other.write_text("from forum import services\nservices._private()\n")
    assert sorted(private_uses_of_services(admin)) == [
        (2, "from events.services import _place"),
        (5, "services._lock"),
        (6, "event_services._check_choice"),
        (7, "events.services._apply_choice"),
    ]
    assert private_uses_of_services(other) == []
