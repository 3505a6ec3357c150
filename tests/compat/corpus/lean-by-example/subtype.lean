-- Source: lean-ja/lean-by-example, LeanByExample/Type/Subtype.lean (MIT; Japanese prose comments omitted)
#check Subtype (fun n => n > 0)

#check { n : Nat // n > 0 }

unsafe def checkSubtype : IO Unit := do
  let x : Nat := 42
  let pos : { n : Nat // n > 0} := ⟨x, by omega⟩
  if ptrAddrUnsafe x != ptrAddrUnsafe pos then
    throw <| .userError "メモリアドレスが異なります。"

#eval checkSubtype

namespace Hidden --#

inductive Pos where
  | one
  | succ (n : Pos)

end Hidden --#
