x = '\N{nope}'
