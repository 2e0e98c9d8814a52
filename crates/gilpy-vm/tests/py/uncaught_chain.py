class AppError(Exception):
    pass


def parse(s):
    return int(s)


def load(s):
    try:
        return parse(s)
    except ValueError as e:
        raise AppError("bad config") from e


def main():
    try:
        load("x1")
    except AppError:
        {}["missing"]


print("start")
main()
