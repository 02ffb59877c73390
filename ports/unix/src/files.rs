//! Files for `open()` on unix: `std::fs::File`s by handle number, and
//! their errors as errno values (the OS's own numbers, which the VM's
//! errno table follows on Linux).

use pyrite_vm::port::{FilePort, FileStat, OpenMode, SeekFrom};
use std::collections::HashMap;
use std::io::{Read, Seek, Write};

#[derive(Default)]
pub struct UnixFiles {
    open: HashMap<u32, std::fs::File>,
    next: u32,
}

fn errno_of(error: std::io::Error) -> i32 {
    error.raw_os_error().unwrap_or(pyrite_vm::errno::EINVAL)
}

impl UnixFiles {
    fn file(&mut self, handle: u32) -> Result<&mut std::fs::File, i32> {
        self.open.get_mut(&handle).ok_or(pyrite_vm::errno::EBADF)
    }
}

impl FilePort for UnixFiles {
    fn file_open(&mut self, path: &str, mode: OpenMode) -> Result<u32, i32> {
        let mut options = std::fs::OpenOptions::new();
        options
            .read(mode.read)
            .write(mode.write && !mode.append)
            .append(mode.append)
            .truncate(mode.truncate);
        if mode.exclusive {
            options.create_new(true);
        } else {
            options.create(mode.create);
        }
        let file = options.open(path).map_err(errno_of)?;
        // A directory opens for reading on Linux; Python refuses it.
        if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(pyrite_vm::errno::EISDIR);
        }
        self.next += 1;
        self.open.insert(self.next, file);
        Ok(self.next)
    }

    fn file_read(&mut self, handle: u32, buffer: &mut [u8]) -> Result<usize, i32> {
        self.file(handle)?.read(buffer).map_err(errno_of)
    }

    fn file_write(&mut self, handle: u32, data: &[u8]) -> Result<(), i32> {
        self.file(handle)?.write_all(data).map_err(errno_of)
    }

    fn file_seek(&mut self, handle: u32, to: SeekFrom) -> Result<u64, i32> {
        let to = match to {
            SeekFrom::Start(n) => std::io::SeekFrom::Start(n),
            SeekFrom::Current(n) => std::io::SeekFrom::Current(n),
            SeekFrom::End(n) => std::io::SeekFrom::End(n),
        };
        self.file(handle)?.seek(to).map_err(errno_of)
    }

    fn file_close(&mut self, handle: u32) -> Result<(), i32> {
        self.open
            .remove(&handle)
            .map(drop)
            .ok_or(pyrite_vm::errno::EBADF)
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, i32> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(path).map_err(errno_of)? {
            let entry = entry.map_err(errno_of)?;
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
        // read_dir's order is the file system's; sorted, runs repeat.
        names.sort();
        Ok(names)
    }

    fn stat(&mut self, path: &str) -> Result<FileStat, i32> {
        let metadata = std::fs::metadata(path).map_err(errno_of)?;
        let modified = metadata
            .modified()
            .ok()
            .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |since| since.as_secs());
        Ok(FileStat {
            is_directory: metadata.is_dir(),
            size: metadata.len(),
            modified,
        })
    }
}
