# an uncaught AttributeError on an attribute chain
class Node:
    def __init__(self):
        self.child = None
n = Node()
print(n.child)
print(n.child.value)
