"""The driver of `cargo xtask cpython-tests`: runs CPython test modules with unittest, under
CPython or pygmy alike, and records what happened to each test, one line per event, in a file.

    driver.py RECORD SKIP MODULE...

RECORD is appended to and flushed after every line, so whatever ran before a crash or a kill
is kept. Lines are tab-separated: `load-error MODULE LAST-LINE` (the module or one of its
submodules does not import); `start ID`, then what happened: `pass ID` (an expected failure
is a pass too, as unittest counts it), `fail ID LAST-LINE`, `error ID LAST-LINE` (a test can
have several: its subtests, its tearDown), `skip ID REASON`, then `end ID`; and `done` at the
very end. A fixture that fails (setUpClass) is an `error` of an ID that is no test. SKIP
is a file of test IDs (one per line) not to run again, because an earlier attempt already
ran them or hung or crashed in them; `-` for none.
"""

import sys
import traceback
import unittest


def clean(text):
    return " ".join(str(text).split())


def last_line(exc_info):
    exc_type, exc, _ = exc_info
    # The last line of the message: the loader's ImportError carries a whole traceback.
    lines = "".join(traceback.format_exception_only(exc_type, exc)).strip().splitlines()
    return clean(lines[-1]) if lines else clean(exc_type.__name__)


class Recorder(unittest.TestResult):
    def __init__(self, emit):
        super().__init__()
        self.emit = emit

    def startTest(self, test):
        super().startTest(test)
        self.emit("start", test.id())

    def stopTest(self, test):
        super().stopTest(test)
        self.emit("end", test.id())

    def addSuccess(self, test):
        self.emit("pass", test.id())

    def addExpectedFailure(self, test, err):
        self.emit("pass", test.id())

    def addUnexpectedSuccess(self, test):
        self.emit("fail", test.id(), "unexpected success")

    def addSkip(self, test, reason):
        self.emit("skip", test.id(), reason)

    def addFailure(self, test, err):
        self.emit("fail", test.id(), last_line(err))

    def addError(self, test, err):
        # The loader turns a submodule that does not import into a test that raises its error.
        if type(test).__name__ == "_FailedTest":
            self.emit("load-error", test.id(), last_line(err))
        else:
            self.emit("error", test.id(), last_line(err))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            kind = "fail" if issubclass(err[0], test.failureException) else "error"
            self.emit(kind, test.id(), last_line(err))


def import_os_helper():
    """Imports test.support.os_helper where str cannot hold a lone surrogate.

    pygmy's str is UTF-8 and refuses lone surrogates (a documented divergence), so the
    surrogateescape decode that os_helper runs at import to make TESTFN_UNENCODABLE raises,
    and no test module that uses test.support would import. There, os_helper is imported as on
    the platforms that deny undecodable file names (its own list: darwin, emscripten, wasi):
    TESTFN_UNENCODABLE stays None and the tests that need it skip. Only that one module-level
    test reads sys.platform against that list; sys.platform is put back right after.
    """
    try:
        b"\xff".decode("utf-8", "surrogateescape")
        return
    except ValueError:
        pass
    import test.support  # its own platform flags (is_wasi…) are read with the real platform

    platform = sys.platform
    sys.platform = "wasi"
    try:
        import test.support.os_helper
    finally:
        sys.platform = platform


def fill_in_emscripten():
    """Gives pygmy's wasm build what CPython's Emscripten build has and test modules read.

    Under Node (`node pygmy.mjs`) `sys.platform` is "emscripten", but there is no
    `sys._emscripten_info`, which test.support.threading_helper reads at import to learn
    whether threads can start (test_itertools, test_functools, test_enum, test_hashlib and
    test_weakref would not import), and `sys.executable` is "pygmy", a file that does not exist,
    which platform.libc_ver() opens (test_time calls it while its class body runs). The
    stand-ins say what holds there: no pthreads (a thread does not start), no shared memory, and
    an empty `sys.executable`, as CPython leaves it when it cannot tell its own path. They stay
    for the whole run, as the real ones would.

    test.support also takes Emscripten to have no sockets, and test_asyncio skips whole modules
    for that; pygmy's wasm build has them (through Node), so where `socket.socketpair()` works,
    `has_socket_support` says so.
    """
    if sys.platform != "emscripten":
        return
    if not hasattr(sys, "_emscripten_info"):
        import types

        sys._emscripten_info = types.SimpleNamespace(emscripten_version=(0, 0, 0), runtime="pygmy", pthreads=False, shared_memory=False)
    import os

    if sys.executable and not os.path.isfile(sys.executable):
        sys.executable = ""
    import socket
    import test.support

    try:
        for end in socket.socketpair():
            end.close()
    except (AttributeError, OSError):
        return
    test.support.has_socket_support = True


def load_with_placeholders(name):
    """The tests of test module `name`, loaded with stand-ins for CPython-only C modules.

    test_inspect imports `_pickle` (the C pickler, for a few signature tests) and
    test_traceback's `requires_debug_ranges` asks `_testinternalcapi` (CPython's own test hooks)
    whether code objects carry column positions, both while the module loads. Without them the
    whole module would count 0, though almost all its tests are about something else. So while
    a test module loads (its package's submodules included), a missing one of these is a
    placeholder: an empty `_pickle` (a test that uses it fails with AttributeError), and a
    `_testinternalcapi` whose `get_config()` reports positions (pygmy keeps them:
    `co_positions`), so those tests run and are judged like the rest. The placeholders leave
    `sys.modules` once the tests are loaded, so code that checks for the real modules at test
    time (test.support's recursion depth, `pickle`'s choice of classes) sees them missing.
    Under CPython both exist and nothing changes.
    """
    import types

    added = []
    for placeholder in ("_pickle", "_testinternalcapi"):
        try:
            __import__(placeholder)
        except ImportError:
            module = types.ModuleType(placeholder, "placeholder (cargo xtask cpython-tests)")
            if placeholder == "_testinternalcapi":
                module.get_config = lambda: {"code_debug_ranges": True}
            sys.modules[placeholder] = module
            added.append(placeholder)
    try:
        __import__(name)
        return unittest.defaultTestLoader.loadTestsFromModule(sys.modules[name])
    finally:
        for placeholder in added:
            sys.modules.pop(placeholder, None)


def without(suite, skip):
    """The suite with the tests in `skip` left out, its nesting (so class and module fixtures) kept."""
    if not skip:
        return suite
    kept = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            kept.append(without(item, skip))
        elif item.id() not in skip:
            kept.append(item)
    try:
        return type(suite)(kept)
    except TypeError:  # a TestSuite subclass with its own constructor (datetimetester's)
        return unittest.TestSuite(kept)


def main():
    record_path, skip_path, names = sys.argv[1], sys.argv[2], sys.argv[3:]
    skip = set()
    if skip_path != "-":
        with open(skip_path, encoding="utf-8") as f:
            skip = set(line.strip() for line in f if line.strip())
    record = open(record_path, "a", encoding="utf-8")

    def emit(*fields):
        record.write("\t".join(clean(field) for field in fields) + "\n")
        record.flush()

    fill_in_emscripten()
    import_os_helper()
    result = Recorder(emit)
    for name in names:
        try:
            suite = load_with_placeholders(name)
        except BaseException:
            emit("load-error", name, last_line(sys.exc_info()))
            continue
        without(suite, skip).run(result)
    emit("done")
    record.close()


main()
