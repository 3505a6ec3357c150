"""`leanagent mcp` answers a real MCP client: over stdio (a server process), and in process."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import anyio
import pytest
from mcp import Client
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from leanagent.config import McpSettings
from leanagent.serve.mcp_app import build_server
from leanagent.serve.tools import LeanTools, ToolFailure

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def served(tmp_path) -> Path:
    folder = tmp_path / "served"
    folder.mkdir()
    shutil.copy(FIXTURES / "Demo.lean", folder / "Demo.lean")
    return folder


def _data(result) -> dict:
    assert not result.is_error, result.content
    return result.structured_content or json.loads(result.content[0].text)


def _error(result) -> str:
    assert result.is_error
    return result.content[0].text


def test_real_client_over_stdio_checks_shows_goals_and_runs_tactics(engine, served):
    env = {k: v for k, v in os.environ.items() if k.startswith("LEANAGENT_")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    params = StdioServerParameters(
        command=sys.executable,
        args=["-c", "from leanagent.cli import app; app()", "mcp", "--root", str(served)],
        env=env,
    )

    async def session() -> None:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as client:
            await client.initialize()
            names = {tool.name for tool in (await client.list_tools()).tools}
            assert names == {"check", "goals", "start_proof", "run_tactic", "search_premises", "prove"}

            checked = _data(await client.call_tool("check", {"file": "Demo.lean"}))
            assert checked["complete"] and checked["status"] == "sorry"
            assert {t["name"]: t["status"] for t in checked["theorems"]} == {
                "and_swap": "ok",
                "or_left_intro": "ok",
                "todo": "sorry",
            }
            snippet = _data(await client.call_tool("check", {"code": "theorem bad : 1 = 2 := rfl\n"}))
            assert snippet["status"] == "error" and snippet["theorems"][0]["position"] == [1, 0]
            assert [p.name for p in served.iterdir()] == ["Demo.lean"]  # the snippet's file is gone

            at = _data(await client.call_tool("goals", {"file": "Demo.lean", "line": 2, "column": 3}))
            assert at["goals"] == ["p q : Prop\nhp : p\nhq : q\n⊢ q ∧ p"] and not at["solved"]
            assert "not inside a tactic proof" in _error(
                await client.call_tool("goals", {"file": "Demo.lean", "line": 6, "column": 1})
            )

            opened = _data(await client.call_tool("start_proof", {"file": "Demo.lean", "theorem": "todo"}))
            sid, first = opened["session"], opened["state"]
            assert first["goals"] == ["p : Prop\nhp : p\n⊢ p ∧ p"]
            step = _data(
                await client.call_tool(
                    "run_tactic", {"session": sid, "state": first["id"], "tactic": "constructor"}
                )
            )
            assert step["result"] == "state" and step["state"]["num_goals"] == 2
            wrong = _data(
                await client.call_tool(
                    "run_tactic", {"session": sid, "state": first["id"], "tactic": "exact 3"}
                )
            )
            assert wrong["result"] == "error" and wrong["message"]
            done = _data(
                await client.call_tool(
                    "run_tactic", {"session": sid, "state": first["id"], "tactic": "exact ⟨hp, hp⟩"}
                )
            )
            assert done["result"] == "proof_finished" and done["axioms"] == []
            assert "no such Lean file" in _error(await client.call_tool("check", {"file": "Nope.lean"}))

    anyio.run(session)


def test_a_timeout_is_an_error_never_an_empty_result(engine, served):
    tools = LeanTools(served, engine=engine)

    async def session() -> None:
        async with Client(build_server(tools, timeout=0.001)) as client:  # no Lean run fits in 1 ms
            message = _error(await client.call_tool("check", {"file": "Demo.lean"}))
            assert "timed out after 0.001 s" in message

    try:
        anyio.run(session)
    finally:
        tools.close()


def test_sessions_are_bounded_and_an_evicted_one_says_so(engine, served):
    tools = LeanTools(served, McpSettings(max_sessions=1), engine=engine)
    try:
        first = tools.start_proof(file="Demo.lean", theorem="todo")
        second = tools.start_proof(file="Demo.lean", theorem="and_swap")
        with pytest.raises(ToolFailure, match="at most 1 stay open"):
            tools.run_tactic(first["session"], first["state"]["id"], "constructor")
        step = tools.run_tactic(second["session"], second["state"]["id"], "constructor")
        assert step["state"]["num_goals"] == 2
        assert len(tools._sessions) == 1
    finally:
        tools.close()


def test_premise_search_sees_only_what_is_accessible_at_the_line(engine, served):
    tools = LeanTools(served, engine=engine)
    try:
        found = tools.search_premises("Demo.lean", line=9, query="p ∨ q Or.inl")
        assert found["ranker"] == "bm25"  # no traced corpus here
        names = [p["name"] for p in found["premises"]]
        assert names[0] == "or_left_intro" and set(names) == {"or_left_intro", "and_swap"}
        early = tools.search_premises("Demo.lean", line=6)  # or_left_intro is not yet declared
        assert [p["name"] for p in early["premises"]] == ["and_swap"]
        with pytest.raises(ToolFailure, match="outside the served folder"):
            tools.search_premises("../x.lean", line=1)
    finally:
        tools.close()


def test_a_project_file_sees_the_modules_it_imports(engine, tmp_path):
    """Goals and proof sessions on a file that imports a sibling module of its project."""
    project = tmp_path / "NatArith"
    shutil.copytree(Path(__file__).resolve().parents[2] / "lean_projects" / "NatArith", project)
    tools = LeanTools(project, engine=engine)
    try:
        opened = tools.start_proof(file="NatArith/Add.lean", theorem="add_right_comm'")
        assert opened["state"]["goals"] == ["a b c : Nat\n⊢ a + b + c = a + c + b"]
        step = tools.run_tactic(
            opened["session"], opened["state"]["id"], "rw [Nat.add_assoc, Nat.add_comm b, ←Nat.add_assoc]"
        )
        assert step["result"] == "proof_finished"
        text = (project / "NatArith" / "Add.lean").read_text().splitlines()
        line = next(i for i, s in enumerate(text, 1) if s.startswith("theorem add_right_comm'")) + 1
        at = tools.goals("NatArith/Add.lean", line, 3)
        assert at["goals"] == ["a b c : Nat\n⊢ a + b + c = a + c + b"]
    finally:
        tools.close()


@pytest.mark.slow
def test_prove_finds_a_proof_and_leaves_the_file_alone(engine, served, monkeypatch):
    monkeypatch.chdir(served)  # the prover keeps its results database under the working folder
    before = (served / "Demo.lean").read_text()
    tools = LeanTools(served, engine=engine)
    try:
        (found,) = tools.prove("Demo.lean", "todo", time_limit=60)["theorems"]
        assert found["status"] == "proved" and found["proof"] and not found["written"]
        with pytest.raises(ToolFailure, match="no theorem 'and_swap' with a `sorry`"):
            tools.prove("Demo.lean", "and_swap")
    finally:
        tools.close()
    assert (served / "Demo.lean").read_text() == before
