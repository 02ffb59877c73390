# an uncaught KeyError in a dict subscript
config = {"host": "localhost"}
port = config["port"]
