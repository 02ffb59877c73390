#!/bin/sh
# Boot the firmware under QEMU: `./run.sh ELF [--stats] [script.py [args]]`
# (cargo's runner: `cargo run --release -- script.py`). Paths are relative
# to the current directory; QEMU's exit status is the program's.
elf="$1"
shift
semihosting="enable=on,target=native,arg=pyrite"
for arg in "$@"; do
    semihosting="$semihosting,arg=$arg"
done
exec qemu-system-arm -M mps2-an386 -nographic -monitor none -serial stdio \
    -semihosting-config "$semihosting" -kernel "$elf"
