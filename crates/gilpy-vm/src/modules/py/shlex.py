"""shlex: split, quote and join shell-like command lines (POSIX rules).

split(s, comments=False, posix=True), quote(s), join(words), and a shlex class
whose get_token/iteration and whitespace_split follow CPython's POSIX mode.
Differs from CPython: non-POSIX mode (posix=False) and punctuation_chars are not
supported (ValueError naming them); sourcehook/push_source are absent.
"""

import re

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if not posix:
            raise ValueError("shlex: only posix=True is supported by gilpy")
        if punctuation_chars:
            raise ValueError("shlex: punctuation_chars is not supported by gilpy")
        if instream is None:
            instream = ""
        if not isinstance(instream, str):
            instream = instream.read()
        self._text = instream
        self._pos = 0
        self.infile = infile
        self.posix = posix
        self.eof = None
        self.commenters = "#"
        self.wordchars = ("abcdfeghijklmnopqrstuvwxyz"
                          "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
                          "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                          "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.lineno = 1
        self.pushback = []
        self.token = ""

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def _read(self):
        if self._pos >= len(self._text):
            return ""
        ch = self._text[self._pos]
        self._pos += 1
        if ch == "\n":
            self.lineno += 1
        return ch

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def read_token(self):
        quoted = False
        escapedstate = " "
        state = " "
        token = ""
        while True:
            nextchar = self._read()
            if state is None:
                token = ""
                break
            if state == " ":
                if not nextchar:
                    state = None
                    break
                elif nextchar in self.whitespace:
                    if token or quoted:
                        break
                    continue
                elif nextchar in self.commenters:
                    while nextchar and nextchar != "\n":
                        nextchar = self._read()
                    continue
                elif nextchar in self.escape:
                    escapedstate = "a"
                    state = nextchar
                elif nextchar in self.wordchars:
                    token = nextchar
                    state = "a"
                elif nextchar in self.quotes:
                    state = nextchar
                elif self.whitespace_split:
                    token = nextchar
                    state = "a"
                else:
                    token = nextchar
                    if token or quoted:
                        break
            elif state in self.quotes:
                quoted = True
                if not nextchar:
                    raise ValueError("No closing quotation")
                if nextchar == state:
                    state = "a"
                elif nextchar in self.escape and state in self.escapedquotes:
                    escapedstate = state
                    state = nextchar
                else:
                    token += nextchar
            elif state in self.escape:
                if not nextchar:
                    raise ValueError("No escaped character")
                if escapedstate in self.quotes and nextchar != state and nextchar != escapedstate:
                    token += state
                token += nextchar
                state = escapedstate
            elif state == "a":
                if not nextchar:
                    state = None
                    break
                elif nextchar in self.whitespace:
                    state = " "
                    if token or quoted:
                        break
                    continue
                elif nextchar in self.commenters:
                    while nextchar and nextchar != "\n":
                        nextchar = self._read()
                    state = " "
                    if token or quoted:
                        break
                    continue
                elif nextchar in self.quotes:
                    state = nextchar
                elif nextchar in self.escape:
                    escapedstate = "a"
                    state = nextchar
                elif nextchar in self.wordchars or nextchar in self.quotes or self.whitespace_split:
                    token += nextchar
                else:
                    self.pushback.insert(0, nextchar)
                    state = " "
                    if token or quoted:
                        break
                    continue
        result = token
        if not quoted and result == "":
            result = self.eof
        return result

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


_find_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)
