//! The `_socket` module, as far as socket.py and asyncio's event loop need: Linux's
//! constants, the error classes, and `socket` objects whose only endpoints are in-process
//! `socketpair()`s (a byte queue each way). asyncio's selector loop wakes itself through such
//! a pair; `select.select` reports their readiness. Neither host has network sockets, so
//! creating any other socket raises OSError(EAFNOSUPPORT), and bind/connect/listen/accept
//! raise ENOSYS. Endpoint descriptors are numbered from 1000 so they never collide with the
//! host's file descriptors (they are not reused).

use crate::error::{type_error, value_error, ExcType, PyResult};
use crate::modules::support::{add_type, alloc_native, native_type, new_module, set_attr, this};
use crate::modules::util::os_error;
use crate::types::builtin::{method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::dict::DictData;
use crate::types::native::NativeObject;
use crate::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

const AF_UNIX: i64 = 1;
const AF_INET: i64 = 2;
const SOCK_STREAM: i64 = 1;
const EBADF: i32 = 9;
const EAGAIN: i32 = 11;
const EPIPE: i32 = 32;
const ENOTCONN: i32 = 107;
const EAFNOSUPPORT: i32 = 97;

/// CPython's values on Linux for the families, kinds and options that socket.py, asyncio and
/// selectors name, as "NAME value" pairs in one string (a table of (&str, i64) would cost the
/// core's data segment 16 bytes more per entry).
const CONSTANTS: &str = "AF_UNSPEC 0 AF_UNIX 1 AF_INET 2 AF_INET6 10 SOCK_STREAM 1 SOCK_DGRAM 2 SOCK_RAW 3 \
SOCK_SEQPACKET 5 SOCK_NONBLOCK 2048 SOCK_CLOEXEC 524288 SOL_SOCKET 1 SOL_IP 0 SOL_TCP 6 SOL_UDP 17 \
SO_DEBUG 1 SO_REUSEADDR 2 SO_TYPE 3 SO_ERROR 4 SO_BROADCAST 6 SO_SNDBUF 7 SO_RCVBUF 8 SO_KEEPALIVE 9 \
SO_LINGER 13 SO_REUSEPORT 15 SO_RCVTIMEO 20 SO_SNDTIMEO 21 SO_PROTOCOL 38 SO_DOMAIN 39 SOMAXCONN 4096 \
IPPROTO_IP 0 IPPROTO_ICMP 1 IPPROTO_TCP 6 IPPROTO_UDP 17 IPPROTO_IPV6 41 IPPROTO_RAW 255 IPV6_V6ONLY 26 \
TCP_NODELAY 1 TCP_KEEPIDLE 4 TCP_KEEPINTVL 5 TCP_KEEPCNT 6 MSG_OOB 1 MSG_PEEK 2 MSG_DONTWAIT 64 \
MSG_WAITALL 256 MSG_NOSIGNAL 16384 AI_PASSIVE 1 AI_CANONNAME 2 AI_NUMERICHOST 4 AI_ADDRCONFIG 32 \
AI_NUMERICSERV 1024 NI_NUMERICHOST 1 NI_NUMERICSERV 2 NI_MAXHOST 1025 NI_MAXSERV 32 SHUT_RD 0 SHUT_WR 1 \
SHUT_RDWR 2 SCM_RIGHTS 1 INADDR_ANY 0 INADDR_LOOPBACK 2130706433 INADDR_BROADCAST 4294967295 \
EAI_AGAIN -3 EAI_FAIL -4 EAI_FAMILY -6 EAI_NONAME -2 EAI_SERVICE -8";

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("socketpair", sock_socketpair),
    ("getdefaulttimeout", sock_getdefaulttimeout),
    ("setdefaulttimeout", sock_setdefaulttimeout),
    ("gethostname", sock_gethostname),
    ("htons", sock_htons),
    ("ntohs", sock_htons),
    ("htonl", sock_htonl),
    ("ntohl", sock_htonl),
    ("close", sock_close_fd),
];

/// One end of an in-process socket pair.
struct Endpoint {
    peer: Option<i64>,
    /// Bytes sent by the peer and not yet received.
    incoming: VecDeque<u8>,
    /// The peer closed or shut down writing: reads past the queue give b"".
    eof: bool,
    family: i64,
    kind: i64,
    proto: i64,
}

thread_local! {
    /// Open endpoints, indexed by descriptor - FIRST_FD (a slot stays None once closed).
    static ENDPOINTS: RefCell<Table> = const { RefCell::new(Table(Vec::new())) };
    /// `setdefaulttimeout()`: negative is None (blocking).
    static DEFAULT_TIMEOUT: Cell<f64> = const { Cell::new(-1.0) };
    /// Endpoints of sockets freed without close(), closed at the module's next use: a
    /// native object's drop runs in the core, which should not carry the endpoint table.
    static DROPPED: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
}

/// Closes the endpoints of sockets that were freed while open.
fn reap() {
    let fds = DROPPED.with(|d| std::mem::take(&mut *d.borrow_mut()));
    for fd in fds {
        close_endpoint(fd);
    }
}

/// The first descriptor number an endpoint gets.
const FIRST_FD: i64 = 1000;

/// The endpoint table: a Vec (a map type would bring its code and panic strings into the
/// core's data segment).
struct Table(Vec<Option<Endpoint>>);

impl Table {
    fn get(&self, fd: &i64) -> Option<&Endpoint> {
        self.0.get(usize::try_from(fd - FIRST_FD).ok()?)?.as_ref()
    }
    fn get_mut(&mut self, fd: &i64) -> Option<&mut Endpoint> {
        self.0.get_mut(usize::try_from(fd - FIRST_FD).ok()?)?.as_mut()
    }
    fn remove(&mut self, fd: &i64) -> Option<Endpoint> {
        self.0.get_mut(usize::try_from(fd - FIRST_FD).ok()?)?.take()
    }
    /// Adds an endpoint, returning its descriptor.
    fn insert(&mut self, ep: Endpoint) -> i64 {
        self.0.push(Some(ep));
        FIRST_FD + self.0.len() as i64 - 1
    }
}

/// Closes an endpoint: its peer sees end of file.
fn close_endpoint(fd: i64) -> bool {
    ENDPOINTS
        .try_with(|e| {
            let mut e = e.borrow_mut();
            let Some(ep) = e.remove(&fd) else { return false };
            if let Some(p) = ep.peer.and_then(|p| e.get_mut(&p)) {
                p.eof = true;
                p.peer = None;
            }
            true
        })
        .unwrap_or(false)
}

/// Readiness of an in-process endpoint for `select`: None when `fd` is not one.
pub fn readiness(fd: i64) -> Option<(bool, bool)> {
    reap();
    ENDPOINTS.with(|e| e.borrow().get(&fd).map(|ep| (!ep.incoming.is_empty() || ep.eof, ep.peer.is_some())))
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("_socket", FUNCTIONS);
    let mut words = CONSTANTS.split_ascii_whitespace();
    while let (Some(name), Some(v)) = (words.next(), words.next()) {
        set_attr(&m, name, Value::int(v.parse().unwrap_or(0)));
    }
    set_attr(&m, "has_ipv6", Value::bool(false));
    set_attr(&m, "error", ExcType::OSError.type_value());
    set_attr(&m, "timeout", ExcType::TimeoutError.type_value());
    let ty = crate::runtime::rt().ty(crate::runtime::BT::Type);
    for name in ["herror", "gaierror"] {
        let ns = Value::dict();
        if let Some(d) = ns.downcast::<DictData>() {
            d.set_str(Value::intern("__module__"), Value::str("socket"));
        }
        let cls = vm.call(&ty, &[Value::str(name), Value::tuple(vec![ExcType::OSError.type_value()]), ns])?;
        set_attr(&m, name, cls);
    }
    let t = add_type(Some(&m), "_socket", "socket", None, &[SOCKET_METHODS], SOCKET_GETSETS, true);
    set_attr(&m, "SocketType", t);
    Ok(m)
}

// ---- socket objects ---------------------------------------------------------------------------

struct SocketObj {
    fd: Cell<i64>,
    family: Cell<i64>,
    kind: Cell<i64>,
    proto: Cell<i64>,
    /// Seconds; negative is None (blocking), 0 non-blocking.
    timeout: Cell<f64>,
}

impl NativeObject for SocketObj {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for SocketObj {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 {
            let _ = DROPPED.try_with(|d| d.borrow_mut().push(fd));
        }
    }
}

const SOCKET_METHODS: &[MethodDef] = &[
    staticmethod("__new__", socket_new),
    method("__init__", socket_init),
    method("__repr__", socket_repr),
    method("fileno", socket_fileno),
    method("close", socket_close),
    method("detach", socket_detach),
    method("setblocking", socket_setblocking),
    method("getblocking", socket_getblocking),
    method("settimeout", socket_settimeout),
    method("gettimeout", socket_gettimeout),
    method("recv", socket_recv),
    method("send", socket_send),
    method("sendall", socket_sendall),
    method("shutdown", socket_shutdown),
    method("getsockname", socket_getsockname),
    method("getpeername", socket_getpeername),
    method("setsockopt", socket_setsockopt),
    method("getsockopt", socket_getsockopt),
    method("bind", socket_unsupported),
    method("listen", socket_unsupported),
    method("connect", socket_unsupported),
    method("connect_ex", socket_unsupported),
    method("_accept", socket_unsupported),
];

const SOCKET_GETSETS: &[(&str, Getter, Option<Setter>)] =
    &[("family", sock_family, Some(readonly)), ("type", sock_type, Some(readonly)), ("proto", sock_proto, Some(readonly)), ("timeout", sock_timeout, None)];

fn readonly(_vm: &mut Vm, _v: &Value, _n: Option<Value>) -> PyResult<()> {
    Err(crate::error::attribute_error("readonly attribute"))
}

fn sock(v: &Value) -> PyResult<&SocketObj> {
    v.native::<SocketObj>().ok_or_else(|| type_error("descriptor requires a '_socket.socket' object"))
}

fn sock_family(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(sock(v)?.family.get()))
}
fn sock_type(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(sock(v)?.kind.get()))
}
fn sock_proto(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(sock(v)?.proto.get()))
}
fn timeout_value(t: f64) -> Value {
    if t < 0.0 {
        Value::none()
    } else {
        Value::float(t)
    }
}
fn sock_timeout(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(timeout_value(sock(v)?.timeout.get()))
}

fn socket_new(_vm: &mut Vm, args: Args) -> PyResult {
    let s = SocketObj { fd: Cell::new(-1), family: Cell::new(AF_INET), kind: Cell::new(SOCK_STREAM), proto: Cell::new(0), timeout: Cell::new(DEFAULT_TIMEOUT.with(|t| t.get())) };
    Ok(alloc_native(&args.all[0], s))
}

/// `socket(family=-1, type=-1, proto=-1, fileno=None)`.
fn socket_init(vm: &mut Vm, args: Args) -> PyResult {
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    let [family, kind, proto, fileno] = args.rest().bind("socket", ["family", "type", "proto", "fileno"], 0, 0)?;
    let mut int = |v: Option<Value>| -> PyResult<i64> {
        match v {
            None => Ok(-1),
            Some(v) => vm.to_ssize(&v),
        }
    };
    let (family, kind, proto) = (int(family)?, int(kind)?, int(proto)?);
    match fileno.filter(|f| !f.is_none()) {
        Some(f) => {
            let fd = vm.to_ssize(&f)?;
            if fd < 0 {
                return Err(value_error("negative file descriptor"));
            }
            let found = ENDPOINTS.with(|e| e.borrow().get(&fd).map(|ep| (ep.family, ep.kind, ep.proto)));
            let Some((f0, k0, p0)) = found else { return Err(os_error(vm, (EBADF, "Bad file descriptor".into()), None)) };
            s.fd.set(fd);
            s.family.set(if family == -1 { f0 } else { family });
            s.kind.set(if kind == -1 { k0 } else { kind });
            s.proto.set(if proto == -1 { p0 } else { proto });
        }
        None => {
            // No network: only socketpair() makes usable sockets.
            let _ = (family, kind, proto);
            return Err(os_error(vm, (EAFNOSUPPORT, "Address family not supported by protocol".into()), None));
        }
    }
    Ok(Value::none())
}

fn socket_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    Ok(Value::string(format!("<socket object, fd={}, family={}, type={}, proto={}>", s.fd.get(), s.family.get(), s.kind.get(), s.proto.get())))
}

fn socket_fileno(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("fileno", 0, 0)?;
    Ok(Value::int(this::<SocketObj>(&args, "_socket.socket")?.fd.get()))
}

fn socket_close(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("close", 0, 0)?;
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    let fd = s.fd.replace(-1);
    if fd >= 0 {
        close_endpoint(fd);
    }
    Ok(Value::none())
}

fn socket_detach(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("detach", 0, 0)?;
    Ok(Value::int(this::<SocketObj>(&args, "_socket.socket")?.fd.replace(-1)))
}

fn socket_setblocking(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("setblocking", 1, 1)?;
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    let blocking = vm.truthy(&pos[1])?;
    s.timeout.set(if blocking { -1.0 } else { 0.0 });
    Ok(Value::none())
}

fn socket_getblocking(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("getblocking", 0, 0)?;
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    Ok(Value::bool(s.timeout.get() != 0.0))
}

fn timeout_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if v.is_none() {
        return Ok(-1.0);
    }
    let t = vm.to_f64(v)?;
    if t < 0.0 {
        return Err(value_error("Timeout value out of range"));
    }
    Ok(t)
}

fn socket_settimeout(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("settimeout", 1, 1)?;
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    let t = timeout_arg(vm, &pos[1])?;
    s.timeout.set(t);
    Ok(Value::none())
}

fn socket_gettimeout(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("gettimeout", 0, 0)?;
    Ok(timeout_value(this::<SocketObj>(&args, "_socket.socket")?.timeout.get()))
}

/// The open endpoint of `s`, or OSError(EBADF).
fn open_fd(vm: &mut Vm, s: &SocketObj) -> PyResult<i64> {
    reap();
    let fd = s.fd.get();
    if fd < 0 || readiness(fd).is_none() {
        return Err(os_error(vm, (EBADF, "Bad file descriptor".into()), None));
    }
    Ok(fd)
}

fn socket_recv(vm: &mut Vm, args: Args) -> PyResult {
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    let [n, _flags] = args.rest().bind("recv", ["bufsize", "flags"], 1, 2)?;
    let n = vm.to_ssize(&n.unwrap_or_else(Value::none))?;
    if n < 0 {
        return Err(value_error("negative buffersize in recv"));
    }
    let fd = open_fd(vm, s)?;
    let got = ENDPOINTS.with(|e| {
        let mut e = e.borrow_mut();
        let ep = e.get_mut(&fd)?;
        if ep.incoming.is_empty() && !ep.eof {
            return None;
        }
        let k = (n as usize).min(ep.incoming.len());
        Some(ep.incoming.drain(..k).collect::<Vec<u8>>())
    });
    match got {
        Some(b) => Ok(Value::bytes(b)),
        // Nothing can arrive while this single thread waits: a blocking read fails too.
        None => Err(os_error(vm, (EAGAIN, "Resource temporarily unavailable".into()), None)),
    }
}

fn send_bytes(vm: &mut Vm, s: &SocketObj, data: &Value) -> PyResult<usize> {
    let Some(b) = crate::types::bytes::bytes_like(data) else {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", crate::types::typeobj::type_name(data))));
    };
    let fd = open_fd(vm, s)?;
    let sent = ENDPOINTS.with(|e| {
        let mut e = e.borrow_mut();
        let peer = e.get(&fd).and_then(|ep| ep.peer)?;
        e.get_mut(&peer)?.incoming.extend(b.iter().copied());
        Some(b.len())
    });
    sent.ok_or_else(|| os_error(vm, (EPIPE, "Broken pipe".into()), None))
}

fn socket_send(vm: &mut Vm, args: Args) -> PyResult {
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    let [data, _flags] = args.rest().bind("send", ["data", "flags"], 1, 2)?;
    Ok(Value::int(send_bytes(vm, s, &data.unwrap_or_else(Value::none))? as i64))
}

fn socket_sendall(vm: &mut Vm, args: Args) -> PyResult {
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    let [data, _flags] = args.rest().bind("sendall", ["data", "flags"], 1, 2)?;
    send_bytes(vm, s, &data.unwrap_or_else(Value::none))?;
    Ok(Value::none())
}

/// `shutdown(how)`: SHUT_WR / SHUT_RDWR end the peer's stream.
fn socket_shutdown(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("shutdown", 1, 1)?;
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    let how = vm.to_ssize(&pos[1])?;
    let fd = open_fd(vm, s)?;
    if how >= 1 {
        ENDPOINTS.with(|e| {
            let mut e = e.borrow_mut();
            if let Some(p) = e.get(&fd).and_then(|ep| ep.peer) {
                if let Some(pe) = e.get_mut(&p) {
                    pe.eof = true;
                }
            }
        });
    }
    Ok(Value::none())
}

fn socket_getsockname(vm: &mut Vm, args: Args) -> PyResult {
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    open_fd(vm, s)?;
    // An unnamed AF_UNIX socket's address is the empty string, as in CPython.
    Ok(Value::str(""))
}

fn socket_getpeername(vm: &mut Vm, args: Args) -> PyResult {
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    let fd = open_fd(vm, s)?;
    if ENDPOINTS.with(|e| e.borrow().get(&fd).and_then(|ep| ep.peer)).is_none() {
        return Err(os_error(vm, (ENOTCONN, "Transport endpoint is not connected".into()), None));
    }
    Ok(Value::str(""))
}

fn socket_setsockopt(vm: &mut Vm, args: Args) -> PyResult {
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    open_fd(vm, s)?;
    Ok(Value::none())
}

fn socket_getsockopt(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("getsockopt", 2, 3)?;
    let s = this::<SocketObj>(&args, "_socket.socket")?;
    open_fd(vm, s)?;
    let (level, opt) = (vm.to_ssize(&pos[1])?, vm.to_ssize(&pos[2])?);
    Ok(Value::int(match (level, opt) {
        (1, 3) => s.kind.get(),
        (1, 39) => s.family.get(),
        (1, 38) => s.proto.get(),
        _ => 0,
    }))
}

fn socket_unsupported(vm: &mut Vm, _args: Args) -> PyResult {
    Err(os_error(vm, crate::host::enosys(), None))
}

// ---- module functions -------------------------------------------------------------------------

/// `socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)`: two connected in-process sockets.
fn sock_socketpair(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("socketpair", 0, 3)?;
    let family = match pos.first() {
        Some(v) => vm.to_ssize(v)?,
        None => AF_UNIX,
    };
    let kind = match pos.get(1) {
        Some(v) => vm.to_ssize(v)?,
        None => SOCK_STREAM,
    };
    let proto = match pos.get(2) {
        Some(v) => vm.to_ssize(v)?,
        None => 0,
    };
    reap();
    let (a, b) = ENDPOINTS.with(|e| {
        let mut e = e.borrow_mut();
        let a = e.insert(Endpoint { peer: None, incoming: VecDeque::new(), eof: false, family, kind, proto });
        let b = e.insert(Endpoint { peer: Some(a), incoming: VecDeque::new(), eof: false, family, kind, proto });
        if let Some(ea) = e.get_mut(&a) {
            ea.peer = Some(b);
        }
        (a, b)
    });
    let t = native_type("_socket.socket");
    let timeout = DEFAULT_TIMEOUT.with(|t| t.get());
    let make = |fd| alloc_native(&t, SocketObj { fd: Cell::new(fd), family: Cell::new(family), kind: Cell::new(kind), proto: Cell::new(proto), timeout: Cell::new(timeout) });
    Ok(Value::tuple(vec![make(a), make(b)]))
}

fn sock_getdefaulttimeout(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("getdefaulttimeout", 0, 0)?;
    Ok(timeout_value(DEFAULT_TIMEOUT.with(|t| t.get())))
}

fn sock_setdefaulttimeout(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("setdefaulttimeout", 1, 1)?;
    let t = timeout_arg(vm, &pos[0])?;
    DEFAULT_TIMEOUT.with(|d| d.set(t));
    Ok(Value::none())
}

fn sock_gethostname(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("gethostname", 0, 0)?;
    Ok(Value::str("localhost"))
}

fn unsigned_arg(vm: &mut Vm, v: &Value, bits: u32, what: &str) -> PyResult<u64> {
    let x = vm.to_ssize(v)?;
    if x < 0 {
        return Err(crate::error::overflow_error(format!("{what}: can't convert negative Python int to C {}", if bits == 16 { "16-bit unsigned integer" } else { "unsigned long" })));
    }
    if bits == 16 && x > 0xffff {
        return Err(crate::error::overflow_error(format!("{what}: Python int too large to convert to C 16-bit unsigned integer")));
    }
    if bits == 32 && x > 0xffff_ffff {
        return Err(crate::error::overflow_error("int larger than 32 bits"));
    }
    Ok(x as u64)
}

fn sock_htons(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("htons", 1, 1)?;
    let x = unsigned_arg(vm, &pos[0], 16, "htons")? as u16;
    Ok(Value::int(x.swap_bytes() as i64))
}

fn sock_htonl(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("htonl", 1, 1)?;
    let x = unsigned_arg(vm, &pos[0], 32, "htonl")? as u32;
    Ok(Value::int(x.swap_bytes() as i64))
}

/// `_socket.close(fd)`.
fn sock_close_fd(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("close", 1, 1)?;
    let fd = vm.to_ssize(&pos[0])?;
    if !close_endpoint(fd) {
        return Err(os_error(vm, (EBADF, "Bad file descriptor".into()), None));
    }
    Ok(Value::none())
}
