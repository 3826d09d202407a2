//! The `maillage` binary: everything lives in the library; see `cli::main`.

fn main() -> std::process::ExitCode {
    maillage::cli::main()
}
