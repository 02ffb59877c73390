# SystemExit with a message prints it to stderr and exits with status 1
print("about to exit")
raise SystemExit("message")
