"""A headless Streamlit session over the app's own websocket protocol (protobuf BackMsg and
ForwardMsg), for load tests and benchmarks on loopback. It presses buttons by their key, the way
a person clicking through the questionnaire would, and times each step."""
from __future__ import annotations

import asyncio
import socket
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState


@dataclass
class StepResult:
    seconds: float
    widgets: dict[str, str]          # user key → widget id, for widgets shown after this step
    exceptions: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


def _walk_element(element, widgets: dict, exceptions: list, texts: list) -> None:
    kind = element.WhichOneof("type")
    if kind is None:
        return
    inner = getattr(element, kind)
    if kind == "exception":
        exceptions.append(inner.message or inner.type)
    if kind == "markdown":
        texts.append(inner.body)
    widget_id = getattr(inner, "id", "")
    if isinstance(widget_id, str) and widget_id.startswith("$$ID"):
        key = widget_id.rsplit("-", 1)[-1] if "-" in widget_id else widget_id
        widgets[key] = widget_id


class Session:
    """One browser-like session; use `async with Session(url) as s:`."""

    def __init__(self, base_url: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.ws_url = self.base_url.replace("http://", "ws://") + "/_stcore/stream"
        self.timeout = timeout
        self.page_script_hash = ""
        self.widgets: dict[str, str] = {}

    async def __aenter__(self) -> "Session":
        self.ws = await websockets.connect(self.ws_url, subprotocols=["streamlit"], origin=self.base_url,
                                           max_size=None, open_timeout=self.timeout)
        sock = self.ws.transport.get_extra_info("socket")
        if sock is not None:  # as browsers do: no Nagle delay on small frames
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.ws.close()

    async def rerun(self, states: list[WidgetState] | None = None) -> StepResult:
        msg = BackMsg()
        client = ClientState(query_string="", page_script_hash=self.page_script_hash)
        client.widget_states.widgets.extend(states or [])
        msg.rerun_script.CopyFrom(client)
        started = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        widgets: dict[str, str] = {}
        exceptions: list[str] = []
        texts: list[str] = []
        while True:
            raw = await asyncio.wait_for(self.ws.recv(), self.timeout)
            fwd = ForwardMsg.FromString(raw)
            kind = fwd.WhichOneof("type")
            if kind == "new_session":
                self.page_script_hash = fwd.new_session.page_script_hash
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                _walk_element(fwd.delta.new_element, widgets, exceptions, texts)
            elif kind == "script_finished":
                if fwd.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    widgets, exceptions, texts = {}, [], []  # st.rerun(): the run that follows counts
                    continue
                break
        self.widgets = widgets
        return StepResult(time.perf_counter() - started, widgets, exceptions, texts)

    async def click(self, key: str) -> StepResult:
        if key not in self.widgets:
            raise KeyError(f"no widget with key {key!r} on the page (have: {sorted(self.widgets)})")
        return await self.rerun([WidgetState(id=self.widgets[key], trigger_value=True)])


async def walk_questionnaire(base_url: str) -> list[StepResult]:
    """Open the app and press Continue until the plan shows; the steps' results in order."""
    results = []
    async with Session(base_url) as s:
        results.append(await s.rerun())
        while "nav_next" in s.widgets and len(results) < 12:
            results.append(await s.click("nav_next"))
    return results
