//! Python exceptions on the Rust side: `PyErr` (a raised exception instance), `PyResult`, and
//! the table of builtin exception types with CPython 3.11's hierarchy.

use crate::runtime::rt;
use crate::value::Value;

/// A raised Python exception: always a normalized exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T = Value> = Result<T, PyErr>;

macro_rules! exc_types {
    ($($name:ident : $base:ident,)*) => {
        /// The builtin exception types, in an order where every base precedes its subclasses.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum ExcType { BaseException, $($name,)* }

        impl ExcType {
            pub const ALL: &'static [ExcType] = &[ExcType::BaseException, $(ExcType::$name,)*];

            pub fn name(self) -> &'static str {
                match self { ExcType::BaseException => "BaseException", $(ExcType::$name => stringify!($name),)* }
            }

            /// The base type (`None` for BaseException).
            pub fn base(self) -> Option<ExcType> {
                match self { ExcType::BaseException => None, $(ExcType::$name => Some(ExcType::$base),)* }
            }
        }
    };
}

exc_types! {
    BaseExceptionGroup: BaseException,
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    Exception: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ExceptionGroup: BaseExceptionGroup,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    BytesWarning: Warning,
    DeprecationWarning: Warning,
    EncodingWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    PendingDeprecationWarning: Warning,
    ResourceWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
    UserWarning: Warning,
}

impl ExcType {
    /// The type object (new reference).
    pub fn type_value(self) -> Value {
        // SAFETY: exception types are immortal after VM init.
        unsafe { Value::from_ptr(self.type_ptr()) }
    }

    pub fn type_ptr(self) -> *const crate::object::Header {
        // SAFETY: filled at VM init, never changed.
        unsafe { (&*rt().exc_types.get())[self as usize] }
    }
}

impl PyErr {
    /// A new exception of a builtin type with one string argument.
    pub fn new(t: ExcType, msg: impl Into<String>) -> PyErr {
        let msg = Value::str(&msg.into());
        PyErr(crate::types::exception::new_exception(&t.type_value(), vec![msg]))
    }

    /// A new exception of a builtin type with the given args.
    pub fn with_args(t: ExcType, args: Vec<Value>) -> PyErr {
        PyErr(crate::types::exception::new_exception(&t.type_value(), args))
    }

    /// Whether the exception is an instance of builtin type `t`.
    pub fn matches(&self, t: ExcType) -> bool {
        crate::types::typeobj::is_subtype_ptr(self.0.class_ptr(), t.type_ptr())
    }

    /// The exception instance.
    pub fn value(&self) -> &Value {
        &self.0
    }
}

/// Shorthand constructors for the common errors.
pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::TypeError, msg)
}
pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::ValueError, msg)
}
pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::IndexError, msg)
}
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::OverflowError, msg)
}
pub fn zero_division(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::ZeroDivisionError, msg)
}
pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::AttributeError, msg)
}
pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::RuntimeError, msg)
}
pub fn system_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::SystemError, msg)
}
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(ExcType::KeyError, vec![key])
}
pub fn stop_iteration() -> PyErr {
    PyErr::with_args(ExcType::StopIteration, vec![])
}

/// A SyntaxError (or IndentationError/TabError) from a compile failure.
pub fn syntax_error_from(f: &crate::host::CompileFailure) -> PyErr {
    let t = match f.kind {
        "IndentationError" => ExcType::IndentationError,
        "TabError" => ExcType::TabError,
        "SystemError" => return PyErr::new(ExcType::SystemError, f.message.clone()),
        _ => ExcType::SyntaxError,
    };
    let text = f.text.as_ref().map(|t| Value::str(t)).unwrap_or_else(Value::none);
    let details = Value::tuple(vec![
        Value::str(&f.filename),
        Value::int(f.line as i64),
        Value::int(f.col as i64),
        text,
        Value::int(f.end_line as i64),
        f.end_col.map_or_else(Value::none, |c| Value::int(c as i64)),
    ]);
    PyErr::with_args(t, vec![Value::str(&f.message), details])
}
