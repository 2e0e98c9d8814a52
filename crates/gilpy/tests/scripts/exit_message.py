# sys.exit with a string: the message goes to stderr and the status is 1
import sys

errors = ["disk full"]
print("checking")
if errors:
    sys.exit("fatal: " + errors[0])
print("not reached")
