PI = 3
__all__ = ["PI"]
HIDDEN = 1
