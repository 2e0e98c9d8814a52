# Markers under non-ASCII source lines: columns are UTF-8 bytes in the positions
# (FrameSummary.colno) but the markers count characters, wide ones twice.
import re
import traceback


def show(fn):
    try:
        fn()
    except Exception as e:
        text = traceback.format_exc()
        print(re.sub(r'File "([^"]*)"', lambda m: 'File "%s"' % m.group(1).rsplit("/", 1)[-1], text), end="")
        fs = traceback.extract_tb(e.__traceback__)[-1]
        print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)


def wide():
    名前 = {}
    return 名前["キー"] + 1


def accented():
    café = "crème"
    return café.brûlée


def emoji():
    return "😀🎉" + 1


def before():
    d = {}
    print("ñandú, 東京", d["zé"])


def binop_name():
    größe = [1]
    return größe - 1


def multi():
    völker = None
    return (völker
            .ändern())


for fn in [wide, accented, emoji, before, binop_name, multi]:
    show(fn)
