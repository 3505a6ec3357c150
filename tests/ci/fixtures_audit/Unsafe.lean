-- An unsafe definition: the kernel never checks it.
unsafe def forged : Nat := unsafeCast "not a number"
theorem still_fine : 2 = 2 := rfl
