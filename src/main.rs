//! The `perinat` binary: everything is in the library's `cli` module.

fn main() -> std::process::ExitCode {
    perinat::cli::main()
}
