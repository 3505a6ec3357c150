-- `#guard_msgs` around an example: the audit must not change its messages.
/-- info: 4 -/
#guard_msgs in
#eval 2 + 2

/-- warning: declaration uses `sorry` -/
#guard_msgs in
example : 1 = 1 := sorry

#guard_msgs in
example : 2 = 2 := rfl
