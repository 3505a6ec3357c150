theorem twenty : (decide (10 + 10 = 20)) = true := by decide
theorem twenty' : 10 + 10 = 20 := by decide
