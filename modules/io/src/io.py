# The Python-level part of the `io` module, compiled when the module is
# first imported (frozen source). Files reach the port through the native
# _file_* functions of this module (lib.rs).

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError):
    pass


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _type_name(value):
    return type(value).__name__


class IOBase:
    # A user subclass may define only write() (print(file=...) needs no
    # more), so nothing here relies on __init__ having run.
    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise _closed_error()

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        if self.closed:
            raise _closed_error()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        if self.closed:
            raise _closed_error()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        # Generic: one read(1) at a time (the concrete classes do better).
        pieces = []
        count = 0
        while size is None or size < 0 or count < size:
            piece = self.read(1)
            if not piece:
                break
            pieces.append(piece)
            count += 1
            if piece == "\n" or piece == b"\n":
                break
        if pieces and isinstance(pieces[0], bytes):
            return b"".join(pieces)
        return "".join(pieces)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class StringIO(IOBase):
    # The text is one str plus pieces written at its end and not joined
    # yet, so a run of writes costs a join, not a copy per write.

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                "initial_value must be str or None, not %s" % _type_name(initial_value)
            )
        self._text = initial_value
        self._pieces = []
        self._length = len(initial_value)
        self._pos = 0
        self._closed = False

    def _check_closed(self):
        # StringIO's message has no full stop, unlike the other streams'.
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if self._pieces:
            self._text = self._text + "".join(self._pieces)
            self._pieces = []
        return self._text

    def getvalue(self):
        self._check_closed()
        return self._value()

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % _type_name(s))
        n = len(s)
        if n == 0:
            return 0
        if self._pos == self._length:
            self._pieces.append(s)
        else:
            text = self._value()
            if self._pos > self._length:
                text = text + "\0" * (self._pos - self._length)
            text = text[: self._pos] + s + text[self._pos + n :]
            self._text = text
        self._pos += n
        if self._pos > self._length:
            self._length = self._pos
        return n

    def read(self, size=-1):
        self._check_closed()
        text = self._value()
        if size is None or size < 0:
            end = self._length
        else:
            end = min(self._pos + size, self._length)
        if self._pos >= end:
            return ""
        result = text[self._pos : end]
        self._pos = end
        return result

    def readline(self, size=-1):
        self._check_closed()
        text = self._value()
        if self._pos >= self._length:
            return ""
        end = text.find("\n", self._pos)
        end = self._length if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = text[self._pos : end]
        self._pos = end
        return result

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                # (CPython's message says "cur-relative" here too.)
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._length
        else:
            raise ValueError(
                "Invalid whence (%d, should be 0, 1 or 2)" % whence
            )
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._length:
            self._text = self._value()[:size]
            self._length = size
        return size

    def close(self):
        self._closed = True
        self._text = ""
        self._pieces = []

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


def _bytes_of(data):
    # Two isinstance calls rather than one with a tuple: building the tuple
    # would allocate, and writes must run with the heap locked.
    if isinstance(data, bytes) or isinstance(data, bytearray):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % _type_name(data))


def _written_part(data, extent, name):
    # MicroPython's write(buf, length) and write(buf, offset, length)
    # write that slice of buf; CPython's write takes only buf, so the
    # extra forms change no CPython program (docs/differences.md).
    if not extent:
        return data
    if len(extent) == 1:
        offset, length = 0, extent[0]
    elif len(extent) == 2:
        offset, length = extent
    else:
        raise TypeError(
            "%s.write() takes from 2 to 4 positional arguments but %d were given"
            % (name, len(extent) + 2)
        )
    for n in (offset, length):
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(n))
    if offset < 0 or length < 0:
        raise ValueError("write() offset and length must not be negative")
    return memoryview(data)[offset : offset + length]


class BytesIO(IOBase):
    def __init__(self, initial_bytes=b""):
        # Writes never change the object it was made from: immutable bytes
        # are shared until the first write (copy on write, so that reading
        # a large constant costs no second copy); a bytearray is copied.
        if initial_bytes is None:
            initial_bytes = b""
        if isinstance(initial_bytes, int) and not isinstance(initial_bytes, bool):
            # MicroPython's extension (CPython raises TypeError): an empty
            # stream with room for that many bytes, so that writes within
            # it allocate nothing (they may run with the heap locked).
            if initial_bytes < 0:
                raise ValueError("negative buffer size %d" % initial_bytes)
            self._buffer = bytearray(initial_bytes)
            del self._buffer[:]
            self._pos = 0
            self._closed = False
            return
        initial_bytes = _bytes_of(initial_bytes)
        if isinstance(initial_bytes, bytes):
            self._buffer = initial_bytes
        else:
            self._buffer = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False

    def _writable_buffer(self):
        if isinstance(self._buffer, bytes):
            self._buffer = bytearray(self._buffer)
        return self._buffer

    def getvalue(self):
        self._check_closed()
        return bytes(self._buffer)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def write(self, data, *extent):
        self._check_closed()
        data = _written_part(_bytes_of(data), extent, "BytesIO")
        n = len(data)
        if n == 0:
            return 0
        buffer = self._writable_buffer()
        length = len(buffer)
        if self._pos > length:
            buffer.extend(bytes(self._pos - length))
        buffer[self._pos : self._pos + n] = data
        self._pos += n
        return n

    def read(self, size=-1):
        self._check_closed()
        length = len(self._buffer)
        if size is None or size < 0:
            end = length
        else:
            end = min(self._pos + size, length)
        if self._pos >= end:
            return b""
        result = bytes(self._buffer[self._pos : end])
        self._pos = end
        return result

    read1 = read

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        length = len(self._buffer)
        if self._pos >= length:
            return b""
        end = self._buffer.find(b"\n", self._pos)
        end = length if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = bytes(self._buffer[self._pos : end])
        self._pos = end
        return result

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(
                "invalid whence (%d, should be 0, 1 or 2)" % whence
            )
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._writable_buffer()[size:]
        return size

    def close(self):
        self._closed = True
        self._buffer = bytearray()

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)


class _BufferedFile(IOBase):
    # A binary file on a port handle. Reads go through a buffer (readline
    # needs one); `_ahead` is what was read from the port but not yet
    # returned, so the file's real position is the port's minus its length.

    def __init__(self, name, mode, handle, readable, writable):
        self.name = name
        self.mode = mode
        self._handle = handle
        self._readable = readable
        self._writable = writable
        self._ahead = b""
        self._closed = False

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def _check_readable(self):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation("read")

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            data = self._ahead + _file_read(self._handle, -1)
            self._ahead = b""
            return data
        if len(self._ahead) < size:
            self._ahead += _file_read(self._handle, size - len(self._ahead))
        data = self._ahead[:size]
        self._ahead = self._ahead[size:]
        return data

    read1 = read

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_readable()
        while True:
            end = self._ahead.find(b"\n")
            if end >= 0:
                end += 1
                break
            if size is not None and 0 <= size <= len(self._ahead):
                end = size
                break
            more = _file_read(self._handle, DEFAULT_BUFFER_SIZE)
            if not more:
                end = len(self._ahead)
                break
            self._ahead += more
        if size is not None and 0 <= size < end:
            end = size
        line = self._ahead[:end]
        self._ahead = self._ahead[end:]
        return line

    def _drop_read_ahead(self):
        if self._ahead:
            _file_seek(self._handle, -len(self._ahead), 1)
            self._ahead = b""

    def write(self, data, *extent):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("write")
        data = bytes(_written_part(_bytes_of(data), extent, type(self).__name__))
        self._drop_read_ahead()
        return _file_write(self._handle, data)

    def tell(self):
        self._check_closed()
        return _file_seek(self._handle, 0, 1) - len(self._ahead)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 1:
            pos -= len(self._ahead)
        self._ahead = b""
        return _file_seek(self._handle, pos, whence)

    def truncate(self, size=None):
        raise UnsupportedOperation("truncate")

    def close(self):
        if not self._closed:
            self._closed = True
            _file_close(self._handle)

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)


class BufferedReader(_BufferedFile):
    pass


class BufferedWriter(_BufferedFile):
    pass


class BufferedRandom(_BufferedFile):
    pass


FileIO = _BufferedFile


def _utf8_split(data):
    # (complete, rest): `rest` is an unfinished UTF-8 sequence at the end,
    # kept for the next read.
    i = len(data) - 1
    followers = 0
    while i >= 0 and followers < 3 and (data[i] & 0xC0) == 0x80:
        i -= 1
        followers += 1
    if i < 0:
        return data, b""
    lead = data[i]
    if lead >= 0xF0:
        needed = 4
    elif lead >= 0xE0:
        needed = 3
    elif lead >= 0xC0:
        needed = 2
    else:
        needed = 1
    if len(data) - i < needed:
        return data[:i], data[i:]
    return data, b""


class TextIOWrapper(IOBase):
    # Text over a binary file: UTF-8, universal newlines on reading
    # ("\r\n" and "\r" read as "\n"), "\n" written as is.

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        self.buffer = buffer
        self.encoding = "utf-8" if encoding is None else encoding
        self._translate = newline is None
        self._decoded = ""
        self._undecoded = b""
        self._closed = False

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def _check_closed(self):
        if self.buffer.closed:
            raise _closed_error()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _decode(self, data, final):
        data = self._undecoded + data
        if final:
            self._undecoded = b""
        else:
            data, self._undecoded = _utf8_split(data)
        text = data.decode(self.encoding)
        if self._translate and "\r" in text:
            if not final and text.endswith("\r"):
                # Might be the first half of "\r\n".
                self._undecoded = b"\r" + self._undecoded
                text = text[:-1]
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _fill(self):
        # Decode one more chunk; False at the end of the file.
        data = self.buffer.read(DEFAULT_BUFFER_SIZE)
        if not data:
            if self._undecoded:
                self._decoded += self._decode(b"", True)
            return False
        self._decoded += self._decode(data, False)
        return True

    def read(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        if size is None or size < 0:
            text = self._decoded + self._decode(self.buffer.read(), True)
            self._decoded = ""
            return text
        while len(self._decoded) < size and self._fill():
            pass
        text = self._decoded[:size]
        self._decoded = self._decoded[size:]
        return text

    def readline(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        while True:
            end = self._decoded.find("\n")
            if end >= 0:
                end += 1
                break
            if size is not None and 0 <= size <= len(self._decoded):
                end = size
                break
            if not self._fill():
                end = len(self._decoded)
                break
        if size is not None and 0 <= size < end:
            end = size
        line = self._decoded[:end]
        self._decoded = self._decoded[end:]
        return line

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % _type_name(s))
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        self._forget_read_ahead()
        self.buffer.write(s.encode(self.encoding))
        return len(s)

    def _forget_read_ahead(self):
        if self._decoded or self._undecoded:
            self.buffer.seek(self.tell())
            self._decoded = ""
            self._undecoded = b""

    def tell(self):
        self._check_closed()
        pending = len(self._decoded.encode(self.encoding)) + len(self._undecoded)
        return self.buffer.tell() - pending

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 1 and pos != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._decoded = ""
        self._undecoded = b""
        return self.buffer.seek(pos, whence)

    def flush(self):
        self._check_closed()

    def close(self):
        self.buffer.close()

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.name,
            self.mode,
            self.encoding,
        )


_ENCODINGS = ("utf-8", "utf8", "utf_8", "u8")


def open(
    file,
    mode="r",
    buffering=-1,
    encoding=None,
    errors=None,
    newline=None,
    closefd=True,
    opener=None,
):
    if not isinstance(file, str):
        if isinstance(file, bytes):
            file = file.decode()
        else:
            raise TypeError(
                "expected str, bytes or os.PathLike object, not %s" % _type_name(file)
            )
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % _type_name(mode))
    for letter in mode:
        if letter not in "rwxabt+" or mode.count(letter) > 1:
            raise ValueError("invalid mode: %r" % mode)
    binary = "b" in mode
    if binary and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    kinds = [letter for letter in mode if letter in "rwxa"]
    if not kinds:
        raise ValueError(
            "Must have exactly one of create/read/write/append mode and at most one plus"
        )
    if len(kinds) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if encoding is not None and encoding.lower() not in _ENCODINGS:
        if encoding.lower() not in ("ascii", "us-ascii"):
            raise LookupError("unknown encoding: %s" % encoding)
    kind = kinds[0]
    plus = "+" in mode
    handle = _file_open(file, kind + ("+" if plus else ""))
    readable = kind == "r" or plus
    writable = kind != "r" or plus
    if plus:
        raw_class = BufferedRandom
    elif readable:
        raw_class = BufferedReader
    else:
        raw_class = BufferedWriter
    raw = raw_class(file, kind + ("+" if plus else "") + "b", handle, readable, writable)
    if binary:
        return raw
    text = TextIOWrapper(raw, encoding, errors, newline)
    text.mode = mode.replace("t", "")
    return text
