//! `cargo xtask size [DIR]`: the size report of a dist/ (the same text as `pygmy size`).

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The dist directory (default: dist/ at the repository root)
    dir: Option<PathBuf>,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let dir = args.dir.clone().unwrap_or_else(|| crate::project_root().join("dist"));
    print!("{}", packer::size::report(&dir)?);
    Ok(ExitCode::SUCCESS)
}
