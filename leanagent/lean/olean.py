"""A reader of Lean 4.35 ``.olean`` files, for an axiom audit that the audited file cannot forge.

``#print axioms`` answers through messages, and a checked file controls its own messages (a
``macro_rules`` or ``elab`` can redefine the command). The compiled ``.olean`` is what importers
get, so the audit here reads the constants straight from it: which constants each declaration's
type and value mention, followed across imported modules down to the axioms.

Format (Lean's compacted region, 64-bit little-endian): a header -- ``b"olean"``, a version byte,
a flag byte, the Lean version string (to offset 0x28), the 40-character Lean githash, the base
address the region was saved for and the address of the root object -- then 8-aligned objects.
Each object starts with ``m_rc: i32, m_cs_sz: u16, m_other: u8, m_tag: u8``; a constructor
(tag < 245) stores ``m_other`` object pointers, then its scalars; pointers are absolute
(``base + file offset``); ``(n << 1) | 1`` is a boxed scalar (enums, small ``Nat``s,
``Name.anonymous``). Special tags: 246 array (size, capacity, pointers), 248 scalar array,
249 string (byte size with NUL, capacity, length, UTF-8 bytes), 250 big integer.

The root is ``ModuleData``: imports, constant names, ``ConstantInfo``s, extra constant names and
environment extension entries. Only what the audit needs is decoded: import module names,
constant names and kinds, whether a declaration is ``unsafe``, inductives' constructor lists, the
``implemented_by`` and ``extern`` attribute entries (the compiler runs other code than the kernel
checked), and -- lazily, when a closure reaches the constant -- the ``Expr.const`` names in its
type and value. Other extension entries, levels, literals and metadata are skipped.

Names render as Lean writes them, components joined by ``.``, numeric components as digits. A
string component that would be ambiguous (empty, all digits, or containing ``.``, ``«`` or
``»``) is wrapped in ``«»``; nothing else is escaped. A numeric component too large to box
(a GMP number) raises ``OleanError``: the audit fails closed rather than guess.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

__all__ = [
    "ConstKind",
    "ConstantFacts",
    "ModuleInfo",
    "OleanError",
    "axioms_of",
    "environment",
    "find_module",
    "notable_dependencies",
    "read_module",
]

_MAGIC = b"olean"
_VERSION = 2  # the format byte after the magic (Lean 4.35)
_HEADER = 0x60  # end of the header: base address at 0x50, root pointer at 0x58
_ARRAY, _STRING = 246, 249
_U64 = struct.Struct("<Q")


class OleanError(ValueError):
    """The file is not an .olean this reader understands, or it is inconsistent."""


class ConstKind(Enum):
    """The ``ConstantInfo`` constructors, in Lean's order (the object tag is the index)."""

    AXIOM = "axiom"
    DEFINITION = "definition"
    THEOREM = "theorem"
    OPAQUE = "opaque"
    QUOT = "quot"
    INDUCTIVE = "inductive"
    CONSTRUCTOR = "constructor"
    RECURSOR = "recursor"


_KINDS = tuple(ConstKind)
_WITH_VALUE = {ConstKind.DEFINITION, ConstKind.THEOREM, ConstKind.OPAQUE}


class _Region:
    """The bytes of one .olean and typed access to its objects."""

    def __init__(self, path: Path) -> None:
        self.data = data = path.read_bytes()
        if len(data) < _HEADER or data[:5] != _MAGIC:
            raise OleanError(f"{path}: not an .olean file")
        if data[5] != _VERSION:
            raise OleanError(f"{path}: .olean format version {data[5]}, this reader knows {_VERSION}")
        self.lean_version = data[7:0x28].split(b"\0", 1)[0].decode("ascii", "replace")
        self.githash = data[0x28:0x50].decode("ascii", "replace")
        self.base, self.root = struct.unpack_from("<QQ", data, 0x50)
        if not _HEADER <= self.root - self.base <= len(data) - 8:
            raise OleanError(f"{path}: bad root pointer")
        self.path = path
        self._names: dict[int, str] = {1: ""}

    def _offset(self, addr: int) -> int:
        off = addr - self.base
        if addr & 7 or not _HEADER <= off <= len(self.data) - 8:
            raise OleanError(f"{self.path}: bad object pointer {addr:#x}")
        return off

    def ctor(self, addr: int, tag: int | None = None, fields: int = 0) -> tuple[int, tuple[int, ...]]:
        """(tag, object fields) of a constructor object; checks the tag and field count asked for."""
        off = self._offset(addr)
        n, t = self.data[off + 6], self.data[off + 7]
        if t >= 245 or (tag is not None and t != tag) or n < fields:
            raise OleanError(f"{self.path}: unexpected object (tag {t}, {n} fields) at {addr:#x}")
        return t, struct.unpack_from(f"<{n}Q", self.data, off + 8)

    def scalar_byte(self, addr: int, index: int = 0) -> int:
        """Byte ``index`` of a constructor object's scalar area (after its pointer fields)."""
        off = self._offset(addr)
        at = off + 8 + 8 * self.data[off + 6] + index
        if at >= len(self.data):
            raise OleanError(f"{self.path}: scalar field beyond the file at {addr:#x}")
        return self.data[at]

    def array(self, addr: int) -> tuple[int, ...]:
        off = self._offset(addr)
        if self.data[off + 7] != _ARRAY:
            raise OleanError(f"{self.path}: expected an array at {addr:#x}")
        (size,) = _U64.unpack_from(self.data, off + 8)
        return struct.unpack_from(f"<{size}Q", self.data, off + 24)

    def string(self, addr: int) -> str:
        off = self._offset(addr)
        if self.data[off + 7] != _STRING:
            raise OleanError(f"{self.path}: expected a string at {addr:#x}")
        (size,) = _U64.unpack_from(self.data, off + 8)
        return self.data[off + 32 : off + 31 + size].decode("utf-8")

    def name(self, addr: int) -> str:
        """Render a ``Lean.Name`` (cached by address: names share their prefixes)."""
        done = self._names.get(addr)
        if done is not None:
            return done
        parts: list[tuple[int, str]] = []
        while (known := self._names.get(addr)) is None:
            tag, (prefix, piece) = self.ctor(addr, fields=2)
            if tag == 1:
                text = self.string(piece)
                if not text or text.isdigit() or any(c in text for c in ".«»"):
                    text = f"«{text}»"
            elif tag == 2:
                if not piece & 1:
                    raise OleanError(f"{self.path}: numeric name component beyond 2^63 at {addr:#x}")
                text = str(piece >> 1)
            else:
                raise OleanError(f"{self.path}: not a Name at {addr:#x}")
            parts.append((addr, text))
            addr = prefix
        for at, text in reversed(parts):
            known = f"{known}.{text}" if known else text
            self._names[at] = known
        return known

    def const_names(self, exprs: Iterable[int]) -> frozenset[str]:
        """Names of every ``Expr.const`` in the given expressions (a DAG: each node once)."""
        names: set[int] = set()
        stack = [a for a in exprs if not a & 1]
        seen: set[int] = set()
        while stack:
            addr = stack.pop()
            if addr in seen:
                continue
            seen.add(addr)
            tag, fields = self.ctor(addr)
            if tag == 4:  # const declName us
                names.add(fields[0])
            elif tag == 5:  # app f a
                stack += fields[:2]
            elif tag in (6, 7):  # lam / forallE name type body
                stack += fields[1:3]
            elif tag == 8:  # letE name type value body
                stack += fields[1:4]
            elif tag == 10:  # mdata data e
                stack.append(fields[1])
            elif tag == 11:  # proj typeName idx struct
                stack.append(fields[2])
            elif tag > 11:
                raise OleanError(f"{self.path}: not an Expr at {addr:#x} (tag {tag})")
        return frozenset(self.name(a) for a in names)


class ConstantFacts:
    """One constant of a module: its kind and (decoded on first use) the constants it mentions."""

    __slots__ = (
        "name",
        "kind",
        "constructors",
        "unsafe",
        "implemented_by",
        "extern",
        "instance",
        "_region",
        "_exprs",
        "_refs",
    )

    def __init__(
        self,
        name: str,
        kind: ConstKind,
        constructors: tuple[str, ...],
        region: _Region,
        exprs: tuple[int, ...],
        unsafe: bool = False,
    ) -> None:
        self.name = name
        self.kind = kind
        self.constructors = constructors
        """An inductive's constructors (Lean's ``#print axioms`` follows them); empty otherwise."""
        self.unsafe = unsafe
        """Declared ``unsafe`` (the kernel does not check it)."""
        self.implemented_by: str | None = None
        """The ``@[implemented_by]`` target: compiled code runs it instead of this definition."""
        self.extern = False
        """Has ``@[extern]``: compiled code calls foreign code instead of this definition."""
        self.instance = False
        """Registered as a type class instance (by ``instance``, ``@[instance]`` or ``attribute``)."""
        self._region = region
        self._exprs = exprs
        self._refs: frozenset[str] | None = None

    @property
    def path(self) -> Path:
        """The .olean that defines the constant."""
        return self._region.path

    @property
    def type_references(self) -> frozenset[str]:
        """Full names of the constants occurring in the type alone."""
        return self._region.const_names(self._exprs[:1])

    @property
    def notable(self) -> bool:
        """What a closure collects: axioms, and constants the kernel's check does not cover."""
        return self.kind is ConstKind.AXIOM or self.unsafe or self.extern or self.implemented_by is not None

    @property
    def references(self) -> frozenset[str]:
        """Full names of the constants occurring in the type and (defs, theorems, opaques) value."""
        if self._refs is None:
            self._refs = self._region.const_names(self._exprs)
        return self._refs

    def __repr__(self) -> str:
        return f"ConstantFacts({self.name!r}, {self.kind.value})"


@dataclass(frozen=True)
class ModuleInfo:
    """What one .olean says: its imports and its constants by full name."""

    path: Path
    imports: list[str]
    """Imported module names, in order, without repeats."""
    constants: dict[str, ConstantFacts]
    lean_version: str = ""
    githash: str = ""


_UNSAFE_FLAG = {  # (scalar byte, value meaning unsafe) of each kind's ``...Val`` object
    ConstKind.DEFINITION: (0, 0),  # safety : DefinitionSafety (unsafe | safe | partial)
    ConstKind.AXIOM: (0, 1),  # isUnsafe
    ConstKind.OPAQUE: (0, 1),  # isUnsafe
    ConstKind.INDUCTIVE: (1, 1),  # isRec, isUnsafe, isReflexive
    ConstKind.CONSTRUCTOR: (0, 1),  # isUnsafe
    ConstKind.RECURSOR: (1, 1),  # k, isUnsafe
}
_IMPLEMENTED_BY = "Lean.Compiler.implementedByAttr"
_EXTERN = "Lean.externAttr"
_INSTANCES = "Lean.Meta.instanceExtension"


def _parse(path: Path) -> ModuleInfo:
    r = _Region(path)
    _, (imports, names, infos, *rest) = r.ctor(r.root, 0, fields=3)
    mods: dict[str, None] = {}
    for imp in r.array(imports):
        mods[r.name(r.ctor(imp, 0, fields=1)[1][0])] = None
    name_ptrs, info_ptrs = r.array(names), r.array(infos)
    if len(name_ptrs) != len(info_ptrs):
        raise OleanError(f"{path}: {len(name_ptrs)} constant names but {len(info_ptrs)} constants")
    constants: dict[str, ConstantFacts] = {}
    for name_ptr, info in zip(name_ptrs, info_ptrs, strict=True):
        tag, (val,) = r.ctor(info, fields=1)
        if tag >= len(_KINDS):
            raise OleanError(f"{path}: unknown ConstantInfo tag {tag}")
        kind = _KINDS[tag]
        _, vfields = r.ctor(val, 0, fields=1 + (kind in _WITH_VALUE) + 4 * (kind is ConstKind.INDUCTIVE))
        _, (_, _, type_ptr) = r.ctor(vfields[0], 0, fields=3)  # ConstantVal: name, levelParams, type
        exprs = (type_ptr, vfields[1]) if kind in _WITH_VALUE else (type_ptr,)
        ctors: tuple[str, ...] = ()
        if kind is ConstKind.INDUCTIVE:  # InductiveVal: cval, numParams, numIndices, all, ctors, ...
            ctors = tuple(r.name(n) for n in _list(r, vfields[4]))
        flag = _UNSAFE_FLAG.get(kind)
        unsafe = flag is not None and r.scalar_byte(val, flag[0]) == flag[1]
        name = r.name(name_ptr)
        constants[name] = ConstantFacts(name, kind, ctors, r, exprs, unsafe)
    if len(rest) >= 2:  # extraConstNames, entries
        _read_attributes(r, rest[1], constants)
    return ModuleInfo(path, list(mods), constants, r.lean_version, r.githash)


def _read_attributes(r: _Region, entries: int, constants: dict[str, ConstantFacts]) -> None:
    """Mark the constants that ``implemented_by`` and ``extern`` entries name (pairs whose
    first field is the declaration)."""
    for entry in r.array(entries):
        _, (ext, items) = r.ctor(entry, 0, fields=2)
        ext_name = r.name(ext)
        if ext_name == _INSTANCES:
            for item in r.array(items):
                name = _instance_name(r, item)
                if name in constants:
                    constants[name].instance = True
            continue
        if ext_name not in (_IMPLEMENTED_BY, _EXTERN):
            continue
        for item in r.array(items):
            _, (decl, data, *_) = r.ctor(item, 0, fields=2)
            facts = constants.get(r.name(decl))
            if facts is None:
                continue
            if ext_name == _IMPLEMENTED_BY:
                facts.implemented_by = r.name(data)
            else:
                facts.extern = True


def _instance_name(r: _Region, item: int) -> str | None:
    """The declaration of an ``InstanceEntry`` (keys, val, priority, globalName?, ...), found
    under the one-field wrappers scoped entries come in; None for a local instance."""
    tag, fields = r.ctor(item)
    while len(fields) == 1 and not fields[0] & 1:
        tag, fields = r.ctor(fields[0])
    if len(fields) < 3 or fields[1] & 1:
        return None
    val_tag, val = r.ctor(fields[1])
    return r.name(val[0]) if val_tag == 4 else None


def _list(r: _Region, addr: int) -> list[int]:
    out = []
    while not addr & 1:  # List.nil is box(0); cons head tail
        _, (head, addr) = r.ctor(addr, 1, fields=2)
        out.append(head)
    return out


_CACHE: dict[tuple[str, int, int], ModuleInfo] = {}
_MEMO: dict[
    tuple[int, ...], tuple[dict[str, ConstantFacts], dict[str, frozenset[str]], list[ModuleInfo]]
] = {}
"""Per set of loaded module versions: the constants by name and the closures found so far."""


def read_module(path: str | os.PathLike[str]) -> ModuleInfo:
    """Parse an .olean (cached by path, mtime and size)."""
    p = Path(path).resolve()
    st = p.stat()
    key = (str(p), st.st_mtime_ns, st.st_size)
    info = _CACHE.get(key)
    if info is None:
        for old in [k for k in _CACHE if k[0] == key[0]]:
            del _CACHE[old]
        info = _CACHE[key] = _parse(p)
    return info


def find_module(module: str, search_path: Sequence[str | os.PathLike[str]]) -> Path:
    """``A.B`` -> the first ``<folder>/A/B.olean`` on the search path."""
    rel = Path(*module.split(".")).with_suffix(".olean") if "«" not in module else None
    for folder in search_path if rel is not None else ():
        candidate = Path(folder) / rel
        if candidate.is_file():
            return candidate
    raise OleanError(f"module {module} not found on {[str(f) for f in search_path]}")


def axioms_of(
    names: Iterable[str],
    search_path: Sequence[str | os.PathLike[str]],
    *,
    module: str | os.PathLike[str],
) -> dict[str, frozenset[str]]:
    """The axioms each of ``names`` transitively depends on (as ``#print axioms`` computes them).

    ``module`` is the module defining the names: an .olean path, or a module name looked up on
    ``search_path`` (folders as in LEAN_PATH), which also resolves every transitive import. Raises
    ``KeyError`` for a name the module lacks and ``OleanError`` for a missing or unreadable module
    or a reference no loaded module defines (the audit fails closed).
    """
    found = notable_dependencies(names, search_path, module=module)
    return {
        name: frozenset(f.name for f in facts if f.kind is ConstKind.AXIOM) for name, facts in found.items()
    }


def notable_dependencies(
    names: Iterable[str],
    search_path: Sequence[str | os.PathLike[str]],
    *,
    module: str | os.PathLike[str],
) -> dict[str, frozenset[ConstantFacts]]:
    """The notable constants (``ConstantFacts.notable``: axioms, ``unsafe``, ``implemented_by``,
    ``extern``) each of ``names`` transitively depends on, itself included; as ``axioms_of``."""
    root = _root(module, search_path)
    wanted = list(names)
    missing = [n for n in wanted if n not in root.constants]
    if missing:
        raise KeyError(f"not defined in {root.path}: {', '.join(missing)}")
    memo = _memo(root, search_path)
    env = memo[0]
    closures = _closures(wanted, env, memo[1])
    return {name: frozenset(env[n] for n in closure) for name, closure in closures.items()}


def environment(
    search_path: Sequence[str | os.PathLike[str]], *, module: str | os.PathLike[str]
) -> dict[str, ConstantFacts]:
    """Every constant ``module`` sees (its own and its transitive imports'), by full name."""
    return _memo(_root(module, search_path), search_path)[0]


def _root(module: str | os.PathLike[str], search_path: Sequence[str | os.PathLike[str]]) -> ModuleInfo:
    return read_module(
        module
        if not isinstance(module, str) or module.endswith(".olean")
        else find_module(module, search_path)
    )


def _memo(
    root: ModuleInfo, search_path: Sequence[str | os.PathLike[str]]
) -> tuple[dict[str, ConstantFacts], dict[str, frozenset[str]], list[ModuleInfo]]:
    """The environment of ``root`` and the closures known in it (cached per module versions)."""
    modules = {id(root): root}
    todo, seen = [root], set()
    while todo:
        for imp in todo.pop().imports:
            if imp not in seen:
                seen.add(imp)
                info = read_module(find_module(imp, search_path))
                modules[id(info)] = info
                todo.append(info)
    # Parsed modules are cached per file version and the memo keeps them alive, so these ids
    # name file versions for as long as the memo entry exists.
    key = tuple(sorted(modules))
    memo = _MEMO.pop(key, None)
    if memo is None:
        env: dict[str, ConstantFacts] = {}
        for info in modules.values():
            for name, facts in info.constants.items():
                env.setdefault(name, facts)
        memo = (env, {}, list(modules.values()))
    _MEMO[key] = memo
    while len(_MEMO) > 8:
        del _MEMO[next(iter(_MEMO))]
    return memo


def _edges(facts: ConstantFacts) -> Iterable[str]:
    return (*facts.references, *facts.constructors)


def _closures(
    wanted: list[str], env: dict[str, ConstantFacts], result: dict[str, frozenset[str]]
) -> dict[str, frozenset[str]]:
    """Sets of notable constants by an iterative Tarjan SCC pass (constants refer to each other in
    cycles).

    ``result`` holds closures already known (and receives the new ones).
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    work: list[tuple[str, list[str]]] = []  # the DFS path: (constant, successors left)

    def enter(name: str) -> None:
        facts = env.get(name)
        if facts is None:
            raise OleanError(f"constant {name} is referenced but defined in no loaded module")
        index[name] = low[name] = len(index)
        stack.append(name)
        on_stack.add(name)
        work.append((name, list(_edges(facts))))

    for start in wanted:
        if start in result:
            continue
        enter(start)
        while work:
            name, succ = work[-1]
            if succ:
                nxt = succ.pop()
                if nxt in result:
                    continue
                if nxt not in index:
                    enter(nxt)
                elif nxt in on_stack:
                    low[name] = min(low[name], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[name])
            if low[name] == index[name]:
                members = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    members.append(m)
                    if m == name:
                        break
                acc: set[str] = set()
                group = set(members)
                for m in members:
                    facts = env[m]
                    if facts.notable:
                        acc.add(m)
                    for e in _edges(facts):
                        if e not in group:
                            acc |= result[e]
                closed = frozenset(acc)
                for m in members:
                    result[m] = closed
    return {n: result[n] for n in wanted}
