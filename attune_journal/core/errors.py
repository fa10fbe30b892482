"""The error every layer raises for input that cannot be saved as it is.

It sits apart from the domain model so that small helpers such as ``core.weeks``
and ``core.reminders`` can refuse bad input without importing the model.
"""

from __future__ import annotations


class ValidationError(ValueError):
    """Input the person gave that cannot be saved as it is; the message says why."""
