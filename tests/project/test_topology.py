"""The production topology: the Procfile, the compose file and the image run the same
commands, and `make serve-prod`'s supervisor leaves no process behind."""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]


def procfile():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import serve_prod
    finally:
        sys.path.pop(0)
    return serve_prod.read_procfile(ROOT / "Procfile")


def test_the_procfile_runs_the_web_server_the_task_worker_and_the_scheduler():
    processes = procfile()

    assert set(processes) == {"web", "worker", "scheduler"}
    assert processes["web"].startswith("uvicorn lerendnetwerk.asgi:application ")
    assert "--workers ${WORKERS:-2}" in processes["web"]
    assert "--timeout-graceful-shutdown" in processes["web"]
    for name in ("worker", "scheduler"):
        command = processes[name].split()
        assert command[:2] == ["python", "manage.py"]
        assert command[2] in get_commands()


def test_the_compose_file_runs_the_procfiles_commands_from_one_image():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]

    for name, command in procfile().items():
        # $$ is compose's escape for a $ that the container's shell expands.
        assert [part.replace("$$", "$") for part in services[name]["command"]] == ["sh", "-c", f"exec {command}"]
        assert services[name]["build"] == "."
        assert services[name]["depends_on"]["release"] == {"condition": "service_completed_successfully"}
    assert {"db", "redis", "release", "web", "worker", "scheduler"} <= set(services)


def test_the_images_default_command_is_the_procfiles_web_server():
    dockerfile = (ROOT / "Dockerfile").read_text()
    command = re.search(r'^CMD \["sh", "-c", "exec (.+)"\]$', dockerfile, re.MULTILINE).group(1)

    assert command == procfile()["web"]


SUPERVISE = """
import os, sys
sys.path.insert(0, {scripts!r})
import serve_prod
serve_prod.STOP_TIMEOUT = 5
sys.exit(serve_prod.Supervisor({processes!r}, dict(os.environ)).run())
"""


def start_supervisor(processes):
    code = SUPERVISE.format(scripts=str(ROOT / "scripts"), processes=processes)
    return subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT
    )


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for our purpose (only its parent's wait is missing).
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "\nState:\tZ" in status.read_text())


def wait_for_pids(supervisor, count):
    pids = []
    deadline = time.monotonic() + 20
    while len(pids) < count and time.monotonic() < deadline:
        line = supervisor.stdout.readline()
        pids += [int(pid) for pid in re.findall(r"pid=(\d+)", line)]
    assert len(pids) == count, pids
    return pids


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_ctrl_c_stops_every_process_and_the_processes_they_started():
    supervisor = start_supervisor(
        {
            # A process that starts a child of its own, as uvicorn starts its workers.
            "parent": "sh -c 'sleep 300 & echo pid=$!; echo pid=$$; wait'",
            "plain": "sh -c 'echo pid=$$; exec sleep 300'",
        }
    )
    pids = wait_for_pids(supervisor, 3)

    supervisor.send_signal(signal.SIGINT)
    assert supervisor.wait(timeout=20) == 0
    output = supervisor.stdout.read()
    assert "SIGINT: stopping parent, plain" in output
    assert not [pid for pid in pids if alive(pid)]


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_when_one_process_ends_the_others_are_stopped_and_its_exit_status_is_returned():
    supervisor = start_supervisor(
        {
            "steady": "sh -c 'echo pid=$$; exec sleep 300'",
            "failing": "sh -c 'echo pid=$$; sleep 1; exit 3'",
        }
    )
    pids = wait_for_pids(supervisor, 2)

    assert supervisor.wait(timeout=20) == 3
    assert "failing ended (exit status 3): stopping the others" in supervisor.stdout.read()
    assert not [pid for pid in pids if alive(pid)]
