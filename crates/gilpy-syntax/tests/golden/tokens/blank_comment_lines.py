# leading comment

if a:

    # comment at odd indent
  # another
    b = 1


    c = 2  # trailing
# at col 0 inside block
    d = 3
e = 4
