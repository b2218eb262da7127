//! VM suspension (`Host::suspend`, `Vm::start_main`/`resume`): a host that takes sleeps and
//! late modules asynchronously must see the same output, tracebacks and exit status as one
//! that blocks, and the VM must stop only where no nested run loop sits on the Rust stack.

use pygmy_vm::host::{CompileFailure, Host, RunState, Suspension};
use pygmy_vm::Vm;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Default)]
struct State {
    out: Vec<u8>,
    /// What happened, in order: `suspend sleep 0.25`, `block sleep 0.1`, `suspend import m`.
    log: Vec<String>,
    files: HashMap<String, String>,
    /// Modules the host pretends to fetch asynchronously (found synchronously too, as a
    /// page's synchronous request would), and those that have "arrived".
    late: Vec<String>,
    arrived: Vec<String>,
    suspends: bool,
    /// Lines of stdin (`read_line`), then end of file.
    stdin: Vec<String>,
    /// The clock `time.monotonic` reads: sleeps and waits advance it instead of blocking.
    clock: f64,
    /// Where files not in `files` are read from (CPython's `Lib/`, for asyncio).
    lib: Option<std::path::PathBuf>,
    /// With `Some`, every function of main.py is a stub (`packer::lazy::split`) whose body is
    /// in this body chunk (number 0); `None` inside: the chunk cannot be had.
    bodies: Option<Option<Vec<u8>>>,
    /// Whether the body chunk has "arrived" (a suspension for it was taken).
    bodies_arrived: bool,
}

struct TestHost(Rc<RefCell<State>>);

impl Host for TestHost {
    fn write(&mut self, fd: u32, data: &[u8]) {
        let mut s = self.0.borrow_mut();
        if fd == 2 {
            s.out.extend_from_slice(b"[err]");
        }
        s.out.extend_from_slice(data);
    }

    fn sleep(&mut self, seconds: f64) {
        let mut s = self.0.borrow_mut();
        s.log.push(format!("block sleep {seconds}"));
        s.clock += seconds;
    }

    fn monotonic(&mut self) -> f64 {
        self.0.borrow().clock
    }

    fn suspend(&mut self, why: &Suspension) -> bool {
        let s = self.0.borrow();
        if !s.suspends {
            return false;
        }
        match why {
            Suspension::Sleep(_) | Suspension::Wait(_) => true,
            Suspension::Import(name) => s.late.contains(name) && !s.arrived.contains(name),
            Suspension::Input(_) => true,
            Suspension::Body(_) => !s.bodies_arrived,
        }
    }

    fn lazy_body(&mut self, at: pygmy_bytecode::BodyRef) -> Result<Vec<u8>, String> {
        let mut s = self.0.borrow_mut();
        s.log.push(format!("body {} {}", at.chunk, at.index));
        let chunk = s.bodies.clone().flatten().filter(|_| at.chunk == 0).ok_or_else(|| format!("body chunk main.body.pyl ({}) could not be fetched", at.chunk))?;
        packer::lazy::entry(&chunk, at.index).map(<[u8]>::to_vec).map_err(|e| format!("body chunk main.body.pyl: {e}"))
    }

    fn read_line(&mut self) -> Option<Vec<u8>> {
        let mut s = self.0.borrow_mut();
        let line = (!s.stdin.is_empty()).then(|| s.stdin.remove(0).into_bytes());
        s.log.push(format!("read {:?}", line.as_deref().map(String::from_utf8_lossy)));
        line
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        let s = self.0.borrow();
        match s.files.get(path) {
            Some(src) => Some(src.as_bytes().to_vec()),
            None => s.lib.as_ref().filter(|_| path.starts_with('/')).and_then(|_| std::fs::read(path).ok()),
        }
    }

    fn is_dir(&mut self, path: &str) -> bool {
        let prefix = format!("{path}/");
        let s = self.0.borrow();
        s.files.keys().any(|k| k.starts_with(&prefix)) || (s.lib.is_some() && path.starts_with('/') && std::path::Path::new(path).is_dir())
    }

    fn compile(&mut self, source: &str, filename: &str, mode: &str, flags: u32) -> Result<Vec<u8>, CompileFailure> {
        let options = pygmy_compiler::CompileOptions { flags, ..Default::default() };
        let mode = match mode {
            "eval" => pygmy_compiler::Mode::Eval,
            _ => pygmy_compiler::Mode::Exec,
        };
        match pygmy_compiler::compile(source, filename, mode, &options) {
            Ok(code) => Ok(pygmy_bytecode::marshal::dumps(&code)),
            Err(e) => panic!("test source does not compile: {}", e.message),
        }
    }
}

struct Outcome {
    out: String,
    log: Vec<String>,
    status: i32,
}

/// Runs `main.py` from `files` with `start_main`/`resume`, doing what a host does on each
/// suspension (recording it; a late module "arrives").
fn run(files: &[(&str, &str)], late: &[&str], suspends: bool) -> Outcome {
    run_with(files, late, suspends, &[], None)
}

fn run_with_stdin(files: &[(&str, &str)], late: &[&str], suspends: bool, stdin: &[&str]) -> Outcome {
    run_with(files, late, suspends, stdin, None)
}

fn run_with(files: &[(&str, &str)], late: &[&str], suspends: bool, stdin: &[&str], lib: Option<std::path::PathBuf>) -> Outcome {
    run_lazy(files, late, suspends, stdin, lib, None)
}

/// `run_with`, and with `corrupt` (a function of the body chunk) every function of main.py
/// a stub whose body is in body chunk 0 (`corrupt` may spoil it, or answer `None`: missing).
fn run_lazy(files: &[(&str, &str)], late: &[&str], suspends: bool, stdin: &[&str], lib: Option<std::path::PathBuf>, corrupt: Option<&dyn Fn(Vec<u8>) -> Option<Vec<u8>>>) -> Outcome {
    let state = Rc::new(RefCell::new(State {
        files: files.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        late: late.iter().map(|s| s.to_string()).collect(),
        suspends,
        stdin: stdin.iter().map(|s| s.to_string()).collect(),
        lib: lib.clone(),
        ..State::default()
    }));
    let mut vm = Vm::new(Box::new(TestHost(state.clone())));
    vm.set_argv(vec!["main.py".into()]);
    vm.set_sys_path([String::new()].into_iter().chain(lib.map(|l| l.display().to_string())).collect());
    let src = state.borrow().files["main.py"].clone();
    let mut code = pygmy_compiler::compile(&src, "main.py", pygmy_compiler::Mode::Exec, &Default::default()).expect("main compiles");
    if let Some(corrupt) = corrupt {
        let mut bodies = Vec::new();
        packer::lazy::split(&mut code, 0, &|_| false, 0, &mut bodies);
        state.borrow_mut().bodies = Some(corrupt(packer::lazy::encode(&bodies)));
    }
    let code = pygmy_vm::types::code::new_code(code);
    let mut st = vm.start_main(&code, "main.py");
    let status = loop {
        match st {
            RunState::Exited(status) => break status,
            RunState::Suspended(why) => {
                let mut s = state.borrow_mut();
                match why {
                    Suspension::Sleep(secs) => s.log.push(format!("suspend sleep {secs}")),
                    // Nothing but the clock can end a wait here (there is no JS to call in).
                    Suspension::Wait(secs) => {
                        let secs = secs.expect("a wait without a limit would never end in this host");
                        s.log.push(format!("suspend wait {secs:.3}"));
                        s.clock += secs;
                    }
                    Suspension::Import(name) => {
                        s.log.push(format!("suspend import {name}"));
                        s.arrived.push(name);
                    }
                    Suspension::Input(prompt) => s.log.push(format!("suspend input {prompt:?}")),
                    Suspension::Body(chunk) => {
                        s.log.push(format!("suspend body {chunk}"));
                        s.bodies_arrived = true;
                    }
                }
                drop(s);
                st = vm.resume();
            }
        }
    };
    let s = state.borrow();
    Outcome { out: String::from_utf8_lossy(&s.out).into_owned(), log: s.log.clone(), status }
}

/// The suspending run prints exactly what the blocking run prints; returns both logs.
fn same_both_ways(files: &[(&str, &str)], late: &[&str]) -> (Vec<String>, Vec<String>) {
    let blocking = run(files, late, false);
    let suspending = run(files, late, true);
    assert_eq!(suspending.out, blocking.out, "output differs when suspending");
    assert_eq!(suspending.status, blocking.status, "exit status differs when suspending");
    (blocking.log, suspending.log)
}

const SLEEPS: &str = r#"import time
print("a")
time.sleep(0.25)
print("b")
for i in range(2):
    time.sleep(0.5)
    print(i)
def f(n):
    if n:
        time.sleep(0.125)
        return f(n - 1) + 1
    return 0
print(f(2))
def g():
    yield 1
    time.sleep(2)
    yield 2
for x in g():
    print(x)
print(list(g()))
print(sorted([3, 1, 2], key=lambda k: (time.sleep(4), k)[1]))
list(map(time.sleep, [8, 16]))
class C:
    time.sleep(32)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print("end")
"#;

#[test]
fn sleeps_suspend_only_in_the_outermost_loop() {
    let (blocking, suspending) = same_both_ways(&[("main.py", SLEEPS)], &[]);
    assert!(blocking.iter().all(|l| l.starts_with("block")), "{blocking:?}");
    // Python->Python calls and FOR_ITER generators stay in the loop, so they suspend;
    // list(g()), a sort key and a class body run nested loops, so they block; two sleeps
    // called by one native `map` add up to one suspension.
    let expected = [
        "suspend sleep 0.25",
        "suspend sleep 0.5",
        "suspend sleep 0.5",
        "suspend sleep 0.125",
        "suspend sleep 0.125",
        "suspend sleep 2",
        "block sleep 2",
        "block sleep 4",
        "block sleep 4",
        "block sleep 4",
        "suspend sleep 24",
        "block sleep 32",
    ];
    assert_eq!(suspending, expected);
}

#[test]
fn a_traceback_after_suspending_is_unchanged() {
    let src = "import time\ndef h(x):\n    time.sleep(1)\n    return 1 / x\nprint(h(1))\nh(0)\n";
    let blocking = run(&[("main.py", src)], &[], false);
    let suspending = run(&[("main.py", src)], &[], true);
    assert_eq!(suspending.out, blocking.out);
    assert_eq!(suspending.status, 1);
    assert!(suspending.out.contains("ZeroDivisionError: division by zero"), "{}", suspending.out);
    assert!(suspending.out.contains("line 4, in h"), "{}", suspending.out);
    assert_eq!(suspending.log, ["suspend sleep 1", "suspend sleep 1"]);
}

#[test]
fn late_modules_suspend_the_import_and_run_it_again() {
    let files = [
        (
            "main.py",
            r#"import time
import late_a
print("main got", late_a.X)
import eager
def f():
    from pkg import sub
    import late_a
    return sub.Y
print(f())
try:
    import missing
except ImportError as e:
    print(type(e).__name__, e)
print(__import__("late_d").Z)
"#,
        ),
        ("late_a.py", "print('late_a runs')\nX = 1\n"),
        ("eager.py", "import late_b\nprint('eager got', late_b.W)\n"),
        ("late_b.py", "W = 2\n"),
        ("pkg/__init__.py", "print('pkg runs')\n"),
        ("pkg/sub.py", "Y = 3\n"),
        ("late_d.py", "Z = 4\n"),
    ];
    let late = ["late_a", "late_b", "pkg", "pkg.sub", "missing", "late_d"];
    let (blocking, suspending) = same_both_ways(&files, &late);
    assert!(blocking.is_empty(), "{blocking:?}");
    // late_b is imported by eager's body (a nested loop) and late_d by `__import__` (not
    // IMPORT_NAME): both are found synchronously. A module that never arrives is retried
    // once and then not found, as without suspension.
    assert_eq!(suspending, ["suspend import late_a", "suspend import pkg", "suspend import pkg.sub", "suspend import missing"]);
    let r = run(&files, &late, true);
    assert!(r.out.contains("ModuleNotFoundError No module named 'missing'"), "{}", r.out);
}

const INPUTS: &str = r#"name = input("name? ")
print("hello", name)
def ask(p):
    return input(p) + "!"
print([ask(">"), input(*["kw "])])
print(list(map(input, ["m1 ", "m2 "])))
class C:
    x = input("class ")
print(C.x)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        input("last ")
except EOFError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
input()
"#;

#[test]
fn input_suspends_at_a_call_and_resumes_with_the_line() {
    let stdin = ["Ada\n", "x\r\n", "y", "m1\n", "m2\n", "body\n"];
    let blocking = run_with_stdin(&[("main.py", INPUTS)], &[], false, &stdin);
    let suspending = run_with_stdin(&[("main.py", INPUTS)], &[], true, &stdin);
    assert_eq!(suspending.out, blocking.out, "output differs when suspending");
    assert_eq!(suspending.status, 1);
    assert_eq!(blocking.status, 1);
    let out = &suspending.out;
    assert!(out.starts_with("name? hello Ada\n>kw ['x!', 'y']\nm1 m2 ['m1', 'm2']\nclass body\nlast EOFError EOF when reading a line ZeroDivisionError\n"), "{out}");
    // The last input() raises at its own line, like a blocking read at EOF.
    assert!(out.contains("line 17, in <module>") && out.ends_with("EOFError: EOF when reading a line\n"), "{out}");
    // Calls by CALL/CALL_FUNCTION_EX suspend; map's calls and the class body's read at once.
    let expected = [
        "suspend input \"name? \"",
        "read Some(\"Ada\\n\")",
        "suspend input \">\"",
        "read Some(\"x\\r\\n\")",
        "suspend input \"kw \"",
        "read Some(\"y\")",
        "read Some(\"m1\\n\")",
        "read Some(\"m2\\n\")",
        "read Some(\"body\\n\")",
        "suspend input \"last \"",
        "read None",
        "suspend input \"\"",
        "read None",
    ];
    assert_eq!(suspending.log, expected);
}

const ASYNCIO: &str = r#"import asyncio
async def job(n, d):
    await asyncio.sleep(d)
    print("job", n)
    return n * 10
async def main():
    print(await asyncio.gather(job(1, 0.3), job(2, 0.1), job(3, 0.2)))
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await asyncio.sleep(0.05)
            await q.put(i)
    asyncio.create_task(producer())
    print([await q.get() for _ in range(3)])
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.25)
    except asyncio.TimeoutError:
        print("timed out")
asyncio.run(main())
print("after run")
"#;

/// asyncio's loop waits in `select`, which a host that takes `Suspension::Wait` turns into
/// stops of the VM (a page's event loop keeps running); the program cannot tell.
#[test]
fn asyncio_waits_suspend_in_select() {
    let Some(lib) = stdlib_filter::locate::stdlib_dir() else {
        eprintln!("skipped: no CPython 3.11 Lib/ (see stdlib_filter::locate)");
        return;
    };
    let files = [("main.py", ASYNCIO)];
    let blocking = run_with(&files, &[], false, &[], Some(lib.clone()));
    let suspending = run_with(&files, &[], true, &[], Some(lib));
    assert_eq!(suspending.out, blocking.out);
    assert_eq!(suspending.status, 0, "{}", suspending.out);
    assert!(suspending.out.starts_with("job 2\njob 3\njob 1\n[10, 20, 30]\n[0, 1, 2]\ntimed out\nafter run\n"), "{}", suspending.out);
    assert!(blocking.log.iter().all(|l| l.starts_with("block")), "{:?}", blocking.log);
    // Every wait of the loop is a suspension; the first three are gather's timers.
    assert!(suspending.log.iter().all(|l| l.starts_with("suspend wait")), "{:?}", suspending.log);
    assert_eq!(suspending.log[..3], ["suspend wait 0.100", "suspend wait 0.100", "suspend wait 0.100"], "{:?}", suspending.log);
}

/// Lazily fetched function bodies (packer/src/lazy.rs): with every function of the app a
/// stub, calls (nested, methods, generators, closures, a decorator's wrapper, a class's
/// `__init__`), `__code__` attributes, `inspect.signature` and tracebacks give what CPython
/// printed (tests/lazy/app.out), whether the host blocks or suspends for the chunk.
#[test]
fn lazy_bodies_run_as_if_they_were_there() {
    let Some(lib) = stdlib_filter::locate::stdlib_dir() else {
        eprintln!("skipped: no CPython 3.11 Lib/ (see stdlib_filter::locate)");
        return;
    };
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("tests/lazy");
    let src = std::fs::read_to_string(root.join("app.py")).unwrap();
    let want = std::fs::read_to_string(root.join("app.out")).unwrap();
    let files = [("main.py", src.as_str())];
    let keep: &dyn Fn(Vec<u8>) -> Option<Vec<u8>> = &Some;
    for suspends in [false, true] {
        let r = run_lazy(&files, &[], suspends, &[], Some(lib.clone()), Some(keep));
        assert_eq!(r.out, want, "suspends: {suspends}; log: {:?}", r.log);
        assert_eq!(r.status, 0);
        // The bodies were loaded one by one, each once; a suspending host was asked once
        // (at the first call), before the body was read.
        let loads: Vec<&String> = r.log.iter().filter(|l| l.starts_with("body ")).collect();
        let distinct: std::collections::HashSet<_> = loads.iter().collect();
        assert!(loads.len() >= 10 && distinct.len() == loads.len(), "{:?}", r.log);
        let stops: Vec<&String> = r.log.iter().filter(|l| l.starts_with("suspend body")).collect();
        assert_eq!(stops.len(), suspends as usize, "{:?}", r.log);
        if suspends {
            assert!(r.log.iter().position(|l| l.starts_with("suspend body")) < r.log.iter().position(|l| l.starts_with("body ")), "{:?}", r.log);
        }
    }
}

/// A body chunk that cannot be fetched, or whose bytes are wrong, is an ImportError at the
/// call that needed it, naming the function and the chunk; never a panic.
#[test]
fn a_missing_or_corrupt_body_chunk_is_an_import_error() {
    let src = "def f(x):\n    y = x * 2\n    return [y, y + 1, y + 2]\n\ndef g():\n    return f(1) + f(2) + [3, 4, 5]\n\nprint('start')\ntry:\n    g()\nexcept ImportError as e:\n    print('ImportError:', e)\ng()\n";
    let files = [("main.py", src)];
    let cases: [(&str, &dyn Fn(Vec<u8>) -> Option<Vec<u8>>); 4] = [
        ("could not be fetched", &|_| None),
        ("truncated body chunk", &|b| Some(b[..b.len() - 3].to_vec())),
        ("not a body chunk", &|_| Some(b"junk".to_vec())),
        // Entry 0 swapped for entry 1: the body of another function.
        ("is the code of", &|b| {
            let (e0, e1) = (packer::lazy::entry(&b, 0).unwrap().to_vec(), packer::lazy::entry(&b, 1).unwrap().to_vec());
            Some(packer::lazy::encode(&[e1, e0]))
        }),
    ];
    for (what, corrupt) in cases {
        let r = run_lazy(&files, &[], true, &[], None, Some(corrupt));
        assert_eq!(r.status, 1, "{what}: {}", r.out);
        assert!(r.out.starts_with("start\nImportError: cannot load the code of g() (main.py, line 5): "), "{what}: {}", r.out);
        assert!(r.out.contains(what), "{what}: {}", r.out);
        assert!(r.out.contains("main.body.pyl") || what == "is the code of", "{what}: {}", r.out);
        // The uncaught one: a traceback through the line of the call, then the same error.
        let err = r.out.split_once("[err]").map_or("", |(_, e)| e);
        assert!(err.starts_with("Traceback (most recent call last):\n  File \"main.py\", line 13, in <module>\n") && err.contains("ImportError: cannot load the code of g()"), "{what}: {}", r.out);
    }
}
