"""ctiwire: the Cisco Unified Contact Center Enterprise CTI Server protocol (GED-188).

The protocol bindings are generated from ``spec/``, one module per protocol version::

    import ctiwire.v15 as cti
    message = cti.decode(frame)
"""

from .errors import CTIError, DecodeError, EncodeError, FramingError
from .framing import FrameDecoder
from .types import Message, NamedArray, NamedVar, TaskID, UnknownField, UnknownMessage

__version__ = "0.1.0"

__all__ = [
    "CTIError",
    "DecodeError",
    "EncodeError",
    "FramingError",
    "FrameDecoder",
    "Message",
    "NamedArray",
    "NamedVar",
    "TaskID",
    "UnknownField",
    "UnknownMessage",
    "__version__",
]
