//! The `perinat` binary: everything is in the library's `cli` module.

// mimalloc: the month report loads and frees tens of thousands of records; with glibc's
// allocator the process spends about a third of its time in page faults (measured by
// `cargo bench --bench scale`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    perinat::cli::main()
}
