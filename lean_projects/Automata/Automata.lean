import Automata.DFA
import Automata.Closure
import Automata.Examples

/-!
# Automata

Deterministic finite automata over an arbitrary alphabet: runs on words, the
accepted language (a set of words, from `Sets`), closure of these languages
under complement, intersection and union by the product construction, and
concrete automata proved to recognise what they should.
-/
