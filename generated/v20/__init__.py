"""CTI Server Protocol Version 20: every message, enum and mask of the spec.

Generated from spec/ by ``python -m codegen``: do not edit.

    import ctiwire.v20 as cti
    message = cti.decode(frame)        # frame: 8-byte header + body
    frame = cti.encode(message)
"""

from .enums import *  # noqa: F403
from .enums import __all__ as _enums_all
from .messages import *  # noqa: F403
from .messages import __all__ as _messages_all

__all__ = [*_enums_all, *_messages_all]  # noqa: PLE0604
