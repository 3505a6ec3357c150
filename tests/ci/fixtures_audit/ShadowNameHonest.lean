-- Same shape: a definition with a name of its own.
namespace X
def Trivially : Prop := True
theorem t : Trivially := trivial
end X
