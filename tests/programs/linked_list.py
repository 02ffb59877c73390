# a singly linked list and a queue built from it
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __eq__(self, other):
        return list(self) == list(other)

class Queue:
    def __init__(self):
        self.front = []
        self.back = []
    def put(self, v):
        self.back.append(v)
    def get(self):
        if not self.front:
            while self.back:
                self.front.append(self.back.pop())
        if not self.front:
            raise IndexError("empty queue")
        return self.front.pop()
    def __len__(self):
        return len(self.front) + len(self.back)

ll = LinkedList([1, 2, 3])
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], list(ll), sum(ll))
ll.reverse()
print(ll, ll == LinkedList([3, 2, 1, 0]), ll == [3, 2, 1, 0])
print(ll.pop_front(), ll.pop_front(), ll, len(ll))
for bad in (lambda: ll[5], lambda: LinkedList().pop_front()):
    try:
        bad()
    except IndexError as e:
        print(type(e).__name__, e)
q = Queue()
for i in range(5):
    q.put(i)
out = [q.get(), q.get()]
q.put(10)
while len(q):
    out.append(q.get())
print(out)
try:
    q.get()
except IndexError as e:
    print(type(e).__name__, e)
