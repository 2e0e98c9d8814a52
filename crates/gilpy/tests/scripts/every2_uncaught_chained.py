import json

class DataError(Exception):
    pass

def read_port(text):
    try:
        return int(json.loads(text)["port"])
    except (KeyError, ValueError) as exc:
        raise DataError("invalid port setting") from exc

print(read_port('{"port": "8080"}'))
try:
    read_port('{"host": "x"}')
except DataError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
read_port('{"port": "eighty"}')
