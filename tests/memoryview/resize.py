# an exported bytearray or array cannot change size while a view lives
from array import array

b = bytearray(b'abc')
m = memoryview(b)
for change in [lambda: b.append(1), lambda: b.extend(b'xy'), lambda: b.pop(),
               lambda: b.remove(97), lambda: b.clear(), lambda: b.insert(0, 1),
               lambda: b.__delitem__(0), lambda: b.__setitem__(slice(0, 1), b'')]:
    try:
        change()
        print('changed', b)
    except BufferError as e:
        print('BufferError', e)
b[0:1] = b'A'
b[1] = 66
print(b, bytes(m))
try:
    b += b'x'
except BufferError as e:
    print('BufferError', e)
m.release()
b.append(100)
print(b)

def peek(buffer):
    # The view dies with this frame: resizing works again afterwards.
    view = memoryview(buffer)
    return view[-1]

print(peek(b))
b.append(101)
print(b)
a = array('i', [1, 2])

def try_changes(a):
    v = memoryview(a)[1:]
    for change in [lambda: a.append(3), lambda: a.pop(), lambda: a.extend([1])]:
        try:
            change()
        except BufferError as e:
            print('BufferError', e)
    return v[0]

print(try_changes(a))
a.append(3)
print(a)
