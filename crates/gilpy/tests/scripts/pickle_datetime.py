# pickle of datetime values: the bytes CPython writes (its compact byte states)
# and the values read back.
import pickle
import datetime
vals = [datetime.date(2020, 1, 2), datetime.datetime(2021, 12, 31, 23, 59, 58, 123456), datetime.timedelta(days=3, seconds=5, microseconds=7),
        datetime.time(1, 2, 3, 4), datetime.datetime(2000, 2, 29, 1, 2, 3, tzinfo=datetime.timezone.utc), datetime.timezone(datetime.timedelta(hours=2), "EET"),
        datetime.time(5, 6, tzinfo=datetime.timezone(datetime.timedelta(hours=-3)))]
for p in (0, 2, 4):
    for v in vals:
        d = pickle.dumps(v, p)
        print(p, d)
        print(repr(pickle.loads(d)), pickle.loads(d) == v)
