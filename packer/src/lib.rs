//! The packer library: what `cargo xtask dist` and the `pygmy` CLI share.
//!
//! - [`wasm`]: post-processing of the VM and compiler modules (walrus prune, binaryen `-Oz`,
//!   custom-section strip, names map, wasmparser validation);
//! - [`build`], [`bundle`]: `pygmy build`, an app with its precompiled imports;
//! - [`lazy`]: function bodies the trace run never entered, moved into lazily fetched chunks;
//! - [`compress`]: brotli (quality 11) and gzip siblings;
//! - [`manifest`]: content-hashed names, sha384 SRI, `manifest.json`;
//! - [`dist`]: the whole `dist/` pipeline, staged and atomic;
//! - [`size`]: the size report of a `dist/` (`pygmy size dist/`);
//! - [`split`]: native modules split off the core VM into lazily loaded wasm chunks;
//! - [`stdlib`]: CPython's `Lib/` as bytecode chunks that pages import from;
//! - [`ucd`]: the Unicode database blob `unicodedata` reads, from CPython's own;
//! - [`tarball`]: the reproducible `.tar.xz` release tarball of a `dist/`.

pub mod build;
pub mod bundle;
pub mod compress;
pub mod dist;
pub mod dominators;
pub mod lazy;
pub mod manifest;
pub mod size;
pub mod split;
pub mod stdlib;
pub mod tarball;
pub mod ucd;
pub mod wasm;
