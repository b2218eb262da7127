//! The bytecode bundle of an app (`app.<hash>.pyb` in a `pygmy build` output): the app's main
//! code and the modules it imports, each serialized by `pygmy_bytecode::marshal`, in one file
//! the loader fetches and hands to the VM module by module (`add_module`).
//!
//! It also carries the source the app compiled at run time in the trace run (namedtuple's
//! `__new__` is an `eval`), precompiled under [`compile_key`], so such an app runs without
//! fetching the compiler chunk.
//!
//! Format (little-endian): `PYGB`, u32 count, then per entry: u16 name length, the name
//! (UTF-8; `__main__` is the app itself), u8 flags (1 = package, 2 = a precompiled run-time
//! source, named by its key), u32 code length, the code.

use anyhow::{bail, Context, Result};

const MAGIC: &[u8; 4] = b"PYGB";
/// The entry holding the app's own code.
pub const MAIN: &str = "__main__";

/// The key of a source compiled at run time: what the loader looks up when the VM asks its
/// host to compile (mode 0 exec, 1 eval, 2 single; the compile flags; the filename).
pub fn compile_key(mode: u32, flags: u32, filename: &str, source: &str) -> String {
    format!("{mode}:{flags}:{filename}\0{source}")
}

/// One module of a bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Module {
    pub name: String,
    pub is_package: bool,
    /// A precompiled run-time source (`name` is its [`compile_key`]), not a module.
    pub precompiled: bool,
    /// `marshal::dumps` of its code object.
    pub code: Vec<u8>,
}

pub fn encode(modules: &[Module]) -> Vec<u8> {
    let mut out = Vec::with_capacity(8 + modules.iter().map(|m| m.name.len() + m.code.len() + 7).sum::<usize>());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(modules.len() as u32).to_le_bytes());
    for m in modules {
        out.extend_from_slice(&(m.name.len() as u16).to_le_bytes());
        out.extend_from_slice(m.name.as_bytes());
        out.push(m.is_package as u8 | (m.precompiled as u8) << 1);
        out.extend_from_slice(&(m.code.len() as u32).to_le_bytes());
        out.extend_from_slice(&m.code);
    }
    out
}

pub fn decode(bytes: &[u8]) -> Result<Vec<Module>> {
    let mut at = 0usize;
    let mut take = |n: usize| -> Result<&[u8]> {
        let s = bytes.get(at..at + n).context("truncated bundle")?;
        at += n;
        Ok(s)
    };
    if take(4)? != MAGIC {
        bail!("not a pygmy bundle (no PYGB magic)");
    }
    let count = u32::from_le_bytes(take(4)?.try_into()?);
    let mut modules = Vec::new();
    for _ in 0..count {
        let n = u16::from_le_bytes(take(2)?.try_into()?) as usize;
        let name = std::str::from_utf8(take(n)?).context("module name is not UTF-8")?.to_owned();
        let flags = take(1)?[0];
        let len = u32::from_le_bytes(take(4)?.try_into()?) as usize;
        modules.push(Module { name, is_package: flags & 1 != 0, precompiled: flags & 2 != 0, code: take(len)?.to_vec() });
    }
    if at != bytes.len() {
        bail!("{} bytes after the last module of the bundle", bytes.len() - at);
    }
    Ok(modules)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        let mods = vec![
            Module { name: MAIN.into(), is_package: false, precompiled: false, code: vec![1, 2, 3] },
            Module { name: "json".into(), is_package: true, precompiled: false, code: vec![] },
            Module { name: "json.decoder".into(), is_package: false, precompiled: false, code: vec![9; 300] },
            Module { name: compile_key(1, 0, "<string>", "lambda: 1"), is_package: false, precompiled: true, code: vec![7] },
        ];
        let bytes = encode(&mods);
        assert_eq!(decode(&bytes).unwrap(), mods);
        assert!(decode(&bytes[..bytes.len() - 1]).is_err());
        assert!(decode(b"NOPE\0\0\0\0").is_err());
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(decode(&extra).is_err());
    }
}
