"""The rpkg package."""
from .util import helper
from . import consts
LABEL = "rpkg"
