//! Writes each language's interface strings file for the app into a build's
//! output folder: `<dir>/strings/<lang>.<version>.json`. Trunk runs it after
//! every build (a `post_build` hook in `Trunk.toml`), so `trunk serve` and
//! `scripts/build.sh` both ship the files of the strings the app was built with.
//!
//!     strings-files [DIR]    (default: $TRUNK_STAGING_DIR)

use std::path::PathBuf;
use std::process::ExitCode;

use portal_core::address::files;
use portal_core::Locale;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
    else {
        eprintln!(
            "usage: strings-files DIR (or run as a Trunk hook, which sets TRUNK_STAGING_DIR)"
        );
        return ExitCode::from(2);
    };
    for locale in Locale::ALL {
        let path = dir.join(files::strings(locale).trim_start_matches('/'));
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, locale.strings_file()));
        if let Err(error) = written {
            eprintln!("strings-files: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
