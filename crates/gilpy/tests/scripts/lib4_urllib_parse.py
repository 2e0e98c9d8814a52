# urllib.parse: splitting, joining, quoting and query strings.
from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs,
                          parse_qsl)
import urllib.parse

u = urlparse('https://user:pw@Example.COM:8080/a/b;p=1?x=1&y=2#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.username, u.password, u.hostname, u.port, u.geturl())
print(u[0], len(u), tuple(u)[2])
print(urlunparse(u))
print(urlparse('//host/path'), urlparse('path/only?q'), urlparse('mailto:a@b.c'))
print(urlparse('http://[::1]:80/x').hostname, urlparse('http://h/x').port)
s = urlsplit('http://www.example.org/docs/x.html?lang=en#top')
print(s, s.geturl())
print(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunsplit(('', '', 'p', '', '')))
print(u._replace(fragment='').geturl())
base = 'http://a/b/c/d;p?q'
for rel in ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '..', '../', '../g',
            '../..', '../../g', '../../../g', 'g;x', '', '.', './', 'http://other/x', 'g/../h']:
    print(repr(rel), urljoin(base, rel))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'))
for t in ['abc def', 'a/b c?d=e&f', 'ünïcode €', '~user_name-1.2', '', '100%']:
    print(repr(quote(t)), repr(quote(t, safe='')), repr(quote_plus(t)))
print(quote(b'\x00\xff ab'))
for t in ['abc%20def', 'a+b%2Bc', '%E2%82%AC%20euro', 'bad%zz%4', '%', 'plain', '%c3%a9']:
    print(repr(unquote(t)), repr(unquote_plus(t)))
print(urlencode({'q': 'a b', 'n': 3, 'x': 'é&='}))
print(urlencode([('k', 'v1'), ('k', 'v2')]))
print(urlencode({'k': ['a', 'b'], 'z': 1}, doseq=True), urlencode({'k': ['a', 'b']}))
print(urlencode({'p': 'a/b'}, safe='/'), urlencode({'s': 'a b'}, quote_via=quote))
print(parse_qs('a=1&b=2&a=3&c=&d=x+y%21'))
print(parse_qs('a=1&c=', keep_blank_values=True))
print(parse_qsl('a=1&b=2&a=3&c=&d'), parse_qsl('a=1;b=2', separator=';'))
print(parse_qsl('x&y=', keep_blank_values=True))
try:
    parse_qsl('a=1&b', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
try:
    urlparse('http://h:99999/').port
except ValueError as e:
    print('ValueError', e)
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError', e)
print(urllib.parse.quote('x y'))
