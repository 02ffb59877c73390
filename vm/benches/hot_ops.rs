//! `cargo bench -p pyrite-vm`: micro-benchmarks of the VM's hot operations,
//! so a change that slows one of them shows. Each benchmark defines a
//! function in `__main__` (so its variables are registers, as in real
//! code), compiles a call to it once, and times running that call: a loop
//! of `N` iterations of the one operation. The whole-program comparisons
//! against CPython, C and MicroPython are `cargo xtask bench`.

use pyrite_vm::compile::CompileMode;
use pyrite_vm::objects::module;
use pyrite_vm::{Config, HeapMemory, Port, RunOutcome, Value, Vm};

/// Iterations of the measured operation per timed call.
const N: usize = 1000;
/// 8 MiB of GC heap on a 64-bit host: the loops' garbage fits many times.
const HEAP_WORDS: usize = 1 << 20;

fn main() {
    divan::main();
}

/// Output is thrown away; there is no clock or file system to speak of.
struct SilentPort;

impl Port for SilentPort {
    fn write_stdout(&mut self, _bytes: &[u8]) {}
    fn write_stderr(&mut self, bytes: &[u8]) {
        // Only a failing benchmark writes here (a traceback): show it.
        eprint!("{}", String::from_utf8_lossy(bytes));
    }
    fn ticks_us(&mut self) -> u64 {
        0
    }
    fn sleep_us(&mut self, _us: u64) {}
}

/// A VM that has run `setup` as `__main__` and compiled `call`, ready to
/// run it again and again.
struct Prepared {
    vm: Vm,
    code: Value,
    globals: Value,
}

impl Prepared {
    fn new(setup: &str, call: &str) -> Prepared {
        let memory = HeapMemory::Owned(vec![0usize; HEAP_WORDS].into_boxed_slice());
        let mut vm = Vm::with_config(memory, Box::new(SilentPort), &[], Config::default());
        assert_eq!(
            vm.run_main(setup, "<bench>"),
            RunOutcome::Completed,
            "the setup failed"
        );
        let main = vm.main_module("<bench>").expect("__main__ exists");
        let globals = module::dict(&vm, main);
        let code = vm
            .compile_to_code(call, "<bench>", CompileMode::Module)
            .expect("the call compiles");
        // The code object lives only here: root it against collections.
        vm.push_root(code);
        Prepared { vm, code, globals }
    }

    fn run(&mut self) {
        let result = self.vm.run_code(self.code, self.globals, Value::UNBOUND);
        assert!(result.is_ok(), "the benchmark raised");
    }
}

fn bench(bencher: divan::Bencher, setup: &str) {
    let mut prepared = Prepared::new(setup, &format!("f({N})"));
    bencher
        .counter(divan::counter::ItemsCount::new(N))
        .bench_local(|| prepared.run());
}

#[divan::bench(max_time = 0.5)]
fn for_in_range(bencher: divan::Bencher) {
    bench(bencher, "def f(n):\n    for i in range(n):\n        pass\n");
}

#[divan::bench(max_time = 0.5)]
fn small_int_add(bencher: divan::Bencher) {
    bench(
        bencher,
        "def f(n):\n    x = 0\n    i = 0\n    while i < n:\n        x = x + 3\n        i += 1\n    return x\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn global_load(bencher: divan::Bencher) {
    bench(
        bencher,
        "G = 7\ndef f(n):\n    for i in range(n):\n        x = G\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn attribute_load(bencher: divan::Bencher) {
    bench(
        bencher,
        "class P:\n    def __init__(self):\n        self.a = 1\n        self.b = 2\n\
         def f(n):\n    p = P()\n    for i in range(n):\n        x = p.b\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn method_call(bencher: divan::Bencher) {
    bench(
        bencher,
        "class C:\n    def m(self, x):\n        return x\n\
         def f(n):\n    c = C()\n    for i in range(n):\n        c.m(i)\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn dict_get_set(bencher: divan::Bencher) {
    bench(
        bencher,
        "def f(n):\n    d = {}\n    for i in range(n):\n        d[i & 63] = i\n        x = d[i & 31]\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn str_concat(bencher: divan::Bencher) {
    bench(
        bencher,
        "def f(n):\n    s = ''\n    for i in range(n):\n        s = s + 'x'\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn list_append(bencher: divan::Bencher) {
    bench(
        bencher,
        "def f(n):\n    items = []\n    for i in range(n):\n        items.append(i)\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn list_index_get(bencher: divan::Bencher) {
    bench(
        bencher,
        "T = [3, 1, 4, 1, 5, 9, 2, 6]\ndef f(n):\n    t = T\n    for i in range(n):\n        x = t[i & 7]\n        y = t[-1]\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn list_index_set(bencher: divan::Bencher) {
    bench(
        bencher,
        "def f(n):\n    t = [0] * 8\n    for i in range(n):\n        t[i & 7] = i\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn bytearray_index_get(bencher: divan::Bencher) {
    bench(
        bencher,
        "B = bytearray(range(64))\ndef f(n):\n    b = B\n    for i in range(n):\n        x = b[i & 63]\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn for_over_list(bencher: divan::Bencher) {
    bench(
        bencher,
        "L = list(range(1000))\ndef f(n):\n    for x in L:\n        pass\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn for_over_bytearray(bencher: divan::Bencher) {
    bench(
        bencher,
        "B = bytearray(1000)\ndef f(n):\n    for x in B:\n        pass\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn unpack_pair(bencher: divan::Bencher) {
    bench(
        bencher,
        "P = (1, 2)\ndef f(n):\n    p = P\n    for i in range(n):\n        a, b = p\n",
    );
}

#[divan::bench(max_time = 0.5)]
fn zip_unpack(bencher: divan::Bencher) {
    bench(
        bencher,
        "A = list(range(1000))\ndef f(n):\n    acc = 0\n    for x, y in zip(A, A):\n        acc += x * y\n",
    );
}
