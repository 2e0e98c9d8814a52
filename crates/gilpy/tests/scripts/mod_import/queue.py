# Shadows the library queue module: the script's folder comes first on sys.path.
def Queue():
    return "the script folder's queue"
