from ..consts import *
