from enum import Flag, IntFlag, auto

class Style(Flag):
    NONE = 0
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()
    EMPHASIS = BOLD | ITALIC
    ALL = BOLD | ITALIC | UNDERLINE

print(list(Style), len(Style))
print(list(Style.__members__))
print(list(Style.EMPHASIS), list(Style.ALL), list(Style.NONE), len(Style.ALL))
print(Style(3), Style(3) is Style.EMPHASIS, Style(5), Style(7).name)
print(Style.BOLD in Style.EMPHASIS, Style.UNDERLINE in Style.EMPHASIS)
print([m.name for m in Style], Style._member_names_ if hasattr(Style, "_member_names_") else None)

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(list(Mode), Mode.RW, Mode(7), int(Mode.RW), list(Mode(5)))
class Solo(Flag):
    ONLY = 1
    SAME = 1
print(list(Solo), Solo.SAME is Solo.ONLY)
