# an exception raised in a finally block while another propagates
def work():
    try:
        raise KeyError("original")
    finally:
        print("cleanup")
        raise OSError("cleanup failed")
work()
