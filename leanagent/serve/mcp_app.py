"""The MCP server (official ``mcp`` SDK, stdio transport) over `LeanTools`.

Each tool runs in a worker thread under ``call_timeout``; a timeout or a `ToolFailure`
reaches the client as a tool error (``isError``) with the reason, never as an empty result.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

from leanagent.serve.tools import LeanTools, ToolFailure

INSTRUCTIONS = """Lean 4 tools on a real Lean. `check` gives each theorem's verdict (ok / error /
sorry, with axioms read from the compiled module); an empty `goals` list means the proof is
solved at that point, not that nothing was checked. Files are relative to the served folder.
Proof sessions: `start_proof` returns a session and a state; `run_tactic` extends a state."""


def build_server(tools: LeanTools, timeout: float) -> MCPServer:
    server = MCPServer("leanagent", instructions=INSTRUCTIONS)

    async def call(fn: Callable[..., dict], **kwargs: Any) -> dict[str, Any]:
        try:
            with anyio.fail_after(timeout):
                return await anyio.to_thread.run_sync(functools.partial(fn, **kwargs), abandon_on_cancel=True)
        except TimeoutError:
            raise ToolError(
                f"timed out after {timeout:g} s: no result (this is not an empty answer)"
            ) from None
        except (ToolFailure, FileNotFoundError, ValueError) as exc:
            raise ToolError(str(exc)) from None

    @server.tool(description="Check a Lean file (path relative to the served folder) or a snippet of code.")
    async def check(file: str | None = None, code: str | None = None) -> dict[str, Any]:
        return await call(tools.check, file=file, code=code)

    @server.tool(description="The goals at a position of a file (line and column 1-based).")
    async def goals(file: str, line: int, column: int) -> dict[str, Any]:
        return await call(tools.goals, file=file, line=line, column=column)

    @server.tool(
        description="Open a proof session: a theorem of a file, or a statement (with an optional header). "
        "Returns the session id and the initial state."
    )
    async def start_proof(
        file: str | None = None, theorem: str | None = None, statement: str | None = None, header: str = ""
    ) -> dict[str, Any]:
        return await call(tools.start_proof, file=file, theorem=theorem, statement=statement, header=header)

    @server.tool(
        description="Run a tactic on a state of a proof session: a new state, proof_finished or error."
    )
    async def run_tactic(session: str, state: str, tactic: str) -> dict[str, Any]:
        return await call(tools.run_tactic, session=session, state=state, tactic=tactic)

    @server.tool(
        description="Premises accessible at a line of a file, best first for a query (default: the "
        "declaration there); the trained retriever when the project is traced, else BM25."
    )
    async def search_premises(file: str, line: int, query: str | None = None, k: int = 10) -> dict[str, Any]:
        return await call(tools.search_premises, file=file, line=line, query=query, k=k)

    @server.tool(description="Search for a proof of a theorem proved by `sorry` (the file is not changed).")
    async def prove(file: str, theorem: str, time_limit: float | None = None) -> dict[str, Any]:
        return await call(tools.prove, file=file, theorem=theorem, time_limit=time_limit)

    return server


def serve(root: Path) -> None:
    """Serve ``root`` over stdio until the client goes away."""
    tools = LeanTools(root)
    try:
        build_server(tools, tools.settings.call_timeout).run("stdio")
    finally:
        tools.close()
