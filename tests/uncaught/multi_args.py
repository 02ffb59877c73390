# an uncaught exception with several args
raise ValueError("first", 2, [3])
