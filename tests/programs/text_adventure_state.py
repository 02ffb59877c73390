# a state machine driven by a script of commands
ROOMS = {
    "hall": {"north": "library", "east": "kitchen", "items": ["lamp"]},
    "library": {"south": "hall", "items": ["book", "key"]},
    "kitchen": {"west": "hall", "down": "cellar", "items": []},
    "cellar": {"up": "kitchen", "items": ["treasure"], "locked": True},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
    def do(self, command):
        words = command.split()
        verb, args = words[0], words[1:]
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return "I don't know how to " + verb
        self.moves += 1
        return handler(*args)
    def cmd_go(self, direction):
        here = ROOMS[self.room]
        if direction not in here:
            return "You can't go " + direction
        target = ROOMS[here[direction]]
        if target.get("locked"):
            if "key" not in self.inventory:
                return "The way " + direction + " is locked"
            target["locked"] = False
        self.room = here[direction]
        return "You are in the " + self.room
    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return "There is no " + item + " here"
        items.remove(item)
        self.inventory.append(item)
        return "Taken: " + item
    def cmd_look(self):
        items = ROOMS[self.room]["items"]
        exits = sorted(k for k in ROOMS[self.room] if k not in ("items", "locked"))
        return "%s: items %s, exits %s" % (self.room, items or "none", ", ".join(exits))
    def cmd_inv(self):
        return "Carrying: " + (", ".join(self.inventory) or "nothing")
g = Game()
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key",
          "take sword", "look", "go south", "go east", "go down", "take treasure", "inv", "dance", "go up", "look"]
for cmd in script:
    print("> " + cmd)
    print(g.do(cmd))
print("moves:", g.moves, "room:", g.room)
