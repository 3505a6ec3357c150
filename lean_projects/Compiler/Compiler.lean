import Compiler.Fold
import Compiler.Bool
import Compiler.Machine

/-!
# Compiler

An optimising compiler for a small expression language, on top of the
arithmetic expressions and stack machine of `Structures`: constant folding
proved to keep values, boolean expressions with comparisons and their
simplifier, and a boolean stack machine with a verified compiler.
-/
