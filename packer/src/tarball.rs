//! The release tarball of a `dist/`: `.tar.xz` (xz2, preset 9 extreme) with every file under
//! one top-level directory, in name order, with zeroed owners and times so the same `dist/`
//! always gives the same bytes. Written to a temp file beside the target and renamed.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// liblzma's LZMA_PRESET_EXTREME flag (xz2 does not re-export it): `xz -9e`.
const PRESET_EXTREME: u32 = 1 << 31;

/// Every file under `dir` (recursively) as a path relative to it, sorted.
fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let abs = dir.join(&rel);
        for entry in std::fs::read_dir(&abs).with_context(|| format!("reading {}", abs.display()))? {
            let entry = entry?;
            let path = rel.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Writes `dir` as `out` (`.tar.xz`), its files under `top/`. Returns the tarball's size.
pub fn write(dir: &Path, out: &Path, top: &str) -> Result<u64> {
    let files = files_under(dir)?;
    if !files.iter().any(|f| f == Path::new("manifest.json")) {
        anyhow::bail!("{} has no manifest.json: not a dist directory", dir.display());
    }
    let tmp = out.with_file_name(format!(".{}.tmp-{}", out.file_name().and_then(|n| n.to_str()).unwrap_or("dist.tar.xz"), std::process::id()));
    let r = (|| -> Result<()> {
        let file = std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        let mut tar = tar::Builder::new(xz2::write::XzEncoder::new(file, 9 | PRESET_EXTREME));
        for rel in &files {
            let bytes = std::fs::read(dir.join(rel)).with_context(|| format!("reading {}", rel.display()))?;
            let mut header = tar::Header::new_gnu();
            header.set_size(bytes.len() as u64);
            header.set_mode(0o644);
            header.set_mtime(0);
            header.set_uid(0);
            header.set_gid(0);
            header.set_entry_type(tar::EntryType::Regular);
            tar.append_data(&mut header, Path::new(top).join(rel), bytes.as_slice())?;
        }
        let mut xz = tar.into_inner()?;
        xz.flush()?;
        xz.finish()?.sync_all()?;
        std::fs::rename(&tmp, out).with_context(|| format!("renaming {} to {}", tmp.display(), out.display()))
    })();
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r?;
    Ok(std::fs::metadata(out)?.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn round_trips_and_is_reproducible() {
        let root = std::env::temp_dir().join(format!("pygmy-tarball-test-{}", std::process::id()));
        let dist = root.join("dist");
        std::fs::create_dir_all(dist.join("names")).unwrap();
        std::fs::write(dist.join("manifest.json"), "{}").unwrap();
        std::fs::write(dist.join("names/a.tsv"), "x\ty\n").unwrap();
        let (a, b) = (root.join("a.tar.xz"), root.join("b.tar.xz"));
        write(&dist, &a, "pygmy").unwrap();
        write(&dist, &b, "pygmy").unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap(), "same dist, same bytes");
        let mut tar = tar::Archive::new(xz2::read::XzDecoder::new(std::fs::File::open(&a).unwrap()));
        let mut seen = Vec::new();
        for e in tar.entries().unwrap() {
            let mut e = e.unwrap();
            let mut s = String::new();
            e.read_to_string(&mut s).unwrap();
            seen.push((e.path().unwrap().display().to_string(), s));
        }
        assert_eq!(seen, vec![("pygmy/manifest.json".into(), "{}".into()), ("pygmy/names/a.tsv".into(), "x\ty\n".into())]);
        assert!(write(&dist.join("names"), &root.join("c.tar.xz"), "pygmy").is_err(), "not a dist");
        std::fs::remove_dir_all(&root).unwrap();
    }
}
