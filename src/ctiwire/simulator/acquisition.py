"""One session's configuration acquisition (Version 19 on): keys, uploads, updates.

    stream = ConfigStream(switch, module, grant.config_mask)
    if stream.handles(request):                # CONFIG_REQUEST_KEY_EVENT, CONFIG_REQUEST_EVENT
        for message in stream.handle(request): session.send_event(message)
    for message in stream.accept(notice): ...  # a ConfigNotice: an update block, or nothing

What the guide says (Application Level Interfaces, Configuration Acquisition Messages), and how
the simulator follows it:

* CONFIG_REQUEST_KEY_EVENT is answered with CONFIG_KEY_EVENT, "the configuration keys at the
  time of the request" (:mod:`.configuration`: one key per kind, changing with it).
* CONFIG_REQUEST_EVENT is answered with CONFIG_BEGIN_EVENT, the records of the kinds its
  ConfigInformation asks for, in the guide's order, and CONFIG_END_EVENT
  (:mod:`.config_events`). ConfigInformation 0 asks for nothing: "this message will serve to
  notify the server that the client is ready to receive update messages", so nothing is sent.
* Incremental updates by key: CONFIG_REQUEST_EVENT carries no keys (in any version), so the
  server cannot know which the client holds. The keys let *the client* "determine if any
  configuration changes have occurred since they last received the configuration": it compares
  CONFIG_KEY_EVENT's keys with those it saved (from CONFIG_BEGIN_EVENT) and asks only for the
  kinds whose key changed. The simulator answers exactly what ConfigInformation asks for.
* Updates: "After the CONFIG_REQUEST_EVENT is received by the server, and if requested the
  configuration data is sent up to the client, the server is free to send blocks of update
  configuration messages any time ... the server should honor the mask for the particular
  configuration event message types specified in the OPEN_REQ message" (its ConfigMsgMask, which
  "the configuration requested here" may differ from). Version 25's CONFIG_REQUEST_EVENT also
  prints a ConfigMsgMask row; the spec doubts it (spec/messages/config.yaml), and the simulator
  keeps to OPEN_REQ's.

Which kinds a version has is read from its module: the kind's message and its ConfigEventMask bit
(CONFIG_MRD_EVENT from 20, peripherals and desk settings from 22, agent services from 24). A
PeripheralID other than the simulated one (or NULL_PERIPHERAL_ID, or 0, which some clients send)
names a peripheral without configuration: the keys of an empty configuration, and
CONFIGEND_EMPTY.
"""

from __future__ import annotations

import enum
from types import ModuleType
from typing import Any

from ctiwire.types import Message
from ctiwire.v15 import NULL_PERIPHERAL_ID

from . import config_events
from .configuration import EMPTY, KINDS, Kind, Snapshot, agent_mrds
from .drafts import supports
from .notices import ConfigNotice
from .switch import Switch

__all__ = ["REQUESTS", "ConfigStream"]

REQUESTS = frozenset({"CONFIG_REQUEST_KEY_EVENT", "CONFIG_REQUEST_EVENT"})


class ConfigStream:
    """The configuration exchange of one session of version ``module``."""

    def __init__(self, switch: Switch, module: ModuleType, config_mask: int) -> None:
        self.switch = switch
        self.module = module
        self.config_mask = config_mask
        """OPEN_REQ's ConfigMsgMask: the kinds of updates wanted."""
        self.ready = False
        """CONFIG_REQUEST_EVENT was received: updates may be sent."""
        mask: type[enum.IntFlag] | None = getattr(module, "ConfigEventMask", None)
        self._bits = {
            kind.name: int(mask[kind.mask])
            for kind in KINDS
            if mask is not None and kind.mask in mask.__members__ and supports(module, kind.event)
        }

    @property
    def kinds(self) -> tuple[Kind, ...]:
        """The simulated kinds this version has, in the guide's order."""
        return tuple(kind for kind in KINDS if kind.name in self._bits)

    @staticmethod
    def handles(request: Message) -> bool:
        return request.MESSAGE_NAME in REQUESTS

    def handle(self, request: Any) -> list[Message]:
        """The answer to a configuration request."""
        snap = self._snapshot(request.peripheral_id)
        if request.MESSAGE_NAME == "CONFIG_REQUEST_KEY_EVENT":
            return [config_events.key_event(snap).render(self.module)]
        self.ready = True
        wanted = int(request.config_information)
        if not wanted:
            return []
        kinds = [kind for kind in self.kinds if wanted & self._bits[kind.name]]
        extras = {"agent": agent_mrds(self.switch)} if snap is not EMPTY else {}
        drafts = config_events.upload(snap, kinds, extras)
        return [draft.render(self.module) for draft in drafts]

    def accept(self, notice: ConfigNotice) -> list[Message]:
        """The update block of ``notice``, if this session is to get it."""
        bit = self._bits.get(notice.kind, 0)
        if not (self.ready and self.config_mask & bit):
            return []
        return [draft.render(self.module) for draft in notice.drafts]

    def _snapshot(self, peripheral_id: int) -> Snapshot:
        ours = self.switch.peripheral.peripheral_id
        if peripheral_id in (ours, NULL_PERIPHERAL_ID, 0):
            return self.switch.configuration()
        return EMPTY
