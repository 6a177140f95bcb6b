"""What the command-line tests start from: a store made with `casetracker init`."""

import pytest


@pytest.fixture
def initialised(cli):
    cli("init", "--caseworker", "Ирина")
    return cli
