-- Inside `namespace X`, `False` reads as the core `False` but is `X.False`, which is `True`.
namespace X
def False : Prop := True
theorem t : False := trivial
end X
