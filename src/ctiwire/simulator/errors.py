"""Refusals of the simulated switch, each carrying the code the client is sent.

The codes are Version 15's enums, used as plain numbers (the same in every version); the session
sends them in the FAILURE_CONF or CONTROL_FAILURE_CONF of its own version.
"""

from __future__ import annotations

from ctiwire.v15 import ControlFailureCode, StatusCode

__all__ = ["ControlError", "StatusError"]


class ControlError(Exception):
    """A control request the switch cannot carry out: answered with CONTROL_FAILURE_CONF."""

    def __init__(self, code: ControlFailureCode, reason: str) -> None:
        super().__init__(f"{code.name}: {reason}")
        self.code = code
        self.reason = reason


class StatusError(Exception):
    """A request refused at the session level: answered with FAILURE_CONF."""

    def __init__(self, status: StatusCode, reason: str) -> None:
        super().__init__(f"{status.name}: {reason}")
        self.status = status
        self.reason = reason
