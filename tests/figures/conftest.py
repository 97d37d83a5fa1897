import json
from pathlib import Path

import pytest

from figures import sources

RECORDED = Path(__file__).parent / "recorded"


@pytest.fixture
def statline(monkeypatch):
    """Replays recorded StatLine answers instead of the network: statline.answers maps a URL
    to a recorded file's name (or to an exception to raise); statline.requested lists what
    was asked for. An unexpected URL fails the test."""

    class Replay:
        answers = {}
        requested = []

        def get_json(self, url):
            self.requested.append(url)
            answer = self.answers[url]
            if isinstance(answer, Exception):
                raise answer
            return json.loads((RECORDED / answer).read_text(encoding="utf-8"))

    replay = Replay()
    replay.answers, replay.requested = {}, []
    monkeypatch.setattr(sources, "get_json", replay.get_json)
    return replay
