/-
The `IO` monad: `EIO`, `BaseIO`, `IO.Error`, standard streams and printing, as in real Lean 4
(the stream operations are the engine's native ones).
-/
prelude
import Init.Data.Float

universe u v

/-- The token threaded through `IO` actions. -/
def IO.RealWorld : Type := Unit

/-- Actions that may throw `ε`. -/
def EIO (ε : Type) : Type → Type := EStateM ε IO.RealWorld

instance (ε : Type) : Monad (EIO ε) := inferInstanceAs (Monad (EStateM ε IO.RealWorld))
instance (ε : Type) : MonadExceptOf ε (EIO ε) := inferInstanceAs (MonadExceptOf ε (EStateM ε IO.RealWorld))
instance (ε : Type) : OrElse (EIO ε α) := ⟨MonadExcept.orElse⟩
instance {ε : Type} {α : Type} [Inhabited ε] : Inhabited (EIO ε α) := inferInstanceAs (Inhabited (EStateM ε IO.RealWorld α))

/-- Actions that do not throw. -/
def BaseIO := EIO Empty

instance : Monad BaseIO := inferInstanceAs (Monad (EIO Empty))

@[always_inline, inline] def BaseIO.toEIO (act : BaseIO α) : EIO ε α :=
  fun s => match act s with
  | EStateM.Result.ok a s => EStateM.Result.ok a s

instance : MonadLift BaseIO (EIO ε) := ⟨BaseIO.toEIO⟩

/-- Errors of `IO` actions. -/
inductive IO.Error where
  | alreadyExists (filename : Option String) (osCode : UInt32) (details : String)
  | otherError (osCode : UInt32) (details : String)
  | resourceBusy (osCode : UInt32) (details : String)
  | resourceVanished (osCode : UInt32) (details : String)
  | unsupportedOperation (osCode : UInt32) (details : String)
  | hardwareFault (osCode : UInt32) (details : String)
  | unsatisfiedConstraints (osCode : UInt32) (details : String)
  | illegalOperation (osCode : UInt32) (details : String)
  | protocolError (osCode : UInt32) (details : String)
  | timeExpired (osCode : UInt32) (details : String)
  | interrupted (filename : String) (osCode : UInt32) (details : String)
  | noFileOrDirectory (filename : String) (osCode : UInt32) (details : String)
  | invalidArgument (filename : Option String) (osCode : UInt32) (details : String)
  | permissionDenied (filename : Option String) (osCode : UInt32) (details : String)
  | resourceExhausted (filename : Option String) (osCode : UInt32) (details : String)
  | inappropriateType (filename : Option String) (osCode : UInt32) (details : String)
  | noSuchThing (filename : Option String) (osCode : UInt32) (details : String)
  | unexpectedEof
  | userError (msg : String)

instance : Inhabited IO.Error := ⟨.userError ""⟩

/-- An error with a message. -/
def IO.userError (s : String) : IO.Error := IO.Error.userError s

instance : Coe String IO.Error := ⟨IO.userError⟩

def IO.Error.toString : IO.Error → String
  | .userError msg => msg
  | .unexpectedEof => "end of file"
  | _ => "IO error"

instance : ToString IO.Error := ⟨IO.Error.toString⟩

/-- Actions with side effects that may throw `IO.Error`. -/
abbrev IO : Type → Type := EIO IO.Error

instance : MonadLift (EIO IO.Error) IO := ⟨id⟩

/-- A byte array (the data of binary streams). -/
structure ByteArray where
  data : Array UInt8

/-- A stream: a file handle or a standard stream. -/
structure IO.FS.Stream where
  flush   : IO Unit
  read    : USize → IO ByteArray
  write   : ByteArray → IO Unit
  getLine : IO String
  putStr  : String → IO Unit
  isTty   : BaseIO Bool

instance : Inhabited IO.FS.Stream :=
  ⟨{ flush := pure (), read := fun _ => pure ⟨#[]⟩, write := fun _ => pure (), getLine := pure "",
     putStr := fun _ => pure (), isTty := pure false }⟩

namespace IO

/-! The engine's native I/O uses another calling convention than this core's `EStateM`-based `IO`
(its native streams crash when called from here), so the standard streams are streams whose
operations fail with a clear error: programs using them check and elaborate, and `#eval` of one
reports that I/O is not available instead of printing. -/

/-- The error of every standard stream operation on this engine. -/
def unsupportedIO : IO.Error := IO.userError "I/O (standard streams) is not available on this engine"

/-- A stream whose operations fail with `unsupportedIO`. -/
def unsupportedStream : IO.FS.Stream where
  flush := throw unsupportedIO
  read := fun _ => throw unsupportedIO
  write := fun _ => throw unsupportedIO
  getLine := throw unsupportedIO
  putStr := fun _ => throw unsupportedIO
  isTty := pure false

def getStdin : BaseIO IO.FS.Stream := pure unsupportedStream
def getStdout : BaseIO IO.FS.Stream := pure unsupportedStream
def getStderr : BaseIO IO.FS.Stream := pure unsupportedStream

def Impl.print {α : Type u} [ToString α] (_s : α) : IO Unit := throw unsupportedIO

/-- Prints `s` on standard output. -/
@[implemented_by Impl.print] def print {α : Type u} [ToString α] (s : α) : IO Unit := do
  let out ← liftM (m := BaseIO) getStdout
  out.putStr (toString s)

def Impl.println {α : Type u} [ToString α] (s : α) : IO Unit := Impl.print ((toString s).push '\n')

/-- Prints `s` and a newline on standard output. -/
@[implemented_by Impl.println] def println {α : Type u} [ToString α] (s : α) : IO Unit :=
  print ((toString s).push '\n')

def Impl.eprint {α : Type u} [ToString α] (_s : α) : IO Unit := throw unsupportedIO

/-- Prints `s` on standard error. -/
@[implemented_by Impl.eprint] def eprint {α : Type u} [ToString α] (s : α) : IO Unit := do
  let out ← liftM (m := BaseIO) getStderr
  out.putStr (toString s)

def Impl.eprintln {α : Type u} [ToString α] (s : α) : IO Unit := Impl.eprint ((toString s).push '\n')

/-- Prints `s` and a newline on standard error. -/
@[implemented_by Impl.eprintln] def eprintln {α : Type u} [ToString α] (s : α) : IO Unit :=
  eprint ((toString s).push '\n')

end IO

namespace IO.FS.Stream

/-- Writes `s` and a newline. -/
def putStrLn (strm : IO.FS.Stream) (s : String) : IO Unit := strm.putStr (s.push '\n')

end IO.FS.Stream
