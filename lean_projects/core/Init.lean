prelude
import Init.Prelude
import Init.Coe
import Init.Notation
import Init.Tactics
import Init.RCases
import Init.Core
import Init.SimpLemmas
import Init.Classical
import Init.PropLemmas
import Init.Data.Nat
import Init.Data.List
import Init.Data.Bool.Lemmas
import Init.Data.Option
import Init.WF
import Init.Data.Int
import Init.Omega
import Init.Data.Prod
