# sys.exit with an int: that status, no traceback, finally blocks run
import sys

def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("cleanup runs")
    print("not reached")

main()
