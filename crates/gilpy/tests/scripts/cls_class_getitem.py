class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"


class Sub(Box):
    pass


print(Box[int], Sub[str], Box["x"])


print(list[int] is not None, dict[str, int] is not None)
