-- A slow computation: `decide` on `spin 100000 = 0` runs for seconds and takes hundreds of MB
-- when heartbeats are unlimited (the deep recursion needs the raised `maxRecDepth`).
def spin : Nat → Nat
  | 0 => 0
  | n + 1 => spin n

set_option maxRecDepth 1000000
