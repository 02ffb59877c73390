//! The virtual file system: filesystem objects mounted at paths, above the
//! port's own files.
//!
//! A mount table maps mount points ("/", "/flash", ...) to filesystems.
//! At start-up it holds one entry, the port's files at "/" (`Port::files`
//! and `Port::read_file`, recorded as None); `vfs.mount(obj, "/x")` adds
//! a Python object with MicroPython's filesystem methods (`open(path,
//! mode)`, `stat(path)`, `ilistdir(path)`, `mount(readonly, mkfs)`,
//! `umount()`), which then sees paths relative to its mount point, starting
//! with "/". `import`, `execfile`, `open()` and `os.listdir`/`os.stat` all
//! find files through `locate`, so a firmware port that mounts a flash
//! filesystem object gets them all.
//!
//! The table is a list of `(mount point, filesystem)` tuples in
//! `Vm::mounts` (a GC root), or UNBOUND while it is still the start-up
//! table, so a program that never mounts pays one check per lookup.
//! Relative paths go to the port's files while they are mounted at "/";
//! after `vfs.umount("/")` they are taken from "/".

use crate::builtins::os_error;
use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{bytes, list, str as pystr, tuple};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Where a path's file lives.
pub enum Location {
    /// In the port's files, under this path.
    Port(String),
    /// In a mounted filesystem object, at this path inside it.
    Mounted(Value, String),
}

/// The mount points and their filesystems (None: the port's files).
pub fn entries(vm: &Vm) -> Vec<(String, Value)> {
    if !vm.mounts.is_heap() {
        return alloc::vec![(String::from("/"), Value::NONE)];
    }
    list::items(vm, vm.mounts)
        .iter()
        .map(|&entry| {
            let parts = tuple::items(vm, entry);
            (String::from(pystr::text(vm, parts[0])), parts[1])
        })
        .collect()
}

/// Whether the port's files are still mounted at "/".
pub fn port_is_root(vm: &Vm) -> bool {
    entries(vm)
        .iter()
        .any(|(point, fs)| point == "/" && fs.is_none())
}

/// `path` made absolute, without a trailing '/' (except "/" itself), with
/// "." components dropped.
fn normalise(path: &str) -> String {
    let mut out = String::new();
    for part in path.split('/') {
        if part.is_empty() || part == "." {
            continue;
        }
        out.push('/');
        out.push_str(part);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Whether `path` (normalised) is `point` or inside it.
fn is_under(path: &str, point: &str) -> bool {
    point == "/"
        || path == point
        || (path.starts_with(point) && path.as_bytes().get(point.len()) == Some(&b'/'))
}

/// Which filesystem holds `path`; None when no mounted filesystem does.
pub fn locate(vm: &Vm, path: &str) -> Option<Location> {
    if !vm.mounts.is_heap() {
        return Some(Location::Port(String::from(path)));
    }
    if !path.starts_with('/') && port_is_root(vm) {
        return Some(Location::Port(String::from(path)));
    }
    let absolute = normalise(path);
    let (point, fs) = entries(vm)
        .into_iter()
        .filter(|(point, _)| is_under(&absolute, point))
        .max_by_key(|(point, _)| point.len())?;
    if fs.is_none() {
        let on_port = if path.starts_with('/') {
            String::from(path)
        } else {
            absolute
        };
        return Some(Location::Port(on_port));
    }
    let inside = if point == "/" {
        absolute
    } else if absolute.len() == point.len() {
        String::from("/")
    } else {
        String::from(&absolute[point.len()..])
    };
    Some(Location::Mounted(fs, inside))
}

fn no_such_file(vm: &mut Vm, path: &str) -> crate::error::Raised {
    os_error::raise(vm, crate::errno::ENOENT, Some(path))
}

/// The start-up table, made a list so it can change.
fn table(vm: &mut Vm) -> PyResult<Value> {
    if !vm.mounts.is_heap() {
        let point = pystr::new(vm, "/")?;
        vm.push_root(point);
        let entry = tuple::new(vm, &[point, Value::NONE]);
        vm.pop_roots(1);
        let entry = entry?;
        vm.push_root(entry);
        let made = list::new(vm, &[entry]);
        vm.pop_roots(1);
        vm.mounts = made?;
    }
    Ok(vm.mounts)
}

/// Add `fs` at `point` (`vfs.mount` has called its `mount` method). A
/// point at or inside another mount is refused (EPERM), except inside the
/// port's files at "/", which mounts may cover.
pub fn add_mount(vm: &mut Vm, fs: Value, point: &str) -> PyResult<()> {
    let point = normalise(point);
    let taken = entries(vm).iter().any(|(existing, existing_fs)| {
        *existing == point || (is_under(&point, existing) && !existing_fs.is_none())
    });
    if taken {
        return Err(os_error::raise(vm, crate::errno::EPERM, None));
    }
    let mounts = table(vm)?;
    let point = pystr::new(vm, &point)?;
    vm.push_root(point);
    let entry = tuple::new(vm, &[point, fs]);
    vm.pop_roots(1);
    let entry = entry?;
    list::append(vm, mounts, entry)
}

/// Take the mount at path `target` (a str), or of filesystem object
/// `target`, out of the table; returns its filesystem (None: the port's
/// files), or OSError(EINVAL) when nothing is mounted so.
pub fn remove_mount(vm: &mut Vm, target: Value) -> PyResult<Value> {
    let by_path = pystr::as_text(vm, target).map(normalise);
    let found = entries(vm).iter().position(|(point, fs)| match &by_path {
        Some(path) => point == path,
        None => *fs == target && !fs.is_none(),
    });
    let Some(index) = found else {
        return Err(os_error::raise(vm, crate::errno::EINVAL, None));
    };
    let mounts = table(vm)?;
    let entry = list::remove_at(vm, mounts, index);
    Ok(tuple::items(vm, entry)[1])
}

/// `fs.name(*args)` with `args` rooted by the caller.
fn call(vm: &mut Vm, fs: Value, name: &str, args: &[Value]) -> PyResult {
    let name = vm.intern(name);
    vm.call_method(fs, name, args)
}

/// Whether `fs` has a regular file at `inside`: its `stat` succeeds and
/// does not say directory; a filesystem without `stat` is asked to open it.
fn mounted_file_exists(vm: &mut Vm, fs: Value, inside: &str) -> PyResult<bool> {
    let stat_name = vm.intern("stat");
    let path = pystr::new(vm, inside)?;
    vm.push_root(path);
    let result = (|| {
        if ops::attr::lookup_attr(vm, fs, stat_name)?.is_none() {
            return match open_mounted(vm, fs, path, "rb") {
                Ok(file) => {
                    vm.push_root(file);
                    let closed = close_file(vm, file);
                    vm.pop_roots(1);
                    closed.map(|_| true)
                }
                Err(raised) => missing_or(vm, raised),
            };
        }
        match vm.call_method(fs, stat_name, &[path]) {
            Ok(result) => {
                let mode = match vm.heap.kind_of(result) {
                    Some(ObjKind::Tuple) => tuple::items(vm, result).first().copied(),
                    _ => None,
                };
                let is_directory = mode
                    .and_then(|m| m.as_small_int())
                    .is_some_and(|m| m & 0o170000 == 0o040000);
                Ok(!is_directory)
            }
            Err(raised) => missing_or(vm, raised),
        }
    })();
    vm.pop_roots(1);
    result
}

/// An OSError means "not there" (false); anything else propagates.
fn missing_or(vm: &mut Vm, raised: crate::error::Raised) -> PyResult<bool> {
    if vm.exception_matches(crate::types::OS_ERROR) {
        vm.take_exception();
        Ok(false)
    } else {
        Err(raised)
    }
}

fn open_mounted(vm: &mut Vm, fs: Value, path: Value, mode: &str) -> PyResult {
    let mode = pystr::new(vm, mode)?;
    vm.push_root(mode);
    let file = call(vm, fs, "open", &[path, mode]);
    vm.pop_roots(1);
    file
}

fn close_file(vm: &mut Vm, file: Value) -> PyResult<()> {
    let close = vm.intern("close");
    if ops::attr::lookup_attr(vm, file, close)?.is_some() {
        vm.call_method(file, close, &[])?;
    }
    Ok(())
}

/// Everything in the file `fs.open(inside, "rb")` returns, read with its
/// `readinto` (MicroPython's stream protocol) or else its `read`.
fn read_mounted(vm: &mut Vm, fs: Value, inside: &str) -> PyResult<Vec<u8>> {
    let path = pystr::new(vm, inside)?;
    vm.push_root(path);
    let file = open_mounted(vm, fs, path, "rb");
    vm.pop_roots(1);
    let file = file?;
    vm.push_root(file);
    let result = read_stream(vm, file).and_then(|data| close_file(vm, file).map(|_| data));
    vm.pop_roots(1);
    result
}

fn read_stream(vm: &mut Vm, file: Value) -> PyResult<Vec<u8>> {
    const CHUNK: usize = 256;
    let (readinto, read) = (vm.intern("readinto"), vm.intern("read"));
    let limit = vm.heap.bytes_total();
    let mut data = Vec::new();
    if ops::attr::lookup_attr(vm, file, readinto)?.is_some() {
        loop {
            // A fresh buffer each time: a Python `readinto` may resize it
            // (`buf[:] = shorter`), and only what it filled counts.
            let buffer = bytes::new_bytearray(vm, &[0; CHUNK])?;
            vm.push_root(buffer);
            let got = vm.call_method(file, readinto, &[buffer]);
            vm.pop_roots(1);
            let got = got?;
            let n = if got.is_none() {
                0
            } else {
                ops::convert::index_isize(vm, got)?.max(0) as usize
            };
            let filled = bytes::data(vm, buffer);
            let n = n.min(filled.len());
            data.extend_from_slice(&filled[..n]);
            if n == 0 {
                break;
            }
            if data.len() > limit {
                return Err(vm.raise_memory_error());
            }
        }
        return Ok(data);
    }
    if ops::attr::lookup_attr(vm, file, read)?.is_some() {
        let content = vm.call_method(file, read, &[])?;
        if let Some(text) = pystr::as_text(vm, content) {
            return Ok(text.as_bytes().to_vec());
        }
        if crate::buffer::is_buffer(vm, content) {
            return Ok(crate::buffer::data(vm, content).to_vec());
        }
    }
    // Not a stream (a filesystem's `open` returned None, say).
    Err(os_error::raise(vm, crate::errno::EINVAL, None))
}

/// The contents of the file at `path`, for `import`: None when there is
/// no such file.
pub fn read_if_exists(vm: &mut Vm, path: &str) -> PyResult<Option<Vec<u8>>> {
    match locate(vm, path) {
        Some(Location::Port(on_port)) => Ok(vm.port.read_file(&on_port)),
        Some(Location::Mounted(fs, inside)) => {
            vm.push_root(fs);
            let result = match mounted_file_exists(vm, fs, &inside) {
                Ok(true) => read_mounted(vm, fs, &inside).map(Some),
                Ok(false) => Ok(None),
                Err(raised) => Err(raised),
            };
            vm.pop_roots(1);
            result
        }
        None => Ok(None),
    }
}

/// Whether there is a file at `path` (its contents unread when it is on a
/// mounted filesystem).
pub fn exists(vm: &mut Vm, path: &str) -> PyResult<bool> {
    match locate(vm, path) {
        Some(Location::Port(on_port)) => {
            let found = match vm.port().files() {
                Some(files) => files.stat(&on_port).map(|found| !found.is_directory),
                None => Err(crate::errno::ENOSYS),
            };
            Ok(match found {
                Ok(is_file) => is_file,
                Err(crate::errno::ENOSYS) => vm.port.read_file(&on_port).is_some(),
                Err(_) => false,
            })
        }
        Some(Location::Mounted(fs, inside)) => {
            vm.push_root(fs);
            let result = mounted_file_exists(vm, fs, &inside);
            vm.pop_roots(1);
            result
        }
        None => Ok(false),
    }
}

/// The contents of the file at `path`, or the OSError of failing to read
/// it (`execfile`).
pub fn read(vm: &mut Vm, path: &str) -> PyResult<Vec<u8>> {
    match locate(vm, path) {
        Some(Location::Port(on_port)) => match vm.port.read_file(&on_port) {
            Some(data) => Ok(data),
            None => Err(no_such_file(vm, path)),
        },
        Some(Location::Mounted(fs, inside)) => {
            vm.push_root(fs);
            let result = read_mounted(vm, fs, &inside);
            vm.pop_roots(1);
            result
        }
        None => Err(no_such_file(vm, path)),
    }
}

/// `open(path, mode)` on a mounted filesystem: its `open`'s result; None
/// when `path` is in the port's files (the caller opens it there).
pub fn open_if_mounted(vm: &mut Vm, path: &str, mode: &str) -> PyResult<Option<Value>> {
    match locate(vm, path) {
        Some(Location::Port(_)) => Ok(None),
        Some(Location::Mounted(fs, inside)) => {
            vm.push_root(fs);
            let result = pystr::new(vm, &inside).and_then(|inside| {
                vm.push_root(inside);
                let file = open_mounted(vm, fs, inside, mode);
                vm.pop_roots(1);
                file
            });
            vm.pop_roots(1);
            result.map(Some)
        }
        None => Err(no_such_file(vm, path)),
    }
}

/// The names in directory `path`: the filesystem's own entries, plus the
/// mount points directly inside `path`.
pub fn list_dir(vm: &mut Vm, path: &str) -> PyResult<Vec<String>> {
    let mut names = match locate(vm, path) {
        Some(Location::Port(on_port)) => {
            let listed = match vm.port().files() {
                Some(files) => files.list_dir(&on_port),
                None => Err(crate::errno::ENOSYS),
            };
            listed.map_err(|code| os_error::raise(vm, code, Some(path)))?
        }
        Some(Location::Mounted(fs, inside)) => {
            vm.push_root(fs);
            let listed = list_mounted(vm, fs, &inside);
            vm.pop_roots(1);
            listed?
        }
        None if normalise(path) == "/" => Vec::new(),
        None => return Err(no_such_file(vm, path)),
    };
    if path.starts_with('/') || !port_is_root(vm) {
        let directory = normalise(path);
        for (point, _) in entries(vm) {
            let Some(rest) = point.strip_prefix(directory.as_str()) else {
                continue;
            };
            let rest = rest.strip_prefix('/').unwrap_or(rest);
            if !rest.is_empty() && !rest.contains('/') && !names.iter().any(|n| n == rest) {
                names.push(String::from(rest));
            }
        }
    }
    Ok(names)
}

/// The first item of each entry `fs.ilistdir(inside)` yields.
fn list_mounted(vm: &mut Vm, fs: Value, inside: &str) -> PyResult<Vec<String>> {
    let path = pystr::new(vm, inside)?;
    vm.push_root(path);
    let listing = call(vm, fs, "ilistdir", &[path]);
    vm.pop_roots(1);
    let listing = listing?;
    vm.push_root(listing);
    let mark = vm.root_mark();
    let items = ops::iter::collect_rooted(vm, listing);
    let result = items.and_then(|items| {
        let mut names = Vec::new();
        for item in items {
            let name = match vm.heap.kind_of(item) {
                Some(ObjKind::Tuple) => tuple::items(vm, item).first().copied(),
                _ => Some(item),
            };
            match name.and_then(|n| pystr::as_text(vm, n)) {
                Some(text) => names.push(String::from(text)),
                None => {
                    let message = format!(
                        "ilistdir() must yield (name, ...) tuples, not {}",
                        ops::types::type_name(vm, item)
                    );
                    return Err(vm.raise_type_error(&message));
                }
            }
        }
        Ok(names)
    });
    vm.truncate_roots(mark);
    vm.pop_roots(1);
    result
}

/// What `os.stat(path)` reports: the filesystem's `stat` tuple for a
/// mounted one; for the port's files, (mode, size).
pub enum Stat {
    Mounted(Value),
    Port(crate::port::FileStat),
}

pub fn stat(vm: &mut Vm, path: &str) -> PyResult<Stat> {
    match locate(vm, path) {
        Some(Location::Port(on_port)) => {
            let found = match vm.port().files() {
                Some(files) => files.stat(&on_port),
                None => Err(crate::errno::ENOSYS),
            };
            found
                .map(Stat::Port)
                .map_err(|code| os_error::raise(vm, code, Some(path)))
        }
        Some(Location::Mounted(fs, inside)) => {
            vm.push_root(fs);
            let result = pystr::new(vm, &inside).and_then(|inside| {
                vm.push_root(inside);
                let found = call(vm, fs, "stat", &[inside]);
                vm.pop_roots(1);
                found
            });
            vm.pop_roots(1);
            result.map(Stat::Mounted)
        }
        None if normalise(path) == "/" => Ok(Stat::Port(crate::port::FileStat {
            is_directory: true,
            ..Default::default()
        })),
        None => Err(no_such_file(vm, path)),
    }
}
