-- Source: edwardzcn-decade/fp-lean-exercise, ch1/Datatypes.lean (exercises following
-- "Functional Programming in Lean"; licence not stated in the repository; commented-out code omitted)
def pred (n: Nat): Nat :=
  match n with
  | Nat.zero => Nat.zero
  | Nat.succ k => k

def plus (n k : Nat) : Nat :=
  match k with
  | Nat.zero => n
  | Nat.succ k' => Nat.succ (plus n k')

def times (n k: Nat): Nat :=
  match k with
  | Nat.zero => Nat.zero
  | Nat.succ k' => plus n (times n k')

def minus (n k: Nat): Nat :=
  match k with
  | Nat.zero => n
  | Nat.succ k' => pred (minus n k')
