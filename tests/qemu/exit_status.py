# sys.exit(n) becomes QEMU's exit status through semihosting.
import sys

print("leaving with 3")
sys.exit(3)
