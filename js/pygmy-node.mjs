// pygmy's operating system under Node: the answers to the VM's `os` import
// (vm/src/wasm_host.rs, `OsOp`) over node:fs and node:os, so that `open()`, `os.stat`,
// `os.listdir`, `os.mkdir`, `os.cpu_count` and the rest work in `node pygmy.mjs FILE.py` as
// in `pygmy run`. Only the Node CLI loads this file
// (`FILES.node`); a page has no file system and the VM answers ENOSYS there.
//
// Node has no lseek: each descriptor's position is kept here, and reads and writes are
// positional (as Emscripten's NODEFS does); O_APPEND writes go to the end.

// glibc's strerror texts for the errors node:fs reports (CPython prints them in OSError).
const MESSAGES = {
  1: 'Operation not permitted',
  2: 'No such file or directory',
  5: 'Input/output error',
  9: 'Bad file descriptor',
  11: 'Resource temporarily unavailable',
  13: 'Permission denied',
  16: 'Device or resource busy',
  17: 'File exists',
  18: 'Invalid cross-device link',
  20: 'Not a directory',
  21: 'Is a directory',
  22: 'Invalid argument',
  24: 'Too many open files',
  27: 'File too large',
  28: 'No space left on device',
  29: 'Illegal seek',
  30: 'Read-only file system',
  31: 'Too many links',
  32: 'Broken pipe',
  36: 'File name too long',
  38: 'Function not implemented',
  39: 'Directory not empty',
  40: 'Too many levels of symbolic links',
  95: 'Operation not supported',
};
const O_APPEND = 0o2000;

/** The VM's `os` host function over the given node:fs and node:os modules. */
export function nodeOs(fs, os) {
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const positions = new Map(); // fd -> { pos, append }
  const stat = (s) => {
    const out = new Uint8Array(13 * 8);
    const v = new DataView(out.buffer);
    const fields = [s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size, s.atimeNs, s.mtimeNs, s.ctimeNs, s.blksize, s.blocks, s.rdev];
    fields.forEach((f, i) => v.setBigInt64(i * 8, BigInt(f ?? 0), true));
    return out;
  };
  const file = (fd) => positions.get(fd) ?? { pos: 0, append: false };
  const ops = [
    /* 0 open */ (a, b, flags, mode) => {
      const fd = fs.openSync(dec.decode(a), flags, mode);
      positions.set(fd, { pos: 0, append: (flags & O_APPEND) !== 0 });
      return fd;
    },
    /* 1 read */ (a, b, fd, n) => {
      const f = file(fd);
      const buf = Buffer.alloc(n);
      // Standard input and pipes have no position: read where they are.
      const got = fs.readSync(fd, buf, 0, n, positions.has(fd) ? f.pos : null);
      f.pos += got;
      return new Uint8Array(buf.buffer, buf.byteOffset, got);
    },
    /* 2 write */ (a, data, fd) => {
      const f = file(fd);
      const n = fs.writeSync(fd, data, 0, data.length, f.append || !positions.has(fd) ? null : f.pos);
      f.pos = f.append ? fs.fstatSync(fd).size : f.pos + n;
      return n;
    },
    /* 3 seek */ (a, b, fd, offset, whence) => {
      const f = positions.get(fd);
      if (!f) throw Object.assign(new Error(), { errno: -29 });
      const base = whence === 0 ? 0 : whence === 1 ? f.pos : fs.fstatSync(fd).size;
      if (whence > 2 || base + offset < 0) throw Object.assign(new Error(), { errno: -22 });
      f.pos = base + offset;
      return f.pos;
    },
    /* 4 truncate */ (a, b, fd, len) => (fs.ftruncateSync(fd, len), 0),
    /* 5 close */ (a, b, fd) => (fs.closeSync(fd), positions.delete(fd), 0),
    /* 6 fstat */ (a, b, fd) => stat(fs.fstatSync(fd, { bigint: true })),
    /* 7 stat */ (a, b, follow) => stat((follow ? fs.statSync : fs.lstatSync)(dec.decode(a), { bigint: true })),
    /* 8 unlink */ (a) => (fs.unlinkSync(dec.decode(a)), 0),
    /* 9 rmdir */ (a) => (fs.rmdirSync(dec.decode(a)), 0),
    /* 10 mkdir */ (a, b, mode) => (fs.mkdirSync(dec.decode(a), { mode }), 0),
    /* 11 chmod */ (a, b, mode, follow) => {
      // As Linux's fchmodat without following: a symlink's own mode cannot be set.
      const p = dec.decode(a);
      if (!follow && fs.lstatSync(p).isSymbolicLink()) notSupported();
      fs.chmodSync(p, mode);
      return 0;
    },
    /* 12 chown */ (a, b, uid, gid, follow) => {
      const p = dec.decode(a);
      const s = fs.lstatSync(p);
      (follow ? fs.chownSync : fs.lchownSync)(p, uid < 0 ? s.uid : uid, gid < 0 ? s.gid : gid);
      return 0;
    },
    /* 13 rename */ (a, b) => (fs.renameSync(dec.decode(a), dec.decode(b)), 0),
    /* 14 symlink */ (a, b) => (fs.symlinkSync(dec.decode(a), dec.decode(b)), 0),
    /* 15 link */ (a, b) => (fs.linkSync(dec.decode(a), dec.decode(b)), 0),
    /* 16 readlink */ (a) => enc.encode(fs.readlinkSync(dec.decode(a))),
    /* 17 listdir */ (a) => enc.encode(fs.readdirSync(dec.decode(a)).map((n) => n + '\0').join('')),
    /* 18 getcwd */ () => enc.encode(process.cwd()),
    /* 19 chdir */ (a) => (process.chdir(dec.decode(a)), 0),
    /* 20 isatty */ (a, b, fd) => Number([process.stdin, process.stdout, process.stderr][fd]?.isTTY === true),
    /* 21 strerror */ (a, b, errno) => enc.encode(MESSAGES[errno] ?? ''),
    /* 22 cpu_count */ () => os.availableParallelism?.() ?? os.cpus().length,
    /* 23 getpid */ () => process.pid,
  ];
  function notSupported() {
    throw Object.assign(new Error(), { errno: -95 });
  }
  return (op, a, b, x, y, z) => {
    try {
      return ops[op](a, b, x, y, z);
    } catch (e) {
      // libuv's errors are negative Linux errnos on Linux.
      const errno = typeof e?.errno === 'number' && e.errno < 0 ? -e.errno : 5;
      return { errno, message: enc.encode(MESSAGES[errno] ?? `Unknown error ${errno}`) };
    }
  };
}
