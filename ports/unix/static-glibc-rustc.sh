#!/bin/sh
# rustc wrapper for this workspace's own crates (`build.rustc-workspace-wrapper`
# in .cargo/config.toml). It passes every compilation through unchanged except
# one: the `pyrite` executable for a Linux/glibc target, which gets
# `-C target-feature=+crt-static` when the static glibc is installed, so that
# it links glibc statically (ports/unix/src/main.rs says why: start-up time),
# and `-C relocation-model=static`: a static-pie binary applies some 4800
# relocations at start-up, touching a dozen more pages (91 -> 79 page faults,
# `-c pass` 1.52 -> 1.45 ms under `perf stat -r 300`). The executable's own
# address is then fixed; the stack, heap and mmap regions stay randomised.
# RUSTFLAGS cannot do this: for the host target they also reach proc-macro
# crates (divan's, used by vm/benches), which cannot be built with crt-static.
rustc="$1"
shift

name=
crate_type=
target=
previous=
for argument in "$@"; do
    case "$previous" in
    --crate-name) name=$argument ;;
    --crate-type) crate_type=$argument ;;
    --target) target=$argument ;;
    esac
    previous=$argument
done

if [ "$name" = pyrite ] && [ "$crate_type" = bin ]; then
    if [ -z "$target" ]; then
        target=$("$rustc" -vV | sed -n 's/^host: //p')
    fi
    case "$target" in
    *-linux-gnu*)
        # `cc -print-file-name` prints a path only for a library it finds.
        case "$(cc -print-file-name=libc.a 2>/dev/null)" in
        /*) exec "$rustc" "$@" -C target-feature=+crt-static -C relocation-model=static ;;
        esac
        ;;
    esac
fi
exec "$rustc" "$@"
