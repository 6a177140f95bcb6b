"""Named steps of long work, where the fault-injection tests kill the process.

A crash or a power cut can come at any moment; the tests make it come at these named moments,
where something is half-written, and check that the next start leaves nothing behind and loses
nothing committed. Outside the tests, `step` compares two strings and returns.
"""

import os
import signal

_KILL_AT = os.environ.get("CASETRACKER_TEST_KILL_AT", "")


def step(name: str) -> None:
    """Mark the named step; killed here with SIGKILL when the tests ask for it."""
    if _KILL_AT and name == _KILL_AT and hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)
